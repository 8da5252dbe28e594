"""A copy under less of its outlet's prose than an opening's words is a near-duplicate of a copy
printed without it, on two known sites that differ.

The pages (``data/dumps/prose_shorter_than_opening/``): one story of a syndication draw as two
outlets print it. The first prints it under a sign-in box, its headline in capitals; the second
under its menus, with two lines of its own that the strip stage keeps in the article's runs (a
line on its daily paper, read as the lede, and the first paragraph of another story of its
own, 55 words), above the story's headline printed as a line. The second copy's body is the
story and that paragraph: the Jaccard of the bodies is 0.77, and the body lies in the first
copy's text for 0.795, both under the threshold. The paragraph is shorter than an opening, so
the body's opening holds the story's first words too and is not absent from the other copy's
text (the rule for longer prose above); past the opening, the body is the story as the other
copy prints it.

Since the headline right over the story is read as its title (the first item of a menu row
gives way to it), the strip stage leaves the outlet's two lines out; the dedup test puts
them back above the story, as the page prints them, to keep the case it was written for."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts, find_duplicates, split_text
from cleanscrape.dedup.distributed import _bucket_pairs

from .ray_rows import bucket_rows

_DIR = Path(__file__).parent / "data" / "dumps" / "prose_shorter_than_opening"
#: The other story's paragraph the second outlet keeps above the story.
_OWN = "Coffee provides more than a morning energy boost."
#: The outlet's line on its daily paper, which the strip stage once kept as the lede.
_DAILY = "The Economic Times daily newspaper is available online now."


def _clean() -> list[str]:
    """The clean texts of the two pages: the copy as written, the copy under its outlet's
    lines."""
    docs = [
        Document(name, (_DIR / f"{name}.txt").read_text())
        for name in ("story_as_written", "story_under_outlet_lines")
    ]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def _under_outlet_lines(under: str) -> str:
    """The second copy with the outlet's two lines and the story's headline kept above the
    story, as the strip stage printed it while it took a search box's prompt for the title:
    the page's own lines, unchanged."""
    lines = (_DIR / "story_under_outlet_lines.txt").read_text().splitlines()
    own = [line for line in lines if line.startswith((_DAILY, _OWN))]
    headline = next(line for line in lines if line.startswith("Put a powerful MacBook Pro"))
    return "\n".join([*own, headline, under])


def test_the_headline_over_the_story_leaves_the_outlets_lines_out() -> None:
    """The story's headline right over its lede is the title, so the outlet's line and
    paragraph above it are not the story's opening: both copies open with the lede."""
    plain, under = _clean()
    assert under.splitlines()[0] == plain.splitlines()[0]
    assert _OWN not in under and _DAILY not in under


def test_a_copy_under_a_paragraph_of_its_outlet_joins_the_copy_without_it() -> None:
    """The two copies are joined on two sites that differ, by both engines; on one site only
    by their containment both ways; they stay apart when the first copy is cut after the
    story's second paragraph (its headline, lede and first paragraph kept: the second copy
    then holds text the first lacks past its opening, and an abridged copy is left to
    ``containment``)."""
    plain, clean_under = _clean()
    under = _under_outlet_lines(clean_under)
    body = split_text(under).body.splitlines()
    assert body[0].startswith(_OWN)
    assert split_text(under).lede == _DAILY
    texts = [plain, under]
    assert find_duplicates(texts, sites=["a.com", "b.com"]).duplicate_of == [None, 0]
    assert _bucket_pairs(bucket_rows(texts, [0, 1]), CleanOptions())["a"].tolist() == [0]
    # on one site the rule of a copy under its outlet's prose does not apply: the two join
    # there because each body lies in the other's text at the threshold (every sentence of the
    # first is in the second; the outlet's paragraph is under a fifth of the second's body)
    one = compare_texts(plain, under, CleanOptions(), sites=("a.com", "a.com"))
    assert one.relation == "near" and one.similarity < 0.8 <= min(one.a_in_b, one.b_in_a)
    assert find_duplicates(texts, sites=["a.com", "a.com"]).duplicate_of == [None, 0]
    cut = [under, "\n".join(plain.splitlines()[:3])]
    assert find_duplicates(cut, sites=["b.com", "a.com"]).duplicate_of == [None, None]
    assert _bucket_pairs(bucket_rows(cut, [1, 0]), CleanOptions())["a"].tolist() == []
    contained = find_duplicates(cut, CleanOptions(containment=True), sites=["b.com", "a.com"])
    assert contained.duplicate_of == [None, 0]
