# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = （选填）
buy-back = 返回
buy-reason-for-supplier = 告知供应商的原因

## Home: my meetings
buy-home-my-meetings = 我的洽谈
buy-home-welcome = 欢迎，{ $name }
buy-home-find-suppliers = 查找供应商
buy-home-print = 打印
buy-home-zones = 您的时间：{ $own } · 会场：{ $venue }
buy-home-empty-before = 您还没有预约洽谈。
buy-home-empty-after = 并预约时间。
buy-home-col-when = 时间（您的时区）
buy-home-col-supplier = 供应商
buy-home-col-table = 洽谈桌
buy-home-col-change = 更改
buy-home-different-day = 会场当地为另一天
buy-home-interpreter = 翻译：{ $name }
buy-home-rated = 您的评分：{ $rating }/5
buy-home-change = 更改
buy-home-rate = 为本次洽谈评分
buy-home-move = 改期
buy-home-calendar = 日历
buy-home-cancel = 取消
buy-home-cancel-this = 取消本次洽谈
buy-home-feed-made = 您的日历应用正通过您于 { $date } 创建的私人地址同步此日程。地址丢失了？
buy-home-feed-renew = 创建新地址
buy-home-feed-renew-note = （旧地址将失效）
buy-home-feed-intro = 让您的日历应用随时同步此日程：
buy-home-feed-make = 获取日历订阅地址
buy-home-checkin-alt = 您的签到码
buy-home-checkin = 请在签到台出示此码。

## Supplier directory
buy-dir-title = 供应商
buy-dir-best-first = 与您的资料最匹配的排在最前。
buy-dir-none-of = { $total } 家供应商中没有符合条件的。
buy-dir-of = ，共 { $matching } 家。
buy-dir-of-matching = ，符合条件 { $matching } 家（共 { $total } 家供应商）。
buy-dir-search = 搜索
buy-dir-search-hint = 公司、产品、한글…
buy-dir-filters = { $count ->
    [0] 筛选
   *[other] 筛选（已选 { $count } 项）
}
buy-dir-sector = 行业
buy-dir-any-sector = 所有行业
buy-dir-sells-to = 出口市场
buy-dir-any-market = 所有市场
buy-dir-speaks = 使用语言
buy-dir-any-language = 所有语言
buy-dir-experience = 出口经验
buy-dir-any = 不限
buy-dir-exporting = 已有出口
buy-dir-new-to-export = 初次出口
buy-dir-clear = 清除
buy-dir-empty = 没有符合这些筛选条件的供应商。
buy-dir-corrected = 同时显示与以下词语相关的供应商：{ $words }
buy-dir-show-all = 显示全部供应商
buy-dir-match-score = 该供应商与您填写的需求的匹配程度
match-strong = 非常匹配
match-good = 匹配
match-fair = 部分匹配
buy-dir-view-and-book = 查看并预约
buy-dir-pages = 供应商分页
buy-dir-previous = ← 上一页
buy-dir-next = 下一页 →
buy-dir-page-of = 第 { $page } 页，共 { $pages } 页

## Booking (the supplier's page)
buy-book-heading = 预约洽谈
buy-book-move-heading = 更改洽谈时间
buy-book-taken = 此时段刚被他人预约。以下是最近的空闲时间：

## Profile
buy-prof-title = 我的资料
buy-prof-welcome = 欢迎——向供应商介绍一下您自己
buy-prof-intro-first = 只需两分钟：供应商会在洽谈前查看这些信息，我们也会据此为您推荐最匹配的供应商。
buy-prof-intro = 供应商会在洽谈前查看这些信息。
buy-prof-name = 您的姓名
buy-prof-position = 职位
buy-prof-organisation = 所属机构
buy-prof-country = 国家/地区
buy-prof-timezone = 您的时区
buy-prof-timezone-hint = 洽谈时间按此时区显示，旁边附有会场时间。
buy-prof-languages = 可用于洽谈的语言
buy-prof-interpreter = 我需要翻译
buy-prof-sectors = 您采购的行业
buy-prof-looking-for = 您在寻找什么？
buy-prof-looking-for-hint = 产品、数量、即将进行的招标。我们会将这些词与供应商的产品进行匹配。
buy-prof-save-first = 保存并查找供应商
buy-prof-save = 保存

