"""Layout tables printed side by side in a text dump (inscriptis, text-mode browsers): each line
holds a line of one cell, a gutter of blanks and a line of the next. Written to the pattern of
real pages: a news story in the left cell beside a sidebar of the site's sections and latest
news; a menu in the left cell beside a wine guide's list of regions; and a table of data (a
wedding budget, a row a line) that stays as it is."""

from __future__ import annotations

from cleanscrape import CleanOptions, clean_text
from cleanscrape.chrome.columns import read_columns
from cleanscrape.process import clean_text_document

_MENU = [
    "Information:",
    "Weather in Armenia",
    "Exchange rates",
    "RSS feeds:",
    "RSS (headlines)",
    "RSS (articles)",
    "RSS (interviews)",
    "More RSS feeds",
    "",
    "Home",
    "All news",
    "World",
    "Foreign Policy & Diaspora",
    "Politics",
    "Society",
    "more...",
    "",
    "",
]
_STORY = [
    "Amnesty. More than 100 protesters killed in Iran unrest",
    "",
    "November 20, 2019 - 11:28 AMT",
    "",
    "PanARMENIAN.Net - Verified video footage, eyewitness testimony from people on the ground "
    "and information gathered from human rights activists outside Iran reveal a harrowing "
    "pattern of unlawful killings by Iranian security forces, which have used excessive and "
    "lethal force to crush largely peaceful protests in more than 100 cities across Iran "
    "sparked by a hike in fuel prices on 15 November, said Amnesty International on Tuesday, "
    "November 19.",
    "",
    "At least 106 protesters in 21 cities have been killed, according to credible reports "
    "received by Amnesty. The organization believes that the real death toll may be much "
    "higher, with some reports suggesting as many as 200 have been killed. State media have "
    "reported only a handful of protester deaths, as well as the deaths of at least four "
    "members of the security forces.",
    "",
    "Video footage shows security forces using firearms, water cannons and tear gas to disperse "
    "protests and beating demonstrators with batons. Images of bullet casings left on the "
    "ground afterwards, as well as the resulting high death toll, indicate that they used live "
    "ammunition.",
    "",
    "“The authorities must end this brutal and deadly crackdown immediately and show respect "
    "for human life,” said Philip Luther, Research and Advocacy Director for the Middle East and "
    "North Africa at Amnesty International.",
    "",
    "Hundreds of demonstrators blocked roads, using their parked cars as a form of protest. "
    "Verified video footage shows riot police smashing windows of cars with drivers still "
    "inside.",
    "",
    "Related links:",
    "Amnesty International. Iran: More than 100 protesters believed to be killed as top "
    "officials give green light to crush protests",
    "Top stories",
    "Urartu relics unearthed in Iran",
    "",
    "About us | Stats | Advertise with us | Terms of service | Privacy policy",
    "Copyright © 2000—2019. PAN Media",
]
_SIDEBAR = [
    "Home",
    "All news",
    "Overview: World",
    "Other news in this section",
    "Latest news",
    "Armenia named most popular spot for Russian travelers in 2019 Armenia has been named the "
    "most popular destination among Russians in 2019, Biletix reveals.",
    "Kim Kardashian, Christian Bale support UCLA Promise Institute The decision to contribute "
    'proceeds from the film was led by Dr. Eric Esrailian, lead producer of "The Promise".',
    'Iconic "Friends" props and costumes will be auctioned The auction, scheduled for next '
    "month, includes replicas of the Central Perk couch and Ross' Holiday Armadillo costume.",
    "Historic Armenian church in Turkey on the verge of destruction The Surp Sarkis Armenian "
    "Church of Diyarbakir is in ruins due to destruction and raids by treasure hunters.",
]


def _side_by_side(left: list[str], right: list[str], indent: int = 10) -> list[str]:
    """The two cells as a text grid prints them: each line of the left cell padded to the
    cell's width, a gutter, and the line of the right cell beside it."""
    width = indent + max(map(len, left)) + 6
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [
        ((" " * indent + a) if a else "").ljust(width) + b for a, b in zip(left, right, strict=True)
    ]


def _story_page() -> list[str]:
    return [*_MENU, *_side_by_side(_STORY, _SIDEBAR)]


def test_story_beside_a_sidebar_is_kept_without_the_sidebar() -> None:
    result = clean_text("\n".join(_story_page()))
    paragraphs = [p for p in _STORY[4:13] if p]
    assert result.text.split("\n") == paragraphs  # each paragraph a line, no teaser beside it


def test_every_character_of_the_cut_lines_is_in_the_trace() -> None:
    lines = _story_page()
    trace = clean_text_document("\n".join(lines), CleanOptions(), trace=True).trace
    assert trace is not None
    assert sorted("".join(v.text for v in trace).replace(" ", "")) == sorted(
        "".join(lines).replace(" ", "")
    )
    for v in trace:  # each cell's line names the line of the dump it was cut from
        assert v.text in lines[v.lineno]
    sidebar = [v for v in trace if v.text in _SIDEBAR[2:]]
    assert len(sidebar) == len(_SIDEBAR) - 2
    assert not any(v.keep for v in sidebar)


