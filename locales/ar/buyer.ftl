# Machine-assisted translation awaiting native review.
# Buyer pages: agenda, supplier directory, profile, requests, rating, calendar feed.

buy-optional = (اختياري)
buy-back = رجوع
buy-reason-for-supplier = السبب الذي سيُبلَّغ للمورد

## Home: my meetings
buy-home-my-meetings = اجتماعاتي
buy-home-welcome = مرحبًا، { $name }
buy-home-find-suppliers = ابحث عن موردين
buy-home-print = طباعة
buy-home-zones = توقيتك: { $own } · مكان المعرض: { $venue }
buy-home-empty-before = لم تحجز أي اجتماع بعد.
buy-home-empty-after = واحجز موعدًا.
buy-home-col-when = الموعد (بتوقيتك)
buy-home-col-supplier = المورد
buy-home-col-table = الطاولة
buy-home-col-change = تعديل
buy-home-different-day = يوم مختلف في مكان المعرض
buy-home-interpreter = المترجم: { $name }
buy-home-rated = تقييمك: { $rating }/5
buy-home-change = تعديل
buy-home-rate = قيّم هذا الاجتماع
buy-home-move = تغيير الموعد
buy-home-calendar = التقويم
buy-home-cancel = إلغاء
buy-home-cancel-this = إلغاء هذا الاجتماع
buy-home-feed-made = يتابع تطبيق التقويم لديك هذا الجدول عبر العنوان الخاص الذي أنشأته في { $date }. هل فقدته؟
buy-home-feed-renew = إنشاء عنوان جديد
buy-home-feed-renew-note = (سيتوقف العنوان القديم عن العمل)
buy-home-feed-intro = أبقِ تطبيق التقويم لديك محدّثًا بهذا الجدول:
buy-home-feed-make = احصل على عنوان تقويم
buy-home-checkin-alt = رمز تسجيل حضورك
buy-home-checkin = اعرض هذا الرمز عند مكتب تسجيل الحضور.

## Supplier directory
buy-dir-title = الموردون
buy-dir-best-first = الأنسب لملفك الشخصي أولًا.
buy-dir-none-of = لا يطابق أيٌّ من الموردين ({ $total }) معايير البحث.
buy-dir-of = من أصل { $matching }.
buy-dir-of-matching = من أصل { $matching } مطابقًا ({ $total } موردًا إجمالًا).
buy-dir-search = بحث
buy-dir-search-hint = الشركة، المنتج، 한글…
buy-dir-filters = { $count ->
    [0] عوامل التصفية
   *[other] عوامل التصفية ({ $count } مطبّقة)
}
buy-dir-sector = القطاع
buy-dir-any-sector = كل القطاعات
buy-dir-sells-to = يبيع إلى
buy-dir-any-market = كل الأسواق
buy-dir-speaks = يتحدث
buy-dir-any-language = كل اللغات
buy-dir-experience = خبرة التصدير
buy-dir-any = الكل
buy-dir-exporting = يصدّر حاليًا
buy-dir-new-to-export = جديد في التصدير
buy-dir-clear = مسح
buy-dir-empty = لا يوجد مورد يطابق هذه المعايير.
buy-dir-corrected = نعرض أيضًا الموردين المطابقين لـ: { $words }
buy-dir-show-all = عرض جميع الموردين
buy-dir-match-score = مدى ملاءمة هذا المورّد لما أخبرتنا به
match-strong = تطابق قوي
match-good = تطابق جيد
match-fair = تطابق جزئي
buy-dir-view-and-book = عرض وحجز
buy-dir-pages = صفحات الموردين
buy-dir-previous = → السابق
buy-dir-next = التالي ←
buy-dir-page-of = الصفحة { $page } من { $pages }

## Booking (the supplier's page)
buy-book-heading = احجز اجتماعًا
buy-book-move-heading = غيّر موعد اجتماعك
buy-book-taken = حجز شخص آخر هذا الموعد للتو. إليك أقرب المواعيد المتاحة:

## Profile
buy-prof-title = ملفك الشخصي
buy-prof-welcome = مرحبًا — عرّف الموردين بنفسك
buy-prof-intro-first = دقيقتان فقط: يطّلع الموردون على هذه المعلومات قبل لقائك، ونستخدمها لاقتراح الأنسب لك.
buy-prof-intro = يطّلع الموردون على هذه المعلومات قبل لقائك.
buy-prof-name = اسمك
buy-prof-position = المنصب
buy-prof-organisation = الجهة
buy-prof-country = الدولة
buy-prof-timezone = منطقتك الزمنية
buy-prof-timezone-hint = تُعرض مواعيد الاجتماعات بهذه المنطقة الزمنية، وبجانبها توقيت مكان المعرض.
buy-prof-languages = اللغات التي يمكنك عقد اجتماع بها
buy-prof-interpreter = سأحتاج إلى مترجم
buy-prof-sectors = القطاعات التي تشتري منها
buy-prof-looking-for = عمّ تبحث؟
buy-prof-looking-for-hint = المنتجات، الكميات، المناقصات القادمة. نطابق هذه الكلمات مع منتجات الموردين.
buy-prof-save-first = احفظ وابحث عن موردين
buy-prof-save = حفظ

