# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = Email
pub-password = Password

## Home
pub-index-title = Export consultation meetings
pub-index-heading = Meet the buyers who want your products
pub-index-lead = expomatch runs export consultation meetings at trade expos: foreign buyers book 1:1 meetings with domestic suppliers, every meeting has its table and time, and everyone gets the agenda in their own time zone.
pub-index-go-to-page = Go to your page
pub-index-register = Register your company · 참가기업 등록
pub-index-empty = No expo is open yet. Organizers can sign in to prepare one.
pub-index-venue-time = venue time { $zone }
pub-index-buyers = { $count ->
    [one] foreign buyer
   *[other] foreign buyers
}
pub-index-suppliers = { $count ->
    [one] supplier
   *[other] suppliers
}
pub-index-tables = { $count ->
    [one] table
   *[other] tables
}
pub-index-meetings = { $count ->
    [one] meeting booked
   *[other] meetings booked
}

## Sign-in
pub-signin-heading = Organizer sign-in
pub-signin-by-link = Buyers and suppliers sign in with a link by email:
pub-signin-link = email me a sign-in link
pub-signin-supplier-q = Supplier with a password?
pub-signin-supplier = Supplier sign-in
pub-signin-new-supplier = New supplier?
pub-signin-register = Register your company
pub-signin-email-needed = Enter the email address you were registered with.
pub-signin-wrong = The email or the password is not right. Check both and try again.

## Sign-in links
pub-link-title = Email me a sign-in link
pub-link-intro = Buyers and suppliers: enter the email address you were invited or registered with. We will send you a link that signs you in, no password needed.
pub-link-send = Send me a link
pub-link-organizer = Organizer?
pub-link-with-password = Sign in with your password
pub-link-expired = This sign-in link has expired. Links only work for a limited time, to keep your account safe. Enter your email and we will send you a fresh one.
pub-link-used = This sign-in link has already been used. Each link works once. Enter your email and we will send you a fresh one.
pub-link-invalid = This sign-in link is not valid. It may have been cut off when it was copied. Ask for a new one below.
pub-sent-title = Check your email
pub-sent-if = If
pub-sent-is-registered = is registered
pub-sent-if-address = If the address is registered
pub-sent-on-its-way = for an expo, a sign-in link is on its way. It works once and for 30 minutes.
pub-sent-nothing = Nothing arrived after a few minutes? Check the spam folder, or
pub-sent-another = ask for another link
pub-confirm-heading = Sign in as { $name }
pub-confirm-once = this link works once.
pub-confirm-continue = Continue
pub-confirm-not-you = Not you? Close this page; nothing happens until you continue.

