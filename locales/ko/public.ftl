# 공개 화면: 첫 화면, 로그인, 로그인 링크, 개인정보 처리방침, 동의, 내 정보.

pub-email = 이메일
pub-password = 비밀번호

## 첫 화면
pub-index-title = 수출상담회
pub-index-heading = 귀사의 제품을 찾는 해외 바이어를 만나 보세요
pub-index-lead = expomatch는 무역 전시회의 수출상담회를 운영합니다. 해외 바이어가 국내 참가기업과 1:1 상담을 예약하고, 상담마다 상담 테이블과 시간이 정해지며, 모두가 자신의 시간대로 일정표를 받습니다.
pub-index-go-to-page = 내 페이지로 가기
pub-index-register = 참가기업 등록
pub-index-empty = 아직 열린 행사가 없습니다. 주관기관은 로그인해 행사를 준비할 수 있습니다.
pub-index-venue-time = 행사장 시간 { $zone }
pub-index-buyers = 해외 바이어
pub-index-suppliers = 참가기업
pub-index-tables = 상담 테이블
pub-index-meetings = 예약된 상담

## 로그인
pub-signin-heading = 주관기관 로그인
pub-signin-by-link = 바이어와 참가기업은 이메일로 받은 링크로 로그인합니다:
pub-signin-link = 로그인 링크 받기
pub-signin-supplier-q = 비밀번호가 있는 참가기업이신가요?
pub-signin-supplier = 참가기업 로그인
pub-signin-new-supplier = 처음 참가하시나요?
pub-signin-register = 참가기업 등록
pub-signin-email-needed = 등록하신 이메일 주소를 입력하세요.
pub-signin-wrong = 이메일 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 뒤 다시 시도하세요.

## 로그인 링크
pub-link-title = 이메일로 로그인 링크 받기
pub-link-intro = 바이어와 참가기업은 초대받거나 등록한 이메일 주소를 입력하세요. 비밀번호 없이 로그인할 수 있는 링크를 보내 드립니다.
pub-link-send = 링크 보내기
pub-link-organizer = 주관기관이신가요?
pub-link-with-password = 비밀번호로 로그인
pub-link-expired = 로그인 링크의 유효 시간이 지났습니다. 계정 보호를 위해 링크는 일정 시간 동안만 사용할 수 있습니다. 이메일을 입력하시면 새 링크를 보내 드립니다.
pub-link-used = 이미 사용된 로그인 링크입니다. 링크는 한 번만 사용할 수 있습니다. 이메일을 입력하시면 새 링크를 보내 드립니다.
pub-link-invalid = 올바르지 않은 로그인 링크입니다. 복사하는 과정에서 잘렸을 수 있습니다. 아래에서 새 링크를 요청하세요.
pub-sent-title = 이메일을 확인하세요
pub-sent-if = 입력하신
pub-sent-is-registered = 주소가
pub-sent-if-address = 입력하신 주소가
pub-sent-on-its-way = 행사에 등록되어 있다면 로그인 링크를 보내 드렸습니다. 링크는 30분 동안 한 번만 사용할 수 있습니다.
pub-sent-nothing = 몇 분이 지나도 메일이 오지 않나요? 스팸 메일함을 확인하시거나
pub-sent-another = 새 링크를 요청하세요
pub-confirm-heading = { $name }님으로 로그인
pub-confirm-once = 이 링크는 한 번만 사용할 수 있습니다.
pub-confirm-continue = 계속
pub-confirm-not-you = 본인이 아니신가요? 이 페이지를 닫으세요. 계속을 누르기 전에는 아무 일도 일어나지 않습니다.

