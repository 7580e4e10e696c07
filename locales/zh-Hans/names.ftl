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
sector-water = 水处理与环境
sector-medical = 医疗器械与医疗健康
sector-ict = 信息通信技术、软件与安全
sector-energy = 能源与电力设备
sector-construction = 建筑与建材
sector-transport = 交通与出行
sector-safety = 安全、防灾与国防用品
sector-agrifood = 农业与食品
sector-textiles = 纺织与服装
sector-machinery = 机械与工业设备
sector-electronics = 电子与元器件
sector-education = 教育与办公用品
sector-cosmetics = 化妆品与日用消费品
sector-chemicals = 化工与材料
sector-auto = 汽车零部件
sector-smartcity = 智慧城市与公共服务
