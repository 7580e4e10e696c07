# 운영: 이메일 발송 기록, 현장 등록(체크인), 상담 테이블 현황판, 일정표, 통역, 상담 결과와
# 실적 보고서, 바이어 평가, 주관기관의 개인정보 관리 화면.

## 이 화면들이 함께 쓰는 말

ops-print = 인쇄
ops-save = 저장
ops-utc-time = { $time } (UTC)
ops-n-meetings = 상담 { $count }건
ops-venue-time-note = 시간은 행사장 현지 시간 기준({ $zone })
ops-not-changed = 변경하지 못했습니다: { $why }.
ops-col-day = 날짜
ops-col-time = 시간
ops-col-table = 테이블
ops-col-buyer = 바이어
ops-col-supplier = 참가기업
ops-col-status = 상태
ops-col-name = 이름
ops-col-languages = 언어
ops-col-meetings = 상담
ops-col-interpreter = 통역
ops-phone-table = 테이블
ops-phone-buyer = 바이어:
ops-phone-supplier = 참가기업:
ops-phone-status = 상태:
ops-phone-speaks = 구사 언어:
ops-phone-meetings = 상담:
ops-phone-interpreter = 통역:
ops-crumb-agenda = 일정표
ops-crumb-report = 실적 보고서
ops-crumb-outcome = 상담 결과
ops-crumb-meeting = 상담 { $meeting }

## 이메일 발송 기록

ops-email-title = 이메일
ops-email-intro = 사이트에서 보내는 모든 메일이 여기에 기록됩니다. 발송에 실패한 메일은 오류 내용이 남아 있으며 다시 보낼 수 있습니다.
ops-email-show-all = 전체 메일 보기
ops-email-none = 메일이 없습니다.
ops-email-none-with-status = 메일이 없습니다: { $status }.
ops-email-queued = 접수 시각
ops-email-to = 받는 사람
ops-email-subject = 제목
ops-email-kind = 종류
ops-email-status = 상태
ops-email-attempts = 시도 횟수
ops-email-calendar-tag = 일정 초대
ops-email-message-n = 메일 { $id }
ops-email-to-line = 받는 사람: { $name } <{ $address }>
ops-email-send-again = 다시 보내기
ops-email-retry-now = 지금 재시도
ops-email-sent = 발송 시각
ops-email-next-attempt = 다음 시도
ops-email-last-error = 최근 오류
ops-email-as-seen = 받는 사람에게 보이는 모습
ops-email-html-frame = 메일의 HTML 본문
ops-email-plain-text = 텍스트 본문
ops-email-calendar = 일정 초대({ $method })
ops-email-download-ics = invite.ics 내려받기

## 개인정보 (주관기관)

ops-privacy-title = 개인정보 관리
ops-privacy-intro-before = 참가자가 동의하는 개인정보 처리방침
ops-privacy-public-page = 공개 페이지
ops-privacy-intro-after = 과 삭제 요청을 관리합니다. 보유 기간은 상담회별 설정에서 정합니다.
ops-privacy-requests = 삭제 요청 ({ $count }건)
ops-privacy-no-request = 처리를 기다리는 요청이 없습니다.
ops-privacy-col-asked = 요청 시각 (UTC)
ops-privacy-col-who = 요청자
ops-privacy-col-expo = 상담회
ops-privacy-delete-data = 개인정보 삭제
ops-privacy-delete-explained = 삭제하면 해당 참가자의 개인정보가 임의의 값으로 바뀌고, 로그인 링크와 아직 발송되지 않은 메일이 삭제되며, 캘린더 구독 주소도 중지됩니다. 상담 기록과 결과는 실적 보고서에 남습니다.
ops-privacy-notice-version = 개인정보 처리방침 (현재 제{ $version }판)
ops-privacy-notice-hint = 저장하면 새 판이 게시되며, 바이어와 참가기업은 다음 로그인 때 다시 동의하게 됩니다.
ops-privacy-officer-name = 개인정보 보호책임자 성명
ops-privacy-officer-email = 이메일
ops-privacy-officer-phone = 전화번호
ops-privacy-abroad = 개인정보가 국외로 이전됩니다(서비스가 해외에서 운영됨): 국외 이전에 대해 별도 동의를 받습니다
ops-privacy-transfer-country = 이전되는 국가
ops-privacy-transfer-recipient = 이전받는 자 (예: 호스팅 업체)
ops-privacy-body = 개인정보 처리 목적 (처리방침 맨 앞에 표시되며, 빈 줄로 문단을 나눕니다)
ops-privacy-publish = 새 판 게시
ops-privacy-published = 개인정보 처리방침 제{ $version }판이 게시되었습니다. 바이어와 참가기업은 다음 로그인 때 다시 동의하게 됩니다.
ops-privacy-deleted = 처리했습니다: 해당 참가자의 개인정보가 삭제되었으며, 상담 기록은 익명으로 실적 보고서에 남습니다.
ops-privacy-deleted-cancelled = 처리했습니다: 해당 참가자의 개인정보가 삭제되었으며, 상담 기록은 익명으로 실적 보고서에 남습니다. 예정된 상담 { $count }건이 취소되었고 상대방에게 알렸습니다.

