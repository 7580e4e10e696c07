# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = (không bắt buộc)
buy-back = Quay lại
buy-reason-for-supplier = Lý do gửi nhà cung cấp

## Home: my meetings
buy-home-my-meetings = Cuộc gặp của tôi
buy-home-welcome = Chào mừng, { $name }
buy-home-find-suppliers = Tìm nhà cung cấp
buy-home-print = In
buy-home-zones = giờ của bạn: { $own } · địa điểm: { $venue }
buy-home-empty-before = Bạn chưa đặt cuộc gặp nào.
buy-home-empty-after = và đặt một khung giờ.
buy-home-col-when = Thời gian (giờ của bạn)
buy-home-col-supplier = Nhà cung cấp
buy-home-col-table = Bàn
buy-home-col-change = Thay đổi
buy-home-different-day = khác ngày tại địa điểm
buy-home-interpreter = phiên dịch: { $name }
buy-home-rated = Bạn đã đánh giá { $rating }/5
buy-home-change = Thay đổi
buy-home-rate = Đánh giá cuộc gặp này
buy-home-move = Đổi giờ
buy-home-calendar = Lịch
buy-home-cancel = Hủy
buy-home-cancel-this = Hủy cuộc gặp này
buy-home-feed-made = Ứng dụng lịch của bạn đang theo dõi lịch trình này qua địa chỉ riêng bạn tạo ngày { $date }. Bị mất?
buy-home-feed-renew = Tạo địa chỉ mới
buy-home-feed-renew-note = (địa chỉ cũ sẽ ngừng hoạt động)
buy-home-feed-intro = Giữ ứng dụng lịch của bạn luôn cập nhật lịch trình này:
buy-home-feed-make = Lấy địa chỉ lịch
buy-home-checkin-alt = Mã check-in của bạn
buy-home-checkin = Xuất trình mã này tại quầy check-in.

## Supplier directory
buy-dir-title = Nhà cung cấp
buy-dir-best-first = Phù hợp nhất với hồ sơ của bạn được xếp trước.
buy-dir-none-of = Không có nhà cung cấp nào trong số { $total } phù hợp.
buy-dir-of = trên { $matching }.
buy-dir-of-matching = trên { $matching } phù hợp ({ $total } nhà cung cấp).
buy-dir-search = Tìm kiếm
buy-dir-search-hint = Công ty, sản phẩm, 한글…
buy-dir-filters = { $count ->
    [0] Bộ lọc
   *[other] Bộ lọc (đã chọn { $count })
}
buy-dir-sector = Ngành
buy-dir-any-sector = Mọi ngành
buy-dir-sells-to = Bán sang
buy-dir-any-market = Mọi thị trường
buy-dir-speaks = Ngôn ngữ
buy-dir-any-language = Mọi ngôn ngữ
buy-dir-experience = Kinh nghiệm xuất khẩu
buy-dir-any = Tất cả
buy-dir-exporting = Đã xuất khẩu
buy-dir-new-to-export = Mới xuất khẩu
buy-dir-clear = Xóa bộ lọc
buy-dir-empty = Không có nhà cung cấp nào phù hợp với bộ lọc này.
buy-dir-corrected = Đồng thời hiển thị nhà cung cấp phù hợp với: { $words }
buy-dir-show-all = Xem tất cả nhà cung cấp
buy-dir-match-score = Nhà cung cấp này phù hợp đến đâu với thông tin bạn cung cấp
match-strong = Rất phù hợp
match-good = Phù hợp
match-fair = Phù hợp một phần
buy-dir-view-and-book = Xem và đặt lịch
buy-dir-pages = Các trang nhà cung cấp
buy-dir-previous = ← Trước
buy-dir-next = Tiếp →
buy-dir-page-of = Trang { $page }/{ $pages }

## Booking (the supplier's page)
buy-book-heading = Đặt cuộc gặp
buy-book-move-heading = Đổi giờ cuộc gặp
buy-book-taken = Khung giờ này vừa được người khác đặt. Đây là các khung giờ trống gần nhất:

## Profile
buy-prof-title = Hồ sơ của bạn
buy-prof-welcome = Chào mừng — hãy giới thiệu bản thân với nhà cung cấp
buy-prof-intro-first = Chỉ hai phút: nhà cung cấp xem thông tin này trước khi gặp bạn, và chúng tôi dùng nó để gợi ý những đối tác phù hợp nhất.
buy-prof-intro = Nhà cung cấp xem thông tin này trước khi gặp bạn.
buy-prof-name = Họ tên
buy-prof-position = Chức vụ
buy-prof-organisation = Tổ chức
buy-prof-country = Quốc gia
buy-prof-timezone = Múi giờ của bạn
buy-prof-timezone-hint = Giờ cuộc gặp hiển thị theo múi giờ này, kèm giờ tại địa điểm.
buy-prof-languages = Ngôn ngữ bạn có thể dùng khi gặp
buy-prof-interpreter = Tôi cần phiên dịch
buy-prof-sectors = Ngành bạn đang thu mua
buy-prof-looking-for = Bạn đang tìm gì?
buy-prof-looking-for-hint = Sản phẩm, số lượng, các gói thầu sắp tới. Chúng tôi đối chiếu các từ này với sản phẩm của nhà cung cấp.
buy-prof-save-first = Lưu và tìm nhà cung cấp
buy-prof-save = Lưu

