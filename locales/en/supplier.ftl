# The supplier's own pages: registration, sign-in, account, profile form, availability,
# requests, agenda. The public supplier page is in supplier-page.ftl.

## Shared pieces

sup-venue-time-zone = times are venue time ({ $zone })

## Tabs

sup-tabs-label = Supplier pages
sup-tab-home = Home
sup-tab-profile = Company profile
sup-tab-availability = Availability
sup-tab-requests = Requests
sup-tab-agenda = Agenda

## Home

sup-home-title = My agenda
sup-home-registration = Registration
sup-home-status-unverified = Please confirm your email address: open the link we emailed you.
sup-home-status-pending = Your email is confirmed. The organizer is checking your registration; we will email you when it is approved.
sup-home-status-approved = Your company is approved: buyers can find you and book meetings.
sup-home-status-rejected = Your registration was not approved. Contact the organizer if you have questions.
sup-home-organizer-note = Organizer's note: { $note }
sup-home-step-registered = Registered
sup-home-step-confirmed = Email confirmed
sup-home-step-approved = Approved by the organizer
sup-home-step-meetings = Buyers book meetings
sup-home-profile = Company profile
sup-home-profile-text = See your profile as buyers see it, and edit it.
sup-home-availability = Availability
sup-home-blocked = { $count ->
    [0] All slots open.
    [one] 1 slot marked unavailable.
   *[other] { $count } slots marked unavailable.
}
sup-home-agenda = Agenda
sup-home-meetings = { $count ->
    [one] 1 meeting booked. Print it for the day.
   *[other] { $count } meetings booked. Print it for the day.
}

## Agenda

sup-agenda-title = Agenda
sup-agenda-heading = Agenda
sup-agenda-printable = Printable version
sup-agenda-empty = No meetings yet. When buyers book meetings with you, they appear here.
sup-agenda-time = Time
sup-agenda-table = Table
sup-agenda-buyer = Buyer
sup-agenda-organisation = Organisation
sup-agenda-country = Country
sup-agenda-languages = Languages
sup-agenda-interpreter = Interpreter
sup-agenda-actions = Actions
sup-agenda-table-prefix = Table
sup-agenda-speaks = Speaks
sup-agenda-interpreter-prefix = Interpreter:
sup-agenda-interpreter-needed = needed
sup-agenda-interpreter-no = no
sup-agenda-calendar = Calendar file
sup-agenda-calendar-title = Add this meeting to your calendar
sup-agenda-cancel = Cancel…
sup-agenda-outcome = Outcome
sup-feed-heading = Your agenda in your calendar app
sup-feed-made = Your calendar app follows this agenda through the private address you made on { $date }. For your safety the address was shown only then.
sup-feed-new = Make a new address
sup-feed-new-hint = Lost it, or someone else may have it? A new address stops the old one at once.
sup-feed-intro = Get a private address that keeps your calendar app up to date with your meetings.
sup-feed-create = Create my calendar address
sup-print-title = Agenda to print
sup-print-back = Back to the agenda
sup-print-button = Print
sup-print-hint = or use your browser's Print command (Ctrl+P, or ⌘P on a Mac).
sup-print-printed = printed { $when }
sup-print-checkin = Show this code at the check-in desk.

## Availability

