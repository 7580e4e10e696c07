# A supplier's public page, as buyers (and the supplier's own preview) see it.

sup-page-book = Book a meeting
sup-page-about = About
sup-page-sectors = Sectors
sup-page-exports-to = Exports to
sup-page-new-to-export = new to export
sup-page-wants = Wants to sell in
sup-page-speaks = Speaks
sup-page-company = Company
sup-page-founded = founded { $year }
sup-page-catalogue = Catalogue
sup-page-open-catalogue = Open the catalogue
sup-page-why = Why we suggest them
sup-page-no-time = No free time is left with this supplier.
sup-page-times-hint = Times in your zone; venue time beside. One click books; the table is assigned for you.
sup-page-different-day = different day at the venue
sup-page-current = Current time
sup-page-current-hint = Choose another time below to move the meeting; both of you get the updated calendar entry.
sup-page-request-heading = Or send a meeting request
sup-page-request-hint = The organizer schedules accepted requests; must-meet requests come first.
sup-page-must-meet = I must meet this supplier
sup-page-would-like = I would like to meet them
sup-page-message = Message
sup-page-optional = (optional)
sup-page-send-request = Send request
sup-page-products = Products
sup-page-no-products = No products listed yet.
sup-page-product = Product
sup-page-description = Description
sup-page-hs-code = HS code

## Refused meeting requests (read by buyers)

sup-page-request-profile-first = Please complete your profile first.
sup-page-request-disabled = This expo does not use meeting requests.
sup-page-request-open = You already have an open request with this supplier.
sup-page-request-answered = This request has already been answered.
sup-page-outside-hours = outside your hours
