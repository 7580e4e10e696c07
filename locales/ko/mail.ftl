# 이메일과 일정 파일 (src/mail, templates/mail). 키 접두어: mail-.

## 공통

mail-dear = { $name } 님께,
mail-hello = 안녕하세요.
mail-hello-name = { $name } 님, 안녕하세요.
mail-layout-why = expomatch로 진행되는 수출상담회에 참가하고 계셔서 이 메일을 보내 드립니다.
mail-privacy-text = 개인정보 처리방침: { $url }
mail-privacy-link = 개인정보 처리방침
mail-open-agenda = 내 일정표 보기
mail-open-expomatch = expomatch 열기
mail-your-agenda = 내 일정표: { $link }
mail-reason = 사유: { $reason }
mail-table = { $table }번 상담 테이블

## 초청 (바이어)

mail-invitation-subject = 초청 안내: { $expo }
mail-invitation-intro = { $venue }에서 열리는 { $expo }에 초대합니다. 선정된 참가기업과 1:1 수출상담을 하실 수 있습니다.
mail-invitation-open = 아래 개인 링크를 열어 프로필을 작성하고 상담을 예약하세요.
mail-invitation-button = 프로필 작성하고 상담 예약하기
mail-invitation-validity = 이 링크로 바로 로그인됩니다. 한 번만, { $days }일 동안 사용할 수 있으며, 이후에는 로그인 페이지에서 언제든 새 링크를 요청하실 수 있습니다.
mail-invitation-when = 상담 일정
mail-invitation-where = 장소
mail-invitation-deadline = 예약 마감
mail-invitation-organizer = 주최
mail-invitation-reply = 문의 사항은 이 이메일에 회신하시면 주최 측이 답변해 드립니다.

## 로그인 링크

mail-signin-subject = expomatch 로그인 링크
mail-signin-intro = expomatch 로그인 링크를 보내 드립니다.
mail-signin-button = expomatch 로그인
mail-signin-validity = 이 링크는 한 번만, 앞으로 { $minutes }분 동안 사용할 수 있습니다. 요청하신 적이 없다면 이 메일은 무시하셔도 됩니다. 링크 없이는 아무도 로그인할 수 없습니다.

## 참가기업 계정: 이메일 확인, 기존 계정 안내, 비밀번호 재설정

mail-verify-subject = expomatch 이메일 주소를 확인해 주세요
mail-verify-intro = { $expo }에 { $company }을(를) 참가 신청해 주셔서 감사합니다.
mail-verify-confirm-text = 아래 링크로 이메일 주소를 확인해 주세요.
mail-verify-confirm-html = 이메일 주소를 확인해 주세요.
mail-verify-button = 이메일 주소 확인
mail-verify-validity = 이 링크는 한 번만, 앞으로 { $days }일 동안 사용할 수 있습니다. 확인하시면 주관기관이 신청 내용을 검토하며, 승인되면 메일로 알려 드립니다.
mail-verify-ignore = 신청하신 적이 없다면 이 메일은 무시하셔도 됩니다.

mail-exists-subject = 이미 expomatch 계정이 있습니다
mail-exists-your-company = 귀사
mail-exists-intro = 누군가(아마 본인)가 이 이메일 주소로 { $expo }에 기업 참가 신청을 하려 했지만, 이 주소로 이미 expomatch 계정({ $company })이 있습니다.
mail-exists-how-text = 비밀번호로 로그인하시거나, 아래 링크로 새 비밀번호를 설정하세요.
mail-exists-how-html = 비밀번호로 로그인하시거나, 새 비밀번호를 설정하세요.
mail-exists-validity = 이 링크는 한 번만, 앞으로 { $minutes }분 동안 사용할 수 있습니다. 본인이 아니라면 이 메일은 무시하셔도 됩니다. 아무것도 바뀌지 않았습니다.

mail-reset-subject = expomatch 비밀번호 재설정
mail-reset-intro = expomatch 비밀번호를 새로 설정할 수 있는 링크를 보내 드립니다.
mail-reset-button = 새 비밀번호 설정
mail-reset-validity = 이 링크는 한 번만, 앞으로 { $minutes }분 동안 사용할 수 있습니다. 요청하신 적이 없다면 이 메일은 무시하셔도 됩니다. 비밀번호는 그대로 유지됩니다.

