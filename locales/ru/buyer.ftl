# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = (необязательно)
buy-back = Назад
buy-reason-for-supplier = Причина для поставщика

## Home: my meetings
buy-home-my-meetings = Мои встречи
buy-home-welcome = Добро пожаловать, { $name }
buy-home-find-suppliers = Найти поставщиков
buy-home-print = Печать
buy-home-zones = ваше время: { $own } · площадка: { $venue }
buy-home-empty-before = Забронированных встреч пока нет.
buy-home-empty-after = и забронируйте время.
buy-home-col-when = Когда (ваше время)
buy-home-col-supplier = Поставщик
buy-home-col-table = Стол
buy-home-col-change = Изменить
buy-home-different-day = на площадке другой день
buy-home-interpreter = переводчик: { $name }
buy-home-rated = Ваша оценка: { $rating }/5
buy-home-change = Изменить
buy-home-rate = Оценить встречу
buy-home-move = Перенести
buy-home-calendar = Календарь
buy-home-cancel = Отменить
buy-home-cancel-this = Отменить эту встречу
buy-home-feed-made = Ваше приложение календаря получает это расписание по личному адресу, созданному { $date }. Потеряли его?
buy-home-feed-renew = Создать новый адрес
buy-home-feed-renew-note = (старый перестанет работать)
buy-home-feed-intro = Держите приложение календаря в курсе этого расписания:
buy-home-feed-make = Получить адрес календаря
buy-home-checkin-alt = Ваш код регистрации
buy-home-checkin = Покажите этот код на стойке регистрации.

## Supplier directory
buy-dir-title = Поставщики
buy-dir-best-first = Сначала — наиболее подходящие вашему профилю.
buy-dir-none-of = Ни один из поставщиков ({ $total }) не подходит.
buy-dir-of = из { $matching }.
buy-dir-of-matching = из { $matching } подходящих (всего поставщиков: { $total }).
buy-dir-search = Искать
buy-dir-search-hint = Компания, продукт, 한글…
buy-dir-filters = { $count ->
    [0] Фильтры
   *[other] Фильтры (выбрано: { $count })
}
buy-dir-sector = Отрасль
buy-dir-any-sector = Любая отрасль
buy-dir-sells-to = Продаёт в
buy-dir-any-market = Любой рынок
buy-dir-speaks = Говорит на
buy-dir-any-language = Любой язык
buy-dir-experience = Опыт экспорта
buy-dir-any = Любой
buy-dir-exporting = Уже экспортирует
buy-dir-new-to-export = Новичок в экспорте
buy-dir-clear = Сбросить
buy-dir-empty = Ни один поставщик не соответствует этим фильтрам.
buy-dir-corrected = Также показаны поставщики по запросу: { $words }
buy-dir-show-all = Показать всех поставщиков
buy-dir-match-score = Насколько этот поставщик соответствует вашему профилю
match-strong = Очень подходит
match-good = Подходит
match-fair = Частично подходит
buy-dir-view-and-book = Открыть и забронировать
buy-dir-pages = Страницы поставщиков
buy-dir-previous = ← Назад
buy-dir-next = Далее →
buy-dir-page-of = Страница { $page } из { $pages }

## Booking (the supplier's page)
buy-book-heading = Забронировать встречу
buy-book-move-heading = Перенести встречу
buy-book-taken = Это время только что занял кто-то другой. Ближайшее свободное время:

## Profile
buy-prof-title = Ваш профиль
buy-prof-welcome = Добро пожаловать — расскажите поставщикам о себе
buy-prof-intro-first = Две минуты: поставщики видят это перед встречей с вами, а мы используем это, чтобы предложить лучшие совпадения.
buy-prof-intro = Поставщики видят это перед встречей с вами.
buy-prof-name = Ваше имя
buy-prof-position = Должность
buy-prof-organisation = Организация
buy-prof-country = Страна
buy-prof-timezone = Ваш часовой пояс
buy-prof-timezone-hint = Время встреч показывается в этом поясе, рядом — время площадки.
buy-prof-languages = Языки, на которых вы можете вести встречу
buy-prof-interpreter = Мне нужен переводчик
buy-prof-sectors = Отрасли, в которых вы закупаете
buy-prof-looking-for = Что вы ищете?
buy-prof-looking-for-hint = Товары, объёмы, предстоящие тендеры. Мы сопоставляем эти слова с продукцией поставщиков.
buy-prof-save-first = Сохранить и найти поставщиков
buy-prof-save = Сохранить

