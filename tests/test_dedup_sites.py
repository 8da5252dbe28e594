"""Two pages of one site are not joined on the prose their site prints on both: their
openings must be shared both ways (``find_duplicates(sites=...)``, both engines)."""

from __future__ import annotations

import numpy as np
import pytest

from cleanscrape import CleanOptions, UsageError
from cleanscrape.dedup import find_duplicates, matching_key
from cleanscrape.dedup.body import match_text, opening_key
from cleanscrape.dedup.core import opening_refusal, openings_refusal
from cleanscrape.dedup.distributed import _best_container
from cleanscrape.dedup.prints import PrintList
from cleanscrape.dedup.signature import U64, shingle_hashes_batch

from .ray_rows import inside_column


@pytest.fixture(scope="module")
def pages(seed_texts: dict[str, str]) -> tuple[str, str, str]:
    """One outlet prints a standing block of prose (seed 002's first paragraphs, 300 words or more)
    under its articles. Page 0: that outlet's page whose article was lost, only the block is
    left; page 1: the outlet's copy of seed 001's story with the block under it; page 2:
    another outlet's copy of the same story."""
    texts = [t for _, t in sorted(seed_texts.items())]
    story = texts[1].splitlines()[0:14]
    head, paras = story[0], [p for p in story[1:] if len(p.split()) >= 12]
    block = [p for p in texts[2].splitlines() if len(p.split()) >= 12][:6]
    assert sum(len(p.split()) for p in block) >= 300
    lost = "\n".join(["Tin tức", *block])
    with_block = "\n".join([head, *paras, "Có thể bạn quan tâm", *block])
    copy = "\n".join([head.upper(), *paras])
    return lost, with_block, copy


def test_a_page_that_lost_its_article_does_not_join_another_page_of_its_site(
    pages: tuple[str, str, str],
) -> None:
    opts = CleanOptions(containment=True)
    # what is left of the lost page lies whole in the other page of its outlet, and it opens
    # that text: on the texts alone it joins that page (and the story's other copy with it)
    assert find_duplicates(list(pages), opts).duplicate_of == [1, None, 1]
    # on one site both openings must be shared: the story's opening is not in the lost page
    found = find_duplicates(list(pages), opts, sites=["a.vn", "a.vn", "b.vn"])
    assert found.duplicate_of == [None, None, 1]
    # on different sites the one-way rule stands (an outlet may print prose before its story)
    spread = find_duplicates(list(pages), opts, sites=["c.vn", "a.vn", "b.vn"])
    assert spread.duplicate_of == [1, None, 1]
    with pytest.raises(UsageError, match="one per text"):
        find_duplicates(list(pages), opts, sites=["a.vn"])


def test_the_ray_containment_step_applies_the_same_site_rule(
    pages: tuple[str, str, str],
) -> None:
    lost, with_block, _ = pages
    texts = (lost, with_block)
    keys = [matching_key(match_text(t, "body")) for t in texts]
    body = shingle_hashes_batch(keys, 5)
    whole = shingle_hashes_batch([matching_key(t) for t in texts], 5)
    opening = shingle_hashes_batch([opening_key(k) for k in keys], 5)

    def group(sites: list[int]) -> dict[str, np.ndarray]:
        return {
            "i": np.array([0, 0]),
            "j": np.array([-1, 1]),
            "whole": np.array([w.tobytes() for w in whole], dtype=object),
            "body": np.array([b.tobytes() for b in body], dtype=object),
            "opening": np.array([o.tobytes() for o in opening], dtype=object),
            "inside": inside_column(texts),
            "site": np.array(sites),
        }

    opts = CleanOptions(containment=True)
    assert _best_container(group([0, 1]), opts)["b"].tolist() == [1]
    assert _best_container(group([0, 0]), opts)["b"].tolist() == []
    assert _best_container(group([-1, -1]), opts)["b"].tolist() == [1]


def test_a_teaser_page_of_the_site_still_joins_its_article(seed_texts: dict[str, str]) -> None:
    """A teaser (headline and lede) is a short text: one way is enough."""
    lines = sorted(seed_texts.items())[3][1].splitlines()[3:44]
    article = "\n".join(lines)
    teaser = "\n".join([*lines[:5], "Đọc tiếp »"])
    opts = CleanOptions(containment=True)
    found = find_duplicates([article, teaser], opts, sites=["a.vn", "a.vn"])
    assert found.duplicate_of == [None, 0]


class _CountingPrints(PrintList):
    """A :class:`PrintList` that counts the hashes read (whole texts and openings)."""

    reads = 0

    def whole(self, i: int) -> U64:
        self.reads += 1
        return super().whole(i)

    def opening(self, i: int) -> U64:
        self.reads += 1
        return super().opening(i)


def test_an_opening_known_to_lie_in_a_page_of_another_site_reads_no_hashes(
    seed_texts: dict[str, str],
) -> None:
    """The containment stage asks whether two texts share their openings for every text of a
    key and every container: when the caller knows the first opening lies in the other text
    and the two come from different sites (or sites are not known), one way is enough and the
    answer needs no text's hashes. One site: both ways, read."""
    texts = [sorted(seed_texts.items())[3][1], sorted(seed_texts.items())[2][1]]
    opts = CleanOptions(containment=True)
    for sites, reads in ((["a.example", "b.example"], 0), (None, 0), (["a.example"] * 2, 4)):
        prints = _CountingPrints(texts, opts, sites=sites)
        prints.reads = 0
        shared = openings_refusal(0, 1, prints, by_site=True, i_in_j=True) is None
        assert prints.reads == reads
        same_site = sites is not None and sites[0] == sites[1]
        wholes, openings = [prints.whole(k) for k in (0, 1)], [prints.opening(k) for k in (0, 1)]
        expected = (
            opening_refusal(
                openings[0], wholes[0], openings[1], wholes[1], same_site=same_site, a_in_b=True
            )
            is None
        )
        assert shared == expected
