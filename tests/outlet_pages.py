"""Pages of one outlet stored whole as test data (``data/dumps/<folder>/<name>.txt``, lines as
printed), and what the tests of the strip stage ask of them: the lines it keeps of a page, and
whether the pipeline keeps two pages with two different stories apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline, clean_text
from cleanscrape.chrome.strip import classify_lines

DUMPS = Path(__file__).parent / "data" / "dumps"


def read_pages(folder: str, names: Iterable[str]) -> dict[str, list[str]]:
    """The pages ``names`` of ``data/dumps/<folder>/``, each as its list of lines."""
    return {
        name: (DUMPS / folder / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        for name in names
    }


def kept_lines(page: list[str]) -> list[str]:
    """The lines of ``page`` the strip stage keeps."""
    return [v.text for v in classify_lines(page).verdicts if v.keep]


def statuses(pages: Mapping[str, list[str]]) -> list[list[str]]:
    """Each page's status in one batch, at the default setting and with ``containment``: every
    status is ``kept`` when no page is taken for a copy of another."""
    docs = [Document(f"outlet/{name}.txt", "\n".join(page)) for name, page in pages.items()]
    return [
        [r.status for r in Pipeline(opts).run(docs).results]
        for opts in (CleanOptions(), CleanOptions(containment=True))
    ]


def titled(folder: str, name: str, headline: str, lede: str) -> str:
    """Clean the stored page ``data/dumps/<folder>/<name>``, check that ``headline`` is its
    title and that its text opens with ``lede`` without the headline, and return the text."""
    result = clean_text((DUMPS / folder / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.text.startswith(lede)
    assert headline not in result.text
    return result.text
