"""A short story whose lede one outlet prints whole and another cuts ("... currently provides…").

The pages (``data/dumps/short_story_lede_cut/``): one short story (a legal-aid finder, a lede
and three short paragraphs, some 70 words after the lede) of a syndication draw as two outlets
print it. The first keeps the lede whole; the second prints it cut with "…", which the strip
stage drops as a teaser. Left in the first copy's matching key (its body after the lede was
under the 80 words the body rule asked for), the lede made the two keys differ by a fifth of
their shingles: Jaccard 0.59, the first body lying in the second copy's text for 0.59 only.
Half an opening's words after the lede are enough body to leave it out (the outlets rewrite
ledes), and the two keys are then the same."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import find_duplicates, split_text
from cleanscrape.dedup.body import OPENING_WORDS

_DIR = Path(__file__).parent / "data" / "dumps" / "short_story_lede_cut"
_LEDE = "LSC is an independent nonprofit established by Congress in 1974"


def _clean() -> list[str]:
    """The clean texts of the two pages: the lede printed whole, the lede cut."""
    docs = [Document(n, (_DIR / f"{n}.txt").read_text()) for n in ("lede_whole", "lede_cut")]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def test_a_short_storys_lede_is_left_out_of_its_key_over_half_an_openings_words() -> None:
    """The first copy's lede is told apart and left out of the key; the body after it is under
    80 words and over half an opening's."""
    whole, _ = _clean()
    parts = split_text(whole)
    assert parts.lede is not None and parts.lede.startswith(_LEDE)
    assert _LEDE not in parts.body
    assert OPENING_WORDS // 2 <= len(parts.body.split()) < 80


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    """The two copies are one story to the default setting, on two sites, in either order.
    Only the first copy prints the lede (the second's, cut, is dropped as a teaser)."""
    texts = _clean()
    assert _LEDE in texts[0]
    assert _LEDE not in texts[1]
    for order, sites in (
        ((0, 1), ["a.example", "b.example"]),
        ((1, 0), ["b.example", "a.example"]),
    ):
        result = find_duplicates([texts[k] for k in order], CleanOptions(), sites=sites)
        assert [c.members for c in result.clusters] == [[0, 1]]
