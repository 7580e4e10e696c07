# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = (optional)
buy-back = Back
buy-reason-for-supplier = Reason for the supplier

## Home: my meetings
buy-home-my-meetings = My meetings
buy-home-welcome = Welcome, { $name }
buy-home-find-suppliers = Find suppliers
buy-home-print = Print
buy-home-zones = your time: { $own } · venue: { $venue }
buy-home-empty-before = No meetings booked yet.
buy-home-empty-after = and book a time.
buy-home-col-when = When (your time)
buy-home-col-supplier = Supplier
buy-home-col-table = Table
buy-home-col-change = Change
buy-home-different-day = different day at the venue
buy-home-interpreter = interpreter: { $name }
buy-home-rated = You rated it { $rating }/5
buy-home-change = Change
buy-home-rate = Rate this meeting
buy-home-move = Move
buy-home-calendar = Calendar
buy-home-cancel = Cancel
buy-home-cancel-this = Cancel this meeting
buy-home-feed-made = Your calendar app follows this agenda through the private address you made on { $date }. Lost it?
buy-home-feed-renew = Make a new address
buy-home-feed-renew-note = (the old one stops working)
buy-home-feed-intro = Keep your calendar app up to date with this agenda:
buy-home-feed-make = Get a calendar address
buy-home-checkin-alt = Your check-in code
buy-home-checkin = Show this code at the check-in desk.

## Supplier directory
buy-dir-title = Suppliers
buy-dir-best-first = Best matches for your profile first.
buy-dir-none-of = { $total ->
    [one] The only supplier does not match.
   *[other] None of the { $total } suppliers match.
}
buy-dir-of = of { $matching }.
buy-dir-of-matching = { $total ->
    [one] of { $matching } matching (1 supplier).
   *[other] of { $matching } matching ({ $total } suppliers).
}
buy-dir-search = Search
buy-dir-search-hint = Company, product, 한글…
buy-dir-filters = { $count ->
    [0] Filters
   *[other] Filters ({ $count } set)
}
buy-dir-sector = Sector
buy-dir-any-sector = Any sector
buy-dir-sells-to = Sells to
buy-dir-any-market = Any market
buy-dir-speaks = Speaks
buy-dir-any-language = Any language
buy-dir-experience = Export experience
buy-dir-any = Any
buy-dir-exporting = Already exporting
buy-dir-new-to-export = New to export
buy-dir-clear = Clear
buy-dir-empty = No supplier matches these filters.
buy-dir-corrected = Also showing suppliers for: { $words }
buy-dir-show-all = Show all suppliers
buy-dir-match-score = How well this supplier fits what you told us
match-strong = Strong match
match-good = Good match
match-fair = Some match
buy-dir-view-and-book = View and book
buy-dir-pages = Pages of suppliers
buy-dir-previous = ← Previous
buy-dir-next = Next →
buy-dir-page-of = Page { $page } of { $pages }

## Booking (the supplier's page)
buy-book-heading = Book a meeting
buy-book-move-heading = Move your meeting
buy-book-taken = This slot was just taken by someone else. Here are the nearest free times:

## Profile
buy-prof-title = Your profile
buy-prof-welcome = Welcome — tell suppliers who you are
buy-prof-intro-first = Two minutes: suppliers see this before they meet you, and we use it to suggest the best matches.
buy-prof-intro = Suppliers see this before they meet you.
buy-prof-name = Your name
buy-prof-position = Position
buy-prof-organisation = Organisation
buy-prof-country = Country
buy-prof-timezone = Your time zone
buy-prof-timezone-hint = Meeting times are shown in this zone, with the venue's time beside them.
buy-prof-languages = Languages you can hold a meeting in
buy-prof-interpreter = I will need an interpreter
buy-prof-sectors = Sectors you are buying in
buy-prof-looking-for = What are you looking for?
buy-prof-looking-for-hint = Products, quantities, tenders coming up. We match these words with suppliers' products.
buy-prof-save-first = Save and find suppliers
buy-prof-save = Save

## Rating a meeting
buy-rate-title = Rate your meeting
buy-rate-crumb = Rate
buy-rate-heading = How was your meeting with { $supplier }?
buy-rate-table = table { $table }
buy-rate-question = How useful was this meeting for your business?
buy-rate-not-useful = not useful
buy-rate-very-useful = very useful
buy-rate-comment = Comment for the organizers (optional)
buy-rate-private = Only the organizers read your rating; the supplier does not see it.
buy-rate-save = Save my rating

## Requests
buy-req-title = Meeting requests
buy-req-intro = Requests you sent and requests suppliers sent you. The organizer schedules the accepted ones.
buy-req-disabled = This expo books meetings directly; requests are not used.
buy-req-empty = No requests yet. On a supplier's page you can send one.
buy-req-col-direction = Direction
buy-req-col-priority = Priority
buy-req-col-status = Status
buy-req-col-message = Message / answer
buy-req-request = Request
buy-req-to-you = to you
buy-req-from-you = from you
buy-req-priority-colon = Priority:
buy-req-must = must meet
buy-req-would-like = would like
buy-req-expires = expires { $when } UTC if unanswered
buy-req-answer = Answer: { $reason }
buy-req-accept = Accept
buy-req-decline = Decline

## Calendar subscription
buy-feed-title = Your calendar address
buy-feed-ready = Your calendar address is ready
buy-feed-how = Add this address to Outlook, Google Calendar or your phone ("subscribe" or "add calendar from URL"). It updates by itself when meetings are booked, moved or cancelled.
buy-feed-label = Calendar subscription address
buy-feed-copy-now = Copy it now: for your safety it is shown only this once.
buy-feed-keep = Keep it to yourself: anyone with it can read your agenda. If you lose it, make a new one; the old one then stops working.
buy-feed-open = Open in my calendar app
buy-feed-back = Back to my agenda

## Flash messages
buy-flash-moved = Your meeting has moved. Both of you get an updated calendar invitation.
buy-flash-cancel-reason = Please give a short reason (up to 500 characters) so the supplier understands.
buy-flash-cancelled = The meeting is cancelled and the supplier is told why.
buy-flash-booked = Your meeting is booked. A confirmation with a calendar invitation is on its way.
buy-flash-profile-complete = Welcome! Your profile is complete: find suppliers below.
buy-flash-profile-saved = Your profile is saved.
buy-flash-choose-priority = Choose whether you must meet this supplier or would like to.
buy-flash-message-too-long = Keep the message under 1,000 characters of plain text.
buy-flash-request-sent = Your request is sent. You will hear when the supplier answers.
buy-flash-decline-reason = Please give the supplier a short reason (up to 500 characters) for declining.
buy-flash-accepted = Accepted: the organizer will schedule the meeting.
buy-flash-declined = Declined; the supplier is told why.

## Online meetings
buy-prof-online = Meeting online
buy-prof-remote = I cannot travel to the venue: hold all my meetings online (by video).
buy-prof-hours-from = Online meetings from (your time)
buy-prof-hours-to = until
buy-prof-hours-hint = For online meetings the organizers keep to these hours on your own clock.
