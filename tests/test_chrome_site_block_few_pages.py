"""An outlet's block kept under short stories, on a site with few pages in the batch.

A tour-booking firm's blog prints under every story, after its tag row, a pitch of nine
paragraphs ("Bókun was born in Iceland ...", its platform's merits, a free trial) and a list of
related reads. Each folder is the three pages of that outlet in one syndication draw, as the
draw printed them (the outlet's menu and head, the story's headline, the draw's standard
opening paragraph, the story's first paragraphs, the tag row, the outlet's foot): on the page
whose story is long the strip stage drops the pitch as teasers; on the two whose story is
short (a lede and a line or two) it reads the pitch as the story's continuation and keeps it.
One page dropping the block is too few to make it the site's chrome, two keeping it too few
to make it a template line, and the two clean texts, the pitch with a few lines of story each,
were joined as duplicates (body similarity 0.76-0.79, containment 0.81-1.00). In the second
folder the two short pages share the pitch and the standard paragraph, most of their text, and
were counted as one article besides.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline

DATA = Path(__file__).parent / "data" / "dumps" / "outlet_block_few_pages"
#: the pitch's first line and its last
PITCH = (
    "Bókun was born in Iceland and raised by Tripadvisor, offering a vast network of resources"
    " and years of experience helping our customers run successful tour companies, achieve new"
    " milestones, reach global audiences, and drive continued growth.",
    "Start a free 14-day trial (no credit card required!) to see how Bókun can support your"
    " growth.",
)
#: per folder: the page with a long story (drops the pitch itself), the two short ones and the
#: last line of each short story
DRAWS = {
    "draw_a": (
        "data_analytics",
        {
            "llm_infants": "As shocking as it may sound, Yann LeCun's assertion isn't without"
            " substance, given how he has been an AI researcher for multiple decades now.",
            "math_year": "At 17, Hannah Cairo Solved a Major Math Mystery",
        },
    ),
    "draw_b": (
        "dental_resolutions",
        {
            "social_agencies": "With the thousands of social media marketing agencies out"
            " there, it's possible to know who's the perfect fit for your brand, and who'll"
            " deliver the results you'll need to see.",
            "restaurant_definition": "an establishment where meals are served to customers.",
        },
    ),
}


def _docs(folder: str) -> list[Document]:
    """The outlet's three pages of one draw, in one folder (one site)."""
    return [
        Document(f"outlet/{p.name}", p.read_text(encoding="utf-8"))
        for p in sorted((DATA / folder).glob("*.txt"))
    ]


def test_the_short_stories_lose_the_pitch_the_long_story_s_page_drops() -> None:
    for folder, (long_page, short) in DRAWS.items():
        batch = Pipeline(CleanOptions(dedup=False), trace=True).run(_docs(folder))
        by_id = {r.id: r for r in batch.results}
        for name, last in short.items():
            result = by_id[f"outlet/{name}.txt"].result
            assert result is not None
            lines = result.text.split("\n")
            assert not set(lines) & set(PITCH), (folder, name)
            assert lines[-1] == last, (folder, name)  # the story stays, up to its last line
            assert result.trace is not None
            reasons = {v.text: v.reason for v in result.trace}
            assert reasons[PITCH[0]] == "site_template", (folder, name)
        result = by_id[f"outlet/{long_page}.txt"].result
        assert result is not None  # the page that drops the pitch itself is as it was
        assert not {x.line for x in result.removed if x.reason == "site_template"} & set(PITCH)


def test_the_two_short_stories_of_the_outlet_are_apart() -> None:
    for folder in DRAWS:
        batch = Pipeline(CleanOptions()).run(_docs(folder))
        assert [r.status for r in batch.results] == ["kept"] * 3, folder
        assert not batch.clusters, folder
        batch = Pipeline(CleanOptions(containment=True)).run(_docs(folder))
        assert not batch.clusters, folder
