# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = Спасибо: ваша оценка сохранена.
err-ops-rating-choose = Выберите оценку от 1 (бесполезно) до 5 (очень полезно).
err-ops-rating-comment-long = Комментарий должен быть короче 1 000 символов.
err-ops-rating-comment-control = Комментарий содержит символы, которые невозможно отобразить.
err-ops-rating-not-held = Оценить можно только состоявшуюся встречу.
err-ops-rating-not-started = Оценить встречу можно после её начала.
