# Machine-assisted translation awaiting native review.
# Public pages: home, sign-in, sign-in links, privacy notice, consents, your data.

pub-email = البريد الإلكتروني
pub-password = كلمة المرور

## Home
pub-index-title = اجتماعات استشارات التصدير
pub-index-heading = قابِل المشترين الذين يريدون منتجاتك
pub-index-lead = ينظّم expomatch اجتماعات استشارات التصدير في المعارض التجارية: يحجز المشترون الأجانب اجتماعات فردية مع الموردين المحليين، ولكل اجتماع طاولته وموعده، ويحصل الجميع على الجدول بمنطقتهم الزمنية.
pub-index-go-to-page = انتقل إلى صفحتك
pub-index-register = سجّل شركتك · 참가기업 등록
pub-index-empty = لا يوجد معرض مفتوح بعد. يمكن للجهات المنظمة تسجيل الدخول لإعداد معرض.
pub-index-venue-time = توقيت مكان المعرض { $zone }
pub-index-buyers = { $count ->
    [zero] مشترٍ أجنبي
    [one] مشترٍ أجنبي
    [two] مشتريان أجنبيان
    [few] مشترين أجانب
   *[other] مشترٍ أجنبي
}
pub-index-suppliers = { $count ->
    [one] مورد
    [two] موردان
    [few] موردين
   *[other] موردًا
}
pub-index-tables = { $count ->
    [one] طاولة
    [two] طاولتان
    [few] طاولات
   *[other] طاولة
}
pub-index-meetings = { $count ->
    [one] اجتماع محجوز
    [two] اجتماعان محجوزان
    [few] اجتماعات محجوزة
   *[other] اجتماعًا محجوزًا
}

## Sign-in
pub-signin-heading = تسجيل دخول الجهة المنظمة
pub-signin-by-link = يسجّل المشترون والموردون الدخول برابط يصلهم بالبريد الإلكتروني:
pub-signin-link = أرسل لي رابط تسجيل الدخول
pub-signin-supplier-q = مورد لديه كلمة مرور؟
pub-signin-supplier = تسجيل دخول المورد
pub-signin-new-supplier = مورد جديد؟
pub-signin-register = سجّل شركتك
pub-signin-email-needed = أدخل عنوان البريد الإلكتروني الذي سجّلت به.
pub-signin-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقّق منهما وحاول مرة أخرى.

## Sign-in links
pub-link-title = أرسل لي رابط تسجيل الدخول
pub-link-intro = المشترون والموردون: أدخلوا عنوان البريد الإلكتروني الذي دُعيتم أو سجّلتم به. سنرسل لكم رابطًا لتسجيل الدخول دون الحاجة إلى كلمة مرور.
pub-link-send = أرسل لي رابطًا
pub-link-organizer = جهة منظمة؟
pub-link-with-password = سجّل الدخول بكلمة المرور
pub-link-expired = انتهت صلاحية رابط تسجيل الدخول هذا. تعمل الروابط لفترة محدودة حفاظًا على أمان حسابك. أدخل بريدك الإلكتروني وسنرسل لك رابطًا جديدًا.
pub-link-used = استُخدم رابط تسجيل الدخول هذا من قبل. يعمل كل رابط مرة واحدة. أدخل بريدك الإلكتروني وسنرسل لك رابطًا جديدًا.
pub-link-invalid = رابط تسجيل الدخول هذا غير صالح. ربما اقتُطع جزء منه عند نسخه. اطلب رابطًا جديدًا أدناه.
pub-sent-title = تحقّق من بريدك الإلكتروني
pub-sent-if = إذا كان
pub-sent-is-registered = مسجّلًا
pub-sent-if-address = إذا كان العنوان مسجّلًا
pub-sent-on-its-way = في معرض، فإن رابط تسجيل الدخول في طريقه إليك. يعمل مرة واحدة ولمدة 30 دقيقة.
pub-sent-nothing = لم يصلك شيء بعد بضع دقائق؟ تحقّق من مجلد الرسائل غير المرغوب فيها، أو
pub-sent-another = اطلب رابطًا آخر
pub-confirm-heading = تسجيل الدخول باسم { $name }
pub-confirm-once = يعمل هذا الرابط مرة واحدة.
pub-confirm-continue = متابعة
pub-confirm-not-you = لست أنت؟ أغلق هذه الصفحة؛ لن يحدث شيء ما لم تتابع.

