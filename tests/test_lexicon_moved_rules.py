"""Rules whose words were written in their code, now read from the lexicon's language modules:
each rule's definition holds no word of a language, and a line of a language the rule's own
words missed is now read (pages written to the pattern of real pages, from real sentences)."""

from __future__ import annotations

import ast
from types import ModuleType

import pytest
from lxml import html as lxml_html

from cleanscrape import lexicon as lx
from cleanscrape.chrome import (
    appeals,
    bios,
    body_lists,
    bylines,
    citations,
    consent,
    disclosures,
    features,
    forms,
    regions,
    story_credits,
    strip_lines,
)
from cleanscrape.chrome.features import is_dateline, lexicon_category, line_features
from cleanscrape.html import card_grids, meta, prune, recover, score, tags, tail
from cleanscrape.html import dates as html_dates
from cleanscrape.html.dates import is_stamp
from cleanscrape.html.prune import prune_chrome

from .source_words import module_tree, string_words


def _definitions(module: ModuleType, names: set[str]) -> list[ast.AST]:
    """The module-level assignments of ``module`` that define ``names``."""
    return [
        node
        for node in module_tree(module).body
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
        )
        or (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in names
        )
    ]


@pytest.mark.parametrize(
    ("module", "names", "allowed"),
    [
        (citations, {"_READ_ON"}, set()),
        (features, {"_MORE_WORDS", "_MORE_HEADING", "_GALLERY_WORDS", "_GALLERY"}, set()),
        # (the marks of year, month and day of East Asian dates in figures)
        (features, {"_DAY_FIRST_DATE", "_YEAR_FIRST_DATE", "_JOIN"}, {"年년", "月월", "日일"}),
        (bylines, {"_TEXT_DATE", "_YEAR_FIRST_TEXT_DATE"}, set()),
        (body_lists, {"_DAY_MONTH"}, {"月월", "日일"}),
        (prune, {"_ARIA_WORDS"}, set()),
        (features, {"_BREADCRUMB_STARTS", "_BREADCRUMB", "_MEDIA_SET"}, set()),
        (features, {"_PAGER_LABELS", "_PAGER_LINK", "_PAGER_FIRST"}, set()),
        # (the names of the categories the lexicon reads)
        (lx, {"BREADCRUMB_STARTS"}, {"BREADCRUMB", "STARTS", "Mapping", "str"}),
        (lx, {"MEDIA_HEADINGS"}, {"MEDIA", "HEADINGS", "Mapping", "str"}),
        # (a zone's capitals and the hour mark of "14h05")
        (html_dates, {"_CLOCK_ONLY"}, {"A", "Z", "h"}),
        # (the capitals a source's name opens with)
        (
            bylines,
            {"_COMPILED_MARK", "_COMPILED_FROM", "_NAME", "_NAME_COMPILED", "_SOURCE_WORDS"},
            set(),
        ),
        (bylines, {"_SOURCE", "_THEO_WORDS", "_THEO"}, {"A", "ZĐÀ", "Ỹ"}),
        (bylines, {"_BYLINE_WORDS", "_BYLINE", "_BYLINE_FOLDED_PREFIX"}, set()),
        (forms, {"_PROMPT"}, set()),
        (appeals, {"_LEAD_IN"}, set()),
        (
            features,
            {"_COMMENT_COUNT_NOUNS", "_COMMENT_COUNT", "_COMMENT_TITLED", "_COMMENT_STEMS"},
            set(),
        ),
        (features, {"_COMMENT_WORD", "_COMMENT_N", "_TITLED_WORDS", "_COUNT_WORDS"}, set()),
        (features, {"_LEXICON_KEY_WORDS", "_TAGS_UNCOLONED", "_PLAYER_FIRST", "_PLAYER"}, set()),
        (features, {"_CREDIT_SHAPE", "_CAPTION_PICTURE", "_CAPTION_CREDIT_WORD", "_BY"}, set()),
        # (the capitals of an agency's initials, the small letter or stop before a credit
        # joined to the caption, the flag of case and the plural's ending)
        (features, {"_CAPTION_CREDIT", "_CAPTION_MARK"}, {"A", "Z", "a", "z", "i", "s"}),
        (bios, {"_TITLE", "_OPENING", "_POST_COUNT", "_ABOUT", "_PERSON"}, set()),
        (bios, {"_GREETING_WORD", "_SELF_INTRO_WORDS", "_SELF_INTRO", "_GREETING"}, set()),
        (bios, {"_BY_NAME", "_PERSON_OPENING"}, set()),
        (consent, {"_UNIT", "_NO_END", "_COOKIE", "_COOKIE_UNSPACED", "_PANEL_WORDS"}, set()),
        (consent, {"_CONSENT_UNSPACED", "_BUTTONS"}, set()),
        # the class and id names of chrome containers, the media tags, a link's new-window note
        (prune, {"TOOLTIP_TOKENS", "CHROME_TOKENS", "CHROME_PHRASES", "_JOINED_WORDS"}, set()),
        (prune, {"_DIALOG_TOKENS", "_AD_NAMES"}, set()),
        (features, {"_MEDIA_TAG"}, set()),
        (regions, {"_NEW_WINDOW", "_NEW_WINDOW_ENDS"}, set()),
        (features, {"NETWORK_KEYS", "_NETWORK_NAMES"}, set()),
        (features, {"_FOLLOW_STEPS"}, set()),
        (lx, {"MEDIA_TAGS"}, {"MEDIA", "TAGS", "Mapping", "str"}),
        (lx, {"NEW_WINDOW"}, {"NEW", "WINDOW", "Mapping", "str"}),
        (lx, {"CLASS_TOKENS", "CLASS_PHRASES"}, {"CLASS", "TOKENS", "PHRASES", "Mapping", "str"}),
        (lx, {"CLASS_JOINED", "CLASS_ADS"}, {"CLASS", "JOINED", "ADS", "Mapping", "str"}),
        (
            lx,
            {"CLASS_TOOLTIPS", "CLASS_DIALOGS"},
            {"CLASS", "TOOLTIPS", "DIALOGS", "Mapping", "str"},
        ),
        # an FAQ's class tokens (the XPath's own words aside), a disclosure's label, the labels
        # of a host name, a credit line's joiners, the article wrapper's class tokens, a form's
        # required mark, the comment stems' hints (their shared piece)
        (tail, {"FAQ_TOKENS", "_FAQ_LETTERS"}, set()),
        (tail, {"_FAQ_NAMED"}, {"contains", "translate", "or", "class", "id"}),
        (disclosures, {"_LABEL"}, set()),
        (meta, {"_HOST_WORDS"}, set()),
        (story_credits, {"_JOINERS"}, set()),
        (score, {"ARTICLE_NAMES"}, set()),
        (regions, {"_FORM_FIELD"}, set()),
        (features, {"_COMMENT_PIECES", "_COMMENT_HINTS"}, {"ment"}),
        (lx, {"CLASS_FAQ", "CLASS_ARTICLE"}, {"CLASS", "FAQ", "ARTICLE", "Mapping", "str"}),
        (lx, {"HOST_LABELS"}, {"HOST", "LABELS", "Mapping", "str"}),
        (lx, {"DISCLOSURE_LABELS"}, {"DISCLOSURE", "LABELS", "Mapping", "str"}),
        (lx, {"CREDIT_JOINERS"}, {"CREDIT", "JOINERS", "Mapping", "str"}),
        (lx, {"FORM_REQUIRED"}, {"FORM", "REQUIRED", "Mapping", "str"}),
        # (the heading tags, written once in the pruning module)
        (card_grids, {"_LINKED_HEADINGS"}, {"descendant", "self", "or", "a", "ancestor"}),
    ],
)
def test_the_moved_rules_hold_no_language_words(
    module: ModuleType, names: set[str], allowed: set[str]
) -> None:
    nodes = _definitions(module, names)
    assert len(nodes) == len(names)
    assert set().union(*map(string_words, nodes)) <= allowed


