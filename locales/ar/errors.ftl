# Machine-assisted translation awaiting native review.
# Error pages (errpage-) and form field errors (err-).

errpage-404-title = الصفحة غير موجودة
errpage-404-text = لا يوجد شيء على هذا العنوان. تحقّق من الرابط، أو ابدأ من جديد من الصفحة الرئيسية.
errpage-no-file = لا يوجد ملف بهذا الاسم.
errpage-403-title = غير مسموح
errpage-400-title = تعذّرت قراءة هذا الطلب
errpage-400-text = لم يتغير شيء. ارجع وحاول مرة أخرى. ({ $detail })
errpage-csrf-title = يُرجى المحاولة مرة أخرى
errpage-csrf-text = انتهت صلاحية هذا النموذج أو لم يصدر عن هذا الموقع، لذا لم يتغير شيء. ارجع وأعد تحميل الصفحة ثم أرسله مرة أخرى.
errpage-429-title = محاولات كثيرة جدًا
errpage-429-text = حاولت مرات كثيرة في وقت قصير. انتظر دقيقة ثم حاول مرة أخرى.
errpage-409-title = لم تنجح العملية
errpage-503-title = الخدمة مشغولة الآن
errpage-503-text = الخدمة مشغولة جدًا أو لا تستطيع الوصول إلى قاعدة بياناتها. يُرجى المحاولة بعد قليل.
errpage-500-title = حدث خطأ ما
errpage-500-text = حدث خطأ غير متوقع من جهتنا وتم تسجيله. يُرجى المحاولة مرة أخرى.
errpage-quote-reference = إذا أبلغتنا بالأمر، فاذكر هذا المرجع:
errpage-go-home-own = انتقل إلى صفحتك الرئيسية
errpage-go-home = انتقل إلى الصفحة الرئيسية
errpage-wrong-account = هذه الصفحة تخص نوعًا آخر من الحسابات. سجّل الخروج ثم سجّل الدخول بالحساب الصحيح.
errpage-no-feed = الاشتراك في التقويم متاح للمشترين والموردين فقط.

err-summary = { $count ->
    [zero] لا توجد حقول تحتاج إلى تصحيح. لم يُحفظ شيء بعد.
    [one] يُرجى تصحيح الحقل المُعلَّم أدناه. لم يُحفظ شيء بعد.
    [two] يُرجى تصحيح الحقلين المُعلَّمين أدناه. لم يُحفظ شيء بعد.
    [few] يُرجى تصحيح الحقول المُعلَّمة أدناه وعددها { $count }. لم يُحفظ شيء بعد.
    [many] يُرجى تصحيح الحقول المُعلَّمة أدناه وعددها { $count }. لم يُحفظ شيء بعد.
   *[other] يُرجى تصحيح الحقول المُعلَّمة أدناه وعددها { $count }. لم يُحفظ شيء بعد.
}
err-required = هذا الحقل مطلوب.
err-too-long = استخدم { $max } حرفًا كحد أقصى (حاليًا { $count }).
err-control = احذف أحرف التحكم.
err-name-too-long = استخدم 120 حرفًا كحد أقصى.
err-name-control = احذف فواصل الأسطر أو علامات الجدولة.
err-email-invalid = أدخل عنوان بريد إلكتروني مثل name@company.com.
err-email-empty = أدخل عنوان بريدك الإلكتروني.
err-email-too-long = عنوان البريد الإلكتروني هذا طويل جدًا.
err-country-unknown = «{ $value }» ليس رمز دولة نعرفه (استخدم حرفين، مثل VN أو US).
err-timezone-unknown = «{ $value }» ليست منطقة زمنية نعرفها (استخدم اسمًا مثل Asia/Seoul).
err-languages-none = اختر لغة واحدة على الأقل يمكنك عقد اجتماع بها.
err-language-unknown = «{ $value }» ليست لغة نعرفها.
err-languages-too-many = اختر 10 لغات كحد أقصى.
err-sectors-none = اختر قطاعًا واحدًا على الأقل يهمك.
err-sectors-from-list = اختر القطاعات من القائمة.

err-book-not-open = الحجز غير متاح في هذا المعرض.
err-book-not-yet = لم يبدأ الحجز بعد.
err-book-closed = أُغلق الحجز. يُرجى التواصل مع الجهة المنظمة لتعديل اجتماعاتك.
err-book-by-requests = في هذا المعرض تجدول الجهة المنظمة الاجتماعات بناءً على الطلبات.
err-book-limit = لقد بلغت الحد الأقصى وهو { $max } اجتماعات.
err-book-supplier-full = جدول هذا المورد ممتلئ.
err-book-pair = لديك اجتماع مع هذا المورد بالفعل. يمكنك تغيير موعده من جدولك.
err-book-profile-first = يُرجى إكمال ملفك الشخصي أولًا: يطّلع عليه الموردون قبل لقائك.
err-book-no-such-slot = هذا الوقت ليس من مواعيد هذا المعرض.
err-book-past = لقد مضى هذا الوقت.
err-book-busy = لديك اجتماع آخر في هذا الوقت.
err-book-supplier-busy = المورد غير متاح في هذا الوقت.
err-book-started = بدأ هذا الاجتماع بالفعل؛ يُرجى إبلاغ الجهة المنظمة في مكان المعرض.
err-move-same-time = اجتماعك في هذا الوقت بالفعل. اختر وقتًا آخر لنقله، أو اتركه كما هو.

## Online meetings
err-video-too-long = يمكن أن يتكوّن الرابط من { $max } حرفًا كحد أقصى.
err-video-not-a-link = الصق رابط الاجتماع كاملًا، بدءًا من https://
err-video-https = لا يمكن استخدام سوى الروابط الآمنة (https://) للاجتماعات.
err-hours-time = اكتب الوقت بالصيغة HH:MM، مثل 08:00.
err-hours-order = يجب أن يكون وقت الانتهاء بعد وقت البدء.
err-setup-meeting-mode = اختر: على طاولة، أو عبر الإنترنت، أو مختلط.
err-setup-reminder-minutes = اكتب عدد الدقائق من 0 إلى 240.
