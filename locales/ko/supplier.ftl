# 참가기업 화면: 등록, 로그인, 계정, 회사 정보 입력, 상담 가능 시간, 상담 요청, 상담 일정.
# 바이어가 보는 참가기업 페이지는 supplier-page.ftl에 있습니다.

## 공통

sup-venue-time-zone = 시간은 현지(행사장) 기준입니다 ({ $zone })

## 탭

sup-tabs-label = 참가기업 메뉴
sup-tab-home = 홈
sup-tab-profile = 회사 정보
sup-tab-availability = 상담 가능 시간
sup-tab-requests = 상담 요청
sup-tab-agenda = 상담 일정

## 홈

sup-home-title = 내 상담 일정
sup-home-registration = 참가 신청 현황
sup-home-status-unverified = 이메일 주소를 확인해 주세요. 보내 드린 메일의 확인 링크를 누르시면 됩니다.
sup-home-status-pending = 이메일 확인이 완료되었습니다. 주관기관에서 참가 신청을 검토하고 있으며, 승인되면 이메일로 알려 드립니다.
sup-home-status-approved = 참가가 승인되었습니다. 이제 바이어가 귀사를 찾아 상담을 예약할 수 있습니다.
sup-home-status-rejected = 참가 신청이 승인되지 않았습니다. 문의 사항은 주관기관에 연락해 주세요.
sup-home-organizer-note = 주관기관 메모: { $note }
sup-home-step-registered = 등록 완료
sup-home-step-confirmed = 이메일 확인
sup-home-step-approved = 주관기관 승인
sup-home-step-meetings = 바이어 상담 예약
sup-home-profile = 회사 정보
sup-home-profile-text = 바이어에게 보이는 회사 소개 페이지를 확인하고 수정합니다.
sup-home-availability = 상담 가능 시간
sup-home-blocked = { $count ->
    [0] 모든 상담 시간이 열려 있습니다.
   *[other] 상담 불가로 표시한 시간 { $count }개
}
sup-home-agenda = 상담 일정
sup-home-meetings = { $count ->
    [0] 아직 예약된 상담이 없습니다.
   *[other] 예약된 상담 { $count }건. 행사 당일용으로 인쇄해 두세요.
}

## 상담 일정

sup-agenda-title = 상담 일정
sup-agenda-heading = 상담 일정
sup-agenda-printable = 인쇄용 보기
sup-agenda-empty = 아직 예약된 상담이 없습니다. 바이어가 상담을 예약하면 여기에 표시됩니다.
sup-agenda-time = 시간
sup-agenda-table = 상담 테이블
sup-agenda-buyer = 바이어
sup-agenda-organisation = 소속
sup-agenda-country = 국가
sup-agenda-languages = 사용 언어
sup-agenda-interpreter = 통역
sup-agenda-actions = 작업
sup-agenda-table-prefix = 테이블
sup-agenda-speaks = 사용 언어:
sup-agenda-interpreter-prefix = 통역:
sup-agenda-interpreter-needed = 필요
sup-agenda-interpreter-no = 불필요
sup-agenda-calendar = 캘린더 파일
sup-agenda-calendar-title = 이 상담을 내 캘린더에 추가합니다
sup-agenda-cancel = 취소…
sup-agenda-outcome = 상담 결과
sup-feed-heading = 캘린더 앱에서 상담 일정 보기
sup-feed-made = { $date }에 만든 비공개 주소로 캘린더 앱이 이 일정을 받아 오고 있습니다. 보안을 위해 주소는 만들 때 한 번만 보여 드렸습니다.
sup-feed-new = 새 주소 만들기
sup-feed-new-hint = 주소를 잃어버렸거나 다른 사람이 알게 되었나요? 새 주소를 만들면 이전 주소는 바로 사용할 수 없게 됩니다.
sup-feed-intro = 비공개 주소를 만들면 캘린더 앱에 상담 일정이 자동으로 반영됩니다.
sup-feed-create = 캘린더 주소 만들기
sup-print-title = 상담 일정 인쇄
sup-print-back = 상담 일정으로 돌아가기
sup-print-button = 인쇄하기
sup-print-hint = 또는 브라우저의 인쇄 기능(Ctrl+P, Mac에서는 ⌘P)을 사용하세요.
sup-print-printed = 출력 { $when }
sup-print-checkin = 접수처에서 이 코드를 보여 주세요.

## 상담 가능 시간

