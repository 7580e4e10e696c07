# Machine-assisted translation awaiting native review.
# 供应商公开页面（采购商所见，以及供应商自己的预览）。

sup-page-book = 预约洽谈
sup-page-about = 公司简介
sup-page-sectors = 行业
sup-page-exports-to = 现出口市场
sup-page-new-to-export = 首次出口
sup-page-wants = 希望开拓的市场
sup-page-speaks = 洽谈语言
sup-page-company = 公司规模
sup-page-founded = 成立于 { $year } 年
sup-page-catalogue = 产品目录
sup-page-open-catalogue = 打开产品目录
sup-page-why = 推荐理由
sup-page-no-time = 该供应商已没有可预约的时间。
sup-page-times-hint = 时间按您所在时区显示，旁边为会场时间。点击一次即可预约，洽谈桌由系统安排。
sup-page-different-day = 会场当地为另一天
sup-page-current = 当前预约时间
sup-page-current-hint = 如需改期，请在下方选择其他时间；双方都会收到更新后的日历条目。
sup-page-request-heading = 或发送洽谈请求
sup-page-request-hint = 主办方会为已接受的请求安排时间；“必须见面”的请求优先。
sup-page-must-meet = 我必须与该供应商见面
sup-page-would-like = 我希望与他们见面
sup-page-message = 留言
sup-page-optional = （选填）
sup-page-send-request = 发送请求
sup-page-products = 产品
sup-page-no-products = 尚未列出产品。
sup-page-product = 产品
sup-page-description = 说明
sup-page-hs-code = HS 编码

sup-page-request-profile-first = 请先完善您的资料。
sup-page-request-disabled = 本届展会不使用洽谈请求。
sup-page-request-open = 您已向该供应商发送了尚未处理的请求。
sup-page-request-answered = 该请求已经答复过了。
sup-page-outside-hours = 不在您的可用时段
