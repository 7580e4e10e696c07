# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = （任意）
buy-back = 戻る
buy-reason-for-supplier = サプライヤーへの理由

## Home: my meetings
buy-home-my-meetings = マイ商談
buy-home-welcome = ようこそ、{ $name } さん
buy-home-find-suppliers = サプライヤーを探す
buy-home-print = 印刷
buy-home-zones = あなたの時刻：{ $own } · 会場：{ $venue }
buy-home-empty-before = まだ予約した商談はありません。
buy-home-empty-after = から時間を予約してください。
buy-home-col-when = 日時（あなたの時刻）
buy-home-col-supplier = サプライヤー
buy-home-col-table = テーブル
buy-home-col-change = 変更
buy-home-different-day = 会場では別の日付
buy-home-interpreter = 通訳：{ $name }
buy-home-rated = あなたの評価：{ $rating }/5
buy-home-change = 変更
buy-home-rate = この商談を評価する
buy-home-move = 時間を変更
buy-home-calendar = カレンダー
buy-home-cancel = キャンセル
buy-home-cancel-this = この商談をキャンセル
buy-home-feed-made = カレンダーアプリは、{ $date } に作成した専用アドレスでこの日程を同期しています。アドレスを紛失しましたか？
buy-home-feed-renew = 新しいアドレスを作成
buy-home-feed-renew-note = （古いアドレスは使えなくなります）
buy-home-feed-intro = カレンダーアプリでこの日程を常に最新に保てます：
buy-home-feed-make = カレンダーのアドレスを取得
buy-home-checkin-alt = チェックイン用コード
buy-home-checkin = 受付でこのコードを提示してください。

## Supplier directory
buy-dir-title = サプライヤー
buy-dir-best-first = あなたのプロフィールに合う順に表示しています。
buy-dir-none-of = { $total } 社のサプライヤーのうち、条件に合うものはありません。
buy-dir-of = （全 { $matching } 社）
buy-dir-of-matching = （条件に合う { $matching } 社、全 { $total } 社）
buy-dir-search = 検索
buy-dir-search-hint = 会社名、製品、한글…
buy-dir-filters = { $count ->
    [0] 絞り込み
   *[other] 絞り込み（{ $count } 件適用）
}
buy-dir-sector = 分野
buy-dir-any-sector = すべての分野
buy-dir-sells-to = 輸出先
buy-dir-any-market = すべての市場
buy-dir-speaks = 対応言語
buy-dir-any-language = すべての言語
buy-dir-experience = 輸出経験
buy-dir-any = 指定なし
buy-dir-exporting = 輸出実績あり
buy-dir-new-to-export = 輸出は初めて
buy-dir-clear = クリア
buy-dir-empty = この条件に合うサプライヤーはありません。
buy-dir-corrected = 次の語に一致するサプライヤーも表示しています：{ $words }
buy-dir-show-all = すべてのサプライヤーを表示
buy-dir-match-score = ご入力の内容にこのサプライヤーがどれだけ合うか
match-strong = とても合う
match-good = 合う
match-fair = やや合う
buy-dir-view-and-book = 詳細と予約
buy-dir-pages = サプライヤー一覧のページ
buy-dir-previous = ← 前へ
buy-dir-next = 次へ →
buy-dir-page-of = { $page } / { $pages } ページ

## Booking (the supplier's page)
buy-book-heading = 商談を予約
buy-book-move-heading = 商談の時間を変更
buy-book-taken = この時間はたった今ほかの人に予約されました。近くの空き時間は次のとおりです：

## Profile
buy-prof-title = プロフィール
buy-prof-welcome = ようこそ — サプライヤーにあなたのことを教えてください
buy-prof-intro-first = 2分で終わります。サプライヤーは商談の前にこの内容を確認し、私たちはこれをもとに最適なサプライヤーをおすすめします。
buy-prof-intro = サプライヤーは商談の前にこの内容を確認します。
buy-prof-name = お名前
buy-prof-position = 役職
buy-prof-organisation = 所属
buy-prof-country = 国・地域
buy-prof-timezone = タイムゾーン
buy-prof-timezone-hint = 商談時刻はこのタイムゾーンで表示し、会場の時刻を併記します。
buy-prof-languages = 商談できる言語
buy-prof-interpreter = 通訳が必要です
buy-prof-sectors = 購買対象の分野
buy-prof-looking-for = お探しのものは何ですか？
buy-prof-looking-for-hint = 製品、数量、予定している入札など。これらの語をサプライヤーの製品と照合します。
buy-prof-save-first = 保存してサプライヤーを探す
buy-prof-save = 保存

