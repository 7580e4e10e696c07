# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = Correo electrónico
pub-password = Contraseña

## Home
pub-index-title = Reuniones de consultoría de exportación
pub-index-heading = Conozca a los compradores que quieren sus productos
pub-index-lead = expomatch organiza reuniones de consultoría de exportación en ferias comerciales: los compradores extranjeros reservan reuniones individuales con proveedores nacionales, cada reunión tiene su mesa y su hora, y todos reciben la agenda en su propia zona horaria.
pub-index-go-to-page = Ir a su página
pub-index-register = Registre su empresa · 참가기업 등록
pub-index-empty = Todavía no hay ninguna feria abierta. Los organizadores pueden iniciar sesión para preparar una.
pub-index-venue-time = hora del recinto { $zone }
pub-index-buyers = { $count ->
    [one] comprador extranjero
   *[other] compradores extranjeros
}
pub-index-suppliers = { $count ->
    [one] proveedor
   *[other] proveedores
}
pub-index-tables = { $count ->
    [one] mesa
   *[other] mesas
}
pub-index-meetings = { $count ->
    [one] reunión reservada
   *[other] reuniones reservadas
}

## Sign-in
pub-signin-heading = Acceso de organizadores
pub-signin-by-link = Los compradores y proveedores inician sesión con un enlace por correo:
pub-signin-link = envíenme un enlace de acceso
pub-signin-supplier-q = ¿Proveedor con contraseña?
pub-signin-supplier = Acceso de proveedores
pub-signin-new-supplier = ¿Proveedor nuevo?
pub-signin-register = Registre su empresa
pub-signin-email-needed = Introduzca la dirección de correo con la que se registró.
pub-signin-wrong = El correo o la contraseña no son correctos. Compruebe ambos e inténtelo de nuevo.

## Sign-in links
pub-link-title = Envíenme un enlace de acceso
pub-link-intro = Compradores y proveedores: introduzcan la dirección de correo con la que fueron invitados o se registraron. Les enviaremos un enlace para iniciar sesión, sin contraseña.
pub-link-send = Enviarme un enlace
pub-link-organizer = ¿Organizador?
pub-link-with-password = Inicie sesión con su contraseña
pub-link-expired = Este enlace de acceso ha caducado. Los enlaces solo funcionan durante un tiempo limitado, para proteger su cuenta. Introduzca su correo y le enviaremos uno nuevo.
pub-link-used = Este enlace de acceso ya se ha usado. Cada enlace funciona una sola vez. Introduzca su correo y le enviaremos uno nuevo.
pub-link-invalid = Este enlace de acceso no es válido. Puede que se cortara al copiarlo. Pida uno nuevo a continuación.
pub-sent-title = Revise su correo
pub-sent-if = Si
pub-sent-is-registered = está registrado
pub-sent-if-address = Si la dirección está registrada
pub-sent-on-its-way = en una feria, va de camino un enlace de acceso. Funciona una vez y durante 30 minutos.
pub-sent-nothing = ¿No ha llegado nada en unos minutos? Revise la carpeta de spam, o
pub-sent-another = pida otro enlace
pub-confirm-heading = Iniciar sesión como { $name }
pub-confirm-once = este enlace funciona una vez.
pub-confirm-continue = Continuar
pub-confirm-not-you = ¿No es usted? Cierre esta página; no ocurre nada hasta que continúe.