## Consents
pub-consent-title = تم تحديث إشعار الخصوصية
pub-consent-heading = يُرجى قراءة إشعار الخصوصية المحدّث
pub-consent-intro = غيّرت الجهة المنظمة طريقة التعامل مع بياناتك الشخصية. وافق على الإشعار الجديد لمتابعة الوصول إلى صفحاتك.
pub-consent-tick = يُرجى تحديد الموافقات المطلوبة أدناه. لم يُحفظ شيء بعد.
pub-consent-accept = موافقة ومتابعة
pub-consent-rather-not = تفضّل عدم الموافقة؟
pub-consent-download-or-delete = نزّل بياناتك أو اطلب حذفها
pub-cons-legend = بياناتك الشخصية · 개인정보 수집·이용 동의
pub-cons-read = اقرأ
pub-cons-notice = إشعار الخصوصية
pub-cons-version = (الإصدار { $version }): ما نجمعه، ولماذا، ومدة احتفاظنا به، ومن يتلقاه.
pub-cons-required = مطلوب:
pub-cons-collection = أوافق على جمع بياناتي الشخصية واستخدامها كما يصف الإشعار. (필수) 개인정보 수집·이용에 동의합니다.
pub-cons-provision = أوافق على إعطاء اسمي وجهتي وبيانات الاتصال الخاصة بي للطرف الآخر في كل اجتماع من اجتماعاتي. (필수) 상담 상대방에 대한 개인정보 제3자 제공에 동의합니다.
pub-cons-overseas = أوافق على نقل بياناتي الشخصية إلى { $recipient } في { $country }، حيث تُستضاف هذه الخدمة. (필수) 개인정보 국외 이전에 동의합니다.
pub-cons-marketing = اختياري: أرسلوا لي أخبار المعارض القادمة من الجهة المنظمة. (선택) 주최기관 소식 수신에 동의합니다.

## Privacy notice
pub-priv-heading = إشعار الخصوصية · 개인정보 처리방침
pub-priv-version = الإصدار { $version }، نُشر في { $date } (UTC).
pub-priv-see-data = اطّلع على البيانات التي نحتفظ بها عنك
pub-priv-why = لماذا نعالج البيانات الشخصية
pub-priv-what = ما الذي نجمعه
pub-priv-buyers = المشترون الأجانب:
pub-priv-buyers-data = الاسم، والبريد الإلكتروني، والجهة، والمنصب، والدولة، والمنطقة الزمنية، واللغات، والقطاعات والمنتجات التي تبحث عنها، وحاجتك إلى مترجم، واجتماعاتك وطلباتك وتقييماتك وتسجيلات حضورك، والرسائل التي أرسلناها إليك.
pub-priv-suppliers = الموردون:
pub-priv-suppliers-data = اسم مسؤول الاتصال وبريده الإلكتروني وهاتفه، واسم الممثل، وأسماء الشركة، ورقم السجل التجاري، والعنوان، والموقع الإلكتروني، والمنتجات والأسواق، واجتماعاتك وطلباتك ونتائجها المسجلة، والرسائل التي أرسلناها إليك.
pub-priv-everyone = الجميع:
pub-priv-everyone-data = وقت كل موافقة تقدمها وعنوان الشبكة الذي صدرت منه.
pub-priv-who = من يتلقاها
pub-priv-other-party = يرى الطرف الآخر في كل اجتماع من اجتماعاتك اسمك وجهتك وبيانات الاتصال الخاصة بك (بموافقتك على هذا الإفصاح).
pub-priv-staff = موظفو الجهة المنظمة، لإدارة المعرض.
pub-priv-abroad = تُنقل بياناتك إلى الخارج: إلى { $recipient } في { $country }، الذي يستضيف هذه الخدمة، طوال مدة الاحتفاظ بها (أدناه). توافق على هذا النقل بشكل منفصل.
pub-priv-korea = تبقى بياناتك في كوريا.
pub-priv-how-long = مدة الاحتفاظ بها
pub-priv-retention = { $days } يومًا بعد آخر أيام المعرض؛ ثم تُستبدل بياناتك الشخصية بقيم بديلة ولا يبقى إلا أرقام مجهولة الهوية.
pub-priv-mail-retention = نص الرسائل التي سلّمناها: { $days } يومًا بعد التسليم.
pub-priv-rights = حقوقك
pub-priv-rights-text = يمكنك الاطلاع على كل ما نحتفظ به عنك وتنزيله، وسحب موافقتك على تلقي الأخبار، وطلب حذف بياناتك، من صفحة بياناتك بعد تسجيل الدخول. تبقى الاجتماعات التي عقدتها في تقرير الجهة المنظمة صفوفًا مجهولة الهوية.
pub-priv-officer = مسؤول الخصوصية · 개인정보 보호책임자
pub-priv-no-officer = لم تعيّن الجهة المنظمة مسؤولًا للخصوصية بعد.