## Rating a meeting
buy-rate-title = 商談の評価
buy-rate-crumb = 評価
buy-rate-heading = { $supplier } との商談はいかがでしたか？
buy-rate-table = テーブル { $table }
buy-rate-question = この商談はあなたのビジネスにどの程度役立ちましたか？
buy-rate-not-useful = 役に立たなかった
buy-rate-very-useful = とても役立った
buy-rate-comment = 主催者へのコメント（任意）
buy-rate-private = 評価は主催者だけが閲覧し、サプライヤーには表示されません。
buy-rate-save = 評価を保存

## Requests
buy-req-title = 商談リクエスト
buy-req-intro = あなたが送ったリクエストと、サプライヤーから届いたリクエストです。承諾されたものは主催者が日程を組みます。
buy-req-disabled = この展示会では商談を直接予約します。リクエストは使いません。
buy-req-empty = リクエストはまだありません。サプライヤーのページから送ることができます。
buy-req-col-direction = 方向
buy-req-col-priority = 優先度
buy-req-col-status = 状態
buy-req-col-message = メッセージ / 回答
buy-req-request = リクエスト
buy-req-to-you = あなた宛て
buy-req-from-you = あなたから
buy-req-priority-colon = 優先度：
buy-req-must = 必ず会いたい
buy-req-would-like = できれば会いたい
buy-req-expires = 回答がなければ { $when } UTC に期限切れ
buy-req-answer = 回答：{ $reason }
buy-req-accept = 承諾
buy-req-decline = 辞退

## Calendar subscription
buy-feed-title = カレンダーのアドレス
buy-feed-ready = カレンダーのアドレスができました
buy-feed-how = このアドレスを Outlook、Google カレンダー、またはスマートフォンに追加してください（「購読」または「URL でカレンダーを追加」）。商談の予約・変更・キャンセル時に自動で更新されます。
buy-feed-label = カレンダー購読アドレス
buy-feed-copy-now = 今すぐコピーしてください。安全のため、表示されるのはこの一度だけです。
buy-feed-keep = 他人に教えないでください。このアドレスを知っている人は誰でもあなたの日程を見られます。紛失した場合は新しく作成してください。古いアドレスは使えなくなります。
buy-feed-open = カレンダーアプリで開く
buy-feed-back = 日程に戻る

## Flash messages
buy-flash-moved = 商談の時間を変更しました。双方に更新されたカレンダー招待が届きます。
buy-flash-cancel-reason = サプライヤーに伝わるよう、短い理由（500文字以内）を入力してください。
buy-flash-cancelled = 商談をキャンセルし、サプライヤーに理由を伝えました。
buy-flash-booked = 商談を予約しました。カレンダー招待付きの確認メールをお送りします。
buy-flash-profile-complete = ようこそ！プロフィールが完成しました。下のリストからサプライヤーを探してください。
buy-flash-profile-saved = プロフィールを保存しました。
buy-flash-choose-priority = このサプライヤーに必ず会いたいか、できれば会いたいかを選んでください。
buy-flash-message-too-long = メッセージはプレーンテキストで1,000文字未満にしてください。
buy-flash-request-sent = リクエストを送りました。サプライヤーが回答したらお知らせします。
buy-flash-decline-reason = 辞退の理由を短く（500文字以内）サプライヤーに伝えてください。
buy-flash-accepted = 承諾しました。主催者が商談の日程を組みます。
buy-flash-declined = 辞退しました。サプライヤーに理由を伝えました。

## Online meetings
buy-prof-online = オンライン商談
buy-prof-remote = 会場に行けません：すべての商談をオンライン（ビデオ）で行います。
buy-prof-hours-from = オンライン商談の開始（現地時刻）
buy-prof-hours-to = 終了
buy-prof-hours-hint = オンライン商談はあなたの現地時刻のこの時間内に組まれます。
