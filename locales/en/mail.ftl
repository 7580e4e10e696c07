# Emails and calendar files (src/mail, templates/mail). Key prefix: mail-.

## Shared pieces

mail-dear = Dear { $name },
mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-layout-why = You receive this because you take part in an export consultation organised with expomatch.
mail-privacy-text = How we handle your personal data (privacy notice): { $url }
mail-privacy-link = Privacy notice
mail-open-agenda = Open your agenda
mail-open-expomatch = Open expomatch
mail-your-agenda = your agenda: { $link }
mail-reason = Reason: { $reason }
mail-table = table { $table }

## Invitation (to a buyer)

mail-invitation-subject = Invitation: { $expo }
mail-invitation-intro = you are invited to { $expo } at { $venue }: one-to-one export consultation meetings with selected suppliers.
mail-invitation-open = Open your personal link to complete your profile and book your meetings:
mail-invitation-button = Complete your profile and book meetings
mail-invitation-validity = The link signs you in; it works once and for { $days ->
     [one] 1 day
    *[other] { $days } days
  }. Later you can always ask for a new one on the sign-in page.
mail-invitation-when = Consultation days
mail-invitation-where = Venue
mail-invitation-deadline = Book by
mail-invitation-organizer = Organizer
mail-invitation-reply = Questions? Reply to this email and the organizer will answer.

## Sign-in link

mail-signin-subject = Your expomatch sign-in link
mail-signin-intro = here is your link to sign in to expomatch:
mail-signin-button = Sign in to expomatch
mail-signin-validity = It works once and for the next { $minutes } minutes. If you did not ask for it, you can ignore this email; nobody can sign in without the link.

## A supplier's account: verification, account exists, password reset

mail-verify-subject = Confirm your email address for expomatch
mail-verify-intro = thank you for registering { $company } for { $expo }.
mail-verify-confirm-text = Please confirm your email address with this link:
mail-verify-confirm-html = Please confirm your email address:
mail-verify-button = Confirm my email address
mail-verify-validity = The link works once and for the next { $days ->
     [one] 1 day
    *[other] { $days } days
  }. After you confirm, the organizer checks your registration; we will email you when it is approved.
mail-verify-ignore = If you did not register, you can ignore this email.

mail-exists-subject = You already have an expomatch account
mail-exists-your-company = your company
mail-exists-intro = someone (probably you) tried to register a company for { $expo } with this email address, but it already has an expomatch account ({ $company }).
mail-exists-how-text = To sign in, use your password, or set a new one with this link:
mail-exists-how-html = To sign in, use your password, or set a new one:
mail-exists-validity = The link works once and for the next { $minutes } minutes. If it was not you, you can ignore this email: nothing has changed.

mail-reset-subject = Set a new expomatch password
mail-reset-intro = here is your link to set a new expomatch password:
mail-reset-button = Set a new password
mail-reset-validity = It works once and for the next { $minutes } minutes. If you did not ask for it, you can ignore this email; your password stays as it is.

## A meeting booked, moved or cancelled

mail-meeting-booked-subject = Meeting booked: { $counterpart } · { $when }
mail-meeting-moved-subject = Meeting moved: { $counterpart } · now { $when }
mail-meeting-cancelled-subject = Meeting cancelled: { $counterpart } · { $when }
mail-meeting-booked-headline = Your meeting with { $counterpart } is booked.
mail-meeting-moved-headline = Your meeting with { $counterpart } has moved.
mail-meeting-cancelled-headline = Your meeting with { $counterpart } is cancelled.
mail-meeting-booked-note = The attached invitation adds the meeting to your calendar.
mail-meeting-moved-note = The attached invitation moves the meeting in your calendar.
mail-meeting-cancelled-note = The attached file removes the meeting from your calendar.
mail-meeting-table-subject = New table for your meeting: { $counterpart } · { $when }
mail-meeting-table-headline = Your meeting with { $counterpart } keeps its time and moves to another table.
mail-meeting-mode-subject = New way to meet: { $counterpart } · { $when }
mail-meeting-mode-headline = Your meeting with { $counterpart } keeps its time; how you meet has changed (see where, below).
mail-meeting-no-show-subject = Recorded as not held: { $counterpart } · { $when }
mail-meeting-no-show-headline = Your meeting with { $counterpart } was recorded as a no-show, so that time is free again. If this is wrong, reply to this message.
mail-meeting-no-show-note = The attached file removes the meeting from your calendar.
mail-meeting-restored-subject = Meeting stands: { $counterpart } · { $when }
mail-meeting-restored-headline = The no-show record for your meeting with { $counterpart } was a mistake and has been taken back: the meeting stands.
mail-meeting-with = With
mail-meeting-when = When
mail-meeting-where = Where
mail-meeting-reason = Reason
mail-meeting-place = { $venue }, table { $table }
mail-meeting-venue-time = { $when } (venue time)

mail-slot-freed-subject = A time with { $supplier } is free
mail-slot-freed-headline = A meeting time with { $supplier } has just become free: { $when }. You asked to meet them; book it before someone else does.

