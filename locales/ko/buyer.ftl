# 바이어 화면: 상담 일정, 참가기업 찾기, 프로필, 상담 요청, 상담 평가, 캘린더 구독.

buy-optional = (선택)
buy-back = 돌아가기
buy-reason-for-supplier = 참가기업에 전할 사유

## 홈: 내 상담
buy-home-my-meetings = 내 상담
buy-home-welcome = { $name }님, 환영합니다
buy-home-find-suppliers = 참가기업 찾기
buy-home-print = 인쇄
buy-home-zones = 내 시간대: { $own } · 행사장: { $venue }
buy-home-empty-before = 아직 예약한 상담이 없습니다.
buy-home-empty-after = 메뉴에서 상담 시간을 예약하세요.
buy-home-col-when = 일시 (내 시간)
buy-home-col-supplier = 참가기업
buy-home-col-table = 상담 테이블
buy-home-col-change = 변경
buy-home-different-day = 행사장 기준 다른 날짜
buy-home-interpreter = 통역: { $name }
buy-home-rated = 내 평가: { $rating }/5
buy-home-change = 변경
buy-home-rate = 이 상담 평가하기
buy-home-move = 시간 변경
buy-home-calendar = 캘린더
buy-home-cancel = 취소
buy-home-cancel-this = 이 상담 취소하기
buy-home-feed-made = { $date }에 만든 개인 주소로 캘린더 앱이 이 일정표를 받아 보고 있습니다. 주소를 잃어버리셨나요?
buy-home-feed-renew = 새 주소 만들기
buy-home-feed-renew-note = (기존 주소는 더 이상 작동하지 않습니다)
buy-home-feed-intro = 캘린더 앱에서 이 일정표를 항상 최신으로 받아 보세요:
buy-home-feed-make = 캘린더 구독 주소 받기
buy-home-checkin-alt = 내 참가 확인 코드
buy-home-checkin = 접수처에서 이 코드를 보여주세요.

## 참가기업 찾기
buy-dir-title = 참가기업
buy-dir-best-first = 내 프로필과 잘 맞는 기업부터 보여드립니다.
buy-dir-none-of = 참가기업 { $total }곳 중 조건에 맞는 기업이 없습니다.
buy-dir-of = (전체 { $matching }곳)
buy-dir-of-matching = (조건에 맞는 { $matching }곳, 전체 참가기업 { $total }곳)
buy-dir-search = 검색
buy-dir-search-hint = 회사명, 제품, 영문…
buy-dir-filters = { $count ->
    [0] 필터
   *[other] 필터 ({ $count }개 적용)
}
buy-dir-sector = 분야
buy-dir-any-sector = 전체 분야
buy-dir-sells-to = 수출 국가
buy-dir-any-market = 전체 국가
buy-dir-speaks = 상담 가능 언어
buy-dir-any-language = 전체 언어
buy-dir-experience = 수출 경험
buy-dir-any = 전체
buy-dir-exporting = 수출 중
buy-dir-new-to-export = 수출 초보
buy-dir-clear = 초기화
buy-dir-empty = 조건에 맞는 참가기업이 없습니다.
buy-dir-corrected = 다음 단어로도 찾았습니다: { $words }
buy-dir-show-all = 전체 참가기업 보기
buy-dir-match-score = 입력하신 관심사에 이 기업이 얼마나 맞는지
match-strong = 매우 적합
match-good = 적합
match-fair = 일부 적합
buy-dir-view-and-book = 보기 및 예약
buy-dir-pages = 참가기업 목록 페이지
buy-dir-previous = ← 이전
buy-dir-next = 다음 →
buy-dir-page-of = { $pages }쪽 중 { $page }쪽

## 상담 예약
buy-book-heading = 상담 예약
buy-book-move-heading = 상담 시간 변경
buy-book-taken = 방금 다른 분이 이 시간을 예약했습니다. 가장 가까운 빈 시간은 다음과 같습니다:

## 프로필
buy-prof-title = 내 프로필
buy-prof-welcome = 환영합니다 — 참가기업에 바이어님을 소개해 주세요
buy-prof-intro-first = 2분이면 충분합니다. 참가기업은 상담 전에 이 내용을 보며, 저희는 이를 바탕으로 가장 잘 맞는 기업을 추천합니다.
buy-prof-intro = 참가기업은 상담 전에 이 내용을 봅니다.
buy-prof-name = 성명
buy-prof-position = 직위
buy-prof-organisation = 소속 기관
buy-prof-country = 국가
buy-prof-timezone = 내 시간대
buy-prof-timezone-hint = 상담 시간은 이 시간대로 표시되며, 행사장 시간이 함께 표시됩니다.
buy-prof-languages = 상담 가능 언어
buy-prof-interpreter = 통역이 필요합니다
buy-prof-sectors = 구매 관심 분야
buy-prof-looking-for = 찾고 계신 제품은 무엇인가요?
buy-prof-looking-for-hint = 제품, 수량, 예정된 입찰 등을 적어 주세요. 이 내용을 참가기업의 주요 제품과 비교해 추천합니다.
buy-prof-save-first = 저장하고 참가기업 찾기
buy-prof-save = 저장

