"""The HTML path's removals, rule by rule (``html_trace``) and the attribution benchmark that
reads them (``benchmarks/rule_costs.py``), on a page of the article-extraction benchmark."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cleanscrape import CleanOptions
from cleanscrape.explain import explain_file, render, render_json
from cleanscrape.process import clean_html_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from rule_costs import page_costs, removals, stage_of  # noqa: E402

from .aeb import PAGES as DATA  # noqa: E402
from .aeb import gold, page_markup  # noqa: E402

GOLD = gold()

#: slashgear.com: a concept car's story, with a "Story Timeline" box of other stories
#: (``<div class="... related ...">``) under it, which the gold keeps, and the site's footer.
PAGE = "06ee193d"


def _gold(name: str) -> dict[str, str]:
    return next(v for k, v in GOLD.items() if k.startswith(name))


def _clean(name: str, *, trace: bool = True):  # type: ignore[no-untyped-def]
    markup = page_markup(name)
    return clean_html_document(
        markup, CleanOptions(dedup=False), url=_gold(name)["url"], source=name, trace=trace
    )


def test_a_pruned_container_is_attributed_to_its_reason() -> None:
    r = _clean(PAGE)
    taken = dict(removals(r))
    related = taken["html:class:related"]
    assert related.startswith("Story Timeline\n2020 VW ID.3 official as Volkswagen bets")
    assert "Story Timeline" not in r.text
    assert taken["html:id:footer"].startswith("Site Information")
    assert stage_of("html:class:related") == "prune"
    costs = {c.rule: c for c in page_costs(r, _gold(PAGE)["articleBody"])}
    # this page's gold holds the box (its annotators kept it): the rule's removal costs gold
    assert costs["html:class:related"].gold > 0 and costs["html:class:related"].other == 0
    assert costs["html:id:footer"].gold == 0 and costs["html:id:footer"].other > 0


def test_every_pruned_count_has_its_entries_in_the_trace() -> None:
    r = _clean(PAGE)
    assert r.html_trace is not None
    by_rule: dict[str, int] = {}
    for rule, _ in r.html_trace:
        by_rule[rule] = by_rule.get(rule, 0) + 1
    pruned = r.metadata["pruned"]
    assert {k: v for k, v in by_rule.items() if k in pruned} == pruned


#: A news page's pattern: the headline again as the page's ``<h1>``, a date row above the body,
#: a "Read more:" link after it.
_STORY = """<html><head><title>Council extends the river road bus lane</title></head><body>
<article><h1>Council extends the river road bus lane</h1><p>05/10/2018 10:32</p>
<p>The council voted on Tuesday to extend the bus lane along the river road, after a year in
which journeys into the centre grew shorter by six minutes on average.</p>
<p>Shop owners on the road had asked for the lane to stop at the bridge, where deliveries are
made in the morning; the council kept the lane but moved its hours to start at ten.</p>
<p>Work on the new section starts in March and should take eleven weeks, the council said,
with the road open in both directions for the whole of that time.</p>
<p>Read more: <a href="/a">Bus fares to rise in spring</a></p>
</article></body></html>"""


def test_lines_taken_off_the_extracted_text_are_attributed_to_their_step() -> None:
    r = clean_html_document(
        _STORY, CleanOptions(dedup=False), url="https://news.example.org/a", trace=True
    )
    taken = removals(r)
    assert ("html:heading", "Council extends the river road bus lane") in taken
    assert ("html:date_row", "05/10/2018 10:32") in taken
    assert ("strip:related_link", "Read more: Bus fares to rise in spring") in taken
    assert [stage_of(rule) for rule, _ in taken] == ["lines", "lines", "strip"]


def test_a_run_without_trace_has_nothing_to_attribute() -> None:
    r = _clean(PAGE, trace=False)
    assert r.html_trace is None
    with pytest.raises(ValueError, match="trace"):
        removals(r)


def test_explain_shows_what_the_html_stages_took_out() -> None:
    shown = render(explain_file(DATA / f"{PAGE}.html.gz", CleanOptions(dedup=False)))
    rows = shown.split("\n")
    related = next(r for r in rows if r.startswith("#      HTML  class:related"))
    assert related.endswith("Story Timeline / 2020 VW ID.3 official as Volkswagen bets on electric "
                            "/ As VW ID.3 production begins, Volkswagen bets i…")  # fmt: skip
    # the rows of the HTML stages come before the lines' verdicts
    assert rows.index(related) < next(i for i, r in enumerate(rows) if "  KEEP  " in r)


def test_explain_json_gives_what_the_html_stages_took_out_first() -> None:
    explanation = explain_file(DATA / f"{PAGE}.html.gz", CleanOptions(dedup=False))
    rows = [json.loads(r) for r in render_json(explanation).splitlines()]
    stages = [r["stage"] for r in rows]
    assert stages[0] == "html" and "lines" in stages
    assert stages == sorted(stages)  # every HTML-stage object before the lines' verdicts
    related = next(r for r in rows if r["reason"] == "class:related")
    # the container's whole text, not a preview cut to one row
    assert related["text"].startswith("Story Timeline")
    assert "As VW ID.3 production begins, Volkswagen bets" in related["text"]
    assert related["keep"] is False and related["lineno"] is None
    kept = [r["text"] for r in rows if r["stage"] == "lines" and r["keep"]]
    assert kept and not any("Story Timeline" in t for t in kept)