## Rating a meeting
buy-rate-title = 为洽谈评分
buy-rate-crumb = 评分
buy-rate-heading = 您与 { $supplier } 的洽谈怎么样？
buy-rate-table = 洽谈桌 { $table }
buy-rate-question = 本次洽谈对您的业务有多大帮助？
buy-rate-not-useful = 没有帮助
buy-rate-very-useful = 非常有帮助
buy-rate-comment = 给主办方的意见（选填）
buy-rate-private = 只有主办方能看到您的评分，供应商看不到。
buy-rate-save = 保存我的评分

## Requests
buy-req-title = 洽谈请求
buy-req-intro = 您发出的请求和供应商发给您的请求。已接受的请求由主办方安排时间。
buy-req-disabled = 本展会直接预约洽谈，不使用洽谈请求。
buy-req-empty = 暂无请求。您可以在供应商页面发送请求。
buy-req-col-direction = 方向
buy-req-col-priority = 优先级
buy-req-col-status = 状态
buy-req-col-message = 留言 / 答复
buy-req-request = 请求
buy-req-to-you = 发给您
buy-req-from-you = 由您发出
buy-req-priority-colon = 优先级：
buy-req-must = 必须洽谈
buy-req-would-like = 希望洽谈
buy-req-expires = 若无答复，将于 { $when } UTC 过期
buy-req-answer = 答复：{ $reason }
buy-req-accept = 接受
buy-req-decline = 拒绝

## Calendar subscription
buy-feed-title = 您的日历地址
buy-feed-ready = 您的日历地址已准备好
buy-feed-how = 将此地址添加到 Outlook、Google 日历或手机（"订阅"或"通过网址添加日历"）。洽谈预约、改期或取消时会自动更新。
buy-feed-label = 日历订阅地址
buy-feed-copy-now = 请立即复制：为了您的安全，此地址仅显示这一次。
buy-feed-keep = 请勿分享：任何拥有此地址的人都能查看您的日程。如果丢失，请创建新地址，旧地址随即失效。
buy-feed-open = 在日历应用中打开
buy-feed-back = 返回我的日程

## Flash messages
buy-flash-moved = 洽谈已改期。双方都会收到更新后的日历邀请。
buy-flash-cancel-reason = 请简要说明原因（不超过 500 个字符），以便供应商理解。
buy-flash-cancelled = 洽谈已取消，并已告知供应商原因。
buy-flash-booked = 洽谈已预约。附有日历邀请的确认邮件正在发送。
buy-flash-profile-complete = 欢迎！您的资料已完善：请在下方查找供应商。
buy-flash-profile-saved = 您的资料已保存。
buy-flash-choose-priority = 请选择您是必须与该供应商洽谈，还是希望洽谈。
buy-flash-message-too-long = 留言请控制在 1,000 个纯文本字符以内。
buy-flash-request-sent = 请求已发送。供应商答复后会通知您。
buy-flash-decline-reason = 请简要告知供应商拒绝原因（不超过 500 个字符）。
buy-flash-accepted = 已接受：主办方将安排洽谈。
buy-flash-declined = 已拒绝，并已告知供应商原因。

## Online meetings
buy-prof-online = 线上洽谈
buy-prof-remote = 我无法前往会场：所有洽谈都在线上（视频）进行。
buy-prof-hours-from = 线上洽谈开始时间（您的当地时间）
buy-prof-hours-to = 结束时间
buy-prof-hours-hint = 线上洽谈将安排在您当地时间的这一时段内。
