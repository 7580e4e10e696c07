# Machine-assisted translation awaiting native review.
# La página pública de un proveedor, tal como la ven los compradores (y su vista previa).

sup-page-book = Reservar una reunión
sup-page-about = Acerca de
sup-page-sectors = Sectores
sup-page-exports-to = Exporta a
sup-page-new-to-export = nuevo en la exportación
sup-page-wants = Quiere vender en
sup-page-speaks = Idiomas
sup-page-company = Empresa
sup-page-founded = fundada en { $year }
sup-page-catalogue = Catálogo
sup-page-open-catalogue = Abrir el catálogo
sup-page-why = Por qué lo sugerimos
sup-page-no-time = Este proveedor ya no tiene horarios libres.
sup-page-times-hint = Horas en su zona horaria; al lado, la hora del recinto. Un clic reserva; la mesa se asigna automáticamente.
sup-page-different-day = otro día en el recinto
sup-page-current = Hora actual de la reunión
sup-page-current-hint = Elija otra hora abajo para cambiar la reunión; ambas partes recibirán la entrada de calendario actualizada.
sup-page-request-heading = O envíe una solicitud de reunión
sup-page-request-hint = El organizador programa las solicitudes aceptadas; las de reunión imprescindible van primero.
sup-page-must-meet = Debo reunirme con este proveedor
sup-page-would-like = Me gustaría reunirme con ellos
sup-page-message = Mensaje
sup-page-optional = (opcional)
sup-page-send-request = Enviar solicitud
sup-page-products = Productos
sup-page-no-products = Aún no hay productos.
sup-page-product = Producto
sup-page-description = Descripción
sup-page-hs-code = Código SA

sup-page-request-profile-first = Complete primero su perfil.
sup-page-request-disabled = Esta feria no utiliza solicitudes de reunión.
sup-page-request-open = Ya tiene una solicitud abierta con este proveedor.
sup-page-request-answered = Esta solicitud ya ha sido respondida.
sup-page-outside-hours = fuera de su horario
