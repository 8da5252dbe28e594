"""A short copy of a story (under two openings' words) joins a copy of another site that
prints the story under lines of its outlet, when the short copy lies in that copy's body past
its opening.

The pages (``data/dumps/short_copy_under_outlet_lines/``): one short story (houseplants for
low light) of a syndication draw as two outlets print it. The first (a city magazine) drops
the story's lede as a teaser, so its clean text is the story's five paragraphs (186 body
shingles, under the 200 that ``prose_above`` asks of a story). The second (a business
channel) keeps a line of its own, read as the lede, which pushes the story's lede into the
body: the Jaccard of the bodies is 0.67 and the second body lies in the first copy's text for
0.785, both under the threshold. The first copy's body lies in the second body past its
opening: the story, not the outlet's line above it.

Since the headline right over the story is read as its title, the strip stage leaves the
outlet's line out; the dedup test puts it back above the story, as the page prints it, to keep
the case it was written for. Since a lede cut with "…" right under the headline, over the
body, is the story's (no teaser), the first copy keeps its lede too; the dedup test takes it
off again, for the same reason."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import find_duplicates, split_text
from cleanscrape.dedup.distributed import _bucket_pairs

from .ray_rows import bucket_rows

_DIR = Path(__file__).parent / "data" / "dumps" / "short_copy_under_outlet_lines"
#: The outlet's line the second copy's text reads as its lede.
_OUTLET_LINE = "The home-improvement retailer earned $2.8 billion in the third quarter."


def _clean() -> list[str]:
    """The clean texts of the two pages: the short copy, the copy under its outlet's line."""
    docs = [
        Document(name, (_DIR / f"{name}.txt").read_text())
        for name in ("short_copy", "copy_under_outlet_lines")
    ]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def _under_outlet_line(under: str) -> str:
    """The second copy with the outlet's line kept above the story, as the strip stage printed
    it while it read that line as the lede: the page's own line, unchanged."""
    lines = (_DIR / "copy_under_outlet_lines.txt").read_text().splitlines()
    assert _OUTLET_LINE in lines
    return "\n".join([_OUTLET_LINE, under])


def test_the_outlets_line_over_the_story_leaves_the_text() -> None:
    """The copy under the outlet's line opens with the story's lede: the outlet's line above
    the story's headline is not the story's."""
    _, under = _clean()
    assert _OUTLET_LINE not in under
    assert under.startswith("If you are unsure of what kind of light an area receives")


def _without_cut_lede(short: str) -> str:
    """The short copy without its lede cut with "…" under the headline, as the strip stage
    printed it while it read that line as a teaser: the page's own lines, unchanged."""
    lede, _, rest = short.partition("\n")
    assert lede.startswith("If you are unsure of what kind of light") and lede.endswith("…")
    return rest


def test_a_short_copy_joins_the_copy_under_its_outlets_line_on_two_sites() -> None:
    """The two copies are joined on two sites that differ, in either order and by both engines
    (the Ray engine's bucket step); on one site they stay apart."""
    clean_short, clean_under = _clean()
    short = _without_cut_lede(clean_short)
    under = _under_outlet_line(clean_under)
    assert short.startswith("One of the easiest houseplants to grow")
    assert split_text(under).lede == _OUTLET_LINE
    assert find_duplicates([under, short], sites=["b.com", "a.com"]).duplicate_of == [None, 0]
    assert len(find_duplicates([short, under], sites=["a.com", "b.com"]).clusters) == 1
    assert _bucket_pairs(bucket_rows([under, short], [1, 0]), CleanOptions())["a"].tolist() == [0]
    assert find_duplicates([under, short], sites=["a.com", "a.com"]).duplicate_of == [None, None]
    assert _bucket_pairs(bucket_rows([under, short], [0, 0]), CleanOptions())["a"].tolist() == []


def test_a_paragraph_of_the_short_copy_does_not_join() -> None:
    """The short copy's first two paragraphs alone (fewer shingles than an opening's words: a
    teaser at most) stay apart from the fuller copy, as they did."""
    short, under = _clean()
    teaser = "\n".join(short.splitlines()[:2])
    assert find_duplicates([under, teaser], sites=["b.com", "a.com"]).duplicate_of == [None, None]
