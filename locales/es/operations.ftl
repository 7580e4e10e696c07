# Machine-assisted translation awaiting native review.
# The buyer's rating of a meeting: messages of the rating page.

ops-rating-saved = Gracias: su valoración se ha guardado.
err-ops-rating-choose = Elija de 1 (nada útil) a 5 (muy útil).
err-ops-rating-comment-long = El comentario debe tener menos de 1.000 caracteres.
err-ops-rating-comment-control = El comentario contiene caracteres que no se pueden mostrar.
err-ops-rating-not-held = Solo se puede valorar una reunión que se haya celebrado.
err-ops-rating-not-started = Podrá valorar la reunión una vez que haya empezado.
