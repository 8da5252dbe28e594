"""Menus whose items carry a description, above the story, in whole-page text dumps: written to
the pattern of real pages (a business-services site's "Resources" menu, each item over one
sentence; a clinic's menu of treatments), with the head of a story that keeps its lines (a
headline, a standfirst, a byline, a list of items with a sentence each in the body)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.menu_boxes import menu_boxes
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines


def _blocks(lines: list[str]) -> list[str]:
    """Every line a block of its own, as text dumps of most pages give them."""
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


_SERVICES_MENU = [
    "Form an LLC",
    "Services",
    "Start your business",
    "LLC formation",
    "Registered agent",
    "Business banking",
    "Logo maker",
    "Resources",
]
#: the real page's box: an item, then one sentence about it
_RESOURCES_BOX = [
    "Blog",
    "Articles and guidance covering the entire business journey.",
    "Help center",
    "Answers and support on how to effectively use our products.",
    "Academy",
    "Learn how to build a business with videos and resources.",
    "LLC by states",
    "A detailed guide to establishing an LLC in all 50 states.",
    "Why us",
    "About",
    "Discover more about our mission and the motivation behind it.",
    "Reviews",
    "Testimonials from actual business owners sharing their experiences with us.",
]
_PODCASTS = [
    "In a tech industry where attention is currency and insight is power, IT leaders cannot "
    "afford to waste time on noise.",
    "If you want to know what your competitor's CTO is listening to between meetings, you are "
    "in the right place. Podcasts have become an essential tool for busy leaders.",
    "Whether we are jogging, hitting the gym, stuck in traffic or cooking dinner, chances are "
    "we are tuned into our favourite shows, and the best of them teach as much as a course.",
    "Consider this your guide. We have done the hard work, scouring the ocean of technology "
    "podcasts to spotlight the ones that truly matter to people who run engineering teams.",
]


def test_a_menu_box_of_items_with_descriptions_is_not_the_story_start() -> None:
    headline = "Best Tech Podcasts For CTOs And IT Decision Makers"
    lines = _blocks(
        [
            *_SERVICES_MENU,
            *_RESOURCES_BOX,
            "(332)-286-2770",
            "Back",
            "Login",
            headline,
            *_PODCASTS,
            "Terms of Use",
            "Privacy Policy",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _PODCASTS
    assert result.metadata.get("title") == headline


_CLINIC_MENU = ["Startseite", "Behandlungen", "Regenerative Medizin", "Über uns", "Kontakt"]
#: the same box in German (the rule reads the shape, not the words)
_TREATMENTS_BOX = [
    "Stammzelltherapie",
    "Mit Ihren eigenen Stammzellen die Heilung auf natürliche Weise fördern.",
    "Eigenbluttherapie",
    "Die heilenden Kräfte Ihres Blutes nutzen, um Schmerzen zu überwinden.",
    "Stoßwellentherapie",
    "Sehnen- und Bänderschmerzen durch Anregung der Heilung behandeln.",
    "Lasertherapie",
    "Sanftes Licht lindert Entzündungen und beschleunigt die Erholung nach Operationen.",
]
_KNEE = [
    "Knieschmerzen gehören zu den häufigsten Beschwerden, mit denen Patientinnen und Patienten "
    "in unsere Praxis kommen, und die Ursachen sind so vielfältig wie die Menschen selbst.",
    "Oft steckt eine Überlastung dahinter, etwa beim Laufen oder beim Fußball, manchmal eine "
    "Arthrose, die sich über Jahre entwickelt hat und erst spät bemerkt wird.",
    "In diesem Beitrag erklären wir, welche Behandlungen es gibt, wie lange sie dauern und "
    "wann eine Operation wirklich nötig ist, und was Sie selbst tun können.",
]


def test_a_menu_box_in_german_is_not_the_story_start() -> None:
    headline = "Knieschmerzen: Ursachen und Behandlung ohne Operation"
    lines = _blocks([*_CLINIC_MENU, *_TREATMENTS_BOX, "Termin buchen", headline, *_KNEE])
    result = strip_lines(lines)
    assert result.lines == _KNEE
    assert result.metadata.get("title") == headline


_STORY_HEAD = [
    "The Five Podcasts Every Engineering Manager Should Hear",
    "We listened to dozens of shows so you do not have to, and these five stood out.",
    "By Jane Roe",
]
_INTRO = (
    "Podcasts have become the commute companion of many engineering leaders, and the good ones "
    "are worth an hour of anyone's week."
)
#: a list of the body: an item, then one sentence about it, as the menu box prints them
_LISTICLE = [
    "Tech Lead Journal",
    "Interviews with engineers about the human side of building software.",
    "The Pragmatic Engineer",
    "An inside look at how big tech and startups really ship products.",
    "Refactoring",
    "Short episodes on managing teams and writing better code.",
    "Beyond the Commit",
    "Conversations with CTOs about impact that goes beyond a single code commit.",
]
_CLOSE = [
    "Each of these shows publishes at least twice a month, so there is always something new "
    "to hear on the way to work.",
    "If you only have time for one, start with the first: its interviews are the most "
    "practical of the five and its back catalogue runs to hundreds of episodes.",
]


@pytest.mark.parametrize("menu", [[], _SERVICES_MENU])
def test_a_story_head_and_a_list_of_items_with_descriptions_in_the_body_stay(
    menu: list[str],
) -> None:
    lines = _blocks([*menu, *_STORY_HEAD, _INTRO, *_LISTICLE, *_CLOSE, "Terms of Use"])
    result = strip_lines(lines)
    assert result.metadata.get("title") == _STORY_HEAD[0]
    assert result.metadata.get("author") == "Jane Roe"
    assert result.lines == [_STORY_HEAD[1], _INTRO, *_LISTICLE, *_CLOSE]


def test_the_box_is_its_items_and_descriptions_only() -> None:
    page = [*_SERVICES_MENU, *_RESOURCES_BOX, "Login", "Best Tech Podcasts", *_PODCASTS]
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    first = len(_SERVICES_MENU)
    assert menu_boxes(feats, tags) == set(range(first, first + len(_RESOURCES_BOX)))


_SHOP_MENU = ["Products", "Robot Vacuums", "DEEBOT X11 Family", "NEW", "Close", "NEW"]
#: a shop's menu of products, each over a blurb of one or two sentences
_PRODUCTS_BOX = [
    "X11 OmniCyclone",
    "3-in-1 robot vacuum with mop, strong suction, fast charging with PowerBoost tech. Ideal "
    "for pet owners with anti-tangle brushes.",
    "X11 PRO OMNI",
    "Advanced robot vacuum with AI stain detection, tangle-free brushes and 3D obstacle "
    "avoidance for smarter, more efficient cleaning.",
    "X11 & Accessories",
    "Bundle: New bagless robot vacuum with large-airflow suction technology and an accessory "
    "kit for your daily cleaning needs.",
]
_MAPPING = [
    "Robot vacuums have come a long way from the models that bumped into every chair leg and "
    "got stuck under the sofa, and mapping is the reason.",
    "A mapping robot builds a plan of your home as it cleans, using a laser on its top or a "
    "camera at its front, and keeps that plan for the next run.",
    "With the plan in memory, the robot can clean room by room, avoid the areas you mark as "
    "off limits and return to its dock when the battery runs low.",
]


def test_a_menu_box_of_products_with_two_sentence_blurbs_is_not_the_story_start() -> None:
    headline = "How Does Robot Vacuum Mapping Work"
    lines = _blocks(
        [
            "X11 & Accessories | Support | Rewards | Blog | About Us | Contact",
            *_SHOP_MENU,
            *_PRODUCTS_BOX,
            "Read more",
            "Read less",
            "Support",
            "Blog",
            headline,
            *_MAPPING,
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _MAPPING
    assert result.metadata.get("title") == headline


# A trade association's news page as inscriptis prints it (WCXB-dev, reduced): its mega menu
# prints each entry as a list item, the label after the bullet and the description under it
# inside the item (further right), descriptions written as phrases or sentences, a submenu's
# label ("Close submenu Research & Statistics") over its entries, then the story under its
# breadcrumb, headline, date and byline.
_NAR_LINES = [
    (8, "Main menu Close menu"),
    (16, "* REALTOR® Store"),
    (16, "* Contact"),
    (16, "* Pay Dues"),
    (14, "*"),
    (10, "Main menu"),
    (12, "* Real Estate Topics"),
    (12, "Open submenu"),
    (
        14,
        "Your resource for all things Real Estate. Including Legal, Agent & Broker, and "
        "Property Rights Issues.",
    ),
    (12, "* Membership"),
    (12, "Open submenu"),
    (
        14,
        "Whether you’re a new agent or an experienced broker you have access to a wide array of "
        "resources designed to help you succeed in today's market.",
    ),
    (12, "* Research & Statistics"),
    (12, "Open submenu"),
    (
        14,
        "Including home buying and selling, commercial, international, NAR member information, "
        "and technology. Use the data to improve your business through knowledge of the latest "
        "trends and statistics.",
    ),
    (12, "* Advocacy"),
    (12, "Open submenu"),
    (
        14,
        "NAR is widely considered one of the most effective advocacy organizations in the country.",
    ),
    (12, "* Education"),
    (12, "Open submenu"),
    (
        14,
        "NAR and its affiliated Institutes, Societies, and Councils offer a wide selection of "
        "real estate training options.",
    ),
    (12, "* News & Events"),
    (12, "Open submenu"),
    (
        14,
        "Stay current on industry issues with daily news from NAR. Network with other "
        "professionals, attend a seminar, and keep up with industry trends through events "
        "hosted by NAR.",
    ),
    (12, "* About NAR"),
    (12, "Open submenu"),
    (
        14,
        "The National Association of REALTORS® is an American trade association involved in all "
        "aspects of residential and commercial real estate.",
    ),
    (12, "* More"),
    (12, "Open submenu"),
    (10, "Close submenu Membership"),
    (16, "Membership"),
    (10, "* Realtors Property Resource® (RPR)"),
    (10, "* All Membership Benefits"),
    (10, "* NAR REALTOR Benefits®"),
    (14, "Bringing you savings and unique offers on products and services just for REALTORS®."),
    (10, "* Directories"),
    (14, "Complete listing of state and local associations, MLSs, members, and more."),
    (10, "* Dues Information & Payment"),
    (10, "* Become a Member"),
    (
        14,
        "As a member, you are the voice for NAR – it is your association and it exists to help "
        "you succeed.",
    ),
    (10, "* Logos and Trademark Rules"),
    (
        14,
        "Only members of NAR can call themselves a REALTOR®. Learn how to properly use the logo "
        "and terms.",
    ),
    (10, "* Your Membership Account"),
    (14, "Review your membership preferences and Code of Ethics training status."),
    (10, "Close submenu Research & Statistics"),
    (16, "Research & Statistics"),
    (10, "* Highlights & News"),
    (14, "Get the latest top line research, news, and popular reports."),
    (10, "* Housing Statistics"),
    (14, "National, regional, and metro-market level housing statistics where data is available."),
    (10, "* Research Reports"),
    (14, "Research on a wide range of topics of interest to real estate practitioners."),
    (10, "* Presentation Slides"),
    (14, "Access recent presentations from NAR economists and researchers."),
    (10, "* State & Metro Area Data"),
    (
        14,
        "Affordability, economic, and buyer & seller profile data for areas in which you live "
        "and work.",
    ),
    (10, "* Commercial Research"),
    (14, "Analysis of commercial market sectors and commercial-focused issues and trends."),
    (10, "* Statistical News Release Schedule"),
    (10, "Close submenu Advocacy"),
    (16, "Advocacy"),
    (10, "* Advocacy Issues & News"),
    (10, "* Federal Advocacy"),
    (14, "From its building located steps away from the U.S. Capitol, NAR advocates for you."),
    (10, "* REALTORS® Political Action Committee (RPAC)"),
    (14, "Promoting the election of pro-REALTOR® candidates across the United States."),
    (10, "* State & Local Advocacy"),
    (14, "Resources to foster and harness the grassroots strength of the REALTOR® Party."),
    (10, "* Advocacy Impact"),
    (14, "Highlighting work to expand housing access and defend property rights."),
    (10, "* REALTOR® Party"),
    (
        14,
        "A powerful alliance working to protect and promote homeownership and property investment.",
    ),
    (10, "* Get Involved"),
    (
        14,
        "Now more than ever, it is critical for REALTORS® across America to come together and "
        "speak with one voice.",
    ),
    (16, "Go"),
    (16, "Go"),
    (18, "* REALTOR® Store"),
    (18, "* Contact"),
    (18, "* Pay Dues"),
    (16, "*"),
    (18, "* Real Estate Topics"),
    (18, "* Membership"),
    (18, "* Research & Statistics"),
    (18, "* Advocacy"),
    (18, "* Education"),
    (18, "* News & Events"),
    (18, "* About NAR"),
    (18, "* More"),
    (0, ""),
    (20, "NAR REALTOR® News"),
    (0, ""),
    (20, "You are here"),
    (0, ""),
    (21, "1. Home"),
    (21, "2. NAR REALTOR® News"),
    (21, "3. Real Estate News"),
    (0, ""),
    (20, "2026 Real Estate Outlook: What Leading Housing Economists Are Watching"),
    (0, ""),
    (16, "January 5, 2026"),
    (16, "Residential Real Estate , Mortgages & Home Financing"),
    (16, "By: Melissa Dittmann Tracey"),
    (26, "Share"),
    (
        28,
        "Housing economists weigh in on the forces most likely to shape housing business in "
        "2026—from mortgage rates and inventory to demographic and regional shifts.",
    ),
    (34, "© guoya / Digital Vision Vectors / Getty Images"),
    (0, ""),
    (
        30,
        "As the housing market enters 2026, leading economists point to a range of forces "
        "likely to shape the year ahead for buyers, sellers, investors and the real estate "
        "industry. While notable headwinds persist, they agree on one thing: The housing market "
        "is showing signs of a rebalance—and a rebound—in 2026.",
    ),
    (0, ""),
    (
        30,
        "REALTOR® News highlights experts’ predictions from the latest episode of the “Real "
        "Estate Today” podcast to help you strategize for the year ahead.",
    ),
    (0, ""),
    (30, "A Reawakening in Home Sales"),
    (0, ""),
    (30, "Lawrence Yun, NAR Chief Economist"),
    (0, ""),
    (
        30,
        "“We are seeing a little better condition for more home sales … with more inventory and "
        "the lock-in effect steadily disappearing—because life-changing events are making more "
        "people list their property to move on to their next home. Next year should be better "
        "with lower mortgage rates, and that will qualify more buyers. We are expecting home "
        "sales to increase by about 14% nationwide in 2026.”",
    ),
    (0, ""),
    (
        32,
        "* Equity remains, but home prices moderate: “Home price growth will be minimal—roughly "
        "2% to 3%—about the same as overall consumer price inflation. Generally, wage growth "
        "will be above that. So, it’s a year where people’s income begins to rise a little "
        "faster than consumer price inflation and home prices—and this is a welcoming "
        "development. We want people to have more purchasing power. Home prices are in no "
        "danger of any major decline, and even a 3% gain will bring smiles to many homeowners.”",
    ),
    (
        32,
        "* Less pressure on buyers: “Inventory levels are about 20% above one year ago, so "
        "there are more choices for consumers. We’re not back to pre-COVID inventory yet, which "
        "I would consider normal, so we’re still in a slight housing shortage condition. But "
        "consumers do not have to rush decisions the way they did before—there are more choices "
        "out there and less prevalence of multiple offers.”",
    ),
    (
        32,
        "* The American dream is still alive: “The desire for homeownership has not fallen. "
        "Many renters say that if the conditions are right, they would like to become "
        "homeowners. The past couple of years have been frustrating because of elevated "
        "mortgage rates, but things will be much better to achieve that American dream of "
        "ownership in 2026—with more inventory choices and mortgage rates falling.”",
    ),
    (0, ""),
    (
        30,
        "Read more: 2026 Forecast Predicts Positive Recovery, With Regional Affordability Hurdles",
    ),
    (16, "* Contact Us"),
    (16, "* 1.800.874.6500"),
    (16, "* Live Chat"),
    (16, "Member Support is available Mon-Fri, 8am-5pm Central"),
]
_NAR = [" " * depth + text for depth, text in _NAR_LINES]


def test_a_mega_menu_of_list_items_with_descriptions_inside_them_is_not_the_story() -> None:
    verdicts = classify_lines(_NAR).verdicts
    kept = [v.text for v in verdicts if v.keep and v.category != "headline"]
    assert kept[0].startswith("Housing economists weigh in on the forces")
    assert kept[-1].startswith("* The American dream is still alive")
    assert "A Reawakening in Home Sales" in kept
    # no entry of the menu, no description, no submenu's label kept or taken for the headline
    menu = {text for depth, text in _NAR_LINES[: _NAR_LINES.index((16, "Go"))]}
    assert not menu & {v.text for v in verdicts if v.keep}


def test_the_entries_printed_inside_their_list_items_make_boxes() -> None:
    feats = page_lines(_NAR, None)
    tags = tag_lines(feats, diacritics=False)
    boxes = {feats[k].text for k in menu_boxes(feats, tags, _NAR)}
    # a description without a final stop, under a label whose bullet the dump printed
    assert {"Housing Statistics", "Highlights & News"} <= boxes
    assert "Get the latest top line research, news, and popular reports." in boxes
    assert "Promoting the election of pro-REALTOR® candidates across the United States." in boxes
    # the dump's lines without their indentation tell nothing of the nesting: there the items
    # read flat (a label over a sentence), in runs with menu lines between them, make the mega
    # menu's boxes, and the entry stands between two of them; no line of the story is in one
    flat = {feats[k].text for k in menu_boxes(feats, tags)}
    assert "Housing Statistics" in flat
    assert "A Reawakening in Home Sales" not in flat


# A list of the body printed the same way (WCXB-dev, an article on AI in healthcare, reduced):
# each item's label after its bullet, its description under it inside the item, between the
# story's paragraphs. It stays.
_AI_TYPES = [
    (
        10,
        "Healthcare is inundated with data, but it’s not necessarily being used. While there "
        "are countless variables to which we can attribute this problem, AI is poised to offer a "
        "unique solution.",
    ),
    (0, ""),
    (10, "Types of AI Applications in Healthcare"),
    (0, ""),
    (12, "* Imaging AI"),
    (
        14,
        "Algorithms trained on diverse data sets to flag suspected positive findings across "
        "various imaging modalities based on different pathologies.",
    ),
    (12, "* Natural Language Processing (NLP)"),
    (
        14,
        "Allows computers to pull data from human language and make decisions based on that "
        "information.",
    ),
    (12, "* Computer Vision (CV)"),
    (14, "Computer gains information and understanding from images and videos."),
    (12, "* Machine Learning (ML)"),
    (
        14,
        "Uses pattern-based identification that allows a machine to learn and, over time, "
        "apply that experience to similar scenarios.",
    ),
    (0, ""),
    (
        10,
        "Through the varying applications of AI technologies, physicians can quickly have "
        "access to patient records and imaging simultaneously, giving them a comprehensive "
        "picture of the patient’s state.",
    ),
    (0, ""),
    (
        10,
        "The usefulness of AI technologies isn’t only limited to the clinical domain, but also "
        "the administrative side of healthcare.",
    ),
]


def test_a_list_of_the_body_with_descriptions_inside_its_items_stays() -> None:
    page = [" " * depth + text for depth, text in _AI_TYPES]
    feats = page_lines(page, None)
    assert not menu_boxes(feats, tag_lines(feats, diacritics=False), page)
    kept = [v.text for v in classify_lines(page).verdicts if v.keep]
    assert "* Imaging AI" in kept
    assert "Computer gains information and understanding from images and videos." in kept


# A video-advertising firm's blog post as inscriptis prints it (WCXB-dev, reduced): its mega
# menu's entries are list items with a phrase inside each (no final stop), and its "White
# Papers" entry shows the latest posts as teaser cards, a post's title after the bullet over an
# excerpt of two sentences and more inside the item, right above the menu's "Research" and
# "About" entries; then the post under its headline and byline.
_MNTN_LINES = [
    (8, "MNTN"),
    (16, "* Performance TV"),
    (0, ""),
    (20, "Solutions"),
    (0, ""),
    (24, "+ MNTN for B2C"),
    (0, ""),
    (26, "See how B2C advertisers utilize the MNTN platform to drive performance"),
    (0, ""),
    (24, "+ MNTN for B2B"),
    (0, ""),
    (26, "See how B2B advertisers utilize the MNTN platform to generate demand"),
    (0, ""),
    (24, "+ MNTN for Small Business"),
    (0, ""),
    (26, "Discover how small business advertisers use the MNTN platform to grow"),
    (0, ""),
    (24, "+ MNTN for Enterprise"),
    (0, ""),
    (26, "Explore how enterprise advertisers use MNTN to lock in their lower funnel."),
    (0, ""),
    (16, "* QuickFrame"),
    (0, ""),
    (20, "QuickFrame"),
    (0, ""),
    (22, "+ QuickFrame AI"),
    (0, ""),
    (24, "AI-generated video ads, made in minutes"),
    (0, ""),
    (22, "+ QuickFrame Marketplace"),
    (0, ""),
    (24, "Match with pros across every video style"),
    (0, ""),
    (22, "+ QuickFrame Blog"),
    (0, ""),
    (24, "Insights on video, channels, and performance"),
    (20, "Explore All"),
    (40, "Presented by:"),
    (0, ""),
    (40, "In Partnership With:"),
    (0, ""),
    (28, "View All"),
    (0, ""),
    (22, "+ White Papers"),
    (0, ""),
    (24, "Research & analysis"),
    (0, ""),
    (34, "o Your Performance TV Guide to Holiday Creative 2025"),
    (0, ""),
    (
        36,
        "‘Tis the season of peak competition — and peak opportunity. From October through "
        "December, marketers face a highly competitive landscape, but it’s also when audiences "
        "are more engaged than ever. This year, shoppers are doing more research, weighing more "
        "options, and expecting more value from every purchase. That means your Connected TV "
        "creative needs to […]",
    ),
    (0, ""),
    (34, "o Your Performance TV Guide to Holiday Audiences 2025"),
    (0, ""),
    (
        36,
        "Q4 is one of the biggest buying moments of the year. As consumers shift from "
        "back-to-school shopping and into gift-giving mode, they’re actively researching "
        "products (and filling their carts) across every screen. But with attention spans short "
        "and competition fierce, performance-focused strategies are the best way to break "
        "through. With the right audience strategy, brands […]",
    ),
    (0, ""),
    (34, "o Your Performance TV Guide to Back-to-School Creative 2025"),
    (0, ""),
    (
        36,
        "The back-to-school season isn’t just about new notebooks and transitional style — it’s "
        "a marker of shifting consumer sentiment. After a stretch of economic ups-and-downs, in "
        "2025 parents and students will be shopping earlier, stretching their dollars further, "
        "and bracing for higher costs at the register. For brands, this means that creative "
        "can’t just be […]",
    ),
    (0, ""),
    (28, "View All"),
    (16, "* Research"),
    (0, ""),
    (20, "MNTN Research"),
    (0, ""),
    (22, "+ Advertiser Trends"),
    (0, ""),
    (24, "Insight into the statistics and trends shaping streaming television advertising"),
    (0, ""),
    (22, "+ Consumer Insights"),
    (0, ""),
    (24, "Analysis of viewership and adoption of streaming television"),
    (0, ""),
    (22, "+ Ad Creative Analysis"),
    (0, ""),
    (24, "Data-driven insights on Connected TV and video advertising formats"),
    (20, "Explore All"),
    (16, "* About"),
    (0, ""),
    (20, "About Us"),
    (0, ""),
    (22, "+ About"),
    (0, ""),
    (24, "Get to know us better"),
    (0, ""),
    (22, "+ Careers"),
    (0, ""),
    (24, "Take a look at current openings"),
    (0, ""),
    (22, "+ Investor Relations"),
    (0, ""),
    (24, "Info, resources, and more"),
    (12, "* Contact"),
    (12, "Request Demo Sign Up Now Sign in"),
    (12, "Request Demo Sign Up Now"),
    (20, "* Facebook"),
    (20, "* X"),
    (20, "* LinkedIn"),
    (20, "* Instagram"),
    (20, "* YouTube"),
    (0, ""),
    (18, "823 Congress Avenue #1827"),
    (18, "Austin, TX. 78768"),
    (0, ""),
    (18, "info@mountain.com"),
    (0, ""),
    (8, "☰"),
    (8, "Sign Up Now"),
    (0, ""),
    (4, "Video Production Process: Complete Guide for 2025"),
    (0, ""),
    (4, "by Jacob Trussell—10 min read"),
    (0, ""),
    (
        8,
        "Video dominates modern marketing. Programmatic video ad spend is expected to surpass "
        "$100 billion globally in 2025, driven by CTV advertising and short-form platforms. "
        "Consumers watch an average of 17 hours of online video weekly, and nearly 90% say it "
        "influences purchase decisions. Yet producing high-performing video marketing content "
        "at scale remains a hurdle for many teams.",
    ),
    (0, ""),
    (
        8,
        "The good news is that advances in AI-driven tools and streamlined workflows have "
        "transformed video production, making professional creative faster and more accessible "
        "than ever. This guide covers the full video production process in 2025, from initial "
        "planning to multichannel distribution.",
    ),
    (0, ""),
    (8, "What Is Video Production?"),
    (0, ""),
    (
        8,
        "Video production is the process of creating video content, encompassing five key "
        "stages: planning and development, pre-production, production, post-production, and "
        "marketing and distribution. Each stage builds on the last to deliver a polished, "
        "platform-ready creative that drives results.",
    ),
    (0, ""),
]
_MNTN = [" " * depth + text for depth, text in _MNTN_LINES]


def test_teaser_cards_printed_inside_a_mega_menu_s_list_items_are_not_the_story() -> None:
    kept = [v.text for v in classify_lines(_MNTN).verdicts if v.keep]
    assert kept[0].startswith("Video dominates modern marketing.")
    assert "What Is Video Production?" in kept
    assert not any(line.startswith(("‘Tis the season", "o Your Performance")) for line in kept)
    assert not any("MNTN Research" in line or "Advertiser Trends" in line for line in kept)
