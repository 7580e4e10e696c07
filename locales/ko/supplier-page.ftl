# 바이어가 보는 참가기업 페이지(참가기업의 미리 보기 포함).

sup-page-book = 상담 예약
sup-page-about = 회사 소개
sup-page-sectors = 수출 분야
sup-page-exports-to = 현재 수출국
sup-page-new-to-export = 수출 초보 기업
sup-page-wants = 수출 희망국
sup-page-speaks = 상담 가능 언어
sup-page-company = 기업 규모
sup-page-founded = { $year }년 설립
sup-page-catalogue = 카탈로그
sup-page-open-catalogue = 카탈로그 보기
sup-page-why = 추천 이유
sup-page-no-time = 이 참가기업은 남은 상담 시간이 없습니다.
sup-page-times-hint = 시간은 현재 계신 지역 기준이며, 행사장 시간이 함께 표시됩니다. 클릭 한 번으로 예약되며 상담 테이블은 자동으로 배정됩니다.
sup-page-different-day = 행사장 기준으로는 다른 날짜
sup-page-current = 현재 시간
sup-page-current-hint = 상담을 옮기려면 아래에서 다른 시간을 고르세요. 두 분 모두 갱신된 캘린더 일정을 받습니다.
sup-page-request-heading = 또는 상담 요청 보내기
sup-page-request-hint = 수락된 요청은 주관기관이 일정에 배정하며, 꼭 만나고 싶은 요청이 먼저 배정됩니다.
sup-page-must-meet = 이 기업을 꼭 만나고 싶습니다
sup-page-would-like = 만나 보고 싶습니다
sup-page-message = 메시지
sup-page-optional = (선택)
sup-page-send-request = 요청 보내기
sup-page-products = 주요 제품
sup-page-no-products = 아직 등록된 제품이 없습니다.
sup-page-product = 제품
sup-page-description = 설명
sup-page-hs-code = HS 코드

## 거절된 상담 요청 (바이어에게 표시)

sup-page-request-profile-first = 먼저 프로필을 완성해 주세요.
sup-page-request-disabled = 이 상담회는 상담 요청을 받지 않습니다.
sup-page-request-open = 이 참가기업에 이미 진행 중인 상담 요청이 있습니다.
sup-page-request-answered = 이미 답변한 요청입니다.
sup-page-outside-hours = 희망 시간 외
