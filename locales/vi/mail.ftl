# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = Kính gửi { $name },
mail-hello = Xin chào,
mail-hello-name = Xin chào { $name },
mail-layout-why = Bạn nhận được email này vì bạn tham gia một buổi tư vấn xuất khẩu được tổ chức qua expomatch.
mail-privacy-text = Cách chúng tôi xử lý dữ liệu cá nhân của bạn (chính sách quyền riêng tư): { $url }
mail-privacy-link = Chính sách quyền riêng tư
mail-open-agenda = Mở lịch làm việc của bạn
mail-open-expomatch = Mở expomatch
mail-your-agenda = lịch làm việc của bạn: { $link }
mail-reason = Lý do: { $reason }
mail-table = bàn { $table }

mail-invitation-subject = Thư mời: { $expo }
mail-invitation-intro = bạn được mời tham dự { $expo } tại { $venue }: các buổi gặp tư vấn xuất khẩu trực tiếp một-một với các nhà cung cấp được tuyển chọn.
mail-invitation-open = Hãy mở đường liên kết cá nhân của bạn để hoàn thiện hồ sơ và đặt lịch gặp:
mail-invitation-button = Hoàn thiện hồ sơ và đặt lịch gặp
mail-invitation-validity = Đường liên kết này giúp bạn đăng nhập; chỉ dùng được một lần và trong { $days } ngày. Sau đó bạn luôn có thể yêu cầu liên kết mới ở trang đăng nhập.

mail-signin-subject = Liên kết đăng nhập expomatch của bạn
mail-signin-intro = đây là liên kết để bạn đăng nhập vào expomatch:
mail-signin-button = Đăng nhập vào expomatch
mail-signin-validity = Liên kết chỉ dùng được một lần và trong { $minutes } phút tới. Nếu bạn không yêu cầu, hãy bỏ qua email này; không ai có thể đăng nhập nếu không có liên kết.

mail-meeting-booked-subject = Đã đặt lịch gặp: { $counterpart } · { $when }
mail-meeting-moved-subject = Đã đổi lịch gặp: { $counterpart } · nay là { $when }
mail-meeting-cancelled-subject = Đã hủy lịch gặp: { $counterpart } · { $when }
mail-meeting-booked-headline = Buổi gặp của bạn với { $counterpart } đã được đặt.
mail-meeting-moved-headline = Buổi gặp của bạn với { $counterpart } đã được đổi giờ.
mail-meeting-cancelled-headline = Buổi gặp của bạn với { $counterpart } đã bị hủy.
mail-meeting-booked-note = Lời mời đính kèm sẽ thêm buổi gặp vào lịch của bạn.
mail-meeting-moved-note = Lời mời đính kèm sẽ cập nhật giờ buổi gặp trong lịch của bạn.
mail-meeting-cancelled-note = Tệp đính kèm sẽ xóa buổi gặp khỏi lịch của bạn.
mail-meeting-with = Gặp
mail-meeting-when = Thời gian
mail-meeting-where = Địa điểm
mail-meeting-reason = Lý do
mail-meeting-place = { $venue }, bàn { $table }
mail-meeting-venue-time = { $when } (giờ tại địa điểm)

mail-slot-freed-subject = Có giờ trống với { $supplier }
mail-slot-freed-headline = Một khung giờ gặp với { $supplier } vừa trống: { $when }. Bạn đã đề nghị gặp doanh nghiệp này; hãy đặt ngay trước khi người khác đặt.

mail-request-received-subject = Đề nghị gặp từ { $name }
mail-request-received-headline = { $name } muốn gặp bạn.
mail-request-accepted-subject = { $name } đã chấp nhận đề nghị
mail-request-accepted-headline = { $name } đã chấp nhận đề nghị gặp của bạn. Ban tổ chức sẽ xếp lịch.
mail-request-declined-subject = { $name } đã từ chối đề nghị
mail-request-declined-headline = { $name } đã từ chối đề nghị gặp của bạn.
mail-request-expired-subject = Đề nghị đã hết hạn: { $name }
mail-request-expired-headline = Đề nghị gặp của bạn gửi { $name } đã hết hạn: không có trả lời trong { $days } ngày. Bạn có thể gửi đề nghị mới khi hội chợ còn nhận đề nghị.

mail-agenda-published-subject = Các buổi gặp của bạn tại { $expo }
mail-agenda-reminder-subject = Ngày mai: { $count } buổi gặp tại { $venue }
mail-agenda-published-headline = Lịch của bạn tại { $expo } đã sẵn sàng: { $count } buổi gặp.
mail-agenda-reminder-headline = Ngày mai, { $day }, bạn có { $count } buổi gặp.
mail-agenda-none = (không có buổi gặp)
mail-agenda-interpreter = phiên dịch { $name }

mail-cal-summary = Tư vấn xuất khẩu: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } gặp { $supplier } tại bàn { $table }.
mail-cal-location = { $venue } — bàn { $table }
mail-cal-alarm = Buổi gặp của bạn bắt đầu sau 15 phút
mail-cal-feed-name = Tư vấn xuất khẩu

## Online meetings
mail-meeting-online = Trực tuyến (gọi video)
mail-meeting-video = Tham gia
mail-join-button = Tham gia cuộc gọi video
mail-join-line = Tham gia cuộc gọi video: { $link }
mail-cal-location-online = Trực tuyến: { $link }
mail-cal-online-description = { $expo } · tư vấn trực tuyến.
mail-reminder-soon-subject = Bắt đầu sau { $minutes } phút: { $counterpart }
mail-reminder-soon-headline = Cuộc gặp của bạn với { $counterpart } bắt đầu sau { $minutes } phút.
mail-reminder-soon-turn-off = Dừng các lời nhắc này: { $link }
