"""A headline found by its lede needs a lede that reads as sentences.

A dump that prints no page title gets its headline from a title-like line whose words recur in
the paragraphs right below it (:func:`~cleanscrape.chrome.lede_anchor.lede_candidates`). A news
site's tail prints its boxes of trending searches and latest headlines each as one long line,
their links run together ("Horoscope Tomorrow, 20th December 2025 Horoscope Today, ... NTA CUET
2025 Result Live ..."): long enough to weigh as prose, and a box's label above them ("UGC NET
Answer Key CUET Result 2025", a trending term) shares their words. Taken for the headline, it
pulled the region to the 202-word line of latest headlines below it, and a short story
between the outlet's paywall box and its tags was dropped: two copies of one story lost each
other, and two different stories under the same outlet's chrome were joined (both left with the
line of headlines). A lede is sentences: the paragraphs under a headline end like one at
least once; terms and titles run together on a line do not.

The page: a dev story of the syndication benchmark ("Choosing a Web framework") as the benchmark
prints it under a dev page's chrome (a business newspaper's menu, paywall box and tail), reduced.
"""

from __future__ import annotations

from cleanscrape import clean_text
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.lede_anchor import lede_candidates
from cleanscrape.chrome.regions import tag_lines

_HEAD = [
    (
        "Sign In · Smart Market Tools · What's Included · Will be displayed · Wealth · "
        "Lifestyle · Follow us · Home · Subscribe Now"
    ),
    (
        "health benefits of coffee: Coffee lovers rejoice: Nutritionists reveal 4 surprising "
        "health benefits of your daily cup - The Economic Times"
    ),
    "Sign In",
    "Home",
    "More Menu",
    "Sports",
    "Sports News",
    "Lifestyle",
    "Travel",
    "Entertainment",
    "Business",
    "Science & Technology",
    "News",
    (
        "Business News › US › Lifestyle › Coffee lovers rejoice: Nutritionists reveal 4 "
        "surprising health benefits of your daily cup"
    ),
    "The Economic Times daily newspaper is available online now.",
    "Read Today's Paper",
    ("Coffee lovers rejoice: Nutritionists reveal 4 surprising health benefits of your daily cup"),
    "SECTIONS",
    ("Coffee lovers rejoice: Nutritionists reveal 4 surprising health benefits of your daily cup"),
    "By",
    "Advaita Suresh",
    ", Global Desk Last Updated: Dec 19, 2025, 01:00:00 AM IST",
    "Rate Story",
    "Follow us",
    "Share",
    "Comment",
    "Synopsis",
    (
        "Coffee provides more than a morning energy boost. Nutrition experts state that its "
        "health benefits largely arrive from polyphenol antioxidants that help minimize "
        "inflammation and oxidative stress. Research connects moderate coffee intake to "
        "better focus, long-term brain protection, enhanced heart and liver health, and a "
        "lower risk of type 2 diabetes. Coffee may also aid hydration and physical "
        "performance when consumed at the right time."
    ),
    "Listen to this article in summarized format",
    "Listen",
    "Loading...",
    "×",
    "×",
    "Subscribe to",
    "Unlock AI Briefing and Premium Content",
    "Subscribe Now",
    "What's Included",
    "Exclusive Stories",
    "Daily ePaper Access",
    "Smart Market Tools",
    "Curated Investment Ideas",
]

_STORY = [
    "Choosing a Web framework",
    (
        "It’s been a big year for server side web frameworks. Django 6 just dropped, Asp.net "
        "Core 10 came out a month ago, Rails 8.1 released in October and Laravel 12 came out "
        "in February."
    ),
    (
        "After reviewing the options, I’ve decided to narrow down on Asp.net Core 10 for the "
        "following reasons."
    ),
    ("- Excellent tooling support (good vscode support out of the box with minimal configuration)"),
    "- High quality documentation (both from Microsoft and 3rd party)",
    "- A polished story for async and background tasking built-in",
    "- Minimal APIs are ergonomic and refreshingly boiler plate free",
    "- Production quality migrations and ORM in EntityFramework",
    (
        "I love Django but there is something very hacky about building on Python. "
        "Elixir/Phoenix is the siren song always tantalising but even to this day it’s stuck "
        "in the past with primitive debugging (dbg and inspect) and I can’t live without a "
        "debugger. In any case Blazor seems good enough now that Liveview does not hold the "
        "same intrigue."
    ),
    (
        "Asp.net Core 10 lacks hot reload unfortunately but it does have a good debugger "
        "integration with vscode with zero setup. I must admit the nicest DX is found in "
        "typescript + bun + hono where both live reload and a working debugger make "
        "development a pure joy but you have to live with the chaos of the javascript "
        "ecosystem and the database story seems dubious with Prisma and Drizzle seems less "
        "mature."
    ),
    (
        "For years I avoided anything Microsoft, I still have an unsettling feeling of "
        "setting up for disappointment, but I’ve persisted through the discomfort and I must "
        "admit with ASP.net Core 10, it’s as good as anything else out there and maybe even "
        "better overall."
    ),
]

