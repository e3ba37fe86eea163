<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AddressBookRow</name>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Usable from %1</source>
        <translation>قابل استفاده از %1</translation>
    </message>
    <message>
        <source>Remove from the address book</source>
        <translation>حذف از دفترچهٔ آدرس</translation>
    </message>
</context>
<context>
    <name>AdjustmentsView</name>
    <message>
        <source>Reject this adjustment?</source>
        <translation>این اصلاحیه رد شود؟</translation>
    </message>
    <message>
        <source>The requester and the audit log keep the reason.</source>
        <translation>دلیل برای درخواست‌کننده و در گزارش حسابرسی می‌ماند.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Request an adjustment</source>
        <translation>درخواست اصلاح موجودی</translation>
    </message>
    <message>
        <source>Credits (+) or debits (−) a balance once a second admin approves.</source>
        <translation>پس از تأیید مدیر دوم، موجودی را افزایش (+) یا کاهش (−) می‌دهد.</translation>
    </message>
    <message>
        <source>A user&apos;s balance</source>
        <translation>موجودی یک کاربر</translation>
    </message>
    <message>
        <source>A house account</source>
        <translation>یک حساب پلتفرم</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>مبلغ (با علامت + یا −)</translation>
    </message>
    <message>
        <source>Reason (for the approver and the audit log)</source>
        <translation>دلیل (برای تأییدکننده و گزارش حسابرسی)</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>درخواست تأیید</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>صف تأیید</translation>
    </message>
    <message>
        <source>Requested by %1 · %2</source>
        <translation>درخواست‌کننده: %1 · %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>تصمیم‌گیرنده: %1</translation>
    </message>
    <message>
        <source>You requested this: another admin must approve it.</source>
        <translation>این درخواست از طرف شماست: مدیر دیگری باید آن را تأیید کند.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>موردی نیست.</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>Applies immediately and is remembered on this computer.</source>
        <translation>بلافاصله اعمال می‌شود و روی این رایانه به خاطر سپرده می‌شود.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>پوستهٔ تیره</translation>
    </message>
    <message>
        <source>Easier on the eyes at night.</source>
        <translation>در شب برای چشم راحت‌تر است.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Persian switches the layout to right-to-left.</source>
        <translation>با فارسی، چیدمان راست‌به‌چپ می‌شود.</translation>
    </message>
</context>
<context>
    <name>AuthScreen</name>
    <message>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available</source>
        <translation>قابل استفاده</translation>
    </message>
    <message>
        <source>On hold %1 · Total %2</source>
        <translation>قفل‌شده %1 · مجموع %2</translation>
    </message>
</context>
<context>
    <name>BotsCard</name>
    <message>
        <source>My bots</source>
        <translation>ربات‌های من</translation>
    </message>
    <message>
        <source>Programs that chat through the AZCoiner API with their own token. Add a bot to a group like any member.</source>
        <translation>برنامه‌هایی که با توکن خودشان از طریق API برنامهٔ AZCoiner گفتگو می‌کنند. ربات را مانند هر عضو دیگری به گروه اضافه کنید.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>توکن جدید</translation>
    </message>
    <message>
        <source>You have no bots yet.</source>
        <translation>هنوز رباتی ندارید.</translation>
    </message>
    <message>
        <source>Token of @%1 — copy it now, it is not shown again:</source>
        <translation>توکن @%1 — همین حالا کپی‌اش کنید، دوباره نمایش داده نمی‌شود:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Name, e.g. Price alerts</source>
        <translation>نام، مثلاً هشدار قیمت</translation>
    </message>
    <message>
        <source>username ending in bot</source>
        <translation>نام کاربری که به bot ختم شود</translation>
    </message>
    <message>
        <source>Create bot</source>
        <translation>ساخت ربات</translation>
    </message>
</context>
<context>
    <name>BrandPanel</name>
    <message>
        <source>Messaging, wallet and trading in one secure desktop app.</source>
        <translation>پیام‌رسانی، کیف پول و معامله در یک برنامهٔ امن رومیزی.</translation>
    </message>
    <message>
        <source>Sessions protected by two-factor authentication</source>
        <translation>نشست‌های محافظت‌شده با احراز هویت دومرحله‌ای</translation>
    </message>
    <message>
        <source>Identity verification reviewed by real people</source>
        <translation>احراز هویتی که افراد واقعی بررسی می‌کنند</translation>
    </message>
    <message>
        <source>Every staff action written to an audit log</source>
        <translation>ثبت همهٔ اقدامات کارکنان در گزارش حسابرسی</translation>
    </message>
</context>
<context>
    <name>BridgeAdminView</name>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 دوباره فعال شد.</translation>
    </message>
    <message>
        <source>Policy for %1 approved: it is in force now.</source>
        <translation>سیاست %1 تأیید شد: از هم‌اکنون اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Policy for %1 rejected.</source>
        <translation>سیاست %1 رد شد.</translation>
    </message>
    <message>
        <source>Reject the policy</source>
        <translation>رد سیاست</translation>
    </message>
    <message>
        <source>The partner reads this reason.</source>
        <translation>شریک این دلیل را می‌بیند.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Reserves per coin</source>
        <translation>ذخایر به تفکیک رمزارز</translation>
    </message>
    <message>
        <source>%1 points are paused.</source>
        <translation>%1 امتیاز متوقف شده است.</translation>
    </message>
    <message>
        <source>What partners&apos; reserves hold against what they must.</source>
        <translation>آنچه در ذخایر شرکا هست، در برابر آنچه باید باشد.</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>رمزارز</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>ذخایر</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>لازم</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>کافی</translation>
    </message>
    <message>
        <source>short</source>
        <translation>کسری</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>در گردش</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>No partner has points yet.</source>
        <translation>هنوز هیچ شریکی امتیاز ندارد.</translation>
    </message>
    <message>
        <source>Policy proposals</source>
        <translation>پیشنهادهای سیاست</translation>
    </message>
    <message>
        <source>A proposal takes effect when approved; until then the point keeps its policy.</source>
        <translation>هر پیشنهاد پس از تأیید اجرا می‌شود؛ تا آن زمان امتیاز با سیاست فعلی‌اش می‌ماند.</translation>
    </message>
    <message>
        <source>%1 · %2, proposed by %3 on %4</source>
        <translation>%1 · %2، پیشنهادشده توسط %3 در %4</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; per swap %5 to %6; a day %7 per user, %8 in all; %9</source>
        <translation>%1؛ اسپرد %2٪، کارمزد %3٪، پوشش %4٪؛ هر تبدیل از %5 تا %6؛ در روز %7 برای هر کاربر و %8 در مجموع؛ %9</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>هر دو جهت</translation>
    </message>
    <message>
        <source>points to coin only</source>
        <translation>فقط امتیاز به رمزارز</translation>
    </message>
    <message>
        <source>coin to points only</source>
        <translation>فقط رمزارز به امتیاز</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>In force when proposed: %1</source>
        <translation>سیاست جاری هنگام پیشنهاد: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رد کردن…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>پیشنهادی نیست.</translation>
    </message>
</context>
<context>
    <name>BridgeErrors</name>
    <message>
        <source>That is below the smallest swap of %1 %2.</source>
        <translation>این مقدار از کمترین مقدار تبدیل، یعنی %1 %2، کمتر است.</translation>
    </message>
    <message>
        <source>That is below the smallest swap this point allows.</source>
        <translation>این مقدار از کمترین تبدیل مجاز این امتیاز کمتر است.</translation>
    </message>
    <message>
        <source>That is above the largest swap of %1 %2.</source>
        <translation>این مقدار از بیشترین مقدار تبدیل، یعنی %1 %2، بیشتر است.</translation>
    </message>
    <message>
        <source>That is above the largest swap this point allows.</source>
        <translation>این مقدار از بیشترین تبدیل مجاز این امتیاز بیشتر است.</translation>
    </message>
    <message>
        <source>That is more than your daily allowance: %1 %2 left today (days end at midnight UTC).</source>
        <translation>این مقدار از سقف روزانهٔ شما بیشتر است: امروز %1 %2 باقی مانده است (هر روز نیمه‌شب به وقت UTC تمام می‌شود).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance of %1 %2 (days end at midnight UTC).</source>
        <translation>این مقدار از سقف روزانهٔ شما (%1 %2) بیشتر است (هر روز نیمه‌شب به وقت UTC تمام می‌شود).</translation>
    </message>
    <message>
        <source>That is more than your daily allowance for this point. Try a smaller amount, or tomorrow.</source>
        <translation>این مقدار از سقف روزانهٔ شما برای این امتیاز بیشتر است. مقدار کمتری را امتحان کنید یا فردا دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is nearly used: %1 %2 left today (UTC).</source>
        <translation>سقف روزانهٔ کل این شریک برای همهٔ کاربران تقریباً پر شده است: امروز %1 %2 باقی مانده است (به وقت UTC).</translation>
    </message>
    <message>
        <source>The partner&apos;s daily total for everyone is used up. Try again tomorrow (UTC).</source>
        <translation>سقف روزانهٔ کل این شریک برای همهٔ کاربران پر شده است. فردا (به وقت UTC) دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>That is outside this point&apos;s limits.</source>
        <translation>این مقدار خارج از محدوده‌های مجاز این امتیاز است.</translation>
    </message>
    <message>
        <source>The code is 2 to 10 capital letters or digits.</source>
        <translation>کد از ۲ تا ۱۰ حرف بزرگ لاتین یا رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>The name has 2 to 40 characters.</source>
        <translation>نام ۲ تا ۴۰ نویسه دارد.</translation>
    </message>
    <message>
        <source>Decimals are a whole number from 0 to 8 (18 for a token).</source>
        <translation>تعداد ارقام اعشار عددی صحیح از ۰ تا ۸ است (برای توکن تا ۱۸).</translation>
    </message>
    <message>
        <source>The contract is an address like 0x followed by 40 hex digits.</source>
        <translation>قرارداد آدرسی است که با 0x شروع می‌شود و پس از آن ۴۰ رقم هگزادسیمال می‌آید.</translation>
    </message>
    <message>
        <source>Choose a fixed rate or the market&apos;s price.</source>
        <translation>نرخ ثابت یا قیمت بازار را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter the rate as coin per whole point, above zero.</source>
        <translation>نرخ را به‌صورت مقدار رمزارز به ازای هر یک امتیاز کامل و بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>The spread is a percentage below 100 with at most 2 decimals.</source>
        <translation>اسپرد درصدی کمتر از ۱۰۰ با حداکثر ۲ رقم اعشار است.</translation>
    </message>
    <message>
        <source>The fee is a percentage below 100 with at most 2 decimals.</source>
        <translation>کارمزد درصدی کمتر از ۱۰۰ با حداکثر ۲ رقم اعشار است.</translation>
    </message>
    <message>
        <source>The coverage is a percentage (100 = fully backed) with at most 2 decimals.</source>
        <translation>پوشش درصدی با حداکثر ۲ رقم اعشار است (۱۰۰ = پشتوانهٔ کامل).</translation>
    </message>
    <message>
        <source>Enter the smallest and largest swap in points (0: none), the largest not below the smallest.</source>
        <translation>کمترین و بیشترین مقدار تبدیل را بر حسب امتیاز وارد کنید (۰: بدون محدودیت)؛ بیشترین نباید از کمترین کمتر باشد.</translation>
    </message>
    <message>
        <source>Enter the daily caps in points (0: none), with no more decimals than the point has.</source>
        <translation>سقف‌های روزانه را بر حسب امتیاز وارد کنید (۰: بدون سقف)، با ارقام اعشاری نه بیشتر از آنچه این امتیاز دارد.</translation>
    </message>
    <message>
        <source>The title has 2 to 80 characters.</source>
        <translation>عنوان ۲ تا ۸۰ نویسه دارد.</translation>
    </message>
    <message>
        <source>The description has at most 2,000 characters.</source>
        <translation>توضیحات حداکثر ۲٬۰۰۰ نویسه دارد.</translation>
    </message>
    <message>
        <source>Enter a price above zero, with no more decimals than its asset has.</source>
        <translation>قیمتی بیشتر از صفر وارد کنید، با ارقام اعشاری نه بیشتر از آنچه دارایی آن دارد.</translation>
    </message>
    <message>
        <source>A product is priced in AZC or in one of your points.</source>
        <translation>قیمت محصول به AZC یا به یکی از امتیازهای خودتان تعیین می‌شود.</translation>
    </message>
    <message>
        <source>Stock is a whole number from 0 to 1,000,000; for vouchers, the number of codes.</source>
        <translation>موجودی عددی صحیح از ۰ تا ۱٬۰۰۰٬۰۰۰ است؛ برای ووچرها، همان تعداد کدها.</translation>
    </message>
    <message>
        <source>A product has at most 6 pictures.</source>
        <translation>هر محصول حداکثر ۶ تصویر دارد.</translation>
    </message>
    <message>
        <source>Add the voucher codes, one per line.</source>
        <translation>کدهای ووچر را وارد کنید، هر کد در یک خط.</translation>
    </message>
    <message>
        <source>The quantity is from 1 to 100.</source>
        <translation>تعداد از ۱ تا ۱۰۰ است.</translation>
    </message>
    <message>
        <source>Enter the shipping address (at most 300 characters).</source>
        <translation>نشانی ارسال را وارد کنید (حداکثر ۳۰۰ نویسه).</translation>
    </message>
    <message>
        <source>Enter the tracking reference (1 to 100 characters).</source>
        <translation>کد رهگیری مرسوله را وارد کنید (۱ تا ۱۰۰ نویسه).</translation>
    </message>
    <message>
        <source>Write a reason of 1 to 500 characters.</source>
        <translation>دلیلی بین ۱ تا ۵۰۰ نویسه بنویسید.</translation>
    </message>
    <message>
        <source>Enter the username of the person to credit.</source>
        <translation>نام کاربری کسی را که امتیاز به او واریز می‌شود وارد کنید.</translation>
    </message>
    <message>
        <source>The reference has at most 64 characters.</source>
        <translation>شمارهٔ مرجع حداکثر ۶۴ نویسه دارد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>مقداری بیشتر از صفر وارد کنید، با ارقام اعشاری نه بیشتر از آنچه این دارایی دارد.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for you: it was answered or it expired.</source>
        <translation>این درخواست دیگر منتظر شما نیست: یا به آن پاسخ داده شده یا منقضی شده است.</translation>
    </message>
    <message>
        <source>Only a shipped order can be marked as received.</source>
        <translation>فقط سفارش ارسال‌شده را می‌توان دریافت‌شده علامت زد.</translation>
    </message>
    <message>
        <source>This order cannot be disputed now: it is already refunded, disputed or closed.</source>
        <translation>اکنون نمی‌توان برای این سفارش اعتراض ثبت کرد: قبلاً بازپرداخت شده، اعتراض دارد یا بسته شده است.</translation>
    </message>
    <message>
        <source>Only a paid order can be shipped.</source>
        <translation>فقط سفارش پرداخت‌شده را می‌توان ارسال کرد.</translation>
    </message>
    <message>
        <source>This order cannot be refunded now.</source>
        <translation>اکنون نمی‌توان مبلغ این سفارش را بازپرداخت کرد.</translation>
    </message>
    <message>
        <source>This dispute is already decided.</source>
        <translation>دربارهٔ این اعتراض قبلاً تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>This proposal is already decided.</source>
        <translation>دربارهٔ این پیشنهاد قبلاً تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>The organisation must be verified (KYB) before it creates points.</source>
        <translation>سازمان پیش از ساختن امتیاز باید احراز هویت کسب‌وکار را گذرانده باشد.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>اتصال پیش از رسیدن پاسخ قطع شد. دوباره دکمه را بزنید: دو بار انجام نمی‌شود.</translation>
    </message>
    <message>
        <source>This point is paused by its partner or the platform: nothing can be swapped or credited for now.</source>
        <translation>این امتیاز را شریک یا پلتفرم متوقف کرده است: فعلاً نه تبدیلی ممکن است و نه واریزی.</translation>
    </message>
    <message>
        <source>The partner does not allow swaps in this direction at the moment.</source>
        <translation>شریک فعلاً تبدیل در این جهت را مجاز نمی‌داند.</translation>
    </message>
    <message>
        <source>The reserve does not cover these points. Top the reserve up first.</source>
        <translation>ذخیره برای پوشش این امتیازها کافی نیست. ابتدا ذخیره را افزایش دهید.</translation>
    </message>
    <message>
        <source>Only what is above the required reserve can be withdrawn.</source>
        <translation>فقط مازاد بر ذخیرهٔ لازم قابل برداشت است.</translation>
    </message>
    <message>
        <source>The partner&apos;s reserve cannot pay this swap right now. Try a smaller amount, or later.</source>
        <translation>ذخیرهٔ شریک فعلاً برای پرداخت این تبدیل کافی نیست. مقدار کمتری را امتحان کنید یا بعداً تلاش کنید.</translation>
    </message>
    <message>
        <source>The quote ran out before it was confirmed. Get a new quote.</source>
        <translation>اعتبار قیمت پیش از تأیید تمام شد. قیمت تازه بگیرید.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet, so it cannot be swapped.</source>
        <translation>این امتیاز هنوز سیاست تأییدشده‌ای ندارد، پس نمی‌توان آن را تبدیل کرد.</translation>
    </message>
    <message>
        <source>There is not enough left in stock for this quantity.</source>
        <translation>موجودی انبار برای این تعداد کافی نیست.</translation>
    </message>
    <message>
        <source>The balance it comes from does not cover this amount.</source>
        <translation>موجودی مبدأ برای این مقدار کافی نیست.</translation>
    </message>
    <message>
        <source>The organisation does not hold that many points.</source>
        <translation>سازمان این تعداد امتیاز ندارد.</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance does not cover the refund.</source>
        <translation>موجودی سازمان برای بازپرداخت کافی نیست.</translation>
    </message>
    <message>
        <source>Your balance does not cover the total.</source>
        <translation>موجودی شما برای مبلغ کل کافی نیست.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>موجودی قابل استفادهٔ شما برای این مقدار کافی نیست.</translation>
    </message>
    <message>
        <source>That code is taken by another asset. Choose another.</source>
        <translation>این کد متعلق به دارایی دیگری است. کد دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>You proposed this policy: another admin must approve it.</source>
        <translation>این سیاست را خودتان پیشنهاد داده‌اید: مدیر دیگری باید آن را تأیید کند.</translation>
    </message>
    <message>
        <source>Only a platform admin can resume a paused point.</source>
        <translation>فقط مدیر پلتفرم می‌تواند امتیاز متوقف‌شده را دوباره فعال کند.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owner or an admin of it may do this.</source>
        <translation>فقط مالک سازمان یا یکی از مدیران آن می‌تواند این کار را انجام دهد.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>کاربری با این نام وجود ندارد.</translation>
    </message>
    <message>
        <source>This request no longer exists.</source>
        <translation>این درخواست دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This product is no longer on sale.</source>
        <translation>این محصول دیگر فروخته نمی‌شود.</translation>
    </message>
    <message>
        <source>This quote is no longer valid: it was used or replaced. Get a new quote.</source>
        <translation>این قیمت دیگر معتبر نیست: استفاده یا جایگزین شده است. قیمت تازه بگیرید.</translation>
    </message>
</context>
<context>
    <name>BridgeWords</name>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Draft · no policy yet</source>
        <translation>پیش‌نویس · هنوز بدون سیاست</translation>
    </message>
    <message>
        <source>ERC-20 token</source>
        <translation>توکن ERC-20</translation>
    </message>
    <message>
        <source>Loyalty point</source>
        <translation>امتیاز وفاداری</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>at the partner</source>
        <translation>نزد شریک</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>در برنامه</translation>
    </message>
    <message>
        <source>Shipped to you</source>
        <translation>ارسال به نشانی شما</translation>
    </message>
    <message>
        <source>Voucher code, at once</source>
        <translation>کد ووچر، بی‌درنگ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>دارای اعتراض</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>%1 (the market&apos;s last price)</source>
        <translation>%1 (آخرین قیمت بازار)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>هر دو جهت</translation>
    </message>
    <message>
        <source>Only %1 → %2</source>
        <translation>فقط %1 → %2</translation>
    </message>
    <message>
        <source>Closed both ways</source>
        <translation>در هر دو جهت بسته</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>اسپرد</translation>
    </message>
    <message>
        <source>%1 %, taken from you in both directions</source>
        <translation>%1٪، در هر دو جهت از شما کسر می‌شود</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>%1 % of the coin, to the platform</source>
        <translation>%1٪ از رمزارز، برای پلتفرم</translation>
    </message>
    <message>
        <source>Per swap</source>
        <translation>هر تبدیل</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Your daily allowance</source>
        <translation>سقف روزانهٔ شما</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>جهت‌ها</translation>
    </message>
    <message>
        <source>Reserve backing</source>
        <translation>پشتوانهٔ ذخیره</translation>
    </message>
    <message>
        <source>%1 % required</source>
        <translation>%1٪ لازم</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>کیف پول من</translation>
    </message>
    <message>
        <source>The organisation&apos;s balance</source>
        <translation>موجودی سازمان</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>۱ ثانیه</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 ثانیه</translation>
    </message>
</context>
<context>
    <name>CallBubble</name>
    <message>
        <source>Tap to call back</source>
        <translation>برای تماس دوباره بزنید</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>Unmute</source>
        <translation>وصل صدا</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>قطع صدا</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>خاموش کردن دوربین</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>روشن کردن دوربین</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>توقف اشتراک</translation>
    </message>
    <message>
        <source>Share screen</source>
        <translation>اشتراک صفحه</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>میکروفون</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>بلندگو</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>دستگاه %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>قطع تماس</translation>
    </message>
</context>
<context>
    <name>CallHistoryList</name>
    <message>
        <source>Call back</source>
        <translation>تماس دوباره</translation>
    </message>
    <message>
        <source>No calls yet. Call from a chat&apos;s header.</source>
        <translation>هنوز تماسی نیست. از بالای هر گفتگو تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>CallHost</name>
    <message>
        <source>Incoming video call</source>
        <translation>تماس تصویری ورودی</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <source>%1 is calling you</source>
        <translation>%1 با شما تماس می‌گیرد</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Incoming call — %1</source>
        <translation>تماس ورودی — %1</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <source>Missed video call</source>
        <translation>تماس تصویری بی‌پاسخ</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>تماس بی‌پاسخ</translation>
    </message>
    <message>
        <source>Outgoing video call</source>
        <translation>تماس تصویری خروجی</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>تماس خروجی</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>تماس تصویری ورودی</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>تماس رد شد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Cancelled call</source>
        <translation>تماس لغوشده</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>تماس تصویری</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>تماس صوتی</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>اتصال خوب</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>اتصال متوسط</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>اتصال ضعیف</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Calls cannot use the microphone here (the call page is not a secure context).</source>
        <translation>تماس نمی‌تواند از میکروفون استفاده کند (صفحهٔ تماس در بستر امن نیست).</translation>
    </message>
    <message>
        <source>No microphone could be opened: the others can&apos;t hear you.</source>
        <translation>هیچ میکروفونی باز نشد: دیگران صدای شما را نمی‌شنوند.</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>دوربین باز نشد.</translation>
    </message>
    <message>
        <source>The screen could not be shared.</source>
        <translation>صفحه به اشتراک گذاشته نشد.</translation>
    </message>
    <message>
        <source>That speaker could not be chosen.</source>
        <translation>این بلندگو قابل انتخاب نبود.</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>24h high %1 · low %2</source>
        <translation>بیشترین ۲۴ ساعت %1 · کمترین %2</translation>
    </message>
    <message>
        <source>No trades in this period yet.</source>
        <translation>هنوز معامله‌ای در این بازه نیست.</translation>
    </message>
    <message>
        <source>This server does not offer candles yet.</source>
        <translation>این سرور هنوز نمودار شمعی ندارد.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Reject this case</source>
        <translation>رد این پرونده</translation>
    </message>
    <message>
        <source>Tell the user why. They will see this text.</source>
        <translation>دلیل را به کاربر بگویید. او این متن را می‌بیند.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Ask for new documents</source>
        <translation>درخواست مدارک جدید</translation>
    </message>
    <message>
        <source>Say what is wrong and what to send instead.</source>
        <translation>بگویید چه چیزی مشکل دارد و به جای آن چه بفرستد.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>ارسال درخواست</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Level requested</source>
        <translation>سطح درخواستی</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>بررسی‌کننده</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>هنوز کسی نیست</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>واگذاری به من</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>یادداشت تصمیم: %1</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>You are not a member of this conversation.</source>
        <translation>شما عضو این گفتگو نیستید.</translation>
    </message>
    <message>
        <source>Only the admins of this conversation can do this.</source>
        <translation>فقط مدیران این گفتگو می‌توانند این کار را انجام دهند.</translation>
    </message>
    <message>
        <source>Only the owner of this conversation can do this.</source>
        <translation>فقط مالک این گفتگو می‌تواند این کار را انجام دهد.</translation>
    </message>
    <message>
        <source>Only the author can change this message.</source>
        <translation>فقط نویسندهٔ این پیام می‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>This file cannot be shared here.</source>
        <translation>این فایل را نمی‌توان اینجا به اشتراک گذاشت.</translation>
    </message>
    <message>
        <source>This conversation can only be joined with an invite link.</source>
        <translation>به این گفتگو فقط با پیوند دعوت می‌توان پیوست.</translation>
    </message>
    <message>
        <source>This request has already been paid.</source>
        <translation>این درخواست قبلاً پرداخت شده است.</translation>
    </message>
    <message>
        <source>You cannot pay your own request.</source>
        <translation>نمی‌توانید درخواست خودتان را پرداخت کنید.</translation>
    </message>
    <message>
        <source>This request is being paid right now.</source>
        <translation>این درخواست هم‌اکنون در حال پرداخت است.</translation>
    </message>
    <message>
        <source>You cannot do this with yourself.</source>
        <translation>نمی‌توانید این کار را با خودتان انجام دهید.</translation>
    </message>
    <message>
        <source>This account is frozen.</source>
        <translation>این حساب مسدود است.</translation>
    </message>
    <message>
        <source>This is not possible in a direct chat.</source>
        <translation>این کار در گفتگوی خصوصی ممکن نیست.</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>این پیام حذف شده است.</translation>
    </message>
    <message>
        <source>This message cannot be edited.</source>
        <translation>این پیام قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>The owner&apos;s role cannot be changed.</source>
        <translation>نقش مالک را نمی‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>کاربری با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>This conversation or message no longer exists.</source>
        <translation>این گفتگو یا پیام دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This handle is already taken.</source>
        <translation>این شناسه قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>Messages have 1 to 4,096 characters.</source>
        <translation>پیام باید ۱ تا ۴٬۰۹۶ نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>Handles have 5 to 32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>شناسه ۵ تا ۳۲ نویسه دارد: a–z، 0–9 و _، و با یک حرف شروع می‌شود.</translation>
    </message>
    <message>
        <source>Your file storage is full (100 MB).</source>
        <translation>فضای ذخیرهٔ فایل شما پر است (۱۰۰ مگابایت).</translation>
    </message>
    <message>
        <source>Too many uploads at once. Wait for them to finish.</source>
        <translation>بارگذاری‌های هم‌زمان بیش از حد است. صبر کنید تا تمام شوند.</translation>
    </message>
    <message>
        <source>You cannot open your own red packet.</source>
        <translation>نمی‌توانید پاکت قرمز خودتان را باز کنید.</translation>
    </message>
    <message>
        <source>Every share of this red packet has been taken.</source>
        <translation>همهٔ سهم‌های این پاکت قرمز برداشته شده است.</translation>
    </message>
    <message>
        <source>This red packet has expired; what was left went back to the sender.</source>
        <translation>این پاکت قرمز منقضی شده است؛ باقی‌مانده به فرستنده برگشت.</translation>
    </message>
    <message>
        <source>The total is too small to give every share at least one unit.</source>
        <translation>مبلغ کل آن‌قدر کم است که به هر سهم دست‌کم یک واحد نمی‌رسد.</translation>
    </message>
    <message>
        <source>A red packet has 1 to 100 shares.</source>
        <translation>پاکت قرمز ۱ تا ۱۰۰ سهم دارد.</translation>
    </message>
    <message>
        <source>Red packets are for groups.</source>
        <translation>پاکت قرمز فقط برای گروه‌هاست.</translation>
    </message>
