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
sector-water = 수처리·환경
sector-medical = 의료기기·헬스케어
sector-ict = ICT·소프트웨어·보안
sector-energy = 에너지·전력기자재
sector-construction = 건설·건축자재
sector-transport = 교통·모빌리티
sector-safety = 안전·재난·방산
sector-agrifood = 농업·식품
sector-textiles = 섬유·의류
sector-machinery = 기계·산업장비
sector-electronics = 전자·부품
sector-education = 교육·사무용품
sector-cosmetics = 화장품·생활용품
sector-chemicals = 화학·소재
sector-auto = 자동차부품
sector-smartcity = 스마트시티·공공서비스