sup-avail-title = Availability
sup-avail-heading = Availability
sup-avail-intro = Mark the slots when nobody from your company can be at the table. Buyers cannot book those. Times are venue time ({ $zone }).
sup-avail-no-days = The organizer has not set up the consultation days yet.
sup-avail-status = Status
sup-avail-change = Change
sup-avail-meeting = meeting
sup-avail-meeting-with = { $buyer } · table { $table }
sup-avail-unavailable = unavailable
sup-avail-open = open
sup-avail-cancel-meeting = Cancel this meeting…
sup-avail-make-available = Make available
sup-avail-mark-unavailable = Mark unavailable
sup-avail-has-meeting = You have a meeting with { $buyer } at table { $table } in this slot. Cancel the meeting first (from your agenda), then mark the slot unavailable.
sup-flash-slot-blocked = The slot is marked unavailable.
sup-flash-slot-open = The slot is available again.
sup-avail-quick = Mark unavailable at once:
sup-avail-whole-day = Whole day
sup-avail-morning = Morning
sup-avail-afternoon = Afternoon
sup-avail-from = From
sup-avail-to = To
sup-avail-undo = { $count ->
    [one] Undo the last change (1 slot)
   *[other] Undo the last change ({ $count } slots)
}
sup-flash-slots-blocked = { $count ->
    [one] 1 slot is marked unavailable.
   *[other] { $count } slots are marked unavailable.
}
sup-flash-slots-blocked-kept = { $count ->
    [one] 1 slot is marked unavailable.
   *[other] { $count } slots are marked unavailable.
} { $kept ->
    [one] 1 slot stays open because of your meeting with { $buyers }: cancel it from your agenda if you cannot attend.
   *[other] { $kept } slots stay open because of your meetings with { $buyers }: cancel them from your agenda if you cannot attend.
}
sup-flash-slots-open = { $count ->
    [one] 1 slot is available again.
   *[other] { $count } slots are available again.
}
sup-flash-undone = { $count ->
    [one] Undone: 1 slot is as it was.
   *[other] Undone: { $count } slots are as they were.
}
sup-flash-nothing-to-undo = There is nothing to undo.
err-sup-avail-change = Choose whether to mark the times unavailable or available.
err-sup-avail-range = Choose a start and an end among that day's times.
err-sup-avail-backwards = The range ends before it starts: choose a later end.
err-sup-avail-none = That part of the day has no slots.

## Cancelling a meeting

sup-cancel-title = Cancel a meeting
sup-cancel-heading = Cancel this meeting?
sup-cancel-when = When
sup-cancel-reason = Reason, for the buyer (in English)
sup-cancel-reason-hint = We email it to the buyer at once, e.g. "Our CEO has to leave early that day."
sup-cancel-submit = Cancel the meeting
sup-cancel-keep = Keep it
sup-cancel-reason-missing = Tell the buyer why, in a few words (in English).
sup-flash-cancelled = The meeting is cancelled and the buyer has been told. The slot is free again.

## Profile and preview

sup-profile-title = Company profile
sup-profile-heading = Company profile
sup-profile-intro = Buyers see this in English.
sup-profile-see-preview = See it as buyers do
sup-profile-errors = Please correct the marked fields below. Nothing was saved yet.
sup-profile-email = Email:
sup-profile-email-change = (to change it, ask the organizer)
sup-profile-save = Save profile
sup-profile-cancel = Cancel
sup-profile-change-password = Change my password
sup-flash-profile-saved = Your profile is saved.
sup-preview-title = Your public profile
sup-preview-heading = Your profile as buyers see it
sup-preview-intro = Below is exactly the page foreign buyers open when they look at your company.
sup-preview-edit = Edit profile
sup-preview-not-approved = Buyers will see this page once the organizer has approved your registration.
sup-preview-frame = Preview of your page for buyers
sup-preview-closed = Here buyers see your free times and book a meeting with one click.

## The profile form (registration and profile page)

sup-pf-company = Company
sup-pf-name-ko = Company name in Korean
sup-pf-name-ko-hint = As on your registration certificate, e.g. ㈜한빛워터텍
sup-pf-name-en = Company name in English
sup-pf-name-en-hint = Buyers see this name, e.g. Hanbit Watertech Co., Ltd.
sup-pf-regno = Business registration number
sup-pf-regno-hint = 10 digits, e.g. 123-45-67890
sup-pf-representative = Representative
sup-pf-size = Company size
sup-pf-founded = Year founded
sup-pf-founded-hint = e.g. 2009
sup-pf-address = Address
sup-pf-website = Website
sup-pf-website-hint = e.g. www.company.co.kr
sup-pf-contact = Contact
sup-pf-contact-name = Contact person
sup-pf-phone = Phone
sup-pf-phone-hint = e.g. +82 2-1234-5678
sup-pf-sectors = Sectors
sup-pf-sectors-hint = Choose every sector you sell in. Buyers search by sector.
sup-pf-markets = Export markets
sup-pf-served = Countries you already export to
sup-pf-served-hint = Two-letter codes or English names, separated by commas: VN, TH, United States
sup-pf-target = Countries you want to export to
sup-pf-target-hint = e.g. PE, KE, Indonesia
sup-pf-languages = Languages at your table
sup-pf-languages-hint = The languages your staff at the meetings speak. Buyers who share none get an interpreter.
sup-pf-products = Products
sup-pf-products-hint = At least one product. HS code and picture link are optional. Buyers read the English name and description; without them they read the first ones.
sup-pf-product-n = Product { $number }
sup-pf-product-name = Product name
sup-pf-product-name-en = Product name in English
sup-pf-product-description = Description
sup-pf-product-description-en = Description in English
sup-pf-hs-code = HS code
sup-pf-picture = Picture link
sup-pf-optional = (optional)
sup-pf-for-buyers = For buyers
sup-pf-catalogue = Catalogue link
sup-pf-catalogue-hint = A PDF or web page in English
sup-pf-pitch = Company description
sup-pf-pitch-hint = Two or three sentences: what you make and why buyers should meet you. At most 600 characters.
sup-pf-pitch-en = Company description in English
sup-pf-pitch-en-hint = Foreign buyers read this one. Without it they read the company description.

