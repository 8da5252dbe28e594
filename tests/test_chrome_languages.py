"""Chrome phrases of the languages no benchmark page is written in (Dutch, Polish, Turkish,
Greek, Arabic, Hindi, Thai): lines of the benchmark pages' English chrome with the words swapped
for the wording sites in each language use get the category the English line gets."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import lexicon_category, line_features
from cleanscrape.lexicon.folding import fold

#: English chrome lines of the benchmark pages (each on many sites), and the same line as sites
#: in each language write it.
_SWAPPED: dict[str, dict[str, str]] = {
    "Related Articles": {
        "nl": "Gerelateerde artikelen",
        "pl": "Powiązane artykuły",
        "tr": "İlgili Haberler",
        "el": "Σχετικά άρθρα",
        "ar": "مقالات ذات صلة",
        "hi": "संबंधित खबरें",
        "th": "ข่าวที่เกี่ยวข้อง",
    },
    "Read More": {
        "nl": "Lees meer",
        "pl": "Czytaj więcej",
        "tr": "DEVAMINI OKU",
        "el": "Διαβάστε περισσότερα",
        "ar": "اقرأ المزيد",
        "hi": "और पढ़ें",
        "th": "อ่านเพิ่มเติม",
    },
    "Most Read": {
        "nl": "Meest gelezen",
        "pl": "Najczęściej czytane",
        "tr": "En çok okunanlar",
        "el": "Πιο διαβασμένα",
        "ar": "الأكثر قراءة",
        "hi": "सबसे ज्यादा पढ़ी गई",
        "th": "ข่าวยอดนิยม",
    },
    "Follow Us": {
        "nl": "Volg ons",
        "pl": "Obserwuj nas",
        "tr": "Bizi takip edin",
        "el": "Ακολουθήστε μας",
        "ar": "تابعنا",
        "hi": "हमें फॉलो करें",
        "th": "ติดตามเรา",
    },
    "Leave a Comment": {
        "nl": "Laat een reactie achter",
        "pl": "Dodaj komentarz",
        "tr": "Yorum yap",
        "el": "Αφήστε ένα σχόλιο",
        "ar": "أضف تعليق",
        "hi": "टिप्पणी करें",
        "th": "แสดงความคิดเห็น",
    },
    "Subscribe to Our Newsletter": {
        "nl": "Schrijf je in voor de nieuwsbrief",
        "pl": "Zapisz się do newslettera",
        "tr": "Bültene abone olun",
        "el": "Εγγραφείτε στο newsletter",
        "ar": "اشترك في النشرة الإخبارية",
        "hi": "सब्सक्राइब करें",
        "th": "สมัครรับจดหมายข่าว",
    },
    "Privacy Policy": {
        "nl": "Privacybeleid",
        "pl": "Polityka prywatności",
        "tr": "Gizlilik Politikası",
        "el": "Πολιτική απορρήτου",
        "ar": "سياسة الخصوصية",
        "hi": "गोपनीयता नीति",
        "th": "นโยบายความเป็นส่วนตัว",
    },
    "Advertisement": {
        "nl": "Advertentie",
        "pl": "Reklama",
        "tr": "Reklam",
        "el": "Διαφήμιση",
        "ar": "إعلان",
        "hi": "विज्ञापन",
        "th": "โฆษณา",
    },
    "Search": {
        "nl": "Zoeken",
        "pl": "Szukaj",
        "tr": "Ara",
        "el": "Αναζήτηση",
        "ar": "بحث",
        "hi": "खोजें",
        "th": "ค้นหา",
    },
    "Tags:": {
        "nl": "Trefwoorden:",
        "pl": "Tagi:",
        "tr": "Etiketler:",
        "el": "Ετικέτες:",
        "ar": "الوسوم:",
        "hi": "टैग:",
        "th": "แท็ก:",
    },
}

_CASES = [
    (english, code, line) for english, lines in _SWAPPED.items() for code, line in lines.items()
]


@pytest.mark.parametrize(("english", "code", "line"), _CASES)
def test_chrome_lines_get_the_category_of_the_english_line(
    english: str, code: str, line: str
) -> None:
    want = lexicon_category(line_features([english])[0])
    assert want
    assert lexicon_category(line_features([line])[0]) == want, code


@pytest.mark.parametrize(
    "line",
    [
        # a quoted tweet of a benchmark page, and its list of language editions
        "पानी नहीं @BJP4Delhi की राजनीति गन्दी है एक सैम्पल पूजा शर्मा जी के घर से लिया गया है।",
        "English Edition English Edition हिन्दी ગુજરાતી मराठी বাংলা ಕನ್ನಡ മലയാളം தமிழ் తెలుగు",
        "نشرة الإصدار (عربي)",
    ],
)
def test_lines_of_these_scripts_that_are_no_chrome_phrase(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) in ("", "menu")


def test_turkish_and_polish_letters_fold_alike_in_capitals() -> None:
    # the dotless "ı" has the capital "I", which lower-cases to "i"; "ł" has no accent to drop
    assert fold("DEVAMINI OKU") == fold("Devamını oku") == "devamini oku"
    assert fold("WSZELKIE PRAWA ZASTRZEŻONE") == fold("Wszelkie prawa zastrzeżone")
    assert fold("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # "Published 18 November 2019" of a benchmark page, as each language writes it
        ("Gepubliceerd 18 november 2019", "2019-11-18"),
        ("Opublikowano 18 listopada 2019", "2019-11-18"),
        ("Yayınlanma 18 Kasım 2019", "2019-11-18"),
        ("Δημοσιεύθηκε 18 Νοεμβρίου 2019", "2019-11-18"),
        ("نشر في 18 نوفمبر 2019", "2019-11-18"),
        ("प्रकाशित 18 नवंबर 2019", "2019-11-18"),
    ],
)
def test_dates_written_out_in_these_languages(line: str, published: str) -> None:
    from cleanscrape.chrome.bylines import parse_published

    assert line_features([line])[0].dateline
    assert parse_published(line) == published


@pytest.mark.parametrize(
    "line",
    [
        # "13 hours ago" of a benchmark page's cards, as each language writes it
        "13 uur geleden",
        "13 godzin temu",
        "13 saat önce",
        "πριν από 13 ώρες",
        "منذ 13 ساعة",
        "13 घंटे पहले",
        "13 ชั่วโมงที่แล้ว",
    ],
)
def test_relative_times_in_these_languages(line: str) -> None:
    assert line_features([line])[0].dateline


@pytest.mark.parametrize(
    "line",
    [
        # "Updated on: November 19, 2019 / 10:07 AM / CBS News" of a benchmark page, as each
        # language writes it: the date line opens with the word, the outlet follows the date
        "Bijgewerkt op: 19 november 2019 / 10:07 / CBS News",
        "Aktualizacja: 19 listopada 2019 / 10:07 / CBS News",
        "Güncelleme: 19 Kasım 2019 / 10:07 / CBS News",
        "Ενημερώθηκε: 19 Νοεμβρίου 2019 / 10:07 / CBS News",
        "آخر تحديث: 19 نوفمبر 2019 / 10:07 / CBS News",
        "अपडेट: 19 नवंबर 2019 / 10:07 / CBS News",
    ],
)
def test_the_word_opening_a_date_line_in_these_languages(line: str) -> None:
    assert line_features([line])[0].dateline


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # "By Natalie Musumeci" of a benchmark page, as Dutch, Polish and Turkish sites write it
        ("Door Natalie Musumeci", "Natalie Musumeci"),
        ("Autor: Natalie Musumeci", "Natalie Musumeci"),
        ("Yazar: Natalie Musumeci", "Natalie Musumeci"),
        # a name of a benchmark page's Hindi text: Devanagari has no capitals
        ("लेखक: पूजा शर्मा", "पूजा शर्मा"),
    ],
)
def test_bylines_in_these_languages(line: str, author: str) -> None:
    from cleanscrape.chrome.bylines import byline_of

    assert byline_of(line_features([line])[0], names=False) == author


@pytest.mark.parametrize(
    "line",
    [
        # "5 min read" and "Reading time 17 minutes" of benchmark pages, as each language
        # writes them
        "5 min leestijd",
        "Leestijd 17 minuten",
        "5 min czytania",
        "Czas czytania 17 minut",
        "5 dk okuma",
        "Okuma süresi 17 dakika",
        "5 λεπτά ανάγνωσης",
        "Χρόνος ανάγνωσης 17 λεπτά",
        "5 دقائق للقراءة",
        "وقت القراءة 17 دقيقة",
        "5 मिनट में पढ़ें",
        "पढ़ने का समय 17 मिनट",
        "อ่าน 5 นาที",
        "เวลาอ่าน 17 นาที",
    ],
)
def test_reading_times_in_these_languages(line: str) -> None:
    from cleanscrape.chrome.reading_time import has_reading_time, reading_time_prefix

    assert reading_time_prefix(line) == ""
    assert has_reading_time(line)
    assert line_features([line])[0].dateline
