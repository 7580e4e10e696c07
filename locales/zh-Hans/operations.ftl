# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = 谢谢：您的评分已保存。
err-ops-rating-choose = 请从 1（没有帮助）到 5（非常有帮助）中选择。
err-ops-rating-comment-long = 评论请不要超过 1,000 个字符。
err-ops-rating-comment-control = 评论中含有无法显示的字符。
err-ops-rating-not-held = 只能对实际进行过的洽谈进行评分。
err-ops-rating-not-started = 洽谈开始后才能评分。
