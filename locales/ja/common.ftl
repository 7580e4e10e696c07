# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = 展示会
nav-suppliers = サプライヤー
nav-email = メール
nav-audit = 監査ログ
nav-personal-data = 個人情報
nav-staff = スタッフ
nav-my-agenda = マイ日程
nav-my-meetings = マイ商談
nav-requests = 商談リクエスト
nav-profile = プロフィール
nav-main = メインメニュー

role-organizer = 主催者
role-supplier = サプライヤー
role-buyer = バイヤー

frame-sign-out = ログアウト
frame-sign-in = ログイン
frame-footer = expomatch · 輸出商談会 · 時刻はあなたのタイムゾーンで表示し、会場の時刻を併記しています
frame-privacy = プライバシーポリシー
frame-your-data = あなたのデータ
frame-language = 言語

state-expo-draft = 下書き
state-expo-open = 受付中
state-expo-closed = 終了
state-supplier-unverified = メール未確認
state-supplier-pending = 承認待ち
state-supplier-approved = 承認済み
state-supplier-rejected = 不承認
state-request-pending = 回答待ち
state-request-accepted = 承諾済み
state-request-declined = 辞退
state-request-expired = 期限切れ
state-request-withdrawn = 取り下げ
state-request-scheduled = 日程確定
state-meeting-booked = 予約済み
state-meeting-held = 実施済み
state-meeting-no_show = 欠席
state-meeting-cancelled = キャンセル
state-mode-table = 会場のテーブル
state-mode-online = オンライン
state-mode-hybrid = ハイブリッド
state-message-pending = 待機中
state-message-sending = 送信中
state-message-sent = 配信済み
state-message-failed = 配信失敗
state-run-draft = 下書き
state-run-published = 公開済み
state-run-discarded = 破棄
state-progress-not_invited = 未招待
state-progress-invited = 招待済み
state-progress-signed_in = ログイン済み
state-progress-profile_complete = プロフィール完成
state-progress-meetings_booked = 商談予約済み
flash-email = { $email }

fmt-dates-tba = 日程未定
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = 会場時刻 { $time }

match-sector = ご関心の{ $sector }分野の企業です
match-serves = すでに{ $country }へ輸出しています
match-targets = { $country }市場への進出を希望しています
match-speaks = { $language }対応可
match-interpreter = 共通の言語がないため通訳が必要です
match-product = { $product }を製造（お探しの「{ $word }」に一致）
match-org-sector = バイヤーが関心を持つ{ $sector }分野の企業
match-org-speaks = 双方とも{ $language }対応可
match-org-product = { $product }を製造（バイヤーが探す「{ $word }」に一致）

## Joining an online meeting
join-title = 商談に参加
join-back = マイ商談に戻る
join-cancelled-heading = この商談はキャンセルされました
join-cancelled = 商談がキャンセルされたため、参加できません。最新の商談予定はマイ日程でご確認ください。
join-at-table-heading = この商談は会場のテーブルで行われます
join-at-table = この商談はオンラインではなく、会場の商談テーブルで行われます。テーブル番号はマイ日程でご確認ください。
join-not-yet-heading = ビデオ通話のリンクはまだ準備できていません
join-not-yet = 主催者がこの商談のビデオ会議室をまだ設定していません。開始直前にもう一度お試しいただくか、主催者からのメールにご返信ください。
join-button = 参加
nav-status = 状態
