# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = Электронная почта
pub-password = Пароль

## Home
pub-index-title = Экспортные консультационные встречи
pub-index-heading = Встречайтесь с покупателями, которым нужна ваша продукция
pub-index-lead = expomatch проводит экспортные консультационные встречи на торговых выставках: иностранные покупатели бронируют встречи один на один с отечественными поставщиками, у каждой встречи свой стол и время, а каждый получает расписание в своём часовом поясе.
pub-index-go-to-page = Перейти на свою страницу
pub-index-register = Зарегистрировать компанию · 참가기업 등록
pub-index-empty = Открытых выставок пока нет. Организаторы могут войти и подготовить выставку.
pub-index-venue-time = время площадки { $zone }
pub-index-buyers = { $count ->
    [one] иностранный покупатель
    [few] иностранных покупателя
   *[other] иностранных покупателей
}
pub-index-suppliers = { $count ->
    [one] поставщик
    [few] поставщика
   *[other] поставщиков
}
pub-index-tables = { $count ->
    [one] стол
    [few] стола
   *[other] столов
}
pub-index-meetings = { $count ->
    [one] встреча забронирована
    [few] встречи забронированы
   *[other] встреч забронировано
}

## Sign-in
pub-signin-heading = Вход для организаторов
pub-signin-by-link = Покупатели и поставщики входят по ссылке из письма:
pub-signin-link = прислать мне ссылку для входа
pub-signin-supplier-q = Поставщик с паролем?
pub-signin-supplier = Вход для поставщиков
pub-signin-new-supplier = Новый поставщик?
pub-signin-register = Зарегистрируйте компанию
pub-signin-email-needed = Введите адрес почты, с которым вы регистрировались.
pub-signin-wrong = Неверный адрес почты или пароль. Проверьте оба и попробуйте снова.

## Sign-in links
pub-link-title = Прислать ссылку для входа
pub-link-intro = Покупатели и поставщики: введите адрес почты, на который вас пригласили или с которым вы регистрировались. Мы пришлём ссылку для входа — пароль не нужен.
pub-link-send = Прислать ссылку
pub-link-organizer = Организатор?
pub-link-with-password = Войдите с паролем
pub-link-expired = Срок действия ссылки для входа истёк. Ради безопасности вашей учётной записи ссылки действуют ограниченное время. Введите адрес почты, и мы пришлём новую.
pub-link-used = Эта ссылка для входа уже использована. Каждая ссылка работает один раз. Введите адрес почты, и мы пришлём новую.
pub-link-invalid = Ссылка для входа недействительна. Возможно, она обрезалась при копировании. Запросите новую ниже.
pub-sent-title = Проверьте почту
pub-sent-if = Если адрес
pub-sent-is-registered = зарегистрирован
pub-sent-if-address = Если адрес зарегистрирован
pub-sent-on-its-way = на выставке, ссылка для входа уже в пути. Она работает один раз и 30 минут.
pub-sent-nothing = Через несколько минут ничего не пришло? Проверьте папку «Спам» или
pub-sent-another = запросите другую ссылку
pub-confirm-heading = Войти как { $name }
pub-confirm-once = ссылка работает один раз.
pub-confirm-continue = Продолжить
pub-confirm-not-you = Это не вы? Закройте страницу: ничего не произойдёт, пока вы не продолжите.

