# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = Ferias
nav-suppliers = Proveedores
nav-email = Correo
nav-audit = Registro de auditoría
nav-personal-data = Datos personales
nav-staff = Personal
nav-my-agenda = Mi agenda
nav-my-meetings = Mis reuniones
nav-requests = Solicitudes
nav-profile = Perfil
nav-main = Principal

role-organizer = Organizador
role-supplier = Proveedor
role-buyer = Comprador

frame-sign-out = Cerrar sesión
frame-sign-in = Iniciar sesión
frame-footer = expomatch · reuniones de consultoría de exportación · las horas se muestran en su zona horaria, con la del recinto al lado
frame-privacy = Aviso de privacidad
frame-your-data = Sus datos
frame-language = Idioma

state-expo-draft = Borrador
state-expo-open = Abierta
state-expo-closed = Cerrada
state-supplier-unverified = Correo no confirmado
state-supplier-pending = Pendiente de aprobación
state-supplier-approved = Aprobado
state-supplier-rejected = No aprobado
state-request-pending = Pendiente
state-request-accepted = Aceptada
state-request-declined = Rechazada
state-request-expired = Vencida
state-request-withdrawn = Retirada
state-request-scheduled = Programada
state-meeting-booked = Reservada
state-meeting-held = Realizada
state-meeting-no_show = No se presentó
state-meeting-cancelled = Cancelada
state-mode-table = En una mesa
state-mode-online = En línea
state-mode-hybrid = Híbrida
state-message-pending = En espera
state-message-sending = Enviando
state-message-sent = Entregado
state-message-failed = No entregado
state-run-draft = Borrador
state-run-published = Publicado
state-run-discarded = Descartado
state-progress-not_invited = No invitado
state-progress-invited = Invitado
state-progress-signed_in = Ha iniciado sesión
state-progress-profile_complete = Perfil completo
state-progress-meetings_booked = Reuniones reservadas
flash-email = { $email }

fmt-dates-tba = Fechas por anunciar
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = { $time } hora del recinto

match-sector = trabaja en { $sector }, un sector que le interesa
match-serves = ya exporta a { $country }
match-targets = quiere vender en { $country }
match-speaks = habla { $language }
match-interpreter = no hay un idioma en común: se necesitará intérprete
match-product = fabrica { $product } (coincide con «{ $word }» en lo que busca)
match-org-sector = trabaja en { $sector }, un sector que interesa al comprador
match-org-speaks = ambos hablan { $language }
match-org-product = fabrica { $product } (coincide con «{ $word }» en lo que busca el comprador)

## Joining an online meeting
join-title = Unirse a la reunión
join-back = Volver a mis reuniones
join-cancelled-heading = Esta reunión se ha cancelado
join-cancelled = No hay nada a lo que unirse: la reunión se ha cancelado. Su agenda muestra sus reuniones tal como están ahora.
join-at-table-heading = Esta reunión es en una mesa
join-at-table = Esta reunión se celebra en su mesa del recinto, no en línea. Su agenda indica la mesa.
join-not-yet-heading = El enlace de vídeo aún no está listo
join-not-yet = El organizador todavía no ha configurado la sala de vídeo de esta reunión. Vuelva a intentarlo poco antes de que empiece o responda al correo del organizador.
join-button = Unirse
nav-status = Estado
