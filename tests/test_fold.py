"""Folding a page at once: the array path (a table of what each character folds to) gives
the same matching forms as folding with string operations, on real pages and on every
character the table knows."""

from __future__ import annotations

import unicodedata

from cleanscrape.lexicon import folding
from cleanscrape.lexicon.folding import _fold_by_table, _fold_rest, fold, fold_lines
from cleanscrape.text import repair_text


def _blocks(seed_texts: dict[str, str]) -> list[str]:
    """The seeds as the classifier sees them (repaired, lines stripped), in NFD, upper case,
    with curly quotes, dashes and no-break spaces, and with runs of spaces around the lines."""
    pages = [repair_text(t) for t in seed_texts.values()]
    out = []
    for page in pages:
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        out += ["\n".join(lines), unicodedata.normalize("NFD", "\n".join(lines)).upper()]
        out.append("\n".join(f"“{ln}” — \xa0 …  " for ln in lines))
    return out


def _letters_replaced(block: str) -> str:
    """The block after the first step of folding (đ -> d, ß -> ss ...)."""
    for a, b in folding._FOLD_EXTRA:
        block = block.replace(a, b)
    return block


def test_the_table_folds_seed_pages_as_string_operations_do(seed_texts: dict[str, str]) -> None:
    for page in _blocks(seed_texts):
        block = _letters_replaced(page)
        via_table = _fold_by_table(block)
        assert via_table is not None  # Vietnamese and its punctuation fold to ASCII
        assert via_table == _fold_rest(block)
        lines = page.split("\n")
        assert fold_lines(lines) == [fold(ln) for ln in lines]


