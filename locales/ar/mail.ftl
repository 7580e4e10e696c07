# Machine-assisted translation awaiting native review.
# Emails and calendar files a buyer receives. Key prefix: mail-.

mail-dear = عزيزي/عزيزتي { $name }،
mail-hello = مرحبًا،
mail-hello-name = مرحبًا { $name }،
mail-layout-why = تصلك هذه الرسالة لأنك تشارك في لقاءات استشارية للتصدير منظَّمة عبر expomatch.
mail-privacy-text = كيف نتعامل مع بياناتك الشخصية (إشعار الخصوصية): { $url }
mail-privacy-link = إشعار الخصوصية
mail-open-agenda = افتح جدولك
mail-open-expomatch = افتح expomatch
mail-your-agenda = جدولك: { $link }
mail-reason = السبب: { $reason }
mail-table = الطاولة { $table }

mail-invitation-subject = دعوة: { $expo }
mail-invitation-intro = يسرّنا دعوتك إلى { $expo } في { $venue }: لقاءات فردية للاستشارات التصديرية مع موردين مختارين.
mail-invitation-open = افتح رابطك الشخصي لإكمال ملفك وحجز لقاءاتك:
mail-invitation-button = أكمل ملفك واحجز اللقاءات
mail-invitation-validity = يسجّل هذا الرابط دخولك؛ ويعمل مرة واحدة ولمدة { $days } يومًا. يمكنك لاحقًا طلب رابط جديد في أي وقت من صفحة تسجيل الدخول.
mail-invitation-when = أيام الاستشارات
mail-invitation-where = المكان
mail-invitation-deadline = آخر موعد للحجز
mail-invitation-organizer = المنظّم
mail-invitation-reply = لديك أسئلة؟ ردّ على هذه الرسالة وسيجيبك المنظّم.

mail-signin-subject = رابط تسجيل الدخول إلى expomatch
mail-signin-intro = إليك رابط تسجيل الدخول إلى expomatch:
mail-signin-button = سجّل الدخول إلى expomatch
mail-signin-validity = يعمل الرابط مرة واحدة وخلال الدقائق الـ { $minutes } القادمة. إذا لم تطلبه فتجاهل هذه الرسالة؛ لا يمكن لأحد تسجيل الدخول دون الرابط.

## A supplier's account: verification, account exists, password reset

mail-verify-subject = أكّد عنوان بريدك الإلكتروني في expomatch
mail-verify-intro = شكرًا لتسجيلك { $company } في { $expo }.
mail-verify-confirm-text = يُرجى تأكيد عنوان بريدك الإلكتروني عبر هذا الرابط:
mail-verify-confirm-html = يُرجى تأكيد عنوان بريدك الإلكتروني:
mail-verify-button = تأكيد عنوان بريدي الإلكتروني
mail-verify-validity = يعمل الرابط مرة واحدة ولمدة { $days ->
     [one] يوم واحد
     [two] يومين
     [few] { $days } أيام
     [many] { $days } يومًا
    *[other] { $days } يوم
  }. بعد التأكيد، يراجع المنظّم تسجيلك، وسنرسل إليك رسالة عند الموافقة عليه.
mail-verify-ignore = إذا لم تقم بالتسجيل، فيمكنك تجاهل هذه الرسالة.

mail-exists-subject = لديك حساب في expomatch بالفعل
mail-exists-your-company = شركتك
mail-exists-intro = حاول شخص ما (ربما أنت) تسجيل شركة في { $expo } بعنوان البريد الإلكتروني هذا، لكن لهذا العنوان حساب في expomatch بالفعل ({ $company }).
mail-exists-how-text = لتسجيل الدخول، استخدم كلمة مرورك، أو عيّن كلمة مرور جديدة عبر هذا الرابط:
mail-exists-how-html = لتسجيل الدخول، استخدم كلمة مرورك، أو عيّن كلمة مرور جديدة:
mail-exists-validity = يعمل الرابط مرة واحدة وخلال الدقائق الـ { $minutes } القادمة. إذا لم تكن أنت، فيمكنك تجاهل هذه الرسالة: لم يتغير شيء.

mail-reset-subject = تعيين كلمة مرور جديدة لـ expomatch
mail-reset-intro = إليك رابط تعيين كلمة مرور جديدة لـ expomatch:
mail-reset-button = تعيين كلمة مرور جديدة
mail-reset-validity = يعمل الرابط مرة واحدة وخلال الدقائق الـ { $minutes } القادمة. إذا لم تطلبه فتجاهل هذه الرسالة؛ ستبقى كلمة مرورك كما هي.