## Consents
pub-consent-title = Aviso de privacidad actualizado
pub-consent-heading = Lea el aviso de privacidad actualizado
pub-consent-intro = El organizador ha cambiado la forma de tratar sus datos personales. Acepte el nuevo aviso para seguir a sus páginas.
pub-consent-tick = Marque los consentimientos obligatorios a continuación. Todavía no se ha guardado nada.
pub-consent-accept = Aceptar y continuar
pub-consent-rather-not = ¿Prefiere no hacerlo?
pub-consent-download-or-delete = Descargue sus datos o solicite su eliminación
pub-cons-legend = Sus datos personales · 개인정보 수집·이용 동의
pub-cons-read = Lea el
pub-cons-notice = aviso de privacidad
pub-cons-version = (versión { $version }): qué recogemos, por qué, cuánto tiempo lo conservamos y quién lo recibe.
pub-cons-required = Obligatorio:
pub-cons-collection = Consiento la recogida y el uso de mis datos personales según describe el aviso. (필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = Consiento que mi nombre, organización y datos de contacto se faciliten a la otra parte de cada una de mis reuniones. (필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = Consiento que mis datos personales se transfieran a { $recipient } en { $country }, donde se aloja este servicio. (필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = Opcional: envíenme noticias del organizador sobre futuras ferias. (선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = Aviso de privacidad · 개인정보 처리방침
pub-priv-version = Versión { $version }, publicada el { $date } (UTC).
pub-priv-see-data = Ver los datos que tenemos sobre usted
pub-priv-why = Por qué tratamos datos personales
pub-priv-what = Qué recogemos
pub-priv-buyers = Compradores extranjeros:
pub-priv-buyers-data = nombre, correo, organización, cargo, país, zona horaria, idiomas, los sectores y productos que busca, si necesita intérprete, sus reuniones, solicitudes, valoraciones y acreditaciones, y los correos que le enviamos.
pub-priv-suppliers = Proveedores:
pub-priv-suppliers-data = el nombre, correo y teléfono de la persona de contacto, el nombre del representante, los nombres de la empresa, el número de registro mercantil, la dirección, el sitio web, los productos y mercados, sus reuniones, solicitudes y sus resultados registrados, y los correos que le enviamos.
pub-priv-everyone = Todos:
pub-priv-everyone-data = la hora y la dirección de red de cada consentimiento que otorga.
pub-priv-who = Quién los recibe
pub-priv-other-party = La otra parte de cada una de sus reuniones ve su nombre, organización y datos de contacto (con su consentimiento a esta cesión).
pub-priv-staff = El personal del organizador, para gestionar la feria.
pub-priv-abroad = Sus datos se transfieren al extranjero: a { $recipient } en { $country }, que aloja este servicio, mientras se conserven (véase abajo). Usted consiente esta transferencia por separado.
pub-priv-korea = Sus datos permanecen en Corea.
pub-priv-how-long = Cuánto tiempo los conservamos
pub-priv-retention = { $days } días después del último día de la feria; después sus datos personales se sustituyen por marcadores y solo quedan cifras anónimas.
pub-priv-mail-retention = El texto de los correos entregados: { $days } días después de la entrega.
pub-priv-rights = Sus derechos
pub-priv-rights-text = Puede ver y descargar todo lo que tenemos sobre usted, retirar su consentimiento a las noticias y solicitar la eliminación de sus datos desde su página de datos tras iniciar sesión. Las reuniones que mantuvo quedan en el informe del organizador como filas anónimas.
pub-priv-officer = Responsable de privacidad · 개인정보 보호책임자
pub-priv-no-officer = El organizador todavía no ha designado un responsable de privacidad.

## Your data
pub-data-intro = Todo lo que este servicio tiene sobre usted para { $expo }, a fecha de { $when } UTC.
pub-data-download = Descargar en JSON
pub-data-profile = Perfil
pub-data-meetings = Reuniones ({ $count })
pub-data-none = Ninguno.
pub-data-starts = Comienza (UTC)
pub-data-with = Con
pub-data-requests = Solicitudes de reunión ({ $count })
pub-data-ratings = Sus valoraciones ({ $count })
pub-data-consents = Consentimientos
pub-data-none-recorded = No hay ninguno registrado.
pub-data-consent = Consentimiento
pub-data-notice-version = Versión del aviso
pub-data-given = Otorgado (UTC)
pub-data-from = Desde
pub-data-withdrawn = Retirado
pub-data-news-stop = Dejar de recibir noticias del organizador
pub-data-news-start = Recibir noticias del organizador
pub-data-consent-again = Leer el aviso vigente y volver a consentir
pub-data-required-end = Los consentimientos obligatorios terminan con su cuenta: para retirarlos, solicite la eliminación abajo.
pub-data-emails = Correos que le enviamos ({ $count })
pub-data-delete = Eliminar mis datos
pub-data-deletion-pending = Solicitó la eliminación el { $when } UTC. El organizador la llevará a cabo; después ya no podrá iniciar sesión.
pub-data-delete-explain = Sus datos personales se sustituyen por marcadores y ya no podrá iniciar sesión. Las reuniones que mantuvo quedan en el informe del organizador como filas anónimas. El organizador ejecuta la solicitud.
pub-data-delete-confirm = Lo entiendo: eliminen mis datos personales.
pub-data-delete-ask = Solicitar la eliminación
pub-flash-tick-delete = Marque la casilla para confirmar que desea eliminar sus datos. No se ha enviado nada.
pub-flash-deletion-sent = Su solicitud de eliminación se ha enviado al organizador.
pub-flash-news-on = Recibirá noticias del organizador.
pub-flash-news-off = Ya no recibirá noticias del organizador.

## Profile fields on the data page
pub-field-name = Nombre
pub-field-email = Correo electrónico
pub-field-organisation = Organización
pub-field-position = Cargo
pub-field-country = País
pub-field-time-zone = Zona horaria
pub-field-languages = Idiomas
pub-field-looking-for = Busca
pub-field-interests = Intereses
pub-field-needs-interpreter = Necesita intérprete
pub-field-invited-at = Invitado (UTC)
pub-field-profile-completed-at = Perfil completado (UTC)
pub-field-created-at = Creado (UTC)
pub-field-company-name-ko = Nombre de la empresa (coreano)
pub-field-company-name-en = Nombre de la empresa (inglés)
pub-field-business-registration-number = Número de registro mercantil
pub-field-representative = Representante
pub-field-contact-name = Persona de contacto
pub-field-phone = Teléfono
pub-field-website = Sitio web
pub-field-address = Dirección
pub-field-company-size = Tamaño de la empresa
pub-field-year-founded = Fundada
pub-field-catalogue-url = Catálogo
pub-field-pitch = Presentación
pub-field-sectors = Sectores
pub-field-markets-served = Mercados atendidos
pub-field-target-markets = Mercados objetivo
pub-field-products = Productos
pub-field-status = Estado

pub-data-yes = Sí
pub-data-no = No

## Non-essential emails
optout-title = Dejar de recibir recordatorios
optout-heading = ¿Dejar de recibir el recordatorio antes de cada reunión?
optout-what = Ya no recibirá el breve correo que le enviamos poco antes de cada una de sus reuniones. Seguirá recibiendo las invitaciones, los cambios y las cancelaciones.
optout-stop = Dejar de recibir estos recordatorios
optout-done-heading = Recordatorios desactivados
optout-done = Ya no recibirá el recordatorio antes de cada reunión. Puede volver a activarlo en su página «Sus datos».
pub-data-email-choices = Qué correos recibe
pub-data-reminders-on = Recibe un breve recordatorio antes de cada reunión.
pub-data-reminders-off = No recibe recordatorios antes de sus reuniones.
pub-data-reminders-stop = Dejar de recibir recordatorios
pub-data-reminders-start = Enviarme recordatorios
pub-flash-reminders-on = Los recordatorios antes de cada reunión están activados.
pub-flash-reminders-off = Los recordatorios antes de cada reunión están desactivados.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = Agenda de interpretación: { $name }
interp-agenda-zone = horarios en hora del recinto ({ $zone })
interp-agenda-calendar = Añadir a mi calendario
interp-agenda-private = Esta página es solo para usted: su dirección figura en sus correos. No la comparta.
interp-agenda-empty = Por ahora no tiene reuniones que interpretar. El correo del organizador le avisará cuando se le asigne una.
interp-agenda-col-time = Hora
interp-agenda-col-place = Lugar
interp-agenda-col-buyer = Comprador
interp-agenda-col-supplier = Proveedor
optout-done-interpreter = Ya no recibirá el recordatorio antes de cada reunión. Para volver a recibirlo, escriba al organizador.
