# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = ありがとうございます。評価を保存しました。
err-ops-rating-choose = 1（役に立たなかった）から 5（とても役に立った）の中から選んでください。
err-ops-rating-comment-long = コメントは 1,000 文字以内で入力してください。
err-ops-rating-comment-control = コメントに表示できない文字が含まれています。
err-ops-rating-not-held = 評価できるのは実際に行われた商談だけです。
err-ops-rating-not-started = 商談が始まってから評価できます。