_TAIL = [
    "Tags: What's Included, Enter search text:, The Economic Times",
    (
        "health benefits of coffee coffee and brain health coffee and heart health coffee and"
        " diabetes risk coffee antioxidants best time to drink coffee caffeine intake "
        "guidelines impact of coffee on liver coffee benefits morning coffee benefits"
    ),
    "Read More News on",
    (
        "health benefits of coffee coffee and brain health coffee and heart health coffee and"
        " diabetes risk coffee antioxidants best time to drink coffee caffeine intake "
        "guidelines impact of coffee on liver coffee benefits morning coffee benefits"
    ),
    "View all Stories",
    "Top Trending Terms",
    ("Ranveer Singh Instagram Shubman Gill Test Record Jane Street Sebi News AIIMS Delhi fire"),
    "UGC NET Answer Key CUET Result 2025",
    "Enter search text:",
    "Hot on Web",
    "MORE",
    (
        "Horoscope Tomorrow, 20th December 2025 Horoscope Today, 19th December 2025 ICICI "
        "Prudential AMC Share Price Live Sensex Today Securities Markets Code Bill 2025 "
        "Advance Tax Payment Deadline Corona Remedies Share price 8th Pay Commission Update "
        "3I/ATLAS Meesho IPO Allotment Status Live Quote of the Day by Warren Buffett FIFA "
        "peace prize Is Cloudflare Down Today Meesho IPO GMP Live Updates Sensex Today "
        "Cyclone Ditwah Tracker Live Updates Sudeep Pharma IPO Allotment Status"
    ),
    "In Case you missed it",
    "MORE",
    (
        "Weekly Zodiac Horoscope December 2025 Monthly Horoscope Happy India Independence Day"
        " Wishes IPO GMP Live Updates Malegaon Bomb Blast Case Explained Jane Street India "
        "NTA CUET 2025 Result Live SSC CGL 2025 India vs England 2nd Test Sheikh Hasina "
        "sentence news TikTok Layoffs 2025 ACPDC Merit List 2025 Indian Railways RailOne AKTU"
        " One View Result Karresults nic in 2025 Genpact Workday Row IndusInd Bank CEO "
        "shortlist"
    ),
    "MORE",
    "Latest News",
    (
        "Avatar: Fire & Ash targets $340M+ global debut as Cameron eyes fourth $2B "
        "blockbuster rivaling Housemaid, David, and SpongeBob Goa Liberation Day: How India’s"
        " tri-service operation liberated the state from 450-year Portuguese rule Long "
        "fasting vs big risks: Apollo doctor gives a medical reality check SPNI banks on "
        "Wheel of Fortune India to reinforce primetime strategy, monetisation push Global "
        "Diversification: Why Indian investors are looking beyond home markets to the US The "
        "five most anticipated films of 2026, star-studded blockbusters, highly awaited "
        "sequels, and epic cinematic journeys set to dominate the big screen Passage of "
        "Insurance Bill in Parliament to play catalytic role for sector growth: LIC Chief "
        "Time it like David Beckham Japanese are heading to India with bagfuls of cash "
        "Alimento Agro Foods raises Rs 50 crore from IvyCap Ventures AI to replace humans "
        "soon? Shark Tank judge Anupam Mittal says 'to replicate what your brain does...' IND"
        " vs SA 5th T20I Playing 11: Shubman Gill's availability in doubt, who will make the "
        "cut? Check probable XI Vladimir Putin to face online year-end Q&A session Corrective"
        " actions will be taken after DGCA probe report into IndiGo disruptions: Official "
        "Budget 2021-22: Health gets big leg-up, PLI makes debut, major infra push"
    ),
]


#: The story's paragraphs the strip stage keeps: all but its headline (the list under "... for
#: the following reasons." is the body's, as the sentence announces it).
_KEPT = _STORY[1:]


def test_the_story_stays_under_the_chrome_and_the_headline_lines_go() -> None:
    text = clean_text("\n".join([*_HEAD, *_STORY, *_TAIL])).text
    assert text.splitlines() == _KEPT


def test_a_label_over_terms_run_together_is_no_headline_found_by_its_lede() -> None:
    feats = line_features(_TAIL)
    tags = tag_lines(feats, diacritics=False)
    label = _TAIL.index("UGC NET Answer Key CUET Result 2025")
    found = lede_candidates(feats, tags, skip=frozenset(), region=(len(feats), len(feats)))
    assert label not in found
