"""Copies whose bodies' Jaccard MinHash LSH does not reach are proposed by where one's opening
lies: in the other's body (:func:`cleanscrape.dedup.core.opened_candidates`), on two known
sites that differ, and verified by the near-duplicate rules."""

from __future__ import annotations

import pytest

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates, matching_key, split_text
from cleanscrape.dedup.core import _MAX_POSTING, opened_candidates
from cleanscrape.dedup.prints import PrintList
from cleanscrape.dedup.signature import candidate_bands, jaccard, shingle_hashes_batch

from .test_dedup_prose_above import _paragraphs, story_under


@pytest.fixture(scope="module")
def seeds(seed_texts: dict[str, str]) -> list[str]:
    return [t for _, t in sorted(seed_texts.items())]


def prose_outweighing(seeds: list[str]) -> tuple[str, str]:
    """Seed 002's story printed by two outlets (``seeds``: the seed texts in name order). The
    first outlet's page keeps, above the story, another article of its own (seed 001's
    paragraphs of lines 4-11, 611 words), as the strip stage kept a help menu's items and
    their descriptions above the story on the syndication benchmark's pages (outlet 4268):
    the bodies' Jaccard, 0.55, is under the threshold and their signatures share no LSH band
    (a pair at that Jaccard shares one about six times in ten: which pairs do depends on the
    hashes of the matching key's words);
    the second outlet prints the headline in upper case, the lede cut after 40 words and the
    body as written."""
    other = _paragraphs(seeds[1], 4, 11)
    assert sum(len(p.split()) for p in other) == 611
    return story_under(seeds[2], other)


def _lsh_candidates(prints: PrintList, i: int, j: int) -> bool:
    bands, rows = candidate_bands(0.8, 128)
    a, b = prints.signatures([i, j])
    return any(
        (a[k * rows : (k + 1) * rows] == b[k * rows : (k + 1) * rows]).all() for k in range(bands)
    )


def test_a_copy_under_prose_lsh_does_not_propose_is_joined(seeds: list[str]) -> None:
    page, copy = prose_outweighing(seeds)
    sites = ["a.vn", "b.vn"]
    prints = PrintList([page, copy], CleanOptions(), sites=sites)
    assert 0.5 < jaccard(prints.hashes(0), prints.hashes(1)) < 0.6
    assert not _lsh_candidates(prints, 0, 1)
    # the copy's opening lies in the page's body, not the other way round
    found = opened_candidates([0, 1], [0, 1], prints.hashes, prints.opening, prints.site)
    assert found.tolist() == [[0, 1]]
    assert find_duplicates([page, copy], sites=sites).duplicate_of == [None, 0]
    # one site, or sites not known: the prose may be the site's own above different stories
    assert find_duplicates([page, copy], sites=["a.vn", "a.vn"]).duplicate_of == [None, None]
    assert find_duplicates([page, copy]).duplicate_of == [None, None]


def test_different_stories_under_one_standard_paragraph_stay_apart(seeds: list[str]) -> None:
    """Two sites print two different stories (seed 003's and seed 000's, each under its
    headline and lede) with the same standard paragraph (seed 001's line 2, 74 words) opening
    the body, as the benchmark's hard negatives do on one outlet: each page's opening lies in
    the other's body, so they are candidates; neither body lies in the other's text."""
    standard = seeds[1].splitlines()[1]
    a_lines, b_lines = seeds[3].splitlines(), seeds[0].splitlines()
    a = "\n".join([a_lines[0], a_lines[6], standard, *_paragraphs(seeds[3], 11, 30)])
    b = "\n".join([b_lines[0], b_lines[2], standard, *_paragraphs(seeds[0], 11, 30)])
    assert split_text(a).body.startswith(standard[:40])
    assert split_text(b).body.startswith(standard[:40])
    prints = PrintList([a, b], CleanOptions(), sites=["a.vn", "b.vn"])
    found = opened_candidates([0, 1], [0, 1], prints.hashes, prints.opening, prints.site)
    assert found.tolist() == [[0, 1], [1, 0]]
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        assert find_duplicates([a, b], opts, sites=["a.vn", "b.vn"]).duplicate_of == [None, None]


def test_an_opening_in_the_bodies_of_too_many_keys_proposes_nothing(seeds: list[str]) -> None:
    """A paragraph (seed 001's line 2, 74 words) that is most of the bodies of more than
    ``_MAX_POSTING`` texts of different sites, each with two words of its own (a body that
    short is its own opening), is boilerplate: no pair is proposed by it, so each text costs
    a bounded number of postings; at the bound itself every pair is."""
    standard = seeds[1].splitlines()[1]

    def candidates(n: int) -> list[list[int]]:
        hashes = shingle_hashes_batch([matching_key(f"{standard} Mục {k}.") for k in range(n)], 5)
        sites = list(range(n))
        return opened_candidates(
            range(n), sites, hashes.__getitem__, hashes.__getitem__, sites.__getitem__
        ).tolist()

    assert candidates(_MAX_POSTING + 1) == []
    assert len(candidates(_MAX_POSTING)) == _MAX_POSTING * (_MAX_POSTING - 1)
