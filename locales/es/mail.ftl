# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = Estimado/a { $name }:
mail-hello = Hola:
mail-hello-name = Hola, { $name }:
mail-layout-why = Recibe este mensaje porque participa en una ronda de consultas de exportación organizada con expomatch.
mail-privacy-text = Cómo tratamos sus datos personales (aviso de privacidad): { $url }
mail-privacy-link = Aviso de privacidad
mail-open-agenda = Abrir su agenda
mail-open-expomatch = Abrir expomatch
mail-your-agenda = su agenda: { $link }
mail-reason = Motivo: { $reason }
mail-table = mesa { $table }

mail-invitation-subject = Invitación: { $expo }
mail-invitation-intro = le invitamos a { $expo } en { $venue }: reuniones individuales de consulta de exportación con proveedores seleccionados.
mail-invitation-open = Abra su enlace personal para completar su perfil y reservar sus reuniones:
mail-invitation-button = Completar mi perfil y reservar reuniones
mail-invitation-validity = El enlace inicia su sesión; funciona una sola vez y durante { $days ->
     [one] 1 día
    *[other] { $days } días
  }. Más adelante siempre puede pedir uno nuevo en la página de inicio de sesión.

mail-signin-subject = Su enlace de acceso a expomatch
mail-signin-intro = aquí tiene su enlace para iniciar sesión en expomatch:
mail-signin-button = Iniciar sesión en expomatch
mail-signin-validity = Funciona una sola vez y durante los próximos { $minutes } minutos. Si no lo ha pedido, puede ignorar este mensaje; nadie puede iniciar sesión sin el enlace.

mail-meeting-booked-subject = Reunión reservada: { $counterpart } · { $when }
mail-meeting-moved-subject = Reunión cambiada: { $counterpart } · ahora { $when }
mail-meeting-cancelled-subject = Reunión cancelada: { $counterpart } · { $when }
mail-meeting-booked-headline = Su reunión con { $counterpart } está reservada.
mail-meeting-moved-headline = Su reunión con { $counterpart } ha cambiado de hora.
mail-meeting-cancelled-headline = Su reunión con { $counterpart } ha sido cancelada.
mail-meeting-booked-note = La invitación adjunta añade la reunión a su calendario.
mail-meeting-moved-note = La invitación adjunta actualiza la reunión en su calendario.
mail-meeting-cancelled-note = El archivo adjunto elimina la reunión de su calendario.
mail-meeting-with = Con
mail-meeting-when = Cuándo
mail-meeting-where = Dónde
mail-meeting-reason = Motivo
mail-meeting-place = { $venue }, mesa { $table }
mail-meeting-venue-time = { $when } (hora local del recinto)

mail-slot-freed-subject = Hay un horario libre con { $supplier }
mail-slot-freed-headline = Acaba de quedar libre un horario de reunión con { $supplier }: { $when }. Usted pidió reunirse con esta empresa; resérvelo antes que otra persona.

mail-request-received-subject = Solicitud de reunión de { $name }
mail-request-received-headline = { $name } desea reunirse con usted.
mail-request-accepted-subject = { $name } aceptó su solicitud
mail-request-accepted-headline = { $name } aceptó su solicitud de reunión. El organizador la programará.
mail-request-declined-subject = { $name } rechazó su solicitud
mail-request-declined-headline = { $name } rechazó su solicitud de reunión.
mail-request-expired-subject = Solicitud vencida: { $name }
mail-request-expired-headline = Su solicitud de reunión a { $name } venció: no tuvo respuesta en { $days ->
     [one] 1 día
    *[other] { $days } días
  }. Puede enviar una nueva mientras la feria acepte solicitudes.

mail-agenda-published-subject = Sus reuniones en { $expo }
mail-agenda-reminder-subject = Mañana: { $count ->
     [one] 1 reunión
    *[other] { $count } reuniones
  } en { $venue }
mail-agenda-published-headline = Su agenda para { $expo } está lista: { $count ->
     [one] 1 reunión
    *[other] { $count } reuniones
  }.
mail-agenda-reminder-headline = Mañana, { $day }, tiene { $count ->
     [one] 1 reunión
    *[other] { $count } reuniones
  }.
mail-agenda-none = (sin reuniones)
mail-agenda-interpreter = intérprete { $name }

mail-cal-summary = Consulta de exportación: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } se reúne con { $supplier } en la mesa { $table }.
mail-cal-location = { $venue } — mesa { $table }
mail-cal-alarm = Su reunión empieza en 15 minutos
mail-cal-feed-name = Consultas de exportación

## Online meetings
mail-meeting-online = En línea (videollamada)
mail-meeting-video = Unirse
mail-join-button = Unirse a la videollamada
mail-join-line = Unirse a la videollamada: { $link }
mail-cal-location-online = En línea: { $link }
mail-cal-online-description = { $expo } · consulta en línea.
mail-reminder-soon-subject = Empieza en { $minutes } min: { $counterpart }
mail-reminder-soon-headline = Su reunión con { $counterpart } empieza en { $minutes } minutos.
mail-reminder-soon-turn-off = Dejar de recibir estos recordatorios: { $link }
