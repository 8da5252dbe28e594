"""An author's bio after the story without a heading, in whole-page text dumps: under the
author's name line past a role line or social links, and a bio the byline names between the
story and what the page adds under it (dev dumps reduced to what matters)."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines

# an inscriptis dump of a review site's buying guide, reduced: its menu, head, five paragraphs,
# the box of its author (name line, two social links, the bio) and the related posts
_GUIDE_HEAD = [
    "Close Menu",
    "* News",
    "* Reviews",
    "* Features",
    "* Fitness trackers",
    "Facebook X (Twitter) YouTube LinkedIn",
    "Home » Best fitness tracker 2026: Reviewed, tested, and compared",
    "Best fitness tracker 2026: Reviewed, tested, and compared",
    "By Conor AllisonJanuary 14, 2026 20 Mins Read",
    "Share Facebook Twitter LinkedIn Email",
]
_GUIDE = [
    "The wearable landscape has changed dramatically since the first fitness trackers arrived "
    "over a decade ago. For years, looking for a fitness tracker meant one thing: finding the "
    "best simple wristband that could log your daily steps and sleep.",
    "In 2026, it’s very different. The sensors that monitor your body’s data—heart rate, "
    "recovery, and activity—are now baked into everything from smartwatches and sports watches "
    "to smart rings and screenless straps. Fitness tracking is no longer just about counting "
    "steps; it’s about gaining insights into recovery, stress levels, sleep quality, and "
    "training load.",
    "The Garmin Forerunner 970 is, in our opinion, the best out-and-out sports/workout/fitness "
    "tracker on the market. It sits perfectly between the brand’s core Forerunner models and "
    "the rugged Fenix line.",
    "It’s a premium tracker that features advanced health metrics like an ECG app, Skin "
    "Temperature tracking, HRV Status, and the excellent Body Battery for 24/7 wellness "
    "monitoring.",
    "While its price is high and some advanced metrics require an additional chest strap, its "
    "combination of premium durability (sapphire glass), decent smartwatch features (music and "
    "payments), and deep training data makes it the ultimate, subscription-free option for "
    "serious athletes.",
]
_GUIDE_BIO = (
    "Conor joined Wareable in 2017, quickly making a name for himself by testing out language "
    "translation earbuds on a first date, navigating London streets in a wearable airbag, and "
    "experiencing skydiving in a VR headset. Over the years, he has evolved into a recognized "
    "wearables and fitness tech expert. Through Wareable’s instructional how-to guides, Conor "
    "helps users maximize the potential of their gadgets, and also shapes the conversation in "
    "digital health and AI hardware through PULSE by Wareable. As an avid marathon runner, "
    "dedicated weightlifter, and frequent hiker, he also provides a unique perspective to "
    "Wareable’s in-depth product reviews and news coverage. In addition to his contributions to "
    "Wareable, Conor’s expertise has been featured in publications such as British GQ, The "
    "Independent, Digital Spy, Pocket-lint, The Mirror, WIRED, and Metro."
)
_GUIDE_TAIL = [
    "Share. Facebook Twitter LinkedIn Email",
    "Previous Article Meta shuts down major VR studios as it goes all in on smart glasses",
    "Next Article Garmin Venu 4 review: Powerful, pretty, and pricey",
    "Conor Allison",
    "* X (Twitter)",
    "* LinkedIn",
    _GUIDE_BIO,
    "Related Posts",
    "Fashion",
    "Best smart rings 2026: Oura, Samsung, and top alternatives tested",
    "March 11, 2026",
    "Wearables",
    "MWC 2026: Best wearables and AI hardware announcements",
    "March 6, 2026",
]


def test_a_bio_under_its_name_line_past_social_links_is_dropped() -> None:
    # the name line and the bio stood apart by two lines of social links: the bio was kept
    r = strip_lines([*_GUIDE_HEAD, *_GUIDE, *_GUIDE_TAIL])
    assert r.lines == _GUIDE
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[_GUIDE_BIO] == "author_bio"


# an inscriptis dump of a software studio's blog post, reduced: its menu, head (the byline a
# bare name under "By"), the post, its author's bio, and the cards and calls under it
_POST_HEAD = [
    "Work",
    "About",
    "Learn",
    "Blog",
    "Contact",
    "Have an App Idea? Affordable Software Development is Finally Accessible for Small Businesses",
    "By",
    "Summer Swann",
    "-",
    "June 12, 2025",
]
_POST = [
    "If you're a small business owner with a great idea for an app or digital tool—but have "
    "always assumed it’s out of budget—you’re not alone.",
    "Custom software development has historically been expensive, slow, and inaccessible to "
    "anyone without deep pockets or technical teams. But thanks to advances in AI development "
    "tools, affordable app development is finally within reach.",
    "At Yeti, we’ve seen firsthand how AI is transforming the software development "
    "landscape—allowing us to build high-quality, custom digital products at a fraction of the "
    "traditional cost. This shift isn’t just a win for developers—it’s a game-changer for small "
    "businesses ready to scale, streamline operations, or bring a new product to market.",
    "The Traditional App Development Bottleneck",
    "In the past, building a custom digital product was a major investment. You needed a team "
    "of designers, front-end and back-end developers, QA testers, project managers—and months "
    "(or years) to get to launch. Every new feature or update added cost. If you were a small "
    "business, you either had to raise capital or settle for off-the-shelf tools that didn’t "
    "really fit your needs.",
    "Ready to Make It Happen?",
    "If you’ve been sitting on an idea for a business tool, internal platform, or digital "
    "product, now’s the time to move. AI has brought down the barriers. All you need is a "
    "vision—and a partner who knows how to bring it to life.",
]
_POST_BIO = (
    "Summer is Yeti's Marketing Manager. When not working, you can find her searching for "
    "thrift store treasure, hiking the Sierra Nevadas, cooking vegan treats and reading "
    "anything she can get her hands on. Summer lives in the remote California mountains and "
    "has been known to complete the New York Times crossword puzzle in record time."
)
_POST_TAIL = [
    _POST_BIO,
    "You Might also like...",
    "Helping Small Businesses Transform Operations with Affordable App Development in 2025",
    "Tired of off-the-shelf tools that don’t meet your needs? At Yeti, we're harnessing the "
    "power of AI to help us build custom software for small businesses in just 30 days—at a "
    "fraction of the cost. Discover how we’re delivering affordable, high-impact digital tools.",
    "Browse all Blog Articles",
    "Ready for your new product adventure?",
    "Let's Get Started",
    "Join 10K+ people getting helpful guides, exciting case studies and much more in our "
    "newsletter.",
    "©2025 Yeti Technologies LLC",
]


def test_a_bio_of_the_author_the_byline_names_is_dropped_inside_the_region() -> None:
    # the card's summary below carried the region past the bio, which was kept as the article's
    r = strip_lines([*_POST_HEAD, *_POST, *_POST_TAIL])
    assert all(p in r.lines for p in _POST)
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[_POST_BIO] == "author_bio"


def test_a_bio_of_a_person_the_byline_does_not_name_stays() -> None:
    head = [ln for ln in _POST_HEAD if ln not in ("By", "Summer Swann")]
    r = strip_lines([*head, *_POST, *_POST_TAIL])
    assert _POST_BIO in r.lines


# an inscriptis dump of a design blog's guide to courses, reduced: its byline, its opening,
# three courses; the third's paragraph opens with its teacher's name and role
_COURSES_HEAD = [
    "* Let’s Design",
    "* Grow an Agency",
    "The Best Graphic Design Courses for Beginners in 2025",
    "By Sandra Boicheva",
    "8 months ago",
]
_COURSES = [
    "Ready to dip your toes into graphic design? This guide has you covered with some of the "
    "best graphic design courses for beginners to get you started in 2025. And because I like "
    "to keep things fresh, I’ll be updating this list regularly when new must-try courses pop "
    "up—kind of like your favorite streaming playlist, but for design skills.",
    "You’ll find full-fledged online certificates to quick, free and paid courses, and even "
    "practical tutorials that won’t cost a dime. The courses cover basic theory, working with "
    "popular graphic design software, basics of typography, web design, motion design, UI "
    "design and many other topics.",
    "Graphic Design for Beginners",
    "This course by David Underwood is part of the Effective Communication: Writing, Design, "
    "and Presentation Specialization. It’s a beginner-friendly course designed to help you "
    "improve your design skills, focusing on creating professional-looking PowerPoints, "
    "reports, resumes, and presentations.",
    "Fundamentals of Graphic Design",
    "This course is also part of the Graphic Design Specialization and is taught by Michael "
    "Worthington, who does a great job of breaking down design concepts for beginners. The "
    "course is about 15 hours long, and you can learn at your own pace.",
    "Introduction to Typography",
    "Anther Kiley is a typography expert who will guide you through the world of fonts and "
    "letterforms. It’s a beginner-level course, so no previous experience is needed, and "
    "you’ll learn at your own pace.",
    "User Interface Design: Principles, Prototyping, Practices",
    "Karlis Zars and the Starweaver Instructor Team lead a course with a super straightforward "
    "and practical approach to UI design. It’s a one-hour course that’s great for beginners.",
]


def test_a_paragraph_about_a_person_the_story_is_about_stays() -> None:
    # a teacher the guide presents, not its author: the gold keeps the paragraph
    r = strip_lines([*_COURSES_HEAD, *_COURSES, "Related Articles", "Design Tips"])
    assert all(p in r.lines for p in _COURSES)


# an inscriptis dump of a board-game site's yearly top list, reduced: its head, the first
# paragraphs, two honorable mentions and the closing thoughts, then the author's box (the first
# name alone on a line, a link, the bio), the related posts and the footer
_TOPTEN_HEAD = [
    "Home » Anthony’s Top 10 Board Games of 2025 (Plus a Few Honorable Mentions)",
    "Anthony’s Top 10 Board Games of 2025 (Plus a Few Honorable Mentions)",
    "By AnthonyJanuary 4, 2026 Updated: January 8, 20262 Comments 7 Mins Read 14,267 Views",
    "Facebook LinkedIn Copy Link Email Bluesky",
]
_TOPTEN = [
    "It’s January 3, and I’m finally recording my end-of-year bonus episode. I did this "
    "last year and had a blast, so I’m back to share the games that stuck with me the most "
    "throughout 2025.",
    "One reason I wait until early January: winter break is the one stretch of the year "
    "where I can actually play a bunch of games without interruptions. No clients, no "
    "schoolwork, no chaos. Every year, there are a couple of “I need to try this before I "
    "finalize my list” titles… and this year, two late plays over the break made the cut.",
    "Honorable Mentions (Good, But Not My Top 10)",
    "A few games I liked a lot but didn’t quite make the final list:",
    "Railroad Tiles",
    "A clever re-implementation of Railroad Ink as a tile-laying, grid-based drafting game."
    " Drafting tiles from a shared tableau reduces luck and makes it a more strategic "
    "puzzle. The base set is a bit vanilla, but there’s a lot of extra content from the "
    "crowdfunding campaign that improves it.",
    "Toy Battle",
    "A fast, punchy two-player game that looks simple but has surprising depth. It plays "
    "like an abstract with area control energy. Something like Small World meets Santorini."
    " Quick, clever, and satisfying.",
    "Final Thoughts",
    "This wasn’t a “Voidfall year” for me—nothing lived on my table for a month "
    "straight—but it was still a strong year full of memorable experiences. If I had to bet"
    " on which games rise in my all-time rankings over time, Star Trek: Captain’s Chair is "
    "the surest thing, and Elder Scrolls has enormous potential as I explore more of its "
    "content.",
]
_TOPTEN_BIO = (
    "Anthony cofounded Board Gamers Anonymous in 2013 and has been on (almost) every "
    "episode. Today, he lives in Philadelphia with his family and teaches first year "
    "writing at Thomas Jefferson University."
)
_TOPTEN_TAIL = [
    "Follow on Facebook Follow on Instagram Follow on YouTube Follow on Spotify Follow on "
    "Bluesky Follow on LinkedIn Follow on Discord",
    "Share. Facebook LinkedIn Email Copy Link Bluesky",
    "Anthony",
    "* Website",
    _TOPTEN_BIO,
    "Related Posts",
    "51 Most Anticipated Board Games of 2026",
    "January 11, 2026",
    "Best Board Games of 2025 – BGA Awards",
    "January 4, 2026",
    "© 2026 Board Gamers Anonymous LLC.",
]


def test_a_bio_under_a_first_name_alone_on_its_line_is_dropped() -> None:
    # the name line held the first name only: the bio, the region's last paragraph, was kept
    r = strip_lines([*_TOPTEN_HEAD, *_TOPTEN, *_TOPTEN_TAIL])
    assert r.lines == _TOPTEN
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[_TOPTEN_BIO] == "author_bio"


def test_a_bio_that_names_the_person_after_a_phrase_or_by_the_surname_is_dropped() -> None:
    # the boxes of two other dev pages under the same story: the name line over a role line
    # and a bio naming the person by the given name the line shortens and the surname, or
    # the name line right over a bio naming the first name after a phrase (their sentences)
    for box in (
        [
            "Ludo Fourrage",
            "Founder and CEO",
            "Ludovic (Ludo) Fourrage is an education industry veteran, named in 2017 as a "
            "Learning Technology Leader by Training Magazine. Before founding Nucamp, Ludo "
            "spent 18 years at Microsoft where he led innovation in the learning space.",
        ],
        [
            "Mike Marshall",
            "With over seven years at FreightWaves, a leading supply chain media and news "
            "organization, Mike has played a pivotal role in expanding the company’s reach "
            "by launching its dedicated affiliate website. His work has helped shape "
            "FreightWaves’ position as a go-to resource for logistics, freight, and supply "
            "chain professionals.",
        ],
    ):
        tail = [*_TOPTEN_TAIL[:2], *box, *_TOPTEN_TAIL[5:]]
        r = strip_lines([*_TOPTEN_HEAD, *_TOPTEN, *tail])
        assert r.lines == _TOPTEN
        assert {x.line: x.reason for x in r.removed}[box[-1]] == "author_bio"


# an inscriptis dump of a tailor's list of clothing brands, reduced: its head, the
# introduction, six brands under their names (a designer's among them, "Stella McCartney" /
# "Stella McCartney is a pioneer ... Known for her ..."), the FAQ's first answer, a related
# post and the footer
_BRANDS_HEAD = [
    "24 Sustainable Clothing Brands Leading the Way in 2026",
    "February 4 2026 - Average reading time: 12 min",
    "Written by: Nancy Peyer",
]
_BRANDS = [
    "In an era where conscious consumerism reigns supreme, sustainable clothing brands have"
    " emerged as the shining stars of the fashion industry. These brands prioritize ethical"
    " practices, eco-friendly materials, and fair labor conditions, making them a top "
    "choice for environmentally-conscious individuals. In this blog post, we'll delve into "
    "some of the most remarkable sustainable clothing brands in 2025, shedding light on "
    "what makes them stand out in the world of fashion.",
    "Patagonia",
    "Patagonia has long been a frontrunner in sustainability. Their commitment to "
    "protecting the environment is evident through their use of recycled materials, fair "
    "labor practices, and their pledge to donate a percentage of their profits to "
    "environmental causes. Each Patagonia piece is designed to be durable, reducing the "
    "need for constant replacements.",
    "Stella McCartney",
    "Stella McCartney is a pioneer in sustainable luxury fashion. Known for her cruelty-"
    "free designs and dedication to using vegan materials, McCartney's brand is a testament"
    " to how high fashion can align with sustainability. Her commitment to avoiding leather"
    " and fur showcases her unwavering dedication to animal welfare.",
    "Eileen Fisher",
    "Eileen Fisher is synonymous with timeless elegance and sustainability. The brand "
    "champions organic fibers, like organic cotton and linen, and incorporates sustainable "
    "practices into its production processes. Their take-back program encourages customers "
    "to return old pieces, which are then upcycled into new creations.",
    "Allbirds",
    "Allbirds has revolutionized footwear by crafting sneakers from sustainable materials "
    "like Merino wool and eucalyptus fibers. The brand boasts carbon-neutral production and"
    " strives for total transparency in its supply chain. Plus, their shoes are incredibly "
    "comfortable!",
    "Veja",
    "Veja is making waves in the world of sneakers with its environmentally-friendly "
    "approach. The brand uses fair-trade materials and minimizes waste in its production "
    "process. What truly sets them apart is their transparency in disclosing the cost of "
    "production and the price you pay, fostering a deeper connection between consumers "
    "and the brand.",
    "Reformation",
    "Reformation is all about stylish sustainability. They craft their clothing from eco-"
    "friendly fabrics, vintage garments, and surplus materials, reducing waste and water "
    "consumption. Reformation also actively works to reduce their carbon footprint.",
    "Frequently Asked Questions (FAQs)",
    "What defines a sustainable clothing brand?",
    "A sustainable clothing brand prioritizes ethical practices, eco-friendly materials, "
    "and fair labor conditions. They aim to minimize their environmental impact and promote"
    " social responsibility.",
]
_BRANDS_TAIL = [
    "If you liked this, share it",
    "Other related Posts",
    "How to Make my Wardrobe Sustainable",
    "Copyright 2026 Sumissura",
]


def test_a_designer_under_her_name_in_the_body_of_a_list_stays() -> None:
    # the same shape inside the story, other items and an answer below it: the story's own
    r = strip_lines([*_BRANDS_HEAD, *_BRANDS, *_BRANDS_TAIL])
    assert all(p in r.lines for p in _BRANDS[1:9])
