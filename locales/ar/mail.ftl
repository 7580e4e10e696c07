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

mail-signin-subject = رابط تسجيل الدخول إلى expomatch
mail-signin-intro = إليك رابط تسجيل الدخول إلى expomatch:
mail-signin-button = سجّل الدخول إلى expomatch
mail-signin-validity = يعمل الرابط مرة واحدة وخلال الدقائق الـ { $minutes } القادمة. إذا لم تطلبه فتجاهل هذه الرسالة؛ لا يمكن لأحد تسجيل الدخول دون الرابط.

mail-meeting-booked-subject = تم حجز اللقاء: { $counterpart } · { $when }
mail-meeting-moved-subject = تم تغيير موعد اللقاء: { $counterpart } · الموعد الجديد { $when }
mail-meeting-cancelled-subject = تم إلغاء اللقاء: { $counterpart } · { $when }
mail-meeting-booked-headline = تم حجز لقائك مع { $counterpart }.
mail-meeting-moved-headline = تم تغيير موعد لقائك مع { $counterpart }.
mail-meeting-cancelled-headline = تم إلغاء لقائك مع { $counterpart }.
mail-meeting-booked-note = تضيف الدعوة المرفقة اللقاء إلى تقويمك.
mail-meeting-moved-note = تحدّث الدعوة المرفقة موعد اللقاء في تقويمك.
mail-meeting-cancelled-note = يزيل الملف المرفق اللقاء من تقويمك.
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

mail-cal-summary = استشارة تصديرية: { $supplier } × { $organisation }
mail-cal-description = { $expo } · لقاء { $buyer } مع { $supplier } على الطاولة { $table }.
mail-cal-location = { $venue } — الطاولة { $table }
mail-cal-alarm = يبدأ لقاؤك بعد 15 دقيقة
mail-cal-feed-name = استشارات التصدير

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
