# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = Cảm ơn bạn: đánh giá của bạn đã được lưu.
err-ops-rating-choose = Hãy chọn từ 1 (không hữu ích) đến 5 (rất hữu ích).
err-ops-rating-comment-long = Nhận xét không được dài quá 1.000 ký tự.
err-ops-rating-comment-control = Nhận xét có chứa ký tự không thể hiển thị.
err-ops-rating-not-held = Chỉ có thể đánh giá cuộc gặp đã diễn ra.
err-ops-rating-not-started = Bạn có thể đánh giá cuộc gặp sau khi cuộc gặp đã bắt đầu.
