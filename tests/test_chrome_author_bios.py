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