sup-avail-title = 상담 가능 시간
sup-avail-heading = 상담 가능 시간
sup-avail-intro = 회사 담당자가 상담 테이블에 있을 수 없는 시간을 표시해 주세요. 바이어는 그 시간에 예약할 수 없습니다. 시간은 현지(행사장) 기준입니다({ $zone }).
sup-avail-no-days = 주관기관이 아직 상담 일자를 정하지 않았습니다.
sup-avail-status = 상태
sup-avail-change = 변경
sup-avail-meeting = 상담
sup-avail-meeting-with = { $buyer } · { $table }번 테이블
sup-avail-unavailable = 상담 불가
sup-avail-open = 예약 가능
sup-avail-cancel-meeting = 이 상담 취소하기…
sup-avail-make-available = 상담 가능으로 변경
sup-avail-mark-unavailable = 상담 불가로 표시
sup-avail-has-meeting = 이 시간에 { $buyer } 바이어와 { $table }번 테이블 상담이 잡혀 있습니다. 먼저 상담 일정에서 상담을 취소한 뒤 상담 불가로 표시해 주세요.
sup-flash-slot-blocked = 해당 시간을 상담 불가로 표시했습니다.
sup-flash-slot-open = 해당 시간을 다시 예약 가능으로 바꿨습니다.
sup-avail-quick = 한 번에 불가로 표시:
sup-avail-whole-day = 하루 전체
sup-avail-morning = 오전
sup-avail-afternoon = 오후
sup-avail-from = 시작
sup-avail-to = 끝
sup-avail-undo = 방금 변경 되돌리기 ({ $count }개 시간대)
sup-flash-slots-blocked = { $count }개 시간대를 불가로 표시했습니다.
sup-flash-slots-blocked-kept = { $count }개 시간대를 불가로 표시했습니다. { $buyers }와(과)의 상담이 있는 { $kept }개 시간대는 그대로 두었습니다. 참석할 수 없다면 일정표에서 상담을 취소하세요.
sup-flash-slots-open = { $count }개 시간대를 다시 가능으로 바꿨습니다.
sup-flash-undone = 되돌렸습니다. { $count }개 시간대가 원래대로입니다.
sup-flash-nothing-to-undo = 되돌릴 변경이 없습니다.
err-sup-avail-change = 불가로 표시할지, 가능으로 바꿀지 선택하세요.
err-sup-avail-range = 그날의 시간 중에서 시작과 끝을 고르세요.
err-sup-avail-backwards = 끝이 시작보다 이릅니다. 더 늦은 끝 시간을 고르세요.
err-sup-avail-none = 그 시간대에는 상담 시간이 없습니다.

## 상담 취소

sup-cancel-title = 상담 취소
sup-cancel-heading = 이 상담을 취소하시겠습니까?
sup-cancel-when = 일시
sup-cancel-reason = 바이어에게 전할 취소 사유 (영문)
sup-cancel-reason-hint = 바이어에게 바로 이메일로 전달됩니다. 예: "Our CEO has to leave early that day."
sup-cancel-submit = 상담 취소
sup-cancel-keep = 취소하지 않음
sup-cancel-reason-missing = 취소 사유를 바이어에게 짧게 알려 주세요(영문).
sup-flash-cancelled = 상담을 취소하고 바이어에게 알렸습니다. 해당 시간은 다시 예약 가능합니다.

## 회사 정보와 미리 보기

sup-profile-title = 회사 정보
sup-profile-heading = 회사 정보
sup-profile-intro = 바이어에게는 영문 정보가 보입니다.
sup-profile-see-preview = 바이어 화면으로 보기
sup-profile-errors = 표시된 항목을 고쳐 주세요. 아직 저장되지 않았습니다.
sup-profile-email = 이메일:
sup-profile-email-change = (변경은 주관기관에 요청해 주세요)
sup-profile-save = 저장
sup-profile-cancel = 취소
sup-profile-change-password = 비밀번호 변경
sup-flash-profile-saved = 회사 정보가 저장되었습니다.
sup-preview-title = 공개 회사 소개
sup-preview-heading = 바이어에게 보이는 회사 소개
sup-preview-intro = 해외 바이어가 귀사를 조회할 때 보는 화면 그대로입니다.
sup-preview-edit = 수정하기
sup-preview-not-approved = 주관기관이 참가를 승인하면 바이어에게 이 페이지가 공개됩니다.
sup-preview-frame = 바이어용 페이지 미리 보기
sup-preview-closed = 이곳에서 바이어가 귀사의 빈 상담 시간을 보고 클릭 한 번으로 상담을 예약합니다.

