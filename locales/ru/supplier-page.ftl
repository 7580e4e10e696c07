# Machine-assisted translation awaiting native review.
# Публичная страница поставщика, как её видят покупатели (и предпросмотр самого поставщика).

sup-page-book = Записаться на встречу
sup-page-about = О компании
sup-page-sectors = Отрасли
sup-page-exports-to = Экспортирует в
sup-page-new-to-export = начинающий экспортёр
sup-page-wants = Хочет продавать в
sup-page-speaks = Языки
sup-page-company = Компания
sup-page-founded = основана в { $year } г.
sup-page-catalogue = Каталог
sup-page-open-catalogue = Открыть каталог
sup-page-why = Почему мы предлагаем эту компанию
sup-page-no-time = У этого поставщика не осталось свободного времени.
sup-page-times-hint = Время указано в вашем часовом поясе, рядом — время площадки. Запись одним нажатием; стол назначается автоматически.
sup-page-different-day = на площадке другой день
sup-page-current = Текущее время встречи
sup-page-current-hint = Чтобы перенести встречу, выберите другое время ниже; вы оба получите обновлённую запись в календаре.
sup-page-request-heading = Или отправьте запрос на встречу
sup-page-request-hint = Организатор ставит принятые запросы в расписание; обязательные встречи — в первую очередь.
sup-page-must-meet = Мне обязательно нужно встретиться с этим поставщиком
sup-page-would-like = Я хотел бы с ними встретиться
sup-page-message = Сообщение
sup-page-optional = (необязательно)
sup-page-send-request = Отправить запрос
sup-page-products = Продукция
sup-page-no-products = Продукция пока не указана.
sup-page-product = Продукт
sup-page-description = Описание
sup-page-hs-code = Код ТН ВЭД

sup-page-request-profile-first = Сначала заполните свой профиль.
sup-page-request-disabled = На этой выставке запросы на встречи не используются.
sup-page-request-open = У вас уже есть открытый запрос к этому поставщику.
sup-page-request-answered = На этот запрос уже ответили.
sup-page-outside-hours = вне ваших часов
