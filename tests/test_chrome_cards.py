"""Boxes and card lists of other stories in whole-page text dumps, written to the pattern of
real pages: a news page whose "Most read" box sits between two halves of the body (a kicker
and a headline per card, each line a block of its own), and a shop's blog post followed by a
listing of other posts (title, summary, date)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import lexicon_category, line_features

_MENU = ["Home", "News", "World News", "Health News", "Money", "Tech"]


def _blocks(lines: list[str]) -> list[str]:
    """Every line a block of its own, as text dumps of most pages give them."""
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


_PLAGUE_FIRST = [
    "A HUNTER who killed and ate a wild rabbit in the north of the country has been hit by the "
    "deadly bubonic plague.",
    "The 55-year-old is the third resident of the capital to contract the disease this month, "
    "officials said on Sunday.",
    "Health bosses said that 28 people in close contact with the hunter were quarantined to "
    "stop it being transmitted further.",
    "The man told doctors he ate the rabbit meat on a hunting trip on November 5.",
]
_PLAGUE_AFTER = [
    "Authorities in the western region, which is close to the border, set up a quarantine to "
    "prevent the disease from spreading.",
    "Tourists from six countries were stranded in the regional capital as a result.",
    "Plague is caused by bacteria usually found in small mammals and the fleas they carry.",
    "Those infected often develop symptoms after an incubation period of one to seven days.",
    "How is the plague spread?",
    "Symptoms include a sudden onset of fever, chills, head and body aches, along with "
    "weakness and vomiting.",
    "The two main forms of the infection are bubonic and pneumonic, where the bubonic form "
    "has spread to the lungs.",
    "At advanced stages of the infection, inflamed lymph nodes can turn into open sores.",
    "The disease is transmitted between animals and humans by the bite of infected fleas and "
    "by direct contact with infected tissues.",
    "Those suffering from the bubonic form have a 30 to 60 per cent chance of dying from it "
    "if they are not treated.",
    "From 2010 to 2015 there were 3,248 cases reported worldwide, including 584 deaths.",
    "Nowadays the plague is easily treated with antibiotics if it is caught early enough.",
]
_MOST_READ = [
    "RANDY ANDY",
    "Prince parties in unearthed pics despite claiming 'he avoids PDAs'",
    "TIME TRAVELLER",
    "Conspiracy theorists say they've spotted a teen activist in 120-year-old pic",
    "EYE POPPING",
    "Bodybuilder has 'rotting' muscle removed after injecting oil to look muscly",
    "DRIVEN TO DESPAIR",
    "Furious mum demands kids clothes have gender labels scrapped",
]


def test_a_box_of_one_link_a_block_inside_the_body_is_dropped() -> None:
    lines = _blocks(
        [
            *_MENU,
            "Hunter diagnosed with bubonic plague after eating a rabbit",
            "Debbie White",
            *_PLAGUE_FIRST,
            "Most read in world news",
            *_MOST_READ,
            *_PLAGUE_AFTER,
            "Terms of Use",
        ]
    )
    kept = strip_lines(lines).lines
    assert kept == _PLAGUE_FIRST + _PLAGUE_AFTER


def test_a_table_under_a_related_heading_stays_with_the_body() -> None:
    # "Continue Reading Below" (an ad slot's label) over the quotes table of the story
    first = [
        "Dow component Home Depot reported third-quarter earnings that topped estimates as "
        "revenue fell short, sending shares lower in early trading.",
        "The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as "
        "revenue rose 3.5 percent to $27.2 billion.",
    ]
    table = [
        "Ticker Security Last Change Change %",
        "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%",
        "LOW LOWE'S COMPANIES INC. 113.40 -1.62 -1.41%",
    ]
    after = [
        "Analysts surveyed by Refinitiv expected earnings of $2.52 per share on revenue of "
        "$27.5 billion for the quarter.",
        "Looking ahead, the company sees fiscal year sales growth of 1.8 percent, down from its "
        "earlier forecast of 2.3 percent.",
        "\u201cOur third quarter results reflected broad-based growth across our business, yet "
        "sales were below our expectations,\u201d the chief executive said in a statement.",
        "The company said it is largely on track with its investments in stores and online, "
        "but that some of the benefits it anticipated for the year will now come later.",
        "Shares of the company are up 39 percent this year, while the broader market is up "
        "24.5 percent over the same period.",
    ]
    lines = _blocks(
        [
            *_MENU,
            "Home Depot sales miss, shares plunge",
            *first,
            "Continue Reading Below",
            *table,
            *after,
        ]
    )
    kept = strip_lines(lines).lines
    assert all(row in kept for row in table)
    assert all(p in kept for p in after)


_ERGONOMICS = [
    "Working at a desk for eight hours a day puts a strain on your neck, back and wrists, "
    "and most of it comes from a screen set too low or too far away.",
    "Start with the chair: your feet should rest flat on the floor, with your knees at about "
    "the height of your hips and your back against the backrest.",
    "Then raise the monitor so that the top of the screen is at or slightly below eye level, "
    "about an arm's length away from you.",
    "If you work on a laptop, place it on a stand and use an external keyboard and mouse, so "
    "that your shoulders stay relaxed while you type.",
    "Finally, take a short break every half hour: stand up, walk around and look at something "
    "far away for a few seconds to rest your eyes.",
]
_OTHER_POSTS = [
    "Neck pain at your computer? A 10-minute ergonomics reset",
    "Do you ever feel stiffness in your neck after a few hours of work that gradually turns "
    "into persistent pain? This guide is for anyone who spends most of the day in front of a "
    "screen and is looking for immediate relief, without buying new furniture or changing "
    "the whole room. You'll learn how to create an ergonomic workst...",
    "Mar 3, 2026",
    "Gift for an electronics fan: MagSafe vs a classic charger – what to choose and for whom?",
    "Finding the perfect gift for an electronics fan often means striking a balance between "
    "aesthetics and pure performance. This guide is for anyone looking to treat a loved one, "
    "or themselves, to a solution that genuinely improves the organization of a workspace and "
    "makes charging a phone at the desk simpler every s...",
    "Feb 26, 2026",
    "How to set up a home office in a rented apartment",
    "In your own house or apartment, you can paint experimental frescoes on the ceiling, build "
    "or tear down a partition wall, or replace old panels with elegant wooden flooring. But "
    "when you're renting? When hammering a single nail could cost you your deposit, you need "
    "other ideas for a workspace that works.",
    "Oct 17, 2025",
    "How to stand properly at your desk?",
    "Is standing at a desk some kind of complicated philosophy? At first glance, it seems "
    "simple: raise the desktop, place your feet on the floor and stand. Yet just as long hours "
    "of sitting can ruin your back, working while standing can also cause serious problems if "
    "it is done the wrong way for too long.",
    "Sep 18, 2025",
]


def test_a_listing_of_other_posts_with_their_dates_is_not_body() -> None:
    lines = _blocks(
        [
            *_MENU,
            "Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard",
            *_ERGONOMICS,
            "Blog.",
            *_OTHER_POSTS,
            "Your workspace. Reinvented.",
        ]
    )
    kept = strip_lines(lines).lines
    assert kept == _ERGONOMICS


def test_dated_entries_of_a_timeline_in_the_body_are_kept() -> None:
    # a timeline of the story: dated entries of paragraphs of different lengths
    timeline = [
        "March 3, 2019",
        "The company files its first complaint with the regulator, asking it to review the "
        "merger of the two largest carriers in the region.",
        "The regulator opens an inquiry the same week and asks both carriers for their plans.",
        "June 12, 2019",
        "A hearing is held in the capital, where the carriers argue that fares will not rise "
        "after the merger.",
        "September 30, 2019",
        "The regulator approves the merger on condition that the carriers give up twelve routes "
        "to competitors within two years.",
        "Both carriers accept the conditions and say they will appeal none of them.",
    ]
    intro = _ERGONOMICS[:2]
    lines = _blocks([*_MENU, "How the merger came about", *intro, *timeline, "Terms of Use"])
    kept = strip_lines(lines).lines
    assert all(t in kept for t in timeline if not t[-4:].isdigit())


_STREAMING = [
    "Kevin Mayer has spent most of his career at the company making deals. Now he is running "
    "its most important new business, the streaming service that launched last week.",
    "The service signed up 10 million customers in its first day, far more than analysts had "
    "expected, although technical problems frustrated some of them.",
    "Mayer, who oversaw the launch, said the company would fix the problems quickly and "
    "that demand for the service had exceeded even its own most optimistic forecasts.",
    "He declined to say when the company might change its sports strategy and decide to "
    "stream marquee sports, such as football or basketball, on the new service.",
    "Eventually, the company is expected to switch gears again by concentrating its sports "
    "offerings on a more comprehensive streaming service of its sports network.",
    "Mayer was named chairman of the direct-to-consumer and international division in March "
    "2018 after years of serving as the company's chief strategist and dealmaker.",
    "He led key acquisitions, including Marvel Entertainment, Lucasfilm and BamTech, the "
    "previously little-known firm that provided the technology behind the service.",
    "Wall Street analysts are trying to assess which media companies are best positioned for "
    "success, and how many streaming services consumers will pay for.",
    "Getting the service right will be a key test of Mayer's mettle. He is viewed as a "
    "potential successor to the chief executive, who plans to step down in 2021.",
    "\u201cOperating is a lot different than a strategy role,\u201d Mayer said. \u201cI love "
    "what I'm doing.\u201d",
]


def test_a_newsletter_box_after_the_article_closes_it() -> None:
    # the newsletter box, then the author's box and a list of other stories with summaries
    lines = _blocks(
        [
            *_MENU,
            "Disney+ is off to a fast start. Meet the executive in charge",
            *_STREAMING,
            "Company Town Television Business Entertainment & Arts",
            "Newsletter",
            "Get our daily Entertainment newsletter",
            "Subscribe",
            "Meg James",
            "Follow Us",
            "twitter",
            "instagram",
            "Meg James is a corporate media reporter for the Los Angeles Times, covering the "
            "business of television and digital disruption in the entertainment industry.",
            "More From the Los Angeles Times",
            "Diversity among Hollywood directors improves, but insiders still get fast track",
            "Women and people of color directed a greater proportion of TV shows in the last "
            "season, but Hollywood is still giving a majority of first-time directing jobs to "
            "industry insiders, a new report says.",
            "Agency signs franchise agreement with the writers guild",
            "The agency is the fifth company to break ranks with the association of talent "
            "agents in the long dispute over packaging fees and affiliated production.",
        ]
    )
    kept = strip_lines(lines).lines
    assert kept == _STREAMING


def test_a_newsletter_box_between_items_of_a_guide_keeps_the_items_after_it() -> None:
    def item(n: int, name: str, text: str) -> list[str]:
        return [f"{n}. {name}", text, "Plan to spend: $10–$40", "Buying options:", "Amazon"]

    tools = [
        (
            "Multimeter",
            "A multimeter measures voltage, current and resistance, and every "
            "electrician uses one daily to check that a circuit is dead before touching it.",
        ),
        (
            "Voltage tester",
            "A non-contact voltage tester tells you whether a wire is live "
            "without touching the copper, which makes it the quickest safety check on a job.",
        ),
        (
            "Lineman's pliers",
            "Lineman's pliers grip, twist, bend and cut wire, and their "
            "insulated handles protect you when you work near circuits that could be live.",
        ),
        (
            "Wire strippers",
            "Professional electricians regularly strip the plastic sheathing "
            "from wires to expose the copper and make connections, so good strippers matter.",
        ),
        (
            "Fish tape",
            "Fish tape is used to run wiring between gang boxes or through walls "
            "and conduit, where you cannot reach the other end of the run with your hands.",
        ),
        (
            "Cable cutters",
            "Cable cutters cut thick copper and aluminium cable cleanly, so the "
            "conductor keeps its shape and fits into the terminal without fraying at the end.",
        ),
    ]
    body: list[str] = []
    for n, (name, text) in enumerate(tools[:3], start=1):
        body += item(n, name, text)
    box = ["The #1 newsletter for the trades.", "Enter email address", "Subscribe"]
    rest: list[str] = []
    for n, (name, text) in enumerate(tools[3:], start=4):
        rest += item(n, name, text)
    intro = (
        "Every electrician needs a set of reliable tools, and the right ones make the job "
        "safer and faster. We asked working electricians which tools they reach for on every "
        "job, what they cost and where to buy them."
    )
    lines = _blocks([*_MENU, "The best electrician tools", intro, *body, *box, *rest])
    kept = strip_lines(lines).lines
    assert all(text in kept for _, text in tools)


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Enjoyed this piece? We need your help to keep publishing.", "subscribe"),
        ("Did you like this article? You can buy me a coffee.", "subscribe"),
        ("We rely on donations from readers. Please consider supporting the project.", "subscribe"),
        ("This field is for validation purposes and should be left unchanged.", "ui"),
        ("This field is hidden when viewing the form", "ui"),
        ("* Indicates a required field", "ui"),
        ("Explore more", "related_heading"),
        ("Keep exploring", "related_heading"),
    ],
)
def test_appeals_form_fields_and_more_articles(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


# A story republished by a college-rankings site: the story's last paragraphs, then the site's
# list of guides, each card an author, a date, a title and a summary (the first card's title
# and summary cut from the page), then the site's footer menu.
_STADIA = [
    "Google Stadia launches tomorrow and early review are somewhat mixed. Prior to launch "
    "Google promised players would be able to tap into powerful 10.7 teraflop hardware, "
    "allowing anybody to play games at 4k and 60fps on high settings, but the reality seems "
    "to be somewhat different.",
    "When streaming at 4K, we render at a native 1080p and then upsample and apply a variety "
    "of techniques to increase the overall quality of effect.",
    "Not only is Destiny 2 not true 4K on Stadia, it runs at medium settings. So, in other "
    "words, Destiny 2 on Stadia is a marked step down from the Xbox One X version, which runs "
    "at native 4K with more visual pizazz.",
    "Of course, streaming games at 1080p/1440p with high-end console settings isn\u2019t "
    "terrible. If you\u2019re not a particularly techy person and just looking at Stadia as a "
    "replacement for consoles, it\u2019s not a bad alternative.",
    "The Google Stadia Founder\u2019s and Premiere Editions, which come with a Chromecast "
    "Ultra, launch tomorrow (November 19) in 14 countries, including United States, Canada, "
    "the United Kingdom, Ireland, France, Germany, Italy, Spain, the Netherlands, Belgium, "
    "Denmark, Sweden, Finland and Norway.",
]
_GUIDE_SUMMARIES = [
    "The best online colleges offer a great education at an affordable price. Learn more "
    "about choosing a school and program that meets your needs.",
    "Explore affordable online master\u2019s programs to advance your career, increase "
    "earnings, and maximize flexibility. Compare grad school options, costs, and top-paying "
    "in-demand careers.",
]
_GUIDES = [
    "by Alison Plaut",
    "Updated October 17, 2025",
    "10 Best Online Colleges and Universities 2025",
    _GUIDE_SUMMARIES[0],
    "by Thomas Broderick",
    "Updated August 29, 2025",
    "Best Affordable Online Master\u2019s Degrees 2026",
    _GUIDE_SUMMARIES[1],
    "by Evan Thompson",
    "Updated December 18, 2025",
    *["Degrees", "All", "Associate", "Bachelor's", "Master's", "Ph.D. & Doctoral", "Rankings"],
    *["All", "Best Online Colleges", "Most Affordable Colleges", "Community Colleges"],
    "\u00a9 2025 Affordablecollegesonline.org, a Red Ventures Company",
    "About Us | Privacy Policy | Cookie Settings | Contact | Sitemap | Terms of Service",
]


@pytest.mark.parametrize("tag_row", [True, False])
@pytest.mark.parametrize("blocks", [True, False])
def test_the_story_s_last_paragraph_above_a_dated_listing_is_no_card(
    tag_row: bool, blocks: bool
) -> None:
    # the listing's cards open with an author and a date: the first date's card, taken as
    # long as the others, reaches up into the story's last paragraphs (over a tag row or not)
    tags = ["Tags: Online Art Programs, Top Online MBAs"] if tag_row else []
    page = [
        *_MENU,
        "Best Online MBA Programs",
        "Updated on December 11, 2025",
        "Stadia Falls Short of 4K at Launch, Destiny 2 Runs at a Native 1080p and Medium Settings",
        *_STADIA,
        *tags,
        *_GUIDES,
    ]
    kept = strip_lines(_blocks(page) if blocks else page).lines
    assert all(p in kept for p in _STADIA)
    assert not any(s in kept for s in _GUIDE_SUMMARIES)


def test_a_listing_of_other_posts_right_below_the_article_is_still_dropped() -> None:
    # no line between the article and the listing: the first card opens with its title
    lines = _blocks([*_MENU, "Ergonomic desk step by step", *_ERGONOMICS, *_OTHER_POSTS])
    assert strip_lines(lines).lines == _ERGONOMICS