</context>
<context>
    <name>ChatInfoPanel</name>
    <message>
        <source>Channel info</source>
        <translation>اطلاعات کانال</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>اطلاعات گروه</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>بی‌صدا کردن اعلان‌ها</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>سنجاق به بالای فهرست</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>پیوند دعوت</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>هنوز پیوندی نیست</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Add by username</source>
        <translation>افزودن با نام کاربری</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Only admins see the subscribers.</source>
        <translation>فقط مدیران مشترکان را می‌بینند.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(شما)</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>مدیر کردن</translation>
    </message>
    <message>
        <source>Remove admin rights</source>
        <translation>برداشتن دسترسی مدیر</translation>
    </message>
    <message>
        <source>Remove from the conversation</source>
        <translation>حذف از گفتگو</translation>
    </message>
    <message>
        <source>Leave channel</source>
        <translation>ترک کانال</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>ترک گروه</translation>
    </message>
    <message>
        <source>Leave “%1”? You will lose access to its history.</source>
        <translation>«%1» را ترک می‌کنید؟ دسترسی شما به تاریخچهٔ آن از بین می‌رود.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ترک کردن</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>تماس با %1</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>Search messages</source>
        <translation>جستجوی پیام‌ها</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>جستجوی گفتگوها</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>گفتگوی جدید</translation>
    </message>
    <message>
        <source>New direct chat</source>
        <translation>گفتگوی خصوصی جدید</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>کانال جدید</translation>
    </message>
    <message>
        <source>Join by link or handle</source>
        <translation>پیوستن با پیوند یا شناسه</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>گفتگوها</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>No chat matches “%1”.</source>
        <translation>هیچ گفتگویی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>هنوز گفتگویی ندارید.</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>پیامی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>ChatWords</name>
    <message>
        <source>No messages yet</source>
        <translation>هنوز پیامی نیست</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>پیام حذف‌شده</translation>
    </message>
    <message>
        <source>Payment: %1 %2</source>
        <translation>پرداخت: %1 %2</translation>
    </message>
    <message>
        <source>Payment request: %1 %2</source>
        <translation>درخواست پرداخت: %1 %2</translation>
    </message>
    <message>
        <source>Red packet: %1 %2</source>
        <translation>پاکت قرمز: %1 %2</translation>
    </message>
    <message>
        <source>P2P trade: %1 %2</source>
        <translation>معاملهٔ همتا به همتا: %1 %2</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>عضویت تغییر کرد</translation>
    </message>
    <message>
        <source>📎 %1</source>
        <translation>📎 %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>1 subscriber</source>
        <translation>۱ مشترک</translation>
    </message>
    <message>
        <source>%1 subscribers</source>
        <translation>%1 مشترک</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>۱ عضو</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 عضو</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>در انتظار پرداخت</translation>
    </message>
    <message>
        <source>Mini program: %1</source>
        <translation>برنامک: %1</translation>
    </message>
    <message>
        <source>📹 Video call</source>
        <translation>📹 تماس تصویری</translation>
    </message>
    <message>
        <source>📞 Call</source>
        <translation>📞 تماس</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation>یک گفتگو را انتخاب کنید یا گفتگوی جدیدی شروع کنید.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>گفتگوها</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing</source>
        <translation>در حال ویرایش</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>پاسخ به %1</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>در حال بارگذاری… %1%</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>پیوست فایل</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>پول</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>ارسال پول</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>درخواست پول</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>پیامی بنویسید…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>پاکت قرمز</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Done: the partner has been told.</source>
        <translation>انجام شد: به شریک اطلاع داده شد.</translation>
    </message>
    <message>
        <source>Request declined.</source>
        <translation>درخواست رد شد.</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>درخواست از طرف %1</translation>
    </message>
    <message>
        <source>%1 asks you to pay %2 %3 in exchange for %4.</source>
        <translation>%1 از شما می‌خواهد در ازای %4، مبلغ %2 %3 بپردازید.</translation>
    </message>
    <message>
        <source>%1 asks you to give %2 %3 in exchange for coin.</source>
        <translation>%1 از شما می‌خواهد در ازای رمزارز، %2 %3 بدهید.</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>شمارهٔ مرجع آن‌ها: %1</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>می‌دهید</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>دریافت می‌کنید</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>معتبر تا %1 دیگر</translation>
    </message>
    <message>
        <source>This quote has run out. Get a fresh one to go on.</source>
        <translation>اعتبار این قیمت تمام شد. برای ادامه قیمت تازه بگیرید.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; it will not be done twice.</source>
        <translation>پاسخ به دست ما نرسید. برای دانستن نتیجه دوباره تأیید کنید؛ دو بار انجام نمی‌شود.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>فعلاً نه</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>قیمت تازه</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>تأیید دوباره</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>Request declined.</source>
        <translation>درخواست رد شد.</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>درخواست‌های شرکا</translation>
    </message>
    <message>
        <source>A partner&apos;s till or website can ask you to swap points or coin. Nothing moves until you confirm here.</source>
        <translation>صندوق فروشگاه یا وب‌سایت یک شریک می‌تواند از شما بخواهد امتیاز یا رمزارز را تبدیل کنید. تا اینجا تأیید نکنید، چیزی جابه‌جا نمی‌شود.</translation>
    </message>
    <message>
        <source>%1: pay %2 in coin for %3</source>
        <translation>%1: پرداخت %2 به رمزارز برای %3</translation>
    </message>
    <message>
        <source>%1: give %2 %3 for coin</source>
        <translation>%1: دادن %2 %3 در ازای رمزارز</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>شمارهٔ مرجع: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>تأیید…</translation>
    </message>
    <message>
        <source>No requests are waiting for you.</source>
        <translation>هیچ درخواستی منتظر شما نیست.</translation>
    </message>
    <message>
        <source>Open a request</source>
        <translation>باز کردن درخواست</translation>
    </message>
    <message>
        <source>Paste the link a partner showed you (azcoiner:bridge?consent=…).</source>
        <translation>پیوندی را که شریک به شما نشان داده است اینجا جای‌گذاری کنید (azcoiner:bridge?consent=…).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Pay %1 %2 to %3? The fee is added by the wallet.</source>
        <translation>%1 %2 به %3 پرداخت شود؟ کارمزد را کیف پول اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Members and settings</source>
        <translation>اعضا و تنظیمات</translation>
    </message>
    <message>
        <source>You are no longer a member of this conversation.</source>
        <translation>شما دیگر عضو این گفتگو نیستید.</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>هنوز پیامی نیست. سلام کنید!</translation>
    </message>
    <message>
        <source>Only admins post in this channel</source>
        <translation>فقط مدیران در این کانال پست می‌گذارند</translation>
    </message>
    <message>
        <source>Drop to send</source>
        <translation>برای ارسال رها کنید</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>ارسال فایل</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>تصاویر و اسناد (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>ذخیرهٔ فایل</translation>
    </message>
    <message>
        <source>Pay this request?</source>
        <translation>این درخواست پرداخت شود؟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Forward to…</source>
        <translation>هدایت به…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>کپی متن</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>هدایت…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>برداشتن سنجاق</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>سنجاق کردن</translation>
    </message>
    <message>
        <source>Delete for me</source>
        <translation>حذف برای من</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>حذف برای همه</translation>
    </message>
    <message>
        <source>Newest messages</source>
        <translation>تازه‌ترین پیام‌ها</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>تماس صوتی</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>تماس تصویری</translation>
    </message>
</context>
<context>
    <name>CreatePointDialog</name>
    <message>
        <source>Choose an icon</source>
        <translation>انتخاب نماد</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 created. Propose its policy under Policies to open it.</source>
        <translation>%1 ساخته شد. برای راه‌اندازی آن، در بخش «سیاست‌ها» سیاستش را پیشنهاد دهید.</translation>
    </message>
    <message>
        <source>Register a token</source>
        <translation>ثبت توکن</translation>
    </message>
    <message>
        <source>Create a point</source>
        <translation>ساختن امتیاز</translation>
    </message>
    <message>
        <source>A loyalty point of our own</source>
        <translation>امتیاز وفاداری خودمان</translation>
    </message>
    <message>
        <source>Our ERC-20 token</source>
        <translation>توکن ERC-20 ما</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>e.g. NOVA</source>
        <translation>مثلاً NOVA</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>ارقام اعشار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Reserve held in</source>
        <translation>دارایی ذخیره</translation>
    </message>
    <message>
        <source>Network (as custody names it)</source>
        <translation>شبکه (با همان نامی که در سامانهٔ نگهداری دارایی ثبت است)</translation>
    </message>
    <message>
        <source>Contract address</source>
        <translation>آدرس قرارداد</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Choose icon</source>
        <translation>انتخاب نماد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
</context>
<context>
    <name>CustodyErrors</name>
    <message>
        <source>The smallest withdrawal of %1 on this network is %2 %1.</source>
        <translation>کمترین مقدار برداشت %1 در این شبکه %2 %1 است.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>دارایی %1 حداکثر %2 رقم اعشار دارد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 0.25.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید، مثلاً 0.25.</translation>
    </message>
    <message>
        <source>This address mixes upper and lower case but its checksum is wrong. Copy it again from the wallet it belongs to.</source>
        <translation>این آدرس حروف بزرگ و کوچک را با هم دارد اما کنترل‌جمع آن نادرست است. آن را دوباره از کیف پول مقصد کپی کنید.</translation>
    </message>
    <message>
        <source>This is not an address on this network: it should be 0x followed by 40 hexadecimal characters.</source>
        <translation>این آدرسی در این شبکه نیست: باید با 0x شروع شود و ۴۰ نویسهٔ هگزادسیمال داشته باشد.</translation>
    </message>
    <message>
        <source>This address is already in your address book.</source>
        <translation>این آدرس از قبل در دفترچهٔ آدرس شماست.</translation>
    </message>
    <message>
        <source>Save this address in your address book first.</source>
        <translation>ابتدا این آدرس را در دفترچهٔ آدرس ذخیره کنید.</translation>
    </message>
    <message>
        <source>New addresses can be used after a waiting period, for your safety. This one is usable from %1.</source>
        <translation>برای امنیت شما، آدرس‌های جدید پس از یک دورهٔ انتظار قابل استفاده‌اند. این آدرس از %1 قابل استفاده است.</translation>
    </message>
    <message>
        <source>This network is switched off for now.</source>
        <translation>این شبکه فعلاً خاموش است.</translation>
    </message>
    <message>
        <source>This withdrawal is large: it needs the approval of two admins; support cannot approve it.</source>
        <translation>این برداشت بزرگ است: به تأیید دو مدیر نیاز دارد و پشتیبانی نمی‌تواند آن را تأیید کند.</translation>
    </message>
    <message>
        <source>You cannot approve your own withdrawal; another member of staff has to.</source>
        <translation>نمی‌توانید برداشت خودتان را تأیید کنید؛ یکی دیگر از کارکنان باید این کار را بکند.</translation>
    </message>
    <message>
        <source>This withdrawal has moved on meanwhile; the list shows its current state.</source>
        <translation>وضعیت این برداشت در این فاصله تغییر کرده است؛ فهرست وضعیت فعلی آن را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Withdrawing %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>برداشت %1 در سطح احراز هویت شما ممکن نیست. برای فعال‌شدن آن هویت خود را تأیید کنید.</translation>
    </message>
    <message>
        <source>This is above your withdrawal limit (%1 %2). You can still withdraw %3 %2 in the next 24 hours.</source>
        <translation>این بیشتر از سقف برداشت شما (%1 %2) است. در ۲۴ ساعت آینده هنوز می‌توانید %3 %2 برداشت کنید.</translation>
    </message>
    <message>
        <source>Withdrawals of this size need the 6-digit code from your authenticator app.</source>
        <translation>برداشت‌هایی با این مبلغ به کد ۶ رقمی برنامهٔ احراز هویت نیاز دارند.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the network fee.</source>
        <translation>موجودی قابل استفادهٔ %1 شما برای مبلغ و کارمزد شبکه کافی نیست.</translation>
    </message>
    <message>
        <source>Deposits and withdrawals are not available on this server.</source>
        <translation>واریز و برداشت روی این سرور در دسترس نیست.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press the button again: it will not be sent twice.</source>
        <translation>اتصال پیش از رسیدن پاسخ قطع شد. دوباره دکمه را بزنید: دو بار ارسال نمی‌شود.</translation>
    </message>
    <message>
        <source>Saving a new address needs the 6-digit code from your authenticator app too.</source>
        <translation>ذخیره‌ی نشانی جدید به کد ۶ رقمی برنامه‌ی احراز هویت شما هم نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit from a blockchain</source>
        <translation>واریز از بلاک‌چین</translation>
    </message>
    <message>
        <source>No blockchain network is set up for deposits yet.</source>
        <translation>هنوز هیچ شبکهٔ بلاک‌چینی برای واریز تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>بلوک %1</translation>
    </message>
    <message>
        <source>The node is not answering. You can still send: the deposit is credited when it is back.</source>
        <translation>گره پاسخ نمی‌دهد. همچنان می‌توانید ارسال کنید: واریز پس از برگشتن گره به حساب شما منظور می‌شود.</translation>
    </message>
    <message>
        <source>Your %1 address on %2</source>
        <translation>آدرس %1 شما در %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>The address was copied.</source>
        <translation>آدرس کپی شد.</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>حداقل واریز</translation>
    </message>
    <message>
        <source>Confirmations needed</source>
        <translation>تأییدهای لازم</translation>
    </message>
    <message>
        <source>Send only %1 on %2 to this address. Smaller amounts are not credited.</source>
        <translation>فقط %1 روی %2 به این آدرس بفرستید. مبالغ کمتر از حداقل منظور نمی‌شوند.</translation>
    </message>
    <message>
        <source>Your deposits</source>
        <translation>واریزهای شما</translation>
    </message>
    <message>
        <source>Nothing has arrived yet. Deposits show up here as soon as the network sees them.</source>
        <translation>هنوز چیزی نرسیده است. واریزها به محض دیده‌شدن در شبکه اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>قطع</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Choose the program&apos;s bundle</source>
        <translation>بستهٔ برنامک را انتخاب کنید</translation>
    </message>
    <message>
        <source>Mini program bundles (*.zip)</source>
        <translation>بسته‌های برنامک (*.zip)</translation>
    </message>
    <message>
        <source>Your developer key</source>
        <translation>کلید توسعه‌دهندهٔ شما</translation>
    </message>
    <message>
        <source>Verify your identity first: developers are verified people.</source>
        <translation>ابتدا هویت خود را تأیید کنید: توسعه‌دهندگان افرادی با هویت تأییدشده‌اند.</translation>
    </message>
    <message>
        <source>Bundles you upload are signed with it; AZCoiner checks the signature at every download.</source>
        <translation>بسته‌هایی که بارگذاری می‌کنید با این کلید امضا می‌شوند؛ AZCoiner امضا را در هر بار دریافت بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Create a signing key to publish mini programs.</source>
        <translation>برای انتشار برنامک‌ها یک کلید امضا بسازید.</translation>
    </message>
    <message>
        <source>%1 · public key %2</source>
        <translation>%1 · کلید عمومی %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the private key. Create a new key to upload from here.</source>
        <translation>کلید خصوصی در جاکلیدی این رایانه نیست. برای بارگذاری از این رایانه، کلید جدیدی بسازید.</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>نام توسعه‌دهنده</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>جایگزینی کلید</translation>
    </message>
    <message>
        <source>Create signing key</source>
        <translation>ساخت کلید امضا</translation>
    </message>
    <message>
        <source>Upload a version…</source>
        <translation>بارگذاری نسخه…</translation>
    </message>
    <message>
        <source>%1 · version %2 live · %3 installs · %4 opens</source>
        <translation>%1 · نسخهٔ منتشرشده %2 · %3 نصب · %4 بار اجرا</translation>
    </message>
    <message>
        <source>sales: %1</source>
        <translation>فروش: %1</translation>
    </message>
</context>
<context>
    <name>DevelopersView</name>
    <message>
        <source>The secret of %1. Copy it now: it is not shown again.</source>
        <translation>رمز محرمانهٔ %1. همین حالا آن را کپی کنید: دیگر نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>کلیدهای API</translation>
    </message>
    <message>
        <source>Your servers sign every request with a key&apos;s secret. Give each key only what it needs, and the addresses it may come from.</source>
        <translation>سرورهای شما هر درخواست را با رمز محرمانهٔ یک کلید امضا می‌کنند. به هر کلید فقط دسترسی‌های لازم و آدرس‌های IP مجاز برای ارسال درخواست را بدهید.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>shop server</source>
        <translation>سرور فروشگاه</translation>
    </message>
    <message>
        <source>Allowed addresses (optional)</source>
        <translation>آدرس‌های IP مجاز (اختیاری)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>ساخت کلید</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>آخرین استفاده %1</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>تعویض</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>وب‌هوک‌ها</translation>
    </message>
    <message>
        <source>We POST each event (invoice paid, refund, payout…) to your URL, signed, and retry for a day until you answer 2xx.</source>
        <translation>هر رویداد (پرداخت صورتحساب، بازپرداخت، تسویه…) را امضاشده با POST به URL شما می‌فرستیم و تا یک روز دوباره تلاش می‌کنیم تا پاسخ 2xx بدهید.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL مقصد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>On</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Off: kept failing</source>
        <translation>غیرفعال: خطای پیاپی</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>ارسال‌ها</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>گزارش ارسال‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n تلاش</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
</context>
<context>
    <name>DisputesView</name>
    <message>
        <source>%1 buys from %2</source>
        <translation>%1 از %2 می‌خرد</translation>
    </message>
    <message>
        <source>Appealed %1</source>
        <translation>اعتراض در %1</translation>
    </message>
    <message>
        <source>No open appeals.</source>
        <translation>اعتراض بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose an appeal to review it.</source>
        <translation>برای بررسی، یک اعتراض را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Loading document… %1%</source>
        <translation>در حال بارگیری مدرک… %1%</translation>
    </message>
</context>
<context>
    <name>EarnAdminView</name>
    <message>
        <source>Reward pool funded: %1 %2.</source>
        <translation>استخر پاداش شارژ شد: %1 %2.</translation>
    </message>
    <message>
        <source>Staking products</source>
        <translation>محصولات استیکینگ</translation>
    </message>
    <message>
        <source>The margin is what the house keeps on top of the rate it pays; users never see it. Pick a product to change it.</source>
        <translation>حاشیه سهمی است که پلتفرم افزون بر نرخ پرداختی برای خود نگه می‌دارد؛ کاربران هرگز آن را نمی‌بینند. برای تغییر آن، یک محصول را انتخاب کنید.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>حاشیه</translation>
    </message>
    <message>
        <source>Staked / cap</source>
        <translation>استیک‌شده / سقف</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>دورهٔ آزادسازی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Reward pools</source>
        <translation>استخرهای پاداش</translation>
    </message>
    <message>
        <source>Claims are paid from these. Owed is what stakes have earned and not been paid yet.</source>
        <translation>پاداش‌ها از همین استخرها پرداخت می‌شوند. «بدهی» مبلغی است که استیک‌ها کسب کرده‌اند و هنوز پرداخت نشده است.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>کافی</translation>
    </message>
    <message>
        <source>short</source>
        <translation>کسری</translation>
    </message>
    <message>
        <source>Amount from the house treasury</source>
        <translation>مبلغ از خزانهٔ پلتفرم</translation>
    </message>
    <message>
        <source>Fund pool</source>
        <translation>شارژ استخر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Fund again</source>
        <translation>شارژ دوباره</translation>
    </message>
    <message>
        <source>Move %1 %2 to the pool</source>
        <translation>انتقال %1 %2 به استخر</translation>
    </message>
    <message>
        <source>Token sales</source>
        <translation>فروش‌های توکن</translation>
    </message>
    <message>
        <source>Proceeds and unsold tokens go to the partner, less the platform&apos;s share.</source>
        <translation>عواید فروش و توکن‌های فروش‌نرفته، پس از کسر سهم پلتفرم، به شریک می‌رسد.</translation>
    </message>
    <message>
        <source>List a sale</source>
        <translation>ثبت فروش</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Committed / target</source>
        <translation>مشارکت / هدف</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>خریداران</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم پلتفرم</translation>
    </message>
    <message>
        <source>No sales listed yet.</source>
        <translation>هنوز هیچ فروشی ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>EarnErrors</name>
    <message>
        <source>Enter the yearly rate as a percentage with at most 2 decimals, like 8.5.</source>
        <translation>نرخ سالانه را به‌صورت درصد و با حداکثر ۲ رقم اعشار وارد کنید، مثلاً 8.5.</translation>
    </message>
    <message>
        <source>Enter the house margin as a percentage with at most 2 decimals.</source>
        <translation>حاشیهٔ پلتفرم را به‌صورت درصد و با حداکثر ۲ رقم اعشار وارد کنید.</translation>
    </message>
    <message>
        <source>A locked product needs a lock of 1 to 3650 days.</source>
        <translation>محصول قفل‌دار به دورهٔ قفل ۱ تا ۳۶۵۰ روزه نیاز دارد.</translation>
    </message>
    <message>
        <source>Unbonding is a whole number of hours, at most 90 days.</source>
        <translation>دورهٔ آزادسازی باید عددی صحیح بر حسب ساعت و حداکثر ۹۰ روز باشد.</translation>
    </message>
    <message>
        <source>Give the window as dates like 2026-12-24 18:00, the end after the start.</source>
        <translation>بازهٔ زمانی را با تاریخ‌هایی مانند 2026-12-24 18:00 وارد کنید؛ پایان باید پس از شروع باشد.</translation>
    </message>
    <message>
        <source>Write the vesting as days after the end and percentages, like 0:50, 30:50 (adding up to 100).</source>
        <translation>آزادسازی تدریجی را به‌صورت «روز پس از پایان:درصد» بنویسید، مثلاً 0:50, 30:50 (با مجموع ۱۰۰).</translation>
    </message>
    <message>
        <source>There is no user with that name to receive the proceeds.</source>
        <translation>کاربری با این نام برای دریافت عواید فروش وجود ندارد.</translation>
    </message>
    <message>
        <source>The token is 2 to 10 capital letters or digits, and not the asset it is priced in.</source>
        <translation>نماد توکن باید ۲ تا ۱۰ حرف بزرگ لاتین یا رقم باشد و با دارایی قیمت‌گذاری یکی نباشد.</translation>
    </message>
    <message>
        <source>The platform&apos;s share is a percentage from 0 to 100.</source>
        <translation>سهم پلتفرم درصدی بین ۰ تا ۱۰۰ است.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>فیلد «%1» را بررسی کنید.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press again: it will not be done twice.</source>
        <translation>اتصال پیش از رسیدن پاسخ قطع شد. دوباره دکمه را بزنید: دو بار انجام نمی‌شود.</translation>
    </message>
    <message>
        <source>The reward pool is short right now. Your rewards stay owed to you: claim them a little later.</source>
        <translation>استخر پاداش در حال حاضر کسری دارد. پاداش‌های شما محفوظ می‌ماند: کمی بعد آن‌ها را دریافت کنید.</translation>
    </message>
    <message>
        <source>That is more than one person may commit to this sale.</source>
        <translation>این مبلغ از سقف مشارکت هر نفر در این فروش بیشتر است.</translation>
    </message>
    <message>
        <source>This product is full: its cap would be passed. Try a smaller amount or another product.</source>
        <translation>ظرفیت این محصول پر است: این مبلغ از سقف آن می‌گذرد. مبلغ کمتر یا محصول دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <source>Enter an amount of at least the product&apos;s minimum, with no more decimals than the asset has.</source>
        <translation>مقداری دست‌کم برابر با حداقل این محصول وارد کنید، با ارقام اعشاری نه بیشتر از آنچه این دارایی دارد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with no more decimals than the asset has.</source>
        <translation>مقداری بیشتر از صفر وارد کنید، با ارقام اعشاری نه بیشتر از آنچه این دارایی دارد.</translation>
    </message>
    <message>
        <source>The house treasury does not hold that much of this asset.</source>
        <translation>خزانهٔ پلتفرم این مقدار از این دارایی را ندارد.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this amount.</source>
        <translation>موجودی قابل استفادهٔ شما برای این مقدار کافی نیست.</translation>
    </message>
    <message>
        <source>This sale is not taking commitments: it has not opened yet, or its window has closed.</source>
        <translation>این فروش مشارکت نمی‌پذیرد: یا هنوز آغاز نشده یا مهلت آن به پایان رسیده است.</translation>
    </message>
    <message>
        <source>This needs verification level %1. Complete verification first.</source>
        <translation>این کار به سطح احراز هویت %1 نیاز دارد. ابتدا احراز هویت را کامل کنید.</translation>
    </message>
    <message>
        <source>This sale needs a higher verification level. Complete verification first.</source>
        <translation>این فروش به سطح احراز هویت بالاتری نیاز دارد. ابتدا احراز هویت را کامل کنید.</translation>
    </message>
    <message>
        <source>This sale is for members with enough AZC staked. Stake AZC under Staking first.</source>
        <translation>این فروش برای اعضایی است که به اندازهٔ کافی AZC استیک کرده‌اند. ابتدا در بخش «استیکینگ» AZC استیک کنید.</translation>
    </message>
    <message>
        <source>This product takes no new stakes.</source>
        <translation>این محصول استیک جدید نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>This stake is no longer active.</source>
        <translation>این استیک دیگر فعال نیست.</translation>
    </message>
    <message>
        <source>There is nothing to claim yet.</source>
        <translation>هنوز چیزی برای دریافت وجود ندارد.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>این محصول دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This stake no longer exists.</source>
        <translation>این استیک دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>این فروش دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This stake is being released right now. Try again in a moment.</source>
        <translation>این استیک هم‌اکنون در حال آزادسازی است. لحظاتی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>چنین دارایی‌ای وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>EarnPage</name>
    <message>
        <source>Earn</source>
        <translation>کسب سود</translation>
    </message>
    <message>
        <source>Stake your coins to earn every second, and join token sales on the launchpad.</source>
        <translation>رمزارزهای خود را استیک کنید تا هر ثانیه سود بگیرید، و در فروش‌های توکن لانچ‌پد شرکت کنید.</translation>
    </message>
    <message>
        <source>Staking (%1 earning)</source>
        <translation>استیکینگ (%1 در حال سوددهی)</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>استیکینگ</translation>
    </message>
    <message>
        <source>Launchpad</source>
        <translation>لانچ‌پد</translation>
    </message>
</context>
<context>
    <name>EarnWords</name>
    <message>
        <source>Locked · %1</source>
        <translation>قفل‌دار · %1</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>منعطف</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>%1٪ سالانه</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>در حال ایجاد</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>در حال سوددهی</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>در حال آزادسازی</translation>
    </message>
    <message>
        <source>Returning to wallet</source>
        <translation>در حال بازگشت به کیف پول</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>به‌زودی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Allocating</source>
        <translation>در حال تخصیص</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>توزیع‌شده</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 تا شروع</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>%1 تا پایان</translation>
    </message>
    <message>
        <source>Being settled</source>
        <translation>در حال تسویه</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تسویه‌شده</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>۱ دقیقه</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>1 buyer</source>
        <translation>۱ خریدار</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>%1 خریدار</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 روز %2</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>بدون سقف</translation>
    </message>
</context>
<context>
    <name>ExchangeMarketForm</name>
    <message>
        <source>Edit a market</source>
        <translation>ویرایش یک بازار</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Pick a market in the table.</source>
        <translation>یک بازار را در جدول انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Tick size</source>
        <translation>گام قیمت</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>گام مقدار</translation>
    </message>
    <message>
        <source>Min notional (%1)</source>
        <translation>حداقل ارزش (%1)</translation>
    </message>
    <message>
        <source>Maker fee rate</source>
        <translation>نرخ کارمزد سفارش‌گذار</translation>
    </message>
    <message>
        <source>Taker fee rate</source>
        <translation>نرخ کارمزد سفارش‌گیر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Route to the provider</source>
        <translation>ارسال به تأمین‌کننده</translation>
    </message>
    <message>
        <source>What the book cannot fill of a market or IOC order goes to the liquidity provider.</source>
        <translation>آنچه دفتر سفارش نتواند از یک سفارش بازار یا IOC پر کند، به تأمین‌کنندهٔ نقدینگی می‌رود.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Markets</source>
        <translation>بازارها</translation>
    </message>
    <message>
        <source>Pick a market to change its rules.</source>
        <translation>برای تغییر قواعد یک بازار، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>بازار</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>گام قیمت</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>گام مقدار</translation>
    </message>
    <message>
        <source>Maker · taker</source>
        <translation>سفارش‌گذار · سفارش‌گیر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ارسال به تأمین‌کننده</translation>
    </message>
    <message>
        <source>on</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>تأمین‌کنندهٔ نقدینگی</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>نزد تأمین‌کننده</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>در دفتر کل</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>برابر</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>متفاوت</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Spot fees per market, and every fee account per flow.</source>
        <translation>کارمزدهای معاملات نقدی به تفکیک بازار، و هر حساب کارمزد به تفکیک جریان.</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>کارمزدها</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>جریان</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Hedge log</source>
        <translation>گزارش پوشش ریسک</translation>
    </message>
    <message>
        <source>Every order sent to the provider, newest first. “sent” long after its time means no answer came back.</source>
        <translation>هر سفارشی که به تأمین‌کننده فرستاده شد، جدیدترین اول. «sent» که مدت‌ها بعد از زمانش مانده باشد یعنی پاسخی برنگشته است.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>نماد</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>درخواستی</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ارز مقابل</translation>
    </message>
    <message>
        <source>No orders were sent to the provider yet.</source>
        <translation>هنوز سفارشی به تأمین‌کننده فرستاده نشده است.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
</context>
<context>
    <name>FeesLimitsView</name>
    <message>
        <source>Fees</source>
        <translation>کارمزدها</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>سقف‌ها</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>نوع عملیات</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>Edit a fee</source>
        <translation>ویرایش کارمزد</translation>
    </message>
    <message>
        <source>fee = fixed + amount × rate, at least the minimum, at most the maximum.</source>
        <translation>کارمزد = ثابت + مبلغ × نرخ؛ نه کمتر از حداقل و نه بیشتر از حداکثر.</translation>
    </message>
    <message>
        <source>Fixed part</source>
        <translation>بخش ثابت</translation>
    </message>
    <message>
        <source>Rate (a fraction: 0.001 = 0.1 %)</source>
        <translation>نرخ (به‌صورت کسر: 0.001 = 0.1 %)</translation>
    </message>
    <message>
        <source>Maximum (0 = none)</source>
        <translation>حداکثر (۰ = بدون سقف)</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>ذخیرهٔ کارمزد</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Per transfer</source>
        <translation>هر انتقال</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>هر ۲۴ ساعت</translation>
    </message>
    <message>
        <source>2FA above</source>
        <translation>کد دومرحله‌ای از</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>مجاز نیست</translation>
    </message>
    <message>
        <source>Edit a limit</source>
        <translation>ویرایش سقف</translation>
    </message>
    <message>
        <source>Per verification level; a daily limit of 0 means the level cannot send the asset.</source>
        <translation>برای هر سطح احراز هویت؛ سقف روزانهٔ ۰ یعنی این سطح نمی‌تواند این دارایی را ارسال کند.</translation>
    </message>
    <message>
        <source>Ask for a 2FA code above</source>
        <translation>درخواست کد دومرحله‌ای برای مبالغ بیش از</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>ذخیرهٔ سقف</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze %1?</source>
        <translation>%1 مسدود شود؟</translation>
    </message>
    <message>
        <source>Unfreeze %1?</source>
        <translation>مسدودیت %1 برداشته شود؟</translation>
    </message>
    <message>
        <source>They are signed out at once and cannot sign in until unfrozen.</source>
        <translation>بلافاصله از حساب خارج می‌شود و تا رفع مسدودیت نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>They can sign in again.</source>
        <translation>می‌تواند دوباره وارد شود.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>دلیل (در گزارش حسابرسی ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>مسدود کردن</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>رفع مسدودیت</translation>
    </message>
</context>
<context>
    <name>FundView</name>
    <message>
        <source>%1 %2 added to the community fund.</source>
        <translation>%1 %2 به صندوق جامعه افزوده شد.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>صندوق جامعه</translation>
    </message>
    <message>
        <source>Its money moves only when a proposal passes and its timelock ends.</source>
        <translation>پول این صندوق تنها زمانی جابه‌جا می‌شود که پیشنهادی تصویب شود و قفل زمانی آن به پایان برسد.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Donate from my wallet</source>
        <translation>اهدا از کیف پول من</translation>
    </message>
    <message>
        <source>Add from the treasury</source>
        <translation>افزودن از خزانه</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>گردش‌ها</translation>
    </message>
    <message>
        <source>Nothing has moved yet.</source>
        <translation>هنوز هیچ جابه‌جایی‌ای انجام نشده است.</translation>
    </message>
    <message>
        <source>Paid by an executed proposal</source>
        <translation>پرداخت‌شده با یک پیشنهاد اجراشده</translation>
    </message>
    <message>
        <source>Added to the fund</source>
        <translation>افزوده‌شده به صندوق</translation>
    </message>
</context>
<context>
    <name>GovernanceErrors</name>
    <message>
        <source>Writing a proposal needs AZC staked in Earn. %1</source>
        <translation>برای نوشتن پیشنهاد باید در بخش «کسب سود» AZC استیک کرده باشید. %1</translation>
    </message>
    <message>
        <source>Voting on this proposal is not open.</source>
        <translation>رأی‌گیری این پیشنهاد باز نیست.</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you have no vote on this proposal.</source>
        <translation>هنگام آغاز رأی‌گیری هیچ AZC استیک‌شده‌ای نداشتید، پس در این پیشنهاد حق رأی ندارید.</translation>
    </message>
    <message>
        <source>Only the author may withdraw a proposal.</source>
        <translation>فقط نویسندهٔ پیشنهاد می‌تواند آن را پس بگیرد.</translation>
    </message>
    <message>
        <source>This proposal can no longer be changed: %1</source>
        <translation>این پیشنهاد دیگر قابل تغییر نیست: %1</translation>
    </message>
    <message>
        <source>The proposal&apos;s action is not valid: %1</source>
        <translation>اقدام این پیشنهاد معتبر نیست: %1</translation>
    </message>
    <message>
        <source>Results are not recorded on a blockchain on this server.</source>
        <translation>در این سرور نتایج روی بلاک‌چین ثبت نمی‌شوند.</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>صندوق جامعه</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>پیشنهاد جدید</translation>
    </message>
</context>
<context>
    <name>GovernanceWords</name>
    <message>
        <source>In discussion</source>
        <translation>در حال بحث</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>در حال رأی‌گیری</translation>
    </message>
    <message>
        <source>Passed · timelock</source>
        <translation>تصویب‌شده · قفل زمانی</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>اجراشده</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>تصویب‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected by the vote</source>
        <translation>رد در رأی‌گیری</translation>
    </message>
    <message>
        <source>Quorum not reached</source>
        <translation>حد نصاب حاصل نشد</translation>
    </message>
    <message>
        <source>For</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>مخالف</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>ممتنع</translation>
    </message>
    <message>
        <source>No action: a signal of the community&apos;s view.</source>
        <translation>بدون اقدام: تنها نشانه‌ای از دیدگاه جامعه.</translation>
    </message>
    <message>
        <source>Pay %1 %2 from the community fund to @%3.</source>
        <translation>پرداخت %1 %2 از صندوق جامعه به @%3.</translation>
    </message>
    <message>
        <source>Set the %1 fee on %2: %3 fixed, rate %4, min %5, max %6.</source>
        <translation>تنظیم کارمزد %1 برای %2: ثابت %3، نرخ %4، حداقل %5، حداکثر %6.</translation>
    </message>
    <message>
        <source>Halt trading on %1-%2.</source>
        <translation>توقف معاملات در بازار %1-%2.</translation>
    </message>
    <message>
        <source>Set a staking product&apos;s reward to %1 % a year.</source>
        <translation>تنظیم پاداش یک محصول استیکینگ روی %1٪ سالانه.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>لحظاتی</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 روز و %2 ساعت</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>Voting opens in %1</source>
        <translation>رأی‌گیری %1 دیگر آغاز می‌شود</translation>
    </message>
    <message>
        <source>Voting ends in %1</source>
        <translation>رأی‌گیری %1 دیگر پایان می‌یابد</translation>
    </message>
    <message>
        <source>Runs in %1 (timelock)</source>
        <translation>اجرا %1 دیگر (قفل زمانی)</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>اجراشده در %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>ناموفق در %1</translation>
    </message>
    <message>
        <source>Voting ended %1</source>
        <translation>پایان رأی‌گیری: %1</translation>
    </message>
    <message>
        <source>Let %1-%2 orders only be cancelled.</source>
        <translation>در بازار %1-%2 فقط لغو سفارش‌ها مجاز باشد.</translation>
    </message>
    <message>
        <source>Open trading on %1-%2.</source>
        <translation>معامله در بازار %1-%2 باز شود.</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>From %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>به %1</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <source>Answered on another device</source>
        <translation>در دستگاه دیگری پاسخ داده شد</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>تماس پایان یافت</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>در حال زنگ خوردن…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Compare these with %1: if both screens show the same, the call is encrypted end to end with nobody in between.</source>
        <translation>این‌ها را با %1 مقایسه کنید: اگر هر دو صفحه یکسان باشند، تماس سرتاسر رمزنگاری شده و کسی در میان نیست.</translation>
    </message>
</context>
<context>
    <name>IncomingCallPanel</name>
    <message>
        <source>Incoming group video call</source>
        <translation>تماس تصویری گروهی ورودی</translation>
    </message>
    <message>
        <source>Incoming group call</source>
        <translation>تماس گروهی ورودی</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>تماس تصویری ورودی</translation>
    </message>
    <message>
        <source>Incoming voice call</source>
        <translation>تماس صوتی ورودی</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>با %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>With video</source>
        <translation>با تصویر</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Save a printable invoice</source>
        <translation>ذخیرهٔ صورتحساب قابل چاپ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>ذخیرهٔ کد QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>Priced at %1 %2, rate kept until the invoice expires</source>
        <translation>قیمت: %1 %2؛ نرخ تا انقضای صورتحساب ثابت می‌ماند</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>معتبر تا %1</translation>
    </message>
    <message>
        <source>Paid by %1 · fee %2 · you receive %3 · refunded %4</source>
        <translation>پرداخت‌کننده: %1 · کارمزد %2 · دریافتی شما %3 · بازپرداخت‌شده %4</translation>
    </message>
    <message>
        <source>Refund (empty: all)</source>
        <translation>مبلغ بازپرداخت (خالی: کل مبلغ)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>ذخیرهٔ PDF…</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>ذخیرهٔ QR…</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>کپی کد</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>لغو صورتحساب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>در انتظار پرداخت</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>بازپرداخت‌شده %1</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>خالص %1</translation>
    </message>
    <message>
        <source>No invoices here yet.</source>
        <translation>هنوز صورتحسابی اینجا نیست.</translation>
    </message>
</context>
<context>
    <name>KybQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>No businesses waiting.</source>
        <translation>هیچ کسب‌وکاری در انتظار نیست.</translation>
    </message>
    <message>
        <source>Owner: %1 · website: %2</source>
        <translation>مالک: %1 · وب‌سایت: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>فهرست بررسی</translation>
    </message>
    <message>
        <source>The registry extract matches the declared company</source>
        <translation>گواهی ثبت با شرکت اعلام‌شده مطابقت دارد</translation>
    </message>
    <message>
        <source>The representative&apos;s identity is verified</source>
        <translation>هویت نماینده تأیید شده است</translation>
    </message>
    <message>
        <source>The registered address is verified</source>
        <translation>نشانی ثبتی تأیید شده است</translation>
    </message>
    <message>
        <source>The business activity is allowed</source>
        <translation>فعالیت کسب‌وکار مجاز است</translation>
    </message>
    <message>
        <source>Company and people screened against sanctions lists</source>
        <translation>شرکت و اشخاص مرتبط با فهرست‌های تحریم تطبیق داده شده‌اند</translation>
    </message>
    <message>
        <source>The website (or app) was reviewed</source>
        <translation>وب‌سایت (یا برنامه) بررسی شده است</translation>
    </message>
    <message>
        <source>Reason (when declining or asking again)</source>
        <translation>دلیل (هنگام رد یا درخواست دوباره)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>درخواست دوباره</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رد کردن</translation>
    </message>
</context>
<context>
    <name>KycHistoryCard</name>
    <message>
        <source>Your submissions</source>
        <translation>درخواست‌های شما</translation>
    </message>
    <message>
        <source>%1 · level %2</source>
        <translation>%1 · سطح %2</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>تصمیم در %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>ارسال %1</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>۱ فایل</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 فایل</translation>
    </message>
</context>
<context>
    <name>KycPage</name>
    <message>
        <source>Identity verification</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <source>Verified accounts can use more of AZCoiner. Your documents are seen only by our support staff.</source>
        <translation>حساب‌های تأییدشده از امکانات بیشتری در AZCoiner بهره می‌برند. مدارک شما را فقط کارکنان پشتیبانی می‌بینند.</translation>
    </message>
</context>
<context>
    <name>KycQueuePage</name>
    <message>
        <source>KYC review</source>
        <translation>بررسی احراز هویت</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>واگذارشده به من</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>واگذارشده به %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>ارسال %1</translation>
    </message>
    <message>
        <source>No cases here. Everything is reviewed.</source>
        <translation>پرونده‌ای نیست. همه بررسی شده‌اند.</translation>
    </message>
    <message>
        <source>Choose a case to see the documents and decide.</source>
        <translation>یک پرونده را برای دیدن مدارک و تصمیم‌گیری انتخاب کنید.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>۱ پرونده</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 پرونده</translation>
    </message>
</context>
<context>
    <name>KycStatusCard</name>
    <message>
        <source>Your level</source>
        <translation>سطح شما</translation>
    </message>
    <message>
        <source>Your documents are waiting for review. We will notify you of the decision.</source>
        <translation>مدارک شما در انتظار بررسی است. نتیجه را به شما اطلاع می‌دهیم.</translation>
    </message>
    <message>
        <source>Your last submission was rejected. You can send new documents below.</source>
        <translation>آخرین درخواست شما رد شد. می‌توانید در پایین مدارک جدید بفرستید.</translation>
    </message>
    <message>
        <source>Support asked for new documents. Please submit again below.</source>
        <translation>پشتیبانی مدارک جدید خواسته است. لطفاً دوباره در پایین ارسال کنید.</translation>
    </message>
    <message>
        <source>You hold the highest verification level.</source>
        <translation>شما بالاترین سطح احراز هویت را دارید.</translation>
    </message>
    <message>
        <source>Send an identity document to get verified.</source>
        <translation>برای احراز هویت، یک مدرک شناسایی بفرستید.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>یادداشت بررسی‌کننده</translation>
    </message>
</context>
<context>
    <name>KycSubmitCard</name>
    <message>
        <source>Submit documents</source>
        <translation>ارسال مدارک</translation>
    </message>
    <message>
        <source>Use a clear photo or scan. PNG, JPEG or PDF, up to 10 MB each, at most six files.</source>
        <translation>از عکس یا اسکن واضح استفاده کنید. PNG، JPEG یا PDF، هر کدام تا ۱۰ مگابایت و حداکثر شش فایل.</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>انتخاب مدارک</translation>
    </message>
    <message>
        <source>Documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>مدارک (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Full name, as on the document</source>
        <translation>نام کامل، مطابق مدرک</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. DE</source>
        <translation>کد دوحرفی، مثلاً IR</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع مدرک</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>شمارهٔ مدرک</translation>
    </message>
    <message>
        <source>Level to request</source>
        <translation>سطح درخواستی</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>افزودن مدارک…</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>در حال بارگذاری… %1%</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ارسال برای بررسی</translation>
    </message>
</context>
<context>
    <name>KycWords</name>
    <message>
        <source>Pending review</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>New documents needed</source>
        <translation>نیاز به مدارک جدید</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>گذرنامه</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>کارت شناسایی</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>گواهی‌نامهٔ رانندگی</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>مدرک نشانی</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Admin</source>
        <translation>مدیریت</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Level 1 · Identity verified</source>
        <translation>سطح ۱ · هویت تأییدشده</translation>
    </message>
    <message>
        <source>Level 2 · Enhanced</source>
        <translation>سطح ۲ · پیشرفته</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
</context>
<context>
    <name>LaunchpadSaleRow</name>
    <message>
        <source>%1 · %2 %3 per %1</source>
        <translation>%1 · %2 %3 برای هر %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3 committed</source>
        <translation>%1 از %2 %3 مشارکت شده</translation>
    </message>
    <message>
        <source>Mine: %1 %2</source>
        <translation>مشارکت من: %1 %2</translation>
    </message>
    <message>
        <source>View sale</source>
        <translation>مشاهدهٔ فروش</translation>
    </message>
</context>
<context>
    <name>LaunchpadView</name>
    <message>
        <source>Token sales</source>
        <translation>فروش‌های توکن</translation>
    </message>
    <message>
        <source>Commit during a sale&apos;s window. At the end everyone gets tokens in proportion to what they committed; what is not spent comes back.</source>
        <translation>در بازهٔ زمانی هر فروش مشارکت کنید. در پایان، هر کس به نسبت مبلغ مشارکتش توکن دریافت می‌کند؛ مبلغ خرج‌نشده بازمی‌گردد.</translation>
    </message>
    <message>
        <source>No token sales yet. New ones appear here as they are listed.</source>
        <translation>هنوز فروش توکنی وجود ندارد. فروش‌های جدید پس از ثبت، اینجا نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>Save the QR code</source>
        <translation>ذخیرهٔ کد QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>کد جدید</translation>
    </message>
    <message>
        <source>Leave the amount empty for a counter QR code: the customer enters what they pay.</source>
        <translation>برای کد QR صندوق فروشگاه، مبلغ را خالی بگذارید: مشتری خودش مبلغ پرداخت را وارد می‌کند.</translation>
    </message>
    <message>
        <source>Amount (optional)</source>
        <translation>مبلغ (اختیاری)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Any amount in %1</source>
        <translation>هر مبلغی به %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n پرداخت</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>MarketDisputesView</name>
    <message>
        <source>Refunded: both sides are told.</source>
        <translation>بازپرداخت شد: به هر دو طرف اطلاع داده شد.</translation>
    </message>
    <message>
        <source>Dispute rejected: both sides are told.</source>
        <translation>اعتراض رد شد: به هر دو طرف اطلاع داده شد.</translation>
    </message>
    <message>
        <source>Refund the buyer</source>
        <translation>بازپرداخت به خریدار</translation>
    </message>
    <message>
        <source>Reject the dispute</source>
        <translation>رد اعتراض</translation>
    </message>
    <message>
        <source>The buyer and the partner read this note; the audit log keeps it.</source>
        <translation>خریدار و شریک این یادداشت را می‌بینند و در گزارش حسابرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رد کردن…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>بازپرداخت…</translation>
    </message>
    <message>
        <source>No open market disputes.</source>
        <translation>اعتراض بازی در بازارچه وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>MarketOrderRow</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1، برای %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>کد کپی شد.</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>کد رهگیری: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>ارسال به: %1</translation>
    </message>
    <message>
        <source>Dispute: %1</source>
        <translation>اعتراض: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>تصمیم: %1</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Thank you: the order is marked as received.</source>
        <translation>متشکریم: سفارش به‌عنوان دریافت‌شده علامت خورد.</translation>
    </message>
    <message>
        <source>Your dispute is with support now.</source>
        <translation>اعتراض شما اکنون در دست پشتیبانی است.</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>ثبت اعتراض</translation>
    </message>
    <message>
        <source>Tell support what went wrong. The partner sees it too.</source>
        <translation>به پشتیبانی بگویید چه مشکلی پیش آمده است. شریک هم آن را می‌بیند.</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>ثبت اعتراض</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>بازارچه</translation>
    </message>
    <message>
        <source>Spend coin or points on our partners&apos; goods and vouchers.</source>
        <translation>رمزارز یا امتیازهایتان را برای کالاها و ووچرهای شرکای ما خرج کنید.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>سفارش‌های من</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>جستجوی محصولات</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>محصولی مطابق جستجو پیدا نشد.</translation>
    </message>
    <message>
        <source>Confirm received</source>
        <translation>تأیید دریافت</translation>
    </message>
    <message>
        <source>You have not bought anything yet.</source>
        <translation>هنوز چیزی نخریده‌اید.</translation>
    </message>
</context>
<context>
    <name>MarketStrip</name>
    <message>
        <source>vol %1</source>
        <translation>حجم %1</translation>
    </message>
</context>
<context>
    <name>MasterWalletView</name>
    <message>
        <source>Per asset</source>
        <translation>به تفکیک دارایی</translation>
    </message>
    <message>
        <source>Owed: users&apos; available and held balances. Holdings: what the hot wallet and the liquidity provider hold for them.</source>
        <translation>بدهی: موجودی قابل استفاده و قفل‌شدهٔ کاربران. ذخایر: آنچه کیف پول داغ و تأمین‌کنندهٔ نقدینگی برای آن‌ها نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>بدهی به کاربران</translation>
    </message>
    <message>
        <source>House</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ذخایر</translation>
    </message>
    <message>
        <source>Solvency</source>
        <translation>ملاءت</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>قابل استفاده</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>قفل‌شده</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n دارنده</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee revenue</source>
        <translation>درآمد کارمزد</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>خزانه</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>کیف پول داغ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>تأمین‌کننده</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>بدون بدهی</translation>
    </message>
    <message>
        <source>Fee revenue, last %1 days</source>
        <translation>درآمد کارمزد، %1 روز گذشته</translation>
    </message>
    <message>
        <source>Total %1 %2 · best day %3 %2</source>
        <translation>مجموع %1 %2 · بهترین روز %3 %2</translation>
    </message>
    <message>
        <source>Proof of reserves</source>
        <translation>اثبات ذخایر</translation>
    </message>
    <message>
        <source>Publishes a Merkle sum tree of every user&apos;s balance, so each user can check they are counted.</source>
        <translation>یک درخت جمع Merkle از موجودی همهٔ کاربران منتشر می‌کند تا هر کاربر بتواند بررسی کند که به حساب آمده است.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>در حال انتشار…</translation>
    </message>
    <message>
        <source>Publish proof of reserves</source>
        <translation>انتشار اثبات ذخایر</translation>
    </message>
    <message>
        <source>Published %1. Roots:</source>
        <translation>منتشرشده در %1. ریشه‌ها:</translation>
    </message>
</context>
<context>
    <name>MerchantOverview</name>
    <message>
        <source>No payments yet</source>
        <translation>هنوز پرداختی نیست</translation>
    </message>
    <message>
        <source>Create an invoice or print your shop&apos;s QR code to take the first one.</source>
        <translation>یک صورتحساب بسازید یا کد QR فروشگاهتان را چاپ کنید تا نخستین پرداخت را دریافت کنید.</translation>
    </message>
    <message>
        <source>Last 14 days (%1, UTC days)</source>
        <translation>۱۴ روز گذشته (%1، روزها به وقت UTC)</translation>
    </message>
    <message>
        <source>Opening balance %1 · closing balance %2</source>
        <translation>موجودی آغازین %1 · موجودی پایانی %2</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>پرداخت‌های دریافتی</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>کارمزدهای پرداختی</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>تسویه</translation>
    </message>
    <message>
        <source>Moves money from the business to a member&apos;s AZCoiner wallet (yours when no one is named).</source>
        <translation>پول را از کسب‌وکار به کیف پول AZCoiner یکی از اعضا منتقل می‌کند (اگر کسی را مشخص نکنید، به کیف پول خودتان).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Member (optional)</source>
        <translation>عضو (اختیاری)</translation>
    </message>
    <message>
        <source>username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>کارمزد %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Staff create invoices; admins also refund, pay out and manage the API; viewers only look.</source>
        <translation>کارمندان صورتحساب می‌سازند؛ مدیران افزون بر آن بازپرداخت و تسویه می‌کنند و API را مدیریت می‌کنند؛ ناظران فقط مشاهده می‌کنند.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Export the statement</source>
        <translation>خروجی صورت‌حساب دوره‌ای</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
</context>
<context>
    <name>MerchantPage</name>
    <message>
        <source>Merchant</source>
        <translation>پذیرندگی</translation>
    </message>
    <message>
        <source>Take payments from AZCoiner users in your shop, on your website and in your app.</source>
        <translation>در فروشگاه، وب‌سایت و برنامهٔ خود از کاربران AZCoiner پرداخت دریافت کنید.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>صورتحساب جدید</translation>
    </message>
    <message>
        <source>Add a business</source>
        <translation>افزودن کسب‌وکار</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>صورتحساب‌ها</translation>
    </message>
    <message>
        <source>Links and shop QR</source>
        <translation>پیوندها و QR فروشگاه</translation>
    </message>
    <message>
        <source>Developers</source>
        <translation>توسعه‌دهندگان</translation>
    </message>
</context>
<context>
    <name>MerchantSetup</name>
    <message>
        <source>Add a business document</source>
        <translation>افزودن مدرک کسب‌وکار</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>تصاویر و اسناد (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <source>Customers see this name when they pay. You can add staff later.</source>
        <translation>مشتریان هنگام پرداخت این نام را می‌بینند. کارمندان را بعداً می‌توانید اضافه کنید.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>نام کسب‌وکار</translation>
    </message>
    <message>
        <source>Website (optional)</source>
        <translation>وب‌سایت (اختیاری)</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>دارایی تسویه</translation>
    </message>
    <message>
        <source>Create the business</source>
        <translation>ساخت کسب‌وکار</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>احراز هویت کسب‌وکار</translation>
    </message>
    <message>
        <source>Our team is checking your documents. You will be notified of the decision.</source>
        <translation>تیم ما در حال بررسی مدارک شماست. نتیجه را به شما اطلاع می‌دهیم.</translation>
    </message>
    <message>
        <source>Not approved: %1. Correct it and send again.</source>
        <translation>تأیید نشد: %1. آن را اصلاح کنید و دوباره بفرستید.</translation>
    </message>
    <message>
        <source>Before you take payments, tell us who runs the business. Support checks the company registry, the representative and the address.</source>
        <translation>پیش از دریافت پرداخت، به ما بگویید چه کسی کسب‌وکار را اداره می‌کند. پشتیبانی ثبت شرکت، نماینده و نشانی را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Registered legal name</source>
        <translation>نام حقوقی ثبت‌شده</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>شمارهٔ ثبت شرکت</translation>
    </message>
    <message>
        <source>Country (two letters, e.g. DE)</source>
        <translation>کشور (کد دوحرفی، مثلاً IR)</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>نشانی ثبتی</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>نمایندهٔ قانونی</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>افزودن مدرک…</translation>
    </message>
    <message>
        <source>The registry extract at least.</source>
        <translation>دست‌کم گواهی ثبت.</translation>
    </message>
    <message>
        <source>Send for verification</source>
        <translation>ارسال برای احراز هویت</translation>
    </message>
</context>
<context>
    <name>MerchantWords</name>
    <message>
        <source>Open</source>
        <translation>در انتظار پرداخت</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>هنوز تأیید نشده</translation>
    </message>
    <message>
        <source>Verification under review</source>
        <translation>احراز هویت در حال بررسی</translation>
    </message>
    <message>
        <source>Verified — taking payments</source>
        <translation>تأییدشده — در حال دریافت پرداخت</translation>
    </message>
    <message>
        <source>Verification declined</source>
        <translation>احراز هویت رد شد</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>تعلیق‌شده</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>Create invoices</source>
        <translation>ساخت صورتحساب</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>تسویه</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>در حال تلاش دوباره</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>متوقف شد</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Forwarded from %1</source>
        <translation>هدایت‌شده از %1</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>این پیام حذف شده است</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>دانلود</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>درخواست پرداخت</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>پاکت قرمز</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>پرداخت‌شده توسط %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>ویرایش‌شده</translation>
    </message>
    <message>
        <source>Expired: %1 of %2 shares opened</source>
        <translation>منقضی شد: %1 از %2 سهم باز شد</translation>
    </message>
    <message>
        <source>%1 of %2 shares opened (%3 split)</source>
        <translation>%1 از %2 سهم باز شد (تقسیم %3)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>تصادفی</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>مساوی</translation>
    </message>
    <message>
        <source>You got %1 %2</source>
        <translation>%1 %2 به شما رسید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation>برنامک</translation>
    </message>
</context>
<context>
    <name>MiniProgramsPage</name>
    <message>
        <source>Mini programs</source>
        <translation>برنامک‌ها</translation>
    </message>
    <message>
        <source>Small apps from verified developers, reviewed by AZCoiner. They run apart from your account and ask before they use anything.</source>
        <translation>برنامه‌های کوچکی از توسعه‌دهندگان تأییدشده که AZCoiner آن‌ها را بررسی کرده است. جدا از حساب شما اجرا می‌شوند و پیش از استفاده از هر چیزی اجازه می‌گیرند.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>کاوش</translation>
    </message>
    <message>
        <source>My programs</source>
        <translation>برنامک‌های من</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>توسعه‌دهنده</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Search mini programs</source>
        <translation>جستجوی برنامک‌ها</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>No mini programs match.</source>
        <translation>هیچ برنامکی مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Programs you install or open appear here, the most recently used first.</source>
        <translation>برنامک‌هایی که نصب یا باز می‌کنید اینجا نمایش داده می‌شوند؛ آخرین برنامک استفاده‌شده در ابتدا.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Send money</source>
        <translation>ارسال پول</translation>
    </message>
    <message>
        <source>Request money</source>
        <translation>درخواست پول</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>یادداشت (اختیاری)</translation>
    </message>
    <message>
        <source>Send %1 %2 to @%3? The fee is added by the wallet.</source>
        <translation>%1 %2 به @%3 ارسال شود؟ کارمزد را کیف پول اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Send %1 %2? The fee is added by the wallet.</source>
        <translation>%1 %2 ارسال شود؟ کارمزد را کیف پول اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Red packet</source>
        <translation>پاکت قرمز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <source>Shares (first members to open)</source>
        <translation>تعداد سهم (برای نخستین اعضایی که باز کنند)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>مساوی</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>تصادفی</translation>
    </message>
    <message>
        <source>Put %1 %2 in a red packet of %3 shares? It leaves your wallet now (the fee is added); what nobody opens within a day comes back.</source>
        <translation>%1 %2 را در یک پاکت قرمز با %3 سهم بگذارید؟ مبلغ همین حالا از کیف پول شما کسر می‌شود (کارمزد افزوده می‌شود)؛ آنچه تا یک روز کسی باز نکند برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Explore</source>
        <translation>کاوش</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>NetworksView</name>
    <message>
        <source>Networks</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Head block %1 · %2 confirmations · %3 deposit addresses</source>
        <translation>آخرین بلوک %1 · %2 تأیید · %3 آدرس واریز</translation>
    </message>
    <message>
        <source>Hot wallet %1</source>
        <translation>کیف پول داغ %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>آخرین خطا: %1</translation>
    </message>
    <message>
        <source>min deposit %1 · min withdrawal %2 · fee %3 · two approvals above %4</source>
        <translation>حداقل واریز %1 · حداقل برداشت %2 · کارمزد %3 · دو تأیید بالای %4</translation>
    </message>
    <message>
        <source>No network yet. Add one with the form.</source>
        <translation>هنوز شبکه‌ای نیست. با فرم یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>سقف‌ها</translation>
    </message>
    <message>
        <source>Id (a–z, 0–9, -)</source>
        <translation>شناسه (a–z، 0–9، -)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>شناسهٔ زنجیره</translation>
    </message>
    <message>
        <source>Node URL (http or https)</source>
        <translation>نشانی گره (http یا https)</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>تعداد تأیید</translation>
    </message>
    <message>
        <source>Native asset</source>
        <translation>داراییِ اصلی شبکه</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Save network</source>
        <translation>ذخیرهٔ شبکه</translation>
    </message>
    <message>
        <source>Network id</source>
        <translation>شناسهٔ شبکه</translation>
    </message>
    <message>
        <source>Token contract (empty for the native coin)</source>
        <translation>قرارداد توکن (برای کوین اصلی خالی بگذارید)</translation>
    </message>
    <message>
        <source>Minimum deposit</source>
        <translation>حداقل واریز</translation>
    </message>
    <message>
        <source>Minimum withdrawal</source>
        <translation>حداقل برداشت</translation>
    </message>
    <message>
        <source>Withdrawal fee</source>
        <translation>کارمزد برداشت</translation>
    </message>
    <message>
        <source>Two admins approve above (0 = always one approval)</source>
        <translation>تأیید دو مدیر بالای (۰ = همیشه یک تأیید)</translation>
    </message>
    <message>
        <source>Save asset</source>
        <translation>ذخیرهٔ دارایی</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>سطح ۳</translation>
    </message>
    <message>
        <source>Per withdrawal</source>
        <translation>برای هر برداشت</translation>
    </message>
    <message>
        <source>Per 24 hours</source>
        <translation>هر ۲۴ ساعت</translation>
    </message>
    <message>
        <source>2FA code needed above</source>
        <translation>نیاز به کد ورود دومرحله‌ای بالای</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>ذخیرهٔ سقف</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New direct chat</source>
        <translation>گفتگوی خصوصی جدید</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>کانال جدید</translation>
    </message>
    <message>
        <source>Join a conversation</source>
        <translation>پیوستن به گفتگو</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Invite link or @handle</source>
        <translation>پیوند دعوت یا @شناسه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Handle (optional)</source>
        <translation>شناسه (اختیاری)</translation>
    </message>
    <message>
        <source>usernames, separated by commas</source>
        <translation>نام‌های کاربری، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>5–32 characters: a–z, 0–9 and _, starting with a letter.</source>
        <translation>۵ تا ۳۲ نویسه: a–z، 0–9 و _، با شروع از یک حرف.</translation>
    </message>
    <message>
        <source>About (optional)</source>
        <translation>دربارهٔ گفتگو (اختیاری)</translation>
    </message>
    <message>
        <source>Public: anyone can find and join it</source>
        <translation>عمومی: هر کسی می‌تواند آن را پیدا کند و به آن بپیوندد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>باز کردن گفتگو</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>پیوستن</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>صورتحساب جدید</translation>
    </message>
    <message>
        <source>Price in US dollars</source>
        <translation>قیمت به دلار آمریکا</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>مبلغ به %1</translation>
    </message>
    <message>
        <source>Price in USD</source>
        <translation>قیمت به USD</translation>
    </message>
    <message>
        <source>Converted to %1 at the exchange&apos;s rate, kept for 15 minutes.</source>
        <translation>با نرخ صرافی به %1 تبدیل می‌شود و این نرخ ۱۵ دقیقه ثابت می‌ماند.</translation>
    </message>
    <message>
        <source>What is it for (the customer sees it)</source>
        <translation>بابت (مشتری آن را می‌بیند)</translation>
    </message>
    <message>
        <source>Your order number (optional)</source>
        <translation>شمارهٔ سفارش شما (اختیاری)</translation>
    </message>
    <message>
        <source>Open for (minutes)</source>
        <translation>مدت اعتبار (دقیقه)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>No action (a signal)</source>
        <translation>بدون اقدام (صرفاً اعلام نظر)</translation>
    </message>
    <message>
        <source>Pay from the community fund</source>
        <translation>پرداخت از صندوق جامعه</translation>
    </message>
    <message>
        <source>Change a fee</source>
        <translation>تغییر کارمزد</translation>
    </message>
    <message>
        <source>Halt or reopen a spot market</source>
        <translation>توقف یا بازگشایی بازار نقدی</translation>
    </message>
    <message>
        <source>Change a staking reward</source>
        <translation>تغییر پاداش استیکینگ</translation>
    </message>
    <message>
        <source>Your proposal is open for discussion.</source>
        <translation>پیشنهاد شما برای بحث باز شد.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>پیشنهاد جدید</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Why (the community discusses it for a day before the vote)</source>
        <translation>دلیل (جامعه پیش از رأی‌گیری یک روز دربارهٔ آن بحث می‌کند)</translation>
    </message>
    <message>
        <source>Action if it passes</source>
        <translation>اقدام در صورت تصویب</translation>
    </message>
    <message>
        <source>To (username)</source>
        <translation>گیرنده (نام کاربری)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>نوع عملیات</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>نرخ %</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Maximum (0: none)</source>
        <translation>حداکثر (۰: بدون سقف)</translation>
    </message>
    <message>
        <source>Halt</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>New rate % a year</source>
        <translation>نرخ جدید (٪ سالانه)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Open for discussion</source>
        <translation>آغاز بحث</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>علامت‌گذاری همه به‌عنوان خوانده‌شده</translation>
    </message>
    <message>
        <source>Nothing new. Decisions on your verification and account changes appear here.</source>
        <translation>چیز تازه‌ای نیست. تصمیم‌های مربوط به احراز هویت و تغییرات حساب اینجا نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>OrderBookLadder</name>
    <message>
        <source>Order book</source>
        <translation>دفتر سفارش</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>قیمت (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مقدار (%1)</translation>
    </message>
    <message>
        <source>Bid %1 · Ask %2</source>
        <translation>خرید %1 · فروش %2</translation>
    </message>
    <message>
        <source>No quotes on one side</source>
        <translation>یک سمت بدون پیشنهاد است</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Stop price (%1)</source>
        <translation>قیمت توقف (%1)</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or above it.</source>
        <translation>وقتی معامله‌ای در این قیمت یا بالاتر انجام شود فعال می‌شود.</translation>
    </message>
    <message>
        <source>Goes in when a trade is at or below it.</source>
        <translation>وقتی معامله‌ای در این قیمت یا پایین‌تر انجام شود فعال می‌شود.</translation>
    </message>
    <message>
        <source>Limit price (%1)</source>
        <translation>قیمت محدود (%1)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>قیمت (%1)</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مقدار (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>پرداخت (%1)</translation>
    </message>
    <message>
        <source>Buys as much as this buys at the best prices now.</source>
        <translation>با بهترین قیمت‌های فعلی، به اندازهٔ این مبلغ می‌خرد.</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>مدت اعتبار</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>موجودی قابل استفاده</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>جمع تخمینی</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Fee at most</source>
        <translation>حداکثر کارمزد</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>خرید %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>فروش %1</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>%1 (stop %2)</source>
        <translation>%1 (توقف %2)</translation>
    </message>
    <message>
        <source>Cancel this order</source>
        <translation>لغو این سفارش</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>به قیمت بازار</translation>
    </message>
    <message>
        <source>Price %1 · amount %2 · filled %3</source>
        <translation>قیمت %1 · مقدار %2 · انجام‌شده %3</translation>
    </message>
    <message>
        <source>At market · budget %1 · filled %2</source>
        <translation>به قیمت بازار · بودجه %1 · انجام‌شده %2</translation>
    </message>
</context>
<context>
    <name>OrderWords</name>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>محدود</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>بازار</translation>
    </message>
    <message>
        <source>Stop-limit</source>
        <translation>توقف-محدود</translation>
    </message>
    <message>
        <source>Good till cancelled</source>
        <translation>معتبر تا لغو</translation>
    </message>
    <message>
        <source>Immediate or cancel</source>
        <translation>فوری یا لغو</translation>
    </message>
    <message>
        <source>Fill or kill</source>
        <translation>همه یا هیچ</translation>
    </message>
    <message>
        <source>Post only</source>
        <translation>فقط سفارش‌گذار</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Waiting for stop</source>
        <translation>در انتظار قیمت توقف</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>بخشی انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>nothing to fill it at once</source>
        <translation>چیزی برای انجام فوری آن نبود</translation>
    </message>
    <message>
        <source>could not fill all of it at once</source>
        <translation>انجام کامل و فوری آن ممکن نبود</translation>
    </message>
    <message>
        <source>would have traded at once</source>
        <translation>بی‌درنگ معامله می‌شد</translation>
    </message>
    <message>
        <source>would have traded with your own order</source>
        <translation>با سفارش خودتان معامله می‌شد</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>به دست شما لغو شد</translation>
    </message>
    <message>
        <source>the order book is full</source>
        <translation>دفتر سفارش پر است</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Cancel only</source>
        <translation>فقط لغو</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>تبدیل سریع</translation>
    </message>
    <message>
        <source>Routed order</source>
        <translation>سفارش ارسالی</translation>
    </message>
    <message>
        <source>%1: filled %2.</source>
        <translation>%1: %2 انجام شد.</translation>
    </message>
    <message>
        <source>%1: filled %2 so far, the rest is in the book.</source>
        <translation>%1: تاکنون %2 انجام شد، باقی در دفتر سفارش است.</translation>
    </message>
    <message>
        <source>%1: the order is in the book.</source>
        <translation>%1: سفارش در دفتر سفارش ثبت شد.</translation>
    </message>
    <message>
        <source>%1: waiting for the stop price %2.</source>
        <translation>%1: در انتظار قیمت توقف %2.</translation>
    </message>
    <message>
        <source>%1: filled %2, the rest was cancelled (%3).</source>
        <translation>%1: %2 انجام شد، باقی لغو شد (%3).</translation>
    </message>
    <message>
        <source>%1: not filled (%2).</source>
        <translation>%1: انجام نشد (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: bought %2 for %3 %4; the rest of the budget went back.</source>
        <translation>%1: %2 به ازای %3 %4 خریده شد؛ باقی بودجه برگشت.</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Open orders (%1)</source>
        <translation>سفارش‌های باز (%1)</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>تاریخچهٔ سفارش‌ها</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>لغو همه</translation>
    </message>
    <message>
        <source>No open orders.</source>
        <translation>سفارش بازی ندارید.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>هنوز سفارشی ندارید.</translation>
    </message>
</context>
<context>
    <name>P2pAdDialog</name>
    <message>
        <source>Edit ad</source>
        <translation>ویرایش آگهی</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>آگهی جدید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Place ad and hold coins</source>
        <translation>ثبت آگهی و قفل کردن رمزارز</translation>
    </message>
    <message>
        <source>Place ad</source>
        <translation>ثبت آگهی</translation>
    </message>
    <message>
        <source>I sell</source>
        <translation>می‌فروشم</translation>
    </message>
    <message>
        <source>I buy</source>
        <translation>می‌خرم</translation>
    </message>
    <message>
        <source>for</source>
        <translation>در برابر</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>قیمت ثابت</translation>
    </message>
    <message>
        <source>Market + margin</source>
        <translation>بازار + حاشیه</translation>
    </message>
    <message>
        <source>Price per %1 (%2)</source>
        <translation>قیمت هر %1 (%2)</translation>
    </message>
    <message>
        <source>Margin over the market price (%)</source>
        <translation>حاشیه نسبت به قیمت بازار (%)</translation>
    </message>
    <message>
        <source>-50 to 50; the price follows the reference rate and is fixed when a trade opens.</source>
        <translation>از منفی ۵۰ تا ۵۰؛ قیمت از نرخ مرجع پیروی می‌کند و هنگام باز شدن معامله ثابت می‌شود.</translation>
    </message>
    <message>
        <source>Amount to sell (%1)</source>
        <translation>مقدار فروش (%1)</translation>
    </message>
    <message>
        <source>Amount to buy (%1)</source>
        <translation>مقدار خرید (%1)</translation>
    </message>
    <message>
        <source>Min per trade</source>
        <translation>حداقل هر معامله</translation>
    </message>
    <message>
        <source>Max per trade</source>
        <translation>حداکثر هر معامله</translation>
    </message>
    <message>
        <source>Buyers pay me to</source>
        <translation>خریداران به این حساب به من پرداخت می‌کنند</translation>
    </message>
    <message>
        <source>I pay by</source>
        <translation>روش پرداخت من</translation>
    </message>
    <message>
        <source>Add a payment method first</source>
        <translation>ابتدا یک روش پرداخت اضافه کنید</translation>
    </message>
    <message>
        <source>Time to pay</source>
        <translation>مهلت پرداخت</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>Terms shown before a trade (which banks, references, …)</source>
        <translation>شرایطی که پیش از معامله نمایش داده می‌شود (کدام بانک‌ها، شرح پرداخت، …)</translation>
    </message>
    <message>
        <source>Auto-reply posted in the trade chat when a trade opens</source>
        <translation>پاسخ خودکاری که هنگام باز شدن معامله در گفتگوی معامله فرستاده می‌شود</translation>
    </message>
    <message>
        <source>Counterparty must have</source>
        <translation>طرف معامله باید داشته باشد</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <source>No verification needed</source>
        <translation>بدون نیاز به احراز هویت</translation>
    </message>
    <message>
        <source>Tier 1 (verified)</source>
        <translation>سطح ۱ (تأییدشده)</translation>
    </message>
    <message>
        <source>Tier 2 (enhanced)</source>
        <translation>سطح ۲ (پیشرفته)</translation>
    </message>
    <message>
        <source>Account age (days)</source>
        <translation>عمر حساب (روز)</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>معاملات تکمیل‌شده</translation>
    </message>
</context>
<context>
    <name>P2pAdRow</name>
    <message>
        <source>per %1 · market %2%3%</source>
        <translation>برای هر %1 · بازار %2%3%</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>برای هر %1</translation>
    </message>
    <message>
        <source>%1 %2 available</source>
        <translation>%1 %2 موجود</translation>
    </message>
    <message>
        <source>Limit %1 – %2 %3</source>
        <translation>محدوده %1 – %2 %3</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>%1 دقیقه برای پرداخت</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>خرید %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>فروش %1</translation>
    </message>
</context>
<context>
    <name>P2pErrors</name>
    <message>
        <source>The trade is still waiting for payment.</source>
        <translation>معامله هنوز در انتظار پرداخت است.</translation>
    </message>
    <message>
        <source>The buyer has already marked this trade paid.</source>
        <translation>خریدار قبلاً این معامله را پرداخت‌شده علامت زده است.</translation>
    </message>
    <message>
        <source>This trade is under appeal: support decides it now.</source>
        <translation>این معامله در حال بررسی اعتراض است: اکنون پشتیبانی دربارهٔ آن تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>This trade is already completed.</source>
        <translation>این معامله قبلاً تکمیل شده است.</translation>
    </message>
    <message>
        <source>This trade has already ended.</source>
        <translation>این معامله قبلاً به پایان رسیده است.</translation>
    </message>
    <message>
        <source>This ad asks for KYC tier %1. Complete verification first.</source>
        <translation>این آگهی به سطح احراز هویت %1 نیاز دارد. ابتدا احراز هویت را کامل کنید.</translation>
    </message>
    <message numerus="yes">
        <source>This ad asks for an account at least %n day(s) old.</source>
        <translation>
            <numerusform>این آگهی به حسابی با دست‌کم %n روز سابقه نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ad asks for more completed P2P trades than you have.</source>
        <translation>این آگهی به معاملات همتا به همتای تکمیل‌شدهٔ بیشتری از تعداد معاملات شما نیاز دارد.</translation>
    </message>
    <message>
        <source>This step is the other party&apos;s.</source>
        <translation>این مرحله بر عهدهٔ طرف مقابل است.</translation>
    </message>
    <message>
        <source>The proof must be a file you uploaded.</source>
        <translation>مدرک باید فایلی باشد که خودتان بارگذاری کرده‌اید.</translation>
    </message>
    <message>
        <source>You cannot take your own ad.</source>
        <translation>نمی‌توانید آگهی خودتان را بپذیرید.</translation>
    </message>
    <message>
        <source>This ad has no price right now: its reference rate is missing.</source>
        <translation>این آگهی فعلاً قیمتی ندارد: نرخ مرجع آن در دسترس نیست.</translation>
    </message>
    <message>
        <source>The advertiser has paused this ad.</source>
        <translation>آگهی‌دهنده این آگهی را متوقف کرده است.</translation>
    </message>
    <message>
        <source>This ad is closed.</source>
        <translation>این آگهی بسته شده است.</translation>
    </message>
    <message>
        <source>You can appeal once the seller&apos;s release window has passed.</source>
        <translation>پس از پایان مهلت آزادسازی فروشنده می‌توانید اعتراض کنید.</translation>
    </message>
    <message>
        <source>An open ad still uses this payment method. Edit or close the ad first.</source>
        <translation>یک آگهی باز هنوز از این روش پرداخت استفاده می‌کند. ابتدا آگهی را ویرایش کنید یا ببندید.</translation>
    </message>
    <message>
        <source>You can keep at most 20 payment methods.</source>
        <translation>حداکثر ۲۰ روش پرداخت می‌توانید داشته باشید.</translation>
    </message>
    <message>
        <source>Feedback is for completed trades.</source>
        <translation>بازخورد فقط برای معاملات تکمیل‌شده است.</translation>
    </message>
    <message>
        <source>You have already left feedback for this trade.</source>
        <translation>قبلاً برای این معامله بازخورد ثبت کرده‌اید.</translation>
    </message>
    <message>
        <source>The amount is outside this ad&apos;s limits.</source>
        <translation>مبلغ خارج از محدودهٔ این آگهی است.</translation>
    </message>
    <message>
        <source>The ad does not have that much left.</source>
        <translation>این مقدار در آگهی باقی نمانده است.</translation>
    </message>
    <message>
        <source>Enter a valid amount.</source>
        <translation>مبلغ معتبری وارد کنید.</translation>
    </message>
    <message>
        <source>Your available balance is not enough for this.</source>
        <translation>موجودی قابل استفادهٔ شما برای این کار کافی نیست.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods.</source>
        <translation>یکی از روش‌های پرداخت خود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This ad or trade no longer exists.</source>
        <translation>این آگهی یا معامله دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose one of your payment methods of a type this ad accepts.</source>
        <translation>یکی از روش‌های پرداخت خود را از نوعی که این آگهی می‌پذیرد انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose at least one payment method.</source>
        <translation>دست‌کم یک روش پرداخت انتخاب کنید.</translation>
    </message>
    <message>
        <source>Give a reason of 5 to 500 characters.</source>
        <translation>دلیلی بین ۵ تا ۵۰۰ نویسه بنویسید.</translation>
    </message>
    <message>
        <source>The margin is between -50% and 50%.</source>
        <translation>حاشیه باید بین منفی ۵۰٪ و ۵۰٪ باشد.</translation>
    </message>
    <message>
        <source>Enter a price with at most 2 decimals.</source>
        <translation>قیمتی با حداکثر ۲ رقم اعشار وارد کنید.</translation>
    </message>
    <message>
        <source>Give the payment method a name.</source>
        <translation>برای روش پرداخت نامی بگذارید.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>فیلد «%1» را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>P2pMarket</name>
    <message>
        <source>Best price</source>
        <translation>بهترین قیمت</translation>
    </message>
    <message>
        <source>Most trades</source>
        <translation>بیشترین معامله</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>All coins</source>
        <translation>همهٔ رمزارزها</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>همهٔ ارزها</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>هر روش پرداخت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>آگهی‌دهنده</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Available / limits</source>
        <translation>موجود / محدوده</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Nobody sells on these terms right now. Try another coin, currency or payment.</source>
        <translation>فعلاً کسی با این شرایط نمی‌فروشد. رمزارز، ارز یا روش پرداخت دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <source>Nobody buys on these terms right now. Try another coin, currency or payment.</source>
        <translation>فعلاً کسی با این شرایط نمی‌خرد. رمزارز، ارز یا روش پرداخت دیگری را امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>P2pMyAds</name>
    <message>
        <source>A sell ad&apos;s amount is held from your balance while the ad is open; closing it gives back what no trade holds.</source>
        <translation>تا وقتی آگهی فروش باز است، مقدار آن از موجودی شما قفل می‌شود؛ با بستن آگهی، هر مقداری که در معامله‌ای قفل نشده باشد برمی‌گردد.</translation>
    </message>
    <message>
        <source>New ad</source>
        <translation>آگهی جدید</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>%1 for %2 at %3 %4</source>
        <translation>%1 در برابر %2 به قیمت %3 %4</translation>
    </message>
    <message>
        <source>(market %1%2%)</source>
        <translation>(بازار %1%2%)</translation>
    </message>
    <message>
        <source>%1 of %2 %3 left · limit %4 – %5 · %6</source>
        <translation>%1 از %2 %3 باقی مانده · محدوده %4 – %5 · %6</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>You have no ads. Place one to buy or sell at your own price.</source>
        <translation>آگهی‌ای ندارید. برای خرید یا فروش با قیمت دلخواه خود، یک آگهی ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>P2pPage</name>
    <message>
        <source>Market</source>
        <translation>بازار</translation>
    </message>
    <message>
        <source>My trades (%1 open)</source>
        <translation>معاملات من (%1 باز)</translation>
    </message>
    <message>
        <source>My trades</source>
        <translation>معاملات من</translation>
    </message>
    <message>
        <source>My ads</source>
        <translation>آگهی‌های من</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>روش‌های پرداخت</translation>
    </message>
</context>
<context>
    <name>P2pPaymentMethods</name>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>No payment methods yet. Add where buyers can pay you.</source>
        <translation>هنوز روش پرداختی ندارید. جایی را که خریداران می‌توانند به شما پرداخت کنند اضافه کنید.</translation>
    </message>
    <message>
        <source>Add a payment method</source>
        <translation>افزودن روش پرداخت</translation>
    </message>
    <message>
        <source>Shown to a buyer only inside a trade with you.</source>
        <translation>فقط درون معامله با شما به خریدار نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Name (for you)</source>
        <translation>نام (برای خودتان)</translation>
    </message>
    <message>
        <source>e.g. My Barclays account</source>
        <translation>مثلاً حساب بانک ملت من</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>P2pProfileDialog</name>
    <message>
        <source>@%1 · member since %2</source>
        <translation>@%1 · عضو از %2</translation>
    </message>
    <message>
        <source>Completed trades</source>
        <translation>معاملات تکمیل‌شده</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>Average release</source>
        <translation>میانگین زمان آزادسازی</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>What counterparties said</source>
        <translation>نظر طرف‌های معامله</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>منفی</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>هنوز بازخوردی نیست.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>P2pTakeDialog</name>
    <message>
        <source>Sell %1 to %2</source>
        <translation>فروش %1 به %2</translation>
    </message>
    <message>
        <source>Buy %1 from %2</source>
        <translation>خرید %1 از %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>محدوده</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>%1 min to pay</source>
        <translation>%1 دقیقه برای پرداخت</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>شرایط: %1</translation>
    </message>
    <message>
        <source>I sell (%1)</source>
        <translation>می‌فروشم (%1)</translation>
    </message>
    <message>
        <source>I buy (%1)</source>
        <translation>می‌خرم (%1)</translation>
    </message>
    <message>
        <source>You receive %1 %2</source>
        <translation>دریافت می‌کنید: %1 %2</translation>
    </message>
    <message>
        <source>You pay %1 %2</source>
        <translation>پرداخت می‌کنید: %1 %2</translation>
    </message>
    <message>
        <source>The buyer pays me to</source>
        <translation>خریدار به این حساب به من پرداخت می‌کند</translation>
    </message>
    <message>
        <source>Add a payment method of a type this ad accepts first (Payment methods tab).</source>
        <translation>ابتدا یک روش پرداخت از نوعی که این آگهی می‌پذیرد اضافه کنید (زبانهٔ «روش‌های پرداخت»).</translation>
    </message>
    <message>
        <source>Your %1 goes into escrow now and reaches the buyer when you release it after being paid.</source>
        <translation>%1 شما اکنون به امانت سپرده می‌شود و وقتی پس از دریافت پول آن را آزاد کنید، به خریدار می‌رسد.</translation>
    </message>
    <message>
        <source>The seller&apos;s %1 is held in escrow for you while you pay.</source>
        <translation>تا زمانی که پرداخت می‌کنید، %1 فروشنده برای شما به امانت نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Open trade and escrow</source>
        <translation>شروع معامله و سپردن به امانت</translation>
    </message>
    <message>
        <source>Open trade</source>
        <translation>شروع معامله</translation>
    </message>
</context>
<context>
    <name>P2pTradeView</name>
    <message>
        <source>← Back</source>
        <translation>→ بازگشت</translation>
    </message>
    <message>
        <source>%1 %2: %3 buys from %4</source>
        <translation>%1 %2: %3 از %4 می‌خرد</translation>
    </message>
    <message>
        <source>Buy %1 %2 from %3</source>
        <translation>خرید %1 %2 از %3</translation>
    </message>
    <message>
        <source>Sell %1 %2 to %3</source>
        <translation>فروش %1 %2 به %3</translation>
    </message>
    <message>
        <source>Trade %1 · opened %2</source>
        <translation>معاملهٔ %1 · باز شده در %2</translation>
    </message>
    <message>
        <source>Pay %1 to the seller&apos;s account below, then press “I have paid”. Unpaid, the trade cancels itself when the time is up.</source>
        <translation>%1 را به حساب فروشنده در پایین بپردازید، سپس «پرداخت کردم» را بزنید. اگر پرداخت نکنید، معامله با پایان مهلت خودبه‌خود لغو می‌شود.</translation>
    </message>
    <message>
        <source>Waiting for the buyer to pay %1. Your %2 %3 is in escrow.</source>
        <translation>در انتظار پرداخت %1 از سوی خریدار. %2 %3 شما به امانت نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Waiting for the buyer&apos;s payment.</source>
        <translation>در انتظار پرداخت خریدار.</translation>
    </message>
    <message>
        <source>The buyer says %1 has been sent. Check that it reached your account, then release the coins.</source>
        <translation>خریدار می‌گوید %1 را فرستاده است. بررسی کنید که به حساب شما رسیده باشد، سپس رمزارز را آزاد کنید.</translation>
    </message>
    <message>
        <source>Waiting for the seller to release. If they do not, you can appeal when the timer ends.</source>
        <translation>در انتظار آزادسازی از سوی فروشنده. اگر آزاد نکند، پس از پایان زمان‌سنج می‌توانید اعتراض کنید.</translation>
    </message>
    <message>
        <source>The seller has not released yet. You can appeal to support now.</source>
        <translation>فروشنده هنوز آزاد نکرده است. اکنون می‌توانید نزد پشتیبانی اعتراض کنید.</translation>
    </message>
    <message>
        <source>The buyer marked the trade paid.</source>
        <translation>خریدار معامله را پرداخت‌شده علامت زد.</translation>
    </message>
    <message>
        <source>Read both sides and the proofs, then release the coins to the buyer or refund the seller.</source>
        <translation>گفته‌های هر دو طرف و مدارک را بخوانید، سپس رمزارز را برای خریدار آزاد کنید یا آن را به فروشنده بازگردانید.</translation>
    </message>
    <message>
        <source>Support is looking at this trade. Add anything that helps in the chat; the escrow stays locked until they decide.</source>
        <translation>پشتیبانی در حال بررسی این معامله است. هر چیز مفیدی را در گفتگو بنویسید؛ امانت تا تصمیم پشتیبانی قفل می‌ماند.</translation>
    </message>
    <message>
        <source>%1 %2 reached your wallet (less the 0.1% P2P fee).</source>
        <translation>%1 %2 به کیف پول شما رسید (پس از کسر کارمزد ۰٫۱٪ همتا به همتا).</translation>
    </message>
    <message>
        <source>The coins were released to the buyer.</source>
        <translation>رمزارز برای خریدار آزاد شد.</translation>
    </message>
    <message>
        <source>Nobody paid in time; the escrow went back to the seller.</source>
        <translation>کسی به‌موقع پرداخت نکرد؛ امانت به فروشنده بازگشت.</translation>
    </message>
    <message>
        <source>Support refunded the escrow to the seller.</source>
        <translation>پشتیبانی امانت را به فروشنده بازگرداند.</translation>
    </message>
    <message>
        <source>The trade was cancelled; the escrow went back to the seller.</source>
        <translation>معامله لغو شد؛ امانت به فروشنده بازگشت.</translation>
    </message>
    <message>
        <source>I have paid</source>
        <translation>پرداخت کردم</translation>
    </message>
    <message>
        <source>Release %1 %2</source>
        <translation>آزادسازی %1 %2</translation>
    </message>
    <message>
        <source>Release the coins?</source>
        <translation>رمزارز آزاد شود؟</translation>
    </message>
    <message>
        <source>Release only after %1 %2 has arrived in your account. Releasing cannot be undone.</source>
        <translation>فقط پس از رسیدن %1 %2 به حساب خود آزاد کنید. آزادسازی برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>آزادسازی</translation>
    </message>
    <message>
        <source>Appeal to support</source>
        <translation>اعتراض نزد پشتیبانی</translation>
    </message>
    <message>
        <source>Appeal possible in %1</source>
        <translation>امکان اعتراض پس از %1</translation>
    </message>
    <message>
        <source>Cancel trade</source>
        <translation>لغو معامله</translation>
    </message>
    <message>
        <source>Cancel this trade?</source>
        <translation>این معامله لغو شود؟</translation>
    </message>
    <message>
        <source>You marked it paid. Cancel only if you have not sent the money or got it back.</source>
        <translation>شما آن را پرداخت‌شده علامت زده‌اید. فقط اگر پول را نفرستاده‌اید یا آن را پس گرفته‌اید، لغو کنید.</translation>
    </message>
    <message>
        <source>Do not cancel if you have already paid.</source>
        <translation>اگر پرداخت کرده‌اید، لغو نکنید.</translation>
    </message>
    <message>
        <source>Release to buyer</source>
        <translation>آزادسازی برای خریدار</translation>
    </message>
    <message>
        <source>Refund seller</source>
        <translation>بازپرداخت به فروشنده</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>مبلغ کل پرداخت</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>طرف معامله</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <source>The buyer pays you to</source>
        <translation>خریدار به این حساب به شما پرداخت می‌کند</translation>
    </message>
    <message>
        <source>Pay the seller to</source>
        <translation>به این حساب فروشنده پرداخت کنید</translation>
    </message>
    <message>
        <source>The seller&apos;s payment details</source>
        <translation>مشخصات پرداخت فروشنده</translation>
    </message>
    <message>
        <source>Pay from an account in your own name. Do not write crypto words in the payment reference.</source>
        <translation>از حسابی به نام خودتان پرداخت کنید. در شرح پرداخت واژه‌های مربوط به رمزارز ننویسید.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>مدرک پرداخت</translation>
    </message>
    <message>
        <source>The files are in the trade chat, where they can be opened.</source>
        <translation>فایل‌ها در گفتگوی معامله هستند و از آنجا باز می‌شوند.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>منفی</translation>
    </message>
    <message>
        <source>A few words for other traders (optional)</source>
        <translation>چند کلمه برای معامله‌گران دیگر (اختیاری)</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>ارسال بازخورد</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>منفی</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>روند زمانی</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Confirm you have paid</source>
        <translation>تأیید پرداخت</translation>
    </message>
    <message>
        <source>Only confirm after %1 %2 has left your account. Marking a trade paid without paying can get your account restricted.</source>
        <translation>فقط پس از خروج %1 %2 از حساب خود تأیید کنید. علامت‌زدن معامله به‌عنوان پرداخت‌شده بدون پرداخت واقعی ممکن است به محدود شدن حساب شما بینجامد.</translation>
    </message>
    <message>
        <source>Note for the seller (optional)</source>
        <translation>یادداشت برای فروشنده (اختیاری)</translation>
    </message>
    <message>
        <source>Attach proof…</source>
        <translation>پیوست مدرک…</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>بدون فایل</translation>
    </message>
    <message>
        <source>Uploading the proof…</source>
        <translation>در حال بارگذاری مدرک…</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>تصاویر و PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Tell support what went wrong. They join the trade chat and decide who gets the escrow.</source>
        <translation>به پشتیبانی بگویید چه مشکلی پیش آمده است. پشتیبانی به گفتگوی معامله می‌پیوندد و تصمیم می‌گیرد امانت به چه کسی برسد.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Release to the buyer</source>
        <translation>آزادسازی برای خریدار</translation>
    </message>
    <message>
        <source>Refund the seller</source>
        <translation>بازپرداخت به فروشنده</translation>
    </message>
    <message>
        <source>The escrow goes to the buyer (less the P2P fee). Both parties see your reason.</source>
        <translation>امانت (پس از کسر کارمزد همتا به همتا) به خریدار می‌رسد. هر دو طرف دلیل شما را می‌بینند.</translation>
    </message>
    <message>
        <source>The escrow goes back to the seller. Both parties see your reason.</source>
        <translation>امانت به فروشنده بازمی‌گردد. هر دو طرف دلیل شما را می‌بینند.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>The buyer has not marked this trade paid yet. </source>
        <translation>خریدار هنوز این معامله را پرداخت‌شده علامت نزده است. </translation>
    </message>
</context>
<context>
    <name>P2pTradesList</name>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 در برابر %3 %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>به %1</translation>
    </message>
    <message>
        <source>No trades yet. Take an ad in the Market tab to start one.</source>
        <translation>هنوز معامله‌ای ندارید. برای شروع، در زبانهٔ «بازار» یک آگهی را بپذیرید.</translation>
    </message>
</context>
<context>
    <name>P2pWords</name>
    <message>
        <source>Waiting for payment</source>
        <translation>در انتظار پرداخت</translation>
    </message>
    <message>
        <source>Paid, waiting for release</source>
        <translation>پرداخت‌شده، در انتظار آزادسازی</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>در حال بررسی اعتراض</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تکمیل‌شده</translation>
    </message>
    <message>
        <source>Completed by support</source>
        <translation>تکمیل‌شده توسط پشتیبانی</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Refunded by support</source>
        <translation>بازپرداخت‌شده توسط پشتیبانی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>کیف پول الکترونیکی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>1 trade</source>
        <translation>۱ معامله</translation>
    </message>
    <message>
        <source>%1 trades</source>
        <translation>%1 معامله</translation>
    </message>
    <message>
        <source>%1 · %2% completion</source>
        <translation>%1 · %2% تکمیل</translation>
    </message>
    <message>
        <source>%1 positive, %2 negative</source>
        <translation>%1 مثبت، %2 منفی</translation>
    </message>
    <message>
        <source>releases in ~%1 min</source>
        <translation>آزادسازی در حدود %1 دقیقه</translation>
    </message>
    <message>
        <source>Trade opened, coins in escrow</source>
        <translation>معامله باز شد، رمزارز به امانت سپرده شد</translation>
    </message>
    <message>
        <source>Buyer marked the payment sent</source>
        <translation>خریدار پرداخت را ارسال‌شده علامت زد</translation>
    </message>
    <message>
        <source>Seller released the coins</source>
        <translation>فروشنده رمزارز را آزاد کرد</translation>
    </message>
    <message>
        <source>Buyer cancelled</source>
        <translation>خریدار لغو کرد</translation>
    </message>
    <message>
        <source>Payment window ended; escrow returned</source>
        <translation>مهلت پرداخت تمام شد؛ امانت بازگشت</translation>
    </message>
    <message>
        <source>Appeal opened</source>
        <translation>اعتراض ثبت شد</translation>
    </message>
    <message>
        <source>Support released the coins to the buyer</source>
        <translation>پشتیبانی رمزارز را برای خریدار آزاد کرد</translation>
    </message>
    <message>
        <source>Support refunded the seller</source>
        <translation>پشتیبانی به فروشنده بازپرداخت کرد</translation>
    </message>
    <message>
        <source>Feedback left</source>
        <translation>بازخورد ثبت شد</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>صاحب حساب</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Account number or IBAN</source>
        <translation>شماره حساب یا IBAN (شبا)</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>دارندهٔ کارت</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Account or phone</source>
        <translation>حساب یا شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>PartnerDashboardView</name>
    <message>
        <source>Export the dashboard</source>
        <translation>خروجی داشبورد</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The series were saved.</source>
        <translation>داده‌های سری زمانی ذخیره شد.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>فایل نوشته نشد.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>۷ روز</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>۳۰ روز</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>۹۰ روز</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>در گردش</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>لازم</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>دارندگان</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>واریزشده</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>سوزانده‌شده</translation>
    </message>
    <message>
        <source>Fees paid by users</source>
        <translation>کارمزد پرداختی کاربران</translation>
    </message>
    <message>
        <source>Swapped for coin</source>
        <translation>تبدیل به رمزارز</translation>
    </message>
    <message>
        <source>%1 swaps · %2 %3 → %4 %5</source>
        <translation>%1 تبدیل · %2 %3 → %4 %5</translation>
    </message>
    <message>
        <source>Bought with coin</source>
        <translation>خرید با رمزارز</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Outstanding (%1)</source>
        <translation>در گردش (%1)</translation>
    </message>
    <message>
        <source>Reserve (%1)</source>
        <translation>ذخیره (%1)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>بازارچه</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>بازپرداخت‌ها</translation>
    </message>
    <message>
        <source>Daily sales (%1)</source>
        <translation>فروش روزانه (%1)</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>هنوز چیزی برای نمایش نیست.</translation>
    </message>
</context>
<context>
    <name>PartnerOrdersView</name>
    <message>
        <source>Every order</source>
        <translation>همهٔ سفارش‌ها</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>آمادهٔ ارسال</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>دارای اعتراض</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Marked as shipped; the buyer sees the tracking.</source>
        <translation>به‌عنوان ارسال‌شده علامت خورد؛ خریدار کد رهگیری را می‌بیند.</translation>
    </message>
    <message>
        <source>Refunded: the buyer has the total back.</source>
        <translation>بازپرداخت شد: کل مبلغ به خریدار برگشت.</translation>
    </message>
    <message>
        <source>Ship the order</source>
        <translation>ارسال سفارش</translation>
    </message>
    <message>
        <source>The buyer sees this reference to follow the parcel.</source>
        <translation>خریدار با این کد، مرسوله را پیگیری می‌کند.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>علامت‌گذاری به‌عنوان ارسال‌شده</translation>
    </message>
    <message>
        <source>Refund the order</source>
        <translation>بازپرداخت سفارش</translation>
    </message>
    <message>
        <source>The buyer gets the total back from your organisation&apos;s balance.</source>
        <translation>کل مبلغ از موجودی سازمان شما به خریدار برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>ارسال…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>بازپرداخت…</translation>
    </message>
    <message>
        <source>No orders here.</source>
        <translation>سفارشی اینجا نیست.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>سیاست‌ها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>پیشخوان شریک</translation>
    </message>
    <message>
        <source>Issue loyalty points backed by a reserve, and sell in the market.</source>
        <translation>امتیاز وفاداری با پشتوانهٔ ذخیره صادر کنید و در بازارچه بفروشید.</translation>
    </message>
    <message>
        <source>Your points, their reserves and terms, your products and orders.</source>
        <translation>امتیازهای شما، ذخایر و شرایط آن‌ها، و محصولات و سفارش‌های شما.</translation>
    </message>
    <message>
        <source>You can watch this organisation&apos;s points and orders; its owner and admins make changes.</source>
        <translation>شما می‌توانید امتیازها و سفارش‌های این سازمان را ببینید؛ تغییرات را مالک و مدیران آن انجام می‌دهند.</translation>
    </message>
    <message>
        <source>Create your business on the Merchant page and have it verified; then you can issue points here.</source>
        <translation>کسب‌وکار خود را در صفحهٔ «پذیرندگی» بسازید و احراز هویت کنید؛ سپس می‌توانید اینجا امتیاز صادر کنید.</translation>
    </message>
</context>
<context>
    <name>PartnerPointsView</name>
    <message>
        <source>The point is paused. Only a platform admin can resume it.</source>
        <translation>امتیاز متوقف شد. فقط مدیر پلتفرم می‌تواند آن را دوباره فعال کند.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Points are credited only while the reserve covers what is outstanding at the policy&apos;s rate and coverage.</source>
        <translation>امتیاز فقط تا زمانی واریز می‌شود که ذخیره، امتیازهای در گردش را با نرخ و پوشش تعیین‌شده در سیاست پوشش دهد.</translation>
    </message>
    <message>
        <source>Create point</source>
        <translation>ساختن امتیاز</translation>
    </message>
    <message>
        <source>backed by %1</source>
        <translation>با پشتوانهٔ %1</translation>
    </message>
    <message>
        <source>%1 holders</source>
        <translation>%1 دارنده</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>در گردش</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>لازم</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>nothing outstanding</source>
        <translation>چیزی در گردش نیست</translation>
    </message>
    <message>
        <source>Top up reserve</source>
        <translation>افزایش ذخیره</translation>
    </message>
    <message>
        <source>Withdraw reserve</source>
        <translation>برداشت از ذخیره</translation>
    </message>
    <message>
        <source>Credit a user</source>
        <translation>واریز به کاربر</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>سوزاندن</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>No points yet. Create one, then propose its policy.</source>
        <translation>هنوز امتیازی ندارید. یکی بسازید و سپس سیاست آن را پیشنهاد دهید.</translation>
    </message>
</context>
<context>
    <name>PartnerPoliciesView</name>
    <message>
        <source>In force now.</source>
        <translation>اکنون در حال اجرا.</translation>
    </message>
    <message>
        <source>No policy yet: the point cannot be swapped until one is approved.</source>
        <translation>هنوز سیاستی ندارد: تا سیاستی تأیید نشود، این امتیاز قابل تبدیل نیست.</translation>
    </message>
    <message>
        <source>Propose a policy</source>
        <translation>پیشنهاد سیاست</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>A platform admin who did not propose it approves or rejects each one.</source>
        <translation>هر پیشنهاد را مدیری از پلتفرم که خودش آن را پیشنهاد نداده است تأیید یا رد می‌کند.</translation>
    </message>
    <message>
        <source>%1; spread %2 %, fee %3 %, coverage %4 %; by %5</source>
        <translation>%1؛ اسپرد %2٪، کارمزد %3٪، پوشش %4٪؛ پیشنهاددهنده: %5</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>No proposals yet.</source>
        <translation>هنوز پیشنهادی نیست.</translation>
    </message>
</context>
<context>
    <name>PartnerProductsView</name>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Sold for AZC or your points. Vouchers deliver one code per item at once; shipped goods wait for your tracking.</source>
        <translation>با AZC یا امتیازهای شما فروخته می‌شوند. ووچرها بی‌درنگ برای هر عدد یک کد تحویل می‌دهند؛ کالاهای پستی منتظر کد رهگیری شما می‌مانند.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>%1 codes left</source>
        <translation>%1 کد باقی‌مانده</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 عدد موجود</translation>
    </message>
    <message>
        <source>%1 sold</source>
        <translation>%1 فروخته‌شده</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>در حال فروش</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>هنوز محصولی نیست.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Changing it signs out your other devices.</source>
        <translation>تغییر آن، دستگاه‌های دیگر شما را از حساب خارج می‌کند.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>گذرواژهٔ فعلی</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>گذرواژهٔ جدید</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>دست‌کم ۱۰ نویسه؛ گذرواژهٔ رایج یا نام کاربری شما نباشد.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Paid</source>
        <translation>پرداخت انجام شد</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>تأیید پرداخت</translation>
    </message>
    <message>
        <source>Pay a merchant</source>
        <translation>پرداخت به پذیرنده</translation>
    </message>
    <message>
        <source>Open a picture of the payment code</source>
        <translation>باز کردن تصویر کد پرداخت</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>کد پرداخت</translation>
    </message>
    <message>
        <source>Paste it, scan it with a barcode scanner, or open a picture of the QR code.</source>
        <translation>آن را جای‌گذاری کنید، با بارکدخوان اسکن کنید یا تصویر کد QR را باز کنید.</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>باز کردن تصویر…</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>از کلیپ‌بورد</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>کسب‌وکار تأییدشده</translation>
    </message>
    <message>
        <source>For</source>
        <translation>بابت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>None — the merchant pays it</source>
        <translation>ندارد — پذیرنده آن را می‌پردازد</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>مبلغ به %1</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>کد برنامهٔ احراز هویت</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>پرداخت %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>PointActionDialog</name>
    <message>
        <source>The reserve was topped up with %1 %2.</source>
        <translation>ذخیره به اندازهٔ %1 %2 افزایش یافت.</translation>
    </message>
    <message>
        <source>%1 %2 went back to the organisation&apos;s balance.</source>
        <translation>%1 %2 به موجودی سازمان برگشت.</translation>
    </message>
    <message>
        <source>%1 %2 credited to %3.</source>
        <translation>%1 %2 به %3 واریز شد.</translation>
    </message>
    <message>
        <source>%1 %2 burned.</source>
        <translation>%1 %2 سوزانده شد.</translation>
    </message>
    <message>
        <source>Top up the reserve of %1</source>
        <translation>افزایش ذخیرهٔ %1</translation>
    </message>
    <message>
        <source>Withdraw from the reserve of %1</source>
        <translation>برداشت از ذخیرهٔ %1</translation>
    </message>
    <message>
        <source>Credit %1 to a user</source>
        <translation>واریز %1 به کاربر</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>سوزاندن %1</translation>
    </message>
    <message>
        <source>Reserve now %1 %2; required %3 %2.</source>
        <translation>ذخیرهٔ فعلی %1 %2؛ مقدار لازم %3 %2.</translation>
    </message>
    <message>
        <source>Only what is above the required %1 %2 can leave the reserve.</source>
        <translation>فقط مازاد بر %1 %2 لازم می‌تواند از ذخیره خارج شود.</translation>
    </message>
    <message>
        <source>New points are issued to the user; the reserve must cover them afterwards.</source>
        <translation>امتیازهای جدید برای کاربر صادر می‌شوند؛ ذخیره باید پس از آن هم آن‌ها را پوشش دهد.</translation>
    </message>
    <message>
        <source>Points the organisation holds (from market sales) are retired for good.</source>
        <translation>امتیازهایی که سازمان در اختیار دارد (از فروش در بازارچه) برای همیشه از گردش خارج می‌شوند.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>@username</source>
        <translation>@نام_کاربری</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مقدار (%1)</translation>
    </message>
    <message>
        <source>Reference (optional, the user sees it)</source>
        <translation>شمارهٔ مرجع (اختیاری، کاربر آن را می‌بیند)</translation>
    </message>
    <message>
        <source>Pay from my own wallet instead of the organisation&apos;s balance</source>
        <translation>پرداخت از کیف پول خودم به جای موجودی سازمان</translation>
    </message>
    <message>
        <source>Move %1 %2 from %3 into the reserve?</source>
        <translation>%1 %2 از %3 به ذخیره منتقل شود؟</translation>
    </message>
    <message>
        <source>Move %1 %2 from the reserve to the organisation&apos;s balance?</source>
        <translation>%1 %2 از ذخیره به موجودی سازمان منتقل شود؟</translation>
    </message>
    <message>
        <source>Issue %1 %2 to %3?</source>
        <translation>%1 %2 برای %3 صادر شود؟</translation>
    </message>
    <message>
        <source>Burn %1 %2?</source>
        <translation>%1 %2 سوزانده شود؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>PointView</name>
    <message>
        <source>%1 · %2 · backed by %3</source>
        <translation>%1 · %2 · با پشتوانهٔ %3</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>موجودی شما</translation>
    </message>
    <message>
        <source>This point is paused: nothing can be swapped until the platform resumes it. Your balance is kept.</source>
        <translation>این امتیاز متوقف شده است: تا پلتفرم آن را دوباره فعال نکند، تبدیلی ممکن نیست. موجودی شما حفظ می‌شود.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>The partner has no approved policy for this point yet.</source>
        <translation>شریک هنوز سیاست تأییدشده‌ای برای این امتیاز ندارد.</translation>
    </message>
    <message>
        <source>Reserve now: %1 %2 for %3 %4 outstanding (%5 % covered).</source>
        <translation>ذخیرهٔ فعلی: %1 %2 برای %3 %4 در گردش (%5٪ پوشش).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>تبدیل‌ها</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>کیف پول</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>No swaps of this point yet.</source>
        <translation>هنوز تبدیلی برای این امتیاز انجام نشده است.</translation>
    </message>
    <message>
        <source>Nothing has moved in this point yet.</source>
        <translation>هنوز هیچ جابه‌جایی‌ای در این امتیاز انجام نشده است.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Loyalty points of our partners, backed by reserves: swap them for coin and back at the partner&apos;s terms.</source>
        <translation>امتیازهای وفاداری شرکای ما با پشتوانهٔ ذخیره: آن‌ها را با شرایط هر شریک به رمزارز تبدیل کنید و برعکس.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>امتیازهای من</translation>
    </message>
    <message>
        <source>Requests from partners (%1)</source>
        <translation>درخواست‌های شرکا (%1)</translation>
    </message>
    <message>
        <source>Requests from partners</source>
        <translation>درخواست‌های شرکا</translation>
    </message>
    <message>
        <source>Swap history</source>
        <translation>تاریخچهٔ تبدیل</translation>
    </message>
    <message>
        <source>No partner offers points yet.</source>
        <translation>هنوز هیچ شریکی امتیاز ارائه نمی‌کند.</translation>
    </message>
    <message>
        <source>Every swap</source>
        <translation>همهٔ تبدیل‌ها</translation>
    </message>
    <message>
        <source>Made in the app or at a partner&apos;s request, newest first.</source>
        <translation>انجام‌شده در برنامه یا به درخواست شریک، جدیدترین اول.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>You have not swapped any points yet.</source>
        <translation>هنوز هیچ امتیازی تبدیل نکرده‌اید.</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Proposed. A platform admin approves it; until then the current policy stays in force.</source>
        <translation>پیشنهاد ثبت شد. مدیر پلتفرم آن را تأیید می‌کند؛ تا آن زمان سیاست فعلی اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Propose a policy for %1</source>
        <translation>پیشنهاد سیاست برای %1</translation>
    </message>
    <message>
        <source>Follow the market&apos;s last price instead of a fixed rate</source>
        <translation>پیروی از آخرین قیمت بازار به جای نرخ ثابت</translation>
    </message>
    <message>
        <source>Rate: %1 per whole %2</source>
        <translation>نرخ: مقدار %1 به ازای هر یک %2 کامل</translation>
    </message>
    <message>
        <source>Spread (%)</source>
        <translation>اسپرد (٪)</translation>
    </message>
    <message>
        <source>Fee (%)</source>
        <translation>کارمزد (٪)</translation>
    </message>
    <message>
        <source>Reserve coverage (%; 100 = fully backed)</source>
        <translation>پوشش ذخیره (٪؛ ۱۰۰ = پشتوانهٔ کامل)</translation>
    </message>
    <message>
        <source>Smallest swap (%1)</source>
        <translation>کمترین تبدیل (%1)</translation>
    </message>
    <message>
        <source>Largest swap (0: none)</source>
        <translation>بیشترین تبدیل (۰: بدون سقف)</translation>
    </message>
    <message>
        <source>Per user a day (0: none)</source>
        <translation>سقف روزانهٔ هر کاربر (۰: بدون سقف)</translation>
    </message>
    <message>
        <source>Everyone a day (0: none)</source>
        <translation>سقف روزانهٔ کل (۰: بدون سقف)</translation>
    </message>
    <message>
        <source>Users may swap points for the coin</source>
        <translation>کاربران می‌توانند امتیاز را به رمزارز تبدیل کنند</translation>
    </message>
    <message>
        <source>Users may buy points with the coin</source>
        <translation>کاربران می‌توانند با رمزارز امتیاز بخرند</translation>
    </message>
    <message>
        <source>Caps count points and reset at midnight UTC. The spread is taken from users both ways; the fee goes to the platform.</source>
        <translation>سقف‌ها بر حسب امتیاز شمرده می‌شوند و نیمه‌شب به وقت UTC از نو شروع می‌شوند. اسپرد در هر دو جهت از کاربران کسر می‌شود؛ کارمزد به پلتفرم می‌رسد.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>پیشنهاد</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Thank you</source>
        <translation>متشکریم</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>فروشنده: %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>نحوهٔ تحویل</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>نشانی ارسال</translation>
    </message>
    <message>
        <source>Name, street, city, postcode, country</source>
        <translation>نام، خیابان، شهر، کد پستی، کشور</translation>
    </message>
    <message>
        <source>%1 of 300 characters</source>
        <translation>%1 از ۳۰۰ نویسه</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ارسال به</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مبلغ کل</translation>
    </message>
    <message>
        <source>Paid %1 %2. Your code:</source>
        <translation>%1 %2 پرداخت شد. کد شما:</translation>
    </message>
    <message>
        <source>Paid %1 %2. The partner will ship it; you will find the tracking under My orders.</source>
        <translation>%1 %2 پرداخت شد. شریک سفارش را ارسال می‌کند؛ کد رهگیری را در «سفارش‌های من» خواهید دید.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>The code was copied.</source>
        <translation>کد کپی شد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>ناموجود</translation>
    </message>
    <message>
        <source>Pay again</source>
        <translation>پرداخت دوباره</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>پرداخت %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>“%1” saved.</source>
        <translation>«%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>افزودن تصویر</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>ویرایش محصول</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Pictures (%1 of 6)</source>
        <translation>تصاویر (%1 از ۶)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>افزودن تصویر</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>In</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>نحوهٔ تحویل</translation>
    </message>
    <message>
        <source>Shipped to the buyer</source>
        <translation>ارسال برای خریدار</translation>
    </message>
    <message>
        <source>Voucher codes, delivered at once</source>
        <translation>کدهای ووچر، تحویل بی‌درنگ</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>موجودی انبار</translation>
    </message>
    <message>
        <source>Voucher codes to add, one per line (%1 not sold yet)</source>
        <translation>کدهای ووچر برای افزودن، هر کد در یک خط (%1 کد هنوز فروخته نشده)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>در حال فروش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>ProductTile</name>
    <message>
        <source>Shipped</source>
        <translation>ارسال پستی</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>ووچر</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>ناموجود</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>How you appear to others and how we reach you.</source>
        <translation>دیگران شما را چگونه می‌بینند و ما چگونه با شما تماس می‌گیریم.</translation>
    </message>
    <message>
        <source>Verified · level %1</source>
        <translation>تأییدشده · سطح %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیرهٔ تغییرات</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile &amp; security</source>
        <translation>نمایه و امنیت</translation>
    </message>
    <message>
        <source>Your details, how you sign in, and where you are signed in.</source>
        <translation>مشخصات شما، روش ورود و جاهایی که وارد شده‌اید.</translation>
    </message>
</context>
<context>
    <name>ProgramConsentDialog</name>
    <message>
        <source>Allow %1?</source>
        <translation>به %1 اجازه داده شود؟</translation>
    </message>
    <message>
        <source>%1 wants to see your name and username. It gets an id for you that only it knows — never your account number, balances or chats.</source>
        <translation>%1 می‌خواهد نام و نام کاربری شما را ببیند. شناسه‌ای برای شما دریافت می‌کند که فقط خودش آن را می‌شناسد — هرگز شمارهٔ حساب، موجودی‌ها یا گفتگوهای شما را نمی‌بیند.</translation>
    </message>
    <message>
        <source>%1 wants to: %2.</source>
        <translation>%1 این دسترسی را می‌خواهد: %2.</translation>
    </message>
    <message>
        <source>Don&apos;t allow</source>
        <translation>اجازه نده</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>اجازه بده</translation>
    </message>
</context>
<context>
    <name>ProgramPaymentDialog</name>
    <message>
        <source>Confirm the payment</source>
        <translation>تأیید پرداخت</translation>
    </message>
    <message>
        <source>%1 asks you to pay. This window is AZCoiner&apos;s, not the program&apos;s.</source>
        <translation>%1 از شما درخواست پرداخت دارد. این پنجره متعلق به AZCoiner است، نه برنامک.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Verified business</source>
        <translation>کسب‌وکار تأییدشده</translation>
    </message>
    <message>
        <source>For</source>
        <translation>بابت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>%1 %2 — the merchant pays AZPay&apos;s fee</source>
        <translation>%1 %2 — کارمزد AZPay را پذیرنده می‌پردازد</translation>
    </message>
    <message>
        <source>Today&apos;s limit</source>
        <translation>سقف امروز</translation>
    </message>
    <message>
        <source>%1 of %2 %3 used</source>
        <translation>%1 از %2 %3 استفاده شده</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>کد برنامهٔ احراز هویت</translation>
    </message>
    <message>
        <source>Needed above your two-factor threshold.</source>
        <translation>برای مبالغ بیش از آستانهٔ احراز هویت دومرحله‌ای شما لازم است.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>در حال پرداخت…</translation>
    </message>
    <message>
        <source>Pay %1 %2</source>
        <translation>پرداخت %1 %2</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <source>%1 — settings</source>
        <translation>%1 — تنظیمات</translation>
    </message>
    <message>
        <source>What it may use</source>
        <translation>دسترسی‌های مجاز</translation>
    </message>
    <message>
        <source>See my name and username</source>
        <translation>دیدن نام و نام کاربری من</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>پس گرفتن</translation>
    </message>
    <message>
        <source>Daily spending limit</source>
        <translation>سقف پرداخت روزانه</translation>
    </message>
    <message>
        <source>The most this program can charge you per day (UTC). 0 blocks payments to it.</source>
        <translation>بیشترین مبلغی که این برنامک می‌تواند در هر روز (به وقت UTC) از شما دریافت کند. ۰ پرداخت به آن را مسدود می‌کند.</translation>
    </message>
    <message>
        <source>%1 per day (%2 used today)</source>
        <translation>%1 در روز (امروز %2 استفاده شده)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Nothing paid to this program yet.</source>
        <translation>هنوز هیچ پرداختی به این برنامک انجام نشده است.</translation>
    </message>
</context>
<context>
    <name>ProgramShareDialog</name>
    <message>
        <source>Share to a chat</source>
        <translation>اشتراک‌گذاری در گفتگو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ProgramTile</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>نصب</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Choose a picture with a QR code</source>
        <translation>تصویری حاوی کد QR انتخاب کنید</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Paid %1 %2 to %3</source>
        <translation>%1 %2 به %3 پرداخت شد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Mini program · version %1 · reviewed by AZCoiner</source>
        <translation>برنامک · نسخهٔ %1 · بررسی‌شده توسط AZCoiner</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) blocked</source>
        <translation>
            <numerusform>%n درخواست مسدود شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Closed by AZCoiner</source>
        <translation>AZCoiner آن را بست</translation>
    </message>
    <message>
        <source>This program was not started</source>
        <translation>این برنامک اجرا نشد</translation>
    </message>
    <message>
        <source>Back to mini programs</source>
        <translation>بازگشت به برنامک‌ها</translation>
    </message>
</context>
<context>
    <name>ProgramWords</name>
    <message>
        <source>Shopping</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ابزارها</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>اجتماعی</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>مالی</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>بازی‌ها</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Your name and username</source>
        <translation>نام و نام کاربری شما</translation>
    </message>
    <message>
        <source>Ask you to pay</source>
        <translation>درخواست پرداخت از شما</translation>
    </message>
    <message>
        <source>Share into your chats (you pick the chat)</source>
        <translation>اشتراک‌گذاری در گفتگوهای شما (گفتگو را خودتان انتخاب می‌کنید)</translation>
    </message>
    <message>
        <source>Read a QR code from a picture you choose</source>
        <translation>خواندن کد QR از تصویری که انتخاب می‌کنید</translation>
    </message>
    <message>
        <source>Keep a little data for you</source>
        <translation>نگه‌داری مقداری داده برای شما</translation>
    </message>
    <message>
        <source>Use your camera</source>
        <translation>استفاده از دوربین شما</translation>
    </message>
    <message>
        <source>Use your microphone</source>
        <translation>استفاده از میکروفون شما</translation>
    </message>
    <message>
        <source>Know your location</source>
        <translation>دسترسی به موقعیت مکانی شما</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>نمایش اعلان‌ها</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>تعلیق‌شده</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>هنوز منتشر نشده</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Your vote (%1, %2 %3) is recorded. You can change it until voting ends.</source>
        <translation>رأی شما (%1، %2 %3) ثبت شد. تا پایان رأی‌گیری می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>‹ Proposals</source>
        <translation>‹ پیشنهادها</translation>
    </message>
    <message>
        <source>Proposed by @%1 on %2 · %3</source>
        <translation>ارائه‌شده توسط @%1 در %2 · %3</translation>
    </message>
    <message>
        <source>If it passes</source>
        <translation>در صورت تصویب</translation>
    </message>
    <message>
        <source>It could not run: %1. Nothing was moved.</source>
        <translation>اجرا نشد: %1. هیچ وجهی جابه‌جا نشد.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>Voting power is AZC staked at the snapshot (%1): %2 %3 in all. Passing needs votes from %4 % of it and more than %5 % of for and against.</source>
        <translation>قدرت رأی برابر با AZC استیک‌شده در زمان تصویر لحظه‌ای (%1) است: در مجموع %2 %3. برای تصویب باید دارندگان %4٪ از آن رأی بدهند و آرای موافق بیش از %5٪ مجموع آرای موافق و مخالف باشد.</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>رأی شما</translation>
    </message>
    <message>
        <source>Your voting power: %1 %2 (your stake when voting opened).</source>
        <translation>قدرت رأی شما: %1 %2 (مقدار استیک شما هنگام آغاز رأی‌گیری).</translation>
    </message>
    <message>
        <source>You had no AZC staked when voting opened, so you cannot vote on this one. Stake in Earn to vote on the next.</source>
        <translation>هنگام آغاز رأی‌گیری هیچ AZC استیک‌شده‌ای نداشتید، پس نمی‌توانید در این پیشنهاد رأی دهید. برای رأی دادن در پیشنهاد بعدی، در بخش «کسب سود» استیک کنید.</translation>
    </message>
    <message>
        <source>Verify the result</source>
        <translation>بررسی نتیجه</translation>
    </message>
    <message>
        <source>Every vote is published in a Merkle tree with root %1. This app rebuilds it from the published votes and finds yours, on this computer.</source>
        <translation>همهٔ آرا در یک درخت Merkle با ریشهٔ %1 منتشر می‌شوند. این برنامه، روی همین رایانه، درخت را از روی آرای منتشرشده از نو می‌سازد و رأی شما را در آن پیدا می‌کند.</translation>
    </message>
    <message>
        <source>Verify my vote</source>
        <translation>بررسی رأی من</translation>
    </message>
    <message>
        <source>Recorded on chain in transaction %1.</source>
        <translation>در تراکنش %1 روی زنجیره ثبت شد.</translation>
    </message>
    <message>
        <source>Being recorded on chain (transaction %1).</source>
        <translation>در حال ثبت روی زنجیره (تراکنش %1).</translation>
    </message>
    <message>
        <source>Recording on chain failed (transaction %1).</source>
        <translation>ثبت روی زنجیره ناموفق بود (تراکنش %1).</translation>
    </message>
    <message>
        <source>Waiting to be recorded on chain.</source>
        <translation>در انتظار ثبت روی زنجیره.</translation>
    </message>
    <message>
        <source>The chain holds this same root and result (recorded by %1 in contract %2).</source>
        <translation>زنجیره همین ریشه و نتیجه را دارد (ثبت‌شده توسط %1 در قرارداد %2).</translation>
    </message>
    <message>
        <source>The chain holds a different result!</source>
        <translation>زنجیره نتیجهٔ متفاوتی دارد!</translation>
    </message>
    <message>
        <source>Withdraw my proposal</source>
        <translation>پس گرفتن پیشنهادم</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>ProposalsList</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>اجراشده</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>No proposal is open right now. Anyone with 100 AZC staked can write one.</source>
        <translation>در حال حاضر هیچ پیشنهاد بازی وجود ندارد. هر کسی که ۱۰۰ AZC استیک کرده باشد می‌تواند پیشنهادی بنویسد.</translation>
    </message>
    <message>
        <source>No proposals here yet.</source>
        <translation>هنوز پیشنهادی اینجا نیست.</translation>
    </message>
    <message>
        <source>by @%1</source>
        <translation>از @%1</translation>
    </message>
    <message>
        <source>You voted: %1</source>
        <translation>رأی شما: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>پوشهٔ دادهٔ %1 ساخته نشد</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reason (shown to the user)</source>
        <translation>دلیل (به کاربر نشان داده می‌شود)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Balance adjustment by AZCoiner</source>
        <translation>اصلاح موجودی از سوی AZCoiner</translation>
    </message>
    <message>
        <source>Sent to %1 (@%2)</source>
        <translation>ارسال به %1 (@%2)</translation>
    </message>
    <message>
        <source>Received from %1 (@%2)</source>
        <translation>دریافت از %1 (@%2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>مجموع پرداختی</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Paid to %1</source>
        <translation>پرداخت به %1</translation>
    </message>
    <message>
        <source>Refunded by %1</source>
        <translation>بازپرداخت از سوی %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message>
        <source>Checking the chain against the ledger…</source>
        <translation>در حال مقایسهٔ زنجیره با دفتر کل…</translation>
    </message>
    <message>
        <source>No blockchain network is set up yet.</source>
        <translation>هنوز هیچ شبکهٔ بلاک‌چینی تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Everything matches: the chain agrees with the ledger.</source>
        <translation>همه‌چیز مطابقت دارد: زنجیره با دفتر کل یکی است.</translation>
    </message>
    <message>
        <source>%1 of %2 lines differ.</source>
        <translation>%1 از %2 ردیف مغایرت دارد.</translation>
    </message>
    <message>
        <source>Checked %1. Difference = on chain − (ledger + confirming + below minimum).</source>
        <translation>بررسی در %1. اختلاف = روی زنجیره − (دفتر کل + در حال تأیید + کمتر از حداقل).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>On chain</source>
        <translation>روی زنجیره</translation>
    </message>
    <message>
        <source>In the ledger</source>
        <translation>در دفتر کل</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>کیف پول داغ</translation>
    </message>
    <message>
        <source>Deposit addresses</source>
        <translation>آدرس‌های واریز</translation>
    </message>
    <message>
        <source>Confirming %1 · below the minimum %2 · pending withdrawals %3</source>
        <translation>در حال تأیید %1 · کمتر از حداقل %2 · برداشت‌های در انتظار %3</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>بررسی نشد: %1</translation>
    </message>
    <message>
        <source>Differs by %1 %2</source>
        <translation>اختلاف %1 %2</translation>
    </message>
    <message>
        <source>What users are owed against what is held on chain</source>
        <translation>بدهی به کاربران در برابر دارایی روی زنجیره</translation>
    </message>
    <message>
        <source>All on chain</source>
        <translation>همه روی زنجیره</translation>
    </message>
    <message>
        <source>Partly elsewhere</source>
        <translation>بخشی در جای دیگر</translation>
    </message>
    <message>
        <source>Owed to users</source>
        <translation>بدهی به کاربران</translation>
    </message>
    <message>
        <source>Held on chain</source>
        <translation>نگهداری‌شده روی زنجیره</translation>
    </message>
    <message>
        <source>“Partly elsewhere”: part of what users hold did not come in over a chain (opening balances, adjustments, assets without a network) and is backed by the holdings on the Master wallet tab.</source>
        <translation>«بخشی در جای دیگر»: بخشی از دارایی کاربران از راه زنجیره نیامده است (موجودی‌های آغازین، اصلاحیه‌ها، دارایی‌های بدون شبکه) و پشتوانهٔ آن دارایی‌های زبانهٔ کیف پول اصلی است.</translation>
    </message>
    <message>
        <source>Deposits not yet swept to the hot wallet</source>
        <translation>واریزهایی که هنوز به کیف پول داغ منتقل نشده‌اند</translation>
    </message>
    <message>
        <source>Sweeping</source>
        <translation>در حال انتقال</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Every credited deposit has been swept.</source>
        <translation>همهٔ واریزهای منظورشده منتقل شده‌اند.</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Create your account</source>
        <translation>حساب خود را بسازید</translation>
    </message>
    <message>
        <source>It takes a minute. You can verify your identity later.</source>
        <translation>یک دقیقه طول می‌کشد. احراز هویت را می‌توانید بعداً انجام دهید.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>3–32 characters: a–z, 0–9, _ and dot.</source>
        <translation>۳ تا ۳۲ نویسه: a–z، 0–9، _ و نقطه.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>دیگران شما را با این نام می‌بینند</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>At least 10 characters; not a common password and not your username.</source>
        <translation>دست‌کم ۱۰ نویسه؛ گذرواژهٔ رایج یا نام کاربری شما نباشد.</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>ایمیل (اختیاری)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>تلفن (اختیاری)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>در حال ساخت…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ساخت حساب</translation>
    </message>
    <message>
        <source>Already have an account?</source>
        <translation>حساب دارید؟</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
</context>
<context>
    <name>ResultsBar</name>
    <message>
        <source>For %1</source>
        <translation>موافق %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>مخالف %1</translation>
    </message>
    <message>
        <source>Abstain %1</source>
        <translation>ممتنع %1</translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation>حد نصاب %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>by %1 · %2 · live: %3</source>
        <translation>از %1 · %2 · نسخهٔ منتشرشده: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>تعلیق‌شده</translation>
    </message>
    <message>
        <source>Asks for: %1</source>
        <translation>درخواست دسترسی: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>شبکه: %1</translation>
    </message>
    <message>
        <source>none (only its own files)</source>
        <translation>هیچ (فقط فایل‌های خودش)</translation>
    </message>
    <message>
        <source>Payments go to organisation %1 in %2</source>
        <translation>پرداخت‌ها با %2 به سازمان %1 واریز می‌شود</translation>
    </message>
    <message>
        <source>Reason (needed to reject or suspend)</source>
        <translation>دلیل (برای رد یا تعلیق لازم است)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Roll back to this</source>
        <translation>بازگشت به این نسخه</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>رفع تعلیق</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>تعلیق</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>موردی نیست.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Commit more</source>
        <translation>مشارکت بیشتر</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Commit again</source>
        <translation>مشارکت دوباره</translation>
    </message>
    <message>
        <source>Commit %1 %2</source>
        <translation>مشارکت با %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · listed for @%3</source>
        <translation>%1 · %2 · ثبت‌شده برای @%3</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>%1 %2 per %3</source>
        <translation>%1 %2 برای هر %3</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>مقدار عرضه</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>مشارکت‌شده</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>سقف هر نفر</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Up to %1 %2</source>
        <translation>تا %1 %2</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>فروخته‌شده</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>No identity verification needed.</source>
        <translation>نیازی به احراز هویت نیست.</translation>
    </message>
    <message>
        <source>Verification: %1 (you have it).</source>
        <translation>احراز هویت: %1 (دارید).</translation>
    </message>
    <message>
        <source>Verification: %1 (you do not have it yet).</source>
        <translation>احراز هویت: %1 (هنوز ندارید).</translation>
    </message>
    <message>
        <source>No staking needed.</source>
        <translation>نیازی به استیکینگ نیست.</translation>
    </message>
    <message>
        <source>At least %1 AZC staked (active stakes) when you commit.</source>
        <translation>هنگام مشارکت، دست‌کم %1 AZC استیک‌شده (استیک‌های فعال).</translation>
    </message>
    <message>
        <source>Stake AZC</source>
        <translation>استیک AZC</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>%1 % when the sale ends (%2)</source>
        <translation>%1٪ با پایان فروش (%2)</translation>
    </message>
    <message>
        <source>%1 % %2 after the end (%3)</source>
        <translation>%1٪، %2 پس از پایان (%3)</translation>
    </message>
    <message>
        <source>You committed %1 %2</source>
        <translation>مشارکت شما: %1 %2</translation>
    </message>
    <message>
        <source>held in your wallet until the sale ends</source>
        <translation>تا پایان فروش در کیف پول شما قفل می‌ماند</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>توکن‌ها</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>%1 of %2 %3 · %4</source>
        <translation>%1 از %2 %3 · %4</translation>
    </message>
    <message>
        <source>Commit (%1)</source>
        <translation>مبلغ مشارکت (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Commit %1 %2 to this sale? It is held in your wallet until the sale ends. Then you pay for the tokens you are allocated, at %3 %2 per %4, and the rest comes back to you.</source>
        <translation>با %1 %2 در این فروش مشارکت می‌کنید؟ این مبلغ تا پایان فروش در کیف پول شما قفل می‌ماند. سپس بهای توکن‌هایی که به شما تخصیص می‌یابد، به قیمت %3 %2 برای هر %4، پرداخت می‌شود و باقی‌مانده به شما بازمی‌گردد.</translation>
    </message>
    <message>
        <source>Committed. Your %1 %2 is held until the sale ends.</source>
        <translation>مشارکت ثبت شد. %1 %2 شما تا پایان فروش قفل می‌ماند.</translation>
    </message>
</context>
<context>
    <name>SaleListingForm</name>
    <message>
        <source>List a token sale</source>
        <translation>ثبت فروش توکن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>ثبت دوباره</translation>
    </message>
    <message>
        <source>List the sale</source>
        <translation>ثبت فروش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>توکن</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>نام توکن</translation>
    </message>
    <message>
        <source>Decimals (new token)</source>
        <translation>تعداد ارقام اعشار (توکن جدید)</translation>
    </message>
    <message>
        <source>Priced in</source>
        <translation>قیمت‌گذاری با</translation>
    </message>
    <message>
        <source>Price per token</source>
        <translation>قیمت هر توکن</translation>
    </message>
    <message>
        <source>Tokens on sale</source>
        <translation>تعداد توکن‌های عرضه‌شده</translation>
    </message>
    <message>
        <source>Per-person cap (empty: none)</source>
        <translation>سقف هر نفر (خالی: بدون سقف)</translation>
    </message>
    <message>
        <source>Verification level (0–3)</source>
        <translation>سطح احراز هویت (۰ تا ۳)</translation>
    </message>
    <message>
        <source>AZC staked at least</source>
        <translation>حداقل AZC استیک‌شده</translation>
    </message>
    <message>
        <source>Opens (local time)</source>
        <translation>شروع (به وقت محلی)</translation>
    </message>
    <message>
        <source>Closes (local time)</source>
        <translation>پایان (به وقت محلی)</translation>
    </message>
    <message>
        <source>Vesting (days:%)</source>
        <translation>آزادسازی تدریجی (روز:%)</translation>
    </message>
    <message>
        <source>Partner (username)</source>
        <translation>شریک (نام کاربری)</translation>
    </message>
    <message>
        <source>Platform share, %</source>
        <translation>سهم پلتفرم، %</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Confirm the transfer</source>
        <translation>تأیید انتقال</translation>
    </message>
    <message>
        <source>Send money</source>
        <translation>ارسال پول</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Memo (optional, the recipient sees it)</source>
        <translation>یادداشت (اختیاری، گیرنده آن را می‌بیند)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>مجموع پرداختی شما</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>باقی‌ماندهٔ سقف ۲۴ ساعتهٔ شما</translation>
    </message>
    <message>
        <source>Per transfer at most</source>
        <translation>حداکثر در هر انتقال</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>کد برنامهٔ احراز هویت</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need it.</source>
        <translation>برای انتقال‌های بیش از %1 %2 لازم است.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <source>Send %1 %2</source>
        <translation>ارسال %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Signed-in devices</source>
        <translation>دستگاه‌های واردشده</translation>
    </message>
    <message>
        <source>Sign out any device you do not recognise.</source>
        <translation>هر دستگاهی را که نمی‌شناسید از حساب خارج کنید.</translation>
    </message>
    <message>
        <source>Sign out all others</source>
        <translation>خروج همهٔ دستگاه‌های دیگر</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>دستگاه بی‌نام</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>این دستگاه</translation>
    </message>
    <message>
        <source>Signed in %1 · last active %2</source>
        <translation>ورود %1 · آخرین فعالیت %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>No sessions to show.</source>
        <translation>نشستی برای نمایش نیست.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Chats</source>
        <translation>گفتگوها</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>کیف پول</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>همتا به همتا</translation>
    </message>
    <message>
        <source>Mini programs</source>
        <translation>برنامک‌ها</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>حاکمیت</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدیریت</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <source>Profile &amp; security</source>
        <translation>نمایه و امنیت</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>خزانه</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>پذیرندگی</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>کسب سود</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>بازارچه</translation>
    </message>
    <message>
        <source>Partner console</source>
        <translation>پیشخوان شریک</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Welcome back</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Sign in to your AZCoiner account.</source>
        <translation>به حساب AZCoiner خود وارد شوید.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>مثلاً alice</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>کد احراز هویت</translation>
    </message>
    <message>
        <source>6-digit code or a recovery code</source>
        <translation>کد ۶ رقمی یا کد بازیابی</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>New to AZCoiner?</source>
        <translation>تازه‌وارد هستید؟</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>ساخت حساب</translation>
    </message>
</context>
<context>
    <name>SplashPage</name>
    <message>
        <source>Restoring your session…</source>
        <translation>در حال بازیابی نشست شما…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>در حال اتصال به سرور…</translation>
    </message>
</context>
<context>
    <name>StakeDialog</name>
    <message>
        <source>Staked</source>
        <translation>استیک انجام شد</translation>
    </message>
    <message>
        <source>Stake in %1</source>
        <translation>استیک در %1</translation>
    </message>
    <message>
        <source>Confirm your stake</source>
        <translation>تأیید استیک</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مقدار (%1)</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>حداقل %1</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>Earns %1 %2 a day</source>
        <translation>روزانه %1 %2 سود</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ سود</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>The amount is held in your wallet and locked for %1. Leaving before then forfeits the rewards not yet paid.</source>
        <translation>این مقدار در کیف پول شما نگه داشته و به مدت %1 قفل می‌شود. خروج پیش از آن، پاداش‌های پرداخت‌نشده را از بین می‌برد.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time; it then takes %1 to come back, earning nothing meanwhile.</source>
        <translation>این مقدار در مدتی که سود می‌گیرد در کیف پول شما نگه داشته می‌شود. هر زمان می‌توانید استیک را لغو کنید؛ سپس بازگشت آن %1 طول می‌کشد و در این مدت سودی نمی‌گیرد.</translation>
    </message>
    <message>
        <source>The amount is held in your wallet while it earns. You can unstake any time and it comes back at once.</source>
        <translation>این مقدار در مدتی که سود می‌گیرد در کیف پول شما نگه داشته می‌شود. هر زمان می‌توانید استیک را لغو کنید و مبلغ بلافاصله بازمی‌گردد.</translation>
    </message>
    <message>
        <source>%1 %2 is staked and earning from now on.</source>
        <translation>%1 %2 استیک شد و از همین حالا سود می‌گیرد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Stake again</source>
        <translation>استیک دوباره</translation>
    </message>
    <message>
        <source>Stake %1 %2</source>
        <translation>استیک %1 %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>StakePositionRow</name>
    <message>
        <source>Rewards · %1</source>
        <translation>پاداش · %1</translation>
    </message>
    <message>
        <source>Rewards not yet claimed</source>
        <translation>پاداش‌های دریافت‌نشده</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>استیک مجدد</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>لغو استیک</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>paid %1 %2</source>
        <translation>پرداخت‌شده %1 %2</translation>
    </message>
    <message>
        <source>forfeited %1 %2</source>
        <translation>ازدست‌رفته %1 %2</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>قفل تا %1</translation>
    </message>
    <message>
        <source>returns to your wallet on %1</source>
        <translation>بازگشت به کیف پول در %1</translation>
    </message>
</context>
<context>
    <name>StakingProductForm</name>
    <message>
        <source>New staking product</source>
        <translation>محصول استیکینگ جدید</translation>
    </message>
    <message>
        <source>Edit staking product</source>
        <translation>ویرایش محصول استیکینگ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>منعطف</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌دار</translation>
    </message>
    <message>
        <source>Rate, % a year</source>
        <translation>نرخ، ٪ سالانه</translation>
    </message>
    <message>
        <source>House margin, %</source>
        <translation>حاشیهٔ پلتفرم، %</translation>
    </message>
    <message>
        <source>Lock, days</source>
        <translation>دورهٔ قفل، روز</translation>
    </message>
    <message>
        <source>Unbonding, hours</source>
        <translation>دورهٔ آزادسازی، ساعت</translation>
    </message>
    <message>
        <source>Minimum stake</source>
        <translation>حداقل استیک</translation>
    </message>
    <message>
        <source>Cap on the total (0: none)</source>
        <translation>سقف کل (۰: بدون سقف)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Open to new stakes</source>
        <translation>پذیرش استیک جدید</translation>
    </message>
    <message>
        <source>Closed to new stakes</source>
        <translation>توقف پذیرش استیک جدید</translation>
    </message>
    <message>
        <source>A new rate applies from now: every stake is first brought up to date at the old one.</source>
        <translation>نرخ جدید از همین لحظه اعمال می‌شود: سود هر استیک ابتدا تا این لحظه با نرخ قبلی محاسبه می‌شود.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>ایجاد محصول</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>StakingProductTile</name>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>دورهٔ قفل</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>%1; leaving early forfeits unpaid rewards</source>
        <translation>%1؛ خروج زودهنگام، پاداش‌های پرداخت‌نشده را از بین می‌برد</translation>
    </message>
    <message>
        <source>any time; %1 to unbond</source>
        <translation>هر زمان؛ آزادسازی در %1</translation>
    </message>
    <message>
        <source>any time, at once</source>
        <translation>هر زمان، بلافاصله</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>استیک‌شده</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 از %2 %3</translation>
    </message>
    <message>
        <source>You have %1 %2 here</source>
        <translation>%1 %2 از شما در این محصول است</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>استیک</translation>
    </message>
</context>
<context>
    <name>StakingView</name>
    <message>
        <source>%1 %2 of rewards staked again.</source>
        <translation>%1 %2 پاداش دوباره استیک شد.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet. The product would not take it as a new stake.</source>
        <translation>%1 %2 پاداش به کیف پول شما پرداخت شد. محصول آن را به‌عنوان استیک جدید نپذیرفت.</translation>
    </message>
    <message>
        <source>%1 %2 of rewards paid to your wallet.</source>
        <translation>%1 %2 پاداش به کیف پول شما پرداخت شد.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Rewards accrue every second from the reward pool. Flexible stakes can leave at any time; locked ones pay more.</source>
        <translation>پاداش‌ها هر ثانیه از استخر پاداش انباشته می‌شوند. از استیک‌های منعطف هر زمان می‌توان خارج شد؛ استیک‌های قفل‌دار سود بیشتری می‌دهند.</translation>
    </message>
    <message>
        <source>No staking products are open right now.</source>
        <translation>در حال حاضر هیچ محصول استیکینگ بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>My stakes</source>
        <translation>استیک‌های من</translation>
    </message>
    <message>
        <source>Rewards shown to the last decimal, as a claim would pay them this second.</source>
        <translation>پاداش‌ها تا آخرین رقم اعشار نمایش داده می‌شوند؛ یعنی همان مبلغی که اگر همین لحظه دریافت کنید پرداخت می‌شود.</translation>
    </message>
    <message>
        <source>You have no stakes yet. Pick a product above to start earning.</source>
        <translation>هنوز استیکی ندارید. برای شروع کسب سود، یکی از محصولات بالا را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>StartupFailedPage</name>
    <message>
        <source>AZCoiner could not start</source>
        <translation>AZCoiner اجرا نشد</translation>
    </message>
    <message>
        <source>The built-in server did not start, so there is nothing to connect to.</source>
        <translation>سرور داخلی اجرا نشد، پس چیزی برای اتصال وجود ندارد.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable, or start the app with --server to use a remote server.</source>
        <translation>بررسی کنید پوشهٔ داده قابل نوشتن باشد، یا برنامه را با ‎--server‎ برای سرور راه دور اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>KYC review</source>
        <translation>بررسی احراز هویت</translation>
    </message>
    <message>
        <source>Withdrawal approvals</source>
        <translation>تأیید برداشت‌ها</translation>
    </message>
    <message>
        <source>P2P appeals</source>
        <translation>اعتراض‌های همتا به همتا</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>کسب‌وکارها</translation>
    </message>
    <message>
        <source>Market disputes</source>
        <translation>اعتراض‌های بازارچه</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swapped</source>
        <translation>تبدیل شد</translation>
    </message>
    <message>
        <source>Quick swap</source>
        <translation>تبدیل سریع</translation>
    </message>
    <message>
        <source>You pay with</source>
        <translation>پرداخت با</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>دریافت می‌کنید</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مقدار (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>موجودی قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>دریافت می‌کنید</translation>
    </message>
    <message>
        <source>for %1 %2</source>
        <translation>در برابر %1 %2</translation>
    </message>
    <message>
        <source>This quote has expired.</source>
        <translation>اعتبار این قیمت تمام شد.</translation>
    </message>
    <message>
        <source>Price held: %1 s left.</source>
        <translation>قیمت ثابت است: %1 ثانیه مانده.</translation>
    </message>
    <message>
        <source>You paid</source>
        <translation>پرداختید</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>دریافت کردید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Refresh quote</source>
        <translation>قیمت تازه</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>دریافت قیمت</translation>
    </message>
    <message>
        <source>Swap now (%1 s)</source>
        <translation>تبدیل کن (%1 ثانیه)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Swap</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Quotes hold for a few seconds; confirm before the time runs out.</source>
        <translation>قیمت‌ها فقط چند ثانیه معتبرند؛ پیش از پایان زمان تأیید کنید.</translation>
    </message>
    <message>
        <source>Swaps are paused for this point.</source>
        <translation>تبدیل این امتیاز متوقف شده است.</translation>
    </message>
    <message>
        <source>This point has no approved policy yet.</source>
        <translation>این امتیاز هنوز سیاست تأییدشده‌ای ندارد.</translation>
    </message>
    <message>
        <source>The partner does not allow this direction at the moment.</source>
        <translation>شریک فعلاً این جهت را مجاز نمی‌داند.</translation>
    </message>
    <message>
        <source>You give (%1)</source>
        <translation>می‌دهید (%1)</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>موجودی قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>قیمت تازه</translation>
    </message>
    <message>
        <source>Get quote</source>
        <translation>دریافت قیمت</translation>
    </message>
    <message>
        <source>You give</source>
        <translation>می‌دهید</translation>
    </message>
    <message>
        <source>You get</source>
        <translation>دریافت می‌کنید</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>باقی‌ماندهٔ امروز</translation>
    </message>
    <message>
        <source>This quote has run out. Get a new one.</source>
        <translation>اعتبار این قیمت تمام شد. قیمت تازه بگیرید.</translation>
    </message>
    <message>
        <source>The answer was lost. Confirm again to learn the outcome; the swap will not be made twice.</source>
        <translation>پاسخ به دست ما نرسید. برای دانستن نتیجه دوباره تأیید کنید؛ تبدیل دو بار انجام نمی‌شود.</translation>
    </message>
    <message>
        <source>Valid for %1</source>
        <translation>معتبر تا %1 دیگر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>تأیید دوباره</translation>
    </message>
    <message>
        <source>Confirm: get %1 %2</source>
        <translation>تأیید: دریافت %1 %2</translation>
    </message>
</context>
<context>
    <name>SwapRow</name>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>fee %1 %2</source>
        <translation>کارمزد %1 %2</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Reconnecting…</source>
        <translation>در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>پوستهٔ روشن</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>پوستهٔ تیره</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
</context>
<context>
    <name>TradeErrors</name>
    <message>
        <source>The price must be above zero and a multiple of the market&apos;s tick size.</source>
        <translation>قیمت باید بیشتر از صفر و مضربی از گام قیمت بازار باشد.</translation>
    </message>
    <message>
        <source>The order is too small: its value must be at least the market&apos;s minimum (%1).</source>
        <translation>سفارش خیلی کوچک است: ارزش آن باید دست‌کم به اندازهٔ حداقل بازار (%1) باشد.</translation>
    </message>
    <message>
        <source>The quantity must be above zero and a multiple of the market&apos;s lot size.</source>
        <translation>مقدار باید بیشتر از صفر و مضربی از گام مقدار بازار باشد.</translation>
    </message>
    <message>
        <source>Your available balance does not cover this.</source>
        <translation>موجودی قابل استفادهٔ شما کافی نیست.</translation>
    </message>
    <message>
        <source>The quote has expired. Get a new one.</source>
        <translation>اعتبار قیمت تمام شده است. قیمت تازه بگیرید.</translation>
    </message>
    <message>
        <source>This quote was used already.</source>
        <translation>از این قیمت قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <source>Tick and lot size cannot change once a market exists.</source>
        <translation>گام قیمت و مقدار پس از ایجاد بازار تغییر نمی‌کنند.</translation>
    </message>
    <message>
        <source>The market does not take this order right now (halted or cancel-only).</source>
        <translation>بازار فعلاً این سفارش را نمی‌پذیرد (متوقف یا فقط لغو).</translation>
    </message>
    <message>
        <source>The amount is below the smallest swap this pair allows.</source>
        <translation>مبلغ از کمترین مقدار تبدیل مجاز این جفت کمتر است.</translation>
    </message>
    <message>
        <source>The amount must be a multiple of %1.</source>
        <translation>مبلغ باید مضربی از %1 باشد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید، مثلاً 12.5.</translation>
    </message>
    <message>
        <source>There is not enough liquidity for this amount right now. Try a smaller one.</source>
        <translation>فعلاً نقدینگی کافی برای این مبلغ نیست. مبلغ کمتری را امتحان کنید.</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider did not fill the swap (%1). Nothing was booked.</source>
        <translation>تأمین‌کنندهٔ نقدینگی صرافی تبدیل را انجام نداد (%1). چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>بی‌دلیل</translation>
    </message>
    <message>
        <source>The exchange&apos;s liquidity provider is not available right now.</source>
        <translation>تأمین‌کنندهٔ نقدینگی صرافی فعلاً در دسترس نیست.</translation>
    </message>
    <message>
        <source>This order was already sent with different details. Check your open orders.</source>
        <translation>این سفارش قبلاً با جزئیات دیگری فرستاده شده است. سفارش‌های باز خود را ببینید.</translation>
    </message>
    <message>
        <source>The server does not offer this yet.</source>
        <translation>سرور هنوز این امکان را ندارد.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Try again: it will not be done twice.</source>
        <translation>پیش از رسیدن پاسخ، اتصال قطع شد. دوباره امتحان کنید: دو بار انجام نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>TradePage</name>
    <message>
        <source>Quick swap</source>
        <translation>تبدیل سریع</translation>
    </message>
</context>
<context>
    <name>TradeTape</name>
    <message>
        <source>Trades</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>No trades yet.</source>
        <translation>هنوز معامله‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>TreasuryPage</name>
    <message>
        <source>Master wallet</source>
        <translation>کیف پول اصلی</translation>
    </message>
    <message>
        <source>Fees &amp;&amp; limits</source>
        <translation>کارمزدها &amp;&amp; سقف‌ها</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>اصلاحیه‌ها</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>خزانه</translation>
    </message>
    <message>
        <source>What the platform owes and holds, what it earns, and the rules money moves by.</source>
        <translation>بدهی‌ها و ذخایر پلتفرم، درآمد آن و قواعد جابه‌جایی پول.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>تطبیق</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>صرافی</translation>
    </message>
    <message>
        <source>Earn &amp;&amp; launchpad</source>
        <translation>کسب سود &amp;&amp; لانچ‌پد</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; points</source>
        <translation>شرکا &amp;&amp; امتیازها</translation>
    </message>
</context>
<context>
    <name>TreasuryWords</name>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>خزانه</translation>
    </message>
    <message>
        <source>Hot wallet</source>
        <translation>کیف پول داغ</translation>
    </message>
    <message>
        <source>Liquidity provider</source>
        <translation>تأمین‌کنندهٔ نقدینگی</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>واریز</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>برداشت</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Spot (maker)</source>
        <translation>معاملهٔ نقدی (میکر)</translation>
    </message>
    <message>
        <source>Spot (taker)</source>
        <translation>معاملهٔ نقدی (تیکر)</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>همتا به همتا</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
</context>
<context>
    <name>TwoFactorCard</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>احراز هویت دومرحله‌ای</translation>
    </message>
    <message>
        <source>On. Signing in asks for a code from your authenticator app.</source>
        <translation>فعال. هنگام ورود، کدی از برنامهٔ احراز هویت خواسته می‌شود.</translation>
    </message>
    <message>
        <source>Off. Add a second step to signing in with an authenticator app.</source>
        <translation>غیرفعال. با یک برنامهٔ احراز هویت، مرحلهٔ دومی به ورود اضافه کنید.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>راه‌اندازی احراز هویت دومرحله‌ای</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app (or open the link on a device that has one), then enter the code it shows.</source>
        <translation>این کلید را به برنامهٔ احراز هویت خود اضافه کنید (یا پیوند را در دستگاهی که آن را دارد باز کنید) و کدی را که نشان می‌دهد وارد کنید.</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>کلید محرمانه</translation>
    </message>
    <message>
        <source>Setup link</source>
        <translation>پیوند راه‌اندازی</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>کد ۶ رقمی</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Keep these recovery codes somewhere safe: each works once if you lose your phone. They are not shown again.</source>
        <translation>احراز هویت دومرحله‌ای فعال شد. این کدهای بازیابی را جای امنی نگه دارید: اگر گوشی‌تان را گم کنید، هر کدام یک بار کار می‌کند. دوباره نمایش داده نمی‌شوند.</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>ذخیره‌شان کردم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Code or recovery code</source>
        <translation>کد یا کد بازیابی</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>غیرفعال کردن</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Private and group conversations, with payments inside chats.</source>
        <translation>گفتگوهای خصوصی و گروهی، با پرداخت درون گفتگو.</translation>
    </message>
    <message>
        <source>Balances, deposits, withdrawals and transfers.</source>
        <translation>موجودی، واریز، برداشت و انتقال.</translation>
    </message>
    <message>
        <source>Spot trading with an order book.</source>
        <translation>معاملهٔ نقدی با دفتر سفارش.</translation>
    </message>
    <message>
        <source>Person-to-person offers with escrow.</source>
        <translation>پیشنهادهای فردبه‌فرد با امانت‌داری.</translation>
    </message>
    <message>
        <source>Mini programs from partners, running inside AZCoiner.</source>
        <translation>برنامک‌های شرکا که درون AZCoiner اجرا می‌شوند.</translation>
    </message>
    <message>
        <source>Proposals and voting.</source>
        <translation>پیشنهادها و رأی‌گیری.</translation>
    </message>
    <message>
        <source>%1 is not available yet</source>
        <translation>%1 هنوز در دسترس نیست</translation>
    </message>
    <message>
        <source>This part of AZCoiner has not been built in this version, so there is nothing to show here. Nothing on this page is simulated.</source>
        <translation>این بخش از AZCoiner در این نسخه ساخته نشده است، پس چیزی برای نمایش نیست. هیچ چیز در این صفحه شبیه‌سازی نشده است.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>هنوز در دسترس نیست</translation>
    </message>
</context>
<context>
    <name>UnstakeDialog</name>
    <message>
        <source>Unstake %1 %2?</source>
        <translation>لغو استیک %1 %2؟</translation>
    </message>
    <message>
        <source>This stake is locked until %1. Leaving now forfeits the rewards not yet paid: %2 %3 at this moment.</source>
        <translation>این استیک تا %1 قفل است. خروج در این زمان، پاداش‌های پرداخت‌نشده را از بین می‌برد: در این لحظه %2 %3.</translation>
    </message>
    <message>
        <source>Your rewards so far (%1 %2) stay yours: claim them whenever you like.</source>
        <translation>پاداش‌هایی که تاکنون به دست آورده‌اید (%1 %2) متعلق به شما می‌ماند: هر زمان خواستید دریافتشان کنید.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance after the product&apos;s unbonding period.</source>
        <translation>%1 %2 از همین حالا دیگر سود نمی‌گیرد و پس از دورهٔ آزادسازی محصول به موجودی قابل استفادهٔ شما بازمی‌گردد.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and stays held for %3 (unbonding), then returns to your available balance.</source>
        <translation>%1 %2 از همین حالا دیگر سود نمی‌گیرد و به مدت %3 (دورهٔ آزادسازی) قفل می‌ماند، سپس به موجودی قابل استفادهٔ شما بازمی‌گردد.</translation>
    </message>
    <message>
        <source>The %1 %2 stops earning now and returns to your available balance right away.</source>
        <translation>%1 %2 از همین حالا دیگر سود نمی‌گیرد و بلافاصله به موجودی قابل استفادهٔ شما بازمی‌گردد.</translation>
    </message>
    <message>
        <source>Keep earning</source>
        <translation>ادامهٔ کسب سود</translation>
    </message>
    <message>
        <source>Unstake and forfeit</source>
        <translation>لغو استیک و چشم‌پوشی از پاداش</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>لغو استیک</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User management</source>
        <translation>مدیریت کاربران</translation>
    </message>
    <message>
        <source>Roles and freezes take effect at once and are written to the audit log.</source>
        <translation>نقش‌ها و مسدودسازی‌ها فوراً اعمال و در گزارش حسابرسی ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>جستجو با نام، نام کاربری یا ایمیل</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>احراز هویت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(شما)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>رفع مسدودیت</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>مسدود کردن</translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation>کسی با این جستجو پیدا نشد.</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>نمایش %1 از %2</translation>
    </message>
</context>
<context>
    <name>VerifyBalanceView</name>
    <message>
        <source>Back to wallet</source>
        <translation>بازگشت به کیف پول</translation>
    </message>
    <message>
        <source>Verify my balance is included</source>
        <translation>راستی‌آزمایی لحاظ‌شدن موجودی من</translation>
    </message>
    <message>
        <source>AZCoiner publishes a fingerprint (a Merkle sum tree) of everything it owes its users. Your app checks here, without trusting the server, that your balance is counted in it.</source>
        <translation>AZCoiner اثر انگشتی (یک درخت جمع Merkle) از همهٔ بدهی‌هایش به کاربران منتشر می‌کند. برنامهٔ شما اینجا، بدون اعتماد به سرور، بررسی می‌کند که موجودی شما در آن به حساب آمده است.</translation>
    </message>
    <message>
        <source>Latest published snapshot</source>
        <translation>آخرین تصویر لحظه‌ای منتشرشده</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>منتشرشده در %1 توسط %2</translation>
    </message>
    <message>
        <source>No proof of reserves has been published yet.</source>
        <translation>هنوز اثبات ذخایری منتشر نشده است.</translation>
    </message>
    <message>
        <source>Owed to users: %1 %2</source>
        <translation>بدهی به کاربران: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>ریشه %1</translation>
    </message>
    <message>
        <source>Check my balance</source>
        <translation>بررسی موجودی من</translation>
    </message>
    <message>
        <source>Pick an asset. The proof is fetched and verified on this computer.</source>
        <translation>یک دارایی انتخاب کنید. اثبات دریافت و روی همین رایانه راستی‌آزمایی می‌شود.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Not in this snapshot</source>
        <translation>در این تصویر لحظه‌ای نیست</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Your balance in the tree</source>
        <translation>موجودی شما در درخت</translation>
    </message>
    <message>
        <source>Path to the root</source>
        <translation>مسیر تا ریشه</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) among %1 accounts</source>
        <translation>
            <numerusform>%n گام میان %1 حساب</numerusform>
        </translation>
    </message>
    <message>
        <source>Published total</source>
        <translation>مجموع منتشرشده</translation>
    </message>
    <message>
        <source>Published root</source>
        <translation>ریشهٔ منتشرشده</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote %1?</source>
        <translation>رأی %1 می‌دهید؟</translation>
    </message>
    <message>
        <source>On #%1 %2</source>
        <translation>پیشنهاد #%1 %2</translation>
    </message>
    <message>
        <source>Your vote weighs %1 %2: your stake when voting opened. Staking more now would not change it.</source>
        <translation>وزن رأی شما %1 %2 است: مقدار استیک شما هنگام آغاز رأی‌گیری. استیک بیشتر در این لحظه آن را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>You can change your vote until voting ends.</source>
        <translation>تا پایان رأی‌گیری می‌توانید رأی خود را تغییر دهید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>ثبت رأی %1</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>کیف پول</translation>
    </message>
    <message>
        <source>Your balances and everything that moved them.</source>
        <translation>موجودی‌های شما و همهٔ تراکنش‌هایی که آن‌ها را تغییر داده‌اند.</translation>
    </message>
    <message>
        <source>Verify my balance</source>
        <translation>راستی‌آزمایی موجودی</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Loading older entries…</source>
        <translation>در حال بارگیری موارد قدیمی‌تر…</translation>
    </message>
    <message>
        <source>That is all of your %1 history.</source>
        <translation>این همهٔ تاریخچهٔ %1 شماست.</translation>
    </message>
    <message>
        <source>Nothing has moved your %1 balance yet.</source>
        <translation>موجودی %1 شما هنوز هیچ تغییری نکرده است.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>واریز</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>برداشت</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>واریزها</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>برداشت‌ها</translation>
    </message>
    <message>
        <source>No deposits yet. Press Deposit to see your address.</source>
        <translation>هنوز واریزی نیست. برای دیدن آدرس خود «واریز» را بزنید.</translation>
    </message>
    <message>
        <source>Deposits from a blockchain are not available yet.</source>
        <translation>واریز از بلاک‌چین هنوز در دسترس نیست.</translation>
    </message>
    <message>
        <source>No withdrawals yet.</source>
        <translation>هنوز برداشتی نیست.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>پرداخت</translation>
    </message>
</context>
<context>
    <name>WalletWords</name>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسالی</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>اصلاح موجودی</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>در حال تأیید</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>واریز شد</translation>
    </message>
    <message>
        <source>Dropped by the network</source>
        <translation>حذف‌شده توسط شبکه</translation>
    </message>
    <message>
        <source>Below the minimum</source>
        <translation>کمتر از حداقل</translation>
    </message>
    <message>
        <source>%1/%2 confirmations. It is added to your balance when all are in.</source>
        <translation>%1 از %2 تأیید. پس از کامل‌شدن تأییدها به موجودی شما اضافه می‌شود.</translation>
    </message>
    <message>
        <source>Added to your balance.</source>
        <translation>به موجودی شما اضافه شد.</translation>
    </message>
    <message>
        <source>The block with this payment was replaced by the network before it was final, so the payment never happened. Nothing was added; send it again if your wallet shows it as failed.</source>
        <translation>بلوکی که این پرداخت در آن بود پیش از قطعی‌شدن توسط شبکه جایگزین شد، پس پرداخت انجام نشد. چیزی اضافه نشد؛ اگر کیف پول شما آن را ناموفق نشان می‌دهد دوباره بفرستید.</translation>
    </message>
    <message>
        <source>This amount is below the minimum deposit, so it was not added to your balance. Contact support if you need it back.</source>
        <translation>این مبلغ کمتر از حداقل واریز است و به موجودی شما اضافه نشد. اگر به آن نیاز دارید با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضا شد</translation>
    </message>
    <message>
        <source>Sent to the network</source>
        <translation>ارسال‌شده به شبکه</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>درخواست شد</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdrawal requested</source>
        <translation>درخواست برداشت ثبت شد</translation>
    </message>
    <message>
        <source>Withdraw to a blockchain address</source>
        <translation>برداشت به آدرس بلاک‌چین</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>دارایی</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>قطع</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Pick an address from your address book →</source>
        <translation>یک آدرس از دفترچهٔ آدرس انتخاب کنید ←</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Available: %1 %2</source>
        <translation>قابل استفاده: %1 %2</translation>
    </message>
    <message>
        <source>Minimum: %1 %2</source>
        <translation>حداقل: %1 %2</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>کارمزد شبکه</translation>
    </message>
    <message>
        <source>Total you pay</source>
        <translation>مجموع پرداختی شما</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>تأییدهای لازم</translation>
    </message>
    <message>
        <source>Left of your 24-hour limit</source>
        <translation>باقی‌ماندهٔ سقف ۲۴ ساعتهٔ شما</translation>
    </message>
    <message>
        <source>Working out the fee…</source>
        <translation>در حال محاسبهٔ کارمزد…</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>کد برنامهٔ احراز هویت</translation>
    </message>
    <message>
        <source>Withdrawals of this size need it.</source>
        <translation>برداشت‌هایی با این مبلغ به آن نیاز دارند.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 is waiting for approval. The amount and the fee are held until it is sent; follow it under Withdrawals.</source>
        <translation>%1 %2 به %3 در انتظار تأیید است. مبلغ و کارمزد تا ارسال نگه داشته می‌شوند؛ آن را در «برداشت‌ها» دنبال کنید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Withdraw again</source>
        <translation>برداشت دوباره</translation>
    </message>
    <message>
        <source>Withdraw %1 %2</source>
        <translation>برداشت %1 %2</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>برداشت</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>دفترچهٔ آدرس</translation>
    </message>
    <message>
        <source>You can only withdraw to saved addresses. A new one can be used after a waiting period, so a stolen session cannot empty your account.</source>
        <translation>فقط به آدرس‌های ذخیره‌شده می‌توانید برداشت کنید. آدرس جدید پس از یک دورهٔ انتظار قابل استفاده است تا یک نشست دزدیده‌شده نتواند حساب شما را خالی کند.</translation>
    </message>
    <message>
        <source>No saved addresses yet. Add the first one below.</source>
        <translation>هنوز آدرسی ذخیره نشده است. اولین را در پایین اضافه کنید.</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>آدرس جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>e.g. My hardware wallet</source>
        <translation>مثلاً کیف پول سخت‌افزاری من</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>گذرواژه‌ی شما</translation>
    </message>
    <message>
        <source>2FA code</source>
        <translation>کد تأیید دومرحله‌ای</translation>
    </message>
</context>
<context>
    <name>WithdrawalQueueView</name>
    <message>
        <source>Reject this withdrawal?</source>
        <translation>این برداشت رد شود؟</translation>
    </message>
    <message>
        <source>The amount goes back to the user&apos;s balance. The user reads this reason; the audit log keeps it.</source>
        <translation>مبلغ به موجودی کاربر برمی‌گردد. کاربر این دلیل را می‌خواند و گزارش ممیزی آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Withdrawals waiting for approval</source>
        <translation>برداشت‌های در انتظار تأیید</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 در انتظار</translation>
    </message>
    <message>
        <source>fee %1 · total %2</source>
        <translation>کارمزد %1 · مجموع %2</translation>
    </message>
    <message>
        <source>to %1 on %2</source>
        <translation>به %1 در %2</translation>
    </message>
    <message>
        <source>Approvals %1/%2</source>
        <translation>تأییدها %1/%2</translation>
    </message>
    <message>
        <source>you approved it</source>
        <translation>شما تأیید کرده‌اید</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>No withdrawal is waiting for approval.</source>
        <translation>هیچ برداشتی در انتظار تأیید نیست.</translation>
    </message>
</context>
<context>
    <name>WithdrawalRow</name>
    <message>
        <source>to %1</source>
        <translation>به %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>Approvals: %1 of %2. The amount and the fee (%3 %4) are held meanwhile.</source>
        <translation>تأییدها: %1 از %2. مبلغ و کارمزد (%3 %4) در این مدت نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>%1/%2 confirmations</source>
        <translation>%1 از %2 تأیید</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>تراکنش %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>The transaction hash was copied.</source>
        <translation>شناسهٔ تراکنش کپی شد.</translation>
    </message>
</context>
<context>
    <name>azc::BotsModel</name>
    <message>
        <source>A bot&apos;s username has 4 to 32 characters (a–z, 0–9, _), starts with a letter and ends in “bot”.</source>
        <translation>نام کاربری ربات ۴ تا ۳۲ نویسه دارد (a–z، 0–9، _)، با یک حرف شروع می‌شود و به «bot» ختم می‌شود.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>این نام کاربری قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>You can own at most 20 bots.</source>
        <translation>حداکثر ۲۰ ربات می‌توانید داشته باشید.</translation>
    </message>
</context>
<context>
    <name>azc::BridgeQuoteFlow</name>
    <message>
        <source>You paid %1 %2, of which %3 %2 was the fee, and received %4 %5.</source>
        <translation>%1 %2 پرداخت کردید که %3 %2 از آن کارمزد بود، و %4 %5 دریافت کردید.</translation>
    </message>
    <message>
        <source>You gave %1 %2 and received %3 %4 after a fee of %5 %4.</source>
        <translation>%1 %2 دادید و پس از کسر کارمزد %5 %4، مقدار %3 %4 دریافت کردید.</translation>
    </message>
</context>
<context>
    <name>azc::CallManager</name>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
</context>
<context>
    <name>azc::ChatMessagesModel</name>
    <message>
        <source>Deleted message</source>
        <translation>پیام حذف‌شده</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 در حال نوشتن است…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 و %2 در حال نوشتن هستند…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n نفر در حال نوشتن هستند…</numerusform>
        </translation>
    </message>
    <message>
        <source>Message forwarded.</source>
        <translation>پیام هدایت شد.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>فایل ذخیره نشد.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 ذخیره شد</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 پیوست</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 خارج شد</translation>
    </message>
    <message>
        <source>%1 added a member</source>
        <translation>%1 یک عضو اضافه کرد</translation>
    </message>
    <message>
        <source>%1 removed a member</source>
        <translation>%1 یک عضو را حذف کرد</translation>
    </message>
    <message>
        <source>%1 changed the conversation</source>
        <translation>%1 گفتگو را تغییر داد</translation>
    </message>
    <message>
        <source>%1 opened the trade: %2 for %3. The coins are in escrow.</source>
        <translation>%1 معامله را باز کرد: %2 در برابر %3. رمزارز به امانت سپرده شده است.</translation>
    </message>
    <message>
        <source>%1 marked %2 as paid.</source>
        <translation>%1، %2 را پرداخت‌شده علامت زد.</translation>
    </message>
    <message>
        <source>%1 released %2. Trade completed.</source>
        <translation>%1، %2 را آزاد کرد. معامله تکمیل شد.</translation>
    </message>
    <message>
        <source>%1 cancelled the trade. The escrow went back.</source>
        <translation>%1 معامله را لغو کرد. امانت بازگشت.</translation>
    </message>
    <message>
        <source>Nobody paid in time: the trade expired and the escrow went back.</source>
        <translation>کسی به‌موقع پرداخت نکرد: معامله منقضی شد و امانت بازگشت.</translation>
    </message>
    <message>
        <source>%1 appealed to support. Support has joined this chat.</source>
        <translation>%1 نزد پشتیبانی اعتراض کرد. پشتیبانی به این گفتگو پیوست.</translation>
    </message>
    <message>
        <source>Support released %1 to the buyer.</source>
        <translation>پشتیبانی %1 را برای خریدار آزاد کرد.</translation>
    </message>
    <message>
        <source>Support refunded %1 to the seller.</source>
        <translation>پشتیبانی %1 را به فروشنده بازگرداند.</translation>
    </message>
    <message>
        <source>%1 updated the trade.</source>
        <translation>%1 معامله را به‌روز کرد.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>azc::CustodyAddressBookModel</name>
    <message>
        <source>Give the address a name, like “My hardware wallet”.</source>
        <translation>برای آدرس نامی بگذارید، مثلاً «کیف پول سخت‌افزاری من».</translation>
    </message>
    <message>
        <source>Saved. For your safety it can be used from %1.</source>
        <translation>ذخیره شد. برای امنیت شما از %1 قابل استفاده است.</translation>
    </message>
    <message>
        <source>The address was removed from your address book.</source>
        <translation>آدرس از دفترچهٔ آدرس شما حذف شد.</translation>
    </message>
    <message>
        <source>Enter your password to save a new address.</source>
        <translation>برای ذخیره‌ی نشانی جدید، گذرواژه‌ی خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyNetworksModel</name>
    <message>
        <source>Check the field “%1”.</source>
        <translation>فیلد «%1» را بررسی کنید.</translation>
    </message>
    <message>
        <source>The network was saved.</source>
        <translation>شبکه ذخیره شد.</translation>
    </message>
    <message>
        <source>The asset settings were saved.</source>
        <translation>تنظیمات دارایی ذخیره شد.</translation>
    </message>
    <message>
        <source>The withdrawal limit for level %1 was saved.</source>
        <translation>سقف برداشت برای سطح %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalRequest</name>
    <message>
        <source>Withdrawals of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>برداشت‌هایی با این مبلغ به ورود دومرحله‌ای نیاز دارند. آن را در «نمایه و امنیت» روشن کنید.</translation>
    </message>
</context>
<context>
    <name>azc::CustodyWithdrawalsModel</name>
    <message>
        <source>The withdrawal was cancelled and the amount is available again.</source>
        <translation>برداشت لغو شد و مبلغ دوباره قابل استفاده است.</translation>
    </message>
    <message>
        <source>Your approval was recorded.</source>
        <translation>تأیید شما ثبت شد.</translation>
    </message>
    <message>
        <source>Write the reason the user will see (at least 3 characters).</source>
        <translation>دلیلی را که کاربر می‌بیند بنویسید (دست‌کم ۳ نویسه).</translation>
    </message>
    <message>
        <source>Rejected. The amount was returned to the user, who was told why.</source>
        <translation>رد شد. مبلغ به کاربر برگردانده شد و دلیل به او اعلام شد.</translation>
    </message>
</context>
<context>
    <name>azc::ErrorSink</name>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>گذرواژه خیلی کوتاه است: دست‌کم ۱۰ نویسه به کار ببرید.</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>این گذرواژه خیلی رایج است. گذرواژه‌ای انتخاب کنید که حدس زدنش سخت‌تر باشد.</translation>
    </message>
    <message>
        <source>The password must not contain your username.</source>
        <translation>گذرواژه نباید نام کاربری شما را داشته باشد.</translation>
    </message>
    <message>
        <source>This password is too weak.</source>
        <translation>این گذرواژه خیلی ضعیف است.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>نام کاربری یا گذرواژه درست نیست.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>کد ۶ رقمی برنامهٔ احراز هویت را وارد کنید.</translation>
    </message>
    <message>
        <source>That code is not valid. Check your authenticator app and try again.</source>
        <translation>این کد معتبر نیست. برنامهٔ احراز هویت را بررسی و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This account is frozen. Contact support.</source>
        <translation>این حساب مسدود است. با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>This username is already taken.</source>
        <translation>این نام کاربری قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>Usernames have 3 to 32 characters: a–z, 0–9, _ and dot.</source>
        <translation>نام کاربری ۳ تا ۳۲ نویسه دارد: a–z، 0–9، _ و نقطه.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>این نشانی ایمیل درست به نظر نمی‌رسد.</translation>
    </message>
    <message>
        <source>That phone number does not look right.</source>
        <translation>این شمارهٔ تلفن درست به نظر نمی‌رسد.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>نشست شما پایان یافت. لطفاً دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>اجازهٔ انجام این کار را ندارید.</translation>
    </message>
    <message>
        <source>Verify your identity (level %1) to use this.</source>
        <translation>برای استفاده از این بخش، هویت خود را تأیید کنید (سطح %1).</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>درخواست‌ها بیش از حد است. کمی صبر کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This cannot be done in the current state. Refresh and try again.</source>
        <translation>در وضعیت کنونی این کار ممکن نیست. صفحه را تازه کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and PDF files can be uploaded.</source>
        <translation>فقط فایل‌های PNG، JPEG و PDF را می‌توان بارگذاری کرد.</translation>
    </message>
    <message>
        <source>The file is too large (10 MB at most).</source>
        <translation>فایل خیلی بزرگ است (حداکثر ۱۰ مگابایت).</translation>
    </message>
    <message>
        <source>The upload was damaged on the way. Try again.</source>
        <translation>بارگذاری در مسیر آسیب دید. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>برخی از مشخصات معتبر نیستند.</translation>
    </message>
    <message>
        <source>Check the field “%1”.</source>
        <translation>فیلد «%1» را بررسی کنید.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>سرور به‌موقع پاسخ نداد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Reconnecting…</source>
        <translation>اتصال به سرور قطع شد. در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>فایل خوانده نشد.</translation>
    </message>
    <message>
        <source>Add at least one document.</source>
        <translation>دست‌کم یک مدرک اضافه کنید.</translation>
    </message>
    <message>
        <source>Add at most six documents.</source>
        <translation>حداکثر شش مدرک اضافه کنید.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>مشکلی در سرور پیش آمد. بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>مشکلی پیش آمد (%1).</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>۱ دقیقه</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>The balance does not cover this amount.</source>
        <translation>موجودی برای این مبلغ کافی نیست.</translation>
    </message>
    <message>
        <source>This is above the transfer limit; %1 can still be sent in the next 24 hours.</source>
        <translation>این مبلغ از سقف انتقال بیشتر است؛ در ۲۴ ساعت آینده هنوز می‌توان %1 ارسال کرد.</translation>
    </message>
    <message>
        <source>This needs the 6-digit code from your authenticator app.</source>
        <translation>این کار به کد ۶ رقمی برنامهٔ احراز هویت نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no such asset.</source>
        <translation>چنین دارایی‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>This asset is disabled for now.</source>
        <translation>این دارایی فعلاً غیرفعال است.</translation>
    </message>
    <message>
        <source>That amount is not valid for this asset (check the number of decimals).</source>
        <translation>این مبلغ برای این دارایی معتبر نیست (تعداد رقم‌های اعشار را بررسی کنید).</translation>
    </message>
    <message>
        <source>This request was already made with other details. Start again.</source>
        <translation>این درخواست پیش‌تر با مشخصات دیگری ثبت شده است. از نو شروع کنید.</translation>
    </message>
    <message>
        <source>Too many wrong passwords or codes. Try again in %1.</source>
        <translation>گذرواژه یا کد اشتباه بیش از حد وارد شده است. %1 دیگر دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>azc::GovernanceProposal</name>
    <message>
        <source>The published tally could not be read: %1</source>
        <translation>نتیجهٔ شمارش منتشرشده خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The tally&apos;s root is not the one the proposal published.</source>
        <translation>ریشهٔ شمارش با ریشه‌ای که پیشنهاد منتشر کرده یکی نیست.</translation>
    </message>
    <message>
        <source>Your vote could not be read.</source>
        <translation>رأی شما خوانده نشد.</translation>
    </message>
    <message>
        <source>Your vote is not in the published tally as you cast it.</source>
        <translation>رأی شما، آن‌طور که داده‌اید، در شمارش منتشرشده نیست.</translation>
    </message>
    <message>
        <source>The published tally does not add up: %1</source>
        <translation>جمع‌های شمارش منتشرشده با هم نمی‌خوانند: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message numerus="yes">
        <source>Your vote (%1, weight %2 %3) is counted: the %n published vote(s) rebuild the root and the totals.</source>
        <translation>
            <numerusform>رأی شما (%1، وزن %2 %3) شمرده شده است: %n رأی منتشرشده همان ریشه و همان مجموع‌ها را از نو می‌سازند.</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not vote on this proposal.</source>
        <translation>شما در این پیشنهاد رأی نداده‌اید.</translation>
    </message>
    <message>
        <source>The blockchain holds a different result for this proposal.</source>
        <translation>بلاک‌چین نتیجهٔ متفاوتی برای این پیشنهاد دارد.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>against</source>
        <translation>مخالف</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>ممتنع</translation>
    </message>
</context>
<context>
    <name>azc::KycModel</name>
    <message>
        <source>Your documents were sent. Support will review them.</source>
        <translation>مدارک شما ارسال شد. پشتیبانی آن‌ها را بررسی می‌کند.</translation>
    </message>
</context>
<context>
    <name>azc::KycQueueModel</name>
    <message>
        <source>The case is assigned to you.</source>
        <translation>پرونده به شما واگذار شد.</translation>
    </message>
    <message>
        <source>Approved. The user&apos;s verification level was raised.</source>
        <translation>تأیید شد. سطح احراز هویت کاربر بالا رفت.</translation>
    </message>
    <message>
        <source>Rejected. The user was told why.</source>
        <translation>رد شد. دلیل به کاربر گفته شد.</translation>
    </message>
    <message>
        <source>The user was asked to send new documents.</source>
        <translation>از کاربر خواسته شد مدارک جدید بفرستد.</translation>
    </message>
    <message>
        <source>Write the reason the user will see.</source>
        <translation>دلیلی را که کاربر می‌بیند بنویسید.</translation>
    </message>
</context>
<context>
    <name>azc::MerchantConsole</name>
    <message>
        <source>%1 is set up. Send your business documents for verification to start taking payments.</source>
        <translation>%1 راه‌اندازی شد. برای شروع دریافت پرداخت، مدارک کسب‌وکار خود را برای احراز هویت بفرستید.</translation>
    </message>
    <message>
        <source>Your documents are with our team. You will be notified of the decision.</source>
        <translation>مدارک شما به دست تیم ما رسید. نتیجه را به شما اطلاع می‌دهیم.</translation>
    </message>
    <message>
        <source>Refunded %1 %2 to the customer&apos;s wallet.</source>
        <translation>%1 %2 به کیف پول مشتری بازپرداخت شد.</translation>
    </message>
    <message>
        <source>Paid out %1 %2 to %3.</source>
        <translation>%1 %2 به %3 تسویه شد.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>صورتحساب %1</translation>
    </message>
    <message>
        <source>Pay with AZCoiner: Wallet → Pay. Valid until %1.</source>
        <translation>پرداخت با AZCoiner: کیف پول ← پرداخت. معتبر تا %1.</translation>
    </message>
</context>
<context>
    <name>azc::P2pPaymentMethodsModel</name>
    <message>
        <source>Fill in every field of the payment method (at most 128 characters each).</source>
        <translation>همهٔ فیلدهای روش پرداخت را پر کنید (هر کدام حداکثر ۱۲۸ نویسه).</translation>
    </message>
</context>
<context>
    <name>azc::P2pTradeSession</name>
    <message>
        <source>The proof could not be uploaded: %1</source>
        <translation>مدرک بارگذاری نشد: %1</translation>
    </message>
</context>
<context>
    <name>azc::PaymentCheckout</name>
    <message>
        <source>This is not an AZCoiner payment code.</source>
        <translation>این کد پرداخت AZCoiner نیست.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>در این تصویر کد QR یا بارکدی پیدا نشد.</translation>
    </message>
    <message>
        <source>This file is not a picture the app can read.</source>
        <translation>این فایل تصویری نیست که برنامه بتواند بخواند.</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <translation>مبلغ پرداخت را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید، مثلاً 12.5.</translation>
    </message>
    <message>
        <source>This payment code is unknown. Ask the merchant for a new one.</source>
        <translation>این کد پرداخت شناخته‌شده نیست. از پذیرنده کد جدیدی بخواهید.</translation>
    </message>
    <message>
        <source>This invoice is already paid.</source>
        <translation>این صورتحساب قبلاً پرداخت شده است.</translation>
    </message>
    <message>
        <source>This invoice has expired. Ask the merchant for a new one.</source>
        <translation>این صورتحساب منقضی شده است. از پذیرنده صورتحساب جدیدی بخواهید.</translation>
    </message>
    <message>
        <source>The merchant cancelled this invoice.</source>
        <translation>پذیرنده این صورتحساب را لغو کرده است.</translation>
    </message>
    <message>
        <source>This invoice is being paid right now.</source>
        <translation>این صورتحساب هم‌اکنون در حال پرداخت است.</translation>
    </message>
    <message>
        <source>This merchant cannot take payments right now.</source>
        <translation>این پذیرنده فعلاً نمی‌تواند پرداخت دریافت کند.</translation>
    </message>
    <message>
        <source>This invoice cannot be paid.</source>
        <translation>این صورتحساب قابل پرداخت نیست.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover this payment.</source>
        <translation>موجودی قابل استفادهٔ %1 شما برای این پرداخت کافی نیست.</translation>
    </message>
    <message>
        <source>This is above your payment limit (%1 %2). You can still pay %3 %2 in the next 24 hours.</source>
        <translation>این مبلغ از سقف پرداخت شما (%1 %2) بیشتر است. در ۲۴ ساعت آینده هنوز می‌توانید %3 %2 پرداخت کنید.</translation>
    </message>
    <message>
        <source>Payments of this size need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>پرداخت‌هایی با این مبلغ به احراز هویت دومرحله‌ای نیاز دارند. آن را در «نمایه و امنیت» فعال کنید.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>کد ۶ رقمی برنامهٔ احراز هویت را وارد کنید.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Pay again: it will not be paid twice.</source>
        <translation>اتصال پیش از رسیدن پاسخ قطع شد. دوباره «پرداخت» را بزنید: مبلغ دو بار پرداخت نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramDeveloperConsole</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>خواندن فایل ممکن نیست.</translation>
    </message>
    <message>
        <source>Create your signing key first.</source>
        <translation>ابتدا کلید امضای خود را بسازید.</translation>
    </message>
    <message>
        <source>Uploading %1 %2…</source>
        <translation>در حال بارگذاری %1 %2…</translation>
    </message>
    <message>
        <source>%1 %2 is waiting for review.</source>
        <translation>%1 %2 در انتظار بررسی است.</translation>
    </message>
</context>
<context>
    <name>azc::ProgramSession</name>
    <message>
        <source>This mini program tried to break out of its sandbox and was stopped.</source>
        <translation>این برنامک تلاش کرد از محیط ایزولهٔ خود بیرون برود و متوقف شد.</translation>
    </message>
    <message>
        <source>AZCoiner suspended this mini program. It was closed.</source>
        <translation>AZCoiner این برنامک را تعلیق کرده است. برنامک بسته شد.</translation>
    </message>
    <message>
        <source>This mini program is larger than allowed.</source>
        <translation>حجم این برنامک بیش از حد مجاز است.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files are not the ones AZCoiner reviewed, so it was not started.</source>
        <translation>فایل‌های این برنامک همان‌هایی نیستند که AZCoiner بررسی کرده است، بنابراین اجرا نشد.</translation>
    </message>
    <message>
        <source>This mini program&apos;s files cannot be read.</source>
        <translation>فایل‌های این برنامک خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>کد برنامهٔ احراز هویت خود را وارد کنید.</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in this picture.</source>
        <translation>در این تصویر کد QR یا بارکدی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>azc::ProposalComposer</name>
    <message>
        <source>Name the recipient and the amount the fund pays.</source>
        <translation>گیرنده و مبلغی را که صندوق می‌پردازد مشخص کنید.</translation>
    </message>
    <message>
        <source>The fee rate is a percentage with at most 6 decimals.</source>
        <translation>نرخ کارمزد درصدی با حداکثر ۶ رقم اعشار است.</translation>
    </message>
    <message>
        <source>Choose the market.</source>
        <translation>بازار را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The new rate is a percentage with at most 2 decimals.</source>
        <translation>نرخ جدید درصدی با حداکثر ۲ رقم اعشار است.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>اقدام ناشناخته.</translation>
    </message>
</context>
<context>
    <name>azc::ReserveProofModel</name>
    <message>
        <source>The proof is not about your account.</source>
        <translation>این اثبات مربوط به حساب شما نیست.</translation>
    </message>
    <message>
        <source>The proof contains a negative balance, which would hide liabilities.</source>
        <translation>اثبات شامل موجودی منفی است که می‌تواند بدهی‌ها را پنهان کند.</translation>
    </message>
    <message>
        <source>The sums in the proof overflow.</source>
        <translation>جمع‌های درون اثبات سرریز می‌شوند.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published root.</source>
        <translation>بازسازی درخت از موجودی شما به ریشهٔ منتشرشده نمی‌رسد.</translation>
    </message>
    <message>
        <source>Rebuilding the tree from your balance does not give the published total.</source>
        <translation>بازسازی درخت از موجودی شما به مجموع منتشرشده نمی‌رسد.</translation>
    </message>
    <message>
        <source>The proof is malformed.</source>
        <translation>ساختار اثبات نادرست است.</translation>
    </message>
    <message>
        <source>The proof belongs to another snapshot than the published one.</source>
        <translation>اثبات به تصویر لحظه‌ای دیگری جز نسخهٔ منتشرشده تعلق دارد.</translation>
    </message>
    <message>
        <source>The proof counts %1 in other units than the published snapshot.</source>
        <translation>اثبات، %1 را با واحدی متفاوت از تصویر لحظه‌ای منتشرشده می‌شمارد.</translation>
    </message>
    <message>
        <source>The proof&apos;s root is not the published root.</source>
        <translation>ریشهٔ اثبات با ریشهٔ منتشرشده یکی نیست.</translation>
    </message>
    <message>
        <source>The proof&apos;s total is not the published total.</source>
        <translation>مجموع اثبات با مجموع منتشرشده یکی نیست.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Your balance of %1 %2 is included in the snapshot of %3, root %4</source>
        <translation>موجودی %1 %2 شما در تصویر لحظه‌ای %3 با ریشهٔ %4 گنجانده شده است</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>تأیید نشد: %1</translation>
    </message>
    <message>
        <source>You held no %1 when this snapshot was taken, so it has no entry for you.</source>
        <translation>هنگام گرفتن این تصویر لحظه‌ای هیچ %1 نداشتید، پس موردی برای شما در آن نیست.</translation>
    </message>
    <message>
        <source>The proof could not be fetched: %1</source>
        <translation>اثبات دریافت نشد: %1</translation>
    </message>
</context>
<context>
    <name>azc::ReviewDocuments</name>
    <message>
        <source>This case has no documents.</source>
        <translation>این پرونده مدرکی ندارد.</translation>
    </message>
    <message>
        <source>The document could not be loaded.</source>
        <translation>مدرک بارگیری نشد.</translation>
    </message>
    <message>
        <source>PDF documents cannot be previewed here yet (%1 KB).</source>
        <translation>پیش‌نمایش مدارک PDF هنوز اینجا ممکن نیست (%1 کیلوبایت).</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation>این فایل تصویری قابل نمایش نیست.</translation>
    </message>
</context>
<context>
    <name>azc::Session</name>
    <message>
        <source>Profile saved.</source>
        <translation>نمایه ذخیره شد.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>گذرواژه تغییر کرد. نشست‌های دیگر شما بسته شدند.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off.</source>
        <translation>احراز هویت دومرحله‌ای غیرفعال شد.</translation>
    </message>
</context>
<context>
    <name>azc::SessionsModel</name>
    <message>
        <source>The session was signed out.</source>
        <translation>نشست بسته شد.</translation>
    </message>
    <message>
        <source>Signed out 1 other session.</source>
        <translation>۱ نشست دیگر بسته شد.</translation>
    </message>
    <message>
        <source>Signed out %1 other sessions.</source>
        <translation>%1 نشست دیگر بسته شد.</translation>
    </message>
</context>
<context>
    <name>azc::SwapSession</name>
    <message>
        <source>Only part of your amount could be swapped; the rest stayed in your wallet. You received %1 %2 instead of the quoted %3 %2.</source>
        <translation>فقط بخشی از مبلغ شما تبدیل شد؛ باقی در کیف پولتان ماند. به جای %3 %2 اعلام‌شده، %1 %2 دریافت کردید.</translation>
    </message>
    <message>
        <source>The market moved before the swap went through, so the price changed: you received %1 %2 instead of the quoted %3 %2.</source>
        <translation>بازار پیش از انجام تبدیل تغییر کرد و قیمت عوض شد: به جای %3 %2 اعلام‌شده، %1 %2 دریافت کردید.</translation>
    </message>
    <message>
        <source>Swapped at the quoted price.</source>
        <translation>با همان قیمت اعلام‌شده تبدیل شد.</translation>
    </message>
</context>
<context>
    <name>azc::TrayNotifier</name>
    <message>
        <source>AZCoiner: %1 unread</source>
        <translation>AZCoiner: %1 خوانده‌نشده</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryAdjustmentsModel</name>
    <message>
        <source>Give a reason of at least 5 characters: the approver and the audit log read it.</source>
        <translation>دلیلی با دست‌کم ۵ نویسه بنویسید: تأییدکننده آن را می‌خواند و در گزارش حسابرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Adjustment requested. Another admin must approve it.</source>
        <translation>اصلاحیه درخواست شد. مدیر دیگری باید آن را تأیید کند.</translation>
    </message>
    <message>
        <source>Adjustment approved: the balance has changed.</source>
        <translation>اصلاحیه تأیید شد: موجودی تغییر کرد.</translation>
    </message>
    <message>
        <source>Not approved: %1.</source>
        <translation>تأیید نشد: %1.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>دلیلی بنویسید: در گزارش حسابرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Adjustment rejected.</source>
        <translation>اصلاحیه رد شد.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryFeesModel</name>
    <message>
        <source>Fee for %1 %2 saved.</source>
        <translation>کارمزد %1 %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryLimitsModel</name>
    <message>
        <source>Limits for %1 at level %2 saved.</source>
        <translation>سقف‌های %1 برای سطح %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>azc::TreasuryOverviewModel</name>
    <message>
        <source>Proof of reserves published. Users can now check that they are included.</source>
        <translation>اثبات ذخایر منتشر شد. کاربران اکنون می‌توانند بررسی کنند که به حساب آمده‌اند.</translation>
    </message>
</context>
<context>
    <name>azc::UsersModel</name>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 اکنون %2 است.</translation>
    </message>
    <message>
        <source>Give a reason: it is written to the audit log.</source>
        <translation>دلیلی بنویسید: در گزارش حسابرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>%1 is frozen.</source>
        <translation>%1 مسدود شد.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 دوباره فعال است.</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>support staff</source>
        <translation>کارمند پشتیبانی</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>کاربر عادی</translation>
    </message>
</context>
<context>
    <name>azc::WalletHistoryModel</name>
    <message>
        <source>AZCoiner</source>
        <translation>AZCoiner</translation>
    </message>
</context>
<context>
    <name>azc::WalletTransfer</name>
    <message>
        <source>Enter the username of the person you are paying.</source>
        <translation>نام کاربری کسی را که به او پرداخت می‌کنید وارد کنید.</translation>
    </message>
    <message>
        <source>You cannot send money to yourself.</source>
        <translation>نمی‌توانید به خودتان پول بفرستید.</translation>
    </message>
    <message>
        <source>%1 has at most %2 decimals.</source>
        <translation>دارایی %1 حداکثر %2 رقم اعشار دارد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, like 12.5.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید، مثلاً 12.5.</translation>
    </message>
    <message>
        <source>There is no AZCoiner user named “%1”.</source>
        <translation>کاربری با نام «%1» در AZCoiner وجود ندارد.</translation>
    </message>
    <message>
        <source>@%1 cannot receive money right now.</source>
        <translation>کاربر @%1 در حال حاضر نمی‌تواند پول دریافت کند.</translation>
    </message>
    <message>
        <source>Your available %1 balance does not cover the amount and the fee.</source>
        <translation>موجودی قابل استفادهٔ %1 شما برای مبلغ و کارمزد کافی نیست.</translation>
    </message>
    <message>
        <source>Sending %1 is not available at your verification level. Verify your identity to unlock it.</source>
        <translation>ارسال %1 در سطح احراز هویت شما امکان‌پذیر نیست. برای فعال‌شدن آن، هویت خود را تأیید کنید.</translation>
    </message>
    <message>
        <source>This is above your limit (%1 %2). You can still send %3 %2 in the next 24 hours.</source>
        <translation>این مبلغ از سقف شما (%1 %2) بیشتر است. در ۲۴ ساعت آینده هنوز می‌توانید %3 %2 ارسال کنید.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need two-factor authentication. Turn it on under Profile &amp; security.</source>
        <translation>انتقال‌های بیش از %1 %2 به احراز هویت دومرحله‌ای نیاز دارند. آن را در «نمایه و امنیت» فعال کنید.</translation>
    </message>
    <message>
        <source>Transfers above %1 %2 need the 6-digit code from your authenticator app.</source>
        <translation>انتقال‌های بیش از %1 %2 به کد ۶ رقمی برنامهٔ احراز هویت نیاز دارند.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Press Send again: it will not be sent twice.</source>
        <translation>اتصال پیش از رسیدن پاسخ قطع شد. «ارسال دوباره» را بزنید: دو بار ارسال نمی‌شود.</translation>
    </message>
</context>
</TS>