## 회사 정보 입력 (등록, 회사 정보)

sup-pf-company = 회사 정보
sup-pf-name-ko = 회사명
sup-pf-name-ko-hint = 사업자등록증에 적힌 대로 적어 주세요. 예: ㈜한빛워터텍
sup-pf-name-en = 영문 회사명
sup-pf-name-en-hint = 바이어에게 보이는 이름입니다. 예: Hanbit Watertech Co., Ltd.
sup-pf-regno = 사업자등록번호
sup-pf-regno-hint = 10자리 숫자, 예: 123-45-67890
sup-pf-representative = 대표자
sup-pf-size = 기업 규모
sup-pf-founded = 설립연도
sup-pf-founded-hint = 예: 2009
sup-pf-address = 주소
sup-pf-website = 홈페이지
sup-pf-website-hint = 예: www.company.co.kr
sup-pf-contact = 담당자
sup-pf-contact-name = 담당자명
sup-pf-phone = 전화번호
sup-pf-phone-hint = 예: +82 2-1234-5678
sup-pf-sectors = 수출 분야
sup-pf-sectors-hint = 해당하는 분야를 모두 선택해 주세요. 바이어는 분야별로 참가기업을 찾습니다.
sup-pf-markets = 수출 시장
sup-pf-served = 현재 수출국
sup-pf-served-hint = 국가 코드 두 글자 또는 영문 국가명을 쉼표로 구분해 적어 주세요: VN, TH, United States
sup-pf-target = 수출 희망국
sup-pf-target-hint = 예: PE, KE, Indonesia
sup-pf-languages = 상담 가능 언어
sup-pf-languages-hint = 상담에 참석하는 직원이 구사하는 언어입니다. 공통 언어가 없는 바이어에게는 통역이 배정됩니다.
sup-pf-products = 주요 제품
sup-pf-products-hint = 제품을 하나 이상 입력해 주세요. HS 코드와 사진 링크는 선택 사항입니다. 바이어에게는 영문 제품명과 설명이 보이며, 영문이 없으면 국문이 보입니다.
sup-pf-product-n = 제품 { $number }
sup-pf-product-name = 제품명
sup-pf-product-name-en = 영문 제품명
sup-pf-product-description = 제품 설명
sup-pf-product-description-en = 영문 제품 설명
sup-pf-hs-code = HS 코드
sup-pf-picture = 사진 링크
sup-pf-optional = (선택)
sup-pf-for-buyers = 바이어용 소개
sup-pf-catalogue = 카탈로그 링크
sup-pf-catalogue-hint = 영문 PDF 또는 웹페이지
sup-pf-pitch = 회사 소개
sup-pf-pitch-hint = 두세 문장으로 주요 제품과 바이어가 귀사를 만나야 하는 이유를 적어 주세요. 600자 이내.
sup-pf-pitch-en = 영문 회사 소개
sup-pf-pitch-en-hint = 해외 바이어가 읽는 소개입니다. 비워 두면 국문 회사 소개가 그대로 보입니다.

## 기업 규모

size-micro = 소상공인 (10인 미만)
size-small = 소기업 (10~49인)
size-medium = 중기업 (50~299인)
size-large = 중견·대기업 (300인 이상)

## 상담 요청

sup-req-title = 상담 요청
sup-req-heading = 상담 요청
sup-req-intro = 상담을 요청한 바이어에게 답하거나, 원하는 바이어에게 상담을 요청하세요. 수락된 요청은 주관기관이 상담 일정에 배정합니다.
sup-req-disabled = 이 상담회는 상담 요청을 받지 않습니다. 바이어가 빈 상담 시간을 직접 예약합니다.
sup-req-waiting = 답변을 기다리는 요청
sup-req-show = 보기
sup-req-show-all = 모든 요청
sup-req-order = 정렬
sup-req-order-match = 적합도 높은 순
sup-req-order-date = 최신순
sup-req-apply = 보기
sup-req-received = { $when } 받음
sup-req-bad-filter = 알 수 없는 목록 조건이라 모든 요청을 보여 드립니다.
sup-req-none-waiting = 답변을 기다리는 요청이 없습니다.
sup-req-high-priority = 우선 상담 희망
sup-req-note = 바이어에게 남길 메모
sup-req-note-optional = (수락할 때는 선택)
sup-req-accept = 수락
sup-req-decline = 거절
sup-req-earlier = 지난 요청
sup-req-from = 요청자
sup-req-from-buyer = 바이어
sup-req-from-you = 귀사
sup-req-note-column = 메모
sup-req-ask = 바이어에게 상담 요청하기
sup-req-ask-not-approved = 주관기관이 참가를 승인한 뒤에 상담을 요청할 수 있습니다.
sup-req-looking-for = 관심 품목
sup-req-looking-for-prefix = 관심 품목:
sup-req-open = 요청 진행 중
sup-req-must-meet = 꼭 만나고 싶음
sup-req-send = 상담 요청
sup-flash-accepted = 요청을 수락했습니다. 바이어에게 알렸습니다.
sup-flash-declined = 요청을 거절했습니다. 바이어에게 알렸습니다.
sup-flash-request-sent = 상담 요청을 보냈습니다. 바이어가 수락하거나 거절하면 알려 드립니다.

