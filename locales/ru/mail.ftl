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
mail-invitation-when = Дни консультаций
mail-invitation-where = Место проведения
mail-invitation-deadline = Бронирование до
mail-invitation-organizer = Организатор
mail-invitation-reply = Есть вопросы? Ответьте на это письмо, и организатор вам ответит.

mail-signin-subject = Ваша ссылка для входа в expomatch
mail-signin-intro = вот ваша ссылка для входа в expomatch:
mail-signin-button = Войти в expomatch
mail-signin-validity = Она действует один раз в течение { $minutes } мин. Если вы её не запрашивали, просто проигнорируйте это письмо: без ссылки никто не сможет войти.

## A supplier's account: verification, account exists, password reset

mail-verify-subject = Подтвердите адрес электронной почты для expomatch
mail-verify-intro = благодарим вас за регистрацию компании { $company } на { $expo }.
mail-verify-confirm-text = Подтвердите адрес электронной почты по этой ссылке:
mail-verify-confirm-html = Подтвердите адрес электронной почты:
mail-verify-button = Подтвердить адрес электронной почты
mail-verify-validity = Ссылка действует один раз в течение { $days ->
     [one] { $days } дня
     [few] { $days } дней
     [many] { $days } дней
    *[other] { $days } дня
  }. После подтверждения организатор проверит вашу регистрацию; когда она будет одобрена, мы сообщим вам по электронной почте.
mail-verify-ignore = Если вы не регистрировались, просто проигнорируйте это письмо.

mail-exists-subject = У вас уже есть учётная запись expomatch
mail-exists-your-company = ваша компания
mail-exists-intro = кто-то (вероятно, вы) попытался зарегистрировать компанию на { $expo } с этим адресом электронной почты, но для него уже есть учётная запись expomatch ({ $company }).
mail-exists-how-text = Чтобы войти, используйте свой пароль или задайте новый по этой ссылке:
mail-exists-how-html = Чтобы войти, используйте свой пароль или задайте новый:
mail-exists-validity = Ссылка действует один раз в течение { $minutes } мин. Если это были не вы, просто проигнорируйте это письмо: ничего не изменилось.

mail-reset-subject = Задайте новый пароль expomatch
mail-reset-intro = вот ваша ссылка для установки нового пароля expomatch:
mail-reset-button = Задать новый пароль
mail-reset-validity = Она действует один раз в течение { $minutes } мин. Если вы её не запрашивали, просто проигнорируйте это письмо: ваш пароль останется прежним.

mail-meeting-booked-subject = Встреча назначена: { $counterpart } · { $when }
mail-meeting-moved-subject = Встреча перенесена: { $counterpart } · теперь { $when }
mail-meeting-cancelled-subject = Встреча отменена: { $counterpart } · { $when }
mail-meeting-booked-headline = Ваша встреча с { $counterpart } назначена.
mail-meeting-moved-headline = Ваша встреча с { $counterpart } перенесена.
mail-meeting-cancelled-headline = Ваша встреча с { $counterpart } отменена.
mail-meeting-booked-note = Приложенное приглашение добавит встречу в ваш календарь.
mail-meeting-moved-note = Приложенное приглашение перенесёт встречу в вашем календаре.
mail-meeting-cancelled-note = Приложенный файл удалит встречу из вашего календаря.
mail-meeting-table-subject = Новый стол для встречи: { $counterpart } · { $when }
mail-meeting-table-headline = Ваша встреча с { $counterpart } остаётся в то же время, но переносится за другой стол.
mail-meeting-mode-subject = Новый формат встречи: { $counterpart } · { $when }
mail-meeting-mode-headline = Ваша встреча с { $counterpart } остаётся в то же время, но её формат изменился (см. «Где» ниже).
mail-meeting-no-show-subject = Отмечена как несостоявшаяся: { $counterpart } · { $when }
mail-meeting-no-show-headline = Ваша встреча с { $counterpart } отмечена как неявка, поэтому это время снова свободно. Если это ошибка, ответьте на это письмо.
mail-meeting-no-show-note = Приложенный файл удалит встречу из вашего календаря.
mail-meeting-restored-subject = Встреча в силе: { $counterpart } · { $when }
mail-meeting-restored-headline = Отметка о неявке на встречу с { $counterpart } была ошибочной и отменена: встреча остаётся в силе.
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
mail-agenda-calendar-note = Приложенный файл календаря добавит эти встречи в ваш календарь. Если какую-то из них позже перенесут или отменят, письмо об этом обновит ту же запись.