## Meeting requests

mail-request-received-subject = Meeting request from { $name }
mail-request-received-headline = { $name } would like to meet you.
mail-request-accepted-subject = Request accepted by { $name }
mail-request-accepted-headline = { $name } accepted your meeting request. The organizer will schedule it.
mail-request-declined-subject = Request declined by { $name }
mail-request-declined-headline = { $name } declined your meeting request.
mail-request-expired-subject = Request expired: { $name }
mail-request-expired-headline = Your meeting request to { $name } expired: it had no answer within { $days ->
     [one] 1 day
    *[other] { $days } days
  }. You can send a new one while the expo takes requests.

## Agenda and the evening-before reminder

mail-agenda-published-subject = Your meetings at { $expo }
mail-agenda-reminder-subject = Tomorrow: { $count ->
     [one] 1 meeting
    *[other] { $count } meetings
  } at { $venue }
mail-agenda-published-headline = Your schedule for { $expo } is ready: { $count ->
     [one] 1 meeting
    *[other] { $count } meetings
  }.
mail-agenda-reminder-headline = Tomorrow, { $day }, you have { $count ->
     [one] 1 meeting
    *[other] { $count } meetings
  }.
mail-agenda-none = (no meetings)
mail-agenda-interpreter = interpreter { $name }
mail-agenda-calendar-note = The attached calendar file adds these meetings to your calendar. If one of them moves or is cancelled later, that email updates the same entry.

## Calendar files

mail-cal-summary = Export consultation: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } meets { $supplier } at table { $table }.
mail-cal-location = { $venue } — table { $table }
mail-cal-alarm = Your meeting starts in 15 minutes
mail-cal-feed-name = Export consultations

## Supplier registration decided

mail-supplier-approved-subject = Approved: { $expo }
mail-supplier-rejected-subject = Registration not approved: { $expo }
mail-supplier-approved-headline = { $name } is approved for { $expo }: buyers can now find you and book meetings.
mail-supplier-rejected-headline = The registration of { $name } for { $expo } was not approved.

## Follow-up survey (to a supplier)

mail-followup-subject = { $months } months after { $expo }: how did your meetings go?
mail-followup-since = It is { $months } months since { $expo }.
mail-followup-meetings = { $count ->
     [one] 1 meeting
    *[other] { $count } meetings
  }
mail-followup-headline = { $since } What came of your { $meetings }?
mail-followup-why = Your answers tell the agency how the consultations helped Korean exports. Please update the result of each meeting, even if nothing came of it.
mail-followup-so-far = so far: { $result }
mail-followup-no-result = no result recorded yet
mail-followup-update = update: { $link }
mail-followup-update-link = Update the result
mail-followup-sign-in = Sign in
mail-followup-sign-in-note = (the link works once, for { $days } days).
mail-followup-sign-in-text = Sign in with this link (it works once, for { $days } days): { $link }
mail-interest-none = No interest
mail-interest-follow-up = Follow-up agreed
mail-interest-sample-or-quote = Sample or quote requested
mail-interest-contract-expected = Contract expected
mail-interest-contract-signed = Contract signed

## Online meetings
mail-meeting-online = Online (video call)
mail-meeting-video = Join
mail-join-button = Join the video call
mail-join-line = Join the video call: { $link }
mail-cal-location-online = Online: { $link }
mail-cal-online-description = { $expo } · online consultation.
mail-reminder-soon-subject = Starting in { $minutes } min: { $counterpart }
mail-reminder-soon-headline = Your meeting with { $counterpart } starts in { $minutes } minutes.
mail-reminder-soon-turn-off = Stop these reminders: { $link }

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = You interpret a meeting: { $buyer }, { $when }
mail-interp-assigned-headline = You are the interpreter for the meeting of { $buyer } with { $supplier }.
mail-interp-released-subject = Not needed any more: { $buyer }, { $when }
mail-interp-released-headline = You are no longer needed as interpreter for the meeting of { $buyer } with { $supplier }. Thank you.
mail-interp-updated-subject = Changed: the meeting you interpret, { $buyer }, { $when }
mail-interp-updated-headline = The meeting of { $buyer } with { $supplier } that you interpret has changed. Here it is as it stands now.
mail-interp-cancelled-subject = Cancelled: the meeting you interpret, { $buyer }, { $when }
mail-interp-cancelled-headline = The meeting of { $buyer } with { $supplier } that you were to interpret will not take place.
mail-interp-buyer = Buyer
mail-interp-supplier = Supplier
mail-interp-agenda = your interpreting agenda: { $link }
mail-interp-open-agenda = Open your interpreting agenda
mail-staff-subject = Help run { $expo } on expomatch
mail-staff-intro = { $inviter } invites you to help run { $expo } on expomatch.
mail-staff-role = Your role
mail-staff-open = Sign in with your personal link:
mail-staff-button = Sign in to expomatch
mail-staff-password = Once signed in you may set a password under "Change password".
