# 오류 페이지(errpage-)와 입력 항목 오류(err-).

errpage-404-title = 페이지를 찾을 수 없습니다
errpage-404-text = 이 주소에는 페이지가 없습니다. 링크를 확인하시거나 첫 화면에서 다시 시작하세요.
errpage-no-file = 해당 파일이 없습니다.
errpage-403-title = 권한이 없습니다
errpage-400-title = 요청을 처리할 수 없습니다
errpage-400-text = 변경된 내용은 없습니다. 이전 화면으로 돌아가 다시 시도하세요. ({ $detail })
errpage-csrf-title = 다시 시도해 주세요
errpage-csrf-text = 입력 양식의 유효 시간이 지났거나 이 사이트에서 보낸 양식이 아니어서 변경된 내용이 없습니다. 이전 화면으로 돌아가 새로고침한 뒤 다시 제출하세요.
errpage-429-title = 시도 횟수 초과
errpage-429-text = 짧은 시간에 너무 많이 시도하셨습니다. 1분 정도 기다린 뒤 다시 시도하세요.
errpage-409-title = 처리하지 못했습니다
errpage-503-title = 접속이 많습니다
errpage-503-text = 서비스 이용자가 많거나 데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.
errpage-500-title = 오류가 발생했습니다
errpage-500-text = 예기치 못한 오류가 발생해 기록되었습니다. 다시 시도해 주세요.
errpage-quote-reference = 문의하실 때 다음 참조 번호를 알려 주세요:
errpage-go-home-own = 내 첫 화면으로 가기
errpage-go-home = 첫 화면으로 가기
errpage-wrong-account = 다른 유형의 계정이 사용하는 페이지입니다. 로그아웃한 뒤 맞는 계정으로 로그인하세요.
errpage-no-feed = 캘린더 구독은 바이어와 참가기업만 이용할 수 있습니다.

err-summary = 표시된 항목 { $count }개를 수정해 주세요. 아직 저장되지 않았습니다.
err-required = 필수 입력 항목입니다.
err-too-long = { $max }자 이내로 입력하세요(현재 { $count }자).
err-control = 제어 문자를 지워 주세요.
err-name-too-long = 120자 이내로 입력하세요.
err-name-control = 줄바꿈이나 탭을 지워 주세요.
err-email-invalid = name@company.com 형식의 이메일 주소를 입력하세요.
err-email-empty = 이메일 주소를 입력하세요.
err-email-too-long = 이메일 주소가 너무 깁니다.
err-country-unknown = “{ $value }”은(는) 알 수 없는 국가 코드입니다(VN, US처럼 영문 두 글자로 입력하세요).
err-timezone-unknown = “{ $value }”은(는) 알 수 없는 시간대입니다(Asia/Seoul 같은 이름을 사용하세요).
err-languages-none = 상담 가능한 언어를 하나 이상 선택하세요.
err-language-unknown = “{ $value }”은(는) 알 수 없는 언어입니다.
err-languages-too-many = 언어는 10개까지 선택할 수 있습니다.
err-sectors-none = 관심 분야를 하나 이상 선택하세요.
err-sectors-from-list = 목록에서 분야를 선택하세요.

err-book-not-open = 이 행사는 상담 예약을 받고 있지 않습니다.
err-book-not-yet = 상담 예약이 아직 시작되지 않았습니다.
err-book-closed = 상담 예약이 마감되었습니다. 상담을 변경하시려면 주관기관에 문의하세요.
err-book-by-requests = 이 행사는 상담 요청을 받아 주관기관이 일정을 잡습니다.
err-book-limit = 예약할 수 있는 상담 { $max }건을 모두 채웠습니다.
err-book-supplier-full = 이 참가기업의 상담 일정이 모두 찼습니다.
err-book-pair = 이 참가기업과 이미 상담이 예약되어 있습니다. 일정표에서 시간을 변경할 수 있습니다.
err-book-profile-first = 먼저 프로필을 완성해 주세요. 참가기업은 상담 전에 프로필을 봅니다.
err-book-no-such-slot = 이 행사의 상담 시간이 아닙니다.
err-book-past = 이미 지난 시간입니다.
err-book-busy = 그 시간에 이미 다른 상담이 있습니다.
err-book-supplier-busy = 참가기업이 그 시간에 상담할 수 없습니다.
err-book-started = 이미 시작된 상담입니다. 행사장의 주관기관에 알려 주세요.
err-move-same-time = 상담이 이미 그 시간에 잡혀 있습니다. 옮기려면 다른 시간을 고르거나, 그대로 두세요.

## Online meetings
err-video-too-long = 링크는 최대 { $max }자까지 입력할 수 있습니다.
err-video-not-a-link = https://로 시작하는 회의 링크 전체를 붙여 넣으세요.
err-video-https = 회의에는 보안 링크(https://)만 사용할 수 있습니다.
err-hours-time = 시간은 HH:MM 형식으로 입력하세요. 예: 08:00
err-hours-order = 종료 시간은 시작 시간보다 늦어야 합니다.
err-setup-meeting-mode = 현장 테이블, 온라인, 하이브리드 중에서 선택하세요.
err-setup-reminder-minutes = 0에서 240 사이의 분을 입력하세요.
errpage-staff-site-only = 사이트 관리자만 여는 페이지입니다. 맡은 상담회는 상담회 목록에 있습니다.
errpage-staff-refused = 이 상담회에서 맡은 역할로는 할 수 없는 작업입니다. 필요하면 상담회 주관 담당자에게 요청하세요.
errpage-staff-claimed = 방금 다른 기관이 이 참가기업을 맡았습니다. 아무것도 변경되지 않았습니다.