mail-cal-summary = Экспортная консультация: { $supplier } × { $organisation }
mail-cal-description = { $expo } · встреча { $buyer } и { $supplier } за столом { $table }.
mail-cal-location = { $venue } — стол { $table }
mail-cal-alarm = Ваша встреча начнётся через 15 минут
mail-cal-feed-name = Экспортные консультации

## Supplier registration decided

mail-supplier-approved-subject = Регистрация одобрена: { $expo }
mail-supplier-rejected-subject = Регистрация не одобрена: { $expo }
mail-supplier-approved-headline = Регистрация компании { $name } на { $expo } одобрена: теперь покупатели могут найти вас и забронировать встречи.
mail-supplier-rejected-headline = Регистрация компании { $name } на { $expo } не одобрена.

## Follow-up survey (to a supplier)

mail-followup-subject = { $months ->
     [one] { $months } месяц
     [few] { $months } месяца
     [many] { $months } месяцев
    *[other] { $months } месяца
  } после выставки { $expo }: как прошли ваши встречи?
mail-followup-since = { $months ->
     [one] После выставки { $expo } прошёл { $months } месяц.
     [few] После выставки { $expo } прошло { $months } месяца.
     [many] После выставки { $expo } прошло { $months } месяцев.
    *[other] После выставки { $expo } прошло { $months } месяца.
  }
mail-followup-meetings = { $count ->
     [one] { $count } встреча
     [few] { $count } встречи
     [many] { $count } встреч
    *[other] { $count } встречи
  }
mail-followup-headline = { $since } Каковы результаты ваших встреч ({ $meetings })?
mail-followup-why = Ваши ответы помогут агентству понять, насколько консультации способствовали корейскому экспорту. Пожалуйста, укажите результат каждой встречи, даже если она ни к чему не привела.
mail-followup-so-far = текущий результат: { $result }
mail-followup-no-result = результат ещё не указан
mail-followup-update = указать результат: { $link }
mail-followup-update-link = Указать результат
mail-followup-sign-in = Войти
mail-followup-sign-in-note = (ссылка действует один раз в течение { $days ->
     [one] { $days } дня
     [few] { $days } дней
     [many] { $days } дней
    *[other] { $days } дня
  }).
mail-followup-sign-in-text = Войдите по этой ссылке (она действует один раз в течение { $days ->
     [one] { $days } дня
     [few] { $days } дней
     [many] { $days } дней
    *[other] { $days } дня
  }): { $link }
mail-interest-none = Интереса нет
mail-interest-follow-up = Договорились о продолжении
mail-interest-sample-or-quote = Запрошены образцы или коммерческое предложение
mail-interest-contract-expected = Ожидается контракт
mail-interest-contract-signed = Контракт подписан

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

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = Вы переводите на встрече: { $buyer }, { $when }
mail-interp-assigned-headline = Вы — переводчик на встрече { $buyer } и { $supplier }.
mail-interp-released-subject = Перевод больше не нужен: { $buyer }, { $when }
mail-interp-released-headline = Ваше участие в качестве переводчика на встрече { $buyer } и { $supplier } больше не требуется. Спасибо!
mail-interp-updated-subject = Изменена встреча, на которой вы переводите: { $buyer }, { $when }
mail-interp-updated-headline = Встреча { $buyer } и { $supplier }, на которой вы переводите, изменилась. Ниже — её актуальные данные.
mail-interp-cancelled-subject = Отменена встреча, на которой вы переводите: { $buyer }, { $when }
mail-interp-cancelled-headline = Встреча { $buyer } и { $supplier }, на которой вы должны были переводить, не состоится.
mail-interp-buyer = Покупатель
mail-interp-supplier = Поставщик
mail-interp-agenda = ваше расписание переводчика: { $link }
mail-interp-open-agenda = Открыть ваше расписание переводчика
