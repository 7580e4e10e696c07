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
sector-water = 水処理・環境
sector-medical = 医療機器・ヘルスケア
sector-ict = ICT・ソフトウェア・セキュリティ
sector-energy = エネルギー・電力機器
sector-construction = 建設・建築資材
sector-transport = 交通・モビリティ
sector-safety = 安全・防災・防衛用品
sector-agrifood = 農業・食品
sector-textiles = 繊維・アパレル
sector-machinery = 機械・産業機器
sector-electronics = 電子・部品
sector-education = 教育・事務用品
sector-cosmetics = 化粧品・生活用品
sector-chemicals = 化学・素材
sector-auto = 自動車部品
sector-smartcity = スマートシティ・公共サービス