## Rating a meeting
buy-rate-title = Đánh giá cuộc gặp
buy-rate-crumb = Đánh giá
buy-rate-heading = Cuộc gặp với { $supplier } thế nào?
buy-rate-table = bàn { $table }
buy-rate-question = Cuộc gặp này hữu ích thế nào cho doanh nghiệp của bạn?
buy-rate-not-useful = không hữu ích
buy-rate-very-useful = rất hữu ích
buy-rate-comment = Góp ý cho ban tổ chức (không bắt buộc)
buy-rate-private = Chỉ ban tổ chức đọc đánh giá của bạn; nhà cung cấp không thấy.
buy-rate-save = Lưu đánh giá

## Requests
buy-req-title = Yêu cầu gặp
buy-req-intro = Các yêu cầu bạn đã gửi và các yêu cầu nhà cung cấp gửi cho bạn. Ban tổ chức xếp lịch cho các yêu cầu được chấp nhận.
buy-req-disabled = Hội chợ này đặt lịch gặp trực tiếp; không dùng yêu cầu.
buy-req-empty = Chưa có yêu cầu nào. Bạn có thể gửi yêu cầu trên trang của nhà cung cấp.
buy-req-col-direction = Chiều
buy-req-col-priority = Mức ưu tiên
buy-req-col-status = Trạng thái
buy-req-col-message = Tin nhắn / trả lời
buy-req-request = Yêu cầu
buy-req-to-you = gửi đến bạn
buy-req-from-you = do bạn gửi
buy-req-priority-colon = Mức ưu tiên:
buy-req-must = nhất định phải gặp
buy-req-would-like = muốn gặp
buy-req-expires = hết hạn lúc { $when } UTC nếu không được trả lời
buy-req-answer = Trả lời: { $reason }
buy-req-accept = Chấp nhận
buy-req-decline = Từ chối

## Calendar subscription
buy-feed-title = Địa chỉ lịch của bạn
buy-feed-ready = Địa chỉ lịch của bạn đã sẵn sàng
buy-feed-how = Thêm địa chỉ này vào Outlook, Google Calendar hoặc điện thoại ("đăng ký" hoặc "thêm lịch từ URL"). Lịch tự cập nhật khi cuộc gặp được đặt, đổi giờ hoặc hủy.
buy-feed-label = Địa chỉ đăng ký lịch
buy-feed-copy-now = Hãy sao chép ngay: vì an toàn của bạn, địa chỉ chỉ hiển thị một lần này.
buy-feed-keep = Đừng chia sẻ: bất kỳ ai có địa chỉ đều đọc được lịch trình của bạn. Nếu bị mất, hãy tạo địa chỉ mới; địa chỉ cũ sẽ ngừng hoạt động.
buy-feed-open = Mở trong ứng dụng lịch
buy-feed-back = Quay lại lịch trình của tôi

## Flash messages
buy-flash-moved = Cuộc gặp đã được đổi giờ. Cả hai bên nhận được lời mời lịch đã cập nhật.
buy-flash-cancel-reason = Vui lòng nêu lý do ngắn gọn (tối đa 500 ký tự) để nhà cung cấp hiểu.
buy-flash-cancelled = Cuộc gặp đã được hủy và nhà cung cấp đã được báo lý do.
buy-flash-booked = Cuộc gặp đã được đặt. Email xác nhận kèm lời mời lịch đang được gửi đến bạn.
buy-flash-profile-complete = Chào mừng! Hồ sơ của bạn đã hoàn tất: hãy tìm nhà cung cấp bên dưới.
buy-flash-profile-saved = Đã lưu hồ sơ của bạn.
buy-flash-choose-priority = Hãy chọn bạn nhất định phải gặp hay muốn gặp nhà cung cấp này.
buy-flash-message-too-long = Tin nhắn phải dưới 1.000 ký tự văn bản thuần.
buy-flash-request-sent = Đã gửi yêu cầu. Bạn sẽ được báo khi nhà cung cấp trả lời.
buy-flash-decline-reason = Vui lòng nêu cho nhà cung cấp lý do từ chối ngắn gọn (tối đa 500 ký tự).
buy-flash-accepted = Đã chấp nhận: ban tổ chức sẽ xếp lịch cuộc gặp.
buy-flash-declined = Đã từ chối; nhà cung cấp đã được báo lý do.

## Online meetings
buy-prof-online = Gặp trực tuyến
buy-prof-remote = Tôi không thể đến địa điểm: tất cả các cuộc gặp của tôi diễn ra trực tuyến (video).
buy-prof-hours-from = Gặp trực tuyến từ (giờ của bạn)
buy-prof-hours-to = đến
buy-prof-hours-hint = Các cuộc gặp trực tuyến được xếp trong khung giờ này theo giờ của bạn.
