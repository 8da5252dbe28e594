"""An author's bio after the story without a heading, in whole-page text dumps: under the
author's name line past a role line or social links (dev dumps reduced to what matters)."""

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