## Company sizes

size-micro = Micro (fewer than 10 employees)
size-small = Small (10–49 employees)
size-medium = Medium (50–299 employees)
size-large = Large (300 or more employees)

## Requests

sup-req-title = Meeting requests
sup-req-heading = Meeting requests
sup-req-intro = Answer buyers who asked to meet you, or ask a buyer for a meeting. The organizer places accepted requests in the schedule.
sup-req-disabled = This expo does not use meeting requests: buyers book free slots directly.
sup-req-waiting = Waiting for your answer
sup-req-show = Show
sup-req-show-all = All requests
sup-req-order = Order
sup-req-order-match = Best match first
sup-req-order-date = Newest first
sup-req-apply = Show
sup-req-received = Received { $when }
sup-req-bad-filter = That list filter is not one we know, so all requests are shown.
sup-req-none-waiting = No requests waiting.
sup-req-high-priority = high priority
sup-req-note = Note for the buyer
sup-req-note-optional = (optional when accepting)
sup-req-accept = Accept
sup-req-decline = Decline
sup-req-earlier = Earlier requests
sup-req-from = From
sup-req-from-buyer = buyer
sup-req-from-you = you
sup-req-note-column = Note
sup-req-ask = Request a meeting with a buyer
sup-req-ask-not-approved = You can send requests once the organizer has approved your registration.
sup-req-looking-for = Looking for
sup-req-looking-for-prefix = Looking for:
sup-req-open = request open
sup-req-must-meet = must meet
sup-req-send = Request a meeting
sup-flash-accepted = You accepted the request; the buyer has been told.
sup-flash-declined = You declined the request; the buyer has been told.
sup-flash-request-sent = Your request is sent. The buyer will accept or decline it.

## Registration

reg-title = Register your company
reg-heading = Register your company
reg-intro = Meet foreign buyers at an export consultation. After you register, confirm your email; the organizer then approves your company.
reg-no-expo = No expo is taking registrations right now.
reg-errors = { $count ->
    [one] Please correct the 1 marked field below. Nothing was saved yet.
   *[other] Please correct the { $count } marked fields below. Nothing was saved yet.
}
reg-expo-account = Expo and account
reg-expo-label = Expo:
reg-expo = Expo
reg-email = Email
reg-email-hint = We send a confirmation link here. You sign in with it.
reg-password = Password
reg-password-hint = At least 10 characters.
reg-retype-password = Please type your password again: we never keep it on the page.
reg-submit = Register
reg-already = Already registered?
reg-sent-title = Confirm your email
reg-sent-heading = Check your email
reg-sent-text = We sent a message to { $email }. Open the link in it to confirm your email address. The link works for 2 days.
reg-sent-text-any = We sent a message to your address. Open the link in it to confirm your email address. The link works for 2 days.
reg-step-register = Register your company
reg-step-confirm = Confirm your email
reg-step-approve = The organizer approves your company
reg-step-meetings = Buyers book meetings with you
reg-sent-nothing = Nothing arrived after a few minutes? Check the spam folder. You can also
reg-sent-sign-in = sign in with your password to see your registration.
reg-confirm-title = Confirm your email address
reg-confirm-button = Confirm and continue
reg-flash-verified = Thank you: your email address is confirmed. The organizer will now check your registration.
reg-link-title = This link does not work
reg-link-expired = This link has expired. Links only work for a limited time, to keep your account safe.
reg-link-used-verify = This link has already been used: your email address is confirmed. Sign in to see your registration.
reg-link-used = This link has already been used. Each link works once.
reg-link-invalid = This link is not valid. It may have been cut off when it was copied.
reg-link-ask-new = Ask for a new link
reg-link-sign-in = Sign in