err-ops-notice-phone = 개인정보 보호책임자의 전화번호를 입력하세요(숫자, 공백, + - ( )만 사용).
err-ops-notice-transfer-country = 개인정보가 이전되는 국가를 입력하세요.
err-ops-notice-transfer-recipient = 국외에서 개인정보를 이전받는 자를 입력하세요(예: 호스팅 업체).
err-ops-notice-body = 처리방침 내용을 입력하세요(최대 { $max }자).
err-ops-notice-body-control = 내용에 제어 문자가 들어 있습니다. 일반 텍스트로 붙여 넣으세요.

## 동의 항목 (바이어와 참가기업)

consent-kind-collection = 개인정보 수집·이용
consent-kind-provision = 상담 상대방에 대한 개인정보 제공
consent-kind-overseas = 개인정보 국외 이전
consent-kind-marketing = 주관기관 소식 수신
err-ops-consent-collection = 개인정보 수집·이용에 동의하셔야 참가하실 수 있습니다.
err-ops-consent-provision = 상담을 위해 연락처를 상담 상대방에게 제공해야 합니다. 개인정보 제공에 동의해 주세요.
err-ops-consent-overseas = 이 서비스는 데이터를 국외에 보관합니다. 개인정보 국외 이전에 동의해 주세요.

## 참가자·테이블별 일정표 (주관기관)

ops-agenda-page-title = { $name } · 일정표
ops-agenda-participants = 참가자
ops-agenda-none = 상담이 없습니다.
ops-agenda-sign-ins = 로그인 현황
ops-agenda-signed-in-nowhere = 현재 로그인된 곳이 없습니다.
ops-agenda-signed-in-on = 기기 또는 브라우저 { $count }곳에서 로그인되어 있습니다.
ops-agenda-end-hint = 기기를 분실했거나 다른 사람과 함께 썼다면 모든 로그인을 종료하세요. 이후에는 새 링크나 비밀번호로 다시 로그인하게 됩니다.
ops-agenda-end-all = 모든 로그인 종료

## 상담 테이블 현황판 (행사장 화면)

ops-board-page-title = 상담 테이블 현황 · { $expo }
ops-board-title = 상담 테이블 현황
ops-board-at = { $time } (현지 시간)
ops-board-preview = 미리 보기
ops-board-refreshes = 1분마다 새로 고침
ops-board-now = 진행 중
ops-board-next = 다음 상담
ops-board-free = 비어 있음
ops-board-nothing-more = 남은 상담 없음
err-ops-board-at-format = 시각은 2026-12-17T10:15 형식(현지 시간)으로 입력하세요
err-ops-board-at-missing = 행사장 현지 시간에 존재하지 않는 시각입니다

## 현장 등록 (체크인)

ops-checkin-page-title = 현장 등록 · { $expo }
ops-checkin-crumb = 현장 등록
ops-checkin-desk = 현장 등록 데스크
ops-checkin-buyers = 바이어 { $count }명 중 { $arrived }명
ops-checkin-suppliers = 참가기업 { $count }곳 중 { $arrived }곳
ops-checkin-arrived-line = { $buyers }, { $suppliers }이 도착했습니다.
ops-checkin-qr-hint = 참가자 일정표의 QR 코드를 스캔하면 해당 참가자의 등록 화면이 열립니다.
ops-checkin-find = 이름, 소속 또는 이메일로 찾기
ops-checkin-search = 검색
ops-checkin-nobody = 일치하는 참가자가 없습니다.
ops-checkin-side = 구분
ops-checkin-side-phone = 구분:
ops-checkin-arrived = 도착
ops-checkin-arrived-phone = 도착:
ops-checkin-not-yet = 미도착
ops-checkin-button = 등록
ops-checkin-person-title = { $name } 현장 등록
ops-checkin-checked-in-at = { $time }(UTC)에 등록 완료
ops-checkin-done = 등록되었습니다. 환영합니다!
ops-checkin-already = 이미 등록된 참가자입니다.
err-ops-checkin-role = 참가자는 바이어 또는 참가기업이어야 합니다

