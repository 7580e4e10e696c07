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
mail-invitation-when = Các ngày tư vấn
mail-invitation-where = Địa điểm
mail-invitation-deadline = Hạn đặt lịch
mail-invitation-organizer = Ban tổ chức
mail-invitation-reply = Có câu hỏi? Hãy trả lời email này, ban tổ chức sẽ giải đáp.

mail-signin-subject = Liên kết đăng nhập expomatch của bạn
mail-signin-intro = đây là liên kết để bạn đăng nhập vào expomatch:
mail-signin-button = Đăng nhập vào expomatch
mail-signin-validity = Liên kết chỉ dùng được một lần và trong { $minutes } phút tới. Nếu bạn không yêu cầu, hãy bỏ qua email này; không ai có thể đăng nhập nếu không có liên kết.

## A supplier's account: verification, account exists, password reset

mail-verify-subject = Xác nhận địa chỉ email của bạn cho expomatch
mail-verify-intro = cảm ơn bạn đã đăng ký { $company } tham gia { $expo }.
mail-verify-confirm-text = Vui lòng xác nhận địa chỉ email của bạn bằng liên kết này:
mail-verify-confirm-html = Vui lòng xác nhận địa chỉ email của bạn:
mail-verify-button = Xác nhận địa chỉ email
mail-verify-validity = Liên kết chỉ dùng được một lần và trong { $days } ngày tới. Sau khi bạn xác nhận, ban tổ chức sẽ xem xét đăng ký của bạn; chúng tôi sẽ báo cho bạn qua email khi đăng ký được duyệt.
mail-verify-ignore = Nếu bạn không đăng ký, bạn có thể bỏ qua email này.

mail-exists-subject = Bạn đã có tài khoản expomatch
mail-exists-your-company = công ty của bạn
mail-exists-intro = ai đó (có lẽ là bạn) đã thử đăng ký một công ty tham gia { $expo } bằng địa chỉ email này, nhưng địa chỉ này đã có tài khoản expomatch ({ $company }).
mail-exists-how-text = Để đăng nhập, hãy dùng mật khẩu của bạn hoặc đặt mật khẩu mới bằng liên kết này:
mail-exists-how-html = Để đăng nhập, hãy dùng mật khẩu của bạn hoặc đặt mật khẩu mới:
mail-exists-validity = Liên kết chỉ dùng được một lần và trong { $minutes } phút tới. Nếu không phải bạn, hãy bỏ qua email này: không có gì thay đổi.

mail-reset-subject = Đặt mật khẩu expomatch mới
mail-reset-intro = đây là liên kết để bạn đặt mật khẩu expomatch mới:
mail-reset-button = Đặt mật khẩu mới
mail-reset-validity = Liên kết chỉ dùng được một lần và trong { $minutes } phút tới. Nếu bạn không yêu cầu, hãy bỏ qua email này; mật khẩu của bạn vẫn giữ nguyên.

mail-meeting-booked-subject = Đã đặt lịch gặp: { $counterpart } · { $when }
mail-meeting-moved-subject = Đã đổi lịch gặp: { $counterpart } · nay là { $when }
mail-meeting-cancelled-subject = Đã hủy lịch gặp: { $counterpart } · { $when }
mail-meeting-booked-headline = Buổi gặp của bạn với { $counterpart } đã được đặt.
mail-meeting-moved-headline = Buổi gặp của bạn với { $counterpart } đã được đổi giờ.
mail-meeting-cancelled-headline = Buổi gặp của bạn với { $counterpart } đã bị hủy.
mail-meeting-booked-note = Lời mời đính kèm sẽ thêm buổi gặp vào lịch của bạn.
mail-meeting-moved-note = Lời mời đính kèm sẽ cập nhật giờ buổi gặp trong lịch của bạn.
mail-meeting-cancelled-note = Tệp đính kèm sẽ xóa buổi gặp khỏi lịch của bạn.
mail-meeting-table-subject = Bàn mới cho buổi gặp: { $counterpart } · { $when }
mail-meeting-table-headline = Buổi gặp của bạn với { $counterpart } giữ nguyên giờ và chuyển sang bàn khác.
mail-meeting-mode-subject = Hình thức gặp mới: { $counterpart } · { $when }
mail-meeting-mode-headline = Buổi gặp của bạn với { $counterpart } giữ nguyên giờ; hình thức gặp đã thay đổi (xem mục “Địa điểm” bên dưới).
mail-meeting-no-show-subject = Ghi nhận không diễn ra: { $counterpart } · { $when }
mail-meeting-no-show-headline = Buổi gặp của bạn với { $counterpart } đã được ghi nhận là vắng mặt, vì vậy khung giờ đó đã trống trở lại. Nếu ghi nhận này sai, hãy trả lời email này.
mail-meeting-no-show-note = Tệp đính kèm sẽ xóa buổi gặp khỏi lịch của bạn.
mail-meeting-restored-subject = Buổi gặp vẫn giữ nguyên: { $counterpart } · { $when }
mail-meeting-restored-headline = Việc ghi nhận vắng mặt cho buổi gặp của bạn với { $counterpart } là nhầm lẫn và đã được hủy bỏ: buổi gặp vẫn diễn ra như dự kiến.
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
mail-agenda-calendar-note = Tệp lịch đính kèm sẽ thêm các buổi gặp này vào lịch của bạn. Nếu sau này có buổi gặp nào được đổi giờ hoặc bị hủy, email thông báo khi đó sẽ cập nhật chính mục lịch ấy.

