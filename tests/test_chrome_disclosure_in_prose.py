"""An affiliate disclosure inside a short story's run of prose: a blockchain firm's blog prints
a story's headline, the outlet's standard paragraph, the story's disclosure ("Affiliate
Disclaimer: ... When you buy through our links, we may earn a commission.") and the story's
one paragraph, then a "Tags: ..." row and dated cards. The disclosure, tagged as chrome,
weighed against the short run and made the story's paragraph the first dated card's summary,
so the region search took the blog's three-line foot ("Here we discuss cryptoasset compliance
..." / "Disclaimer" / "This blog is provided ...") as the article and the story was lost. The
disclosure stays dropped; the run of prose goes on through it, as on the same page without
the line.

The pages (``data/dumps/disclosure_in_prose/``): the outlet's two pages of one syndication
draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import disclosure_in_prose, tag_lines
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import line_at, read_pages, statuses

PAGES = read_pages("disclosure_in_prose", ("disclosure_under_paragraph", "other_story"))
HEADLINE = "I Tested 10 Top Rated Standing Desk Converters"
DISCLOSURE = "Affiliate Disclaimer: We independently review everything we recommend."
STORY = "I have spent 1,000s of hours learning about, testing, comparing and reviewing"
STANDARD = "This holiday season I was thinking of flavors"
FOOT = "Here we discuss cryptoasset compliance"


def _verdicts(page: list[str]) -> list[tuple[str, bool]]:
    """Each line of ``page`` and whether the strip stage keeps it, the page's share kept aside
    (a story of 53 words among 2,000 words of menus is under the share that keeps a page
    whole)."""
    return [(v.text, v.keep) for v in classify_lines(page, min_kept_ratio=0.0).verdicts]


def test_a_story_under_its_disclosure_keeps_its_paragraph_not_the_foot() -> None:
    page = PAGES["disclosure_under_paragraph"]
    k = line_at(page, DISCLOSURE)
    assert page[k - 2] == HEADLINE
    assert page[k - 1].startswith(STANDARD)
    assert page[k + 1].startswith(STORY)
    assert page[k + 2].startswith("Tags: ")
    kept = [text for text, keep in _verdicts(page) if keep]
    assert page[k + 1] in kept  # (the story's paragraph)
    assert page[k] not in kept  # (the disclosure stays dropped)
    assert not any(text.startswith(FOOT) for text in kept)
    assert classify_lines(page, min_kept_ratio=0.0).metadata.get("title") == HEADLINE


def test_the_page_keeps_what_it_keeps_without_its_disclosure() -> None:
    page = PAGES["disclosure_under_paragraph"]
    k = line_at(page, DISCLOSURE)
    kept = [row for row in _verdicts(page) if row[0] != page[k]]
    assert kept == _verdicts(page[:k] + page[k + 1 :])


def test_a_disclosure_between_two_paragraphs_is_in_prose_one_over_a_list_is_not() -> None:
    page = PAGES["disclosure_under_paragraph"]
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    k = next(i for i, ln in enumerate(feats) if ln.text.startswith(DISCLOSURE))
    assert tags[k] == "disclosure"
    assert disclosure_in_prose(feats, tags, k)
    # a shop's disclosure under its questions' links, over its footer's links
    tail = read_pages("outlet_chrome_tail_site", ("tail",))["tail"]
    feats = page_lines(tail, None)
    tags = tag_lines(feats, diacritics=False)
    k = next(i for i, ln in enumerate(feats) if ln.text.startswith("Homegrounds is reader-supp"))
    assert tags[k] == "disclosure"
    assert not disclosure_in_prose(feats, tags, k)


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