## 통역

ops-interp-title = 통역
ops-interp-page-title = 통역 · { $expo }
ops-interp-coverage = 통역이 필요한 상담 { $count }건 중 { $covered }건에 통역이 배정되었습니다.
ops-interp-coverage-why = 바이어가 통역을 요청했거나 참가기업과 공통 언어가 없으면 통역이 필요합니다.
ops-interp-assign = 통역 자동 배정
ops-interp-still-without = 아직 통역이 없는 상담
ops-interp-table-n = 테이블 { $table }
ops-interp-uncovered-who = { $buyer } – { $supplier }
ops-interp-on-list = 통역 명단
ops-interp-none-yet = 등록된 통역이 없습니다. 아래에서 첫 통역을 추가하세요.
ops-interp-day-sheet = 일정표
ops-interp-remove-open = 삭제…
ops-interp-remove-none = { $name } 님은 배정된 상담이 없습니다.
ops-interp-remove-some = 상담 { $count }건에 다른 통역이 필요해집니다.
ops-interp-remove = { $name } 삭제
ops-interp-add-heading = 통역 추가
ops-interp-add = 통역 추가
ops-interp-needs-heading = 통역이 필요한 상담
ops-interp-needs-none = 통역이 필요한 상담이 없습니다.
ops-interp-none-badge = 없음
ops-interp-sheet-title = { $name } · 일정표
ops-interp-sheet-subtitle = 통역 · { $languages }
ops-interp-sheet-empty = 아직 배정된 상담이 없습니다.
ops-interp-change-details = 정보 수정
ops-interp-change-hint = 목록에서 뺀 언어의 상담은 이 통역 배정이 해제되어 통역 필요 상태로 표시됩니다.
ops-interp-field-name = 이름
ops-interp-field-email = 이메일 (선택)
ops-interp-field-languages = 언어 (두 글자 코드), 예
ops-interp-field-note = 메모 (선택)
ops-interp-added = { $name } 님을 추가했습니다.
ops-interp-saved = 저장했습니다.
ops-interp-saved-lost = 저장했습니다. 목록에서 뺀 언어의 상담 { $count }건에 이제 다른 통역이 필요합니다.
ops-interp-removed = 통역을 삭제했습니다.
ops-interp-removed-lost = 통역을 삭제했습니다. 상담 { $count }건에 이제 다른 통역이 필요합니다.
ops-interp-assigned-all = { $count ->
    [0] 새로 배정된 상담이 없습니다
   *[other] 상담 { $count }건에 통역을 배정했습니다
}. 통역이 필요한 예정 상담에 모두 통역이 있습니다.
ops-interp-assigned-some = { $count ->
    [0] 새로 배정된 상담이 없습니다
   *[other] 상담 { $count }건에 통역을 배정했습니다
}. 아직 통역이 없는 상담은 아래에 있습니다.
ops-interp-changed-meanwhile = 그사이 상담이 변경되었습니다. 다시 배정하세요.
ops-interp-chosen = 통역을 배정했습니다.
ops-interp-unchosen = 이 상담의 통역 배정을 해제했습니다.
ops-uncovered-or = {" "}또는{" "}
ops-uncovered-one-of = { $languages } 중 하나
ops-uncovered-nobody-speaks = 명단에 { $buyer }와(과) { $supplier }를 모두 하는 통역이 없습니다
ops-uncovered-all-busy = { $count ->
    [one] 가능한 통역 1명이 그 시간에 다른 상담 중입니다
   *[other] 가능한 통역 { $count }명이 모두 그 시간에 다른 상담 중입니다
}
err-ops-interp-choose = 목록에서 통역을 선택하세요
err-ops-interpreter-name = 통역의 이름을 입력하세요.
err-ops-interpreter-name-long = 제어 문자 없이 120자 이내로 입력하세요.
err-ops-interpreter-language-unknown = “{ $code }”은(는) 알 수 없는 언어 코드입니다. 두 글자 코드로 입력하세요(예: es ko).
err-ops-interpreter-languages-few = 언어를 두 개 이상 입력하세요(예: 스페인어와 한국어는 “es ko”).
err-ops-interpreter-languages-many = 언어는 최대 10개까지 입력할 수 있습니다.
err-ops-interpreter-note-long = 메모는 200자 이내로 입력하세요.