mail-cal-summary = Tư vấn xuất khẩu: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } gặp { $supplier } tại bàn { $table }.
mail-cal-location = { $venue } — bàn { $table }
mail-cal-alarm = Buổi gặp của bạn bắt đầu sau 15 phút
mail-cal-feed-name = Tư vấn xuất khẩu

## Supplier registration decided

mail-supplier-approved-subject = Đã được duyệt: { $expo }
mail-supplier-rejected-subject = Đăng ký không được duyệt: { $expo }
mail-supplier-approved-headline = { $name } đã được duyệt tham gia { $expo }: người mua giờ đây có thể tìm thấy bạn và đặt lịch gặp.
mail-supplier-rejected-headline = Đăng ký tham gia { $expo } của { $name } không được duyệt.

## Follow-up survey (to a supplier)

mail-followup-subject = { $months } tháng sau { $expo }: các buổi gặp của bạn thế nào?
mail-followup-since = Đã { $months } tháng kể từ { $expo }.
mail-followup-meetings = { $count } buổi gặp
mail-followup-headline = { $since } { $meetings } của bạn đã mang lại kết quả gì?
mail-followup-why = Câu trả lời của bạn giúp cơ quan phụ trách biết các buổi tư vấn đã hỗ trợ xuất khẩu của Hàn Quốc đến đâu. Vui lòng cập nhật kết quả của từng buổi gặp, kể cả khi không đạt được kết quả nào.
mail-followup-so-far = hiện tại: { $result }
mail-followup-no-result = chưa ghi nhận kết quả
mail-followup-update = cập nhật: { $link }
mail-followup-update-link = Cập nhật kết quả
mail-followup-sign-in = Đăng nhập
mail-followup-sign-in-note = (liên kết chỉ dùng được một lần, trong { $days } ngày).
mail-followup-sign-in-text = Đăng nhập bằng liên kết này (chỉ dùng được một lần, trong { $days } ngày): { $link }
mail-interest-none = Không quan tâm
mail-interest-follow-up = Đã thống nhất trao đổi tiếp
mail-interest-sample-or-quote = Đã yêu cầu mẫu hoặc báo giá
mail-interest-contract-expected = Dự kiến ký hợp đồng
mail-interest-contract-signed = Đã ký hợp đồng

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

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = Bạn phiên dịch một buổi gặp: { $buyer }, { $when }
mail-interp-assigned-headline = Bạn là người phiên dịch cho buổi gặp giữa { $buyer } và { $supplier }.
mail-interp-released-subject = Không còn cần bạn phiên dịch: { $buyer }, { $when }
mail-interp-released-headline = Buổi gặp giữa { $buyer } và { $supplier } không còn cần bạn phiên dịch nữa. Xin cảm ơn bạn.
mail-interp-updated-subject = Đã thay đổi buổi gặp bạn phiên dịch: { $buyer }, { $when }
mail-interp-updated-headline = Buổi gặp giữa { $buyer } và { $supplier } mà bạn phiên dịch đã thay đổi. Thông tin hiện tại như sau.
mail-interp-cancelled-subject = Đã hủy buổi gặp bạn phiên dịch: { $buyer }, { $when }
mail-interp-cancelled-headline = Buổi gặp giữa { $buyer } và { $supplier } mà bạn dự kiến phiên dịch sẽ không diễn ra.
mail-interp-buyer = Người mua
mail-interp-supplier = Nhà cung cấp
mail-interp-agenda = lịch phiên dịch của bạn: { $link }
mail-interp-open-agenda = Mở lịch phiên dịch của bạn
