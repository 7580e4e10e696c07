# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = 尊敬的 { $name }：
mail-hello = 您好：
mail-hello-name = { $name }，您好：
mail-layout-why = 您收到此邮件，是因为您参加了通过 expomatch 组织的出口洽谈会。
mail-privacy-text = 我们如何处理您的个人信息（隐私声明）：{ $url }
mail-privacy-link = 隐私声明
mail-open-agenda = 查看我的日程
mail-open-expomatch = 打开 expomatch
mail-your-agenda = 我的日程：{ $link }
mail-reason = 原因：{ $reason }
mail-table = { $table } 号洽谈桌

mail-invitation-subject = 邀请函：{ $expo }
mail-invitation-intro = 诚邀您参加在 { $venue } 举办的 { $expo }：与精选的韩国供应商进行一对一出口洽谈。
mail-invitation-open = 请打开您的专属链接，完善资料并预约洽谈：
mail-invitation-button = 完善资料并预约洽谈
mail-invitation-validity = 此链接可直接登录，仅可使用一次，有效期 { $days } 天。之后您随时可以在登录页面申请新链接。
mail-invitation-when = 洽谈日期
mail-invitation-where = 会场
mail-invitation-deadline = 预约截止
mail-invitation-organizer = 主办方
mail-invitation-reply = 如有疑问，请直接回复此邮件，主办方会为您解答。

mail-signin-subject = 您的 expomatch 登录链接
mail-signin-intro = 这是您登录 expomatch 的链接：
mail-signin-button = 登录 expomatch
mail-signin-validity = 此链接仅可使用一次，在接下来的 { $minutes } 分钟内有效。如果不是您本人申请，请忽略此邮件；没有此链接，任何人都无法登录。

## A supplier's account: verification, account exists, password reset

mail-verify-subject = 请确认您在 expomatch 的邮箱地址
mail-verify-intro = 感谢您为 { $company } 注册参加 { $expo }。
mail-verify-confirm-text = 请通过以下链接确认您的邮箱地址：
mail-verify-confirm-html = 请确认您的邮箱地址：
mail-verify-button = 确认我的邮箱地址
mail-verify-validity = 此链接仅可使用一次，在接下来的 { $days } 天内有效。确认后，主办方将审核您的注册；审核通过后我们会发邮件通知您。
mail-verify-ignore = 如果您没有注册，请忽略此邮件。

mail-exists-subject = 您已有 expomatch 账户
mail-exists-your-company = 贵公司
mail-exists-intro = 有人（可能是您本人）尝试使用此邮箱地址为 { $expo } 注册一家企业，但此邮箱地址已有 expomatch 账户（{ $company }）。
mail-exists-how-text = 您可以使用密码登录，或通过以下链接设置新密码：
mail-exists-how-html = 您可以使用密码登录，或设置新密码：
mail-exists-validity = 此链接仅可使用一次，在接下来的 { $minutes } 分钟内有效。如果不是您本人操作，请忽略此邮件，您的账户没有任何变化。

mail-reset-subject = 设置新的 expomatch 密码
mail-reset-intro = 这是您设置新的 expomatch 密码的链接：
mail-reset-button = 设置新密码
mail-reset-validity = 此链接仅可使用一次，在接下来的 { $minutes } 分钟内有效。如果不是您本人申请，请忽略此邮件；您的密码保持不变。

mail-meeting-booked-subject = 洽谈已预约：{ $counterpart } · { $when }
mail-meeting-moved-subject = 洽谈时间已更改：{ $counterpart } · 新时间 { $when }
mail-meeting-cancelled-subject = 洽谈已取消：{ $counterpart } · { $when }
mail-meeting-booked-headline = 您与 { $counterpart } 的洽谈已预约。
mail-meeting-moved-headline = 您与 { $counterpart } 的洽谈时间已更改。
mail-meeting-cancelled-headline = 您与 { $counterpart } 的洽谈已取消。
mail-meeting-booked-note = 打开附件中的邀请即可将此洽谈添加到您的日历。
mail-meeting-moved-note = 打开附件中的邀请即可更新您日历中的洽谈时间。
mail-meeting-cancelled-note = 打开附件即可从您的日历中删除此洽谈。
mail-meeting-table-subject = 洽谈桌已更换：{ $counterpart } · { $when }
mail-meeting-table-headline = 您与 { $counterpart } 的洽谈时间不变，洽谈桌已更换。
mail-meeting-mode-subject = 洽谈方式已更改：{ $counterpart } · { $when }
mail-meeting-mode-headline = 您与 { $counterpart } 的洽谈时间不变，洽谈方式已更改（请见下方“地点”）。
mail-meeting-no-show-subject = 已记录为未进行：{ $counterpart } · { $when }
mail-meeting-no-show-headline = 您与 { $counterpart } 的洽谈已被记录为未出席，该时段已重新空出。如记录有误，请回复此邮件。
mail-meeting-no-show-note = 打开附件即可从您的日历中删除此洽谈。
mail-meeting-restored-subject = 洽谈照常进行：{ $counterpart } · { $when }
mail-meeting-restored-headline = 您与 { $counterpart } 的洽谈的未出席记录有误，现已撤销：洽谈照常进行。
mail-meeting-with = 洽谈对象
mail-meeting-when = 时间
mail-meeting-where = 地点
mail-meeting-reason = 原因
mail-meeting-place = { $venue }，{ $table } 号洽谈桌
mail-meeting-venue-time = { $when }（会场时间）