mail-meeting-booked-subject = تم حجز اللقاء: { $counterpart } · { $when }
mail-meeting-moved-subject = تم تغيير موعد اللقاء: { $counterpart } · الموعد الجديد { $when }
mail-meeting-cancelled-subject = تم إلغاء اللقاء: { $counterpart } · { $when }
mail-meeting-booked-headline = تم حجز لقائك مع { $counterpart }.
mail-meeting-moved-headline = تم تغيير موعد لقائك مع { $counterpart }.
mail-meeting-cancelled-headline = تم إلغاء لقائك مع { $counterpart }.
mail-meeting-booked-note = تضيف الدعوة المرفقة اللقاء إلى تقويمك.
mail-meeting-moved-note = تحدّث الدعوة المرفقة موعد اللقاء في تقويمك.
mail-meeting-cancelled-note = يزيل الملف المرفق اللقاء من تقويمك.
mail-meeting-table-subject = طاولة جديدة للقائك: { $counterpart } · { $when }
mail-meeting-table-headline = يبقى موعد لقائك مع { $counterpart } كما هو، لكنه انتقل إلى طاولة أخرى.
mail-meeting-mode-subject = طريقة جديدة للقاء: { $counterpart } · { $when }
mail-meeting-mode-headline = يبقى موعد لقائك مع { $counterpart } كما هو، لكن طريقة اللقاء تغيّرت (انظر «المكان» أدناه).
mail-meeting-no-show-subject = سُجّل على أنه لم يُعقد: { $counterpart } · { $when }
mail-meeting-no-show-headline = سُجّل لقاؤك مع { $counterpart } على أنه عدم حضور، لذا أصبح ذلك الموعد متاحًا من جديد. إذا كان هذا خطأً، فردّ على هذه الرسالة.
mail-meeting-no-show-note = يزيل الملف المرفق اللقاء من تقويمك.
mail-meeting-restored-subject = اللقاء قائم: { $counterpart } · { $when }
mail-meeting-restored-headline = كان تسجيل عدم الحضور في لقائك مع { $counterpart } خطأً وقد أُلغي: اللقاء قائم في موعده.
mail-meeting-with = مع
mail-meeting-when = الموعد
mail-meeting-where = المكان
mail-meeting-reason = السبب
mail-meeting-place = { $venue }، الطاولة { $table }
mail-meeting-venue-time = { $when } (بتوقيت مكان المعرض)

mail-slot-freed-subject = أصبح هناك موعد متاح مع { $supplier }
mail-slot-freed-headline = أصبح موعد لقاء مع { $supplier } متاحًا للتو: { $when }. لقد طلبت لقاء هذه الشركة؛ احجزه قبل أن يحجزه غيرك.

mail-request-received-subject = طلب لقاء من { $name }
mail-request-received-headline = يرغب { $name } في لقائك.
mail-request-accepted-subject = قبل { $name } طلبك
mail-request-accepted-headline = قبل { $name } طلب اللقاء الخاص بك. سيحدد المنظّم الموعد.
mail-request-declined-subject = رفض { $name } طلبك
mail-request-declined-headline = رفض { $name } طلب اللقاء الخاص بك.
mail-request-expired-subject = انتهت صلاحية الطلب: { $name }
mail-request-expired-headline = انتهت صلاحية طلب اللقاء الذي أرسلته إلى { $name }: لم يصل رد خلال { $days } يومًا. يمكنك إرسال طلب جديد ما دام المعرض يستقبل الطلبات.

mail-agenda-published-subject = لقاءاتك في { $expo }
mail-agenda-reminder-subject = غدًا: عدد اللقاءات { $count } في { $venue }
mail-agenda-published-headline = جدولك في { $expo } جاهز: عدد اللقاءات { $count }.
mail-agenda-reminder-headline = غدًا، { $day }، لديك { $count } من اللقاءات.
mail-agenda-none = (لا توجد لقاءات)
mail-agenda-interpreter = المترجم { $name }
mail-agenda-calendar-note = يضيف ملف التقويم المرفق هذه اللقاءات إلى تقويمك. وإذا تغيّر موعد أحدها أو أُلغي لاحقًا، فستحدّث الرسالة الخاصة بذلك الإدخالَ نفسه.

mail-cal-summary = استشارة تصديرية: { $supplier } × { $organisation }
mail-cal-description = { $expo } · لقاء { $buyer } مع { $supplier } على الطاولة { $table }.
mail-cal-location = { $venue } — الطاولة { $table }
mail-cal-alarm = يبدأ لقاؤك بعد 15 دقيقة
mail-cal-feed-name = استشارات التصدير

## Supplier registration decided