## Your data
pub-data-intro = كل ما تحتفظ به هذه الخدمة عنك في { $expo }، حتى { $when } UTC.
pub-data-download = تنزيل بصيغة JSON
pub-data-profile = الملف الشخصي
pub-data-meetings = الاجتماعات ({ $count })
pub-data-none = لا شيء.
pub-data-starts = يبدأ (UTC)
pub-data-with = مع
pub-data-requests = طلبات الاجتماع ({ $count })
pub-data-ratings = تقييماتك ({ $count })
pub-data-consents = الموافقات
pub-data-none-recorded = لا توجد موافقات مسجلة.
pub-data-consent = الموافقة
pub-data-notice-version = إصدار الإشعار
pub-data-given = تاريخ المنح (UTC)
pub-data-from = من
pub-data-withdrawn = سُحبت
pub-data-news-stop = أوقف أخبار الجهة المنظمة
pub-data-news-start = استلم أخبار الجهة المنظمة
pub-data-consent-again = اقرأ الإشعار الحالي ووافق مجددًا
pub-data-required-end = تنتهي الموافقات المطلوبة بانتهاء حسابك: لسحبها، اطلب الحذف أدناه.
pub-data-emails = الرسائل التي أرسلناها إليك ({ $count })
pub-data-delete = احذف بياناتي
pub-data-deletion-pending = طلبت الحذف في { $when } UTC. ستنفّذه الجهة المنظمة؛ وبعدها لن تتمكن من تسجيل الدخول.
pub-data-delete-explain = تُستبدل بياناتك الشخصية بقيم بديلة ولن تتمكن من تسجيل الدخول بعدها. تبقى الاجتماعات التي عقدتها في تقرير الجهة المنظمة صفوفًا مجهولة الهوية. تنفّذ الجهة المنظمة الطلب.
pub-data-delete-confirm = أفهم ذلك: احذفوا بياناتي الشخصية.
pub-data-delete-ask = اطلب الحذف
pub-flash-tick-delete = حدّد المربع لتأكيد رغبتك في حذف بياناتك. لم يُرسل شيء.
pub-flash-deletion-sent = أُرسل طلب الحذف إلى الجهة المنظمة.
pub-flash-news-on = ستتلقى أخبار الجهة المنظمة.
pub-flash-news-off = لن تتلقى أخبار الجهة المنظمة بعد الآن.

## Profile fields on the data page
pub-field-name = الاسم
pub-field-email = البريد الإلكتروني
pub-field-organisation = الجهة
pub-field-position = المنصب
pub-field-country = الدولة
pub-field-time-zone = المنطقة الزمنية
pub-field-languages = اللغات
pub-field-looking-for = يبحث عن
pub-field-interests = الاهتمامات
pub-field-needs-interpreter = يحتاج إلى مترجم
pub-field-invited-at = تاريخ الدعوة (UTC)
pub-field-profile-completed-at = اكتمال الملف (UTC)
pub-field-created-at = تاريخ الإنشاء (UTC)
pub-field-company-name-ko = اسم الشركة (بالكورية)
pub-field-company-name-en = اسم الشركة (بالإنجليزية)
pub-field-business-registration-number = رقم السجل التجاري
pub-field-representative = الممثل
pub-field-contact-name = مسؤول الاتصال
pub-field-phone = الهاتف
pub-field-website = الموقع الإلكتروني
pub-field-address = العنوان
pub-field-company-size = حجم الشركة
pub-field-year-founded = سنة التأسيس
pub-field-catalogue-url = الكتالوج
pub-field-pitch = نبذة
pub-field-sectors = القطاعات
pub-field-markets-served = الأسواق الحالية
pub-field-target-markets = الأسواق المستهدفة
pub-field-products = المنتجات
pub-field-status = الحالة

pub-data-yes = نعم
pub-data-no = لا

## Non-essential emails
optout-title = إيقاف التذكيرات
optout-heading = هل تريد إيقاف التذكير قبل كل اجتماع؟
optout-what = لن تصلك بعد الآن الرسالة القصيرة التي نرسلها قُبيل كل اجتماع من اجتماعاتك. وستظل تصلك الدعوات والتغييرات والإلغاءات.
optout-stop = إيقاف هذه التذكيرات
optout-done-heading = تم إيقاف التذكيرات
optout-done = لن يصلك التذكير قبل كل اجتماع بعد الآن. يمكنك إعادة تفعيله من صفحة «بياناتك».
pub-data-email-choices = الرسائل التي تصلك
pub-data-reminders-on = يصلك تذكير قصير قبل كل اجتماع.
pub-data-reminders-off = لا تصلك تذكيرات قبل اجتماعاتك.
pub-data-reminders-stop = إيقاف التذكيرات
pub-data-reminders-start = أرسلوا إليّ التذكيرات
pub-flash-reminders-on = تم تفعيل التذكيرات قبل كل اجتماع.
pub-flash-reminders-off = تم إيقاف التذكيرات قبل كل اجتماع.

## An interpreter's own agenda (reached from their emails, no account)
interp-agenda-title = جدول الترجمة: { $name }
interp-agenda-zone = الأوقات بتوقيت مكان المعرض ({ $zone })
interp-agenda-calendar = أضف إلى تقويمي
interp-agenda-private = هذه الصفحة لك وحدك: عنوانها موجود في رسائلك الإلكترونية. لا تمرّره إلى أحد.
interp-agenda-empty = لا توجد حاليًا اجتماعات تتولى ترجمتها. ستصلك رسالة من الجهة المنظمة عند اختيارك لأحدها.
interp-agenda-col-time = الوقت
interp-agenda-col-place = المكان
interp-agenda-col-buyer = المشتري
interp-agenda-col-supplier = المورد
optout-done-interpreter = لن يصلك التذكير قبل كل اجتماع بعد الآن. لإعادة تفعيله، راسل الجهة المنظمة.