## 동의
pub-consent-title = 개인정보 처리방침 변경
pub-consent-heading = 변경된 개인정보 처리방침을 확인해 주세요
pub-consent-intro = 주관기관이 개인정보 처리 방식을 변경했습니다. 계속 이용하시려면 새 처리방침에 동의해 주세요.
pub-consent-tick = 아래 필수 동의 항목에 체크해 주세요. 아직 저장되지 않았습니다.
pub-consent-accept = 동의하고 계속
pub-consent-rather-not = 동의하지 않으시나요?
pub-consent-download-or-delete = 내 정보를 내려받거나 삭제를 요청하세요
pub-cons-legend = 개인정보 수집·이용 동의
pub-cons-read = 다음을 읽어 주세요:
pub-cons-notice = 개인정보 처리방침
pub-cons-version = (버전 { $version }): 수집 항목, 수집 목적, 보유 기간, 제공받는 자를 안내합니다.
pub-cons-required = (필수)
pub-cons-collection = 처리방침에 따른 개인정보 수집·이용에 동의합니다.
pub-cons-provision = 상담 상대방에게 성명, 소속 기관, 연락처를 제공하는 데(개인정보 제3자 제공) 동의합니다.
pub-cons-overseas = 서비스가 운영되는 { $country }의 { $recipient }(으)로 개인정보를 국외 이전하는 데 동의합니다.
pub-cons-marketing = (선택) 주관기관의 향후 행사 소식 수신에 동의합니다.

## 개인정보 처리방침
pub-priv-heading = 개인정보 처리방침
pub-priv-version = 버전 { $version }, { $date } 게시 (UTC).
pub-priv-see-data = 보유 중인 내 정보 보기
pub-priv-why = 개인정보 처리 목적
pub-priv-what = 수집 항목
pub-priv-buyers = 해외 바이어:
pub-priv-buyers-data = 성명, 이메일, 소속 기관, 직위, 국가, 시간대, 상담 가능 언어, 관심 분야와 찾는 제품, 통역 필요 여부, 상담·상담 요청·평가·참가 확인 기록, 발송한 이메일.
pub-priv-suppliers = 참가기업:
pub-priv-suppliers-data = 담당자 성명·이메일·전화번호, 대표자 성명, 회사명, 사업자등록번호, 주소, 웹사이트, 주요 제품과 수출 시장, 상담·상담 요청과 그 결과 기록, 발송한 이메일.
pub-priv-everyone = 공통:
pub-priv-everyone-data = 동의할 때마다의 일시와 네트워크 주소(IP).
pub-priv-who = 개인정보를 제공받는 자
pub-priv-other-party = 각 상담의 상대방은 성명, 소속 기관, 연락처를 볼 수 있습니다(제3자 제공 동의 시).
pub-priv-staff = 행사 운영을 위한 주관기관 직원.
pub-priv-abroad = 개인정보는 이 서비스를 운영하는 { $country }의 { $recipient }(으)로 국외 이전되며, 아래 보유 기간 동안 보관됩니다. 국외 이전은 별도로 동의를 받습니다.
pub-priv-korea = 개인정보는 국내에만 보관됩니다.
pub-priv-how-long = 보유 기간
pub-priv-retention = 행사 마지막 날로부터 { $days }일. 이후 개인정보는 대체 값으로 바뀌고 익명 통계만 남습니다.
pub-priv-mail-retention = 발송한 이메일 본문: 발송 후 { $days }일.
pub-priv-rights = 정보주체의 권리
pub-priv-rights-text = 로그인 후 내 정보 페이지에서 보유 중인 모든 정보를 열람·내려받고, 소식 수신 동의를 철회하고, 정보 삭제를 요청할 수 있습니다. 진행한 상담은 주관기관 보고서에 익명으로 남습니다.
pub-priv-officer = 개인정보 보호책임자
pub-priv-no-officer = 주관기관이 아직 개인정보 보호책임자를 지정하지 않았습니다.

