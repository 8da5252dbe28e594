"""A story's own list, broken into runs by the items that do not read as headlines, keeps the
story's verdict: its items are no links between paragraphs.

Two pages of a syndication draw print a story's list an item a line between its paragraphs:

* ``conference_checklist``: a checklist's table under its subheading ("What to Do Before
  Attending Any Tech Events in Atlanta"), each row's three cells run together on one line
  ("Review the agenda early Identify sessions tied to operations, growth, or technology
  planning Planning ahead saves time ..."); two rows run past 25 words;
* ``gear_list``: a backpacking gear list, each item a name and a remark in brackets
  ("Backpack (I use an Osprey Renn 65 or Kelty pack )"), some remarks closed by a stop
  ("Packable towel (... ground protection, etc.)").

The items that are no headline-like lines (a stop, more than 25 words) break the list into
runs of headline-like lines, and each run went as ``inline_link``: six of the checklist's eight
rows, most of the gear list. A box of other stories' headlines between two paragraphs is one run
with a paragraph or chrome at each end; a run that goes on past a kept item of the body into
another run is the story's list.

The pages (``data/dumps/story_list_items/``): two dev pages of the syndication corpus (seeds
2083 and 2087, ``--edited 1.0``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.strip import Verdict, classify_lines

from .outlet_pages import line_at, read_pages

PAGES = read_pages("story_list_items", ("conference_checklist", "gear_list"))
#: Each page's list: its first and last items (lines quoted by their openings).
LISTS = {
    "conference_checklist": ("Set a clear goal Decide", "Plan post-event follow-up Block"),
    "gear_list": ("Backpack (I use an Osprey", "Winter mittens or gloves (the Columbia"),
}
#: The outlet's own link lists on the pages, which stay dropped.
CHROME = {
    "conference_checklist": ("Avery Hall pays $30M for Gowanus site",),
    "gear_list": ("World Community Lashes Out at US",),
}


def _verdicts(name: str) -> list[Verdict]:
    return classify_lines(PAGES[name]).verdicts


def test_the_pages_are_as_described() -> None:
    page = PAGES["conference_checklist"]
    first = line_at(page, LISTS["conference_checklist"][0])
    assert page[first - 1] == "What to Do Before Attending Any Tech Events in Atlanta"
    assert len(page[first].split()) > 25
    page = PAGES["gear_list"]
    towel = line_at(page, "Packable towel")
    assert page[towel].endswith("etc.)")


def test_the_story_lists_are_kept_whole() -> None:
    for name, (head, tail) in LISTS.items():
        page = PAGES[name]
        lo, hi = line_at(page, head), line_at(page, tail)
        items = [v for v in _verdicts(name) if lo <= v.lineno <= hi]
        assert len(items) == hi - lo + 1, name
        dropped = [(v.text, v.category) for v in items if not v.keep]
        assert not dropped, (name, dropped)


def test_the_outlets_link_lists_stay_dropped() -> None:
    for name, openings in CHROME.items():
        lines = [v for v in _verdicts(name) if v.text.startswith(openings)]
        assert lines, name
        for v in lines:
            assert not v.keep, (name, v.text, v.category)