## 상담 예약·변경·취소

mail-meeting-booked-subject = 상담 예약 확정: { $counterpart } · { $when }
mail-meeting-moved-subject = 상담 시간 변경: { $counterpart } · 변경 후 { $when }
mail-meeting-cancelled-subject = 상담 취소: { $counterpart } · { $when }
mail-meeting-booked-headline = { $counterpart }와(과)의 상담이 예약되었습니다.
mail-meeting-moved-headline = { $counterpart }와(과)의 상담 시간이 변경되었습니다.
mail-meeting-cancelled-headline = { $counterpart }와(과)의 상담이 취소되었습니다.
mail-meeting-booked-note = 첨부된 초대 파일을 열면 상담이 캘린더에 추가됩니다.
mail-meeting-moved-note = 첨부된 초대 파일을 열면 캘린더의 상담 시간이 변경됩니다.
mail-meeting-cancelled-note = 첨부된 파일을 열면 캘린더에서 상담이 삭제됩니다.
mail-meeting-table-subject = 상담 테이블 변경: { $counterpart } · { $when }
mail-meeting-table-headline = { $counterpart }와(과)의 상담은 시간은 그대로이고 테이블만 바뀌었습니다.
mail-meeting-mode-subject = 상담 방식 변경: { $counterpart } · { $when }
mail-meeting-mode-headline = { $counterpart }와(과)의 상담은 시간은 그대로이고 상담 방식이 바뀌었습니다(아래 장소 참고).
mail-meeting-no-show-subject = 불참으로 기록됨: { $counterpart } · { $when }
mail-meeting-no-show-headline = { $counterpart }와(과)의 상담이 불참으로 기록되어 그 시간은 다시 비었습니다. 잘못된 기록이면 이 메일에 회신해 주세요.
mail-meeting-no-show-note = 첨부된 파일을 열면 캘린더에서 상담이 삭제됩니다.
mail-meeting-restored-subject = 상담 유지: { $counterpart } · { $when }
mail-meeting-restored-headline = { $counterpart }와(과)의 상담에 대한 불참 기록이 잘못되어 취소되었습니다. 상담은 예정대로 유지됩니다.
mail-meeting-with = 상담 상대
mail-meeting-when = 일시
mail-meeting-where = 장소
mail-meeting-reason = 사유
mail-meeting-place = { $venue }, { $table }번 상담 테이블
mail-meeting-venue-time = { $when } (현지 시각)

mail-slot-freed-subject = { $supplier } 상담 시간이 비었습니다
mail-slot-freed-headline = { $supplier }와(과)의 상담 시간이 방금 비었습니다: { $when }. 상담을 요청하셨던 기업이니, 다른 바이어보다 먼저 예약하세요.

## 상담 요청

mail-request-received-subject = 상담 요청: { $name }
mail-request-received-headline = { $name }에게서 상담 요청이 왔습니다.
mail-request-accepted-subject = 상담 요청 수락: { $name }
mail-request-accepted-headline = { $name }이(가) 상담 요청을 수락했습니다. 주관기관이 상담 일정을 잡아 드립니다.
mail-request-declined-subject = 상담 요청 거절: { $name }
mail-request-declined-headline = { $name }이(가) 상담 요청을 거절했습니다.
mail-request-expired-subject = 상담 요청 만료: { $name }
mail-request-expired-headline = { $name }에게 보낸 상담 요청이 { $days }일 안에 답변이 없어 만료되었습니다. 상담 요청 기간 중에는 새로 요청하실 수 있습니다.

## 일정표와 전날 알림

mail-agenda-published-subject = { $expo } 상담 일정
mail-agenda-reminder-subject = 내일 { $venue }에서 상담 { $count }건
mail-agenda-published-headline = { $expo } 상담 일정이 확정되었습니다: 상담 { $count }건.
mail-agenda-reminder-headline = 내일 { $day }에 상담 { $count }건이 있습니다.
mail-agenda-none = (상담 없음)
mail-agenda-interpreter = 통역 { $name }
mail-agenda-calendar-note = 첨부된 캘린더 파일로 이 상담들을 캘린더에 추가할 수 있습니다. 나중에 상담이 변경되거나 취소되면 그 안내 메일이 같은 일정을 갱신합니다.

## 일정 파일

