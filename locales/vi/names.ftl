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
sector-water = Xử lý nước & môi trường
sector-medical = Thiết bị y tế & chăm sóc sức khỏe
sector-ict = CNTT-TT, phần mềm & bảo mật
sector-energy = Năng lượng & thiết bị điện
sector-construction = Xây dựng & vật liệu xây dựng
sector-transport = Giao thông & di chuyển
sector-safety = An toàn, ứng phó thảm họa & vật tư quốc phòng
sector-agrifood = Nông nghiệp & thực phẩm
sector-textiles = Dệt may & thời trang
sector-machinery = Máy móc & thiết bị công nghiệp
sector-electronics = Điện tử & linh kiện
sector-education = Giáo dục & văn phòng phẩm
sector-cosmetics = Mỹ phẩm & hàng tiêu dùng
sector-chemicals = Hóa chất & vật liệu
sector-auto = Phụ tùng ô tô
sector-smartcity = Thành phố thông minh & dịch vụ công
