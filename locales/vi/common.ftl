# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = Hội chợ
nav-suppliers = Nhà cung cấp
nav-email = Email
nav-audit = Nhật ký kiểm tra
nav-personal-data = Dữ liệu cá nhân
nav-staff = Nhân viên
nav-my-agenda = Lịch của tôi
nav-my-meetings = Cuộc gặp của tôi
nav-requests = Yêu cầu
nav-profile = Hồ sơ
nav-main = Menu chính

role-organizer = Ban tổ chức
role-supplier = Nhà cung cấp
role-buyer = Người mua

frame-sign-out = Đăng xuất
frame-sign-in = Đăng nhập
frame-footer = expomatch · gặp gỡ tư vấn xuất khẩu · giờ hiển thị theo múi giờ của bạn, kèm giờ tại địa điểm
frame-privacy = Thông báo quyền riêng tư
frame-your-data = Dữ liệu của bạn
frame-language = Ngôn ngữ

state-expo-draft = Bản nháp
state-expo-open = Đang mở
state-expo-closed = Đã đóng
state-supplier-unverified = Chưa xác nhận email
state-supplier-pending = Đang chờ duyệt
state-supplier-approved = Đã duyệt
state-supplier-rejected = Không được duyệt
state-request-pending = Đang chờ
state-request-accepted = Đã chấp nhận
state-request-declined = Đã từ chối
state-request-expired = Đã hết hạn
state-request-withdrawn = Đã rút lại
state-request-scheduled = Đã xếp lịch
state-meeting-booked = Đã đặt
state-meeting-held = Đã diễn ra
state-meeting-no_show = Vắng mặt
state-meeting-cancelled = Đã hủy
state-mode-table = Tại bàn
state-mode-online = Trực tuyến
state-mode-hybrid = Kết hợp
state-message-pending = Đang chờ
state-message-sending = Đang gửi
state-message-sent = Đã gửi đến
state-message-failed = Gửi không thành công
state-run-draft = Bản nháp
state-run-published = Đã công bố
state-run-discarded = Đã hủy bỏ
state-progress-not_invited = Chưa mời
state-progress-invited = Đã mời
state-progress-signed_in = Đã đăng nhập
state-progress-profile_complete = Hồ sơ đã hoàn tất
state-progress-meetings_booked = Đã đặt cuộc gặp
flash-email = { $email }

fmt-dates-tba = Ngày sẽ được thông báo
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = { $time } giờ tại địa điểm

match-sector = hoạt động trong lĩnh vực { $sector } mà bạn quan tâm
match-serves = đã xuất khẩu sang { $country }
match-targets = muốn bán hàng tại { $country }
match-speaks = nói được { $language }
match-interpreter = không có ngôn ngữ chung: cần phiên dịch
match-product = sản xuất { $product } (khớp với “{ $word }” bạn đang tìm)
match-org-sector = hoạt động trong lĩnh vực { $sector } mà người mua quan tâm
match-org-speaks = cả hai đều nói được { $language }
match-org-product = sản xuất { $product } (khớp với “{ $word }” người mua đang tìm)

## Joining an online meeting
join-title = Tham gia cuộc gặp
join-back = Quay lại cuộc gặp của tôi
join-cancelled-heading = Cuộc gặp này đã bị hủy
join-cancelled = Không có gì để tham gia: cuộc gặp đã bị hủy. Lịch của bạn hiển thị các cuộc gặp theo tình trạng hiện tại.
join-at-table-heading = Cuộc gặp này diễn ra tại bàn
join-at-table = Cuộc gặp này diễn ra tại bàn ở địa điểm tổ chức, không phải trực tuyến. Số bàn có trong lịch của bạn.
join-not-yet-heading = Liên kết video chưa sẵn sàng
join-not-yet = Ban tổ chức chưa thiết lập phòng họp video cho cuộc gặp này. Hãy thử lại ngay trước giờ bắt đầu, hoặc trả lời email của ban tổ chức.
join-button = Tham gia
nav-status = Trạng thái
