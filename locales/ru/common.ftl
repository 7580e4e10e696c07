# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = Выставки
nav-suppliers = Поставщики
nav-email = Почта
nav-audit = Журнал аудита
nav-personal-data = Персональные данные
nav-staff = Сотрудники
nav-my-agenda = Моё расписание
nav-my-meetings = Мои встречи
nav-requests = Запросы
nav-profile = Профиль
nav-main = Главное меню

role-organizer = Организатор
role-supplier = Поставщик
role-buyer = Покупатель

frame-sign-out = Выйти
frame-sign-in = Войти
frame-footer = expomatch · экспортные консультационные встречи · время указано в вашем часовом поясе, рядом — время площадки
frame-privacy = Политика конфиденциальности
frame-your-data = Ваши данные
frame-language = Язык

state-expo-draft = Черновик
state-expo-open = Открыта
state-expo-closed = Закрыта
state-supplier-unverified = Email не подтверждён
state-supplier-pending = Ожидает одобрения
state-supplier-approved = Одобрен
state-supplier-rejected = Не одобрен
state-request-pending = Ожидает ответа
state-request-accepted = Принят
state-request-declined = Отклонён
state-request-expired = Истёк
state-request-withdrawn = Отозван
state-request-scheduled = Назначен
state-meeting-booked = Забронирована
state-meeting-held = Состоялась
state-meeting-no_show = Неявка
state-meeting-cancelled = Отменена
state-mode-table = За столом
state-mode-online = Онлайн
state-mode-hybrid = Гибридная
state-message-pending = В очереди
state-message-sending = Отправляется
state-message-sent = Доставлено
state-message-failed = Не доставлено
state-run-draft = Черновик
state-run-published = Опубликовано
state-run-discarded = Отклонено
state-progress-not_invited = Не приглашён
state-progress-invited = Приглашён
state-progress-signed_in = Вошёл в систему
state-progress-profile_complete = Профиль заполнен
state-progress-meetings_booked = Встречи забронированы
flash-email = { $email }

fmt-dates-tba = Даты будут объявлены
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
fmt-venue-time = { $time } по времени площадки

match-sector = работает в отрасли «{ $sector }», которая вас интересует
match-serves = уже экспортирует в страну: { $country }
match-targets = хочет выйти на рынок страны: { $country }
match-speaks = говорит на языке: { $language }
match-interpreter = нет общего языка: понадобится переводчик
match-product = производит { $product } (совпадает с «{ $word }» в вашем запросе)
match-org-sector = работает в отрасли «{ $sector }», которая интересует покупателя
match-org-speaks = обе стороны говорят на языке: { $language }
match-org-product = производит { $product } (совпадает с «{ $word }» в запросе покупателя)

## Joining an online meeting
join-title = Подключение к встрече
join-back = Вернуться к моим встречам
join-cancelled-heading = Эта встреча отменена
join-cancelled = Подключаться не к чему: встреча отменена. Актуальный список ваших встреч — в вашем расписании.
join-at-table-heading = Эта встреча проходит за столом
join-at-table = Эта встреча проходит за своим столом на площадке, а не онлайн. Номер стола указан в вашем расписании.
join-not-yet-heading = Ссылка на видеозвонок ещё не готова
join-not-yet = Организатор ещё не настроил видеокомнату для этой встречи. Попробуйте снова незадолго до её начала или ответьте на письмо организатора.
join-button = Подключиться
nav-status = Состояние
