# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = 邮箱
pub-password = 密码

## Home
pub-index-title = 出口洽谈会
pub-index-heading = 结识需要您产品的采购商
pub-index-lead = expomatch 在贸易展会上举办出口洽谈会：海外采购商与国内供应商预约一对一洽谈，每场洽谈都有固定的洽谈桌和时间，每个人都按自己的时区收到日程。
pub-index-go-to-page = 前往您的页面
pub-index-register = 注册您的公司 · 참가기업 등록
pub-index-empty = 目前还没有开放的展会。主办方可以登录准备展会。
pub-index-venue-time = 会场时间 { $zone }
pub-index-buyers = 海外采购商
pub-index-suppliers = 供应商
pub-index-tables = 洽谈桌
pub-index-meetings = 已预约洽谈

## Sign-in
pub-signin-heading = 主办方登录
pub-signin-by-link = 采购商和供应商通过邮件中的链接登录：
pub-signin-link = 给我发送登录链接
pub-signin-supplier-q = 有密码的供应商？
pub-signin-supplier = 供应商登录
pub-signin-new-supplier = 新供应商？
pub-signin-register = 注册您的公司
pub-signin-email-needed = 请输入您注册时使用的邮箱地址。
pub-signin-wrong = 邮箱或密码不正确。请检查后重试。

## Sign-in links
pub-link-title = 给我发送登录链接
pub-link-intro = 采购商和供应商：请输入受邀或注册时使用的邮箱地址。我们会发送一个登录链接，无需密码。
pub-link-send = 发送链接
pub-link-organizer = 主办方？
pub-link-with-password = 使用密码登录
pub-link-expired = 此登录链接已过期。为保护您的账户，链接只在有限时间内有效。请输入邮箱，我们会发送新的链接。
pub-link-used = 此登录链接已被使用。每个链接只能使用一次。请输入邮箱，我们会发送新的链接。
pub-link-invalid = 此登录链接无效，可能在复制时被截断。请在下方申请新链接。
pub-sent-title = 请查收邮件
pub-sent-if = 如果
pub-sent-is-registered = 已注册
pub-sent-if-address = 如果该地址已注册
pub-sent-on-its-way = 参加展会，登录链接正在发送。链接在 30 分钟内有效，且只能使用一次。
pub-sent-nothing = 几分钟后仍未收到？请检查垃圾邮件箱，或
pub-sent-another = 申请新的链接
pub-confirm-heading = 以 { $name } 身份登录
pub-confirm-once = 此链接只能使用一次。
pub-confirm-continue = 继续
pub-confirm-not-you = 不是您本人？请关闭此页面；在您点击继续之前不会发生任何事。

