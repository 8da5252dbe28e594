"""A disclaimer's words inside a quotation are the story's, not the outlet's legal notice.

A health story closes with an expert's words: "“Without improving diet quality ... fasting is
not a substitute for a comprehensive healthy lifestyle ...”". "is not a substitute for" is a
phrase of the outlet's disclaimers ("This content is not a substitute for professional
advice"), so the paragraph was taken for a legal notice near the end of the story, which closes
the story there: the paragraph and the one under it went, and the copy lost the story's close
that the other outlet's copy keeps (the two copies were not joined at the default setting). A
notice speaks in the outlet's voice; a phrase it holds between quotation marks is someone's
speech that the story reports. A notice may quote a short name, with its phrase outside the
marks, and stays one.

The pages (``data/dumps/quoted_disclaimer/``): two copies of one story (WCXB page 4530) in the
syndication corpus's dev draw of seed 2038 (``--negative-paragraphs 2 --negative-words 150
--edited 1.0``), lines as printed; the notice is a line of WCXB page 4067's gold.
"""

from __future__ import annotations

from cleanscrape.chrome.appeals import LEGAL_NOTICE, legal_notice, tail_kind
from cleanscrape.chrome.features import Line
from cleanscrape.chrome.memo import page_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses, tag_row

PAGES = read_pages("quoted_disclaimer", ("fasting_business_daily", "fasting_other_outlet"))
#: The paragraph with the quoted phrase, and the story's last paragraph under it.
QUOTED = "One key scientific takeaway is that fasting should never stand alone."
LAST = "Mellor agrees and recommends choosing an approach that fits your lifestyle"
#: A regulated adviser's notice under its pages (WCXB page 4067): a quoted name, the phrases
#: outside the marks.
NOTICE = (
    "Facet Wealth, Inc. (“Facet”) is an SEC registered investment adviser headquartered in "
    "West Palm Beach, Florida. This is not an offer to sell securities or the solicitation of "
    "an offer to purchase securities in any jurisdiction where Facet is not registered. The "
    "information contained herein is for informational purposes only and should not be "
    "construed as investment advice."
)


def _line(page: list[str], opening: str) -> Line:
    """The features of ``page``'s line opening with ``opening``."""
    k = line_at(page, opening)
    return next(ln for ln in page_lines(page, None) if ln.index == k)


def test_the_pages_are_as_described() -> None:
    page = PAGES["fasting_business_daily"]
    row = tag_row(page)
    assert line_at(page, QUOTED) == row - 2 and line_at(page, LAST) == row - 1
    assert "is not a substitute for" in page[row - 2]
    assert "“Without improving diet quality" in page[row - 2]


def test_a_phrase_inside_a_quotation_makes_no_notice() -> None:
    for page in PAGES.values():
        ln = _line(page, QUOTED)
        assert not legal_notice(ln)
        assert tail_kind(ln) != LEGAL_NOTICE


def test_a_notice_that_quotes_a_name_stays_a_notice() -> None:
    (ln,) = page_lines([NOTICE], None)
    assert legal_notice(ln)
    assert tail_kind(ln) == LEGAL_NOTICE


def test_both_copies_keep_the_story_to_its_close() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        assert opens_a_line(kept, QUOTED), name
        assert opens_a_line(kept, LAST), name
        assert not opens_a_line(kept, "Tags: "), name


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    assert statuses(PAGES) == [["kept", "duplicate"], ["kept", "duplicate"]]
