"""Runs of marked lines: positions that follow one another with few lines between them."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def runs(marks: Iterable[int], gap: int, between: Callable[[int], bool]) -> list[list[int]]:
    """``marks`` (positions, in order) split into runs: a position joins the run of the one
    before it when at most ``gap`` lines lie between them and ``between`` holds for each.

    >>> runs([1, 2, 5, 9], 2, lambda j: True)
    [[1, 2, 5], [9]]
    >>> runs([1, 3], 2, lambda j: j != 2)
    [[1], [3]]
    """
    out: list[list[int]] = []
    for k in marks:
        if out and k - out[-1][-1] - 1 <= gap and all(map(between, range(out[-1][-1] + 1, k))):
            out[-1].append(k)
        else:
            out.append([k])
    return out
