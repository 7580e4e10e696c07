# Machine-assisted translation awaiting native review.
# Error pages (errpage-) and form field errors (err-).

errpage-404-title = Página no encontrada
errpage-404-text = No hay nada en esta dirección. Compruebe el enlace o vuelva a empezar desde la página de inicio.
errpage-no-file = Ese archivo no existe.
errpage-403-title = No permitido
errpage-400-title = No se pudo leer la solicitud
errpage-400-text = No se ha cambiado nada. Vuelva atrás e inténtelo de nuevo. ({ $detail })
errpage-csrf-title = Inténtelo de nuevo
errpage-csrf-text = Este formulario ha caducado o no procede de este sitio, así que no se ha cambiado nada. Vuelva atrás, recargue la página y envíelo de nuevo.
errpage-429-title = Demasiados intentos
errpage-429-text = Lo ha intentado demasiadas veces en poco tiempo. Espere un minuto e inténtelo de nuevo.
errpage-409-title = No ha funcionado
errpage-503-title = Ocupado en este momento
errpage-503-text = El servicio está muy ocupado o no puede acceder a su base de datos. Inténtelo de nuevo en un momento.
errpage-500-title = Algo ha fallado
errpage-500-text = Se produjo un error inesperado por nuestra parte y quedó registrado. Inténtelo de nuevo.
errpage-quote-reference = Si nos informa, indique esta referencia:
errpage-go-home-own = Ir a su página de inicio
errpage-go-home = Ir a la página de inicio
errpage-wrong-account = Esta página pertenece a otro tipo de cuenta. Cierre la sesión e inicie sesión con la cuenta correcta.
errpage-no-feed = Solo los compradores y proveedores tienen suscripción de calendario.

err-summary = { $count ->
    [one] Corrija el campo marcado a continuación. Todavía no se ha guardado nada.
   *[other] Corrija los { $count } campos marcados a continuación. Todavía no se ha guardado nada.
}
err-required = Este campo es obligatorio.
err-too-long = Use como máximo { $max } caracteres (ahora { $count }).
err-control = Elimine los caracteres de control.
err-name-too-long = Use como máximo 120 caracteres.
err-name-control = Elimine los saltos de línea o tabulaciones.
err-email-invalid = Introduzca una dirección de correo como nombre@empresa.com.
err-email-empty = Introduzca su dirección de correo.
err-email-too-long = Esta dirección de correo es demasiado larga.
err-country-unknown = «{ $value }» no es un código de país que conozcamos (use dos letras, como VN o US).
err-timezone-unknown = «{ $value }» no es una zona horaria que conozcamos (use un nombre como Asia/Seoul).
err-languages-none = Elija al menos un idioma en el que pueda mantener una reunión.
err-language-unknown = «{ $value }» no es un idioma que conozcamos.
err-languages-too-many = Elija como máximo 10 idiomas.
err-sectors-none = Elija al menos un sector que le interese.
err-sectors-from-list = Elija sectores de la lista.

err-book-not-open = Las reservas no están abiertas para esta feria.
err-book-not-yet = Las reservas aún no se han abierto.
err-book-closed = Las reservas han cerrado. Contacte con el organizador para cambiar sus reuniones.
err-book-by-requests = En esta feria el organizador programa las reuniones a partir de solicitudes.
err-book-limit = Ha alcanzado el límite de { $max } reuniones.
err-book-supplier-full = La agenda de este proveedor está completa.
err-book-pair = Ya tiene una reunión con este proveedor. Puede cambiarla de hora desde su agenda.
err-book-profile-first = Complete primero su perfil: los proveedores lo ven antes de reunirse con usted.
err-book-no-such-slot = Esa hora no es una de las franjas de esta feria.
err-book-past = Esa hora ya ha pasado.
err-book-busy = Ya tiene una reunión a esa hora.
err-book-supplier-busy = El proveedor no está disponible a esa hora.
err-book-started = Esta reunión ya ha comenzado; avise al organizador en el recinto.
err-move-same-time = Su reunión ya está a esa hora. Elija otra hora para cambiarla o déjela como está.

## Online meetings
err-video-too-long = Un enlace puede tener como máximo { $max } caracteres.
err-video-not-a-link = Pegue el enlace completo de la reunión, que empieza por https://
err-video-https = Para las reuniones solo se pueden usar enlaces seguros (https://).
err-hours-time = Escriba la hora en formato HH:MM, por ejemplo 08:00.
err-hours-order = El final debe ser posterior al inicio.
err-setup-meeting-mode = Elija en una mesa, en línea o híbrida.
err-setup-reminder-minutes = Escriba un número de minutos entre 0 y 240.
