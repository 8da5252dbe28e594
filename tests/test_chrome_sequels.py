"""A second article after the story in a whole-page text dump: the outlet's "Next article"
cards, the next story of an infinite scroll under its own byline and date, what follows the
story's tag row (pages written to the pattern of benchmark pages, from their sentences)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.sequels import sequel_start

from .test_chrome_tail import _STAR_TREK, _page

#: Another article of the outlet (its headline, byline, date and paragraphs).
_ROYAL = [
    "Queen Elizabeth's never-before-seen photos to go on display",
    "By Jane Roe",
    "Published on May 02, 2024 07:44 PM IST",
    "The British Royal Family's Royal Collection Trust (RCT) has announced a new exhibition at "
    "The Queen's Gallery, Buckingham Palace, this summer.",
    "The exhibition, titled 'Royal Portraits: A Century of Photography,' will showcase over 150 "
    "works from the Royal Collection, spanning from the 1920s to the present day. It will "
    "feature images of the late Queen Elizabeth II, Diana, Princess of Wales, and other members "
    "of the Royal Family.",
    "The exhibition, which opens on May 17, is the first to be announced since King Charles "
    "III's cancer diagnosis earlier this year.",
]


def test_previous_and_next_article_cards_after_the_story_are_dropped() -> None:
    cards = [
        "Previous article",
        "All Roadschooling: tips for traveling homeschoolers",
        "Roadschooling is a beneficial alternative to traditional education with a growing "
        "appeal among families in the United States. But how to homeschool on the road without "
        "hurting your child's learning path and chances to attend a good college? As a teacher, "
        "I've created this guide with 5 easy-to-implement tips for roadschooling that every "
        "family with […]",
        "Jessica Kaminski",
        "Jul 31, 2024",
        "Next article",
        "All Varsity Tutors vs. Brighterly: What's Best for Your Child",
        "What learning platform should you choose for your child to improve their math skills? "
        "Or maybe to reinforce knowledge or prepare for standardized tests? When selecting a "
        "tutoring platform and tutors, it's essential to find out what kind of reputation each "
        "platform has, what services the platform provides, the quality of the tutors' teaching, "
        "as […]",
        "Camille Ira B. Mendoza",
        "Aug 01, 2024",
    ]
    r = strip_lines(_page(_STAR_TREK, cards))
    assert r.lines == _STAR_TREK


@pytest.mark.parametrize(
    "label",
    [
        "Następny artykuł",
        "Sonraki Haber",
        "Επόμενο άρθρο",
        "Наступна стаття",
        "下一篇",
        "Volgend artikel",
    ],
)
def test_the_next_story_under_a_pager_label_of_any_language_of_the_lexicon_is_dropped(
    label: str,
) -> None:
    # the outlet's next story printed under the story, its headline and paragraphs (no byline
    # or date: only the label marks it), the label as sites in languages no benchmark page is
    # written in print it (Polish, Turkish, Greek, Ukrainian, Chinese, Dutch)
    tail = [label, _ROYAL[0], *_ROYAL[3:]]
    assert _sequel([*_STAR_TREK, *tail]) == len(_STAR_TREK)
    r = strip_lines(_page(_STAR_TREK, tail))
    assert r.lines == _STAR_TREK


def test_the_next_story_under_its_own_byline_and_date_is_dropped() -> None:
    r = strip_lines(_page(_STAR_TREK, _ROYAL))
    assert r.lines == _STAR_TREK
    # the other story's byline is not the story's author
    assert "author" not in r.metadata


def test_what_follows_the_story_s_tag_row_is_dropped() -> None:
    other = [
        "Tags: Recommended Gear, Reviews, topics",
        "My suggestion is that you more or less forget about the third category. You can find "
        "decent super-automatic machines today, but they tend to be a lot more expensive than "
        "semi-automatics.",
        "This is because everything is built into a super automatic – hence its other name: the "
        "fully automatic. With the press of a single button, you can get a cappuccino.",
    ]
    r = strip_lines(_page(_STAR_TREK, other))
    assert r.lines == _STAR_TREK


#: Another article of the outlet printed in full under the story's tag row: a guide with its
#: subheadings, longer than the story (the pattern of an agency's web-design guide).
_GUIDE = [
    "How Do I Become a Web Designer?",
    "Becoming a professional web designer takes technical skill as well as taste. Aspiring "
    "designers need a working grasp of HTML, CSS and a little JavaScript, and they need to know "
    "how the tools of the trade, from wireframing apps to prototyping suites, fit together.",
    "Designers should also know how colours, type and images combine on a page, so that a site "
    "is not only pleasant to look at but easy to find one's way around. Most of this is learned "
    "by building sites, looking hard at the ones that work, and asking why they work.",
    "Where to Find Web Design Inspiration",
    "Everyone has stared at a blank canvas hoping for a spark. Whether you are designing a site "
    "for a young fintech company or for a family bakery, the best ideas often come from places "
    "that have nothing to do with the web: a well-labelled train station, a tidy menu, a shelf "
    "of paperbacks sorted by colour.",
    "Inspiration does not only come from galleries of award-winning sites, although those are a "
    "fine place to start. Keep your eyes open, note what makes an experience feel effortless, "
    "and borrow the principle rather than the pixels.",
    "Cross-browser Compatibility",
    "A site has to look right and work in every common browser and on every common device. "
    "Developers should test early with several engines, keep the markup standard and avoid "
    "features that only one browser understands, then test again before every release.",
    "In conclusion, modern web design asks designers and developers to keep learning: the "
    "tools change every year, but the aim of a fast, clear and accessible site does not.",
]


def test_a_longer_article_of_the_outlet_under_the_story_s_tag_row_is_dropped() -> None:
    # the tag row closes the story even when more prose than the story follows it: there is
    # no date under the row, so it is not the head of an article below it
    r = strip_lines(_page(_STAR_TREK, ["Tags: Clients, Services, Contact", *_GUIDE]))
    assert r.lines == _STAR_TREK


def test_a_tag_row_above_a_dated_story_is_not_its_end() -> None:
    # a box of prose above the story, then the story's own tag row, headline (not the page's
    # title, so no anchor trims the region) and date: the date marks the row as the story's
    # head, and the halves rule keeps the larger story below it
    box = [_GUIDE[1], _GUIDE[2], _GUIDE[4], _GUIDE[5]]
    head = ["Tags: Film, Television", "Paramount weighs a fourth voyage", "Nov 20, 2019"]
    r = strip_lines(_page([*box, *head, *_STAR_TREK, *_ROYAL[3:]], []))
    assert _STAR_TREK[0] in r.lines
    assert _ROYAL[-1] in r.lines


def test_sections_items_and_dated_notes_of_the_story_stay() -> None:
    # subheadings over their paragraphs, a book of a list under its author (no date), a dated
    # note inside an announcement (no byline), a quoted post with its signature
    body = [
        *_STAR_TREK[:3],
        "The Man Who Saw Seconds",
        "by Alexander Boldizar",
        "Next up we have the Arthur C. Clarke Award winner: Sierra Greer's Annie Bot. What's this "
        "one about?",
        "This is a clever take on the conscious-AI theme. Annie Bot was designed to be a cuddle "
        "bunny, a sexual partner for her owner, Doug.",
        "Below is the original announcement from 12/16/25",
        "We're announcing updates to our pricing and product models for GitHub Actions.",
        "Historically, self-hosted runner customers were able to leverage much of GitHub Actions' "
        "infrastructure and services at no cost.",
        "I love that they trademarked it. Don't worry, South Dakota, no one's going to take your "
        "slogan. https://t.co/XPxUJuyIAC",
        "— Robert Maguire (@RobertMaguire_) November 18, 2019",
        "Another wondered why the state bothered to trademark the tagline in the first place.",
        "What comes next for the franchise",
        *_STAR_TREK[3:],
    ]
    r = strip_lines(_page(body, []))
    # (the byline and the date go as metadata, by other rules)
    other_rules = {body[4], body[7]}
    kept = set(r.lines)
    assert [ln for ln in body if ln not in kept] == [ln for ln in body if ln in other_rules]


def test_a_story_s_own_head_below_prose_of_another_article_is_not_a_second_article() -> None:
    # the region takes in the opening of another article above the story; the story's
    # headline, byline and date follow with more prose than that opening: the story is the
    # larger part, nothing below its head is cut
    above = [
        "When I first started transforming my little 800 sq ft patch here in the UK Midlands "
        "five years ago, leaving my IT desk job behind, I had grand visions of a garden bursting "
        "with colour. Clematis, with their incredible range of sizes, shapes, and bloom times, "
        "were always at the top of my list. I imagined them scrambling over arches, weaving "
        "through roses in my raised beds, and bringing vertical interest to every corner. What I "
        "didn't imagine was the sheer panic that would set in every spring when faced with a "
        'tangle of woody stems and the dreaded question: "Do I cut this back, or leave it '
        'alone?"',
        "Trust me, I've been there. I've made the classic mistake of either savagely pruning a "
        "clematis that should have been left alone, resulting in a year of no blooms, or "
        "cautiously leaving a vigorous grower to become an overgrown, flower-shy mess. Our "
        "unpredictable British weather often adds another layer of complexity, making timing "
        "crucial. But through countless hours of experimentation in my own UK garden, a fair few "
        "mistakes, and a deep dive into what truly makes these beauties thrive, I've cracked the "
        "code.",
    ]
    r = strip_lines(_page([*above, *_ROYAL, *_STAR_TREK], []))
    assert _ROYAL[3] in r.lines
    assert _STAR_TREK[-1] in r.lines


#: Cards of other stories under a related heading, each a headline over a one-sentence summary
#: (a flooring site's "Related Articles" under a design guide).
_RELATED = [
    "Related Articles",
    "Healthy and comfortable home flooring",
    "Maintaining good levels of indoor air quality can make a home a comfortable and safe place "
    "to enjoy every moment of life.",
    "What is vinyl flooring and how is it made?",
    "Learn everything there is to know about Vinyl flooring, the difference between vinyl click, "
    "sheet or plank flooring, how to lay vinyl flooring and more.",
    "Engineered wood vs laminate flooring",
    "Laminate flooring",
    "Are Vinyl and Linoleum the same thing?",
    "Learn about the difference between vinyl and linoleum floors and why the key differences in "
    "how they’re made, installed and maintained.",
    "5 Flooring Strategies to Make Your Space Feel Bigger",
    "Flooring can significantly impact the perceived size of a space. Consider these 5 tips to "
    "visually expand and create a sense of openness for your next design.",
]


def test_cards_under_a_related_heading_after_the_story_are_dropped() -> None:
    r = strip_lines(_page(_STAR_TREK, _RELATED))
    assert r.lines == _STAR_TREK


def _sequel(lines: list[str]) -> int | None:
    feats = page_lines(lines, None)
    tags = tag_lines(feats, diacritics=False)
    return sequel_start(feats, tags, 0, len(feats) - 1)


#: Courses of a guide to design schools, each a title, a line about it and what it teaches.
_COURSES = [
    "Intensive Foundation Course",
    "This course will help you start building real skills with expert guidance from "
    "experienced tutors who have worked in the industry.",
    "What You’ll Learn:",
    "The basics of graphic design",
    "Typography fundamentals",
    "Graphic Design History and Methods",
    "This two-part course is taught by two experienced graphic design teachers and covers the "
    "history of the craft.",
    "What You’ll Learn:",
    "Key design movements like Art Nouveau, Constructivism, Dada, and Bauhaus",
    "How fonts, posters, branding, and propaganda came to be",
]


def test_a_heading_that_introduces_the_body_s_list_is_no_related_box() -> None:
    # "Recommended courses:" is tagged as a related heading, but its colon introduces the
    # guide's own list of courses (the same lines under "Recommended courses" are a box)
    assert _sequel([*_STAR_TREK, "Recommended courses:", *_COURSES]) is None
    assert _sequel([*_STAR_TREK, "Recommended courses", *_COURSES]) == len(_STAR_TREK)


def test_sections_of_the_story_under_a_related_heading_stay() -> None:
    # the heading is followed by the story's paragraphs in a row, not by lone summaries
    body = [*_STAR_TREK[:4], "Related Articles", *_STAR_TREK[4:]]
    r = strip_lines(_page([*body, _GUIDE[1], _GUIDE[2]], []))
    assert _GUIDE[2] in r.lines


#: The end of a listing of companies (two items, each a numbered heading and two paragraphs)
#: and what follows it on the page: related stories, each dated above its headline with its
#: section ("COMPANIES DEC 19, 2025" / headline / summary), the outlet's line about itself and
#: its footer, printed as html-text prints the page (blank lines as it prints them).
_LISTING = [
    "24. Tamr",
    "Founded in 2013 and headquartered in Cambridge, Massachusetts, Tamr is a leading "
    "provider of AI-native Master Data Management (MDM) solutions. Built on research from "
    "MIT’s Computer Science and AI Lab and co-founded by Turing Award winner Mike "
    "Stonebraker and Andy Palmer, Tamr is transforming how organizations unify and "
    "operationalize data. Its platform accelerates the discovery, enrichment, and "
    "maintenance of Golden Records—accurate, real-time data assets that power better "
    "decision-making, revenue growth, and enhanced customer experiences. Unlike traditional"
    " rules-based or DIY MDM approaches, Tamr’s patented, AI-driven system with human "
    "oversight delivers value in days and scales efficiently across business applications "
    "and users.",
    "Tamr’s Customer 360 capabilities help organizations improve data accessibility and "
    "usability across teams and systems. The company recently reported strong revenue and "
    "customer growth for FY 2025, signaling heightened demand for trusted data solutions. "
    "Tamr continues to invest in expanding its capabilities, connecting data across source "
    "systems and integrating third-party enrichment with a single click. With an eye on "
    "global expansion and operational excellence, Tamr remains committed to making trusted,"
    " real-time data the foundation of every business decision.",
    "25. Matillion",
    "Matillion is a leading data pipeline and integration platform built to empower data "
    "teams with greater speed, scale, and simplicity. Since its inception in 2011, "
    "Matillion has focused on helping businesses unlock the full value of their data by "
    "streamlining the creation and management of pipelines for AI and analytics. Its "
    "unified platform blends no-code interfaces with AI-driven capabilities, enabling teams"
    " to integrate data from diverse sources and deliver business-ready data with minimal "
    "engineering effort. By eliminating friction in data workflows, Matillion allows users "
    "to focus on delivering meaningful insights and business outcomes.",
    "Matillion serves enterprises and data professionals around the globe and continues to "
    "strengthen its ecosystem through strategic partnerships, including its recent launch "
    "of a native integration on the Snowflake Marketplace, enhancing ease of use for "
    "Snowflake users. In 2025, Matillion introduced its Agentic Data Team initiative, "
    "designed to boost productivity by leveraging intelligent workflows and automation. As "
    "the company doubles down on expanding its Snowflake collaboration, its strategic focus"
    " remains on maximizing cloud scalability, enabling AI readiness, and enhancing "
    "productivity for data-driven organizations worldwide.",
]
_LISTING_TAIL = [
    "Related Insights",
    "",
    "COMPANIES DEC 19, 2025",
    "",
    "Harmonic Expands Mathematical Superintelligence Program with $120M New Funding",
    "",
    "Harmonic, the artificial intelligence lab developing Mathematical Superintelligence "
    "(MSI), has secured $120 million in its Series C funding round, reaching a $1.45 "
    "billion post-money valuation. The round was led by Ribbit Capital with participation "
    "from Sequoia Capital, Index Ventures, Kleiner Perkins, and Emerson Collective. Founded"
    " in 2023 and based in Palo Alto, Harmonic focuses on creating advanced mathematical "
    "reasoning models that guarantee accuracy and eliminate hallucinations...",
    "FEATURES DEC 18, 2025",
    "",
    "Klarna Launches AI Program to Support Climate Resilience Projects",
    "",
    "Klarna has launched its AI for Climate Resilience Program, selecting six projects from"
    " more than 1,200 global proposals to support communities facing climate-related risks."
    " The initiative focuses on practical uses of artificial intelligence to strengthen "
    "climate adaptation, including tools for water security, disaster preparedness, public "
    "health, and agriculture in regions most affected by environmental change...",
    "COMPANIES DEC 18, 2025",
    "",
    "NVIDIA and Synopsys Expand Strategic Partnership on AI-Driven Engineering",
    "",
    "NVIDIA and Synopsys have announced an expanded strategic partnership aimed at "
    "transforming engineering and design across industries. The collaboration brings "
    "together NVIDIA’s AI and accelerated computing with Synopsys’ engineering and "
    "electronic design automation solutions to support R&D teams facing greater workflow "
    "complexity, rising development costs, and faster time-to-market requirements...",
    "The Software Report is a comprehensive source for market research and insights, "
    "business news, investment activity and corporate actions related to the software "
    "sector. Based in New York City, the firm is run by a seasoned team of editors, writers"
    " and media professionals highly knowledgeable on software and the various companies, "
    "executives and investors that make up the sector.",
    "Contact us: [email protected]",
    "",
    "Award Usage",
    "Contact Us",
    "",
    "© The Software Report. All Rights Reserved.",
]

_LISTING_TITLE = "The Top 25 Data Management and Analytics Companies of 2025 | The Software Report"


def _blocks(rows: list[str]) -> list[str]:
    return [x for row in rows for x in (row, "")]


def test_cards_dated_above_their_headlines_after_the_story_are_dropped() -> None:
    r = strip_lines([_LISTING_TITLE, "", *_blocks(_LISTING), *_LISTING_TAIL])
    paragraphs = [_LISTING[k] for k in (1, 2, 4, 5)]
    assert [ln for ln in r.lines if ln in paragraphs] == paragraphs
    cards = [ln for ln in _LISTING_TAIL[2:17] if ln]
    assert len(cards) == 9
    assert not set(cards) & set(r.lines)
