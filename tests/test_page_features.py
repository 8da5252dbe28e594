"""The line classifier a page at a time gives what it gives line by line.

:func:`~cleanscrape.chrome.features.lexicon_categories` looks only at the lines that a mark or a
first word lets a rule match; every other line must be one that
:func:`~cleanscrape.chrome.features.lexicon_category` leaves without a category. Checked on the
seeds, on the AEB pages kept in ``tests/data`` and, when the benchmark data is there
(``CLEANSCRAPE_BENCH_DATA`` or ``../shared/benchmarks``), on the AEB and WCXB-dev pages, all as
whole-page text dumps (every visible line of the HTML).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from cleanscrape.chrome import features
from cleanscrape.chrome.features import Line, lexicon_categories, lexicon_category, line_features
from cleanscrape.text import repair_text

from .conftest import DATA, ROOT, html_dumps

BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))
#: WCXB-dev pages looked at (the first ones by name; all AEB pages are).
_WCXB_PAGES = 200


def _dumps(folders: list[Path], limit: int | None = None) -> list[str]:
    paths = [p for f in folders if f.is_dir() for p in sorted(f.glob("*.html.gz"))]
    return html_dumps(paths[:limit])


def _pages(texts: list[str]) -> list[list[Line]]:
    return [line_features(repair_text(t).split("\n")) for t in texts]


def _differences(pages: list[list[Line]]) -> list[tuple[str, str, str]]:
    out = []
    for feats in pages:
        page = lexicon_categories(feats)
        for ln, got in zip(feats, page, strict=True):
            want = lexicon_category(ln)
            if got != want:
                out.append((ln.text[:80], want, got))
    return out


def test_seed_pages_get_the_categories_line_by_line_gives(seed_texts: dict[str, str]) -> None:
    pages = _pages(list(seed_texts.values()))
    assert sum(1 for feats in pages for c in lexicon_categories(feats) if c) > 10
    assert _differences(pages) == []


def test_benchmark_dumps_get_the_categories_line_by_line_gives() -> None:
    folders = [DATA / "aeb" / "html", BENCH / "aeb" / "html"]
    pages = _pages(_dumps(folders) + _dumps([BENCH / "wcxb-dev" / "html"], _WCXB_PAGES))
    found = {c for feats in pages for c in lexicon_categories(feats)}
    if (BENCH / "aeb" / "html").is_dir():
        # the pages hold lines of most categories, each found through the marks or first words
        assert {"share_follow", "footer", "menu", "related_heading", "breadcrumb", "ui"} <= found
    else:  # only the AEB pages kept with the tests
        assert {"share_follow", "footer", "related_heading", "breadcrumb", "ui"} <= found
    assert _differences(pages) == []
    _assert_lines_alone_alike(pages)


#: Features of a line that do not depend on the other lines of its page.
_OWN = ("text", "key", "words", "terminal", "teaser", "ascii_lower", "slug_prefix", "doubled")
_OWN += ("media_tag", "dateline", "separator", "wordlist", "marked")


def _assert_lines_alone_alike(pages: list[list[Line]]) -> None:
    """Each line's own features, worked out for its whole page at once, are those of the line
    on a page by itself."""
    for feats in pages:
        for ln in feats:
            alone = line_features([ln.text])[0]
            assert [getattr(ln, f) for f in _OWN] == [getattr(alone, f) for f in _OWN], ln.text


def test_seed_lines_have_the_features_they_have_alone(seed_texts: dict[str, str]) -> None:
    _assert_lines_alone_alike(_pages(list(seed_texts.values())))


def test_the_character_table_knows_what_the_patterns_match() -> None:
    every = "".join(map(chr, range(0x10000)))
    bits = features._CHAR_BITS
    for pattern, bit in (
        (r"\d", features._DIGIT_BIT),
        (r"[^\S\n]", features._BLANK),
        (features._CJK.pattern, features._ASIAN),
        (features._UNSPACED.pattern, features._ASIAN),
    ):
        for m in re.finditer(pattern, every):
            assert bits[m.start()] & bit, (pattern, hex(m.start()))
    # a digit outside the BMP (two UTF-16 units) still marks its line as holding one
    chars = features._page_chars("no figure here\nscore \U0001d7d9 to nil\nnone")
    assert chars.digits == [1]
    assert re.search(r"\d", "\U0001d7d9")


@pytest.mark.parametrize(
    "line",
    [
        "Home > News > World",  # a breadcrumb by its separators
        "News | World | Sport | Business",  # a menu joined with bars
        "News - World - Sport - Business - Tech",  # ... with dashes between spaces
        "© 2024 Example Media. All rights reserved.",  # the copyright sign
        "Jane Roe says:",  # a comment's author, by its colon
        "Fishing boats at dawn (Photo by Jane Roe)",  # a caption credit, by "by"
        "12 comments",  # a comment count, by its figure
        "Previous article Why the river rose",  # a pager link, by its first word
        "Bình luận (3)",  # Vietnamese comments, folded
        "Комментарии 14",  # a Russian comment count
        "Tin liên quan",  # a related heading
        "Xem thêm： Giá xăng tăng lần thứ ba",  # a related link, by its full-width colon
        "Read more: Why the river rose",  # ... by its colon
        "Workers unload a shipment, photo Getty Images",  # an agency credit at the end
        "Protesters march in Madrid on Tuesday (Manu Fernandez/AP)",  # ... after a slash
    ],
)
def test_each_kind_of_trigger_reaches_the_rules(line: str) -> None:
    feats = line_features(["The river rose by two metres overnight, officials said.", line])
    assert lexicon_category(feats[1])
    assert lexicon_categories(feats) == [lexicon_category(ln) for ln in feats]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Image courtesy of: Rima Brindamour", True),  # WCXB dev 0030, under a photo
        ("Ảnh: TTXVN", True),
        ("Video Production Process: Final Thoughts", False),  # WCXB dev 0109, a subheading
        (
            "Video-on-demand sales: Streamers monetize past streams as premium, on-demand content.",
            False,
        ),  # WCXB dev 0231, a list item
        ("[Video] Petr Tsvetov: Việt Nam ấm áp và thân thuộc", False),  # a seed's media list
    ],
)
def test_a_credit_word_opening_a_longer_phrase_is_no_credit_label(line: str, credit: bool) -> None:
    feats = line_features(["The river rose by two metres overnight, officials said.", line])
    assert (lexicon_category(feats[1]) == "credit") is credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # sentences of the body, as a dump or the syndication pages break them a sentence a line
        (
            "Picture this: you stumble onto a website that’s cluttered, slow, and confusing.",
            False,
        ),  # WCXB dev 2269, the story's opening
        (
            "Photograph Everything: Take clear, high-resolution photos or videos of the damage.",
            False,
        ),  # WCXB dev 4540, a list item's heading and its sentence
        ("[Image description: Give your experience a short but descriptive name]", False),
        # (WCXB dev 1476, an accessibility note in the gold)
        # credits whose label is longer than the credit phrase: a name, an agency, a site
        ("Image Source: Neil Godwin / Future Publishing/Shutterstock", True),  # AEB dev e7d7...
        ("Image Credit: Pexels", True),  # WCXB dev
        ("Photo Credit: Fotografía de eLuVe / Getty Images", True),  # WCXB dev
        # a credit's label alone, or with a picture's number, takes any tail: a caption
        ("Ảnh: TTXVN", True),  # the seeds' agency credit (seed 003), on a line of its own
        ("Image: Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur", True),
    ],
)
def test_a_longer_credit_label_takes_a_name_not_a_phrase(line: str, credit: bool) -> None:
    feats = line_features(["The river rose by two metres overnight, officials said.", line])
    assert (lexicon_category(feats[1]) == "credit") is credit


def test_a_caption_ending_with_an_agency_after_a_slash_is_let_through_by_its_mark() -> None:
    # the gate asks no suffix test of these: the slash is a mark, and the rule takes no line
    # longer than the marked lines the gate lets through
    assert "/" in features._TEXT_MARKS
    assert features._CAPTION_WORDS <= features._MARKED_WORDS
    words = ["word"] * (features._CAPTION_WORDS - 4)
    line = " ".join(["Protesters", *words, "(Manu Fernandez/AP)"])
    feats = line_features([line])
    assert feats[0].marked and feats[0].words == features._CAPTION_WORDS - 1
    assert lexicon_categories(feats) == [lexicon_category(feats[0])] == ["credit"]


def test_a_line_no_rule_can_match_is_not_looked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanscrape.chrome import features

    seen: list[str] = []

    def spy(ln: Line, *, terms: bool | None = None) -> str:
        seen.append(ln.text)
        return lexicon_category(ln, terms=terms)

    monkeypatch.setattr(features, "lexicon_category", spy)
    lines = ["Fishing boats returned to the harbour early as the storm came in.", "Share on X"]
    # a line opening with the first word of a phrase ("thẻ", tags, folds to "the"), longer than
    # any line the phrase's lexicons take
    lines.append(
        "The harbour stayed closed all weekend while crews cleared the debris the storm surge "
        "left on the quays and along the river"
    )
    assert features.lexicon_categories(features.line_features(lines)) == ["", "share_follow", ""]
    assert seen == ["Share on X"]


@pytest.mark.parametrize(
    "line",
    [
        "12/03/2024 08:15",
        "Thứ Hai, 2.12.2024 - 09:30 (GMT+7)",
        "2024-12-02 17:05 UTC",
        "Published March 5, 2024",
        "5 March 2024 | 10:42",
        "Cập nhật lúc 9:05 2/12/2024",
    ],
)
def test_datelines_of_every_shape_are_found_behind_the_date_hint(line: str) -> None:
    # the cheap search run before the dateline pattern lets every date it knows through
    assert features._DATE_HINT.search(line)
    assert features.is_dateline(line)


_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})(?=\s)")


@pytest.mark.parametrize(
    ("line", "numbered"),
    [
        ("1 Fed holds rates 2 Storm hits coast 3 Markets rally 4 Election results", True),
        ("Most read 1 Fed holds rates 2 Storm hits coast 3 Markets rally 4 Votes 5 Sport", True),
        ("1 Fed holds rates 2 Storm hits coast 3 Markets rally", False),
        ("1 Fed holds rates 3 Storm hits coast 2 Markets rally 4 Votes", False),
        ("Founded in 1914 with 4 staff, the firm grew to 12 offices by 1960.", False),
    ],
)
def test_numbered_items_stop_at_the_first_number_out_of_order(line: str, numbered: bool) -> None:
    assert features._numbered(line) is numbered


def test_numbered_items_agree_with_all_the_numbers_of_a_line(seed_texts: dict[str, str]) -> None:
    # the search that stops early says what the first four numbers found say, on every line
    lines = [ln for t in seed_texts.values() for ln in t.splitlines()]
    lines += ["1 a 2 b 3 c 4 d", "x 1 y 2 z 3 w 4 v 5", "11 1 2 3 4", "1 2 3 5 4"]
    for line in lines:
        numbers = _LIST_NUMBER.findall(line)
        assert features._numbered(line) is (numbers[:4] == ["1", "2", "3", "4"]), line


def test_the_date_hint_finds_what_the_alternation_finds(seed_texts: dict[str, str]) -> None:
    # the hint written with its figure first finds a date where the plain alternation does
    plain = re.compile(r"\d[/.\-]\d|\d{4}")
    lines = [ln for t in seed_texts.values() for ln in t.splitlines()]
    lines += ["12/03", "v1.2", "1-2", "since 1998", "12 3", "a1b2c3", "١٢٣٤", "Room 101"]
    assert sum(1 for ln in lines if plain.search(ln)) > 20
    for line in lines:
        assert bool(features._DATE_HINT.search(line)) is bool(plain.search(line)), line