## Rating a meeting
buy-rate-title = قيّم اجتماعك
buy-rate-crumb = تقييم
buy-rate-heading = كيف كان اجتماعك مع { $supplier }؟
buy-rate-table = الطاولة { $table }
buy-rate-question = ما مدى فائدة هذا الاجتماع لأعمالك؟
buy-rate-not-useful = غير مفيد
buy-rate-very-useful = مفيد جدًا
buy-rate-comment = تعليق للجهة المنظمة (اختياري)
buy-rate-private = لا يقرأ تقييمك إلا الجهة المنظمة؛ ولا يراه المورد.
buy-rate-save = احفظ تقييمي

## Requests
buy-req-title = طلبات الاجتماع
buy-req-intro = الطلبات التي أرسلتها والطلبات التي أرسلها إليك الموردون. تتولى الجهة المنظمة جدولة الطلبات المقبولة.
buy-req-disabled = يُحجز في هذا المعرض مباشرةً؛ لا تُستخدم الطلبات.
buy-req-empty = لا توجد طلبات بعد. يمكنك إرسال طلب من صفحة المورد.
buy-req-col-direction = الاتجاه
buy-req-col-priority = الأولوية
buy-req-col-status = الحالة
buy-req-col-message = الرسالة / الرد
buy-req-request = طلب
buy-req-to-you = واردٌ إليك
buy-req-from-you = صادرٌ منك
buy-req-priority-colon = الأولوية:
buy-req-must = لا بد من لقائه
buy-req-would-like = أرغب في لقائه
buy-req-expires = ينتهي في { $when } UTC إن لم يُرَد عليه
buy-req-answer = الرد: { $reason }
buy-req-accept = قبول
buy-req-decline = رفض

## Calendar subscription
buy-feed-title = عنوان تقويمك
buy-feed-ready = عنوان تقويمك جاهز
buy-feed-how = أضف هذا العنوان إلى Outlook أو Google Calendar أو هاتفك ("اشتراك" أو "إضافة تقويم من عنوان URL"). يتحدّث تلقائيًا عند حجز الاجتماعات أو تغيير مواعيدها أو إلغائها.
buy-feed-label = عنوان الاشتراك في التقويم
buy-feed-copy-now = انسخه الآن: حفاظًا على أمانك لا يُعرض إلا هذه المرة.
buy-feed-keep = احتفظ به لنفسك: يستطيع أي شخص يملكه قراءة جدولك. إن فقدته فأنشئ عنوانًا جديدًا؛ وعندها يتوقف القديم عن العمل.
buy-feed-open = افتح في تطبيق التقويم
buy-feed-back = العودة إلى جدولي

## Flash messages
buy-flash-moved = تم تغيير موعد اجتماعك. سيتلقى كلاكما دعوة تقويم محدّثة.
buy-flash-cancel-reason = يُرجى ذكر سبب موجز (حتى 500 حرف) ليفهم المورد.
buy-flash-cancelled = أُلغي الاجتماع وأُبلغ المورد بالسبب.
buy-flash-booked = تم حجز اجتماعك. رسالة تأكيد مع دعوة تقويم في طريقها إليك.
buy-flash-profile-complete = مرحبًا! اكتمل ملفك الشخصي: ابحث عن موردين أدناه.
buy-flash-profile-saved = تم حفظ ملفك الشخصي.
buy-flash-choose-priority = اختر ما إذا كان لا بد لك من لقاء هذا المورد أم أنك ترغب في ذلك.
buy-flash-message-too-long = اجعل الرسالة أقل من 1,000 حرف من النص العادي.
buy-flash-request-sent = تم إرسال طلبك. سنُعلمك عندما يرد المورد.
buy-flash-decline-reason = يُرجى ذكر سبب موجز للمورد (حتى 500 حرف) للرفض.
buy-flash-accepted = تم القبول: ستجدول الجهة المنظمة الاجتماع.
buy-flash-declined = تم الرفض؛ وأُبلغ المورد بالسبب.

## Online meetings
buy-prof-online = الاجتماعات عبر الإنترنت
buy-prof-remote = لا أستطيع السفر إلى مكان المعرض: تُعقد جميع اجتماعاتي عبر الإنترنت (بالفيديو).
buy-prof-hours-from = الاجتماعات عبر الإنترنت من (بتوقيتك)
buy-prof-hours-to = حتى
buy-prof-hours-hint = تُرتَّب الاجتماعات عبر الإنترنت ضمن هذه الساعات بتوقيتك المحلي.