## 상담 평가
buy-rate-title = 상담 평가
buy-rate-crumb = 평가
buy-rate-heading = { $supplier }와(과)의 상담은 어떠셨나요?
buy-rate-table = 상담 테이블 { $table }
buy-rate-question = 이 상담이 귀사의 비즈니스에 얼마나 도움이 되었나요?
buy-rate-not-useful = 도움이 되지 않음
buy-rate-very-useful = 매우 도움이 됨
buy-rate-comment = 주관기관에 남길 의견 (선택)
buy-rate-private = 평가는 주관기관만 볼 수 있으며, 참가기업에는 공개되지 않습니다.
buy-rate-save = 평가 저장

## 상담 요청
buy-req-title = 상담 요청
buy-req-intro = 보낸 요청과 참가기업에서 받은 요청입니다. 수락된 요청은 주관기관이 일정을 잡아 드립니다.
buy-req-disabled = 이 행사는 상담을 직접 예약하는 방식이라 상담 요청을 사용하지 않습니다.
buy-req-empty = 아직 상담 요청이 없습니다. 참가기업 페이지에서 요청을 보낼 수 있습니다.
buy-req-col-direction = 구분
buy-req-col-priority = 우선순위
buy-req-col-status = 상태
buy-req-col-message = 메시지 / 답변
buy-req-request = 요청
buy-req-to-you = 받은 요청
buy-req-from-you = 보낸 요청
buy-req-priority-colon = 우선순위:
buy-req-must = 꼭 만나고 싶음
buy-req-would-like = 만나고 싶음
buy-req-expires = 답변이 없으면 { $when } (UTC)에 만료
buy-req-answer = 답변: { $reason }
buy-req-accept = 수락
buy-req-decline = 거절

## 캘린더 구독
buy-feed-title = 캘린더 구독 주소
buy-feed-ready = 캘린더 구독 주소가 준비되었습니다
buy-feed-how = 이 주소를 Outlook, Google 캘린더 또는 휴대폰 캘린더에 추가하세요("구독" 또는 "URL로 캘린더 추가"). 상담이 예약·변경·취소되면 자동으로 반영됩니다.
buy-feed-label = 캘린더 구독 주소
buy-feed-copy-now = 지금 복사해 두세요. 보안을 위해 이 주소는 한 번만 표시됩니다.
buy-feed-keep = 다른 사람과 공유하지 마세요. 주소를 아는 사람은 누구나 일정표를 볼 수 있습니다. 주소를 잃어버리면 새로 만드세요. 기존 주소는 그때부터 작동하지 않습니다.
buy-feed-open = 캘린더 앱에서 열기
buy-feed-back = 내 일정표로 돌아가기

## 알림 메시지
buy-flash-moved = 상담 시간이 변경되었습니다. 양측 모두에게 변경된 캘린더 초대장이 발송됩니다.
buy-flash-cancel-reason = 참가기업이 이해할 수 있도록 간단한 사유를 적어 주세요(500자 이내).
buy-flash-cancelled = 상담이 취소되었으며, 참가기업에 사유를 알렸습니다.
buy-flash-booked = 상담이 예약되었습니다. 캘린더 초대장이 포함된 확인 메일이 발송됩니다.
buy-flash-profile-complete = 환영합니다! 프로필 작성이 완료되었습니다. 아래에서 참가기업을 찾아보세요.
buy-flash-profile-saved = 프로필이 저장되었습니다.
buy-flash-choose-priority = 이 참가기업을 꼭 만나고 싶은지, 만나고 싶은지 선택해 주세요.
buy-flash-message-too-long = 메시지는 일반 텍스트 1,000자 이내로 작성해 주세요.
buy-flash-request-sent = 상담 요청을 보냈습니다. 참가기업이 답변하면 알려 드립니다.
buy-flash-decline-reason = 거절 사유를 참가기업에 간단히 적어 주세요(500자 이내).
buy-flash-accepted = 수락했습니다. 주관기관이 상담 일정을 잡아 드립니다.
buy-flash-declined = 거절했습니다. 참가기업에 사유를 알렸습니다.

## Online meetings
buy-prof-online = 온라인 상담
buy-prof-remote = 행사장에 올 수 없습니다: 모든 상담을 온라인(화상)으로 진행합니다.
buy-prof-hours-from = 온라인 상담 가능 시작 (현지 시각)
buy-prof-hours-to = 종료
buy-prof-hours-hint = 온라인 상담은 현지 시각 기준 이 시간 안에서 잡습니다.
