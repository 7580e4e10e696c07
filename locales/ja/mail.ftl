# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = { $name } 様
mail-hello = こんにちは。
mail-hello-name = { $name } 様
mail-layout-why = このメールは、expomatch で運営される輸出商談会にご参加いただいている方にお送りしています。
mail-privacy-text = 個人情報の取り扱い（プライバシーポリシー）：{ $url }
mail-privacy-link = プライバシーポリシー
mail-open-agenda = 日程表を開く
mail-open-expomatch = expomatch を開く
mail-your-agenda = 日程表：{ $link }
mail-reason = 理由：{ $reason }
mail-table = 商談テーブル { $table }

mail-invitation-subject = ご招待：{ $expo }
mail-invitation-intro = { $venue } で開催される { $expo } にご招待いたします。厳選された韓国企業と 1 対 1 の輸出商談を行っていただけます。
mail-invitation-open = 専用リンクを開いて、プロフィールの入力と商談の予約を行ってください：
mail-invitation-button = プロフィールを入力して商談を予約する
mail-invitation-validity = このリンクからそのままログインできます。1 回限り、{ $days } 日間有効です。期限後もログインページからいつでも新しいリンクを請求できます。
mail-invitation-when = 商談日程
mail-invitation-where = 会場
mail-invitation-deadline = 予約締切
mail-invitation-organizer = 主催者
mail-invitation-reply = ご不明な点は、このメールにご返信ください。主催者がお答えします。

mail-signin-subject = expomatch ログインリンク
mail-signin-intro = expomatch にログインするためのリンクをお送りします：
mail-signin-button = expomatch にログイン
mail-signin-validity = このリンクは 1 回限り、今から { $minutes } 分間有効です。お心当たりのない場合は、このメールを無視してください。リンクがなければ誰もログインできません。

## A supplier's account: verification, account exists, password reset

mail-verify-subject = expomatch のメールアドレスを確認してください
mail-verify-intro = { $expo } に { $company } をご登録いただき、ありがとうございます。
mail-verify-confirm-text = 次のリンクからメールアドレスを確認してください：
mail-verify-confirm-html = メールアドレスを確認してください：
mail-verify-button = メールアドレスを確認する
mail-verify-validity = このリンクは 1 回限り、今から { $days } 日間有効です。確認後、主催者が登録内容を審査し、承認されましたらメールでお知らせします。
mail-verify-ignore = ご登録に心当たりのない場合は、このメールを無視してください。

mail-exists-subject = expomatch のアカウントはすでにお持ちです
mail-exists-your-company = 貴社
mail-exists-intro = どなたか（おそらくご本人）がこのメールアドレスで { $expo } への企業登録を試みましたが、このアドレスにはすでに expomatch のアカウント（{ $company }）があります。
mail-exists-how-text = パスワードでログインするか、次のリンクから新しいパスワードを設定してください：
mail-exists-how-html = パスワードでログインするか、新しいパスワードを設定してください：
mail-exists-validity = このリンクは 1 回限り、今から { $minutes } 分間有効です。お心当たりのない場合は、このメールを無視してください。何も変更されていません。

mail-reset-subject = expomatch の新しいパスワードの設定
mail-reset-intro = expomatch の新しいパスワードを設定するためのリンクをお送りします：
mail-reset-button = 新しいパスワードを設定
mail-reset-validity = このリンクは 1 回限り、今から { $minutes } 分間有効です。お心当たりのない場合は、このメールを無視してください。パスワードは変更されません。

mail-meeting-booked-subject = 商談予約確定：{ $counterpart } · { $when }
mail-meeting-moved-subject = 商談時間変更：{ $counterpart } · 変更後 { $when }
mail-meeting-cancelled-subject = 商談キャンセル：{ $counterpart } · { $when }
mail-meeting-booked-headline = { $counterpart } との商談が予約されました。
mail-meeting-moved-headline = { $counterpart } との商談の時間が変更されました。
mail-meeting-cancelled-headline = { $counterpart } との商談がキャンセルされました。
mail-meeting-booked-note = 添付の招待ファイルを開くと、商談がカレンダーに追加されます。
mail-meeting-moved-note = 添付の招待ファイルを開くと、カレンダーの商談時間が更新されます。
mail-meeting-cancelled-note = 添付のファイルを開くと、カレンダーから商談が削除されます。
mail-meeting-table-subject = 商談テーブル変更：{ $counterpart } · { $when }
mail-meeting-table-headline = { $counterpart } との商談は、時間はそのままで別の商談テーブルに変更されました。
mail-meeting-mode-subject = 商談方式変更：{ $counterpart } · { $when }
mail-meeting-mode-headline = { $counterpart } との商談は、時間はそのままで商談方式が変更されました（下記の「場所」をご覧ください）。
mail-meeting-no-show-subject = 欠席として記録：{ $counterpart } · { $when }
mail-meeting-no-show-headline = { $counterpart } との商談は欠席として記録されたため、その時間は再び空きになりました。誤りの場合は、このメールにご返信ください。
mail-meeting-no-show-note = 添付のファイルを開くと、カレンダーから商談が削除されます。
mail-meeting-restored-subject = 商談は予定どおり：{ $counterpart } · { $when }
mail-meeting-restored-headline = { $counterpart } との商談の欠席記録は誤りだったため、取り消されました。商談は予定どおり行われます。
mail-meeting-with = 商談相手
mail-meeting-when = 日時
mail-meeting-where = 場所
mail-meeting-reason = 理由
mail-meeting-place = { $venue }、商談テーブル { $table }
mail-meeting-venue-time = { $when }（会場の現地時間）

