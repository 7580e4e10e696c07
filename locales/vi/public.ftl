# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = Email
pub-password = Mật khẩu

## Home
pub-index-title = Gặp gỡ tư vấn xuất khẩu
pub-index-heading = Gặp những người mua đang cần sản phẩm của bạn
pub-index-lead = expomatch tổ chức các buổi gặp gỡ tư vấn xuất khẩu tại hội chợ thương mại: người mua nước ngoài đặt lịch gặp riêng với nhà cung cấp trong nước, mỗi cuộc gặp có bàn và giờ riêng, và mọi người nhận lịch trình theo múi giờ của mình.
pub-index-go-to-page = Đến trang của bạn
pub-index-register = Đăng ký công ty · 참가기업 등록
pub-index-empty = Chưa có hội chợ nào mở. Ban tổ chức có thể đăng nhập để chuẩn bị.
pub-index-venue-time = giờ tại địa điểm { $zone }
pub-index-buyers = người mua nước ngoài
pub-index-suppliers = nhà cung cấp
pub-index-tables = bàn
pub-index-meetings = cuộc gặp đã đặt

## Sign-in
pub-signin-heading = Đăng nhập ban tổ chức
pub-signin-by-link = Người mua và nhà cung cấp đăng nhập bằng đường dẫn gửi qua email:
pub-signin-link = gửi cho tôi đường dẫn đăng nhập
pub-signin-supplier-q = Nhà cung cấp có mật khẩu?
pub-signin-supplier = Đăng nhập nhà cung cấp
pub-signin-new-supplier = Nhà cung cấp mới?
pub-signin-register = Đăng ký công ty
pub-signin-email-needed = Nhập địa chỉ email bạn đã dùng để đăng ký.
pub-signin-wrong = Email hoặc mật khẩu không đúng. Hãy kiểm tra cả hai và thử lại.

## Sign-in links
pub-link-title = Gửi cho tôi đường dẫn đăng nhập
pub-link-intro = Người mua và nhà cung cấp: nhập địa chỉ email bạn được mời hoặc đã đăng ký. Chúng tôi sẽ gửi đường dẫn đăng nhập, không cần mật khẩu.
pub-link-send = Gửi đường dẫn cho tôi
pub-link-organizer = Ban tổ chức?
pub-link-with-password = Đăng nhập bằng mật khẩu
pub-link-expired = Đường dẫn đăng nhập này đã hết hạn. Để bảo vệ tài khoản, đường dẫn chỉ có hiệu lực trong thời gian giới hạn. Nhập email và chúng tôi sẽ gửi đường dẫn mới.
pub-link-used = Đường dẫn đăng nhập này đã được sử dụng. Mỗi đường dẫn chỉ dùng được một lần. Nhập email và chúng tôi sẽ gửi đường dẫn mới.
pub-link-invalid = Đường dẫn đăng nhập này không hợp lệ. Có thể nó bị cắt khi sao chép. Hãy yêu cầu đường dẫn mới bên dưới.
pub-sent-title = Kiểm tra email của bạn
pub-sent-if = Nếu
pub-sent-is-registered = đã được đăng ký
pub-sent-if-address = Nếu địa chỉ đã được đăng ký
pub-sent-on-its-way = cho một hội chợ, đường dẫn đăng nhập đang được gửi đến. Đường dẫn dùng được một lần trong 30 phút.
pub-sent-nothing = Sau vài phút vẫn chưa nhận được? Hãy kiểm tra thư mục spam, hoặc
pub-sent-another = yêu cầu đường dẫn khác
pub-confirm-heading = Đăng nhập với tên { $name }
pub-confirm-once = đường dẫn này chỉ dùng được một lần.
pub-confirm-continue = Tiếp tục
pub-confirm-not-you = Không phải bạn? Hãy đóng trang này; sẽ không có gì xảy ra cho đến khi bạn tiếp tục.

