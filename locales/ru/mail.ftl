# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = Уважаемый(ая) { $name }!
mail-hello = Здравствуйте!
mail-hello-name = Здравствуйте, { $name }!
mail-layout-why = Вы получили это письмо, потому что участвуете в экспортных консультациях, организованных через expomatch.
mail-privacy-text = Как мы обрабатываем ваши персональные данные (политика конфиденциальности): { $url }
mail-privacy-link = Политика конфиденциальности
mail-open-agenda = Открыть ваше расписание
mail-open-expomatch = Открыть expomatch
mail-your-agenda = ваше расписание: { $link }
mail-reason = Причина: { $reason }
mail-table = стол { $table }

mail-invitation-subject = Приглашение: { $expo }
mail-invitation-intro = приглашаем вас на { $expo } ({ $venue }): индивидуальные экспортные переговоры с отобранными поставщиками.
mail-invitation-open = Откройте вашу персональную ссылку, чтобы заполнить профиль и забронировать встречи:
mail-invitation-button = Заполнить профиль и забронировать встречи
mail-invitation-validity = Ссылка выполняет вход; она действует один раз в течение { $days ->
     [one] { $days } дня
    *[other] { $days } дней
  }. Позже вы всегда можете запросить новую на странице входа.

mail-signin-subject = Ваша ссылка для входа в expomatch
mail-signin-intro = вот ваша ссылка для входа в expomatch:
mail-signin-button = Войти в expomatch
mail-signin-validity = Она действует один раз в течение { $minutes } мин. Если вы её не запрашивали, просто проигнорируйте это письмо: без ссылки никто не сможет войти.

mail-meeting-booked-subject = Встреча назначена: { $counterpart } · { $when }
mail-meeting-moved-subject = Встреча перенесена: { $counterpart } · теперь { $when }
mail-meeting-cancelled-subject = Встреча отменена: { $counterpart } · { $when }
mail-meeting-booked-headline = Ваша встреча с { $counterpart } назначена.
mail-meeting-moved-headline = Ваша встреча с { $counterpart } перенесена.
mail-meeting-cancelled-headline = Ваша встреча с { $counterpart } отменена.
mail-meeting-booked-note = Приложенное приглашение добавит встречу в ваш календарь.
mail-meeting-moved-note = Приложенное приглашение перенесёт встречу в вашем календаре.
mail-meeting-cancelled-note = Приложенный файл удалит встречу из вашего календаря.
mail-meeting-with = С кем
mail-meeting-when = Когда
mail-meeting-where = Где
mail-meeting-reason = Причина
mail-meeting-place = { $venue }, стол { $table }
mail-meeting-venue-time = { $when } (местное время площадки)

mail-slot-freed-subject = Освободилось время у { $supplier }
mail-slot-freed-headline = Только что освободилось время для встречи с { $supplier }: { $when }. Вы хотели встретиться с этой компанией — забронируйте время, пока его не занял кто-то другой.

mail-request-received-subject = Запрос на встречу от { $name }
mail-request-received-headline = { $name } хочет встретиться с вами.
mail-request-accepted-subject = { $name } принял(а) запрос
mail-request-accepted-headline = { $name } принял(а) ваш запрос на встречу. Организатор назначит время.
mail-request-declined-subject = { $name } отклонил(а) запрос
mail-request-declined-headline = { $name } отклонил(а) ваш запрос на встречу.
mail-request-expired-subject = Срок запроса истёк: { $name }
mail-request-expired-headline = Срок вашего запроса на встречу с { $name } истёк: ответа не было в течение { $days ->
     [one] { $days } дня
    *[other] { $days } дней
  }. Вы можете отправить новый, пока выставка принимает запросы.

mail-agenda-published-subject = Ваши встречи на { $expo }
mail-agenda-reminder-subject = Завтра: встреч — { $count }, { $venue }
mail-agenda-published-headline = Ваше расписание на { $expo } готово: встреч — { $count }.
mail-agenda-reminder-headline = Завтра, { $day }, у вас { $count ->
     [one] { $count } встреча
     [few] { $count } встречи
    *[other] { $count } встреч
  }.
mail-agenda-none = (встреч нет)
mail-agenda-interpreter = переводчик { $name }

mail-cal-summary = Экспортная консультация: { $supplier } × { $organisation }
mail-cal-description = { $expo } · встреча { $buyer } и { $supplier } за столом { $table }.
mail-cal-location = { $venue } — стол { $table }
mail-cal-alarm = Ваша встреча начнётся через 15 минут
mail-cal-feed-name = Экспортные консультации

## Online meetings
mail-meeting-online = Онлайн (видеозвонок)
mail-meeting-video = Подключиться
mail-join-button = Подключиться к видеозвонку
mail-join-line = Подключиться к видеозвонку: { $link }
mail-cal-location-online = Онлайн: { $link }
mail-cal-online-description = { $expo } · онлайн-консультация.
mail-reminder-soon-subject = Начало через { $minutes } мин: { $counterpart }
mail-reminder-soon-headline = Ваша встреча с { $counterpart } начнётся через { $minutes } мин.
mail-reminder-soon-turn-off = Отключить эти напоминания: { $link }
