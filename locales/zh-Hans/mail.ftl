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

mail-signin-subject = 您的 expomatch 登录链接
mail-signin-intro = 这是您登录 expomatch 的链接：
mail-signin-button = 登录 expomatch
mail-signin-validity = 此链接仅可使用一次，在接下来的 { $minutes } 分钟内有效。如果不是您本人申请，请忽略此邮件；没有此链接，任何人都无法登录。

mail-meeting-booked-subject = 洽谈已预约：{ $counterpart } · { $when }
mail-meeting-moved-subject = 洽谈时间已更改：{ $counterpart } · 新时间 { $when }
mail-meeting-cancelled-subject = 洽谈已取消：{ $counterpart } · { $when }
mail-meeting-booked-headline = 您与 { $counterpart } 的洽谈已预约。
mail-meeting-moved-headline = 您与 { $counterpart } 的洽谈时间已更改。
mail-meeting-cancelled-headline = 您与 { $counterpart } 的洽谈已取消。
mail-meeting-booked-note = 打开附件中的邀请即可将此洽谈添加到您的日历。
mail-meeting-moved-note = 打开附件中的邀请即可更新您日历中的洽谈时间。
mail-meeting-cancelled-note = 打开附件即可从您的日历中删除此洽谈。
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

mail-cal-summary = 出口洽谈：{ $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } 与 { $supplier } 在 { $table } 号洽谈桌会谈。
mail-cal-location = { $venue } — { $table } 号洽谈桌
mail-cal-alarm = 您的洽谈将在 15 分钟后开始
mail-cal-feed-name = 出口洽谈

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