## Consents
pub-consent-title = Политика конфиденциальности обновлена
pub-consent-heading = Прочитайте обновлённую политику конфиденциальности
pub-consent-intro = Организатор изменил порядок обработки ваших персональных данных. Дайте согласие с новой политикой, чтобы перейти к своим страницам.
pub-consent-tick = Отметьте обязательные согласия ниже. Пока ничего не сохранено.
pub-consent-accept = Принять и продолжить
pub-consent-rather-not = Не хотите?
pub-consent-download-or-delete = Скачайте свои данные или запросите их удаление
pub-cons-legend = Ваши персональные данные · 개인정보 수집·이용 동의
pub-cons-read = Прочитайте
pub-cons-notice = политику конфиденциальности
pub-cons-version = (версия { $version }): что мы собираем, зачем, как долго храним и кто получает.
pub-cons-required = Обязательно:
pub-cons-collection = Я даю согласие на сбор и использование моих персональных данных, как описано в политике. (필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = Я даю согласие на передачу моего имени, организации и контактных данных другой стороне каждой моей встречи. (필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = Я даю согласие на передачу моих персональных данных { $recipient } в { $country }, где размещён этот сервис. (필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = Необязательно: присылайте мне новости организатора о будущих выставках. (선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = Политика конфиденциальности · 개인정보 처리방침
pub-priv-version = Версия { $version }, опубликована { $date } (UTC).
pub-priv-see-data = Посмотреть данные, которые мы храним о вас
pub-priv-why = Зачем мы обрабатываем персональные данные
pub-priv-what = Что мы собираем
pub-priv-buyers = Иностранные покупатели:
pub-priv-buyers-data = имя, почта, организация, должность, страна, часовой пояс, языки, интересующие отрасли и товары, нужен ли переводчик, ваши встречи, запросы, оценки и отметки о регистрации, а также письма, которые мы вам отправили.
pub-priv-suppliers = Поставщики:
pub-priv-suppliers-data = имя, почта и телефон контактного лица, имя руководителя, названия компании, регистрационный номер, адрес, сайт, продукция и рынки, ваши встречи, запросы и их зафиксированные результаты, а также письма, которые мы вам отправили.
pub-priv-everyone = Все:
pub-priv-everyone-data = время и сетевой адрес каждого данного вами согласия.
pub-priv-who = Кто их получает
pub-priv-other-party = Другая сторона каждой вашей встречи видит ваше имя, организацию и контактные данные (с вашего согласия на эту передачу).
pub-priv-staff = Сотрудники организатора — для проведения выставки.
pub-priv-abroad = Ваши данные передаются за рубеж: { $recipient } в { $country }, где размещён этот сервис, на весь срок хранения (см. ниже). Согласие на эту передачу даётся отдельно.
pub-priv-korea = Ваши данные остаются в Корее.
pub-priv-how-long = Как долго мы их храним
pub-priv-retention = { $days } дн. после последнего дня выставки; затем ваши персональные данные заменяются заглушками и остаются только обезличенные показатели.
pub-priv-mail-retention = Текст доставленных писем: { $days } дн. после доставки.
pub-priv-rights = Ваши права
pub-priv-rights-text = После входа на странице ваших данных вы можете просмотреть и скачать всё, что мы храним о вас, отозвать согласие на новости и запросить удаление данных. Проведённые встречи остаются в отчёте организатора как обезличенные строки.
pub-priv-officer = Ответственный за защиту данных · 개인정보 보호책임자
pub-priv-no-officer = Организатор ещё не назначил ответственного за защиту данных.

## Your data
pub-data-intro = Всё, что сервис хранит о вас для { $expo }, по состоянию на { $when } UTC.
pub-data-download = Скачать в JSON
pub-data-profile = Профиль
pub-data-meetings = Встречи ({ $count })
pub-data-none = Нет.
pub-data-starts = Начало (UTC)
pub-data-with = С кем
pub-data-requests = Запросы на встречу ({ $count })
pub-data-ratings = Ваши оценки ({ $count })
pub-data-consents = Согласия
pub-data-none-recorded = Согласий не записано.
pub-data-consent = Согласие
pub-data-notice-version = Версия политики
pub-data-given = Дано (UTC)
pub-data-from = С адреса
pub-data-withdrawn = Отозвано
pub-data-news-stop = Не получать новости организатора
pub-data-news-start = Получать новости организатора
pub-data-consent-again = Прочитать текущую политику и дать согласие снова
pub-data-required-end = Обязательные согласия прекращаются вместе с учётной записью: чтобы отозвать их, запросите удаление ниже.
pub-data-emails = Письма, отправленные вам ({ $count })
pub-data-delete = Удалить мои данные
pub-data-deletion-pending = Вы запросили удаление { $when } UTC. Организатор выполнит его; после этого вы не сможете войти.
pub-data-delete-explain = Ваши персональные данные заменяются заглушками, и вы больше не сможете войти. Проведённые встречи остаются в отчёте организатора как обезличенные строки. Запрос выполняет организатор.
pub-data-delete-confirm = Я понимаю: удалите мои персональные данные.
pub-data-delete-ask = Запросить удаление
pub-flash-tick-delete = Отметьте флажок, чтобы подтвердить удаление данных. Ничего не отправлено.
pub-flash-deletion-sent = Ваш запрос на удаление отправлен организатору.
pub-flash-news-on = Вы будете получать новости организатора.
pub-flash-news-off = Вы больше не будете получать новости организатора.

## Profile fields on the data page
pub-field-name = Имя
pub-field-email = Электронная почта
pub-field-organisation = Организация
pub-field-position = Должность
pub-field-country = Страна
pub-field-time-zone = Часовой пояс
pub-field-languages = Языки
pub-field-looking-for = Ищет
pub-field-interests = Интересы
pub-field-needs-interpreter = Нужен переводчик
pub-field-invited-at = Приглашён (UTC)
pub-field-profile-completed-at = Профиль заполнен (UTC)
pub-field-created-at = Создан (UTC)
pub-field-company-name-ko = Название компании (корейское)
pub-field-company-name-en = Название компании (английское)
pub-field-business-registration-number = Регистрационный номер
pub-field-representative = Руководитель
pub-field-contact-name = Контактное лицо
pub-field-phone = Телефон
pub-field-website = Сайт
pub-field-address = Адрес
pub-field-company-size = Размер компании
pub-field-year-founded = Основана
pub-field-catalogue-url = Каталог
pub-field-pitch = О компании
pub-field-sectors = Отрасли
pub-field-markets-served = Текущие рынки
pub-field-target-markets = Целевые рынки
pub-field-products = Продукция
pub-field-status = Статус

pub-data-yes = Да
pub-data-no = Нет

## Non-essential emails
optout-title = Отключить напоминания
optout-heading = Отключить напоминание перед каждой встречей?
optout-what = Вы больше не будете получать короткое письмо незадолго до каждой встречи. Приглашения, изменения и отмены по-прежнему будут приходить.
optout-stop = Отключить эти напоминания
optout-done-heading = Напоминания отключены
optout-done = Вы больше не будете получать напоминание перед каждой встречей. Включить его снова можно на странице «Ваши данные».
pub-data-email-choices = Какие письма вы получаете
pub-data-reminders-on = Перед каждой встречей вы получаете короткое напоминание.
pub-data-reminders-off = Вы не получаете напоминаний перед встречами.
pub-data-reminders-stop = Отключить напоминания
pub-data-reminders-start = Присылать мне напоминания
pub-flash-reminders-on = Напоминания перед каждой встречей включены.
pub-flash-reminders-off = Напоминания перед каждой встречей отключены.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = Расписание переводчика: { $name }
interp-agenda-zone = время указано по времени площадки ({ $zone })
interp-agenda-calendar = Добавить в мой календарь
interp-agenda-private = Эта страница только для вас: её адрес есть в ваших письмах. Никому его не передавайте.
interp-agenda-empty = Сейчас у вас нет встреч для перевода. Когда вас назначат на встречу, организатор сообщит об этом по почте.
interp-agenda-col-time = Время
interp-agenda-col-place = Место
interp-agenda-col-buyer = Покупатель
interp-agenda-col-supplier = Поставщик
optout-done-interpreter = Вы больше не будете получать напоминание перед каждой встречей. Чтобы снова его получать, напишите организатору.