## Consents
pub-consent-title = Thông báo quyền riêng tư đã cập nhật
pub-consent-heading = Vui lòng đọc thông báo quyền riêng tư đã cập nhật
pub-consent-intro = Ban tổ chức đã thay đổi cách xử lý dữ liệu cá nhân của bạn. Hãy đồng ý với thông báo mới để tiếp tục vào các trang của bạn.
pub-consent-tick = Vui lòng đánh dấu các mục đồng ý bắt buộc bên dưới. Chưa có gì được lưu.
pub-consent-accept = Đồng ý và tiếp tục
pub-consent-rather-not = Bạn không muốn?
pub-consent-download-or-delete = Tải dữ liệu của bạn hoặc yêu cầu xóa
pub-cons-legend = Dữ liệu cá nhân của bạn · 개인정보 수집·이용 동의
pub-cons-read = Đọc
pub-cons-notice = thông báo quyền riêng tư
pub-cons-version = (phiên bản { $version }): chúng tôi thu thập gì, vì sao, lưu trong bao lâu và ai nhận.
pub-cons-required = Bắt buộc:
pub-cons-collection = Tôi đồng ý việc thu thập và sử dụng dữ liệu cá nhân của tôi như thông báo mô tả. (필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = Tôi đồng ý cung cấp họ tên, tổ chức và thông tin liên hệ của tôi cho bên kia trong mỗi cuộc gặp. (필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = Tôi đồng ý chuyển dữ liệu cá nhân của tôi đến { $recipient } tại { $country }, nơi lưu trữ dịch vụ này. (필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = Không bắt buộc: gửi cho tôi tin tức về các hội chợ sắp tới của ban tổ chức. (선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = Thông báo quyền riêng tư · 개인정보 처리방침
pub-priv-version = Phiên bản { $version }, công bố ngày { $date } (UTC).
pub-priv-see-data = Xem dữ liệu chúng tôi lưu về bạn
pub-priv-why = Vì sao chúng tôi xử lý dữ liệu cá nhân
pub-priv-what = Chúng tôi thu thập gì
pub-priv-buyers = Người mua nước ngoài:
pub-priv-buyers-data = họ tên, email, tổ chức, chức vụ, quốc gia, múi giờ, ngôn ngữ, các ngành và sản phẩm bạn tìm, việc bạn có cần phiên dịch, các cuộc gặp, yêu cầu, đánh giá và check-in của bạn, và các email chúng tôi đã gửi.
pub-priv-suppliers = Nhà cung cấp:
pub-priv-suppliers-data = họ tên, email và điện thoại của người liên hệ, tên người đại diện, tên công ty, mã số đăng ký kinh doanh, địa chỉ, website, sản phẩm và thị trường, các cuộc gặp, yêu cầu và kết quả được ghi nhận, và các email chúng tôi đã gửi.
pub-priv-everyone = Mọi người:
pub-priv-everyone-data = thời gian và địa chỉ mạng của mỗi lần bạn đồng ý.
pub-priv-who = Ai nhận dữ liệu
pub-priv-other-party = Bên kia trong mỗi cuộc gặp thấy họ tên, tổ chức và thông tin liên hệ của bạn (khi bạn đồng ý cung cấp).
pub-priv-staff = Nhân viên của ban tổ chức, để vận hành hội chợ.
pub-priv-abroad = Dữ liệu của bạn được chuyển ra nước ngoài: đến { $recipient } tại { $country }, nơi lưu trữ dịch vụ này, trong suốt thời gian lưu giữ (bên dưới). Bạn đồng ý việc chuyển này riêng.
pub-priv-korea = Dữ liệu của bạn được lưu tại Hàn Quốc.
pub-priv-how-long = Chúng tôi lưu trong bao lâu
pub-priv-retention = { $days } ngày sau ngày cuối của hội chợ; sau đó dữ liệu cá nhân của bạn được thay bằng giá trị thay thế và chỉ còn số liệu ẩn danh.
pub-priv-mail-retention = Nội dung email đã gửi: { $days } ngày sau khi gửi.
pub-priv-rights = Quyền của bạn
pub-priv-rights-text = Sau khi đăng nhập, tại trang dữ liệu của bạn, bạn có thể xem và tải mọi thứ chúng tôi lưu về bạn, rút lại đồng ý nhận tin và yêu cầu xóa dữ liệu. Các cuộc gặp đã diễn ra vẫn nằm trong báo cáo của ban tổ chức dưới dạng dòng ẩn danh.
pub-priv-officer = Người phụ trách bảo vệ dữ liệu · 개인정보 보호책임자
pub-priv-no-officer = Ban tổ chức chưa chỉ định người phụ trách bảo vệ dữ liệu.

## Your data
pub-data-intro = Mọi dữ liệu dịch vụ này lưu về bạn cho { $expo }, tính đến { $when } UTC.
pub-data-download = Tải xuống dạng JSON
pub-data-profile = Hồ sơ
pub-data-meetings = Cuộc gặp ({ $count })
pub-data-none = Không có.
pub-data-starts = Bắt đầu (UTC)
pub-data-with = Với
pub-data-requests = Yêu cầu gặp ({ $count })
pub-data-ratings = Đánh giá của bạn ({ $count })
pub-data-consents = Đồng ý
pub-data-none-recorded = Chưa ghi nhận.
pub-data-consent = Nội dung đồng ý
pub-data-notice-version = Phiên bản thông báo
pub-data-given = Thời điểm (UTC)
pub-data-from = Từ địa chỉ
pub-data-withdrawn = Đã rút lại
pub-data-news-stop = Ngừng nhận tin từ ban tổ chức
pub-data-news-start = Nhận tin từ ban tổ chức
pub-data-consent-again = Đọc thông báo hiện hành và đồng ý lại
pub-data-required-end = Các đồng ý bắt buộc chấm dứt cùng tài khoản: để rút lại, hãy yêu cầu xóa bên dưới.
pub-data-emails = Email chúng tôi đã gửi bạn ({ $count })
pub-data-delete = Xóa dữ liệu của tôi
pub-data-deletion-pending = Bạn đã yêu cầu xóa lúc { $when } UTC. Ban tổ chức sẽ thực hiện; sau đó bạn sẽ không thể đăng nhập.
pub-data-delete-explain = Dữ liệu cá nhân của bạn được thay bằng giá trị thay thế và bạn sẽ không thể đăng nhập nữa. Các cuộc gặp đã diễn ra vẫn nằm trong báo cáo của ban tổ chức dưới dạng dòng ẩn danh. Ban tổ chức thực hiện yêu cầu.
pub-data-delete-confirm = Tôi hiểu: hãy xóa dữ liệu cá nhân của tôi.
pub-data-delete-ask = Yêu cầu xóa
pub-flash-tick-delete = Đánh dấu ô để xác nhận bạn muốn xóa dữ liệu. Chưa có gì được gửi.
pub-flash-deletion-sent = Yêu cầu xóa của bạn đã được gửi đến ban tổ chức.
pub-flash-news-on = Bạn sẽ nhận tin từ ban tổ chức.
pub-flash-news-off = Bạn sẽ không còn nhận tin từ ban tổ chức.

## Profile fields on the data page
pub-field-name = Họ tên
pub-field-email = Email
pub-field-organisation = Tổ chức
pub-field-position = Chức vụ
pub-field-country = Quốc gia
pub-field-time-zone = Múi giờ
pub-field-languages = Ngôn ngữ
pub-field-looking-for = Đang tìm
pub-field-interests = Quan tâm
pub-field-needs-interpreter = Cần phiên dịch
pub-field-invited-at = Được mời (UTC)
pub-field-profile-completed-at = Hoàn tất hồ sơ (UTC)
pub-field-created-at = Tạo lúc (UTC)
pub-field-company-name-ko = Tên công ty (tiếng Hàn)
pub-field-company-name-en = Tên công ty (tiếng Anh)
pub-field-business-registration-number = Mã số đăng ký kinh doanh
pub-field-representative = Người đại diện
pub-field-contact-name = Người liên hệ
pub-field-phone = Điện thoại
pub-field-website = Website
pub-field-address = Địa chỉ
pub-field-company-size = Quy mô công ty
pub-field-year-founded = Năm thành lập
pub-field-catalogue-url = Catalogue
pub-field-pitch = Giới thiệu
pub-field-sectors = Ngành
pub-field-markets-served = Thị trường hiện tại
pub-field-target-markets = Thị trường mục tiêu
pub-field-products = Sản phẩm
pub-field-status = Trạng thái

pub-data-yes = Có
pub-data-no = Không

## Non-essential emails
optout-title = Dừng lời nhắc
optout-heading = Dừng lời nhắc trước mỗi cuộc gặp?
optout-what = Bạn sẽ không còn nhận email ngắn gửi ngay trước mỗi cuộc gặp. Thư mời, thông báo thay đổi và hủy lịch vẫn được gửi đến bạn.
optout-stop = Dừng các lời nhắc này
optout-done-heading = Đã dừng lời nhắc
optout-done = Bạn sẽ không còn nhận lời nhắc trước mỗi cuộc gặp. Bạn có thể bật lại trên trang “Dữ liệu của bạn”.
pub-data-email-choices = Email bạn nhận
pub-data-reminders-on = Bạn nhận lời nhắc ngắn trước mỗi cuộc gặp.
pub-data-reminders-off = Bạn không nhận lời nhắc trước các cuộc gặp.
pub-data-reminders-stop = Dừng lời nhắc
pub-data-reminders-start = Gửi lời nhắc cho tôi
pub-flash-reminders-on = Đã bật lời nhắc trước mỗi cuộc gặp.
pub-flash-reminders-off = Đã tắt lời nhắc trước mỗi cuộc gặp.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = Lịch phiên dịch: { $name }
interp-agenda-zone = thời gian theo giờ tại địa điểm ({ $zone })
interp-agenda-calendar = Thêm vào lịch của tôi
interp-agenda-private = Trang này chỉ dành riêng cho bạn: địa chỉ của trang có trong các email gửi cho bạn. Đừng chia sẻ địa chỉ này.
interp-agenda-empty = Hiện chưa có cuộc gặp nào cần bạn phiên dịch. Ban tổ chức sẽ gửi email báo cho bạn khi bạn được chọn phiên dịch cho một cuộc gặp.
interp-agenda-col-time = Thời gian
interp-agenda-col-place = Địa điểm
interp-agenda-col-buyer = Người mua
interp-agenda-col-supplier = Nhà cung cấp
optout-done-interpreter = Bạn sẽ không còn nhận lời nhắc trước mỗi cuộc gặp. Để nhận lại, hãy viết email cho ban tổ chức.