mail-supplier-approved-subject = تمت الموافقة: { $expo }
mail-supplier-rejected-subject = لم تتم الموافقة على التسجيل: { $expo }
mail-supplier-approved-headline = تمت الموافقة على مشاركة { $name } في { $expo }: يمكن للمشترين الآن العثور عليك وحجز اللقاءات.
mail-supplier-rejected-headline = لم تتم الموافقة على تسجيل { $name } في { $expo }.

## Follow-up survey (to a supplier)

mail-followup-subject = بعد { $months ->
     [one] شهر واحد
     [two] شهرين
     [few] { $months } أشهر
     [many] { $months } شهرًا
    *[other] { $months } شهر
  } من { $expo }: كيف كانت لقاءاتك؟
mail-followup-since = مضى على { $expo } { $months ->
     [one] شهر واحد
     [two] شهران
     [few] { $months } أشهر
     [many] { $months } شهرًا
    *[other] { $months } شهر
  }.
mail-followup-meetings = { $count ->
     [zero] لا لقاءات
     [one] لقاء واحد
     [two] لقاءان
     [few] { $count } لقاءات
     [many] { $count } لقاءً
    *[other] { $count } لقاء
  }
mail-followup-headline = { $since } ما الذي أسفرت عنه لقاءاتك ({ $meetings })؟
mail-followup-why = تساعد إجاباتك الجهة المعنية على معرفة مدى إسهام هذه الاستشارات في دعم الصادرات الكورية. يُرجى تحديث نتيجة كل لقاء، حتى لو لم يُسفر عن شيء.
mail-followup-so-far = حتى الآن: { $result }
mail-followup-no-result = لم تُسجَّل أي نتيجة بعد
mail-followup-update = تحديث: { $link }
mail-followup-update-link = تحديث النتيجة
mail-followup-sign-in = تسجيل الدخول
mail-followup-sign-in-note = (يعمل الرابط مرة واحدة، ولمدة { $days ->
     [one] يوم واحد
     [two] يومين
     [few] { $days } أيام
     [many] { $days } يومًا
    *[other] { $days } يوم
  }).
mail-followup-sign-in-text = سجّل الدخول عبر هذا الرابط (يعمل مرة واحدة، ولمدة { $days ->
     [one] يوم واحد
     [two] يومين
     [few] { $days } أيام
     [many] { $days } يومًا
    *[other] { $days } يوم
  }): { $link }
mail-interest-none = لا اهتمام
mail-interest-follow-up = تم الاتفاق على المتابعة
mail-interest-sample-or-quote = طُلبت عينة أو عرض سعر
mail-interest-contract-expected = عقد متوقَّع
mail-interest-contract-signed = تم توقيع العقد

## Online meetings
mail-meeting-online = عبر الإنترنت (مكالمة فيديو)
mail-meeting-video = انضمام
mail-join-button = الانضمام إلى مكالمة الفيديو
mail-join-line = الانضمام إلى مكالمة الفيديو: { $link }
mail-cal-location-online = عبر الإنترنت: { $link }
mail-cal-online-description = { $expo } · استشارة عبر الإنترنت.
mail-reminder-soon-subject = يبدأ خلال { $minutes } دقيقة: { $counterpart }
mail-reminder-soon-headline = يبدأ اجتماعك مع { $counterpart } خلال { $minutes } دقيقة.
mail-reminder-soon-turn-off = إيقاف هذه التذكيرات: { $link }

## An interpreter's messages (interpreters have no account; the agenda link is theirs)
mail-interp-assigned-subject = ستتولى الترجمة في لقاء: { $buyer }، { $when }
mail-interp-assigned-headline = أنت المترجم في لقاء { $buyer } مع { $supplier }.
mail-interp-released-subject = لم تعد الترجمة مطلوبة منك: { $buyer }، { $when }
mail-interp-released-headline = لم تعد هناك حاجة إليك مترجمًا في لقاء { $buyer } مع { $supplier }. شكرًا لك.
mail-interp-updated-subject = تم تغيير اللقاء الذي تترجمه: { $buyer }، { $when }
mail-interp-updated-headline = تغيّر لقاء { $buyer } مع { $supplier } الذي تتولى ترجمته. وهذه تفاصيله كما هي الآن.
mail-interp-cancelled-subject = تم إلغاء اللقاء الذي تترجمه: { $buyer }، { $when }
mail-interp-cancelled-headline = لن يُعقد لقاء { $buyer } مع { $supplier } الذي كان مقررًا أن تترجمه.
mail-interp-buyer = المشتري
mail-interp-supplier = المورد
mail-interp-agenda = جدول الترجمة الخاص بك: { $link }
mail-interp-open-agenda = افتح جدول الترجمة الخاص بك
