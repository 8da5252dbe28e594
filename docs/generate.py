"""Pages generated for the documentation at build time, from the code and the seed pages.

* ``_generated/toc.rst``: the pages of the site (``scale-out`` only when it exists, and any
  Markdown page added to docs/);
* ``_generated/chrome_examples.md``: for each chrome category, real lines the cleaner removed
  from the seed pages, found by running it on them;
* ``_generated/dedup_key.md``: the matching key of real headlines written in different ways.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import matching_key

DOCS = Path(__file__).resolve().parent
SEEDS = DOCS.parent / "seeds"

PAGES = [
    "quickstart",
    "cli",
    "api",
    "concepts",
    "report",
    "benchmarks",
    "scale-out",
    "dedup-index",
    "decoding",
    "design",
]


#: Not pages of their own: the root, and index.md (shown as dedup-index, which includes it).
NOT_PAGES = {"index", "README"}


def _toc() -> str:
    """The pages in :data:`PAGES` order, then any other page in docs/ (a new Markdown file
    becomes a page without a change here)."""
    present = {
        p.stem for p in DOCS.iterdir() if p.suffix in (".md", ".rst") and p.stem not in NOT_PAGES
    }
    pages = [p for p in PAGES if p in present] + sorted(present - set(PAGES))
    return ".. toctree::\n   :maxdepth: 2\n\n" + "".join(f"   /{p}\n" for p in pages)


def _md_cell(text: str, limit: int = 90) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|").replace("`", "'").replace("*", "\\*").replace("_", "\\_")


def _chrome_examples() -> str:
    batch = Pipeline(CleanOptions(dedup=False)).run(
        Document(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))
    )
    found: dict[str, list[tuple[str, str]]] = {}
    for r in batch.results:
        for rem in r.result.removed if r.result else []:
            seen = found.setdefault(rem.reason, [])
            if len(seen) < 2 and all(rem.line != t for _id, t in seen):
                seen.append((r.id, rem.line))
    rows = ["| category | removed line (seed page) |", "|---|---|"]
    for reason in sorted(found):
        for doc_id, line in found[reason]:
            rows.append(f"| `{reason}` | {_md_cell(line)} (seed {doc_id[:3]}) |")
    return (
        "Generated when this site was built, by cleaning the five seed pages in `seeds/`: "
        "up to two lines per category.\n\n" + "\n".join(rows) + "\n"
    )


def _dedup_key() -> str:
    variants = [
        "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào",
        "ĐẨY MẠNH HỢP TÁC CÁC TỈNH BIÊN GIỚI VIỆT NAM – LÀO!",
        "Ðẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào",  # Ð (U+00D0) for Đ
        "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào".replace("ạ", "a\u0323"),  # NFD
    ]
    rows = ["| written as | matching key |", "|---|---|"]
    for v in variants:
        rows.append(f"| {_md_cell(v)} | `{matching_key(v)}` |")
    return "Computed when this site was built:\n\n" + "\n".join(rows) + "\n"


def write_generated(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in (
        ("toc.rst", _toc()),
        ("chrome_examples.md", _chrome_examples()),
        ("dedup_key.md", _dedup_key()),
    ):
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
