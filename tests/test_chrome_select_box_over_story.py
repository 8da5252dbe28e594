"""A form's select box printed with its options run together on one line, above a short story,
is the form's, not the story's first paragraph.

A hotel chain's blog (``hotel_chain``) prints a booking form and its category menu between the
site's menu and a short story of two paragraphs: the hotel select box as one line of 35 words
("Boutique Hotel Choose Hotel Ovolo Sydney, Woolloomooloo Laneways By Ovolo, Melbourne ..."),
the form's fields a line each ("Arrive", "Depart", "Guests 1 guest 2 guests ...", "Nights",
"Book Now", "View List"), then the categories a word or two a line ("Arts & Culture", "Food &
Booze", "Events", "Fitness", ...) and the story's headline. The select box's line has no
sentence mark at its end but is long enough to weigh as a paragraph, so the region search
started the story at it and kept the form's fields and the menu under it as the story's head:
the page's text held 20 lines for the story's 2, and another outlet's copy of the same story
(``other_outlet``, a CRM vendor's blog) was not found as one (body Jaccard 0.47).

The options of a select box are names that open with a capital, the commas the names hold but
no sentence's end, and the form's labels and buttons stand around them; a story's paragraph
ends its sentences and opens most of its words in lower case, and a story opens with its own
paragraph. A region that opens at such a row, menu lines beside it, is searched again with the
row weighing as chrome, and the story starts at its own paragraphs.

The pages (``data/dumps/select_box_over_story/``): two copies of one story in the syndication
corpus's dev draw of seed 2053 (short negatives, ``--edited 1.0``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.forms import option_row
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines

from .outlet_pages import kept_lines, line_at, open_with, read_pages

PAGES = read_pages("select_box_over_story", ("hotel_chain", "other_outlet"))
HOTEL = PAGES["hotel_chain"]
#: The select box's line on the hotel chain's page.
_SELECT = "Boutique Hotel Choose Hotel Ovolo Sydney, Woolloomooloo"
#: The story's paragraphs on the hotel chain's page.
_STORY = [
    "Every month I team up with my fellow “DIY Housewives” team of bloggers",
    "The project I’m sharing is this DIY Faux Concrete and Gold Leaf planter I built.",
]


def test_the_page_is_as_described() -> None:
    k = line_at(HOTEL, _SELECT)
    assert len(HOTEL[k].split()) == 35 and not HOTEL[k].endswith(".")
    assert HOTEL[k + 1 : k + 8] == [
        "Arrive",
        "Depart",
        "Guests 1 guest 2 guests 3 guests 4 guests 5 guests 6 guests 7 guests 8 guests 9 guests "
        "10 guests",
        "Nights",
        "1 night",
        "Book Now",
        "View List",
    ]
    assert HOTEL[k + 8 : k + 11] == ["Arts & Culture", "Food & Booze", "Events"]
    assert HOTEL[line_at(HOTEL, _STORY[0]) - 1] == "12 DIY Woodworking Projects - Erin Spain"


def test_the_story_is_kept_alone() -> None:
    kept = kept_lines(HOTEL)
    assert open_with(kept, _STORY)


def test_the_select_box_is_an_option_row() -> None:
    for page in PAGES.values():
        feats = page_lines(page, None)
        tags = tag_lines(feats, diacritics=False)
        rows = [feats[k].index for k in range(len(feats)) if option_row(feats, tags, k)]
        assert rows == ([line_at(HOTEL, _SELECT)] if page is HOTEL else [])


#: A film review's two paragraphs, and the site's menu.
_PARAGRAPHS = [
    "The film opens on a widower who moves with his son to a new city after the death of his "
    "wife, and who cannot sleep for missing her.",
    "His son calls a radio show on Christmas Eve, and a reporter on the other side of the "
    "country hears his father speak about the woman he lost.",
]
_MENU = ["Home", "Films", "Reviews", "Cast", "Contact"]
#: A booking form of a German hotel chain's site: its hotel select box on one line (33 words),
#: its fields and button.
_SELECT_DE = (
    "Hotel wählen Berlin, Mitte Berlin, Kreuzberg Hamburg, Altona Hamburg, Speicherstadt "
    "München, Schwabing München, Maxvorstadt Köln, Altstadt Köln, Deutz Frankfurt, Westend "
    "Frankfurt, Sachsenhausen Leipzig, Zentrum Dresden, Neustadt Stuttgart, Mitte Stuttgart, "
    "Bad Cannstatt Düsseldorf, Altstadt"
)
_FIELDS_DE = ["Anreise", "Abreise", "Gäste", "Nächte", "Jetzt buchen"]


def _rows(lines: list[str]) -> list[int]:
    feats = line_features(lines)
    tags = tag_lines(feats, diacritics=False)
    return [k for k in range(len(feats)) if option_row(feats, tags, k)]


def test_a_select_box_in_any_language_is_an_option_row() -> None:
    assert len(_SELECT_DE.split()) == 33
    assert _rows([*_MENU, _SELECT_DE, *_FIELDS_DE, *_PARAGRAPHS]) == [len(_MENU)]


def test_a_row_ending_a_sentence_or_in_lower_case_is_no_option_row() -> None:
    for row in (_SELECT_DE + ".", _SELECT_DE.lower()):
        assert _rows([*_MENU, row, *_FIELDS_DE, *_PARAGRAPHS]) == [], row


def test_a_row_without_menu_lines_beside_it_is_no_option_row() -> None:
    # (a line of names under the headline, the story's paragraphs under it)
    assert _rows(["The Year in Film", _SELECT_DE, *_PARAGRAPHS]) == []


def test_a_story_under_a_booking_form_is_kept_alone() -> None:
    # (the site's categories under the form, a word or two a line)
    categories = ["Kultur", "Essen & Trinken", "Veranstaltungen", "Sport", "Musik", "Design"]
    page = [*_MENU, _SELECT_DE, *_FIELDS_DE, *categories, "Schlaflos in Seattle", *_PARAGRAPHS]
    assert strip_lines(page).lines == _PARAGRAPHS