#: The guide's page (its sentences cut short): the cell on the left, and the text right of
#: it from the 34th column on, as the dump prints it.
_GUIDE_ROWS = [
    ("", "    An Intro to Wine Regions of the World"),
    ("", ""),
    ("", ""),
    ("", ""),
    ("", "    Understanding wine regions is very helpful to the wine beginner. We include"),
    ("", ""),
    ("", "    Here we are going to give you brief introductions to several wine regions."),
    ("", ""),
    ("", "    For each region we discuss, we will give a bit of info about the types of"),
    ("", ""),
    ("", "      * France"),
    ("", "          + Bordeaux: One of the most famous wine regions in the world,"),
    ("", ""),
    ("", "          + Burgundy: Most of the wines of the Côte d'Or, the most famous part"),
    ("", ""),
    ("", "          + Northern Rhône Valley: The Northern Rhône, which includes such"),
    ("", ""),
    ("* Home", "          + Southern Rhône Valley: The southern part of the valley produces"),
    ("* Newest Articles", ""),
    ("* Wine 101", "          + Loire Valley: The Loire is one of the largest wine regions in"),
    ("* Types of Wine", ""),
    (
        "* Grape Varieties",
        "          + Alsace: Alsace is a small region that is near the border with",
    ),
    ("* Wine Tasting 101", ""),
    (
        "* How to Host a Tasting",
        "          + Champagne: As you probably are all aware, Champagne primarily makes",
    ),
    ("* How to Taste Wine", ""),
    ("* How to Serve Wine", "      * Italy"),
    (
        "* Wine Tasting Themes",
        "          + Tuscany: This large region in the middle of Italy is most well know",
    ),
    ("* Food and Wine", ""),
    (
        "* Cheese and Wine",
        "          + Piedmont: In the north of Italy, this region is know most for its",
    ),
    ("* Wine Tasting Tours", ""),
    ("* French Wine Regions", "      * California"),
    (
        "* Italian Wine Regions",
        "        It is very hard to generalize with wine regions like California. There",
    ),
    ("* Wine Accessories", ""),
    (
        "* Wine Tasting Notes",
        "          + Napa and Sonoma Valleys: These are two of the oldest regions that",
    ),
    ("* How to Make Vinegar", ""),
    (
        "* Wine & Your Health",
        "          + Central Coast: This is a large region ranging from around Santa",
    ),
    ("* Links / Link to Us", ""),
    (
        "* Search This Site",
        "          + Russian River Valley: This is technically part of Sonoma, at the",
    ),
    ("* Share This Site", ""),
    ("* About Us", "      * Germany: It is a shame to lump all the wines of Germany into one"),
    ("* Contact Us", ""),
    (
        "* Submit A Wine Photo",
        "      * Spain: Again, sorry to abbreviate a whole country into one section.",
    ),
    ("* FREE NEWSLETTER!", ""),
    (
        "[ ? ]Subscribe To This Site",
        "      * Madeira: Madeira is an autonomous Portuguese archipelago in the north",
    ),
    ("*", ""),
    ("*", "      * Australia: Like California, there are no indigenous grapes in Australia"),
    ("*", ""),
    ("", "      * Portugal (Duoro, Port): Portugal is most well know for its red,"),
    ("", ""),
    ("", "      * New Zealand: Another of the newer wine regions, New Zealand has"),
    ("", ""),
    ("", "      * South Africa: Like New Zealand, South Africa has produced some"),
    ("", ""),
    ("", ""),
    ("", "    Done learning about Wine Regions?"),
    ("", "    Return to the Wine 101 page."),
]
_GUIDE = [("      " + left if left else "").ljust(33) + right for left, right in _GUIDE_ROWS]
_GUIDE_MENU = [left for left, _ in _GUIDE_ROWS if left.startswith("* ")]


def test_menu_beside_a_guide_is_read_a_column_at_a_time() -> None:
    out, origin = read_columns("\n".join(_GUIDE))
    assert origin is not None
    texts = [ln.strip() for ln in out if ln.strip()]
    at = texts.index(_GUIDE_MENU[0])
    assert texts[at : at + len(_GUIDE_MENU)] == _GUIDE_MENU  # the menu's items, one a line
    guide = [right.strip() for left, right in _GUIDE_ROWS if right.strip()]
    assert [t for t in texts if t in guide] == guide  # the guide's lines in their order
    for line, k in zip(out, origin, strict=True):  # each from the line of the dump it names
        assert line.strip() in _GUIDE[k]


def test_a_table_of_data_is_left_as_rows() -> None:
    cells = [
        ("Category", "Low Range (S$)", "High Range (S$)"),
        ("Venue and F&B", "15,000", "40,000"),
        ("Photography and Videography", "2,500", "6,000"),
        ("Attire (Bride and Groom)", "3,000", "7,000"),
        ("Florals and Styling", "2,000", "5,000"),
        ("Total", "27,100", "71,500"),
    ]
    rows = []
    for name, low, high in cells:  # (a row a line, a blank line between rows)
        rows += [" " * 32 + name.ljust(31) + low.ljust(16) + high, ""]
    prose = (
        "                                Most couples in Singapore spend between S$27,000 and "
        "S$70,000 on their wedding, and the venue takes the largest share of it."
    )
    lines = [prose, "", *rows[:-1]]
    assert read_columns("\n".join(lines)) == (lines, None)