mail-cal-summary = 수출상담: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } 님과 { $supplier } 상담 ({ $table }번 테이블)
mail-cal-location = { $venue } — { $table }번 테이블
mail-cal-alarm = 15분 후 상담이 시작됩니다
mail-cal-feed-name = 수출상담 일정

## 참가 신청 승인·반려

mail-supplier-approved-subject = 참가 승인: { $expo }
mail-supplier-rejected-subject = 참가 신청 반려: { $expo }
mail-supplier-approved-headline = { $name }의 { $expo } 참가가 승인되었습니다. 이제 바이어가 귀사를 찾아 상담을 예약할 수 있습니다.
mail-supplier-rejected-headline = { $name }의 { $expo } 참가 신청이 승인되지 않았습니다.

## 사후 성과 조사 (참가기업)

mail-followup-subject = { $expo } { $months }개월 후: 상담 성과를 알려 주세요
mail-followup-since = { $expo } 이후 { $months }개월이 지났습니다.
mail-followup-meetings = 상담 { $count }건
mail-followup-headline = { $since } { $meetings }의 성과는 어떠셨나요?
mail-followup-why = 답변해 주신 내용은 이번 상담회가 우리 기업의 수출에 얼마나 도움이 되었는지 파악하는 데 쓰입니다. 성과가 없었더라도 상담별로 결과를 입력해 주세요.
mail-followup-so-far = 현재 입력된 결과: { $result }
mail-followup-no-result = 아직 입력된 결과 없음
mail-followup-update = 결과 입력: { $link }
mail-followup-update-link = 결과 입력하기
mail-followup-sign-in = 로그인
mail-followup-sign-in-note = (링크는 한 번만, { $days }일 동안 사용할 수 있습니다.)
mail-followup-sign-in-text = 아래 링크로 로그인하세요(한 번만, { $days }일 동안 사용 가능): { $link }
mail-interest-none = 관심 없음
mail-interest-follow-up = 후속 상담 합의
mail-interest-sample-or-quote = 샘플·견적 요청
mail-interest-contract-expected = 계약 추진 중
mail-interest-contract-signed = 계약 체결

## Online meetings
mail-meeting-online = 온라인 (화상 상담)
mail-meeting-video = 참여
mail-join-button = 화상 상담 참여하기
mail-join-line = 화상 상담 참여: { $link }
mail-cal-location-online = 온라인: { $link }
mail-cal-online-description = { $expo } · 온라인 상담.
mail-reminder-soon-subject = { $minutes }분 후 시작: { $counterpart }
mail-reminder-soon-headline = { $counterpart }와(과)의 상담이 { $minutes }분 후에 시작합니다.
mail-reminder-soon-turn-off = 이 알림 받지 않기: { $link }

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = 통역 배정: { $buyer }, { $when }
mail-interp-assigned-headline = { $buyer }와(과) { $supplier }의 상담 통역을 맡게 되었습니다.
mail-interp-released-subject = 통역 배정 해제: { $buyer }, { $when }
mail-interp-released-headline = { $buyer }와(과) { $supplier }의 상담 통역 배정이 해제되었습니다. 감사합니다.
mail-interp-updated-subject = 변경: 통역하실 상담, { $buyer }, { $when }
mail-interp-updated-headline = 통역하실 { $buyer }와(과) { $supplier }의 상담이 변경되었습니다. 현재 일정은 아래와 같습니다.
mail-interp-cancelled-subject = 취소: 통역하실 상담, { $buyer }, { $when }
mail-interp-cancelled-headline = 통역하실 예정이던 { $buyer }와(과) { $supplier }의 상담이 열리지 않습니다.
mail-interp-buyer = 바이어
mail-interp-supplier = 공급기업
mail-interp-agenda = 통역 일정표: { $link }
mail-interp-open-agenda = 통역 일정표 보기
mail-staff-subject = expomatch에서 { $expo } 운영에 초대합니다
mail-staff-intro = { $inviter } 님이 expomatch에서 { $expo } 운영에 귀하를 초대했습니다.
mail-staff-role = 역할
mail-staff-open = 아래 개인 링크로 로그인하세요:
mail-staff-button = expomatch 로그인
mail-staff-password = 로그인한 뒤 "비밀번호 변경"에서 비밀번호를 정할 수 있습니다.
