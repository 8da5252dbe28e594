"""The de-duplication's views of a batch's texts: a line met again is worked out once.

:func:`~cleanscrape.dedup.key.keyed_texts` folds the lines of a text not met before together
and looks up the ones met before; :meth:`TextView.all_of` builds on it. Checked against the
text-by-text path (:func:`keyed_lines`, :meth:`TextView.of`) on the seeds' clean texts, on
copies of them that share most paragraphs (a paragraph left out, two swapped, one edited), on
the AEB pages kept in ``tests/data`` as whole-page text dumps, and on texts that break lines
with other characters than ``\\n`` (which ``splitlines`` splits on).
"""

from __future__ import annotations

import pytest

from cleanscrape import Document, Pipeline
from cleanscrape.dedup import key as key_module
from cleanscrape.dedup.compare import TextView
from cleanscrape.dedup.key import keyed_lines, keyed_texts
from cleanscrape.options import CleanOptions

from .conftest import DATA, html_dumps


def _clean_texts(seed_texts: dict[str, str]) -> list[str]:
    docs = [Document(name, text) for name, text in sorted(seed_texts.items())]
    batch = Pipeline(CleanOptions(dedup=False)).run(docs)
    return [r.text for r in batch.results if r.text]


def _copies(texts: list[str]) -> list[str]:
    """Copies sharing most paragraphs with ``texts``: one left out, two swapped, one edited."""
    out: list[str] = []
    for text in texts:
        lines = text.split("\n")
        if len(lines) < 4:
            continue
        out.append("\n".join(lines[:1] + lines[2:]))
        out.append("\n".join([lines[1], lines[0], *lines[2:]]))
        out.append("\n".join([*lines[:-1], lines[-1].upper() + " Thêm một câu."]))
    return out


def _aeb_dumps() -> list[str]:
    paths = sorted((DATA / "aeb" / "html").glob("*.html.gz"))
    assert paths, "tests/data/aeb/html holds AEB pages"
    return html_dumps(paths)


def _other_breaks(texts: list[str]) -> list[str]:
    """The texts with some of their line breaks written as other boundaries."""
    marks = ["\r\n", "\r", "\x0c", "\u2028", "\x85", "\x1e"]
    out = []
    for n, text in enumerate(texts[:6]):
        out.append(text.replace("\n", marks[n % len(marks)], 3))
    return out


def _batch(seed_texts: dict[str, str]) -> list[str]:
    clean = _clean_texts(seed_texts)
    texts = clean + _copies(clean) + clean  # (every text of the first ones met again)
    return texts + _aeb_dumps() + _other_breaks(clean) + ["", "  \n\t\n", "Σ\nΑΣ'\n hòa \n"]


def test_keyed_texts_gives_each_text_its_lines_keys_and_words(
    seed_texts: dict[str, str],
) -> None:
    texts = _batch(seed_texts)
    found = list(keyed_texts(texts))
    assert len(found) == len(texts)
    for text, (lines, keys, words) in zip(texts, found, strict=True):
        assert (lines, keys) == keyed_lines(text)
        assert words == [len(line.split()) for line in lines]


def test_views_of_a_batch_are_the_views_of_each_text(seed_texts: dict[str, str]) -> None:
    texts = _batch(seed_texts)
    assert TextView.all_of(texts) == [TextView.of(t) for t in texts]


def test_a_line_met_again_is_not_folded_again(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = _clean_texts(seed_texts)
    folded: list[str] = []
    fold = key_module._folded_after_notices

    def counted(text: str) -> str:
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(key_module, "_folded_after_notices", counted)
    list(keyed_texts(clean))
    first = sum(map(len, folded))
    folded.clear()
    list(keyed_texts(clean + _copies(clean) + clean))
    distinct = {line.strip() for text in clean for line in text.split("\n")}
    # of the copies, only the edited last lines are new: only those are folded
    edited = {c.split("\n")[-1] for c in _copies(clean)[2::3]}
    assert sum(map(len, folded)) == first + sum(map(len, edited))
    assert {line for chunk in folded for line in chunk.split("\n")} <= distinct | edited