mail-slot-freed-subject = { $supplier } との商談枠に空きが出ました
mail-slot-freed-headline = { $supplier } との商談枠にたった今空きが出ました：{ $when }。商談を希望されていた企業です。ほかの方より先にご予約ください。

mail-request-received-subject = { $name } からの商談リクエスト
mail-request-received-headline = { $name } が商談を希望しています。
mail-request-accepted-subject = { $name } が商談リクエストを承諾しました
mail-request-accepted-headline = { $name } が商談リクエストを承諾しました。主催者が日程を調整します。
mail-request-declined-subject = { $name } が商談リクエストを辞退しました
mail-request-declined-headline = { $name } が商談リクエストを辞退しました。
mail-request-expired-subject = 商談リクエストの期限切れ：{ $name }
mail-request-expired-headline = { $name } への商談リクエストは、{ $days } 日以内に回答がなかったため期限切れになりました。受付期間中であれば、新しいリクエストを送ることができます。

mail-agenda-published-subject = { $expo } の商談日程
mail-agenda-reminder-subject = 明日：{ $venue } で商談 { $count } 件
mail-agenda-published-headline = { $expo } の日程が確定しました：商談 { $count } 件。
mail-agenda-reminder-headline = 明日（{ $day }）は商談が { $count } 件あります。
mail-agenda-none = （商談はありません）
mail-agenda-interpreter = 通訳 { $name }
mail-agenda-calendar-note = 添付のカレンダーファイルを開くと、これらの商談がカレンダーに追加されます。後で商談の時間変更やキャンセルがあった場合は、そのお知らせメールで同じ予定が更新されます。

mail-cal-summary = 輸出商談：{ $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } と { $supplier } の商談（商談テーブル { $table }）
mail-cal-location = { $venue } — 商談テーブル { $table }
mail-cal-alarm = 15 分後に商談が始まります
mail-cal-feed-name = 輸出商談

## Supplier registration decided

mail-supplier-approved-subject = 参加承認：{ $expo }
mail-supplier-rejected-subject = 参加登録は承認されませんでした：{ $expo }
mail-supplier-approved-headline = { $name } の { $expo } への参加が承認されました。バイヤーが貴社を見つけて商談を予約できるようになりました。
mail-supplier-rejected-headline = { $name } の { $expo } への参加登録は承認されませんでした。

## Follow-up survey (to a supplier)

mail-followup-subject = { $expo } から { $months } か月：商談の成果はいかがでしたか？
mail-followup-since = { $expo } から { $months } か月が経ちました。
mail-followup-meetings = 商談 { $count } 件
mail-followup-headline = { $since }{ $meetings }の成果はいかがでしたか？
mail-followup-why = ご回答の内容は、今回の商談会が韓国企業の輸出にどれだけ役立ったかを主管機関が把握するために使われます。成果がなかった場合も、商談ごとに結果を入力してください。
mail-followup-so-far = 現在の結果：{ $result }
mail-followup-no-result = 結果はまだ入力されていません
mail-followup-update = 結果を入力：{ $link }
mail-followup-update-link = 結果を入力する
mail-followup-sign-in = ログイン
mail-followup-sign-in-note = （リンクは 1 回限り、{ $days } 日間有効です）
mail-followup-sign-in-text = 次のリンクからログインしてください（1 回限り、{ $days } 日間有効）：{ $link }
mail-interest-none = 関心なし
mail-interest-follow-up = 追加商談で合意
mail-interest-sample-or-quote = サンプル・見積もりの依頼あり
mail-interest-contract-expected = 契約見込み
mail-interest-contract-signed = 契約締結

## Online meetings
mail-meeting-online = オンライン（ビデオ通話）
mail-meeting-video = 参加
mail-join-button = ビデオ通話に参加
mail-join-line = ビデオ通話に参加：{ $link }
mail-cal-location-online = オンライン：{ $link }
mail-cal-online-description = { $expo } · オンライン商談。
mail-reminder-soon-subject = { $minutes } 分後に開始：{ $counterpart }
mail-reminder-soon-headline = { $counterpart } との商談があと { $minutes } 分で始まります。
mail-reminder-soon-turn-off = このリマインダーを停止：{ $link }

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = 通訳担当のお知らせ：{ $buyer }、{ $when }
mail-interp-assigned-headline = { $buyer } と { $supplier } の商談で通訳をご担当いただきます。
mail-interp-released-subject = 通訳担当の解除：{ $buyer }、{ $when }
mail-interp-released-headline = { $buyer } と { $supplier } の商談では、通訳のご担当が不要になりました。ありがとうございました。
mail-interp-updated-subject = 通訳担当の商談変更：{ $buyer }、{ $when }
mail-interp-updated-headline = 通訳をご担当いただく { $buyer } と { $supplier } の商談が変更されました。最新の内容は以下のとおりです。
mail-interp-cancelled-subject = 通訳担当の商談キャンセル：{ $buyer }、{ $when }
mail-interp-cancelled-headline = 通訳をご担当いただく予定だった { $buyer } と { $supplier } の商談は行われません。
mail-interp-buyer = バイヤー
mail-interp-supplier = サプライヤー
mail-interp-agenda = 通訳日程表：{ $link }
mail-interp-open-agenda = 通訳日程表を開く
