# 모든 화면에 공통: 메뉴, 역할, 상태, 화면 틀.

nav-expos = 상담회
nav-suppliers = 참가 기업
nav-email = 메일
nav-audit = 작업 기록
nav-personal-data = 개인정보
nav-staff = 담당자
nav-my-agenda = 상담 일정
nav-my-meetings = 내 상담
nav-requests = 상담 요청
nav-profile = 프로필
nav-main = 주 메뉴

role-organizer = 주관기관
role-supplier = 참가 기업
role-buyer = 바이어

frame-sign-out = 로그아웃
frame-sign-in = 로그인
frame-footer = expomatch · 수출상담회 · 시간은 사용자의 시간대로 표시되며 현지(행사장) 시간이 함께 표시됩니다
frame-privacy = 개인정보 처리방침
frame-your-data = 내 정보
frame-language = 언어

state-expo-draft = 준비 중
state-expo-open = 진행 중
state-expo-closed = 종료
state-supplier-unverified = 이메일 미인증
state-supplier-pending = 승인 대기
state-supplier-approved = 승인됨
state-supplier-rejected = 승인 거절
state-request-pending = 대기 중
state-request-accepted = 수락됨
state-request-declined = 거절됨
state-request-expired = 기한 만료
state-request-withdrawn = 철회됨
state-request-scheduled = 일정 확정
state-meeting-booked = 예약됨
state-meeting-held = 상담 완료
state-meeting-no_show = 불참
state-meeting-cancelled = 취소됨
state-mode-table = 현장 테이블
state-mode-online = 온라인
state-mode-hybrid = 하이브리드
state-message-pending = 발송 대기
state-message-sending = 발송 중
state-message-sent = 전달됨
state-message-failed = 전달 실패
state-run-draft = 초안
state-run-published = 게시됨
state-run-discarded = 폐기됨
state-improve-running = 진행 중
state-improve-proven = 최적임이 증명됨
state-improve-budget = 시간 예산 소진
state-improve-stopped = 중지됨
state-improve-too_large = 정확한 방법으로 풀기에 너무 큼
state-improve-draft_gone = 초안이 게시되었거나 폐기됨
state-improve-lost = 서버가 중지됨
state-improve-failed = 실패
state-progress-not_invited = 초대 전
state-progress-invited = 초대됨
state-progress-signed_in = 로그인함
state-progress-profile_complete = 프로필 작성 완료
state-progress-meetings_booked = 상담 예약 완료
flash-email = { $email }

fmt-dates-tba = 일정 추후 공지
fmt-venue-time = 현지 시간 { $time }

match-sector = 관심 분야인 { $sector } 분야 기업입니다
match-serves = 이미 { $country }에 수출하고 있습니다
match-targets = { $country } 시장 진출을 희망합니다
match-speaks = { $language } 가능
match-interpreter = 공통 언어가 없어 통역이 필요합니다
match-product = { $product } 생산 (찾으시는 “{ $word }”와 일치)
match-org-sector = 바이어의 관심 분야인 { $sector } 분야 기업
match-org-speaks = 양측 모두 { $language } 가능
match-org-product = { $product } 생산 (바이어가 찾는 “{ $word }”와 일치)

## Joining an online meeting
join-title = 상담 참여
join-back = 내 일정으로 돌아가기
join-cancelled-heading = 취소된 상담입니다
join-cancelled = 이 상담은 취소되어 참여할 수 없습니다. 현재 일정은 내 일정에서 확인하세요.
join-at-table-heading = 현장 테이블 상담입니다
join-at-table = 이 상담은 온라인이 아니라 행사장의 상담 테이블에서 진행됩니다. 테이블 번호는 내 일정에서 확인하세요.
join-not-yet-heading = 화상 상담 링크가 아직 준비되지 않았습니다
join-not-yet = 주최 측이 아직 이 상담의 화상 회의실을 설정하지 않았습니다. 시작 직전에 다시 시도하거나 주최 측 이메일에 회신해 주세요.
join-button = 참여
nav-status = 시스템 상태
state-staff-owner = 주관 담당자
state-staff-cohost = 공동 주관기관 담당자
state-staff-onsite = 현장 요원
state-staff-viewer = 열람자