## 참석 여부와 상담 결과

interest-none = 관심 없음
interest-follow_up = 후속 상담 합의
interest-sample_or_quote = 샘플·견적 요청
interest-contract_expected = 계약 추진 중
interest-contract_signed = 계약 체결

ops-attendance-held = 상담 완료로 표시했습니다. 상담 결과를 입력하세요.
ops-attendance-no-show = 불참으로 표시했습니다. 해당 상담 시간은 다시 비었습니다.
ops-attendance-hint = 상담이 진행되었는지 기록하세요.
ops-attendance-not-yet = 참석 여부는 상담이 시작된 뒤에 기록할 수 있습니다.
ops-attendance-early = 사유를 적고 지금 기록하기
ops-attendance-reason = 사유
ops-attendance-recorded = 기록됨: { $state }.
ops-attendance-undo-until = { $time } 자정 전까지 되돌릴 수 있습니다.
ops-attendance-instead = { $state }(으)로 바꾸기
ops-attendance-undo = 되돌리기
ops-attendance-undone = 기록을 되돌렸습니다. 상담은 다시 예약 상태입니다.
ops-attendance-confirm-title = { $state }(으)로 표시할까요?
ops-attendance-confirm-no-show = 이 상담은 진행되지 않은 것으로 집계되고 그 시간은 다시 비게 됩니다. 양쪽 참가자에게 이메일로 알리고, 캘린더에서도 삭제됩니다.
ops-attendance-confirm-held = 이 상담은 보고서에 진행된 상담으로 집계됩니다. 이어서 상담 결과를 입력할 수 있습니다.
ops-attendance-confirm-undo = 오늘이 끝나기 전까지 되돌릴 수 있습니다.
ops-attendance-confirm-button = 네, { $state }(으)로 표시합니다
ops-attendance-confirm-back = 아니요, 돌아가기
ops-outcome-page-title = 상담 결과 · 상담 { $meeting }
ops-outcome-heading = 상담 결과
ops-outcome-how-far = 상담이 어디까지 진행되었나요?
ops-outcome-amount = 예상 또는 계약 금액
ops-outcome-amount-placeholder = 예: 250,000
ops-outcome-currency = 통화
ops-outcome-products = 해당 제품
ops-outcome-follow-up = 후속 조치 일자
ops-outcome-notes = 메모
ops-outcome-save = 상담 결과 저장
ops-outcome-no-show-question = 바이어가 오지 않았나요?
ops-outcome-no-show = 바이어 불참
ops-outcome-saved = 상담 결과를 저장했습니다.
ops-outcome-saved-thanks = 감사합니다. 상담 결과가 저장되었습니다.
ops-no-show-marked = 불참으로 표시했습니다. 주관기관에서 확인할 수 있습니다.

