"""A short story's table of two columns of text, printed a row a line with " | " between cells.

The pages (``data/dumps/two_column_table_story/``): one story of a syndication draw (two
paragraphs, then a table comparing a certificate with a certification, "Course content set
through academic process | Standards set through an industry-wide process") as two outlets
print it. Under a home-improvement firm's chrome (``copy_over_cards.txt``, an edited copy) the
story is followed by the firm's related posts, each a title over its summary. Each row weighed
as a short line (-2), the lede cut with an ellipsis as a teaser, so the story scored its one
paragraph, and a card below ("Renovation Considerations for Your House Architecture Style" over
its summary) was taken for the headline told by its lede: the card was kept as the article,
the story's paragraphs and every row dropped, and the two copies stayed apart. Rows of a table
whose every cell is a phrase (several words, one in lower case) are the body's text: they lose
a menu's tag and weigh as prose, and the region holds the story with its table.

A box of headlines under a section name, or of sponsors' names beside a label, is printed the
same way ("Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni", "Bayer BrandVoice
| Paid Program"), but its first cells are names: no table of text.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome import body_lists, features
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.dedup import find_duplicates

from .outlet_pages import line_at, read_pages

_FOLDER = "two_column_table_story"
_PAGES = read_pages(_FOLDER, ("copy", "copy_over_cards"))
#: The openings of the story's lines as the home-improvement firm prints them: its lede, its
#: paragraph (the table's first row run into its end), then the table's rows (two lines of two
#: rows each).
_STORY = [
    "Earning a certificate is a way",
    "There are many fields, however,",
    "For newcomers and experienced professionals | Typically requires experience Indicates",
    "Course content set through academic process |",
    "Usually listed on a resume detailing education |",
    "Demonstrates knowledge of course content |",
    "For newcomers and experienced professionals | Typically requires experience Indicates",
]
_CARD = "Considering renovations but you don’t want to lose"

#: Lines of two AEB dev pages' chrome (Scrapinghub, 2020, MIT: ``data/aeb/LICENSE``): a design
#: magazine's box of headlines under their event's name, and a business magazine's sponsors.
_HEADLINES = [
    "Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni",
    "Milano Design Week 2018 | Seiko’s ‘The Flow of Time’ at the Triennale",
    "Milano Design Week 2018 | ‘LIVING NATURE’ explores the relationship between nature and living",
    "Milano Design Week 2018 | a preview of DOUTDESign at Zona Santambrogio",
]
_SPONSORS = [
    "EY BrandVoice | Paid Program",
    "Forbes Insights With Nuveen | Paid Program",
    "Forbes Insights With Teradata | Paid Program",
    "Gainbridge BrandVoice | Paid Program",
    "Herradura BrandVoice | Paid Program",
    "HSBC BrandVoice | Paid Program",
]


def test_the_story_and_its_table_are_kept_over_the_related_cards() -> None:
    page = _PAGES["copy_over_cards"]
    verdicts = classify_lines(page).verdicts
    first, last = line_at(page, _STORY[0]), line_at(page, _STORY[-1]) + 4
    assert [v.text[: len(t)] for v, t in zip(verdicts[first : last + 1], _STORY, strict=True)] == (
        _STORY
    )
    assert all(v.article for v in verdicts[first : last + 1])
    assert verdicts[first - 1].category == "headline"
    card = line_at(page, _CARD)
    assert not verdicts[card].keep
    assert [v.text for v in verdicts[last + 1 :] if v.article] == []


def test_the_rows_are_found_and_the_paragraph_holding_one_is_not() -> None:
    page = _PAGES["copy_over_cards"]
    lines = features.line_features(page)
    rows = body_lists.text_table_lines(lines)
    assert [lines[k].text[:30] for k in sorted(rows)] == [t[:30] for t in _STORY[2:]]
    story = _PAGES["copy"]
    lines = features.line_features(story)
    first, last = line_at(story, "Result of an educational process"), line_at(story, "Gateway to a")
    assert [lines[k].text for k in sorted(body_lists.text_table_lines(lines))] == (
        story[first : last + 1]
    )
    assert last - first == 6


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    docs = [Document(name, "\n".join(page)) for name, page in _PAGES.items()]
    clean = [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]
    assert find_duplicates(clean, sites=["a.com", "b.com"]).duplicate_of == [None, 0]


def test_headlines_under_a_name_and_sponsors_beside_a_label_are_no_table() -> None:
    for box in (_HEADLINES, _SPONSORS):
        lines = features.line_features(box)
        assert body_lists.text_table_lines(lines) == set()
        assert body_lists.table_lines(lines) == set()


def test_the_menu_saved_with_bars_over_the_story_stays_a_menu() -> None:
    page = _PAGES["copy_over_cards"]
    verdicts = classify_lines(page).verdicts
    assert page[0].startswith("Terms of Use | Sunrooms and Solariums | Gutter Systems")
    assert verdicts[0].category == "menu"