_RU_HEAD = [
    "Вопросы питания — Потребление соли и сердечно-сосудистые заболевания",
    "О журнале",
    "Архив номеров",
    "Потребление соли и сердечно-сосудистые заболевания",
    "",
]
_RU_BODY = [
    "Среднее потребление соли взрослым населением России превышает рекомендуемый уровень почти "
    "вдвое и составляет около 10 граммов в сутки.",
    "Снижение потребления соли до 5 граммов в сутки, по оценкам Всемирной организации "
    "здравоохранения, позволяет заметно снизить риск инсульта и ишемической болезни сердца.",
    "В исследовании приняли участие жители трёх регионов, которые в течение года заполняли "
    "дневники питания и проходили измерение артериального давления.",
]
_RU_REFERENCES = [
    "Список литературы",
    "",
    "1. Всемирная организация здравоохранения. Сокращение потребления соли. Информационный "
    "бюллетень. URL: https://www.who.int/ru/news-room/fact-sheets/detail/salt-reduction "
    "(дата обращения: 14.04.2025).",
    "2. Федеральная служба государственной статистики. Потребление основных продуктов питания "
    "населением Российской Федерации. URL: https://rosstat.gov.ru/compendium/document/13278 "
    "(дата обращения: 14.04.2025).",
    "3. Министерство здравоохранения Российской Федерации. Клинические рекомендации. "
    "Артериальная гипертензия у взрослых. URL: https://cr.minzdrav.gov.ru/recomend/62_2 "
    "(дата обращения: 15.04.2025).",
]
_RU_TAIL = ["© 2025 Вопросы питания", "Политика конфиденциальности"]


