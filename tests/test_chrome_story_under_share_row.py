"""A short story under the page's own share row, whose first paragraph was read as a card's
summary: :func:`~cleanscrape.chrome.regions.card_summaries` takes a paragraph of several
sentences for one when two title lines stand over it (a card's kicker and headline, or its
headline and author), and it counted the share row's last button ("linkedin") over the story's
headline as one. With the outlet's standfirst card above the row and its blurb under the
story's tag row, three such "summaries" made a card list; the story's paragraphs weighed as
cards, the region search took the outlet's programme list above, and the two pages of the
outlet kept the same text: the default setting joined two different stories.

The pages (``data/dumps/story_under_share_row/``): two pages of one outlet (a business school)
from a syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as
printed: the school's article head (its headline, author, date, standfirst, share buttons), then
the story's headline, the outlet's standard paragraph, the story's two lines and its tag row.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("story_under_share_row", ("healthcare_ai", "pet_insurance"))
#: Each story's last paragraph, under the standard paragraph.
LAST = (
    "Global healthcare systems are strained by aging populations",
    "Every year, unplanned vet visits push millions of households to the brink.",
)
#: The outlet's standard paragraph under each story's headline.
STANDARD = "One of the biggest advantages of smart thermostats is their ability to learn"


def test_a_story_under_the_share_row_keeps_its_paragraphs() -> None:
    for page, last in zip(PAGES.values(), LAST, strict=True):
        kept = kept_lines(page)
        assert any(text.startswith(STANDARD) for text in kept)
        assert any(text.startswith(last) for text in kept)


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]


def test_with_containment_the_first_storys_lines_keep_it_out_of_the_second_page() -> None:
    """Both pages keep the school's programme list above the story. The first page's body
    (the list's blurbs, the standard paragraph and its story's paragraph) lies in the second
    page's text for 0.84 of its shingles inside a sentence, and its whole text more still
    (the list is most of it); what keeps it out is its story's lines, a sixth of its body,
    outside the other page: a body of one site with lines of its own must lie there for 0.9."""
    docs = [Document(f"outlet/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    first, second = (r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results)
    c = compare_texts(first, second, CleanOptions(containment=True), sites=("o", "o"))
    assert 0.8 <= c.a_in_b < 0.9 and c.similarity < 0.8
    assert (c.relation, c.apart_because) == ("different", "whole_inside")