err-ops-attendance = 상담 완료 또는 불참 중에서 선택하세요.
err-ops-refused = { $why }
err-ops-outcome-not-held = 상담 결과를 입력하려면 먼저 상담 완료로 표시하세요
err-ops-attendance-slot-taken = 다른 상담이 이미 그 시간을 차지하고 있어 되돌릴 수 없습니다
err-ops-attendance-not-started = 상담이 아직 시작되지 않았습니다. 지금 기록하려면 사유를 적어 주세요
err-ops-attendance-reason-long = 사유는 { $max }자 이내로 적어 주세요
err-ops-attendance-undo-late = 기록한 당일에만 되돌릴 수 있습니다
err-ops-attendance-undo-outcome = 이 상담에는 이미 상담 결과가 기록되어 있습니다
err-ops-outcome-not-started = 상담이 시작된 뒤에 결과를 입력할 수 있습니다.
err-ops-no-show-not-started = 상담이 시작된 뒤에 불참으로 표시할 수 있습니다.
err-ops-outcome-interest = 상담 진행 정도를 선택하세요.
err-ops-outcome-currency-missing = 금액의 통화를 선택하세요.
err-ops-outcome-currency-unknown = 목록에서 통화를 선택하세요.
err-ops-outcome-signed-needs-value = 계약 체결 시에는 계약 금액을 입력해야 합니다.
err-ops-outcome-date = 날짜를 2027-02-15 형식으로 입력하세요.
err-ops-outcome-products-long = 제품은 300자 이내로 입력하세요.
err-ops-outcome-notes-long = 메모는 2,000자 이내로 입력하세요.
err-ops-amount-format = 금액을 120,000 또는 12500.50 형식으로 입력하세요.
err-ops-amount-format-decimal = 금액을 12500.50 형식으로 입력하세요.
err-ops-amount-decimals = { $currency }의 소수점 자릿수는 { $places }자리입니다.
err-ops-amount-too-large = 금액이 너무 큽니다.

## 실적 보고서

ops-report-page-title = 실적 보고서 · { $expo }
ops-report-heading = 수출상담회 실적 보고서
ops-report-values-in = 금액 단위: { $currency }
ops-report-excel = 엑셀
ops-report-missing-rates = { $currencies } 환율을 입력하세요. 환율이 없는 통화의 금액은 합계에서 빠집니다.
ops-report-held = 상담 건수
ops-report-no-shows = 불참
ops-report-expected = 계약 추진액
ops-report-signed = 계약 체결액
ops-report-with-outcome = 완료된 상담 { $held }건 중 { $count }건에 결과가 입력되었습니다.
ops-report-rated-before = 바이어가 상담 { $count }건을 평가했으며, 평균
ops-report-rated-after = 점(5점 만점)입니다.
ops-report-expected-explained = 계약 추진액은 "샘플·견적 요청"과 "계약 추진 중" 단계의 상담을 합산합니다.
ops-report-by-country = 바이어 국가별
ops-report-chart-label = 바이어 국가별 금액
ops-report-bar-held = { $count }건 진행
ops-report-group-countries = 바이어 국가
ops-report-group-sectors = 업종
ops-report-group-suppliers = 참가기업
ops-report-sector-other = 기타
ops-report-nothing-yet = 아직 기록이 없습니다. 각 상담 화면에서 상담 완료 또는 불참으로 표시하세요.
ops-report-col-name = 이름
ops-report-col-held = 상담
ops-report-col-no-shows = 불참
ops-report-col-expected = 계약 추진액
ops-report-col-signed = 계약 체결액
ops-report-col-rating = 바이어 평가
ops-report-rates-heading = 보고 통화와 환율
ops-report-in = 보고 통화
ops-report-rate-label = 1 { $currency } =
ops-report-recalculate = 다시 계산
err-ops-report-no-currency = “{ $currency }” 통화가 없습니다. 보고서는 KRW로 표시합니다.
err-ops-rate-format = { $currency } 환율을 1380 또는 0.00072 형식으로 입력하세요.
err-ops-rate-too-large = 환율이 너무 큽니다.
err-ops-rate-zero = { $currency } 환율은 0보다 커야 합니다.

csv-report-breakdown = 구분
csv-report-name = 이름
csv-report-held = 상담 건수
csv-report-no-shows = 불참
csv-report-expected = 계약 추진액
csv-report-signed = 계약 체결액
csv-report-average-rating = 바이어 평균 평가
csv-report-ratings = 평가 수
csv-report-group-total = 합계
csv-report-all = 전체
csv-report-group-country = 국가
csv-report-group-sector = 업종
csv-report-group-supplier = 참가기업

## 바이어의 상담 평가

ops-rating-saved = 감사합니다. 평가가 저장되었습니다.
err-ops-rating-choose = 1점(도움이 되지 않음)부터 5점(매우 도움이 됨) 중에서 선택하세요.
err-ops-rating-comment-long = 의견은 1,000자 이내로 입력하세요.
err-ops-rating-comment-control = 의견에 표시할 수 없는 문자가 들어 있습니다.
err-ops-rating-not-held = 실제로 진행된 상담만 평가할 수 있습니다.
err-ops-rating-not-started = 상담이 시작된 뒤에 평가할 수 있습니다.

