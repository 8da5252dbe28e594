"""A review's paragraph on what the app costs, in the words of an appeal ("for as little as").

An app review (a benchmark page's story, as the syndication benchmark prints it under another
outlet's menu and tail, reduced) ends with a paragraph on the app's plans: "... You can try out
the app on all your compatible devices for as little as $2.99 for a month. A yearly subscription
is currently $29.99, ... it's $69.99.", then one paragraph more. "for as little as" is a phrase
of the outlet's appeals ("Get access to ... Pro for as little as Rs 599 for first year."), and
the paragraph ends the story with one paragraph below it, where the outlet's appeals stand: it
was dropped as an appeal, and the story's last paragraph with it. The review speaks to its
reader as the appeal does ("you can try"); what tells them is the prices: the review names four
of them, an offer names its own.
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import line_features

#: The outlet's menu above the story, its headline, and its tag row and links below.
_HEAD = [
    "Laser Crafts · Skip to content · Cricut Jewelry Ideas · Name * · Δ · Cricut · More "
    "Home Decor · Welcome! · Home Decor",
    "10 DIY Woodworking Projects for Your Home - Creative Ramblings",
    "Skip to content",
    "Meet Sarah",
    "Work with me",
    "Disclosure & Privacy Policy",
    "Cricut",
    "Laser Crafts",
    "Search...",
    "Search...",
    "Home » Home Decor",
]
_HEADLINE = "Digital Photo Frame App Makes Old Hardware Useful Again"
_STORY = [
    "I love it when I find an app that solves a problem I didn't know I had. I am always "
    "reluctant to get rid of any Apple hardware that still has any life left in it. "
    "Sometimes finding a practical use for an aging iPad or Intel Mac can be challenging. "
    "But now that I've discovered what I think is the best in its class app for displaying "
    "digital photography, I think Aura Photo Frames are great gadgets, but they are "
    "expensive and have limitations. Macs and iPads generally have better displays. They "
    "have network connectivity built in, and using one of them with the right software "
    "gives you a huge variety of photo sources. You can even use the app on an Apple TV to "
    "do things you can't do natively with the built-in app.",
    "When I have company coming over, I make slide shows featuring my guests and set them "
    "to play. Anyone who needs a display for a trade show or presentation can use this app "
    "a lot more easily than setting up a rotating PowerPoint or Keynote presentation. I "
    "also like to make slideshows of trips I go on to keep the memories alive after I "
    "return home.",
    "I use Digital Photo Frame and Slideshow, a universal app that works on the last six "
    "versions of macOS (Catalina-Sequoia) and iOS/iPadOS (iOS12-iOS26). The app has over 1K"
    ' App Store reviews and a 4.8 rating. It\'s been featured by Apple in "Apps We Love." '
    "You can read plenty of testimonials and get support at the developer's website. I "
    "contacted him while working on this review. Based on my interaction and his reputation"
    " among users, you should have no problem getting help should you need it or getting a "
    "response if you have a feature request. I asked about adding support for WebDAV cloud "
    "services and he let me know he's working on adding that support (and for other "
    "services available through the Files app). Digital Photo Frame is updated frequently.",
    "- Include: local photo roll, albums, and smart albums",
    "- Can also use iCloud photos and shared albums",
    "- Syncing services like Google Photos & Flickr",
    "- Interval times range from three seconds to 24 hours",
    "- Photos can be shuffled or displayed in a fixed order",
    "- Multiple transition styles, including the Ken Burns effect",
    "- Photos can be in portrait or landscape mode",
    "Digital Photo Frame and Slideshow includes timers to start and stop slideshows "
    "automatically. The Apple Photos slideshow feature lacks audio continuity and detailed "
    "timing controls.",
    "If you've used the app in the past and moved on to other options, you should take a "
    "look at some of the recent developments. Version 6 introduced:",
    "- Offline slideshow support that allows you to cache photos so you can run without "
    "network connectivity",
    "- So easy to use that my youngest grandchildren can design their own slideshows",
    "- I can keep music playing in the background (unlike with the native Apple app)",
    "- The whole family can add photos to slideshows by contributing to shared albums",
]
_PRICES = (
    "There's a lifetime purchase option and a subscription option. You can try out the app "
    "on all your compatible devices for as little as $2.99 for a month. A yearly "
    "subscription is currently $29.99, although, according to AppRaven, there have been "
    "sales for as low as $12.99 a year. If you just want to buy the app outright, knowing "
    "that you should be able to use it for years to come on multiple devices, it's $69.99."
)
_LAST = (
    "If you have hardware that's so old you can't run a compatible version of a Mac "
    "operating system on it, try Digikam, a FOSS photo management app. I use it on two 2009"
    " iMacs. One runs Debian and the other Xubuntu, but you can run older versions of "
    "Digikam on vintage Mac operating systems."
)
_TAIL = [
    "Tags: Crafts, Fall Pinecone Wreath, Meet Sarah",
    "Fall Pinecone Wreath",
    "Thanks for visiting!",
    "Share this post",
    "More Home Decor",
    "Craft Room Wall Update with Felt Right",
    "Dollar Tree Peel and Stick Tile on a Table - Does it Work?",
    "How to Screen Print on Pillows",
]


def test_the_review_s_price_paragraph_and_its_last_paragraph_stay() -> None:
    page = "\n".join([*_HEAD, _HEADLINE, *_STORY, _PRICES, _LAST, *_TAIL])
    r = clean_text(page)
    assert r.text.splitlines()[-2:] == [_PRICES, _LAST]
    assert "appeal" not in {x.reason for x in r.removed}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (_PRICES, ""),
        # an AEB dev page's appeal under its story: one price, the outlet's offer
        (
            "Get access to India's fastest growing financial subscriptions service Moneycontrol "
            'Pro for as little as Rs 599 for first year. Use the code "GETPRO".',
            "appeal",
        ),
        # a WCXB dev page's appeal, its tiers' price a month
        (
            "For as little as $1 a month, you’ll get early access to all of my YouTube videos, "
            "plus tons of photos that I don’t post anywhere else.",
            "appeal",
        ),
    ],
)
def test_price_words_make_an_appeal_where_the_line_names_the_offer_s_price(
    line: str, kind: str
) -> None:
    assert tail_kind(line_features([line])[0]) == kind


#: The review's price paragraph as another outlet breaks it at its sentences: the sentence with
#: "for as little as" ends its line with one price, the paragraph's other prices below it (as
#: the benchmark prints one copy, that line runs on into the story's last paragraph).
_PRICES_BROKEN = [
    "There's a lifetime purchase option and a subscription option. You can try out the app "
    "on all your compatible devices for as little as $2.99 for a month.",
    "A yearly subscription is currently $29.99, although, according to AppRaven, there have "
    "been sales for as low as $12.99 a year.",
    "If you just want to buy the app outright, knowing that you should be able to use it for "
    "years to come on multiple devices, it's $69.99.",
]


def test_the_review_s_price_paragraph_broken_at_its_sentences_stays() -> None:
    offer, rest = _PRICES_BROKEN[0], " ".join([*_PRICES_BROKEN[1:], _LAST])
    page = "\n".join([*_HEAD, _HEADLINE, *_STORY, offer, rest, *_TAIL])
    r = clean_text(page)
    assert r.text.splitlines()[-2:] == [offer, rest]
    assert "appeal" not in {x.reason for x in r.removed}


def test_the_offer_s_line_counts_the_prices_of_the_prose_below_it() -> None:
    offer, report, _ = line_features(_PRICES_BROKEN)
    assert tail_kind(offer) == "appeal"  # alone, one price: an offer's
    assert tail_kind(offer, report) == ""  # the paragraph's prices go on below it


def test_an_offer_over_a_line_naming_no_price_stays_an_appeal() -> None:
    # the WCXB dev page's appeal above, broken at its sentences: its tiers named below it
    offer, below = line_features(
        [
            "For as little as $1 a month, you’ll get early access to all of my YouTube videos, "
            "plus tons of photos that I don’t post anywhere else.",
            "Depending on which tier you choose, you could also receive seasonal prints and/or "
            "discounts! I always use all of the proceeds towards cameras, film & processing.",
        ]
    )
    assert tail_kind(offer, below) == "appeal"
