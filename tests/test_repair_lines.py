"""The HTML path repairs its extracted lines with :func:`cleanscrape.text.repair.repair_lines`:
one scan of the joined lines picks the lines :func:`repair_text` could change, and only those
are repaired one by one. The result must be ``repair_text`` of every line, with the same
repairs recorded, on real text: the seeds, the benchmark pages' gold text and raw HTML, their
damaged versions (mojibake, decomposed accents, Windows line ends, controls) and legacy
Vietnamese (the texts of ``tests/test_repair_chars.py``), for every tone style.
"""

from __future__ import annotations

import pytest

from cleanscrape.text import repair
from cleanscrape.text.repair import repair_lines, repair_text

from .conftest import SEEDS
from .test_repair_chars import _texts


def _per_line(lines: list[str], **kw: object) -> tuple[list[str], list[str]]:
    found: list[str] = []
    out = [repair_text(ln, repairs=found, **kw) for ln in lines]  # type: ignore[arg-type]
    return out, found


@pytest.mark.parametrize(
    ("fix", "tone"), [(True, "keep"), (True, "old"), (True, "new"), (False, "keep")]
)
def test_repair_lines_is_repair_text_of_each_line(
    seed_texts: dict[str, str], fix: bool, tone: str
) -> None:
    for text in _texts(seed_texts):
        lines = text.split("\n")
        found: list[str] = []
        got = repair_lines(lines, fix_mojibake=fix, vi_tone=tone, repairs=found)  # type: ignore[arg-type]
        want, want_found = _per_line(lines, fix_mojibake=fix, vi_tone=tone)
        assert got == want
        assert found == want_found


def test_lines_of_plain_text_are_not_repaired_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # a seed's lines: most hold no character a repair starts from, and are kept as they are
    lines = (SEEDS / "000_35704c8a17e84da1.txt").read_text(encoding="utf-8").split("\n")
    seen: list[str] = []

    def counting(text: str, **kw: object) -> str:
        seen.append(text)
        return text

    monkeypatch.setattr(repair, "repair_text", counting)
    repair_lines(lines)
    assert 0 < len(seen) < len(lines)
