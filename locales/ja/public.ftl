# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = メールアドレス
pub-password = パスワード

## Home
pub-index-title = 輸出商談会
pub-index-heading = あなたの製品を求めるバイヤーに会いましょう
pub-index-lead = expomatch は見本市で輸出商談会を運営します。海外バイヤーが国内サプライヤーとの1対1の商談を予約し、商談ごとにテーブルと時間が決まり、全員が自分のタイムゾーンで日程を受け取ります。
pub-index-go-to-page = マイページへ
pub-index-register = 会社を登録 · 참가기업 등록
pub-index-empty = 受付中の展示会はまだありません。主催者はログインして準備できます。
pub-index-venue-time = 会場時刻 { $zone }
pub-index-buyers = 海外バイヤー
pub-index-suppliers = サプライヤー
pub-index-tables = テーブル
pub-index-meetings = 予約済み商談

## Sign-in
pub-signin-heading = 主催者ログイン
pub-signin-by-link = バイヤーとサプライヤーはメールで届くリンクからログインします：
pub-signin-link = ログインリンクを送る
pub-signin-supplier-q = パスワードをお持ちのサプライヤーですか？
pub-signin-supplier = サプライヤーログイン
pub-signin-new-supplier = 新規サプライヤーですか？
pub-signin-register = 会社を登録
pub-signin-email-needed = 登録したメールアドレスを入力してください。
pub-signin-wrong = メールアドレスまたはパスワードが正しくありません。両方を確認してもう一度お試しください。

## Sign-in links
pub-link-title = ログインリンクをメールで受け取る
pub-link-intro = バイヤーとサプライヤーの方：招待または登録されたメールアドレスを入力してください。パスワード不要でログインできるリンクをお送りします。
pub-link-send = リンクを送る
pub-link-organizer = 主催者の方は
pub-link-with-password = パスワードでログイン
pub-link-expired = このログインリンクは期限切れです。アカウント保護のため、リンクは一定時間しか使えません。メールアドレスを入力すると新しいリンクをお送りします。
pub-link-used = このログインリンクは使用済みです。リンクは1回しか使えません。メールアドレスを入力すると新しいリンクをお送りします。
pub-link-invalid = このログインリンクは無効です。コピーの際に途中で切れた可能性があります。下で新しいリンクを請求してください。
pub-sent-title = メールを確認してください
pub-sent-if = アドレス
pub-sent-is-registered = が
pub-sent-if-address = そのアドレスが
pub-sent-on-its-way = 展示会に登録されていれば、ログインリンクをお送りしました。リンクは30分間、1回だけ使えます。
pub-sent-nothing = 数分待っても届きませんか？迷惑メールフォルダを確認するか、
pub-sent-another = 別のリンクを請求してください
pub-confirm-heading = { $name } としてログイン
pub-confirm-once = このリンクは1回だけ使えます。
pub-confirm-continue = 続ける
pub-confirm-not-you = ご本人でない場合は、このページを閉じてください。「続ける」を押すまで何も起こりません。

