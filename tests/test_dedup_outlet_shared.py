"""Different stories of one outlet under the text it prints around each of them: told apart, a
pair at a time, by what the two share besides the text a third page of the site prints
(:func:`cleanscrape.dedup.core.outlet_shared`), in every engine alike.

The pages are a dev draw of the syndication benchmark (three pages of one site, joined
before this rule) reduced to what matters: each a story of 75-90 words between the same prose
of the outlet (another article's lede above; a newsletter blurb, side links, writers' blurb and
disclaimers below, 630 words in all), its menu of short lines left out.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import PAIR_STORY_SHARE, outlet_shared, pair_apart
from cleanscrape.dedup.prints import PrintList
from cleanscrape.engines import PoolEngine

SETTINGS = (
    CleanOptions(),
    CleanOptions(containment=True),
    CleanOptions(match="full"),
    CleanOptions(match="full", containment=True),
)

#: the prose the outlet prints above each story (another article's lede)
TELESCOPE = (
    "What's the best astrophotography telescope for a beginner? I am often asked this question, "
    "and the answer is the one that provides consistent results. If you plan on using a "
    "telescope for photography with your DSLR camera, the following list should help you make "
    "your decision. These are entry-level, high-quality telescopes with a proven track record "
    "of success."
)
#: the outlet's text under each story: its newsletter, side links, writers' blurb and
#: disclaimers (its menu of 21 short lines left out)
OUTLET = [
    "Get insights and intel on your money.",
    (
        "*If you’re already registered with Empower, please use the same email address as your "
        "existing account."
    ),
    (
        "*If you’re already registered with Empower, please use the same email address as your "
        "existing account."
    ),
    (
        "U.S. income taxes for the 2025 tax year are due Wednesday, April 15, 2026. Learn about "
        "filing dates, extensions, and refunds to be prepared for Tax Day."
    ),
    "What is a traditional IRA and how does it work?",
    (
        "Online resale is emerging as a $40 billion industry, giving consumers new ways to "
        "stretch their budgets and unlock value."
    ),
    "The Currency editors",
    "Staff contributors",
    (
        "The Currency TM writers and editors cover the latest financial news and insights "
        "shaping how we live, work, and play. The team provides accurate, data-driven, and "
        "timely content aimed at empowering financial freedom for all."
    ),
    (
        "The content contained in this blog post is intended for general informational purposes "
        "only and is not meant to constitute legal, tax, accounting or investment advice. You "
        "should consult a qualified legal or tax professional regarding your specific "
        "situation. No part of this blog, nor the links contained therein is a solicitation or "
        "offer to sell securities. Compensation for freelance contributions not to exceed "
        "$1,250. Third-party data is obtained from sources believed to be reliable; however, "
        "Empower cannot guarantee the accuracy, timeliness, completeness or fitness of this "
        "data for any particular purpose. Third-party links are provided solely as a "
        "convenience and do not imply an affiliation, endorsement or approval by Empower of the "
        "contents on such third-party websites. This article is based on current events, "
        "research, and developments at the time of publication, which may change over time."
    ),
    (
        "Certain sections of this blog may contain forward-looking statements that are based on "
        "our reasonable expectations, estimates, projections and assumptions. Past performance "
        "is not a guarantee of future return, nor is it indicative of future performance. "
        "Investing involves risk. The value of your investment will fluctuate and you may lose "
        "money."
    ),
    (
        "Certified Financial Planner Board of Standards Inc. (CFP Board) owns the certification "
        "marks CFP®, CERTIFIED FINANCIAL PLANNER™, CFP ® (with plaque design), and CFP ® (with "
        "flame design) in the U.S., which it authorizes use of by individuals who successfully "
        "complete CFP Board's initial and ongoing certification requirements."
    ),
    (
        '("Site") has entered into an advertising campaign with Empower Personal Wealth, LLC '
        '("EPW"), through which Site is paid up to $250 for each individual lead. The Site, due '
        "to such compensation, has an incentive to recommend EPW, resulting in a material "
        "conflict of interest. Individuals who are referred to EPW are not obligated to "
        "subscribe for investment advisory services provided by Empower Advisory Group, LLC "
        '("EAG"). Those individuals who do subscribe for EAG\'s investment advisory services '
        "will not pay increased management fees or any other fees to Site, EPW, or EAG as a "
        "result of this campaign. Site financially benefits from referring individuals to EPW. "
        "Site is not affiliated with EPW or EAG."
    ),
    (
        "Advisory services are provided for a fee by Empower Advisory Group, LLC (EAG). EAG is "
        "a registered investment adviser with the Securities and Exchange Commission (SEC) and "
        "an indirect subsidiary of Empower Annuity Insurance Company of America. Registration "
        "does not imply a certain level of skill or training. Investing involves risk. Past "
        "performance is not indicative of future returns. You may lose money. Advisory fees are "
        "calculated based upon the amount of assets being managed (as detailed further in the "
        "Empower Advisory Group, LLC Form ADV)."
    ),
]
#: three stories, each on a page of its own
MUSEUM = [
    "Increasing attendance and awareness of a world-class space museum in small-town Kansas.",
    (
        "A collaborative approach brought leadership into the creative process as we evolved "
        "the brand expression for a health clinic."
    ),
    "Branding a beer on a mission to benefit a museum and stand out in a crowded space.",
    (
        "Introducing a revamped pre-WWII classic bourbon brand now found on top shelves "
        "throughout Kentucky."
    ),
    (
        "A data-driven approach brings a #RelentlesslyOriginal community together to attract "
        "and retain talent."
    ),
]
RESTAURANT = [
    "an establishment where meals are served to customers.",
    (
        "How does restaurant compare to similar and commonly confused words? Explore the most "
        "common comparisons:"
    ),
    (
        "Even if businesses want to hire, the pickings are slimmer, especially in low-skill "
        "occupations at hotels and restaurants. From MarketWatch"
    ),
    (
        "As the day wore on, he dropped off more items from hamburger joints, coffee shops, "
        "noodle stores and a Middle Eastern restaurant, then more tea, before finally calling "
        "it quits at 11:31 p.m. From The Wall Street Journal"
    ),
]
ACTRESS = [
    (
        "Photos which were released online and are making the rounds on social media, show "
        "Nigerian actress, Kate Henshaw, looking absolutely stunning in new make-up photos."
    ),
    (
        "Veteran Nollywood actress, Kate Henshaw, who in 2008, won the Africa Movie Academy "
        "Award for Best Actress in a Leading Role, has taken to her Instagram page to share "
        "some stunning photos of herself."
    ),
    (
        "She flaunted her hand bag which had the colours of the Nigerian flag. The 47 year old "
        "was one of the guests invited to an event by media mogul, Debola Lagos."
    ),
]


def page(story: list[str]) -> str:
    """A page of the outlet: the prose above, the story, the outlet's text."""
    return "\n".join([TELESCOPE, *story, *OUTLET])


