"""A second article after the story in a whole-page text dump: the outlet's "Next article"
cards, the next story of an infinite scroll under its own byline and date, what follows the
story's tag row (pages written to the pattern of benchmark pages, from their sentences)."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines

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