## Consents
pub-consent-title = プライバシーポリシーの更新
pub-consent-heading = 更新されたプライバシーポリシーをお読みください
pub-consent-intro = 主催者が個人データの取り扱いを変更しました。引き続きご利用いただくには、新しいポリシーに同意してください。
pub-consent-tick = 下の必須の同意項目にチェックしてください。まだ保存されていません。
pub-consent-accept = 同意して続ける
pub-consent-rather-not = 同意しない場合は
pub-consent-download-or-delete = データをダウンロードするか削除を依頼してください
pub-cons-legend = 個人データ · 개인정보 수집·이용 동의
pub-cons-read = 次をお読みください：
pub-cons-notice = プライバシーポリシー
pub-cons-version = （バージョン { $version }）：収集する情報、目的、保存期間、提供先。
pub-cons-required = 必須：
pub-cons-collection = ポリシーに記載のとおり、個人データの収集と利用に同意します。(필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = 各商談の相手方に、氏名、所属、連絡先が提供されることに同意します。(필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = 本サービスがホストされている { $country } の { $recipient } へ個人データが移転されることに同意します。(필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = 任意：主催者から今後の展示会のお知らせを受け取ります。(선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = プライバシーポリシー · 개인정보 처리방침
pub-priv-version = バージョン { $version }、{ $date } 公開（UTC）。
pub-priv-see-data = 保存しているあなたのデータを見る
pub-priv-why = 個人データを処理する理由
pub-priv-what = 収集する情報
pub-priv-buyers = 海外バイヤー：
pub-priv-buyers-data = 氏名、メールアドレス、所属、役職、国・地域、タイムゾーン、言語、お探しの分野と製品、通訳の要否、商談・リクエスト・評価・チェックインの記録、お送りしたメール。
pub-priv-suppliers = サプライヤー：
pub-priv-suppliers-data = 担当者の氏名・メールアドレス・電話番号、代表者名、会社名、事業者登録番号、住所、ウェブサイト、製品と市場、商談・リクエストとその記録された結果、お送りしたメール。
pub-priv-everyone = 全員：
pub-priv-everyone-data = 同意ごとの日時とネットワークアドレス。
pub-priv-who = 提供先
pub-priv-other-party = 各商談の相手方は、あなたの氏名、所属、連絡先を閲覧できます（この提供への同意がある場合）。
pub-priv-staff = 展示会運営のための主催者スタッフ。
pub-priv-abroad = あなたのデータは国外へ移転されます：本サービスをホストする { $country } の { $recipient } へ、保存期間中（下記）移転されます。この移転には別途同意いただきます。
pub-priv-korea = あなたのデータは韓国国内に保存されます。
pub-priv-how-long = 保存期間
pub-priv-retention = 展示会の最終日から { $days } 日間。その後、個人データは代替値に置き換えられ、匿名の集計値だけが残ります。
pub-priv-mail-retention = 配信したメールの本文：配信後 { $days } 日間。
pub-priv-rights = あなたの権利
pub-priv-rights-text = ログイン後、データのページで、保存しているすべての情報の閲覧とダウンロード、お知らせへの同意の撤回、データ削除の依頼ができます。実施した商談は主催者のレポートに匿名の行として残ります。
pub-priv-officer = 個人情報保護責任者 · 개인정보 보호책임자
pub-priv-no-officer = 主催者はまだ個人情報保護責任者を指定していません。

## Your data
pub-data-intro = { $when } UTC 時点で、{ $expo } について本サービスが保存しているあなたの情報すべてです。
pub-data-download = JSON でダウンロード
pub-data-profile = プロフィール
pub-data-meetings = 商談（{ $count }）
pub-data-none = なし。
pub-data-starts = 開始（UTC）
pub-data-with = 相手
pub-data-requests = 商談リクエスト（{ $count }）
pub-data-ratings = あなたの評価（{ $count }）
pub-data-consents = 同意
pub-data-none-recorded = 記録はありません。
pub-data-consent = 同意項目
pub-data-notice-version = ポリシーのバージョン
pub-data-given = 同意日時（UTC）
pub-data-from = 接続元
pub-data-withdrawn = 撤回
pub-data-news-stop = 主催者からのお知らせを停止
pub-data-news-start = 主催者からのお知らせを受け取る
pub-data-consent-again = 現在のポリシーを読んで再度同意する
pub-data-required-end = 必須の同意はアカウントとともに終了します。撤回するには、下で削除を依頼してください。
pub-data-emails = お送りしたメール（{ $count }）
pub-data-delete = データを削除
pub-data-deletion-pending = { $when } UTC に削除を依頼されました。主催者が実行すると、ログインできなくなります。
pub-data-delete-explain = 個人データは代替値に置き換えられ、ログインできなくなります。実施した商談は主催者のレポートに匿名の行として残ります。削除は主催者が実行します。
pub-data-delete-confirm = 理解しました：私の個人データを削除してください。
pub-data-delete-ask = 削除を依頼
pub-flash-tick-delete = データ削除を希望する場合はチェックボックスにチェックしてください。まだ送信されていません。
pub-flash-deletion-sent = 削除の依頼を主催者に送りました。
pub-flash-news-on = 主催者からのお知らせを受け取ります。
pub-flash-news-off = 主催者からのお知らせを今後受け取りません。

## Profile fields on the data page
pub-field-name = 氏名
pub-field-email = メールアドレス
pub-field-organisation = 所属
pub-field-position = 役職
pub-field-country = 国・地域
pub-field-time-zone = タイムゾーン
pub-field-languages = 言語
pub-field-looking-for = 探しているもの
pub-field-interests = 関心分野
pub-field-needs-interpreter = 通訳が必要
pub-field-invited-at = 招待日時（UTC）
pub-field-profile-completed-at = プロフィール完成日時（UTC）
pub-field-created-at = 作成日時（UTC）
pub-field-company-name-ko = 会社名（韓国語）
pub-field-company-name-en = 会社名（英語）
pub-field-business-registration-number = 事業者登録番号
pub-field-representative = 代表者
pub-field-contact-name = 担当者
pub-field-phone = 電話番号
pub-field-website = ウェブサイト
pub-field-address = 住所
pub-field-company-size = 企業規模
pub-field-year-founded = 設立年
pub-field-catalogue-url = カタログ
pub-field-pitch = 会社紹介
pub-field-sectors = 分野
pub-field-markets-served = 既存の市場
pub-field-target-markets = 目標市場
pub-field-products = 製品
pub-field-status = 状態

pub-data-yes = はい
pub-data-no = いいえ

## Non-essential emails
optout-title = リマインダーの停止
optout-heading = 各商談前のリマインダーを停止しますか？
optout-what = 各商談の直前にお送りしている短いメールが届かなくなります。招待、変更、キャンセルのお知らせは引き続き届きます。
optout-stop = リマインダーを停止する
optout-done-heading = リマインダーを停止しました
optout-done = 各商談前のリマインダーは今後届きません。「あなたのデータ」ページで再び有効にできます。
pub-data-email-choices = 受け取るメール
pub-data-reminders-on = 各商談の前に短いリマインダーが届きます。
pub-data-reminders-off = 商談前のリマインダーは届きません。
pub-data-reminders-stop = リマインダーを停止
pub-data-reminders-start = リマインダーを受け取る
pub-flash-reminders-on = 各商談前のリマインダーをオンにしました。
pub-flash-reminders-off = 各商談前のリマインダーをオフにしました。

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = 通訳日程表：{ $name }
interp-agenda-zone = 時刻はすべて会場時刻（{ $zone }）です
interp-agenda-calendar = カレンダーに追加
interp-agenda-private = このページはあなた専用です。アドレスはメールに記載されています。他の人に教えないでください。
interp-agenda-empty = 現在、通訳を担当する商談はありません。担当が決まりましたら、主催者からメールでお知らせします。
interp-agenda-col-time = 日時
interp-agenda-col-place = 場所
interp-agenda-col-buyer = バイヤー
interp-agenda-col-supplier = サプライヤー
optout-done-interpreter = 各商談前のリマインダーは今後届きません。再び受け取りたい場合は、主催者にご連絡ください。
