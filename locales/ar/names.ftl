# Machine-assisted translation awaiting native review.
# Names of things by code, owned by i18n::format (t.sector, …). Country and language
# names come from CLDR through ICU4X, not from here.

# A day and a clock range on one line: "Tue 8 Sept · 16:00–16:30".
format-day-time = { $day } · { $time }
# A clock labelled with its zone ("14:00–14:30 KST"), two such clocks (venue, then
# the reader's own), and a zone known only by its offset ("UTC−5").
fmt-zoned-time = { "\u2066" }{ $time } { $zone }{ "\u2069" }
fmt-zoned-pair = { $venue } · { $own }
fmt-utc-offset = UTC{ $offset }
fmt-utc = UTC

## Export sectors (the `sectors` table, domain::reference::SECTORS)
sector-water = معالجة المياه والبيئة
sector-medical = الأجهزة الطبية والرعاية الصحية
sector-ict = تقنية المعلومات والاتصالات والبرمجيات والأمن
sector-energy = الطاقة ومعدات الكهرباء
sector-construction = البناء ومواد البناء
sector-transport = النقل والتنقل
sector-safety = السلامة والاستجابة للكوارث ومستلزمات الدفاع
sector-agrifood = الزراعة والأغذية
sector-textiles = المنسوجات والملابس
sector-machinery = الآلات والمعدات الصناعية
sector-electronics = الإلكترونيات والمكونات
sector-education = التعليم واللوازم المكتبية
sector-cosmetics = مستحضرات التجميل والسلع الاستهلاكية
sector-chemicals = الكيماويات والمواد
sector-auto = قطع غيار السيارات
sector-smartcity = المدن الذكية والخدمات العامة
