"""A short story's headline over its lede printed without full stops: the line right above the
body is the lede's next sentence, not the headline.

A science magazine's page prints a short story between its own head (its headline, byline,
standfirst, a picture's caption and credit, its writer's name and role) and its "Tags: ..."
row: the story's headline, its lede (a sentence of 26 words without its full stop), the next
sentence (13 words, no full stop either), then two paragraphs. The region search weighs a line
without a full stop as a short one and starts the body at the first paragraph; the line right
above it, of a headline's length, was read as the headline, and the story's own headline and
lede went as the menu's. A headline does not stand under a sentence longer than any headline:
the line above the lede, shaped as a headline and told by the story's paragraphs, is it, and
:func:`~cleanscrape.chrome.head.block_lede` keeps the lines between it and the body.

The page (``data/dumps/short_story_in_chrome/lede_without_stops.txt``): a dev page of the
syndication corpus (seed 2076, ``--negative-paragraphs 2 --negative-words 150 --edited 1.0``),
lines as printed.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline, clean_text
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines

from .outlet_pages import DUMPS, kept_lines, line_at, read_pages, tag_row

PAGE = read_pages("short_story_in_chrome", ("lede_without_stops",))["lede_without_stops"]
HEADLINE = "BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga"
LEDE = "Chelsea have this morning paid the £71.6million fee"
NEXT = "This has freed of the £38million move of Thibaut Courtois to Real Madrid"


def test_the_page_is_as_described() -> None:
    at = line_at(PAGE, HEADLINE)
    assert PAGE[at + 1].startswith(LEDE) and len(PAGE[at + 1].split()) == 26
    assert PAGE[at + 2] == NEXT
    assert not PAGE[at + 1].endswith(".") and not PAGE[at + 2].endswith(".")
    assert tag_row(PAGE) == at + 5
    feats = page_lines(PAGE, None)
    tags = tag_lines(feats, diacritics=False)
    assert not any(tags[k] for k, ln in enumerate(feats) if at <= ln.index < at + 5)


def test_the_headline_and_the_lede_are_the_story_s() -> None:
    at = line_at(PAGE, HEADLINE)
    assert kept_lines(PAGE) == PAGE[at + 1 : at + 5]
    result = clean_text("\n".join(PAGE))
    assert result.title.startswith(HEADLINE)
    assert result.text.startswith(LEDE)


def test_no_line_longer_than_a_headline_no_headline_above() -> None:
    """With a lede of a headline's length, the line right above the body may be the
    headline under a kicker or a section's name: the rule does not read past it."""
    at = line_at(PAGE, HEADLINE)
    short = " ".join(PAGE[at + 1].split()[:14])
    page = [*PAGE[: at + 1], short, *PAGE[at + 2 :]]
    assert clean_text("\n".join(page)).title == NEXT


def test_a_headline_the_story_does_not_tell_is_not_taken() -> None:
    """A heading of the outlet's over the lede (one whose words the story's paragraphs do
    not repeat) is not the story's headline."""
    at = line_at(PAGE, HEADLINE)
    other = "Newly Discovered Quasar Shines Brighter Than Any Galaxy Before"
    page = [*PAGE[:at], other, *PAGE[at + 1 :]]
    assert not clean_text("\n".join(page)).title.startswith("Newly")


def test_the_two_copies_are_one_story() -> None:
    """The page and the story's copy under a credit union's mega menu
    (``under_mega_menu.txt``, :mod:`tests.test_chrome_story_below_mega_menu`), two outlets:
    both texts open with the lede, and the second is taken for a copy of the first at the
    default setting."""
    docs = [
        Document(
            f"{name}/{name}.txt", (DUMPS / "short_story_in_chrome" / f"{name}.txt").read_text()
        )
        for name in ("lede_without_stops", "under_mega_menu")
    ]
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        assert [r.status for r in Pipeline(opts).run(docs).results] == ["kept", "duplicate"]