def test_a_russian_reference_list_read_on_its_day_is_dropped() -> None:
    # "дата обращения" (the day the source was read), as Russian citations print it
    r = strip_lines([*_RU_HEAD, *_RU_BODY, "", *_RU_REFERENCES, *_RU_TAIL])
    reasons = {x.line: x.reason for x in r.removed}
    assert {reasons.get(ln) for ln in _RU_REFERENCES[2:]} == {"references"}
    assert all(ln in r.lines for ln in _RU_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Więcej wiadomości",  # Polish
        "Більше новин",  # Ukrainian
    ],
)
def test_a_more_heading_in_these_languages_is_a_related_heading(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "related_heading"


@pytest.mark.parametrize(
    "line",
    [
        # a trail of two steps (one separator), as "Home > World" and "Главная > Новости" are
        "Αρχική σελίδα > Ειδήσεις",  # Greek
        "首页 > 新闻",  # Chinese
        "Головна сторінка / Новини",  # Ukrainian
        "Strona główna › Wiadomości",  # Polish
    ],
)
def test_a_breadcrumb_trail_in_these_languages_is_a_breadcrumb(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "breadcrumb"


@pytest.mark.parametrize("line", ["Видео", "Відео", "Βίντεο", "视频"])
def test_a_videos_heading_in_these_languages_is_a_media_heading(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "media_heading"


@pytest.mark.parametrize(
    "line",
    [
        "Следующая статья: Центробанк сохранил ключевую ставку",  # Russian
        "Προηγούμενο άρθρο: Νέα μέτρα για τη στέγαση",  # Greek
        "下一篇：国务院常务会议部署稳就业工作",  # Chinese
    ],
)
def test_a_link_to_the_next_article_in_these_languages_is_a_related_link(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "related_link"


def test_a_greek_gallery_count_is_a_credit() -> None:
    assert lexicon_category(line_features(["Φωτογραφία 3 από 12"])[0]) == "credit"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the word for "year" after it, as Ukrainian and Polish datelines print it
        ("12 березня 2020 р.", "2020-03-12"),
        ("12 березня 2020 року", "2020-03-12"),
        ("18 listopada 2019 r.", "2019-11-18"),
    ],
)
def test_a_date_with_the_word_for_year_is_a_dateline(line: str, published: str) -> None:
    assert is_dateline(line)
    assert bylines.parse_published(line) == published


def test_a_serbian_stamp_with_the_word_after_its_time_is_a_stamp() -> None:
    # "časova" (o'clock) after the time, the Serbian word of the lexicon's time suffixes
    assert is_stamp("Ažurirano: 10:07 časova")


def test_an_aria_label_in_german_names_an_advert() -> None:
    prose = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im Sommer zu erneuern. " * 2
    page = lxml_html.document_fromstring(
        f"<html><body><article><p>{prose}</p></article>"
        "<div class='box' aria-label='Werbung'>Anzeige</div>"
        "<div class='box'>Kept</div></body></html>"
    )
    assert prune_chrome(page).removed == [("aria-label", "div")]


@pytest.mark.parametrize(
    "name", ["box-tinlienquan", "tin-cung-chuyen-muc", "relatedPosts", "hovercard", "adSlot"]
)
def test_class_names_of_the_lexicon_name_chrome(name: str) -> None:
    assert prune.names_chrome(name)


def test_a_slug_with_a_chrome_word_names_no_chrome() -> None:
    assert not prune.names_chrome("relationship-advice")


@pytest.mark.parametrize(
    "line",
    [
        "[Video] Toàn cảnh lễ thượng cờ tại Quảng trường Ba Đình",
        "(Ảnh) Những hình ảnh đẹp nhất về mùa thu Hà Nội",
        "[Podcast] What the jobs report says about rate cuts",
    ],
)
def test_a_bracketed_media_tag_opens_a_media_line(line: str) -> None:
    assert line_features([line])[0].media_tag


def test_a_link_that_opens_a_new_window_is_read_without_the_note() -> None:
    keys = ["linkedin opens in a new window", "facebook opens new tab", "x twitter open new window"]
    assert [regions._NEW_WINDOW.sub("", k) for k in keys] == ["linkedin", "facebook", "x twitter"]


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Follow these steps for a calmer morning:", ""),
        ("Follow us", "share_follow"),
        ("Follow Jane Doe", "share_follow"),
    ],
)
def test_follow_these_steps_is_the_body_and_follow_us_a_follow_line(
    line: str, category: str
) -> None:
    assert lexicon_category(line_features([line])[0]) == category