mail-slot-freed-subject = { $supplier } 有空闲时段了
mail-slot-freed-headline = 与 { $supplier } 的一个洽谈时段刚刚空出：{ $when }。您曾申请与该企业洽谈，请尽快预约，以免被他人抢先。

mail-request-received-subject = 来自 { $name } 的洽谈申请
mail-request-received-headline = { $name } 希望与您洽谈。
mail-request-accepted-subject = { $name } 已接受洽谈申请
mail-request-accepted-headline = { $name } 已接受您的洽谈申请，主办方将为您安排时间。
mail-request-declined-subject = { $name } 已拒绝洽谈申请
mail-request-declined-headline = { $name } 拒绝了您的洽谈申请。
mail-request-expired-subject = 洽谈申请已过期：{ $name }
mail-request-expired-headline = 您向 { $name } 发出的洽谈申请已过期：{ $days } 天内未获答复。在展会接受申请期间，您可以重新发送申请。

mail-agenda-published-subject = 您在 { $expo } 的洽谈安排
mail-agenda-reminder-subject = 明天：在 { $venue } 有 { $count } 场洽谈
mail-agenda-published-headline = 您在 { $expo } 的日程已确定：共 { $count } 场洽谈。
mail-agenda-reminder-headline = 明天（{ $day }）您有 { $count } 场洽谈。
mail-agenda-none = （没有洽谈）
mail-agenda-interpreter = 翻译：{ $name }
mail-agenda-calendar-note = 打开附件中的日历文件即可将这些洽谈添加到您的日历。如果之后有洽谈改期或取消，相应的通知邮件会更新同一日历条目。

mail-cal-summary = 出口洽谈：{ $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } 与 { $supplier } 在 { $table } 号洽谈桌会谈。
mail-cal-location = { $venue } — { $table } 号洽谈桌
mail-cal-alarm = 您的洽谈将在 15 分钟后开始
mail-cal-feed-name = 出口洽谈

## Supplier registration decided

mail-supplier-approved-subject = 已获批准：{ $expo }
mail-supplier-rejected-subject = 注册未获批准：{ $expo }
mail-supplier-approved-headline = { $name } 参加 { $expo } 的注册已获批准：采购商现在可以找到贵公司并预约洽谈。
mail-supplier-rejected-headline = { $name } 参加 { $expo } 的注册未获批准。

## Follow-up survey (to a supplier)

mail-followup-subject = { $expo } 之后 { $months } 个月：您的洽谈成果如何？
mail-followup-since = 距 { $expo } 已过去 { $months } 个月。
mail-followup-meetings = { $count } 场洽谈
mail-followup-headline = { $since }您参加的 { $meetings }取得了哪些成果？
mail-followup-why = 您的回答将帮助主管机构了解本次洽谈会对韩国出口的帮助。即使没有取得成果，也请更新每场洽谈的结果。
mail-followup-so-far = 当前结果：{ $result }
mail-followup-no-result = 尚未填写结果
mail-followup-update = 填写结果：{ $link }
mail-followup-update-link = 更新结果
mail-followup-sign-in = 登录
mail-followup-sign-in-note = （链接仅可使用一次，{ $days } 天内有效。）
mail-followup-sign-in-text = 请通过此链接登录（仅可使用一次，{ $days } 天内有效）：{ $link }
mail-interest-none = 无意向
mail-interest-follow-up = 已约定后续洽谈
mail-interest-sample-or-quote = 已索取样品或报价
mail-interest-contract-expected = 预计签约
mail-interest-contract-signed = 已签约

## Online meetings
mail-meeting-online = 线上（视频通话）
mail-meeting-video = 加入
mail-join-button = 加入视频通话
mail-join-line = 加入视频通话：{ $link }
mail-cal-location-online = 线上：{ $link }
mail-cal-online-description = { $expo } · 线上洽谈。
mail-reminder-soon-subject = { $minutes } 分钟后开始：{ $counterpart }
mail-reminder-soon-headline = 您与 { $counterpart } 的洽谈将在 { $minutes } 分钟后开始。
mail-reminder-soon-turn-off = 不再接收这些提醒：{ $link }

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = 洽谈翻译安排：{ $buyer }，{ $when }
mail-interp-assigned-headline = 您将担任 { $buyer } 与 { $supplier } 洽谈的翻译。
mail-interp-released-subject = 无需再担任翻译：{ $buyer }，{ $when }
mail-interp-released-headline = { $buyer } 与 { $supplier } 的洽谈已不再需要您担任翻译。谢谢您。
mail-interp-updated-subject = 您担任翻译的洽谈有变更：{ $buyer }，{ $when }
mail-interp-updated-headline = 您担任翻译的 { $buyer } 与 { $supplier } 的洽谈已变更。以下为最新安排。
mail-interp-cancelled-subject = 您担任翻译的洽谈已取消：{ $buyer }，{ $when }
mail-interp-cancelled-headline = 您原定担任翻译的 { $buyer } 与 { $supplier } 的洽谈将不再举行。
mail-interp-buyer = 采购商
mail-interp-supplier = 供应商
mail-interp-agenda = 我的翻译日程：{ $link }
mail-interp-open-agenda = 查看我的翻译日程
