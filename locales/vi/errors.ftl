# Machine-assisted translation awaiting native review.
# Error pages (errpage-) and form field errors (err-).

errpage-404-title = Không tìm thấy trang
errpage-404-text = Không có gì ở địa chỉ này. Hãy kiểm tra đường dẫn, hoặc bắt đầu lại từ trang chủ.
errpage-no-file = Không có tệp này.
errpage-403-title = Không được phép
errpage-400-title = Không đọc được yêu cầu
errpage-400-text = Không có gì thay đổi. Hãy quay lại và thử lại. ({ $detail })
errpage-csrf-title = Vui lòng thử lại
errpage-csrf-text = Biểu mẫu này đã hết hạn hoặc không đến từ trang web này, nên không có gì thay đổi. Hãy quay lại, tải lại trang và gửi lại.
errpage-429-title = Quá nhiều lần thử
errpage-429-text = Bạn đã thử quá nhiều lần trong thời gian ngắn. Hãy đợi một phút rồi thử lại.
errpage-409-title = Không thực hiện được
errpage-503-title = Hệ thống đang bận
errpage-503-text = Dịch vụ đang rất bận hoặc không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau giây lát.
errpage-500-title = Đã xảy ra lỗi
errpage-500-text = Đã xảy ra lỗi không mong muốn phía chúng tôi và lỗi đã được ghi lại. Vui lòng thử lại.
errpage-quote-reference = Nếu báo lỗi cho chúng tôi, hãy cung cấp mã tham chiếu này:
errpage-go-home-own = Về trang của bạn
errpage-go-home = Về trang chủ
errpage-wrong-account = Trang này thuộc loại tài khoản khác. Hãy đăng xuất và đăng nhập bằng tài khoản phù hợp.
errpage-no-feed = Chỉ người mua và nhà cung cấp mới có đăng ký lịch.

err-summary = Vui lòng sửa { $count } trường được đánh dấu bên dưới. Chưa có gì được lưu.
err-required = Trường này là bắt buộc.
err-too-long = Tối đa { $max } ký tự (hiện có { $count }).
err-control = Hãy xóa các ký tự điều khiển.
err-name-too-long = Tối đa 120 ký tự.
err-name-control = Hãy xóa dấu xuống dòng hoặc tab.
err-email-invalid = Nhập địa chỉ email dạng ten@congty.com.
err-email-empty = Nhập địa chỉ email của bạn.
err-email-too-long = Địa chỉ email này quá dài.
err-country-unknown = “{ $value }” không phải mã quốc gia chúng tôi biết (dùng hai chữ cái, như VN hoặc US).
err-timezone-unknown = “{ $value }” không phải múi giờ chúng tôi biết (dùng tên như Asia/Seoul).
err-languages-none = Chọn ít nhất một ngôn ngữ bạn có thể dùng khi gặp.
err-language-unknown = “{ $value }” không phải ngôn ngữ chúng tôi biết.
err-languages-too-many = Chọn tối đa 10 ngôn ngữ.
err-sectors-none = Chọn ít nhất một ngành bạn quan tâm.
err-sectors-from-list = Chọn ngành trong danh sách.

err-book-not-open = Hội chợ này chưa mở đặt lịch.
err-book-not-yet = Chưa đến thời gian đặt lịch.
err-book-closed = Đã đóng đặt lịch. Vui lòng liên hệ ban tổ chức để thay đổi cuộc gặp.
err-book-by-requests = Tại hội chợ này, ban tổ chức xếp lịch gặp dựa trên các yêu cầu.
err-book-limit = Bạn đã đạt giới hạn { $max } cuộc gặp.
err-book-supplier-full = Lịch của nhà cung cấp này đã kín.
err-book-pair = Bạn đã có cuộc gặp với nhà cung cấp này. Bạn có thể đổi giờ trong lịch trình của mình.
err-book-profile-first = Vui lòng hoàn tất hồ sơ trước: nhà cung cấp xem hồ sơ trước khi gặp bạn.
err-book-no-such-slot = Thời gian đó không thuộc các khung giờ của hội chợ.
err-book-past = Thời gian đó đã qua.
err-book-busy = Bạn đã có cuộc gặp khác vào thời gian đó.
err-book-supplier-busy = Nhà cung cấp không rảnh vào thời gian đó.
err-book-started = Cuộc gặp này đã bắt đầu; vui lòng báo ban tổ chức tại địa điểm.
err-move-same-time = Cuộc gặp của bạn đã ở đúng thời gian đó. Hãy chọn thời gian khác để đổi giờ, hoặc giữ nguyên.

## Online meetings
err-video-too-long = Liên kết chỉ được dài tối đa { $max } ký tự.
err-video-not-a-link = Hãy dán toàn bộ liên kết cuộc họp, bắt đầu bằng https://
err-video-https = Chỉ có thể dùng liên kết bảo mật (https://) cho cuộc gặp.
err-hours-time = Nhập giờ theo dạng HH:MM, ví dụ 08:00.
err-hours-order = Giờ kết thúc phải sau giờ bắt đầu.
err-setup-meeting-mode = Chọn tại bàn, trực tuyến hoặc kết hợp.
err-setup-reminder-minutes = Nhập số phút từ 0 đến 240.
