"""Two different short stories of one outlet under the paragraph it prints above each of
them, whose story lines are not prose the matching key reads (a list of two items; a headline
printed twice): the two texts have one body, the outlet's paragraph, and the exact stage
joined them at every setting. Each holds lines of its own outside the other, more than a
seam's few shingles and more than a tenth of its text
(:func:`cleanscrape.dedup.core.own_lines_both`), so the two are kept apart; a re-crawl of
either page cut after a line differs from it on one side only and is still joined.

The texts are a dev draw of the syndication benchmark (seed 1331,
``--negative-paragraphs 2 --negative-words 150``): the two pages of one site, as the strip
stage wrote them.
"""

from __future__ import annotations

import numpy as np
import pytest

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates
from cleanscrape.dedup.core import own_lines_both
from cleanscrape.dedup.distributed import _bucket_pairs, _exact_edges, _exact_groups
from cleanscrape.dedup.prints import PrintList

from .ray_rows import bucket_rows

#: the paragraph the outlet prints above each story of the group
LEAN = (
    "In Lean, there are familiar types such as numbers and strings. The type system of Lean "
    "is, however, much more flexible than people are usually accustomed to. Something as wild "
    "as $$ A \\subseteq B \\land x \\in A \\Rightarrow x \\in B$$ can be a perfectly valid type "
    "in Lean."
)
MARATHON = "\n".join(
    [
        LEAN,
        "- This is your first marathon or you're returning to training after time off",
        "- You're running around 20 miles per week",
    ]
)
STARTUP = "\n".join(
    [
        LEAN,
        "Lean Startup Week Call for Proposals is Open Until July 31",
        "Lean Startup Week Call for Proposals is Open Until July 31 by Eric Ries",
    ]
)
SITES: list[str | None] = ["blog.example", "blog.example"]
SETTINGS = [
    CleanOptions(),
    CleanOptions(containment=True),
    CleanOptions(match="full"),
    CleanOptions(match="full", containment=True),
]


@pytest.mark.parametrize("opts", SETTINGS)
def test_one_body_under_two_stories_of_one_site_is_no_duplicate(opts: CleanOptions) -> None:
    """One matching key (the body's; the whole texts differ), each text with its story's
    lines the other lacks: not joined."""
    prints = PrintList([MARATHON, STARTUP], opts, sites=SITES)
    assert (prints.key(0) == prints.key(1)) == (opts.match == "body")
    assert own_lines_both(prints.whole(0), prints.whole(1))
    assert find_duplicates([MARATHON, STARTUP], opts, sites=SITES).duplicate_of == [None, None]


@pytest.mark.parametrize("opts", SETTINGS)
def test_a_copy_cut_after_a_line_still_joins(opts: CleanOptions) -> None:
    """A re-crawl of one page cut after its first story line lies whole in the page: its one
    body joins it (the cut copy holds nothing the page lacks)."""
    cut = "\n".join(MARATHON.split("\n")[:2])
    assert find_duplicates([MARATHON, cut], opts, sites=SITES).duplicate_of == [None, 0]


def test_without_sites_the_exact_stage_joins_one_body() -> None:
    """Sites not known: the texts' one body is an exact duplicate, as before."""
    assert find_duplicates([MARATHON, STARTUP]).duplicate_of == [None, 0]


@pytest.mark.parametrize(("sites", "edges"), [([0, 0], []), ([0, 1], [1])])
def test_the_ray_engine_leaves_one_body_of_one_site_to_the_bucket_step(
    sites: list[int], edges: list[int]
) -> None:
    """The Ray engine's exact step joins one key's texts of two sites, not of one site, and
    its bucket step keeps the two stories of one site apart, as the local engine does."""
    group = {
        "order": np.array([0, 1]),
        "klo": np.array([7, 7]),
        "khi": np.array([9, 9]),
        "site": np.array(sites, dtype=np.int64),
    }
    assert _exact_edges(_exact_groups(group))["b"].tolist() == edges
    rows = bucket_rows([MARATHON, STARTUP], [0, 0])
    assert _bucket_pairs(rows, CleanOptions())["a"].tolist() == []