## Consents
pub-consent-title = 隐私声明已更新
pub-consent-heading = 请阅读更新后的隐私声明
pub-consent-intro = 主办方更改了您个人信息的处理方式。请同意新的声明以继续访问您的页面。
pub-consent-tick = 请勾选下方的必选同意项。尚未保存任何内容。
pub-consent-accept = 同意并继续
pub-consent-rather-not = 不想同意？
pub-consent-download-or-delete = 下载您的数据或申请删除
pub-cons-legend = 您的个人信息 · 개인정보 수집·이용 동의
pub-cons-read = 请阅读
pub-cons-notice = 隐私声明
pub-cons-version = （版本 { $version }）：我们收集什么、为什么收集、保存多久以及谁会收到。
pub-cons-required = 必选：
pub-cons-collection = 我同意按照声明所述收集和使用我的个人信息。(필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = 我同意将我的姓名、所属机构和联系方式提供给我每场洽谈的对方。(필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = 我同意将我的个人信息传输至位于 { $country } 的 { $recipient }，本服务托管于该处。(필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = 可选：向我发送主办方关于未来展会的消息。(선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = 隐私声明 · 개인정보 처리방침
pub-priv-version = 版本 { $version }，发布于 { $date }（UTC）。
pub-priv-see-data = 查看我们保存的您的数据
pub-priv-why = 我们为何处理个人信息
pub-priv-what = 我们收集的信息
pub-priv-buyers = 海外采购商：
pub-priv-buyers-data = 姓名、邮箱、所属机构、职位、国家/地区、时区、语言、您寻找的行业和产品、是否需要翻译、您的洽谈、请求、评分和签到记录，以及我们发给您的邮件。
pub-priv-suppliers = 供应商：
pub-priv-suppliers-data = 联系人的姓名、邮箱和电话，代表人姓名，公司名称，营业执照号，地址，网站，产品和市场，您的洽谈、请求及其记录的结果，以及我们发给您的邮件。
pub-priv-everyone = 所有人：
pub-priv-everyone-data = 您每次同意的时间和网络地址。
pub-priv-who = 谁会收到
pub-priv-other-party = 您每场洽谈的对方可以看到您的姓名、所属机构和联系方式（经您同意提供）。
pub-priv-staff = 主办方工作人员，用于运营展会。
pub-priv-abroad = 您的数据将传输至境外：位于 { $country } 的 { $recipient }，本服务托管于该处，保存期限见下文。此项传输需您另行同意。
pub-priv-korea = 您的数据保存在韩国境内。
pub-priv-how-long = 保存期限
pub-priv-retention = 展会最后一天后 { $days } 天；之后您的个人信息将被替换为占位内容，仅保留匿名统计数据。
pub-priv-mail-retention = 已送达邮件的正文：送达后 { $days } 天。
pub-priv-rights = 您的权利
pub-priv-rights-text = 登录后，您可以在数据页面查看并下载我们保存的关于您的全部信息、撤回接收消息的同意，并申请删除数据。您参加过的洽谈会以匿名行的形式保留在主办方的报告中。
pub-priv-officer = 隐私负责人 · 개인정보 보호책임자
pub-priv-no-officer = 主办方尚未指定隐私负责人。

## Your data
pub-data-intro = 截至 { $when } UTC，本服务在 { $expo } 中保存的关于您的全部信息。
pub-data-download = 下载 JSON
pub-data-profile = 资料
pub-data-meetings = 洽谈（{ $count }）
pub-data-none = 无。
pub-data-starts = 开始时间（UTC）
pub-data-with = 对方
pub-data-requests = 洽谈请求（{ $count }）
pub-data-ratings = 您的评分（{ $count }）
pub-data-consents = 同意记录
pub-data-none-recorded = 暂无记录。
pub-data-consent = 同意项
pub-data-notice-version = 声明版本
pub-data-given = 同意时间（UTC）
pub-data-from = 来源地址
pub-data-withdrawn = 撤回时间
pub-data-news-stop = 不再接收主办方消息
pub-data-news-start = 接收主办方消息
pub-data-consent-again = 阅读当前声明并重新同意
pub-data-required-end = 必选同意随账户终止：如需撤回，请在下方申请删除。
pub-data-emails = 我们发给您的邮件（{ $count }）
pub-data-delete = 删除我的数据
pub-data-deletion-pending = 您已于 { $when } UTC 申请删除。主办方将执行删除；之后您将无法登录。
pub-data-delete-explain = 您的个人信息将被替换为占位内容，您将无法再登录。您参加过的洽谈会以匿名行的形式保留在主办方的报告中。删除由主办方执行。
pub-data-delete-confirm = 我已了解：删除我的个人信息。
pub-data-delete-ask = 申请删除
pub-flash-tick-delete = 请勾选确认框以确认删除您的数据。尚未发送任何内容。
pub-flash-deletion-sent = 您的删除申请已发送给主办方。
pub-flash-news-on = 您将接收主办方的消息。
pub-flash-news-off = 您将不再接收主办方的消息。

## Profile fields on the data page
pub-field-name = 姓名
pub-field-email = 邮箱
pub-field-organisation = 所属机构
pub-field-position = 职位
pub-field-country = 国家/地区
pub-field-time-zone = 时区
pub-field-languages = 语言
pub-field-looking-for = 寻找
pub-field-interests = 感兴趣的行业
pub-field-needs-interpreter = 需要翻译
pub-field-invited-at = 邀请时间（UTC）
pub-field-profile-completed-at = 资料完善时间（UTC）
pub-field-created-at = 创建时间（UTC）
pub-field-company-name-ko = 公司名称（韩文）
pub-field-company-name-en = 公司名称（英文）
pub-field-business-registration-number = 营业执照号
pub-field-representative = 代表人
pub-field-contact-name = 联系人
pub-field-phone = 电话
pub-field-website = 网站
pub-field-address = 地址
pub-field-company-size = 公司规模
pub-field-year-founded = 成立年份
pub-field-catalogue-url = 产品目录
pub-field-pitch = 公司简介
pub-field-sectors = 行业
pub-field-markets-served = 现有市场
pub-field-target-markets = 目标市场
pub-field-products = 产品
pub-field-status = 状态

pub-data-yes = 是
pub-data-no = 否

## Non-essential emails
optout-title = 停止提醒
optout-heading = 要停止每场洽谈前的提醒吗？
optout-what = 您将不再收到每场洽谈开始前不久发送的简短邮件。邀请、变更和取消通知仍会照常发送给您。
optout-stop = 停止这些提醒
optout-done-heading = 提醒已停止
optout-done = 您将不再收到每场洽谈前的提醒。您可以在“我的信息”页面重新开启。
pub-data-email-choices = 您接收的邮件
pub-data-reminders-on = 每场洽谈前，您会收到一封简短的提醒邮件。
pub-data-reminders-off = 洽谈前您不会收到提醒。
pub-data-reminders-stop = 停止提醒
pub-data-reminders-start = 给我发送提醒
pub-flash-reminders-on = 已开启每场洽谈前的提醒。
pub-flash-reminders-off = 已关闭每场洽谈前的提醒。

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = 翻译日程：{ $name }
interp-agenda-zone = 时间均为会场时间（{ $zone }）
interp-agenda-calendar = 添加到我的日历
interp-agenda-private = 此页面仅供您本人使用，其地址见您收到的邮件。请勿转发给他人。
interp-agenda-empty = 目前没有需要您翻译的洽谈。当您被安排担任某场洽谈的翻译时，主办方会发邮件通知您。
interp-agenda-col-time = 时间
interp-agenda-col-place = 地点
interp-agenda-col-buyer = 采购商
interp-agenda-col-supplier = 供应商
optout-done-interpreter = 您将不再收到每场洽谈前的提醒。如需重新接收，请联系主办方。
