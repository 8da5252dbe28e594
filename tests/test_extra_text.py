"""``benchmarks/extra_text.py``: the printed lines that are not gold, attributed to the step
that printed them (from the run's own trace) and to a kind read from the page."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import html as lxml_html

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document

from .test_html_extract import _PRINCIPLES, _PRINCIPLES_POST, _principles_list, _rich_text_page

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import Page  # noqa: E402
from extra_text import block_kind, extra_counts, page_extras  # noqa: E402


def test_the_trace_names_the_blocks_recovery_put_back() -> None:
    page = _rich_text_page(_principles_list())
    r = clean_html_document(page, CleanOptions(dedup=False), trace=True)
    added = r.html_added or []
    assert [o for o, _ in added] == ["recovered"] * len(_PRINCIPLES)
    assert [t for _, t in added] == [f"- {a} {b}" for a, b in _PRINCIPLES]
    plain = clean_html_document(page, CleanOptions(dedup=False))
    assert plain.html_added is None


def test_lines_not_in_the_gold_go_to_the_step_that_printed_them() -> None:
    # the gold of this page leaves the list out: its lines are extra, put back by recovery
    html = _rich_text_page(_principles_list()).encode()
    intro = "Here is a general list of the principles:"
    gold = "\n".join([*_PRINCIPLES_POST[:2], intro, _PRINCIPLES_POST[2]])
    page = Page("p", html, gold, "https://example.org/post")
    found, total = page_extras(page, CleanOptions(dedup=False))
    extra = [x for x in found if x.origin != "(mostly gold)"]  # (a gold line's edge shingles)
    assert [x.text for x in extra] == [f"- {a} {b}" for a, b in _PRINCIPLES]
    assert {x.origin for x in extra} == {"recovered"}
    assert total > sum(x.extra for x in found) > 0


def test_extra_shingles_are_counted_to_the_line_holding_most_of_them() -> None:
    gold = "one two three four five six"
    extra, golden, total = extra_counts(["one two three four five six", "seven eight"], gold)
    # shingles: 3 in the first line (all gold); "four five six seven" (first line: extra),
    # "five six seven eight" (two tokens each: the later line)
    assert total == 5 and extra == [1, 1] and golden == [True, False]


#: The pattern of a WordPress news page (AEB dev): the post's wrapper names its categories and
#: author in its class tokens; the page's subscription box under the post names itself.
PAGE = """<html><body><main><article class="post category-business tag-author-news">
<div class="article-content"><p>The bond has weakened sharply in the past week, traders said,
as the company's valuation fell by half and investors asked for more security.</p></div>
<div class="newsletter-box"><p>Get the magazine delivered every month. Click here.</p></div>
</article></main></body></html>"""


def test_a_block_is_named_by_its_box_not_by_the_article_wrapper() -> None:
    tree = lxml_html.fromstring(PAGE)
    body, box = (p for p in tree.iter("p"))
    assert block_kind(body) is None
    assert block_kind(box) == "newsletter/consent/promo"
