"""A story weighed as readers' comments because its site's menu names a "Comment" section twice.

A science site prints its menu twice above the story (the bar, and the drawer beside it), and
each copy holds the item "Comment & Opinion", which the lexicon reads as a comments heading.
A comments heading above every line of prose on the page is an item of its head, and the
story's paragraphs under it lift its damp; but the second item took for "the damp before it"
the damp the first had left, so the whole story weighed a fifth of its words. Its training plan
(short steps a line, "Cool Down. 10-20 Minutes: Easy jogging in zone 2" every week, which the
page prints again and again) then weighed less than the paragraphs above it, the region ended
at the plan's first week, and the plan and the closing paragraphs went as cards and teasers:
the copy's matching key lacked a third of the story its other copies hold.

The pages (``data/dumps/comments_in_the_menu/``): two copies of one story (a ten-week
marathon plan) in the syndication corpus's dev draw of seed 2090 with short negatives and
every copy edited (``--negative-paragraphs 2 --negative-words 150 --edited 1.0``), whole,
lines as printed: ``menu_comments`` under the science site's chrome, ``other_outlet`` under
an events plugin vendor's.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages

PAGES = read_pages("comments_in_the_menu", ("menu_comments", "other_outlet"))
PAGE = PAGES["menu_comments"]
#: A step of the plan that every week prints, and the story's last line.
STEP = "Cool Down. 10-20 Minutes: Easy jogging in zone 2"
LAST = "You're ready to take on that big challenge"
#: The menu's item that the lexicon reads as a comments heading.
ITEM = "Comment & Opinion"


def test_the_page_is_as_described() -> None:
    items = [k for k, line in enumerate(PAGE) if line == ITEM]
    headline = line_at(PAGE, "Free 10 Week Beginner Marathon Training Plan")
    assert len(items) == 2 and items[1] < headline
    assert PAGE[items[0] + 1 : items[1]] == ["Sections", *PAGE[items[0] - 6 : items[0]]]
    assert PAGE.count(STEP) >= 15
    assert PAGE[-1].startswith("Tags: ")


def test_the_plan_and_the_closing_lines_are_kept() -> None:
    kept = kept_lines(PAGE)
    assert kept.count(STEP) >= 10
    assert opens_a_line(kept, "Week 9: Final Peak Marathon Build Week.")
    assert opens_a_line(kept, LAST)
    assert not opens_a_line(kept, ITEM) and not opens_a_line(kept, "Tags: ")


def test_the_two_copies_are_joined() -> None:
    """Both keys hold the plan: the copy under the other outlet's chrome is found at the
    default setting, not only by containment."""
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        assert [r.status for r in Pipeline(opts).run(docs).results] == ["kept", "duplicate"]


def test_a_heading_under_prose_is_no_menu_item() -> None:
    """A line of prose above a heading makes it the page's own (a thread's "Comments" under a
    post, "Discussion about this post" over its "Comments" tab): with one between the two
    items, the second damps what follows as before, and the plan goes again."""
    at = PAGE.index(ITEM)
    comment = "I read this every morning and it is the best science news I can find anywhere."
    page = [*PAGE[: at + 1], comment, *PAGE[at + 1 :]]
    kept = kept_lines(page)
    assert not opens_a_line(kept, LAST)
    assert kept.count(STEP) == 0
