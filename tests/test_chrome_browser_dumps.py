"""Text dumps as a browser makes them (``document.body.innerText``): a table's cells set apart
by tabs, a row a line, every paragraph in a block of its own. Written to the pattern of real
pages of the benchmark's tuning half, as headless Chromium prints them."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

# A shop's buying guide (mechanical keyboards): a menu, the headline, two paragraphs, a
# comparison table under a heading, a paragraph, a second table of text cells, the footer.
_MENU = ["Shop", "Keyboards", "Switches", "Keycaps", "Accessories", "Blog", "Contact"]
_INTRO = [
    "Top 7 Hot-Swappable Mechanical Keyboards for Beginners",
    "",
    "Hot-swappable mechanical keyboards are ideal for beginners because they let you easily "
    "change switches without soldering. This flexibility allows you to experiment with "
    "different switch types and find the feel that suits you best.",
    "",
    "We tested each board below for a week of daily typing and gaming, and we looked at the "
    "build, the software and the price before ranking them.",
    "",
    "Quick Comparison",
    "",
]
_TABLE = [
    "Keyboard Model\tLayout\tSwitch Type\tConnectivity\tCase Material\tPrice (USD)\tKey Feature",
    "Freebird60 Full Kit\t60%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$160\tQMK/VIA support",
    "Freebird75 Full Kit\t75%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$199\tDual mounting",
    "Redragon K530 Draconic\t60%\tOutemu Box (3/5-pin)\tUSB-C, Bluetooth 5.0\tABS plastic\t$50"
    "\tTri-mode wireless",
    "Keychron Q2\t65%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$129.99\tDouble-gasket design",
]
_MIDDLE = [
    "",
    "Choosing the right layout comes down to how much desk space you have and which keys you "
    "reach for every day.",
    "",
]
_LAYOUTS = [
    "Layout\tKey Features\tIdeal For",
    "TKL\tLacks a numeric keypad but includes full navigation keys\tEveryday use, gaming",
    "75%\tCompact design with a function row\tProductivity, easy to carry",
    "60%\tUltra-compact, uses layers for extra functions\tSaving desk space, travel",
]
_TAIL = [
    "",
    "Whichever board you pick, a hot-swappable one lets you change its feel later without "
    "buying a new keyboard.",
    "",
    "Newsletter",
    "Privacy Policy",
    "Terms of Service",
    "© 2025 Keebs Shop",
]


def _page() -> list[str]:
    return [*_MENU, "", *_INTRO, *_TABLE, *_MIDDLE, *_LAYOUTS, *_TAIL]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_a_table_of_tab_separated_cells_is_kept_with_its_header_row() -> None:
    kept = _kept(_page())
    assert all(row in kept for row in _TABLE)  # the header row is no menu joined by tabs
    assert kept[-1].startswith("Whichever board")  # the body goes on below the table


def test_rows_of_text_cells_joined_by_tabs_are_one_list_not_related_links() -> None:
    kept = _kept(_page())
    assert all(row in kept for row in _LAYOUTS)


def test_a_row_of_menu_items_joined_by_tabs_is_still_a_menu() -> None:
    # the same words joined by tabs with no rows of cells below: a menu saved as one line
    menu = "\t".join(_MENU)
    kept = _kept([menu, "", *_INTRO, *_MIDDLE[1:], *_TAIL])
    assert menu not in kept
    assert any(ln.startswith("Hot-swappable mechanical") for ln in kept)
