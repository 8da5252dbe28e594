"""A menu's section descriptions above the article, told by their shape (``html/menus.py``)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanscrape.html.extract import extract_html
from cleanscrape.html.menus import menu_descriptions

# a real WCXB dev page (a business magazine's guide to free accounting tools), reduced and with
# its attributes taken off as older or generated markup leaves them: the site's header menu, a
# list whose every item is a section's link and a sentence about the section, then the guide
_SITE = "https://www.uschamber.com"
_MENU = (
    (
        "start",
        "Start",
        "Everything that you need to know to start your own business.  From business ideas to "
        "researching the competition.",
    ),
    (
        "run",
        "Run",
        "Practical and real-world advice on how to run your business — from managing employees "
        "to keeping the books",
    ),
    (
        "grow",
        "Grow",
        "Our best expert advice on how to grow your business — from attracting new customers to "
        "keeping existing customers happy and having the capital to do it.",
    ),
    (
        "good-company",
        "Good Company",
        "Entrepreneurs and industry leaders share their best advice on how to take your company "
        "to the next level.",
    ),
    (
        "guides",
        "Product Guides",
        "Let us help your business find the best tools and solutions to thrive and grow.",
    ),
)
_TITLE = "10 Free Accounting Tools for Your Small Business"
_GUIDE = (
    "As a small business owner, you know how quickly expenses can add up. Fortunately, you "
    "don't have to sacrifice quality to find affordable accounting software. No-fee bookkeeping "
    "apps offer basic accounts receivable and invoicing, expense tracking, and bank "
    "reconciliation features. This guide explores the 10 best free accounting tools for small "
    "businesses and three vendors offering 30-day free trials.",
    "The Wave Starter plan is free forever. It provides intuitive mobile apps and allows "
    "unlimited invoices, customers, estimates, products, and vendors. One user can access "
    "accounting and invoicing tools through desktop and mobile devices, but it costs extra to "
    "capture receipts or connect bank accounts digitally.",
    "Zoho Books offers a free version for micro-businesses earning $50,000 or less in annual "
    "revenue. One user and an accountant can send up to 1,000 invoices and enter 1,000 or "
    "fewer expenses yearly. There is more to learn compared to Zoho alternatives like Wave. "
    "However, Zoho's free bookkeeping app supports W9 and 1099 reporting and syncs with "
    "multiple banks and credit cards.",
    "ZipBooks Starter is free forever for one user. It connects to one bank account, allows "
    "unlimited invoicing, and supports Square and PayPal payments. ZipBooks automatically "
    "classifies new contacts as vendors or customers and supports unlimited records.",
)


def _menu_page() -> str:
    items = "".join(
        f'<li><a href="{_SITE}/co/{path}">{label}</a><p>{about}</p><span>{label}</span></li>'
        for path, label, about in _MENU
    )
    guide = "".join(f"<p>{p}</p>" for p in _GUIDE)
    return (
        f"<html><head><title>{_TITLE}</title></head><body>"
        f"<div><div><div><div><ul>{items}</ul></div></div></div></div>"
        f"<div><div><section><div><h1>{_TITLE}</h1></div></section>"
        f"<div><div>{guide}</div></div></div>"
        "</body></html>"
    )


def _words(text: str) -> str:
    return " ".join(text.split())


def test_a_menus_section_descriptions_above_the_article_are_taken_out() -> None:
    got = extract_html(_menu_page(), url=f"{_SITE}/co/run/finance/free-accounting-tools")
    printed = [_words(line) for line in got.lines]
    for _, _, about in _MENU:
        assert _words(about) not in printed
    guide = [_words(p) for p in _GUIDE]
    assert [line for line in printed if line in guide] == guide
    assert got.pruned["menu_description"] == len(_MENU)


def test_the_menu_is_found_only_before_the_main_prose_block() -> None:
    body = lxml_html.document_fromstring(_menu_page()).find("body")
    assert body is not None
    block = next(p.getparent() for p in body.iter("p") if p.text == _GUIDE[0])
    assert menu_descriptions(body, block, frozenset()) == {_words(a) for _, _, a in _MENU}
    # the same list inside the article's element (the content score's node) is the article's
    assert menu_descriptions(body, block, frozenset({body[0]})) == frozenset()


# a real WCXB dev page (a listing of upcoming technology events), reduced: the listing is the
# article, each event a list item with its date, its name as a link to the event's page, its
# place and a paragraph about it; no other prose on the page
_EVENTS = (
    (
        "March 16, 2026",
        "fabcon",
        "FABCON",
        "Atlanta, United States",
        "FABCON is the largest conference dedicated to Microsoft Fabric, bringing together tech "
        "enthusiasts, innovators, and industry leaders to explore the future of data, "
        "analytics, business intelligence, and AI integration.",
    ),
    (
        "March 16, 2026",
        "nvidia-gtc",
        "NVIDIA GTC",
        "San Jose, United States",
        "NVIDIA GTC is the premier global AI conference, where developers, researchers, and "
        "business leaders come together to explore the next wave of AI innovation.",
    ),
    (
        "March 17, 2026",
        "mes-it-security",
        "Midsize Enterprise Summit IT Security",
        "Florida, United States",
        "MES IT Security focuses only on the midmarket, sharing pivotal market intelligence "
        "through keynotes from the industry’s top experts, interactive boardrooms and "
        "whiteboarding sessions, and more. Network with midmarket IT executives and form "
        "strategic relationships with technology partners and suppliers that deliver the "
        "biggest, boldest ideas.",
    ),
    (
        "March 17, 2026",
        "channelpro-live",
        "ChannelPro LIVE",
        "Columbus, United States",
        "Ready to scale your MSP? ChannelPro LIVE is where it happens. These in-depth, two-day "
        "events feature strategies on selling profitable managed services, turning compliance "
        "obligations into recurring revenue, adding automation to improve efficiency.",
    ),
)


def test_a_listing_whose_items_are_the_article_keeps_its_paragraphs() -> None:
    items = "".join(
        f'<li><div>{date}</div><h2><a href="https://www.cloudtango.net/events/{path}/">'
        f"<span>{name}</span></a></h2><p><span>{place}</span></p><p>{about}</p></li>"
        for date, path, name, place, about in _EVENTS
    )
    page = (
        "<html><head><title>Upcoming Events</title></head><body><main><div><div>"
        "<h1>Upcoming Events and Tech Conferences</h1><p>List of Upcoming Events and Tech "
        "Conferences of special interest to MSPs across the United States.</p>"
        f"<ul>{items}</ul></div></div></main></body></html>"
    )
    got = extract_html(page, url="https://www.cloudtango.net/events/us/")
    printed = " ".join(got.lines)
    for *_, about in _EVENTS:
        assert _words(about) in _words(printed)
    assert "menu_description" not in got.pruned
