# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = (opcional)
buy-back = Volver
buy-reason-for-supplier = Motivo para el proveedor

## Home: my meetings
buy-home-my-meetings = Mis reuniones
buy-home-welcome = Bienvenido/a, { $name }
buy-home-find-suppliers = Buscar proveedores
buy-home-print = Imprimir
buy-home-zones = su hora: { $own } · recinto: { $venue }
buy-home-empty-before = Todavía no tiene reuniones reservadas.
buy-home-empty-after = y reserve una hora.
buy-home-col-when = Cuándo (su hora)
buy-home-col-supplier = Proveedor
buy-home-col-table = Mesa
buy-home-col-change = Cambiar
buy-home-different-day = otro día en el recinto
buy-home-interpreter = intérprete: { $name }
buy-home-rated = Su valoración: { $rating }/5
buy-home-change = Cambiar
buy-home-rate = Valorar esta reunión
buy-home-move = Cambiar hora
buy-home-calendar = Calendario
buy-home-cancel = Cancelar
buy-home-cancel-this = Cancelar esta reunión
buy-home-feed-made = Su aplicación de calendario sigue esta agenda mediante la dirección privada que creó el { $date }. ¿La ha perdido?
buy-home-feed-renew = Crear una dirección nueva
buy-home-feed-renew-note = (la anterior deja de funcionar)
buy-home-feed-intro = Mantenga su aplicación de calendario al día con esta agenda:
buy-home-feed-make = Obtener una dirección de calendario
buy-home-checkin-alt = Su código de acreditación
buy-home-checkin = Muestre este código en el mostrador de acreditación.

## Supplier directory
buy-dir-title = Proveedores
buy-dir-best-first = Primero, los que mejor encajan con su perfil.
buy-dir-none-of = Ninguno de los { $total } proveedores coincide.
buy-dir-of = de { $matching }.
buy-dir-of-matching = de { $matching } que coinciden ({ $total } proveedores).
buy-dir-search = Buscar
buy-dir-search-hint = Empresa, producto, 한글…
buy-dir-filters = { $count ->
    [0] Filtros
   *[other] Filtros ({ $count } aplicados)
}
buy-dir-sector = Sector
buy-dir-any-sector = Cualquier sector
buy-dir-sells-to = Vende a
buy-dir-any-market = Cualquier mercado
buy-dir-speaks = Habla
buy-dir-any-language = Cualquier idioma
buy-dir-experience = Experiencia exportadora
buy-dir-any = Cualquiera
buy-dir-exporting = Ya exporta
buy-dir-new-to-export = Nuevo en la exportación
buy-dir-clear = Limpiar
buy-dir-empty = Ningún proveedor coincide con estos filtros.
buy-dir-corrected = También se muestran proveedores para: { $words }
buy-dir-show-all = Mostrar todos los proveedores
buy-dir-match-score = Cuánto encaja este proveedor con lo que nos dijo
match-strong = Muy afín
match-good = Afín
match-fair = Algo afín
buy-dir-view-and-book = Ver y reservar
buy-dir-pages = Páginas de proveedores
buy-dir-previous = ← Anterior
buy-dir-next = Siguiente →
buy-dir-page-of = Página { $page } de { $pages }

## Booking (the supplier's page)
buy-book-heading = Reservar una reunión
buy-book-move-heading = Cambiar la hora de su reunión
buy-book-taken = Otra persona acaba de reservar esta hora. Estas son las horas libres más cercanas:

## Profile
buy-prof-title = Su perfil
buy-prof-welcome = Bienvenido/a: cuente a los proveedores quién es usted
buy-prof-intro-first = Dos minutos: los proveedores lo ven antes de reunirse con usted, y lo usamos para sugerirle las mejores coincidencias.
buy-prof-intro = Los proveedores lo ven antes de reunirse con usted.
buy-prof-name = Su nombre
buy-prof-position = Cargo
buy-prof-organisation = Organización
buy-prof-country = País
buy-prof-timezone = Su zona horaria
buy-prof-timezone-hint = Las horas de las reuniones se muestran en esta zona, con la hora del recinto al lado.
buy-prof-languages = Idiomas en los que puede mantener una reunión
buy-prof-interpreter = Necesitaré un intérprete
buy-prof-sectors = Sectores en los que compra
buy-prof-looking-for = ¿Qué busca?
buy-prof-looking-for-hint = Productos, cantidades, próximas licitaciones. Comparamos estas palabras con los productos de los proveedores.
buy-prof-save-first = Guardar y buscar proveedores
buy-prof-save = Guardar

