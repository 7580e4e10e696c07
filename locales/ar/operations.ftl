# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = شكرًا لك: تم حفظ تقييمك.
err-ops-rating-choose = اختر من 1 (غير مفيد) إلى 5 (مفيد جدًا).
err-ops-rating-comment-long = يجب ألا يتجاوز التعليق 1000 حرف.
err-ops-rating-comment-control = يحتوي التعليق على أحرف لا يمكن عرضها.
err-ops-rating-not-held = لا يمكن تقييم إلا اجتماع تم عقده فعلًا.
err-ops-rating-not-started = يمكنك تقييم الاجتماع بعد أن يبدأ.