STORIES = [page(MUSEUM), page(RESTAURANT), page(ACTRESS)]
#: a re-crawl of the second story's page (a quote less) with the three
RECRAWL = [page(RESTAURANT), page(RESTAURANT[:-1]), page(MUSEUM), page(ACTRESS)]


def test_three_stories_of_one_outlet_under_its_text_stay_apart() -> None:
    """What a third page of the site prints is the outlet's text: outside it, each pair of
    the three pages shares less than :data:`PAIR_STORY_SHARE` of each page's part (its story),
    and the three are apart at every setting. Of unknown sites (no site's text) the outlet's
    text joins them."""
    sites: list[str | None] = ["money.example"] * 3
    prints = PrintList(STORIES, CleanOptions(), sites=sites)
    stories = [prints.story(i) for i in range(3)]
    assert all(s is not None and s.size < prints.whole(i).size / 3 for i, s in enumerate(stories))
    for a, b in ((0, 1), (0, 2), (1, 2)):
        sa, sb = stories[a], stories[b]
        assert sa is not None and sb is not None
        shared = np.intersect1d(sa, sb).size
        assert shared < PAIR_STORY_SHARE * min(sa.size, sb.size) and outlet_shared(sa, sb)
    for opts in SETTINGS:
        assert find_duplicates(STORIES, opts, sites=sites).duplicate_of == [None] * 3
    assert find_duplicates(STORIES, CleanOptions()).duplicate_of == [None, 0, 0]


def test_two_pages_of_a_site_are_judged_as_without_the_rule() -> None:
    """With no third page of the site there is no site's text (what two pages share may be
    their story): the rule does not apply to two of the stories, which each still hold their
    story's lines outside the other, above a tenth of their text, and are kept apart by that
    (:func:`cleanscrape.dedup.core.own_lines_both`; joined by the outlet's text before it)."""
    sites: list[str | None] = ["money.example"] * 2
    prints = PrintList(STORIES[:2], CleanOptions(), sites=sites)
    assert prints.story(0) is None
    assert pair_apart(STORIES[0], STORIES[1], CleanOptions(), ("m", "m")) == "own_lines_both"
    assert find_duplicates(STORIES[:2], CleanOptions(), sites=sites).duplicate_of == [None, None]


def test_a_recrawl_of_a_story_of_the_outlet_is_joined_and_the_others_kept_apart() -> None:
    """A re-crawl of a page whose story had one quote less: the two copies share their story,
    which no third page of the site prints, and are joined at every setting; the other two
    stories share only the outlet's text with either copy and stay apart."""
    sites: list[str | None] = ["money.example"] * 4
    for opts in SETTINGS:
        kept = [
            i if j is None else j
            for i, j in enumerate(find_duplicates(RECRAWL, opts, sites=sites).duplicate_of)
        ]
        assert kept[0] == kept[1] and len({kept[0], kept[2], kept[3]}) == 3


def engine_texts(seed_texts: dict[str, str]) -> tuple[list[str], list[str | None]]:
    """The three stories on one site, a seed page and its copy less its last line on another
    site, a seed page on a site not known; and the sites."""
    seeds = [t for _, t in sorted(seed_texts.items())]
    copy = "\n".join(seeds[3].splitlines()[:-1])
    sites: list[str | None] = ["money.example"] * 3 + ["news.example"] * 2 + [None]
    return [*STORIES, seeds[3], copy, seeds[2]], sites


#: what the local engine finds in :func:`engine_texts`
ENGINE_JOINED = [None, None, None, None, 3, None]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_stories_apart_as_in_memory(
    workers: int, tmp_path: Path, seed_texts: dict[str, str]
) -> None:
    """The streamed batch (its fingerprints stored, one or two workers making them) finds the
    site's text over the site's texts as :func:`find_duplicates` does."""
    texts, sites = engine_texts(seed_texts)
    assert find_duplicates(texts, CleanOptions(), sites=sites).duplicate_of == ENGINE_JOINED
    opts = CleanOptions(strip_chrome=False)
    docs = [
        Document(f"p{k}", text, url=f"https://{site}/p{k}" if site else None)
        for k, (text, site) in enumerate(zip(texts, sites, strict=True))
    ]
    engine = PoolEngine(2) if workers == 2 else None
    with Pipeline(opts, engine=engine).run_streamed(iter(docs), tmp_path) as batch:
        assert [batch.text(r) for r in batch.records[:3]] == STORIES
        found = [r.entry.get("duplicate_of") for r in batch.records]
    assert found == [None if j is None else f"p{j}" for j in ENGINE_JOINED]
