# Machine-assisted translation awaiting native review.
# Error pages (errpage-) and form field errors (err-).

errpage-404-title = ページが見つかりません
errpage-404-text = このアドレスには何もありません。リンクを確認するか、トップページからやり直してください。
errpage-no-file = そのファイルはありません。
errpage-403-title = 許可されていません
errpage-400-title = リクエストを読み取れませんでした
errpage-400-text = 何も変更されていません。前の画面に戻ってもう一度お試しください。（{ $detail }）
errpage-csrf-title = もう一度お試しください
errpage-csrf-text = このフォームは期限切れか、このサイトから送信されたものではないため、何も変更されていません。前の画面に戻り、ページを再読み込みしてから再送信してください。
errpage-429-title = 試行回数が多すぎます
errpage-429-text = 短時間に何度も試行されました。1分ほど待ってからもう一度お試しください。
errpage-409-title = 処理できませんでした
errpage-503-title = ただいま混み合っています
errpage-503-text = サービスが非常に混み合っているか、データベースに接続できません。しばらくしてからもう一度お試しください。
errpage-500-title = エラーが発生しました
errpage-500-text = 予期しないエラーが発生し、記録されました。もう一度お試しください。
errpage-quote-reference = お問い合わせの際は、この参照番号をお伝えください：
errpage-go-home-own = あなたのホームへ
errpage-go-home = トップページへ
errpage-wrong-account = このページは別の種類のアカウント用です。ログアウトして、正しいアカウントでログインしてください。
errpage-no-feed = カレンダー購読はバイヤーとサプライヤーのみ利用できます。

err-summary = 下の印の付いた { $count } 件の項目を修正してください。まだ保存されていません。
err-required = この項目は必須です。
err-too-long = { $max } 文字以内で入力してください（現在 { $count } 文字）。
err-control = 制御文字を削除してください。
err-name-too-long = 120 文字以内で入力してください。
err-name-control = 改行やタブを削除してください。
err-email-invalid = name@company.com のような形式でメールアドレスを入力してください。
err-email-empty = メールアドレスを入力してください。
err-email-too-long = このメールアドレスは長すぎます。
err-country-unknown = 「{ $value }」は認識できない国コードです（VN や US のように英字2文字で入力してください）。
err-timezone-unknown = 「{ $value }」は認識できないタイムゾーンです（Asia/Seoul のような名前を使ってください）。
err-languages-none = 商談できる言語を1つ以上選んでください。
err-language-unknown = 「{ $value }」は認識できない言語です。
err-languages-too-many = 言語は10個まで選べます。
err-sectors-none = 関心のある分野を1つ以上選んでください。
err-sectors-from-list = 一覧から分野を選んでください。

err-book-not-open = この展示会は予約を受け付けていません。
err-book-not-yet = 予約の受付はまだ始まっていません。
err-book-closed = 予約の受付は終了しました。商談を変更するには主催者にお問い合わせください。
err-book-by-requests = この展示会では、主催者がリクエストをもとに商談の日程を組みます。
err-book-limit = 商談の上限（{ $max } 件）に達しました。
err-book-supplier-full = このサプライヤーの日程は埋まっています。
err-book-pair = このサプライヤーとはすでに商談があります。日程から時間を変更できます。
err-book-profile-first = 先にプロフィールを完成させてください。サプライヤーは商談前にプロフィールを確認します。
err-book-no-such-slot = その時間はこの展示会の商談枠ではありません。
err-book-past = その時間はすでに過ぎています。
err-book-busy = その時間にはすでに別の商談があります。
err-book-supplier-busy = サプライヤーはその時間に対応できません。
err-book-started = この商談はすでに始まっています。会場の主催者にお知らせください。
err-move-same-time = 商談はすでにその時間に予約されています。時間を変更する場合は別の時間を選ぶか、そのままにしてください。

## Online meetings
err-video-too-long = リンクは { $max } 文字以内で入力してください。
err-video-not-a-link = https:// で始まる会議リンクを、省略せずにすべて貼り付けてください。
err-video-https = 商談に使えるのは安全なリンク（https://）のみです。
err-hours-time = 時刻は HH:MM の形式で入力してください（例：08:00）。
err-hours-order = 終了時刻は開始時刻より後にしてください。
err-setup-meeting-mode = 会場のテーブル、オンライン、ハイブリッドのいずれかを選んでください。
err-setup-reminder-minutes = 0〜240 の分数を入力してください。