## Consents
pub-consent-title = Privacy notice updated
pub-consent-heading = Please read the updated privacy notice
pub-consent-intro = The organizer changed how your personal data is handled. Consent to the new notice to continue to your pages.
pub-consent-tick = Please tick the required consents below. Nothing was saved yet.
pub-consent-accept = Accept and continue
pub-consent-rather-not = You would rather not?
pub-consent-download-or-delete = Download your data or ask for its deletion
pub-cons-legend = Your personal data · 개인정보 수집·이용 동의
pub-cons-read = Read the
pub-cons-notice = privacy notice
pub-cons-version = (version { $version }): what we collect, why, how long we keep it and who receives it.
pub-cons-required = Required:
pub-cons-collection = I consent to the collection and use of my personal data as the notice describes. (필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = I consent to my name, organisation and contact details being given to the other party of each of my meetings. (필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = I consent to my personal data being transferred to { $recipient } in { $country }, where this service is hosted. (필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = Optional: send me news about future expos from the organizer. (선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = Privacy notice · 개인정보 처리방침
pub-priv-version = Version { $version }, published { $date } (UTC).
pub-priv-see-data = See the data we hold about you
pub-priv-why = Why we process personal data
pub-priv-what = What we collect
pub-priv-buyers = Foreign buyers:
pub-priv-buyers-data = name, email, organisation, position, country, time zone, languages, the sectors and products you look for, whether you need an interpreter, your meetings, requests, ratings and check-ins, and the emails we sent you.
pub-priv-suppliers = Suppliers:
pub-priv-suppliers-data = the contact person's name, email and phone, the representative's name, the company's names, business registration number, address, website, products and markets, your meetings, requests and their recorded outcomes, and the emails we sent you.
pub-priv-everyone = Everyone:
pub-priv-everyone-data = the time and network address of each consent you give.
pub-priv-who = Who receives it
pub-priv-other-party = The other party of each of your meetings sees your name, organisation and contact details (with your consent to this provision).
pub-priv-staff = The organizer's staff, to run the expo.
pub-priv-abroad = Your data is transferred abroad: to { $recipient } in { $country }, which hosts this service, for as long as it is kept (below). You consent to this transfer separately.
pub-priv-korea = Your data stays in Korea.
pub-priv-how-long = How long we keep it
pub-priv-retention = { $days } days after the expo's last day; then your personal data is replaced by placeholders and only anonymous figures stay.
pub-priv-mail-retention = The text of emails we delivered: { $days } days after delivery.
pub-priv-rights = Your rights
pub-priv-rights-text = You may see and download everything we hold about you, withdraw your consent to news, and ask for your data to be deleted, from your data page after signing in. Meetings you held stay in the organizer's report as anonymous rows.
pub-priv-officer = Privacy officer · 개인정보 보호책임자
pub-priv-no-officer = The organizer has not named a privacy officer yet.

## Your data
pub-data-intro = Everything this service holds about you for { $expo }, as of { $when } UTC.
pub-data-download = Download as JSON
pub-data-profile = Profile
pub-data-meetings = Meetings ({ $count })
pub-data-none = None.
pub-data-starts = Starts (UTC)
pub-data-with = With
pub-data-requests = Meeting requests ({ $count })
pub-data-ratings = Your ratings ({ $count })
pub-data-consents = Consents
pub-data-none-recorded = None recorded.
pub-data-consent = Consent
pub-data-notice-version = Notice version
pub-data-given = Given (UTC)
pub-data-from = From
pub-data-withdrawn = Withdrawn
pub-data-news-stop = Stop news from the organizer
pub-data-news-start = Receive news from the organizer
pub-data-consent-again = Read the current notice and consent again
pub-data-required-end = The required consents end with your account: to withdraw them, ask for deletion below.
pub-data-emails = Emails we sent you ({ $count })
pub-data-delete = Delete my data
pub-data-deletion-pending = You asked for deletion on { $when } UTC. The organizer will carry it out; you will then no longer be able to sign in.
pub-data-delete-explain = Your personal data is replaced by placeholders and you can no longer sign in. Meetings you held stay in the organizer's report as anonymous rows. The organizer carries out the request.
pub-data-delete-confirm = I understand: delete my personal data.
pub-data-delete-ask = Ask for deletion
pub-flash-tick-delete = Tick the box to confirm that you want your data deleted. Nothing was sent.
pub-flash-deletion-sent = Your deletion request was sent to the organizer.
pub-flash-news-on = You will receive news from the organizer.
pub-flash-news-off = You will no longer receive news from the organizer.

## Profile fields on the data page
pub-field-name = Name
pub-field-email = Email
pub-field-organisation = Organisation
pub-field-position = Position
pub-field-country = Country
pub-field-time-zone = Time zone
pub-field-languages = Languages
pub-field-looking-for = Looking for
pub-field-interests = Interests
pub-field-needs-interpreter = Needs an interpreter
pub-field-invited-at = Invited (UTC)
pub-field-profile-completed-at = Profile completed (UTC)
pub-field-created-at = Created (UTC)
pub-field-company-name-ko = Company name (Korean)
pub-field-company-name-en = Company name (English)
pub-field-business-registration-number = Business registration number
pub-field-representative = Representative
pub-field-contact-name = Contact person
pub-field-phone = Phone
pub-field-website = Website
pub-field-address = Address
pub-field-company-size = Company size
pub-field-year-founded = Founded
pub-field-catalogue-url = Catalogue
pub-field-pitch = Pitch
pub-field-sectors = Sectors
pub-field-markets-served = Markets served
pub-field-target-markets = Target markets
pub-field-products = Products
pub-field-status = Status

pub-data-yes = Yes
pub-data-no = No

## Non-essential emails
optout-title = Stop reminders
optout-heading = Stop the reminder before each meeting?
optout-what = You will no longer get the short email shortly before each of your meetings. Invitations, changes and cancellations still reach you.
optout-stop = Stop these reminders
optout-done-heading = Reminders stopped
optout-done = You will no longer get the reminder before each meeting. You can turn it back on on your "Your data" page.
pub-data-email-choices = Which emails you get
pub-data-reminders-on = You get a short reminder before each meeting.
pub-data-reminders-off = You do not get reminders before your meetings.
pub-data-reminders-stop = Stop reminders
pub-data-reminders-start = Send me reminders
pub-flash-reminders-on = Reminders before each meeting are on.
pub-flash-reminders-off = Reminders before each meeting are off.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = Interpreting agenda: { $name }
interp-agenda-zone = times in venue time ({ $zone })
interp-agenda-calendar = Add to my calendar
interp-agenda-private = This page is yours alone: its address is in your emails. Do not pass it on.
interp-agenda-empty = No meetings to interpret at the moment. The organizer's email tells you when you are chosen for one.
interp-agenda-col-time = Time
interp-agenda-col-place = Place
interp-agenda-col-buyer = Buyer
interp-agenda-col-supplier = Supplier
optout-done-interpreter = You will no longer get the reminder before each meeting. To have it again, write to the organizer.