def test_the_heading_tags_are_written_once() -> None:
    # the teaser grids' linked headings and the recovered blocks read the tag names' module
    assert card_grids._LINKED_HEADINGS.path.count("self::") == len(tags.HEADINGS)
    assert all(f"self::{tag}" in card_grids._LINKED_HEADINGS.path for tag in tags.HEADINGS)
    assert tags.HEADING_TAGS <= recover._BLOCKS
    assert not hasattr(card_grids, "_HEADINGS") and not hasattr(recover, "_HEADINGS")


@pytest.mark.parametrize(
    ("line", "category"),
    [
        # a post's row of metadata with its count of comments, as Russian blogs print it
        ("Автор: Анна Смирнова | 14 комментариев", "comments"),
        ("Опубликовал Сергей Волков · 3 комментария", "comments"),
        # (as the same rows in English and Vietnamese)
        ("Posted by Anna Smith | 14 Comments", "comments"),
        ("Đăng bởi Nguyễn Văn An | 14 bình luận", "comments"),
        # a sentence of the body that counts comments is longer than a row
        (
            "Статья набрала 14 комментариев за первый час после публикации, и редакция решила "
            "закрыть обсуждение до утра.",
            "",
        ),
    ],
)
def test_a_count_of_comments_in_a_row_is_read_in_russian_too(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (no reference to the page: the label alone tells them)
        ("Affiliate Disclosure: Links to retailers earn a commission.", True),
        ("Disclaimer: Amazon affiliate links are used below.", True),
        ("Streamers earn a commission when viewers buy via affiliate links.", False),
    ],
)
def test_a_disclosure_is_told_by_its_label(line: str, expected: bool) -> None:
    key = line_features([line])[0].key
    assert disclosures.disclosure(key, len(line.split())) is expected