## 참가기업 등록

reg-title = 참가기업 등록
reg-heading = 참가기업 등록
reg-intro = 수출상담회에서 해외 바이어를 만나 보세요. 등록 후 이메일을 확인하시면 주관기관이 참가를 승인합니다.
reg-no-expo = 현재 참가 신청을 받는 상담회가 없습니다.
reg-errors = 표시된 항목 { $count }개를 고쳐 주세요. 아직 저장되지 않았습니다.
reg-expo-account = 상담회와 계정
reg-expo-label = 상담회:
reg-expo = 상담회
reg-email = 이메일
reg-email-hint = 이 주소로 확인 링크를 보내 드립니다. 로그인할 때도 이 주소를 씁니다.
reg-password = 비밀번호
reg-password-hint = 10자 이상 입력해 주세요.
reg-retype-password = 비밀번호를 다시 입력해 주세요. 보안을 위해 화면에 남겨 두지 않습니다.
reg-submit = 등록하기
reg-already = 이미 등록하셨나요?
reg-sent-title = 이메일 확인
reg-sent-heading = 이메일을 확인해 주세요
reg-sent-text = { $email }(으)로 메일을 보냈습니다. 메일의 링크를 눌러 이메일 주소를 확인해 주세요. 링크는 2일 동안 유효합니다.
reg-sent-text-any = 입력하신 주소로 메일을 보냈습니다. 메일의 링크를 눌러 이메일 주소를 확인해 주세요. 링크는 2일 동안 유효합니다.
reg-step-register = 참가기업 등록
reg-step-confirm = 이메일 확인
reg-step-approve = 주관기관 승인
reg-step-meetings = 바이어 상담 예약
reg-sent-nothing = 몇 분이 지나도 메일이 오지 않으면 스팸함을 확인해 주세요.
reg-sent-sign-in = 비밀번호로 로그인해서 등록 내용을 확인할 수도 있습니다.
reg-confirm-title = 이메일 주소 확인
reg-confirm-button = 확인하고 계속하기
reg-flash-verified = 이메일 주소가 확인되었습니다. 이제 주관기관이 참가 신청을 검토합니다.
reg-link-title = 이 링크는 사용할 수 없습니다
reg-link-expired = 링크의 유효 기간이 지났습니다. 계정 보안을 위해 링크는 정해진 시간 동안만 사용할 수 있습니다.
reg-link-used-verify = 이미 사용한 링크입니다. 이메일 주소는 확인되었으니 로그인해서 등록 내용을 확인하세요.
reg-link-used = 이미 사용한 링크입니다. 링크는 한 번만 사용할 수 있습니다.
reg-link-invalid = 올바르지 않은 링크입니다. 복사하는 과정에서 일부가 잘렸을 수 있습니다.
reg-link-ask-new = 새 링크 요청하기
reg-link-sign-in = 로그인

## 로그인과 비밀번호

