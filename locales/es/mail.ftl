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
mail-invitation-when = Días de consultas
mail-invitation-where = Lugar
mail-invitation-deadline = Reservas hasta
mail-invitation-organizer = Organizador
mail-invitation-reply = ¿Tiene preguntas? Responda a este correo y el organizador le contestará.

mail-signin-subject = Su enlace de acceso a expomatch
mail-signin-intro = aquí tiene su enlace para iniciar sesión en expomatch:
mail-signin-button = Iniciar sesión en expomatch
mail-signin-validity = Funciona una sola vez y durante los próximos { $minutes } minutos. Si no lo ha pedido, puede ignorar este mensaje; nadie puede iniciar sesión sin el enlace.

## A supplier's account: verification, account exists, password reset

mail-verify-subject = Confirme su dirección de correo para expomatch
mail-verify-intro = gracias por registrar { $company } en { $expo }.
mail-verify-confirm-text = Confirme su dirección de correo con este enlace:
mail-verify-confirm-html = Confirme su dirección de correo:
mail-verify-button = Confirmar mi dirección de correo
mail-verify-validity = El enlace funciona una sola vez y durante { $days ->
     [one] 1 día
    *[other] { $days } días
  }. Cuando lo confirme, el organizador revisará su registro; le avisaremos por correo cuando se apruebe.
mail-verify-ignore = Si no se ha registrado, puede ignorar este mensaje.

mail-exists-subject = Ya tiene una cuenta en expomatch
mail-exists-your-company = su empresa
mail-exists-intro = alguien (probablemente usted) intentó registrar una empresa en { $expo } con esta dirección de correo, pero ya tiene una cuenta en expomatch ({ $company }).
mail-exists-how-text = Para iniciar sesión, use su contraseña o establezca una nueva con este enlace:
mail-exists-how-html = Para iniciar sesión, use su contraseña o establezca una nueva:
mail-exists-validity = El enlace funciona una sola vez y durante los próximos { $minutes } minutos. Si no ha sido usted, puede ignorar este mensaje: no se ha cambiado nada.

mail-reset-subject = Establezca una nueva contraseña de expomatch
mail-reset-intro = aquí tiene su enlace para establecer una nueva contraseña de expomatch:
mail-reset-button = Establecer una nueva contraseña
mail-reset-validity = Funciona una sola vez y durante los próximos { $minutes } minutos. Si no lo ha pedido, puede ignorar este mensaje; su contraseña seguirá siendo la misma.

mail-meeting-booked-subject = Reunión reservada: { $counterpart } · { $when }
mail-meeting-moved-subject = Reunión cambiada: { $counterpart } · ahora { $when }
mail-meeting-cancelled-subject = Reunión cancelada: { $counterpart } · { $when }
mail-meeting-booked-headline = Su reunión con { $counterpart } está reservada.
mail-meeting-moved-headline = Su reunión con { $counterpart } ha cambiado de hora.
mail-meeting-cancelled-headline = Su reunión con { $counterpart } ha sido cancelada.
mail-meeting-booked-note = La invitación adjunta añade la reunión a su calendario.
mail-meeting-moved-note = La invitación adjunta actualiza la reunión en su calendario.
mail-meeting-cancelled-note = El archivo adjunto elimina la reunión de su calendario.
mail-meeting-table-subject = Nueva mesa para su reunión: { $counterpart } · { $when }
mail-meeting-table-headline = Su reunión con { $counterpart } mantiene la hora y pasa a otra mesa.
mail-meeting-mode-subject = Nueva modalidad de reunión: { $counterpart } · { $when }
mail-meeting-mode-headline = Su reunión con { $counterpart } mantiene la hora, pero cambia la forma de reunirse (vea «Dónde» más abajo).
mail-meeting-no-show-subject = Registrada como no realizada: { $counterpart } · { $when }
mail-meeting-no-show-headline = Su reunión con { $counterpart } se ha registrado como no presentada, así que ese horario vuelve a estar libre. Si es un error, responda a este mensaje.
mail-meeting-no-show-note = El archivo adjunto elimina la reunión de su calendario.
mail-meeting-restored-subject = La reunión se mantiene: { $counterpart } · { $when }
mail-meeting-restored-headline = El registro de ausencia de su reunión con { $counterpart } fue un error y se ha anulado: la reunión se mantiene.
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
mail-agenda-calendar-note = El archivo de calendario adjunto añade estas reuniones a su calendario. Si más adelante alguna cambia de hora o se cancela, el correo correspondiente actualizará la misma entrada.