## The email list: finding messages, and what each kind of message is.
ops-email-filters = 메일 찾기
ops-email-recipient = 받는 사람
ops-email-recipient-hint = 이름 또는 이메일 주소
ops-email-kind-any = 모든 종류
ops-email-status-any = 모든 상태
ops-email-filter = 메일 보기
ops-email-clear = 조건 지우기
ops-email-showing = 전체 { $total }건 중 { $range }
ops-email-none-matching = 이 조건에 맞는 메일이 없습니다.
ops-email-pages = 메일 목록 페이지
ops-email-previous = ← 이전
ops-email-next = 다음 →
ops-email-page-of = { $pages }쪽 중 { $page }쪽
err-ops-email-status-unknown = “{ $status }”라는 메일 상태는 없습니다.
err-ops-email-kind-unknown = “{ $kind }” 종류의 메일은 보낸 적이 없습니다.
err-ops-email-page = 페이지 번호는 1 이상의 정수여야 합니다.
ops-mail-kind-invitation = 바이어 초청
ops-mail-kind-sign_in_link = 로그인 링크
ops-mail-kind-verify_email = 이메일 주소 확인
ops-mail-kind-password_reset = 비밀번호 재설정
ops-mail-kind-account_exists = 이미 있는 계정 안내
ops-mail-kind-supplier_approved = 공급기업 승인
ops-mail-kind-supplier_rejected = 공급기업 승인 거절
ops-mail-kind-request_received = 상담 요청 접수
ops-mail-kind-request_accepted = 상담 요청 수락
ops-mail-kind-request_declined = 상담 요청 거절
ops-mail-kind-request_expired = 상담 요청 만료
ops-mail-kind-slot_freed = 빈 시간 알림
ops-mail-kind-meeting_booked = 상담 예약
ops-mail-kind-meeting_moved = 상담 일정 변경
ops-mail-kind-meeting_cancelled = 상담 취소
ops-mail-kind-meeting_table_changed = 상담 테이블 변경
ops-mail-kind-meeting_mode_changed = 상담 방식 변경
ops-mail-kind-meeting_no_show = 상담 불참 기록
ops-mail-kind-meeting_restored = 불참 기록 취소
ops-mail-kind-agenda_published = 일정표 발송
ops-mail-kind-reminder = 상담 알림
ops-mail-kind-meeting_reminder = 상담 직전 알림
ops-mail-kind-interpreter_assigned = 통역사: 상담 배정
ops-mail-kind-interpreter_released = 통역사: 배정 해제
ops-mail-kind-interpreter_updated = 통역사: 상담 변경
ops-mail-kind-interpreter_cancelled = 통역사: 상담 취소
ops-mail-kind-follow_up = 사후 설문
ops-mail-kind-other = 기타 메일

## The table board on the venue screen.
ops-board-back = ← 행사로 돌아가기
ops-board-no-tables = 이 행사에는 아직 테이블이 없습니다.