## Rating a meeting
buy-rate-title = Valore su reunión
buy-rate-crumb = Valorar
buy-rate-heading = ¿Qué tal fue su reunión con { $supplier }?
buy-rate-table = mesa { $table }
buy-rate-question = ¿Qué utilidad tuvo esta reunión para su negocio?
buy-rate-not-useful = nada útil
buy-rate-very-useful = muy útil
buy-rate-comment = Comentario para los organizadores (opcional)
buy-rate-private = Solo los organizadores leen su valoración; el proveedor no la ve.
buy-rate-save = Guardar mi valoración

## Requests
buy-req-title = Solicitudes de reunión
buy-req-intro = Las solicitudes que usted envió y las que le enviaron los proveedores. El organizador programa las aceptadas.
buy-req-disabled = En esta feria las reuniones se reservan directamente; no se usan solicitudes.
buy-req-empty = Aún no hay solicitudes. Puede enviar una desde la página de un proveedor.
buy-req-col-direction = Dirección
buy-req-col-priority = Prioridad
buy-req-col-status = Estado
buy-req-col-message = Mensaje / respuesta
buy-req-request = Solicitud
buy-req-to-you = recibida
buy-req-from-you = enviada
buy-req-priority-colon = Prioridad:
buy-req-must = imprescindible
buy-req-would-like = me gustaría
buy-req-expires = vence el { $when } UTC si no se responde
buy-req-answer = Respuesta: { $reason }
buy-req-accept = Aceptar
buy-req-decline = Rechazar

## Calendar subscription
buy-feed-title = Su dirección de calendario
buy-feed-ready = Su dirección de calendario está lista
buy-feed-how = Añada esta dirección a Outlook, Google Calendar o su teléfono («suscribirse» o «añadir calendario desde URL»). Se actualiza sola cuando se reservan, cambian o cancelan reuniones.
buy-feed-label = Dirección de suscripción al calendario
buy-feed-copy-now = Cópiela ahora: por su seguridad solo se muestra esta vez.
buy-feed-keep = No la comparta: cualquiera que la tenga puede leer su agenda. Si la pierde, cree una nueva; la anterior dejará de funcionar.
buy-feed-open = Abrir en mi aplicación de calendario
buy-feed-back = Volver a mi agenda

## Flash messages
buy-flash-moved = Su reunión ha cambiado de hora. Ambos recibirán una invitación de calendario actualizada.
buy-flash-cancel-reason = Indique un motivo breve (hasta 500 caracteres) para que el proveedor lo entienda.
buy-flash-cancelled = La reunión está cancelada y se ha informado al proveedor del motivo.
buy-flash-booked = Su reunión está reservada. Va de camino una confirmación con una invitación de calendario.
buy-flash-profile-complete = ¡Bienvenido/a! Su perfil está completo: busque proveedores a continuación.
buy-flash-profile-saved = Su perfil se ha guardado.
buy-flash-choose-priority = Elija si debe reunirse con este proveedor o si le gustaría hacerlo.
buy-flash-message-too-long = El mensaje debe tener menos de 1000 caracteres de texto sin formato.
buy-flash-request-sent = Su solicitud se ha enviado. Le avisaremos cuando el proveedor responda.
buy-flash-decline-reason = Indique al proveedor un motivo breve (hasta 500 caracteres) para rechazar.
buy-flash-accepted = Aceptada: el organizador programará la reunión.
buy-flash-declined = Rechazada; se ha informado al proveedor del motivo.

## Online meetings
buy-prof-online = Reuniones en línea
buy-prof-remote = No puedo viajar a la sede: todas mis reuniones serán en línea (por video).
buy-prof-hours-from = Reuniones en línea desde (su hora)
buy-prof-hours-to = hasta
buy-prof-hours-hint = Las reuniones en línea se programan dentro de este horario, en su propia hora.