mail-cal-summary = Consulta de exportación: { $supplier } × { $organisation }
mail-cal-description = { $expo } · { $buyer } se reúne con { $supplier } en la mesa { $table }.
mail-cal-location = { $venue } — mesa { $table }
mail-cal-alarm = Su reunión empieza en 15 minutos
mail-cal-feed-name = Consultas de exportación

## Supplier registration decided

mail-supplier-approved-subject = Registro aprobado: { $expo }
mail-supplier-rejected-subject = Registro no aprobado: { $expo }
mail-supplier-approved-headline = Se ha aprobado el registro de { $name } en { $expo }: los compradores ya pueden encontrarle y reservar reuniones.
mail-supplier-rejected-headline = No se ha aprobado el registro de { $name } en { $expo }.

## Follow-up survey (to a supplier)

mail-followup-subject = { $months } meses después de { $expo }: ¿qué tal fueron sus reuniones?
mail-followup-since = Han pasado { $months } meses desde { $expo }.
mail-followup-meetings = { $count ->
     [one] 1 reunión
    *[other] { $count } reuniones
  }
mail-followup-headline = { $since } ¿Qué resultados han dado sus reuniones ({ $meetings })?
mail-followup-why = Sus respuestas permiten a la agencia saber cómo han ayudado las consultas a las exportaciones coreanas. Actualice el resultado de cada reunión, aunque no haya dado ningún fruto.
mail-followup-so-far = hasta ahora: { $result }
mail-followup-no-result = aún no se ha registrado ningún resultado
mail-followup-update = actualizar: { $link }
mail-followup-update-link = Actualizar el resultado
mail-followup-sign-in = Iniciar sesión
mail-followup-sign-in-note = (el enlace funciona una sola vez, durante { $days } días).
mail-followup-sign-in-text = Inicie sesión con este enlace (funciona una sola vez, durante { $days } días): { $link }
mail-interest-none = Sin interés
mail-interest-follow-up = Seguimiento acordado
mail-interest-sample-or-quote = Muestra o presupuesto solicitado
mail-interest-contract-expected = Contrato previsto
mail-interest-contract-signed = Contrato firmado

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

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = Interpretará una reunión: { $buyer }, { $when }
mail-interp-assigned-headline = Se le ha asignado la interpretación de la reunión de { $buyer } con { $supplier }.
mail-interp-released-subject = Ya no se necesita su interpretación: { $buyer }, { $when }
mail-interp-released-headline = Ya no se necesita su interpretación en la reunión de { $buyer } con { $supplier }. Gracias.
mail-interp-updated-subject = Modificada: la reunión que interpreta, { $buyer }, { $when }
mail-interp-updated-headline = La reunión de { $buyer } con { $supplier } que usted interpreta ha cambiado. Estos son sus datos actuales.
mail-interp-cancelled-subject = Cancelada: la reunión que interpreta, { $buyer }, { $when }
mail-interp-cancelled-headline = La reunión de { $buyer } con { $supplier } que iba a interpretar no se celebrará.
mail-interp-buyer = Comprador
mail-interp-supplier = Proveedor
mail-interp-agenda = su agenda de interpretación: { $link }
mail-interp-open-agenda = Abrir su agenda de interpretación
