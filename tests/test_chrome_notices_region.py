"""A short story whose body is mostly tables, over the outlet's legal notices.

The pages (``data/dumps/notices_over_table_story/``): one story (a ranking of business schools:
two paragraphs, a table of 20 rows printed a row a line with " | " between the cells, two
paragraphs, a second table) of a syndication draw as two outlets print it, lines as printed.
The first (``copy.txt``) prints it in a news outlet's chrome. The second
(``copy_over_notices.txt``, a fitness outlet's blog) prints under it the outlet's notices:
"The information provided on this website ...", "*These statements have not been evaluated by
the Food and Drug Administration. ...", "... for informational purposes only ...", "© 2019
..., LLC. All rights reserved. ..." and "... are registered trademarks of ...". A table's rows
weigh nothing in the region search, so the story's four paragraphs (102 words) weighed less
than the notices' six long sentences (250 words): the notices were kept as the article, the
story dropped, and the two copies stayed apart at every setting."""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.dedup import find_duplicates

from .outlet_pages import read_pages

_FOLDER = "notices_over_table_story"
_PAGES = read_pages(_FOLDER, ("copy", "copy_over_notices"))
_HEADLINE = "US News MBA Rankings: Full & Part Time Programs"
#: The first and the last line of the story's body as the fitness outlet prints it.
_FIRST = "MBA ranking reports in aggregate can help"
_LAST = "20 | Olin Business School (Missouri) | 19 |"


def test_the_story_over_the_notices_is_kept_and_the_notices_dropped() -> None:
    """The story's paragraphs and table rows are kept, under its headline; the notices below
    them are dropped as the outlet's legal notices."""
    page = _PAGES["copy_over_notices"]
    result = classify_lines(page)
    verdicts = result.verdicts
    first = next(k for k, v in enumerate(verdicts) if v.text.startswith(_FIRST))
    last = next(k for k, v in enumerate(verdicts) if v.text.startswith(_LAST))
    assert last - first == 45  # (two paragraphs, a table, two paragraphs, a table)
    assert all(v.keep for v in verdicts[first : last + 1])
    assert verdicts[first - 1].text == _HEADLINE and verdicts[first - 1].category == "headline"
    notices = [v for v in verdicts if "All rights reserved" in v.text or "Food and Drug" in v.text]
    assert len(notices) == 2
    assert all(not v.keep and v.category == "legal_notice" for v in notices)
    assert [v.text for v in verdicts[last + 1 :] if v.article] == []


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    """On two sites the two copies are one story at the default setting."""
    docs = [Document(name, "\n".join(page)) for name, page in _PAGES.items()]
    clean = [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]
    assert find_duplicates(clean, sites=["a.com", "b.com"]).duplicate_of == [None, 0]


def test_a_legal_notice_is_what_the_tail_rule_calls_one() -> None:
    """:func:`~cleanscrape.chrome.appeals.legal_notice`, which the region search asks of every
    paragraph, names the same lines as the outlet's notices that the tail rule
    (:func:`~cleanscrape.chrome.appeals.tail_kind`) does: the fitness outlet's notices under
    the story and the news outlet's copyright line, and no line of the story."""
    from cleanscrape.chrome.appeals import LEGAL_NOTICE, legal_notice, tail_kind
    from cleanscrape.chrome.memo import page_lines

    named: dict[str, list[str]] = {}
    for name, page in _PAGES.items():
        feats = page_lines(page, None)
        named[name] = [ln.text for ln in feats if legal_notice(ln)]
        assert named[name] == [ln.text for ln in feats if tail_kind(ln) == LEGAL_NOTICE]
    assert named["copy"] == ["© 2019 Sky UK"]
    notices = named["copy_over_notices"]
    assert any("Food and Drug Administration" in text for text in notices)
    assert any("All rights reserved" in text for text in notices)
    assert not any(text.startswith((_FIRST, _LAST)) for text in notices)
