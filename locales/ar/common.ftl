# Machine-assisted translation awaiting native review.
# Shared by every page: navigation, roles, states, the page frame.

nav-expos = المعارض
nav-suppliers = الموردون
nav-email = البريد الإلكتروني
nav-audit = سجل التدقيق
nav-personal-data = البيانات الشخصية
nav-staff = الموظفون
nav-my-agenda = جدولي
nav-my-meetings = اجتماعاتي
nav-requests = الطلبات
nav-profile = الملف الشخصي
nav-main = القائمة الرئيسية

role-organizer = الجهة المنظمة
role-supplier = مورد
role-buyer = مشترٍ

frame-sign-out = تسجيل الخروج
frame-sign-in = تسجيل الدخول
frame-footer = expomatch · اجتماعات استشارات التصدير · تُعرض الأوقات بتوقيتك المحلي وبجانبها توقيت مكان المعرض
frame-privacy = إشعار الخصوصية
frame-your-data = بياناتك
frame-language = اللغة

state-expo-draft = مسودة
state-expo-open = مفتوح
state-expo-closed = مغلق
state-supplier-unverified = البريد الإلكتروني غير مؤكد
state-supplier-pending = بانتظار الموافقة
state-supplier-approved = تمت الموافقة
state-supplier-rejected = لم تتم الموافقة
state-request-pending = قيد الانتظار
state-request-accepted = مقبول
state-request-declined = مرفوض
state-request-expired = منتهي الصلاحية
state-request-withdrawn = مسحوب
state-request-scheduled = مجدول
state-meeting-booked = محجوز
state-meeting-held = تم عقده
state-meeting-no_show = لم يحضر
state-meeting-cancelled = ملغى
state-mode-table = على طاولة
state-mode-online = عبر الإنترنت
state-mode-hybrid = مختلط
state-message-pending = بالانتظار
state-message-sending = جارٍ الإرسال
state-message-sent = تم التسليم
state-message-failed = لم يُسلَّم
state-run-draft = مسودة
state-run-published = منشور
state-run-discarded = مُستبعد
state-progress-not_invited = لم تتم دعوته
state-progress-invited = تمت دعوته
state-progress-signed_in = سجّل الدخول
state-progress-profile_complete = الملف مكتمل
state-progress-meetings_booked = تم حجز الاجتماعات
flash-email = { $email }

fmt-dates-tba = سيتم الإعلان عن المواعيد
# { $time } is a clock range such as 09:00–09:30, or a day and a range.
# The clock range is isolated left to right, or "09:00–09:30" would read "09:30–09:00".
fmt-venue-time = { "\u2066" }{ $time }{ "\u2069" } بتوقيت مكان المعرض

match-sector = يعمل في قطاع { $sector } الذي يهمك
match-serves = يصدّر بالفعل إلى { $country }
match-targets = يرغب في البيع في { $country }
match-speaks = يتحدث { $language }
match-interpreter = لا توجد لغة مشتركة: ستحتاج إلى مترجم
match-product = يصنع { $product } (يطابق «{ $word }» فيما تبحث عنه)
match-org-sector = يعمل في قطاع { $sector } الذي يهم المشتري
match-org-speaks = يتحدث الطرفان { $language }
match-org-product = يصنع { $product } (يطابق «{ $word }» فيما يبحث عنه المشتري)

## Joining an online meeting
join-title = الانضمام إلى الاجتماع
join-back = العودة إلى اجتماعاتي
join-cancelled-heading = تم إلغاء هذا الاجتماع
join-cancelled = لا يوجد ما يمكن الانضمام إليه: تم إلغاء الاجتماع. يعرض جدولك اجتماعاتك بحالتها الحالية.
join-at-table-heading = هذا الاجتماع على طاولة
join-at-table = يُعقد هذا الاجتماع على طاولته في مكان المعرض، وليس عبر الإنترنت. يعرض جدولك رقم الطاولة.
join-not-yet-heading = رابط الفيديو غير جاهز بعد
join-not-yet = لم تُعِدّ الجهة المنظمة غرفة الفيديو لهذا الاجتماع بعد. حاول مرة أخرى قبيل موعد بدئه، أو ردّ على رسالة الجهة المنظمة.
join-button = انضمام
nav-status = الحالة
