"""``cleanscrape compare`` on a pair whose figures reach a threshold but that no stage of the
de-duplication ever verifies: it says whose candidates missed the pair.

The near-duplicate stage verifies the pairs whose MinHash signatures share an LSH band. Two
copies of a short story, one printing its standfirst and one not, have bodies that lie whole
in each other's text (the body rule takes the second copy's first paragraph as its lede), a
near-duplicate pair by containment both ways, while their bodies' Jaccard (0.60) shares no
band: ``no_shared_band``. The containment stage measures a body only where its sample of
shingle hashes (a quarter of them) proposes a container: a teaser of a headline and the
article's first sentence lies whole in the article, but its body of 14 shingles has too few
sampled hashes in it, and a body of under 10 shingles is never proposed (a snippet lies
inside many unrelated articles): ``no_container_proposed``. Both were ``not_compared``.

The stories are dev page 0456's (``headline_over_untold_lede/``, a syndication draw of the
dev half) and WCXB dev pages 0348 (``reference_list_entries_run_together/``) and 4912
(``notices_under_footer_menu_insurer.txt``), as ``tests/data/dumps/README.md`` gives them; the
copies and teasers are their lines, unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions
from cleanscrape.cli import main
from cleanscrape.dedup import compare_texts, find_duplicates
from cleanscrape.dedup.core import APART_REASONS

DUMPS = Path(__file__).parent / "data" / "dumps"


def _lines_from(path: Path, headline: str) -> list[str]:
    """The non-blank lines of a stored page from its story's headline on."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines[lines.index(headline) :]


def _compare_cli(
    texts: tuple[str, str], flags: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    """``cleanscrape compare --as-is`` on the two texts: its words and its ``--json`` reason."""
    files = []
    for name, text in zip(("a", "b"), texts, strict=True):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    assert main(["compare", *files, "--as-is", *flags]) == 0
    words = capsys.readouterr().out
    assert main(["compare", *files, "--as-is", *flags, "--json"]) == 0
    return words, json.loads(capsys.readouterr().out)["apart_because"]


def test_compare_says_no_lsh_band_shared_for_a_copy_without_its_standfirst(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A short story (its headline and first four paragraphs) and a copy that leaves out the
    standfirst: near-duplicates by containment both ways, never verified (no band shared)."""
    story = _lines_from(
        DUMPS / "headline_over_untold_lede" / "section_label_0246_0456.txt",
        "Human Input Crucial To Maximise Effectiveness Of Ai, Says New Research",
    )[:5]
    texts = ("\n".join(story), "\n".join(story[:1] + story[2:]))
    c = compare_texts(*texts)
    assert min(c.a_in_b, c.b_in_a) >= 0.99 and c.similarity < 0.8  # near by containment
    assert c.relation == "different" and c.apart_because == "no_shared_band"
    assert find_duplicates(list(texts)).duplicate_of == [None, None]  # the batch agrees
    words, reason = _compare_cli(texts, [], tmp_path, capsys)
    assert reason == "no_shared_band"
    assert f"{APART_REASONS['no_shared_band']} [no_shared_band])" in words
    assert "share no LSH band" in words


@pytest.mark.parametrize(
    ("page", "headline", "shingles"),
    [
        (
            DUMPS / "reference_list_entries_run_together" / "entries_a_line.txt",
            "Meditation and Mindfulness: Effectiveness and Safety",
            14,  # sampled: too few of its sampled hashes lie in the article
        ),
        (
            DUMPS / "notices_under_footer_menu_insurer.txt",
            "How Much Does Pet Insurance Cost on Average",
            8,  # under 10 shingles: never proposed
        ),
    ],
)
def test_compare_says_the_containment_stage_proposed_no_container_for_a_teaser(
    page: Path, headline: str, shingles: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A teaser (the headline and the first sentence of the article's lede) lies whole in the
    page, which the containment stage never proposes as its container."""
    from cleanscrape.dedup.prints import PrintList

    lines = _lines_from(page, headline)
    teaser = lines[0] + "\n" + lines[1].split(". ")[0] + "."
    article = page.read_text(encoding="utf-8")
    opts = CleanOptions(containment=True)
    assert PrintList([teaser], opts).hashes(0).size == shingles
    c = compare_texts(teaser, article, opts)
    assert c.a_in_b == 1.0 and c.relation == "different"
    assert c.apart_because == "no_container_proposed"
    assert find_duplicates([teaser, article], opts).duplicate_of == [None, None]
    words, reason = _compare_cli((teaser, article), ["--containment"], tmp_path, capsys)
    assert reason == "no_container_proposed"
    assert "the containment stage proposes neither as the other's container" in words