reg-signin-title = 참가기업 로그인
reg-signin-heading = 참가기업 로그인
reg-signin-intro = 등록하신 이메일과 비밀번호로 로그인하세요.
reg-signin-submit = 로그인
reg-signin-forgot = 비밀번호를 잊으셨나요?
reg-signin-link = 비밀번호 대신 로그인 링크 받기
reg-signin-new = 처음이신가요?
reg-signin-register = 참가기업 등록하기
reg-signin-wrong = 이메일 또는 비밀번호가 맞지 않습니다. 다시 확인해 주세요.
reg-signin-email-missing = 등록하신 이메일 주소를 입력해 주세요.
reg-forgot-title = 비밀번호 찾기
reg-forgot-heading = 비밀번호 재설정
reg-forgot-sent = { $email }이(가) 등록된 참가기업의 주소라면 비밀번호 재설정 링크를 보내 드렸습니다. 링크는 60분 동안 한 번만 사용할 수 있습니다.
reg-forgot-sent-any = 등록된 참가기업의 주소라면 비밀번호 재설정 링크를 보내 드렸습니다. 링크는 60분 동안 한 번만 사용할 수 있습니다.
reg-forgot-intro = 등록하신 이메일을 입력하시면 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다.
reg-forgot-submit = 링크 받기
reg-reset-title = 새 비밀번호 설정
reg-new-password = 새 비밀번호
reg-reset-submit = 저장하고 로그인
reg-flash-password-saved = 새 비밀번호가 저장되었습니다.
acct-title = 비밀번호 변경
acct-heading = 비밀번호 변경
acct-intro = 저장하면 다른 곳(다른 브라우저, 휴대전화)의 로그인은 모두 종료되고, 지금 사용 중인 로그인만 유지됩니다.
acct-current = 현재 비밀번호
acct-submit = 새 비밀번호 저장
acct-wrong-current = 현재 비밀번호가 맞지 않습니다.
acct-flash-saved = 새 비밀번호가 저장되었습니다. 다른 곳의 로그인은 모두 종료되었습니다.

## 입력 오류

err-sup-required = 필수 입력 항목입니다.
err-sup-too-long = { $max }자 이내로 입력해 주세요.
err-sup-too-long-typed = { $max }자 이내로 입력해 주세요(현재 { $typed }자).
err-sup-line-breaks = 줄바꿈이나 탭을 지워 주세요.
err-sup-english-only = 해외 바이어가 읽는 항목이니 영문으로 입력해 주세요.
err-sup-countries-max = 국가는 { $max }개까지 입력할 수 있습니다.
err-sup-product-missing = 바이어가 취급 품목을 알 수 있도록 제품을 하나 이상 입력해 주세요.
err-sup-year = 1800년부터 { $last }년 사이의 연도를 입력해 주세요. 예: 2009
err-sup-sector-missing = 바이어가 찾을 수 있도록 수출 분야를 하나 이상 선택해 주세요.
err-sup-sector-unknown = “{ $code }”은(는) 목록에 없는 분야입니다. 목록에서 선택해 주세요.
err-sup-language-missing = 상담에 참석하는 직원이 구사하는 언어를 선택해 주세요.
err-sup-language-unknown = “{ $code }”은(는) 목록에 없는 언어입니다.
err-sup-size = 기업 규모를 선택해 주세요.
err-sup-regno-missing = 사업자등록번호를 입력해 주세요.
err-sup-regno-digits = 숫자만 입력해 주세요. 예: 123-45-67890
err-sup-regno-length = 사업자등록번호는 10자리입니다. 예: 123-45-67890
err-sup-regno-check = 올바른 사업자등록번호가 아닙니다(검증 번호 불일치). 사업자등록증과 대조해 주세요.
err-sup-regno-taken = 이 상담회에 같은 사업자등록번호로 등록한 기업이 이미 있습니다.
err-sup-regno-registered = 이 사업자등록번호로 이미 이 상담회에 등록되어 있습니다. 로그인하시거나 주관기관에 문의해 주세요.
err-sup-phone-missing = 전화번호를 입력해 주세요.
err-sup-phone-format = 전화번호는 숫자, 공백, 하이픈만 사용해 입력해 주세요. 예: +82 2-1234-5678
err-sup-web-format = 웹 주소를 입력해 주세요. 예: https://www.company.co.kr
err-sup-hs-format = HS 코드는 2~10자리 숫자입니다. 예: 8421.21 (잘 모르시면 비워 두세요)
err-sup-password-short = { $min }자 이상 입력해 주세요.
err-sup-expo-missing = 참가할 상담회를 선택해 주세요.
err-sup-expo-closed = 이 상담회는 참가 신청이 마감되었습니다.

## 상담 결과 (참가기업 입력)

sup-outcome-not-started = 상담 결과는 상담이 시작된 뒤에 입력할 수 있습니다.
sup-outcome-no-show-early = 바이어 불참(노쇼)은 상담이 시작된 뒤에 표시할 수 있습니다.
sup-flash-outcome-saved = 상담 결과가 저장되었습니다. 감사합니다.
sup-flash-no-show = 불참(노쇼)으로 표시했습니다. 주관기관도 확인할 수 있습니다.
