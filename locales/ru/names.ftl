# Machine-assisted translation awaiting native review.
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
sector-water = Водоочистка и экология
sector-medical = Медицинские изделия и здравоохранение
sector-ict = ИКТ, программное обеспечение и безопасность
sector-energy = Энергетика и электрооборудование
sector-construction = Строительство и стройматериалы
sector-transport = Транспорт и мобильность
sector-safety = Безопасность, ликвидация ЧС и оборонная продукция
sector-agrifood = Сельское хозяйство и продукты питания
sector-textiles = Текстиль и одежда
sector-machinery = Машины и промышленное оборудование
sector-electronics = Электроника и комплектующие
sector-education = Образование и канцтовары
sector-cosmetics = Косметика и товары народного потребления
sector-chemicals = Химия и материалы
sector-auto = Автокомпоненты
sector-smartcity = Умный город и государственные услуги
