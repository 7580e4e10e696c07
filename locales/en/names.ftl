# Names of things by code, owned by i18n::format (t.sector, …). Country and language
# names come from CLDR through ICU4X, not from here.

# A day and a clock range on one line: "Tue 8 Sept · 16:00–16:30".
format-day-time = { $day } · { $time }
# A clock labelled with its zone ("14:00–14:30 KST"), two such clocks (venue, then
# the reader's own), and a zone known only by its offset ("UTC−5").
fmt-zoned-time = { $time } { $zone }
fmt-zoned-pair = { $venue } · { $own }
fmt-utc-offset = UTC{ $offset }
fmt-utc = UTC

## Export sectors (the `sectors` table, domain::reference::SECTORS)
sector-water = Water treatment & environment
sector-medical = Medical devices & healthcare
sector-ict = ICT, software & security
sector-energy = Energy & power equipment
sector-construction = Construction & building materials
sector-transport = Transport & mobility
sector-safety = Safety, disaster response & defence supplies
sector-agrifood = Agriculture & food
sector-textiles = Textiles & apparel
sector-machinery = Machinery & industrial equipment
sector-electronics = Electronics & components
sector-education = Education & office supplies
sector-cosmetics = Cosmetics & consumer goods
sector-chemicals = Chemicals & materials
sector-auto = Automotive parts
sector-smartcity = Smart city & public services
