# Machine-assisted translation awaiting native review.
# サプライヤーの公開ページ（バイヤー向け、およびサプライヤー自身のプレビュー）。

sup-page-book = 商談を予約
sup-page-about = 会社概要
sup-page-sectors = 分野
sup-page-exports-to = 現在の輸出先
sup-page-new-to-export = 輸出は初めて
sup-page-wants = 販売を希望する国
sup-page-speaks = 対応言語
sup-page-company = 企業規模
sup-page-founded = { $year }年設立
sup-page-catalogue = カタログ
sup-page-open-catalogue = カタログを開く
sup-page-why = おすすめの理由
sup-page-no-time = このサプライヤーには空いている時間がありません。
sup-page-times-hint = 時刻はお住まいのタイムゾーンで表示し、会場の時刻を併記しています。クリック一回で予約でき、テーブルは自動で割り当てられます。
sup-page-different-day = 会場では別の日付
sup-page-current = 現在の予約時間
sup-page-current-hint = 商談の時間を変更するには、下から別の時間を選んでください。双方に更新されたカレンダーの予定が届きます。
sup-page-request-heading = または商談リクエストを送る
sup-page-request-hint = 承諾されたリクエストは主催者が日程に組み込みます。「必ず会いたい」リクエストが優先されます。
sup-page-must-meet = このサプライヤーに必ず会いたい
sup-page-would-like = できれば会いたい
sup-page-message = メッセージ
sup-page-optional = （任意）
sup-page-send-request = リクエストを送信
sup-page-products = 製品
sup-page-no-products = まだ製品が登録されていません。
sup-page-product = 製品
sup-page-description = 説明
sup-page-hs-code = HSコード

sup-page-request-profile-first = 先にプロフィールを完成させてください。
sup-page-request-disabled = この展示会では商談リクエストを使用していません。
sup-page-request-open = このサプライヤーへのリクエストがすでに受付中です。
sup-page-request-answered = このリクエストにはすでに回答済みです。
sup-page-outside-hours = ご希望の時間外
