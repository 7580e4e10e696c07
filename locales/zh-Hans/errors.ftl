# Machine-assisted translation awaiting native review.
# Error pages (errpage-) and form field errors (err-).

errpage-404-title = 页面不存在
errpage-404-text = 此地址没有内容。请检查链接，或从首页重新开始。
errpage-no-file = 没有这个文件。
errpage-403-title = 无权访问
errpage-400-title = 无法读取该请求
errpage-400-text = 没有做任何更改。请返回后重试。（{ $detail }）
errpage-csrf-title = 请重试
errpage-csrf-text = 此表单已过期或并非来自本网站，因此没有做任何更改。请返回、刷新页面后重新提交。
errpage-429-title = 尝试次数过多
errpage-429-text = 您在短时间内尝试次数过多。请稍等一分钟后再试。
errpage-409-title = 操作未成功
errpage-503-title = 系统繁忙
errpage-503-text = 服务非常繁忙或无法连接数据库。请稍后再试。
errpage-500-title = 出错了
errpage-500-text = 我们这边发生了意外错误，已记录在案。请重试。
errpage-quote-reference = 如需联系我们，请提供此参考编号：
errpage-go-home-own = 前往您的主页
errpage-go-home = 前往首页
errpage-wrong-account = 此页面属于另一类账户。请退出后使用正确的账户登录。
errpage-no-feed = 只有采购商和供应商可以订阅日历。

err-summary = 请更正下方标出的 { $count } 个字段。尚未保存任何内容。
err-required = 此项为必填项。
err-too-long = 最多 { $max } 个字符（当前 { $count } 个）。
err-control = 请删除控制字符。
err-name-too-long = 最多 120 个字符。
err-name-control = 请删除换行符或制表符。
err-email-invalid = 请输入类似 name@company.com 的邮箱地址。
err-email-empty = 请输入您的邮箱地址。
err-email-too-long = 此邮箱地址太长。
err-country-unknown = “{ $value }”不是可识别的国家代码（请使用两个字母，如 VN 或 US）。
err-timezone-unknown = “{ $value }”不是可识别的时区（请使用 Asia/Seoul 这样的名称）。
err-languages-none = 请至少选择一种可用于洽谈的语言。
err-language-unknown = “{ $value }”不是可识别的语言。
err-languages-too-many = 最多选择 10 种语言。
err-sectors-none = 请至少选择一个感兴趣的行业。
err-sectors-from-list = 请从列表中选择行业。

err-book-not-open = 本展会尚未开放预约。
err-book-not-yet = 预约尚未开始。
err-book-closed = 预约已截止。如需更改洽谈，请联系主办方。
err-book-by-requests = 本展会由主办方根据洽谈请求安排洽谈。
err-book-limit = 您已达到 { $max } 场洽谈的上限。
err-book-supplier-full = 该供应商的日程已满。
err-book-pair = 您已与该供应商有一场洽谈。可在您的日程中改期。
err-book-profile-first = 请先完善您的资料：供应商会在洽谈前查看。
err-book-no-such-slot = 该时间不是本展会的洽谈时段。
err-book-past = 该时间已过。
err-book-busy = 您在该时间已有洽谈。
err-book-supplier-busy = 供应商在该时间无法洽谈。
err-book-started = 此洽谈已经开始；请告知会场的主办方。
err-move-same-time = 您的洽谈已安排在该时间。如需改期，请选择其他时间；也可以保持不变。

## Online meetings
err-video-too-long = 链接最多 { $max } 个字符。
err-video-not-a-link = 请粘贴以 https:// 开头的完整会议链接。
err-video-https = 洽谈只能使用安全链接（https://）。
err-hours-time = 请按 HH:MM 格式填写时间，例如 08:00。
err-hours-order = 结束时间必须晚于开始时间。
err-setup-meeting-mode = 请选择现场洽谈桌、线上或混合。
err-setup-reminder-minutes = 请填写 0 到 240 之间的分钟数。
