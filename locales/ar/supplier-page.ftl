# Machine-assisted translation awaiting native review.
# الصفحة العامة للمورّد كما يراها المشترون (ومعاينة المورّد نفسه).

sup-page-book = احجز اجتماعًا
sup-page-about = نبذة
sup-page-sectors = القطاعات
sup-page-exports-to = يصدّر إلى
sup-page-new-to-export = جديد في التصدير
sup-page-wants = يرغب في البيع في
sup-page-speaks = اللغات
sup-page-company = الشركة
sup-page-founded = تأسست عام { $year }
sup-page-catalogue = الكتالوج
sup-page-open-catalogue = افتح الكتالوج
sup-page-why = لماذا نقترحهم
sup-page-no-time = لم يعد لدى هذا المورّد وقت متاح.
sup-page-times-hint = الأوقات بتوقيتك، وبجانبها توقيت مكان المعرض. نقرة واحدة تحجز الموعد، وتُخصَّص الطاولة تلقائيًا.
sup-page-different-day = يوم مختلف في مكان المعرض
sup-page-current = الموعد الحالي
sup-page-current-hint = اختر وقتًا آخر أدناه لنقل الاجتماع؛ وسيصل إلى كليكما إدخال التقويم المحدَّث.
sup-page-request-heading = أو أرسل طلب اجتماع
sup-page-request-hint = يجدول المنظِّم الطلبات المقبولة، وتأتي طلبات «لا بد من اللقاء» أولًا.
sup-page-must-meet = لا بد لي من لقاء هذا المورّد
sup-page-would-like = أود لقاءهم
sup-page-message = رسالة
sup-page-optional = (اختياري)
sup-page-send-request = أرسل الطلب
sup-page-products = المنتجات
sup-page-no-products = لا توجد منتجات بعد.
sup-page-product = المنتج
sup-page-description = الوصف
sup-page-hs-code = رمز النظام المنسق

sup-page-request-profile-first = يرجى إكمال ملفك الشخصي أولًا.
sup-page-request-disabled = لا يستخدم هذا المعرض طلبات الاجتماع.
sup-page-request-open = لديك بالفعل طلب مفتوح مع هذا المورّد.
sup-page-request-answered = تم الرد على هذا الطلب بالفعل.
sup-page-outside-hours = خارج ساعاتك
