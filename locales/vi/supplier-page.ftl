# Machine-assisted translation awaiting native review.
# Trang công khai của nhà cung cấp, như người mua (và bản xem trước của nhà cung cấp) thấy.

sup-page-book = Đặt lịch gặp
sup-page-about = Giới thiệu
sup-page-sectors = Lĩnh vực
sup-page-exports-to = Đang xuất khẩu sang
sup-page-new-to-export = mới bắt đầu xuất khẩu
sup-page-wants = Muốn bán tại
sup-page-speaks = Ngôn ngữ
sup-page-company = Quy mô công ty
sup-page-founded = thành lập năm { $year }
sup-page-catalogue = Catalô
sup-page-open-catalogue = Mở catalô
sup-page-why = Vì sao chúng tôi gợi ý
sup-page-no-time = Nhà cung cấp này không còn khung giờ trống.
sup-page-times-hint = Giờ theo múi giờ của bạn; giờ tại địa điểm ghi bên cạnh. Một lần nhấp là đặt xong; bàn gặp được xếp tự động.
sup-page-different-day = khác ngày tại địa điểm
sup-page-current = Giờ hiện tại của cuộc gặp
sup-page-current-hint = Chọn giờ khác bên dưới để đổi giờ cuộc gặp; cả hai bên đều nhận được mục lịch đã cập nhật.
sup-page-request-heading = Hoặc gửi yêu cầu gặp
sup-page-request-hint = Ban tổ chức xếp lịch cho các yêu cầu được chấp nhận; yêu cầu “bắt buộc gặp” được ưu tiên.
sup-page-must-meet = Tôi nhất định phải gặp nhà cung cấp này
sup-page-would-like = Tôi muốn gặp họ
sup-page-message = Lời nhắn
sup-page-optional = (không bắt buộc)
sup-page-send-request = Gửi yêu cầu
sup-page-products = Sản phẩm
sup-page-no-products = Chưa có sản phẩm nào.
sup-page-product = Sản phẩm
sup-page-description = Mô tả
sup-page-hs-code = Mã HS

sup-page-request-profile-first = Vui lòng hoàn thiện hồ sơ của bạn trước.
sup-page-request-disabled = Hội chợ này không dùng yêu cầu gặp.
sup-page-request-open = Bạn đã có một yêu cầu đang chờ với nhà cung cấp này.
sup-page-request-answered = Yêu cầu này đã được trả lời.
sup-page-outside-hours = ngoài giờ của bạn