## Sign-in and passwords

reg-signin-title = Supplier sign-in
reg-signin-heading = Supplier sign-in
reg-signin-intro = Sign in with the email and password you registered with.
reg-signin-submit = Sign in
reg-signin-forgot = Forgot your password?
reg-signin-link = Email me a sign-in link instead
reg-signin-new = New here?
reg-signin-register = Register your company
reg-signin-wrong = The email or the password is not right. Check both and try again.
reg-signin-email-missing = Enter the email address you registered with.
reg-forgot-title = Forgot your password
reg-forgot-heading = Set a new password
reg-forgot-sent = If { $email } belongs to a registered supplier, a link to set a new password is on its way. It works once and for 60 minutes.
reg-forgot-sent-any = If the address belongs to a registered supplier, a link to set a new password is on its way. It works once and for 60 minutes.
reg-forgot-intro = Enter the email you registered with. We will send you a link to set a new password.
reg-forgot-submit = Send me a link
reg-reset-title = Choose a new password
reg-new-password = New password
reg-reset-submit = Save and sign in
reg-flash-password-saved = Your new password is saved.
acct-title = Change your password
acct-heading = Change your password
acct-intro = Your other sign-ins (another browser, a phone) end when you save; this one stays.
acct-current = Current password
acct-submit = Save the new password
acct-wrong-current = That is not your current password.
acct-flash-saved = Your new password is saved. Any other sign-ins have ended.

## Field errors

err-sup-required = This field is required.
err-sup-too-long = Use at most { $max } characters.
err-sup-too-long-typed = Use at most { $max } characters (you typed { $typed }).
err-sup-line-breaks = Remove the line breaks or tabs.
err-sup-english-only = Write this in English: foreign buyers read it.
err-sup-countries-max = List at most { $max } countries.
err-sup-product-missing = Add at least one product, so buyers know what you sell.
err-sup-year = Enter a year between 1800 and { $last }, like 2009.
err-sup-sector-missing = Choose at least one sector, so buyers can find you.
err-sup-sector-unknown = “{ $code }” is not a sector in our list. Choose from the list.
err-sup-language-missing = Choose the languages your staff at the table speak.
err-sup-language-unknown = “{ $code }” is not a language in our list.
err-sup-size = Choose the size of your company.
err-sup-regno-missing = Enter your business registration number.
err-sup-regno-digits = Use digits only, like 123-45-67890.
err-sup-regno-length = A business registration number has 10 digits, like 123-45-67890.
err-sup-regno-check = This number is not valid: its last digit does not match. Check it against your registration certificate.
err-sup-regno-taken = Another company at this expo has this registration number.
err-sup-regno-registered = A company with this registration number is already registered for this expo. Sign in instead, or ask the organizer.
err-sup-phone-missing = Enter a phone number.
err-sup-phone-format = Enter a phone number like +82 2-1234-5678 (digits, spaces and hyphens only).
err-sup-web-format = Enter a web address like https://www.company.co.kr.
err-sup-hs-format = An HS code has 2 to 10 digits, like 8421.21 (leave it empty if unsure).
err-sup-password-short = Use at least { $min } characters.
err-sup-expo-missing = Choose the expo you register for.
err-sup-expo-closed = This expo no longer takes registrations.

## Meeting outcomes (the supplier's own form)

sup-outcome-not-started = You can record the outcome once the meeting has started.
sup-outcome-no-show-early = You can mark a no-show once the meeting has started.
sup-flash-outcome-saved = Thank you: the outcome is saved.
sup-flash-no-show = Marked as a no-show. The organizer sees it.
