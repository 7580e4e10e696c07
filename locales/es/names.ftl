# Machine-assisted translation awaiting native review.
# Names of things by code, owned by i18n::format (t.sector, …). Country and language
# names come from CLDR through ICU4X, not from here.

# A day and a clock range on one line: "Tue 8 Sept · 16:00–16:30".
format-day-time = { $day } · { $time }
# A clock labelled with its zone ("14:00–14:30 KST"), two such clocks (venue, then
# the reader's own), and a zone known only by its offset ("UTC−5").
fmt-zoned-time = { $time } { $zone }
fmt-zoned-pair = { $venue } · { $own }
fmt-utc-offset = UTC{ $offset }
fmt-utc = UTC

## Export sectors (the `sectors` table, domain::reference::SECTORS)
sector-water = Tratamiento de agua y medio ambiente
sector-medical = Dispositivos médicos y salud
sector-ict = TIC, software y seguridad
sector-energy = Energía y equipos eléctricos
sector-construction = Construcción y materiales de construcción
sector-transport = Transporte y movilidad
sector-safety = Seguridad, respuesta a desastres y suministros de defensa
sector-agrifood = Agricultura y alimentación
sector-textiles = Textiles y confección
sector-machinery = Maquinaria y equipos industriales
sector-electronics = Electrónica y componentes
sector-education = Educación y material de oficina
sector-cosmetics = Cosméticos y bienes de consumo
sector-chemicals = Química y materiales
sector-auto = Autopartes
sector-smartcity = Ciudad inteligente y servicios públicos
