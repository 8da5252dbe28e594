"""The site's notices under its footer menu: a disclaimer, an insurer's or an adviser's licence,
a trademark notice, printed as long paragraphs at the very end of the page, under the footer's
menu printed a link a line ("Contact us", "Privacy Policy", "Terms of Use", the social
handles). Their long paragraphs pulled the article's region across the menu to the end of the
page, so the menu and the notices were kept as the article. The pages are whole html-text
dumps of two dev pages of the WCXB v1.0 development split (Murrough Foley, 2026, CC-BY-4.0:
``data/html/wcxb/LICENSE``): page 4912 (a pet insurer's guide to its prices) in
``data/dumps/notices_under_footer_menu_insurer.txt`` and page 0146 (a financial adviser's
article on taxes) in ``data/dumps/notices_under_footer_menu_adviser.txt``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document

_DUMPS = Path(__file__).parent / "data" / "dumps"


def _clean(name: str) -> tuple[str, str]:
    page = (_DUMPS / name).read_text(encoding="utf-8")
    return page, clean_text_document(page, CleanOptions()).text


def test_an_insurers_licence_under_its_footer_menu_is_dropped() -> None:
    page, text = _clean("notices_under_footer_menu_insurer.txt")
    notices = (
        "Pet Health Insurance is administered by Embrace Pet Insurance Agency",
        "Premiums are based on the current age of your pet.",
        "CareCredit is a credit card offered by Synchrony Bank.",
    )
    menu = ("Notice to California Residents", "Sample Policy Terms", "Submit & View Claims")
    assert all(s in page for s in (*notices, *menu))
    for s in (*notices, *menu):
        assert s not in text, s
    # the article's own paragraphs stay, its last ones included
    assert "Getting a quote from us is easy-peasy" in text
    assert "We let you tailor the math to your budget." in text


def test_an_advisers_disclosures_under_its_footer_menu_are_dropped() -> None:
    page, text = _clean("notices_under_footer_menu_adviser.txt")
    notices = (
        '("Site") has entered into an advertising campaign with Empower',
        "Advisory services are provided for a fee by Empower Advisory Group",
        "“EMPOWER” and all associated logos",
    )
    assert all(s in page for s in notices)
    for s in notices:
        assert s not in text, s
    assert "\nTikTok\n" not in f"\n{text}\n"
    # the article's sources and its compliance number under them stay
    assert "RO4993426-1125" in text
    assert "The Difference Between Tax Avoidance and Tax Evasion" in text
