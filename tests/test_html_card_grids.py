"""Grids of teaser cards after the article, told by their shape (``html/card_grids.py``)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from lxml import html as lxml_html

from cleanscrape.html.card_grids import card_summary, card_texts, grid_summaries
from cleanscrape.html.extract import extract_html
from cleanscrape.text import decode_bytes

_ROOT = Path(__file__).resolve().parent.parent
_DATA = _ROOT / "tests" / "data" / "html"
sys.path.insert(0, str(_ROOT / "benchmarks"))

import old_markup  # noqa: E402

# a real WCXB dev page (a home-services cost guide), reduced: the guide's text, then a section
# of other guides as a list of cards (image link, author and date, the guide's headline as a
# link, a line of summary), named only by generated CSS-module classes
_SITE = "https://www.homeadvisor.com/cost/"
_GUIDE = (
    "A house renovation costs anywhere from $3,000 to $190,000, with most homeowners spending "
    "an average of $52,164. The large range in price is due to the variation in the size of the "
    "house, rooms being renovated, and the project scope. Building a realistic budget can help "
    "cover surprises and keep the project moving.",
    "The bigger the home, the bigger the bill—square footage is one of the strongest cost "
    "drivers. Larger homes require more materials and labor, driving total expenses. Renovation "
    "costs range from $15 to $60 per square foot, but high-end materials, luxury appliances, and "
    "customization can push costs to $150 per square foot or more.",
    "Labor can make up about 50% to 60% of your total home renovation budget, which means you "
    "might save $25,000 to $30,000 by tackling projects yourself.",
    "However, electrical and plumbing work can be dangerous without the right training and "
    "expertise, and you can make costly mistakes if you’re not an expert in carpentry, flooring "
    "installation, drywall, or other aspects. Mistakes can lead to costly damage or serious "
    "injury.",
)
_CARDS = (
    (
        "walls-and-ceilings/raise-a-ceiling/",
        "How Much Does It Cost to Vault a Ceiling?",
        "Looking to vault a ceiling? Here’s how much it costs, what factors affect cost, and what "
        "to expect.",
    ),
    (
        "cabinets-and-countertops/install-porcelain-countertops/",
        "How Much Do Porcelain Countertops Cost in 2025?",
        "Discover how much porcelain countertops cost to install based on factors such as their "
        "size, materials, add-ons, and local labor rates.",
    ),
    (
        "additions-and-remodels/remodel-bedroom/",
        "How Much Does a Bedroom Remodel Cost in 2025?",
        "Budget for bedroom remodel costs based on factors such as bedroom size, remodel type, "
        "features, materials, labor, and more.",
    ),
    (
        "kitchens/build-kitchen-island/",
        "How Much Does a Kitchen Island Cost in 2025?",
        "Use this guide to budget for kitchen island costs, including island style and shape, "
        "customizations, countertop options, professional labor, and more.",
    ),
)


def _card(path: str, headline: str, summary: str) -> str:
    return (
        '<li class="Card_cardContainer___7DME"><article class="Card_cardContent__vGXV3">'
        f'<a href="{_SITE}{path}"><img src="/img/{path.strip("/")}.jpg" alt=""></a><div>'
        '<div class="Card_cardAuthorContainer__u4i_p"><a href="/author/cati">Cati O\'Keefe</a>'
        '<time datetime="2025-12-04">Dec 4, 2025</time></div>'
        f'<div><h3 class="Card_cardTitle__72fz_"><a href="{_SITE}{path}">{headline}</a></h3></div>'
        f'<p class="Card_cardText__FLji5">{summary}</p></div></article></li>'
    )


def _guide_page() -> str:
    guide = "".join(f"<p>{p}</p>" for p in _GUIDE)
    cards = "".join(_card(*c) for c in _CARDS)
    return (
        "<html><head><title>How Much Does It Cost to Renovate a House?</title></head><body>"
        "<main><h1>How Much Does It Cost to Renovate a House?</h1>"
        f"<div><h2>Size of Home Renovation</h2>{guide}</div>"
        "<section><h2>The homeowners guide to major renovation multiple room services</h2>"
        f"<ul>{cards}</ul></section></main></body></html>"
    )


def test_grid_after_the_guide_leaves_the_output() -> None:
    lines = extract_html(_guide_page(), url=_SITE + "additions-and-remodels/").lines
    text = "\n".join(lines)
    for _path, _headline, summary in _CARDS:
        assert summary not in text
    for paragraph in _GUIDE:
        assert paragraph in lines


def test_card_summary_reads_one_card() -> None:
    card = lxml_html.fragment_fromstring(_card(*_CARDS[0]))
    assert card_summary(card) == _CARDS[0][2]
    # a card whose headline is no link is no teaser
    plain = lxml_html.fragment_fromstring(
        "<li><h3>How Much Does It Cost to Vault a Ceiling?</h3><p>" + _CARDS[0][2] + "</p></li>"
    )
    assert card_summary(plain) is None


# a real WCXB dev page (a blog's roundup of wood projects), reduced: its cards are the article,
# set among the post's own paragraphs, and the gold keeps them
_ROUNDUP_URL = "https://www.creativeramblingsblog.com/10-diy-woodworking-projects-for-your-home/"
_INTRO = (
    "Adding style and function to your home can be fun, and you can do it yourself! I've shared "
    "many ways to update your home on this blog including a budget bathroom makeover and how to "
    "make your own wood signs.",
    "Today I've rounded up 10 DIY woodworking projects for your home, most of which you can make "
    "in under 2 hours.",
    "The woodworking projects below are all part of the At Home DIY challenge. Each month I share "
    "a new DIY project along with a group of very talented blogging friends. We hope to inspire "
    "you and show you how to easily update your home.",
    "I picked a handful of projects that I loved this month to share with you here today. I also "
    "included a few of my favorite wood projects that have been in use at my house for years.",
)
_PROJECTS = (
    (
        "https://www.littlebitsofhome.com/2019/07/quick-coat-hooks.html",
        "Quick Coat Hooks",
        "These genius coat hooks are perfect for little kids! This is one of those 'why didn't I "
        "think of that' projects. I am tempted to add them to my kitchen right now.",
    ),
    (
        "https://www.bitterrootdiy.com/diy-plant-stand/",
        "DIY Plant Stand",
        "A beautiful and simple plant stand is the perfect addition to your deck or patio, and "
        "you can complete this woodworking project in under 2 hours!",
    ),
    (
        "https://www.livingletterhome.com/diy-mirror-frame/",
        "DIY Mirror Frame",
        "Upgrade your bathroom mirror for a fraction of the cost of a new one, and in less than 2 "
        "hours!",
    ),
)


def _roundup_page() -> str:
    intro = "".join(f"<p>{p}</p>" for p in _INTRO)
    cards = "".join(
        f'<div><div><img src="/img/{i}.jpg" alt=""></div><div><h2><a href="{href}">{title}</a>'
        f"</h2><div><strong>Photo Credit:</strong> {href.split('/')[2]}</div>"
        f"<div><p>{summary}</p></div></div></div>"
        for i, (href, title, summary) in enumerate(_PROJECTS)
    )
    return (
        "<html><head><title>10 DIY Woodworking Projects for your Home</title></head><body>"
        f"<div>{intro}<h2>10 Woodworking Projects for your Home</h2><section>{cards}</section>"
        "<p>Check out the full list above. See something you like? Click through for the full "
        "post, woodworking plans and lots more details.</p></div></body></html>"
    )


def test_roundup_whose_cards_are_the_article_keeps_them() -> None:
    page = _roundup_page()
    body = lxml_html.fromstring(page).find("body")
    assert body is not None
    block = body[0]  # the post's own element, which holds the cards
    assert grid_summaries(body, block) == frozenset()
    text = "\n".join(extract_html(page, url=_ROUNDUP_URL).lines)
    for _href, _title, summary in _PROJECTS:
        assert summary in text


# WCXB dev page 4193 (a solar installer's guide), with class names and ids taken off as
# ``benchmarks/old_markup.py`` takes them off: after the guide and a newsletter box, "Related
# articles", a listing of three cards (the headline inside its link, "Written by" the author,
# the date, a reading time). The extractor leaves the linked headlines out and prints each
# card's other lines under the guide.
_SOLAR = _DATA / "wcxb" / "4193.html.gz"
_RELATED = (
    ("Best solar panels in 2026: Which one should you choose?", "Emily Walker", "Feb 11, 2026"),
    (
        "Congress killed the residential solar tax credit—these states should go solar now",
        "Casey McDevitt",
        "Jul 7, 2025",
    ),
    (
        "Solar prices hit all-time lows in 2024—is that about to change?",
        "Alex Behrens",
        "May 22, 2025",
    ),
)


def _bare_solar_page() -> tuple[str, str, str]:
    """The page without class names, its URL and its gold text."""
    raw = decode_bytes(gzip.decompress(_SOLAR.read_bytes()), source="page", html=True).text
    gold = json.loads(_SOLAR.with_suffix("").with_suffix(".json").read_text("utf-8"))
    markup = old_markup.variant(raw, "attributes")
    return markup, gold["url"], gold["ground_truth"]["main_content"]


def test_listing_cards_lines_without_their_headlines_leave_the_output() -> None:
    markup, url, gold = _bare_solar_page()
    lines = extract_html(markup, url=url).lines
    for headline, author, date in _RELATED:
        assert headline not in lines  # the premise: the extractor printed no headline
        assert f"Written by {author}" not in lines
        assert date not in lines
    assert not {"6 min read", "4 min read", "5 min read"} & set(lines)
    # the guide stays: every paragraph of the gold from its opening to its close
    paragraphs = [p for p in gold.splitlines() if len(p.split()) >= 20]
    assert len(paragraphs) >= 20
    assert all(p in lines for p in paragraphs[:3] + paragraphs[-3:])


def test_card_texts_reads_one_listing_card() -> None:
    card = lxml_html.fragment_fromstring(
        '<div><a href="/solar/best-solar-panels-complete-ranking/"><h3>Best solar panels in '
        "2026: Which one should you choose?</h3></a><p><span>Written by "
        '<a href="/authors/emily-walker/">Emily Walker</a></span></p><div><p><span>Feb 11, 2026'
        "</span></p><p><span>6 min read</span></p></div></div>"
    )
    read = card_texts(card)
    assert read is not None
    headline, texts = read
    assert headline == _RELATED[0][0]
    assert {"Written by Emily Walker", "Feb 11, 2026", "6 min read"} <= texts
    # two linked headlines: a list of links, not one card
    two = lxml_html.fragment_fromstring(
        "<div>"
        + "".join(f'<h3><a href="/{n}/">{h}</a></h3>' for n, (h, _, _) in enumerate(_RELATED))
        + "</div>"
    )
    assert card_texts(two) is None