## Rating a meeting
buy-rate-title = Оцените встречу
buy-rate-crumb = Оценка
buy-rate-heading = Как прошла встреча с { $supplier }?
buy-rate-table = стол { $table }
buy-rate-question = Насколько полезной была эта встреча для вашего бизнеса?
buy-rate-not-useful = бесполезна
buy-rate-very-useful = очень полезна
buy-rate-comment = Комментарий для организаторов (необязательно)
buy-rate-private = Вашу оценку читают только организаторы; поставщик её не видит.
buy-rate-save = Сохранить оценку

## Requests
buy-req-title = Запросы на встречу
buy-req-intro = Запросы, которые отправили вы, и запросы, которые отправили вам поставщики. Принятые запросы назначает организатор.
buy-req-disabled = На этой выставке встречи бронируются напрямую; запросы не используются.
buy-req-empty = Запросов пока нет. Отправить запрос можно на странице поставщика.
buy-req-col-direction = Направление
buy-req-col-priority = Приоритет
buy-req-col-status = Статус
buy-req-col-message = Сообщение / ответ
buy-req-request = Запрос
buy-req-to-you = вам
buy-req-from-you = от вас
buy-req-priority-colon = Приоритет:
buy-req-must = обязательно встретиться
buy-req-would-like = хотелось бы
buy-req-expires = истекает { $when } UTC без ответа
buy-req-answer = Ответ: { $reason }
buy-req-accept = Принять
buy-req-decline = Отклонить

## Calendar subscription
buy-feed-title = Адрес вашего календаря
buy-feed-ready = Адрес вашего календаря готов
buy-feed-how = Добавьте этот адрес в Outlook, Google Календарь или телефон («подписаться» или «добавить календарь по URL»). Он обновляется сам, когда встречи бронируются, переносятся или отменяются.
buy-feed-label = Адрес подписки на календарь
buy-feed-copy-now = Скопируйте его сейчас: ради вашей безопасности он показывается только один раз.
buy-feed-keep = Никому его не передавайте: любой, у кого он есть, может читать ваше расписание. Если потеряете — создайте новый; старый перестанет работать.
buy-feed-open = Открыть в приложении календаря
buy-feed-back = Вернуться к расписанию

## Flash messages
buy-flash-moved = Встреча перенесена. Вы оба получите обновлённое приглашение в календарь.
buy-flash-cancel-reason = Укажите краткую причину (до 500 символов), чтобы поставщик понял.
buy-flash-cancelled = Встреча отменена, поставщику сообщена причина.
buy-flash-booked = Встреча забронирована. Подтверждение с приглашением в календарь уже в пути.
buy-flash-profile-complete = Добро пожаловать! Профиль заполнен: ищите поставщиков ниже.
buy-flash-profile-saved = Профиль сохранён.
buy-flash-choose-priority = Выберите, обязательно ли вам встретиться с этим поставщиком или вы просто хотели бы.
buy-flash-message-too-long = Сообщение должно быть короче 1000 символов простого текста.
buy-flash-request-sent = Запрос отправлен. Вы узнаете, когда поставщик ответит.
buy-flash-decline-reason = Укажите поставщику краткую причину отказа (до 500 символов).
buy-flash-accepted = Принято: организатор назначит встречу.
buy-flash-declined = Отклонено; поставщику сообщена причина.

## Online meetings
buy-prof-online = Онлайн-встречи
buy-prof-remote = Я не могу приехать на площадку: все мои встречи проходят онлайн (по видео).
buy-prof-hours-from = Онлайн-встречи с (ваше время)
buy-prof-hours-to = до
buy-prof-hours-hint = Онлайн-встречи назначаются в эти часы по вашему местному времени.