## 내 정보
pub-data-intro = { $when } (UTC) 기준으로 { $expo } 행사에서 이 서비스가 보유한 내 정보 전체입니다.
pub-data-download = JSON으로 내려받기
pub-data-profile = 프로필
pub-data-meetings = 상담 ({ $count }건)
pub-data-none = 없음.
pub-data-starts = 시작 (UTC)
pub-data-with = 상대방
pub-data-requests = 상담 요청 ({ $count }건)
pub-data-ratings = 내 평가 ({ $count }건)
pub-data-consents = 동의 내역
pub-data-none-recorded = 기록된 동의가 없습니다.
pub-data-consent = 동의 항목
pub-data-notice-version = 처리방침 버전
pub-data-given = 동의 일시 (UTC)
pub-data-from = 접속 주소
pub-data-withdrawn = 철회
pub-data-news-stop = 주관기관 소식 받지 않기
pub-data-news-start = 주관기관 소식 받기
pub-data-consent-again = 현재 처리방침 읽고 다시 동의하기
pub-data-required-end = 필수 동의는 계정이 삭제될 때 함께 종료됩니다. 철회하려면 아래에서 삭제를 요청하세요.
pub-data-emails = 발송한 이메일 ({ $count }건)
pub-data-delete = 내 정보 삭제
pub-data-deletion-pending = { $when } (UTC)에 삭제를 요청하셨습니다. 주관기관이 처리하면 더 이상 로그인할 수 없습니다.
pub-data-delete-explain = 개인정보는 대체 값으로 바뀌고 더 이상 로그인할 수 없습니다. 진행한 상담은 주관기관 보고서에 익명으로 남습니다. 삭제는 주관기관이 처리합니다.
pub-data-delete-confirm = 내용을 이해했으며, 내 개인정보 삭제를 요청합니다.
pub-data-delete-ask = 삭제 요청
pub-flash-tick-delete = 삭제를 원하시면 확인란에 체크해 주세요. 요청이 전송되지 않았습니다.
pub-flash-deletion-sent = 삭제 요청을 주관기관에 보냈습니다.
pub-flash-news-on = 주관기관 소식을 받습니다.
pub-flash-news-off = 더 이상 주관기관 소식을 받지 않습니다.

## 내 정보 페이지의 프로필 항목
pub-field-name = 성명
pub-field-email = 이메일
pub-field-organisation = 소속 기관
pub-field-position = 직위
pub-field-country = 국가
pub-field-time-zone = 시간대
pub-field-languages = 상담 가능 언어
pub-field-looking-for = 찾는 제품
pub-field-interests = 관심 분야
pub-field-needs-interpreter = 통역 필요
pub-field-invited-at = 초대 일시 (UTC)
pub-field-profile-completed-at = 프로필 완료 일시 (UTC)
pub-field-created-at = 생성 일시 (UTC)
pub-field-company-name-ko = 회사명 (국문)
pub-field-company-name-en = 회사명 (영문)
pub-field-business-registration-number = 사업자등록번호
pub-field-representative = 대표자
pub-field-contact-name = 담당자
pub-field-phone = 전화번호
pub-field-website = 웹사이트
pub-field-address = 주소
pub-field-company-size = 기업 규모
pub-field-year-founded = 설립 연도
pub-field-catalogue-url = 카탈로그
pub-field-pitch = 회사 소개
pub-field-sectors = 분야
pub-field-markets-served = 수출 국가
pub-field-target-markets = 수출 희망국
pub-field-products = 주요 제품
pub-field-status = 상태

pub-data-yes = 예
pub-data-no = 아니요

## Non-essential emails
optout-title = 알림 중지
optout-heading = 상담 전 알림을 중지할까요?
optout-what = 각 상담 직전에 보내는 짧은 알림 메일을 더 이상 받지 않습니다. 초대, 변경, 취소 메일은 계속 받습니다.
optout-stop = 알림 중지
optout-done-heading = 알림이 중지되었습니다
optout-done = 상담 전 알림을 더 이상 받지 않습니다. "내 정보" 페이지에서 다시 켤 수 있습니다.
pub-data-email-choices = 받을 이메일 선택
pub-data-reminders-on = 각 상담 전에 짧은 알림을 받습니다.
pub-data-reminders-off = 상담 전 알림을 받지 않습니다.
pub-data-reminders-stop = 알림 중지
pub-data-reminders-start = 알림 받기
pub-flash-reminders-on = 상담 전 알림을 켰습니다.
pub-flash-reminders-off = 상담 전 알림을 껐습니다.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = 통역 일정표: { $name }
interp-agenda-zone = 현지 시각 기준 ({ $zone })
interp-agenda-calendar = 내 캘린더에 추가
interp-agenda-private = 이 페이지는 본인 전용입니다. 주소는 이메일에 있으니 다른 사람에게 전달하지 마세요.
interp-agenda-empty = 지금은 통역할 상담이 없습니다. 배정되면 주최 측 이메일로 알려 드립니다.
interp-agenda-col-time = 시간
interp-agenda-col-place = 장소
interp-agenda-col-buyer = 바이어
interp-agenda-col-supplier = 공급기업
optout-done-interpreter = 상담 직전 알림을 더 이상 받지 않습니다. 다시 받으시려면 주최 측에 연락해 주세요.
