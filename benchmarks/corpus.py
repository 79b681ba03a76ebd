"""A deterministic corpus of generated Arabic and English news articles, for benchmarks.

Articles are composed from sentence templates written for this file, filled with names, numbers and
temporal expressions in the written forms the engine handles (absolute and relative dates, weekdays,
months in the three Arabic series, Hijri dates, durations, ranges, clock times, sets) and with
numbers that are not times. The articles in seeds/ are mixed in. The same seed gives the same corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from timeline.io.sources import read_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_EVERY = 97
"""One document in this many is an article from seeds/."""

Filler = Callable[[random.Random], str]

_ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _words(items: str) -> tuple[str, ...]:
    return tuple(items.split("|"))


# --- English -------------------------------------------------------------------------------------

EN_MONTHS = _words("January|February|March|April|May|June|July|August|September|October|November|December")
EN_MONTHS_SHORT = _words("Jan.|Feb.|March|April|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec.")
EN_WEEKDAYS = _words("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
EN_NUMBERS = _words("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
EN_UNITS = _words("day|week|month|year|hour")
EN_PEOPLE = _words(
    "Maria Alvarez|John Okafor|Li Wei|Sarah Lindqvist|Ahmed Haddad|Priya Nair|"
    "Tom Becker|Elena Petrova|David Mensah|Yuki Tanaka"
)
EN_ROLES = _words(
    "finance minister|chief executive|spokesman|central bank governor|army chief|"
    "foreign minister|mayor|union leader|prosecutor|senior analyst"
)
EN_ORGS = _words(
    "the World Bank|the United Nations|the European Commission|OPEC|the IMF|"
    "the Red Cross|Reuters|the African Union|the port authority|"
    "the electoral commission"
)
EN_CITIES = _words("Nairobi|Lisbon|Jakarta|Ottawa|Lima|Oslo|Hanoi|Accra|Manila|Vienna|Santiago|Tbilisi")
EN_THINGS = _words(
    "a new refinery|the rail link|a trade agreement|the vaccine programme|"
    "a wind farm|the bond issue|the ceasefire|a desalination plant"
)


def _en_date(rng: random.Random) -> str:
    year, month, day = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28)
    forms = (
        f"{EN_MONTHS[month - 1]} {day}, {year}",
        f"{day} {EN_MONTHS_SHORT[month - 1]} {year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{month}/{day}/{year}",
        f"{EN_MONTHS_SHORT[month - 1]} {day}",
        f"{EN_MONTHS[month - 1]} {year}",
    )
    return rng.choice(forms)


def _en_weekday(rng: random.Random) -> str:
    day = rng.choice(EN_WEEKDAYS)
    return rng.choice((day, f"last {day}", f"next {day}", f"this {day}", f"{day} night", f"{day} morning"))


def _en_relative(rng: random.Random) -> str:
    n, unit = rng.choice(EN_NUMBERS), rng.choice(EN_UNITS)
    return rng.choice(
        (
            "yesterday",
            "today",
            "last week",
            "last month",
            "last year",
            f"{n} {unit}s ago",
            f"{n} {unit}s later",
            "the following day",
            "earlier this month",
            "this year",
        )
    )


def _en_month(rng: random.Random) -> str:
    month, year = rng.choice(EN_MONTHS), rng.randint(1998, 2024)
    return rng.choice(
        (
            f"last {month}",
            f"next {month}",
            month,
            f"early {month}",
            f"mid-{year}",
            f"late {year}",
            f"the third quarter of {year}",
        )
    )


def _en_duration(rng: random.Random) -> str:
    n, unit = rng.choice(EN_NUMBERS), rng.choice(EN_UNITS)
    return rng.choice(
        (
            f"{n} {unit}s",
            f"the past {n} {unit}s",
            f"the next {n} {unit}s",
            "a year and a half",
            f"more than {n} decades",
            f"about {n} weeks",
        )
    )


def _en_time(rng: random.Random) -> str:
    hour, minute = rng.randint(1, 12), rng.choice((0, 15, 30, 45, 10, 42))
    return rng.choice(
        (
            f"{hour} p.m.",
            f"{hour}:{minute:02d} a.m. local time",
            f"{hour + 8}:{minute:02d} GMT",
            "noon",
            "midnight",
        )
    )


def _en_era(rng: random.Random) -> str:
    return rng.choice(("the 1980s", "the 1990s", "the 19th century", "the 1970s", "the past decade"))


def _en_set(rng: random.Random) -> str:
    return rng.choice(
        (f"every {rng.choice(EN_WEEKDAYS)}", "daily", "annually", "every month", "twice a week")
    )


def _en_range(rng: random.Random) -> str:
    year, month, day = rng.randint(2000, 2022), rng.choice(EN_MONTHS), rng.randint(1, 20)
    return rng.choice(
        (f"from {month} {day} to {day + 3}", f"between {year} and {year + 2}", f"{month} {day}-{day + 5}")
    )


def _en_money(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 900)} million dollars", f"{rng.randint(2, 40)} billion euros"))


def _en_share(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 95)} percent", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%"))


EN_FILLERS: dict[str, Filler] = {
    "count": lambda rng: f"{rng.randint(12, 9000):,}",
    "person": lambda rng: rng.choice(EN_PEOPLE),
    "role": lambda rng: rng.choice(EN_ROLES),
    "org": lambda rng: rng.choice(EN_ORGS),
    "city": lambda rng: rng.choice(EN_CITIES),
    "thing": lambda rng: rng.choice(EN_THINGS),
    "date": _en_date,
    "weekday": _en_weekday,
    "rel": _en_relative,
    "month": _en_month,
    "dur": _en_duration,
    "time": _en_time,
    "era": _en_era,
    "set": _en_set,
    "range": _en_range,
    "money": _en_money,
    "share": _en_share,
}

EN_TEMPLATES = (
    "{person}, the {role}, said {weekday} that talks with {org} would resume {month}.",
    "The agreement, signed on {date}, commits {org} to spend {money} over {dur}.",
    "Officials in {city} said {rel} that {thing} had been delayed by {dur}.",
    "Protesters gathered in central {city} at {time} {weekday}, police said.",
    "{org} has met {set} since {date} to review {thing}.",
    "The plant, built in {era}, was closed {rel} after inspectors found cracks.",
    "Trading was suspended {weekday} and will resume at {time}, the exchange said.",
    "{person} will travel to {city} {weekday} for meetings that run {range}.",
    "Inflation reached {share} in {month}, the highest level since {date}.",
    "The {role} resigned {rel}, {dur} after taking office.",
    "A spokesman for {org} declined to comment on the report, published {rel}.",
    "Exports fell by {share} over {dur}, according to figures released {weekday}.",
    "The court adjourned the case until {date}, {person}'s lawyers said.",
    "Engineers expect {thing} to be completed by {month}, {dur} later than planned.",
    "The last audit, carried out in {era}, valued the company at {money}.",
    "Flights between {city} and {city} will run {set} from {date}.",
    "{person} first raised the issue {rel} at a summit in {city}.",
    "Negotiators worked through the night and reached a deal at {time} {weekday}.",
    "Heavy rain has fallen {set} for {dur}, forecasters said {rel}.",
    "The company reported a profit of {money} for {month}, beating forecasts.",
    "Voters go to the polls {weekday}, {dur} after the previous government collapsed.",
    "The festival, held {range}, drew visitors from across the region.",
    "Shares of the carrier, which flies a Boeing 747 on its {city} route, rose sharply {weekday}.",
    "{org} said {rel} that it had received {money} in pledges since {date}.",
    "The ministry has published the figures {set} since {era}.",
    "Police said the suspect was arrested {weekday} in {city} and will appear in court {month}.",
    "The bridge, closed {range}, reopened to traffic {rel}.",
    "Analysts at {org} expect growth of {share} in {month} and slower growth over {dur}.",
    "{person} told reporters {rel} that the plan would cost {money}, or 700 km of new road.",
    "Power was restored at {time}, about {dur} after the outage began.",
    "The talks in {city} are the first since {date}.",
    "The march through {city} passed off peacefully, organisers said.",
)

EN_BACKGROUND = (
    "{person}, the {role}, said the decision reflected {share} of the votes cast by members of {org}.",
    "The project is expected to cost {money} and to employ about {count} people, according to {org}.",
    '"We are not going to accept conditions that hurt ordinary families," {person} told reporters in {city}.',
    "The country's economy grew by {share} and unemployment stood at {share}, official figures show.",
    "More than {count} people have been displaced by the fighting, the Red Cross said in a statement.",
    "{org} has asked donors for {money} to cover food, shelter and medical care for the region.",
    "The line will run for 340 km and carry up to {count} passengers an hour in each direction.",
    "Critics say {thing} favours large companies, while supporters argue it will create jobs in {city}.",
    "The central bank kept its main interest rate at {share} and left its guidance unchanged.",
    "Police fired tear gas to disperse the crowd, and at least {count} people were detained.",
    "The opposition holds {count} of the 450 seats in parliament and has called for a recount.",
    "{person} did not respond to a request for comment sent to the office of the {role}.",
    "The deal includes the purchase of {count} aircraft, including the Boeing 787 and the Airbus A350.",
    "Oil prices rose {share} on concerns about supply, with Brent crude trading near 85 dollars a barrel.",
    "Residents of {city} complained of water shortages and power cuts across several districts.",
    "The report, which runs to {count} pages, lists {count} recommendations for {org}.",
    "Diplomats said the draft resolution was backed by 13 of the 15 members of the Security Council.",
    "{org} estimates that {share} of households in the region lack access to clean drinking water.",
    "Turnout was {share}, according to the electoral commission, which counted {count} ballots.",
    "The company employs {count} staff in {city} and exports most of what it makes to Europe and Asia.",
    "Analysts said the merger would create the region's largest lender, with assets of {money}.",
    "{person}, a former {role}, has denied the charges, which carry heavy fines.",
    "The aid convoy of {count} trucks carried flour, medicine and fuel, the United Nations said.",
    "Officials say the new terminal will handle {count} containers once it is fully built.",
    "May Hassan, a spokeswoman for {org}, said the figures were still being checked by auditors.",
    "The index of 500 leading shares closed {share} higher, led by banks and energy companies.",
)


# --- Arabic --------------------------------------------------------------------------------------

AR_MONTH_SERIES = (
    _words("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
    _words("كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"),
    _words("جانفي|فيفري|مارس|أفريل|ماي|جوان|جويلية|أوت|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
)
"""The Egyptian/Gulf, Levantine and Maghrebi month names."""
AR_HIJRI_MONTHS = _words(
    "محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة"
)
AR_WEEKDAYS = _words("الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد")
AR_PARTS = _words("صباح|مساء|ظهر|فجر|ليلة")
AR_NUMBERS_MASC = _words("ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|عشرة")
AR_NUMBERS_FEM = _words("ثلاث|أربع|خمس|ست|سبع|ثماني|عشر")
AR_UNITS = (  # singular, dual, plural, counted with the feminine-form number
    ("يوم", "يومين", "أيام", False),
    ("أسبوع", "أسبوعين", "أسابيع", False),
    ("شهر", "شهرين", "أشهر", False),
    ("عام", "عامين", "أعوام", False),
    ("سنة", "سنتين", "سنوات", True),
    ("ساعة", "ساعتين", "ساعات", True),
)
AR_PEOPLE = _words(
    "خالد المنصوري|سلمى الحداد|يوسف بن علي|مريم العطار|عمر الشريف|ليلى بوزيد|"
    "فهد القحطاني|نادية الزين|حسن العمري|رنا خوري"
)
AR_ROLES = _words(
    "وزير المالية|المتحدث باسم الحكومة|رئيس الوزراء|محافظ البنك المركزي|"
    "رئيس البرلمان|وزير الخارجية|قائد الجيش|الأمين العام"
)
AR_ORGS = _words(
    "الأمم المتحدة|الجامعة العربية|صندوق النقد الدولي|البنك الدولي|الاتحاد الأفريقي|"
    "منظمة الصحة العالمية|الهلال الأحمر|هيئة الانتخابات"
)
AR_CITIES = _words("القاهرة|تونس|بيروت|عمّان|الرباط|الدوحة|بغداد|الخرطوم|مسقط|الجزائر|طرابلس|دمشق")
AR_THINGS = _words(
    "مشروع السكة الحديدية|محطة تحلية المياه|اتفاق التجارة الحرة|حملة التطعيم|"
    "مفاوضات السلام|خطة الإصلاح الاقتصادي|الميناء الجديد"
)


def _digits(rng: random.Random, text: str) -> str:
    """Arabic news writes digits both ways: a fifth of the numbers come out Arabic-Indic."""
    return text.translate(_ARABIC_DIGITS) if rng.random() < 0.2 else text


def _ar_month_name(rng: random.Random, month: int) -> str:
    series = rng.choice((0, 0, 1, 2, 3))
    if series == 3:
        return f"{AR_MONTH_SERIES[0][month - 1]}/{AR_MONTH_SERIES[1][month - 1]}"
    return AR_MONTH_SERIES[series][month - 1]


def _ar_date(rng: random.Random) -> str:
    year, month, day = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28)
    name = _ar_month_name(rng, month)
    hijri = f"{rng.randint(1, 29)} {rng.choice(AR_HIJRI_MONTHS)} {rng.randint(1425, 1446)} هـ"
    forms = (f"{day} {name} {year}", f"الـ{day} من {name}", f"{day} {name} الجاري", f"{name} {year}", hijri)
    return _digits(rng, rng.choice(forms))


def _ar_weekday(rng: random.Random) -> str:
    day = rng.choice(AR_WEEKDAYS)
    return rng.choice(
        (
            f"يوم {day}",
            day,
            f"{day} الماضي",
            f"{day} المقبل",
            f"{rng.choice(AR_PARTS)} {day}",
            f"أمس {day}",
            f"اليوم {day}",
        )
    )


def _ar_count(rng: random.Random) -> str:
    _, dual, plural, feminine = rng.choice(AR_UNITS)
    number = rng.choice(AR_NUMBERS_FEM if feminine else AR_NUMBERS_MASC)
    return rng.choice((dual, f"{number} {plural}", _digits(rng, f"{rng.randint(3, 10)} {plural}")))


def _ar_relative(rng: random.Random) -> str:
    return rng.choice(
        (
            "أمس",
            "أول أمس",
            "اليوم",
            "غداً",
            "الأسبوع الماضي",
            "الشهر الماضي",
            "العام الماضي",
            f"منذ {_ar_count(rng)}",
            f"قبل {_ar_count(rng)}",
            f"بعد {_ar_count(rng)}",
            "في اليوم التالي",
            "الأسبوع المقبل",
        )
    )


def _ar_month(rng: random.Random) -> str:
    name, year = _ar_month_name(rng, rng.randint(1, 12)), _digits(rng, str(rng.randint(1998, 2024)))
    return rng.choice(
        (
            f"{name} الماضي",
            f"{name} المقبل",
            f"مطلع {name}",
            f"منتصف {year}",
            f"أواخر {year}",
            f"نهاية {name}",
            "الشهر الجاري",
        )
    )


def _ar_duration(rng: random.Random) -> str:
    return rng.choice(
        (
            _ar_count(rng),
            "عام كامل",
            "الشهور الستة الماضية",
            "الأيام المقبلة",
            f"أكثر من {_ar_count(rng)}",
        )
    )


def _ar_time(rng: random.Random) -> str:
    hour, minute = rng.randint(1, 11), rng.choice((0, 15, 30, 45))
    return rng.choice(
        (
            "الساعة الثالثة عصراً",
            "الساعة العاشرة صباحاً",
            _digits(rng, f"الساعة {hour}:{minute:02d}"),
            _digits(rng, f"الساعة {hour + 8}:{minute:02d} بتوقيت غرينتش"),
            "منتصف الليل",
        )
    )


def _ar_era(rng: random.Random) -> str:
    return rng.choice(("عقد الثمانينيات", "القرن الماضي", "التسعينيات", "القرن التاسع عشر", "السبعينيات"))


def _ar_set(rng: random.Random) -> str:
    return rng.choice((f"كل يوم {rng.choice(AR_WEEKDAYS)}", "سنوياً", "يومياً", "كل شهر", "أسبوعياً"))


def _ar_range(rng: random.Random) -> str:
    year, day = rng.randint(2000, 2022), rng.randint(1, 20)
    name = _ar_month_name(rng, rng.randint(1, 12))
    return _digits(
        rng,
        rng.choice(
            (
                f"بين {year} و{year + 2}",
                f"من {day} إلى {day + 4} {name}",
                f"منذ مساء {rng.choice(AR_WEEKDAYS)} وحتى {rng.choice(AR_WEEKDAYS)}",
            )
        ),
    )


def _ar_money(rng: random.Random) -> str:
    return _digits(
        rng, rng.choice((f"{rng.randint(2, 90)} مليارات دينار", f"{rng.randint(3, 700)} مليون دولار"))
    )


def _ar_share(rng: random.Random) -> str:
    return _digits(
        rng, rng.choice((f"{rng.randint(2, 95)} في المئة", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%"))
    )


AR_FILLERS: dict[str, Filler] = {
    "count": lambda rng: _digits(rng, str(rng.randint(12, 9000))),
    "person": lambda rng: rng.choice(AR_PEOPLE),
    "role": lambda rng: rng.choice(AR_ROLES),
    "org": lambda rng: rng.choice(AR_ORGS),
    "city": lambda rng: rng.choice(AR_CITIES),
    "thing": lambda rng: rng.choice(AR_THINGS),
    "date": _ar_date,
    "weekday": _ar_weekday,
    "rel": _ar_relative,
    "month": _ar_month,
    "dur": _ar_duration,
    "time": _ar_time,
    "era": _ar_era,
    "set": _ar_set,
    "range": _ar_range,
    "money": _ar_money,
    "share": _ar_share,
}

AR_TEMPLATES = (
    "قال {role} {person} {weekday} إن المحادثات مع {org} ستستأنف {month}.",
    "وأعلنت {org} {rel} أن {thing} توقف لمدة {dur} بسبب نقص التمويل.",
    "وتجمع مئات المحتجين وسط {city} {weekday}، بحسب ما أفادت الشرطة.",
    "ووقع الجانبان الاتفاق في {date}، ويلزم الاتفاق {org} بإنفاق {money}.",
    "وكانت القاعدة قد أنشئت في {era}، وأغلقت {rel} بعد اكتشاف تصدعات.",
    "وسيتوجه {person} إلى {city} {weekday} لإجراء محادثات تستمر على مدار {dur}.",
    "وارتفع معدل التضخم إلى {share} في {month}، وهو أعلى مستوى منذ {date}.",
    "واستقال {role} {rel}، بعد {dur} من توليه منصبه.",
    "وتعقد اللجنة اجتماعاتها {set} منذ {date} لمتابعة {thing}.",
    "وقال مصدر مطلع لوكالة الأنباء إن الوفد وصل إلى {city} {time} {weekday}.",
    "وتراجعت الصادرات بنسبة {share} خلال {dur}، وفق أرقام نشرت {weekday}.",
    "وأرجأت المحكمة النظر في القضية إلى {date}، بحسب محامي {person}.",
    "ويتوقع المهندسون إنجاز {thing} بحلول {month}، أي بعد {dur} من الموعد المحدد.",
    "وتسير الرحلات بين {city} و{city} {set} اعتباراً من {date}.",
    "وأثار {person} القضية للمرة الأولى {rel} خلال قمة عقدت في {city}.",
    "وتوصل المفاوضون إلى اتفاق {time} {weekday} بعد جلسات استمرت طوال الليل.",
    "وهطلت أمطار غزيرة {set} على مدى {dur}، حسب ما ذكرت هيئة الأرصاد {rel}.",
    "وأعلنت الشركة عن أرباح بلغت {money} في {month}، متجاوزة التوقعات.",
    "ويتوجه الناخبون إلى صناديق الاقتراع {weekday}، بعد {dur} من انهيار الحكومة السابقة.",
    "وأقيم المهرجان {range}، واستقطب زواراً من مختلف أنحاء المنطقة.",
    "وقالت {org} {rel} إنها تلقت تعهدات بقيمة {money} منذ {date}.",
    "وتنشر الوزارة هذه الأرقام {set} منذ {era}.",
    "وأوقفت الشرطة المشتبه به {weekday} في {city}، ومن المقرر أن يمثل أمام القضاء {month}.",
    "وأعيد فتح الجسر أمام حركة المرور {rel} بعد إغلاقه {range}.",
    "ويتوقع محللون في {org} نمواً بنسبة {share} في {month}، على أن يتباطأ خلال {dur}.",
    "وأبلغ {person} الصحافيين {rel} أن الخطة ستكلف {money}، وتشمل طريقاً بطول 700 كم.",
    "وعاد التيار الكهربائي {time}، بعد نحو {dur} من انقطاعه.",
    "وتعد محادثات {city} الأولى من نوعها منذ {date}.",
    "وسيعقد {role} مؤتمراً صحافياً {weekday} في {city} لعرض {thing}.",
    "وأكد {person} أن {thing} سيكتمل قبل نهاية العام، مشيراً إلى أن كلفته ارتفعت للمرة الثانية لتبلغ {money}.",
    "وشهدت {city} احتجاجات واسعة {range} للمطالبة بإصلاحات سياسية.",
    "وأوضح البيان أن الوفد سيبقى في {city} حتى {date}.",
)

AR_BACKGROUND = (
    "وقال {role} {person} إن القرار حظي بتأييد {share} من أعضاء {org}.",
    "وتقدر كلفة المشروع بنحو {money}، ومن المتوقع أن يوفر نحو {count} فرصة عمل، بحسب {org}.",
    'وأضاف {person} في تصريحات للصحافيين في {city}: "لن نقبل بشروط تضر بالأسر البسيطة".',
    "ونما اقتصاد البلاد بنسبة {share}، فيما بلغ معدل البطالة {share}، وفق الأرقام الرسمية.",
    "وأدت المعارك إلى نزوح أكثر من {count} شخص، بحسب بيان للصليب الأحمر.",
    "وطلبت {org} من المانحين {money} لتغطية الغذاء والمأوى والرعاية الطبية في المنطقة.",
    "ويمتد الخط على طول 340 كم، ويمكنه نقل {count} راكب في الساعة في كل اتجاه.",
    "ويقول منتقدون إن {thing} يخدم الشركات الكبرى، فيما يرى مؤيدوه أنه سيوفر وظائف في {city}.",
    "وأبقى البنك المركزي سعر الفائدة الرئيسي عند {share} دون تغيير.",
    "وأطلقت الشرطة الغاز المسيل للدموع لتفريق الحشود، واعتقلت {count} شخصاً على الأقل.",
    "وتشغل المعارضة {count} مقعداً من أصل 450 في البرلمان، وطالبت بإعادة فرز الأصوات.",
    "ولم يرد مكتب {role} على طلب للتعليق أرسلته وكالة الأنباء.",
    "وتشمل الصفقة شراء {count} طائرة، بينها طائرات بوينغ 787 وإيرباص A350.",
    "وارتفعت أسعار النفط بنسبة {share} وسط مخاوف بشأن الإمدادات، وجرى تداول خام برنت قرب 85 دولاراً للبرميل.",
    "واشتكى سكان {city} من نقص المياه وانقطاع التيار الكهربائي لساعات طويلة.",
    "ويقع التقرير في {count} صفحة، ويتضمن {count} توصية موجهة إلى {org}.",
    "وقال دبلوماسيون إن مشروع القرار حظي بتأييد 13 من أعضاء مجلس الأمن الخمسة عشر.",
    "وتقدر {org} أن {share} من الأسر في المنطقة تفتقر إلى مياه الشرب النظيفة.",
    "وبلغت نسبة المشاركة {share}، بحسب المفوضية العليا للانتخابات التي فرزت {count} بطاقة اقتراع.",
    "ويعمل لدى الشركة {count} موظف في {city}، وتصدر معظم إنتاجها إلى أوروبا وآسيا.",
    "وقال محللون إن الاندماج سينشئ أكبر مصرف في المنطقة بأصول تبلغ {money}.",
    "ونفى {person}، وهو {role} سابق، التهم الموجهة إليه، والتي تصل عقوبتها إلى غرامات كبيرة.",
    "وحملت قافلة المساعدات المؤلفة من {count} شاحنة الطحين والأدوية والوقود، بحسب الأمم المتحدة.",
    "ويقول المسؤولون إن المحطة الجديدة ستستوعب {count} حاوية عند اكتمال بنائها.",
    "وأوضحت متحدثة باسم {org} أن الأرقام لا تزال قيد التدقيق من قبل المراجعين.",
    "وأغلق المؤشر الرئيسي للبورصة مرتفعاً بنسبة {share}، بدعم من أسهم البنوك والطاقة.",
)

LANGUAGES: dict[str, tuple[tuple[str, ...], tuple[str, ...], dict[str, Filler]]] = {
    "ar": (AR_TEMPLATES, AR_BACKGROUND, AR_FILLERS),
    "en": (EN_TEMPLATES, EN_BACKGROUND, EN_FILLERS),
}
"""Language code -> its dated sentence templates, its background templates (no temporal expression:
figures, quotes, names, numbers that are not times) and the fillers of their {slots}."""

BACKGROUND_SHARE = 0.85
"""The share of background sentences in an article. Wire copy dates a few facts and surrounds them with
figures, quotes and context: with this share a generated article has about as many characters per
temporal expression as the seed article (15 expressions in 3,785 characters, one per ~250)."""

_SLOT = re.compile(r"\{(\w+)\}")


def sentence(rng: random.Random, lang: str, background: bool = False) -> str:
    """One sentence: a dated (or, with `background`, an undated) template of `lang`, each {slot}
    filled afresh."""
    dated, undated, fillers = LANGUAGES[lang]
    template = rng.choice(undated if background else dated)
    text = _SLOT.sub(lambda slot: fillers[slot.group(1)](rng), template)
    return text[0].upper() + text[1:]


def article(
    rng: random.Random,
    lang: str,
    doc_id: str,
    background_share: float = BACKGROUND_SHARE,
    paragraphs: tuple[int, int] = (4, 8),
) -> dict[str, str]:
    """A generated wire article with a publication date from 2005-2024: a dated lead sentence, then
    `paragraphs` (4-8: about 1,700 characters; 7-11: about 2,500) paragraphs of 2-4 sentences, each a
    background sentence with probability `background_share` (0 gives the dense stress corpus: every
    sentence dated)."""
    published = date(2005, 1, 1) + timedelta(days=rng.randrange(20 * 365))
    lead = sentence(rng, lang)
    body = [
        " ".join(sentence(rng, lang, rng.random() < background_share) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(*paragraphs))
    ]
    text = "\n\n".join([lead, *body])
    return {"id": doc_id, "lang": lang, "published": published.isoformat(), "text": text}


def articles(count: int, seed: int) -> list[dict[str, str]]:
    """`count` generated articles, Arabic and English taking turns, ids doc-000000 on: the corpus the
    events benchmarks write to a table."""
    rng = random.Random(seed)
    languages = list(LANGUAGES)
    return [article(rng, languages[n % len(languages)], f"doc-{n:06d}") for n in range(count)]


def seed_articles() -> list[dict[str, str]]:
    """The articles in seeds/, dated by their datelines, with their language told by their script."""
    return [
        {
            "id": doc.id,
            "lang": "ar" if _ARABIC_LETTERS.search(doc.text) else "en",
            "published": str(doc.published.date()),
            "text": doc.text,
        }
        for doc in read_documents(sorted(SEEDS.glob("*.txt")))
        if doc.published is not None
    ]


def documents(
    min_chars: int, seed: int = 2016, background_share: float = BACKGROUND_SHARE
) -> Iterator[dict[str, str]]:
    """Generated documents, the languages taking turns, until each has `min_chars / len(LANGUAGES)`
    characters. Every SEED_EVERY-th document is one of the seed articles (in turn)."""
    rng = random.Random(seed)
    seeds = seed_articles()
    share = min_chars / len(LANGUAGES)
    written = dict.fromkeys(LANGUAGES, 0)
    number = 0
    while min(written.values()) < share:
        for lang in LANGUAGES:
            if written[lang] >= share:
                continue
            number += 1
            if seeds and number % SEED_EVERY == 0:
                doc = seeds[(number // SEED_EVERY) % len(seeds)] | {"id": f"seed-{number:06d}"}
            else:
                doc = article(rng, lang, f"{lang}-{number:06d}", background_share)
            written[doc["lang"]] += len(doc["text"])
            yield doc