def test_every_character_of_the_table_folds_as_string_operations_do() -> None:
    ranges = [*folding._TABLE_RANGES, (0x4E00, 0x4F00), (0x9F00, 0xA000)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            c = chr(cp)
            # the character alone, inside a word, between spaces and next to line breaks, on
            # a page of ASCII and Vietnamese letters and on one with an ideograph
            for block in (f"Xa{c}b  {c}\n {c} Ạ\n\n{c}{c}\n", f"中 {c}a\n{c}_{c}-\t{c}"):
                known = folding._FOLD_TABLE[cp] != folding._UNKNOWN
                want = _fold_rest(_letters_replaced(block)) if known else None
                assert _fold_by_table(block) == want, hex(cp)


def test_pages_the_table_cannot_fold_take_the_string_path() -> None:
    greek = "ΟΔΟΣ ΑΘΗΝΑΣ\nΣτο κέντρο της πόλης\n" * 10  # final sigma: folded in context
    assert _fold_by_table(greek) is None
    assert fold_lines(greek.split("\n")) == [fold(x) for x in greek.split("\n")]
    assert fold(greek).startswith("οδος αθηνας στο κεντρο")
    escaped = "bytes that were no UTF-8 \udcff kept as lone surrogates " * 10
    assert _fold_by_table(escaped) is None
    assert fold(escaped).startswith("bytes that were no utf 8 kept")
    russian = "Главная » Новости\nПрезидент заявил © 2024\n" * 10
    assert _fold_by_table(russian) == _fold_rest(russian)
    assert fold(russian).startswith("главная новости президент заявил 2024")
    assert fold("Straße in Köln — “Überblick”" * 10).startswith("strasse in koln uberblick")


def test_lines_the_table_cannot_fold_take_the_string_path_alone() -> None:
    # a page of Latin lines with a few the table does not know (Korean, an emoji, a final
    # sigma): those lines are folded by string operations, the others by the table
    page = [
        "Home | World | Business | Opinion",
        "한국어 뉴스 · 서울",
        "The city council voted on Tuesday to extend the tram line to the airport.",
        "Share 👍 Like",
        "ΟΔΟΣ ΑΘΗΝΑΣ",
        "Officials said construction would start next spring and take three years.",
        "Straße in Köln — “Überblick”",
    ] * 3
    block = "\n".join(page)
    assert _fold_by_table(block) == _fold_rest(_letters_replaced(block))
    assert fold_lines(page) == [fold(ln) for ln in page]
    folded = fold_lines(page)
    assert folded[0] == "home world business opinion"
    assert folded[2] == "the city council voted on tuesday to extend the tram line to the airport"
    assert folded[3] == "share like"


def test_the_table_replaces_the_letters_of_the_first_step() -> None:
    # "đ", "Ð", "ø", "ß" ... are replaced by the table itself, not by a pass over the page for
    # each: the same as replacing them first, on a page of each and with runs of spaces
    page = "Đường Điện Biên Phủ — Straße øre Ðuro ð  ß\nGROSSE STRAẞE  đ\n" * 12
    assert _fold_by_table(page) == _fold_rest(_letters_replaced(page))
    assert fold_lines(page.split("\n"))[:2] == [
        "duong dien bien phu strasse ore duro d ss",
        "grosse straße d",
    ]


# lines of benchmark pages (language menus, a list of editions, a quoted tweet)
_EDITIONS = "English Edition English Edition हिन्दी ગુજરાતી मराठी বাংলা ಕನ್ನಡ മലയാളം தமிழ் తెలుగు"


def test_vowel_signs_stay_in_their_word() -> None:
    # the vowel signs of Indic scripts and of Thai are marks, not word characters: folding
    # keeps them in the word instead of splitting it at each one
    assert fold(_EDITIONS).split() == _EDITIONS.lower().split()
    assert fold("हिंदी") == "हिंदी"
    assert fold("ภาษาไทย") == "ภาษาไทย"
    tweet = "पानी नहीं की राजनीति गन्दी है"
    assert fold(tweet) == tweet
    assert fold_lines([_EDITIONS, "हिंदी"]) == [fold(_EDITIONS), "हिंदी"]


def test_arabic_vowel_signs_and_hamza_are_dropped_as_accents_are() -> None:
    # "الإصدار" and "الاصدار" are the same word for a reader, as "é" and "e" are
    assert fold("نشرة الإصدار (عربي)") == "نشرة الاصدار عربي"
    assert fold("عربي") == "عربي"
    assert fold("العربية") == "العربية"


def test_an_emoji_variation_selector_is_no_part_of_a_word() -> None:
    # a related link of a benchmark page, opened by an arrow emoji (the arrow and the
    # variation selector that asks for its colour form): the key starts with the words
    line = "➡️ Read more about Modular Monoliths:"
    assert fold(line) == "read more about modular monoliths"
    assert fold("1️⃣") == "1"  # a keycap: the figure, its selector and the enclosing mark


def test_characters_not_seen_are_stripped_from_the_ends_of_a_line() -> None:
    from cleanscrape.chrome.features import line_features

    # a reader's comment of a benchmark page, closed by two word joiners: a sentence
    comment = (
        "Jadi keliru karena Syiah beda dgn Sunni langsung dibilang bukan Islam. Pelajari dulu "
        "sejarah Islam dari berbagai sumber. Bukan dgn 1 mata.\u2060\u2060"
    )
    (ln,) = line_features([comment])
    assert ln.terminal and ln.prose
    assert ln.text == comment[:-2]
    # a blog's paragraphs set apart by lines holding a zero-width space alone: blank lines
    lines = [
        "The refreshing autumn sky!",
        "",
        "\u200b",
        "",
        "The reason we came to Marronnier Park!",
    ]
    feats = line_features(lines)
    assert [x.text for x in feats] == [lines[0], lines[-1]]
    # right-to-left text closes its line with a direction mark
    (rtl,) = line_features(["نشرة الإصدار (عربي).\u200f"])
    assert rtl.terminal and rtl.text == "نشرة الإصدار (عربي)."


def test_kana_voicing_marks_and_soft_hyphens_do_not_split_a_word() -> None:
    # lines of benchmark pages: Japanese menu items and a sentence, a German sentence with
    # soft hyphens; NFD splits a voiced kana in two and its mark is no word character
    assert fold("ブログ") == "フロク"
    assert fold("サービスのご案内") == "サーヒスのこ案内"
    assert fold("不正に改造したiPhoneでも、もともとは、アップル社から購入したものです。") == (
        "不正に改造したiphoneても もともとは アッフル社から購入したものてす"
    )
    assert fold(
        "Laut Gesetz soll die ePA den Not\xadfall\xaddaten\xadsatz, den Medikationsplan"
    ) == ("laut gesetz soll die epa den notfalldatensatz den medikationsplan")
    assert fold_lines(["ブログ"] * 40) == ["フロク"] * 40  # the table folds them alike


def test_code_units_above_the_table_are_not_folded_as_its_last_entry() -> None:
    # the look-up clips the units above the table to its last entry (an ideograph, which
    # folds to itself) before marking them unknown: a Yi syllable (U+A000, just above the
    # table) and a Hangul one take the string path, the ideograph U+9FFF the table
    page = ["Officials said work would start in spring.", "\ua000\ua001 \u9fff", "한국 \u9fff"] * 3
    page += ["The tram line will reach the airport.", "\u9fff\u9ffe 東京"] * 4
    block = "\n".join(page)
    assert _fold_by_table(block) == _fold_rest(_letters_replaced(block))
    assert fold_lines(page) == [fold(ln) for ln in page]
    assert fold_lines(page)[1] == "\ua000\ua001 \u9fff"