## Online meetings
org-expo-online-legend = 온라인·하이브리드 상담
org-expo-meeting-mode = 상담 방식
org-expo-meeting-mode-hint = 모든 상담일의 기본값입니다. 원격으로 표시된 바이어는 항상 온라인으로 상담합니다. 온라인 상담은 테이블을 쓰지 않습니다.
org-expo-reminder-minutes = 상담 전 알림 (분)
org-expo-reminder-minutes-hint = 각 상담 시작 이 시간 전에 참여 링크나 테이블을 담은 짧은 알림을 보냅니다. 0이면 보내지 않습니다.
org-expo-video-base = 자체 Jitsi Meet 서버의 화상 회의실
org-expo-video-base-hint = 자체 운영하는 Jitsi Meet(또는 호환) 서버의 https 주소입니다. 온라인 상담마다 추측할 수 없는 회의실이 만들어집니다. 참가기업·테이블·상담별로 붙여 넣은 링크가 우선합니다.
org-day-mode-title = 이날의 상담 방식
org-day-mode-default = 행사 설정을 따름
org-day-mode-hint = 지금부터 예약되는 상담에 적용됩니다. 이미 예약된 상담은 그대로입니다. 원격 바이어는 항상 온라인으로 상담합니다.
org-day-mode-save = 저장
org-flash-day-mode = 이날의 상담 방식을 저장했습니다.
org-tables-video = 이 테이블 하이브리드 상담의 화상 링크
org-tables-video-room = 이 온라인 회의실의 화상 링크 (Zoom, Teams, Webex 등)
org-joined-at = { $who } 님이 { $time }에 참여했습니다.
org-not-joined = { $who } 님은 참여하지 않았습니다.
org-joins-propose-held = 양측 모두 화상 상담에 참여했습니다. 아래에서 진행됨으로 기록하세요.
org-joins-propose-no-show = 양측이 모두 참여하지는 않았습니다. 확인 후 아래에서 불참으로 기록하세요(다른 방법으로 만났다면 진행됨).
org-meeting-video = 이 상담의 화상 링크
org-meeting-video-hint = Zoom, Teams, Webex 등 https 링크: 참가기업·테이블 링크나 자동 생성 회의실 대신 사용됩니다. 참가자의 참여 링크는 그대로입니다.
org-flash-video-saved = 화상 링크를 저장했습니다.
org-grid-both-in = 온라인 · 모두 참여
org-grid-one-waiting = 온라인 · 한쪽 대기
org-grid-live = 접속 현황 실시간 보기
org-grid-live-on = { $seconds }초마다 새로고침
org-grid-live-stop = 새로고침 멈추기
org-grid-outside-hours = 바이어 가능 시간 밖
org-grid-outside-hours-hint = 이 온라인 상담은 바이어가 현지 시각으로 받을 수 있는 시간 밖에 있습니다. 옮기거나 바이어에게 확인하세요.
org-grid-online = 온라인
org-meeting-mode-title = 상담 방식
org-meeting-mode = 방식
org-meeting-mode-hint = 시간은 그대로입니다. 온라인으로 바꾸면 테이블 대신 온라인 방을 쓰고, 테이블·하이브리드로 바꾸면 빈 테이블을 배정합니다. 양측에 접속 링크가 담긴 새 초대장이 갑니다.
org-meeting-mode-save = 변경
org-flash-mode-changed = 변경했습니다. 양측에 새 초대장을 보냈습니다.
err-meeting-mode = 테이블, 온라인, 하이브리드 중에서 고르세요.

# 담당자용 시스템 상태 화면 (/organizer/status).
ops-status-title = 시스템 상태
ops-status-intro = 메일이 잘 나가는지, 마지막으로 어떤 문제가 있었는지, 데이터베이스 크기와 마지막 백업 시각을 보여 줍니다. 켜 두면 같은 수치가 /metrics 로 Prometheus 에도 갑니다.
ops-status-mail = 메일 발송
ops-status-mail-ok = 정상
ops-status-mail-attention = 확인 필요
ops-status-due = 지금 보낼 메일
ops-status-sent-day = 최근 24시간 발송
ops-status-reminders-due = 보낼 때가 된 알림 메일
ops-status-oldest = 가장 오래 기다린 메일
ops-status-minutes = { $count }분
ops-status-nothing-waiting = 기다리는 메일 없음
ops-status-last-error = 마지막 발송 오류
ops-status-no-error = 없음
ops-status-database = 데이터베이스
ops-status-backend = 종류
ops-status-size = 크기
ops-status-megabytes = { $size } MB
ops-status-migrations = 데이터베이스 변경
ops-status-migrations-done = 모두 적용됨
ops-status-migrations-pending = { $count }개 미적용: 서버를 다시 시작하세요
ops-status-backups = 백업
ops-status-backups-daily = 매일 { $dir } 에 저장, 최근 { $keep }개 보관
ops-status-backup-latest = 최근: { $file } ({ $time } UTC)
ops-status-backup-none-yet = 아직 없음
ops-status-backups-off = 서버가 직접 백업하지 않습니다: EXPOMATCH_BACKUP_DIR 를 설정하거나 cron 으로 expomatch backup 을 실행하세요 (README 참고)
ops-status-backups-postgres = pg_dump 로 백업합니다 (README 참고)
ops-status-server = 서버
ops-status-version = 버전
ops-status-uptime = 실행 시간
ops-status-worker = 이 서버의 메일 발송
ops-status-metrics = 지표(metrics) 엔드포인트
ops-status-proxies = 신뢰하는 리버스 프록시
ops-status-on = 켜짐
ops-status-off = 꺼짐
ops-mail-kind-staff_invitation = 담당자: 상담회 초대
ops-status-backend-name = { $name }
