# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = 展会
nav-suppliers = 供应商
nav-email = 邮件
nav-audit = 审计日志
nav-personal-data = 个人信息
nav-staff = 工作人员
nav-my-agenda = 我的日程
nav-my-meetings = 我的洽谈
nav-requests = 洽谈请求
nav-profile = 个人资料
nav-main = 主菜单

role-organizer = 主办方
role-supplier = 供应商
role-buyer = 采购商

frame-sign-out = 退出
frame-sign-in = 登录
frame-footer = expomatch · 出口洽谈会 · 时间按您的时区显示，旁边附有会场时间
frame-privacy = 隐私声明
frame-your-data = 我的信息
frame-language = 语言

state-expo-draft = 草稿
state-expo-open = 开放中
state-expo-closed = 已结束
state-supplier-unverified = 邮箱未确认
state-supplier-pending = 等待审核
state-supplier-approved = 已批准
state-supplier-rejected = 未获批准
state-request-pending = 待回复
state-request-accepted = 已接受
state-request-declined = 已拒绝
state-request-expired = 已过期
state-request-withdrawn = 已撤回
state-request-scheduled = 已安排
state-meeting-booked = 已预约
state-meeting-held = 已进行
state-meeting-no_show = 未出席
state-meeting-cancelled = 已取消
state-mode-table = 现场洽谈桌
state-mode-online = 线上
state-mode-hybrid = 混合
state-message-pending = 等待中
state-message-sending = 发送中
state-message-sent = 已送达
state-message-failed = 未送达
state-run-draft = 草稿
state-run-published = 已发布
state-run-discarded = 已放弃
state-progress-not_invited = 未邀请
state-progress-invited = 已邀请
state-progress-signed_in = 已登录
state-progress-profile_complete = 资料已完善
state-progress-meetings_booked = 已预约洽谈
flash-email = { $email }

fmt-dates-tba = 日期待定
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = 会场时间 { $time }

match-sector = 从事您感兴趣的{ $sector }领域
match-serves = 已出口到{ $country }
match-targets = 希望进入{ $country }市场
match-speaks = 会说{ $language }
match-interpreter = 没有共同语言：需要口译
match-product = 生产{ $product }（与您寻找的“{ $word }”相符）
match-org-sector = 从事买家感兴趣的{ $sector }领域
match-org-speaks = 双方都会说{ $language }
match-org-product = 生产{ $product }（与买家寻找的“{ $word }”相符）

## Joining an online meeting
join-title = 加入洽谈
join-back = 返回我的洽谈
join-cancelled-heading = 此洽谈已取消
join-cancelled = 此洽谈已取消，无法加入。您的日程显示的是最新的洽谈安排。
join-at-table-heading = 此洽谈在现场洽谈桌进行
join-at-table = 此洽谈在会场的洽谈桌进行，而非线上。洽谈桌号请查看您的日程。
join-not-yet-heading = 视频链接尚未就绪
join-not-yet = 主办方尚未为此洽谈设置视频会议室。请在开始前不久再试一次，或回复主办方的邮件。
join-button = 加入
nav-status = 状态
