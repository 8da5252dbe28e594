"""``cleanscrape compare A B``: why two pages are (or are not) duplicates.

Both files are cleaned by the per-document path of ``clean`` (as ``explain`` does; ``--as-is``
compares them as they are, for two files ``clean`` wrote), then compared as the de-duplication
compares them: body similarity, containment both ways, whether the headlines match, and the
lines that differ.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from ..errors import InputError, os_error_reason
from ..io.readers import printable
from .arguments import EXIT_OK, add_clean_options, clean_options


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "compare",
        parents=parents,
        help="show why two pages are or are not duplicates",
    )
    c.add_argument("a", help="first file (any file clean reads)")
    c.add_argument("b", help="second file")
    c.add_argument(
        "--as-is",
        action="store_true",
        help="compare the files' text as it is (two files clean wrote), without cleaning them",
    )
    c.add_argument("--json", action="store_true", help="print the comparison as JSON")
    add_clean_options(c)
    c.set_defaults(run=run)


def _clean_text(
    path: str, args: argparse.Namespace
) -> tuple[str, str | None, str | None, bool | None]:
    """The clean text of ``path``, its title, its site as ``clean`` keys it (the host of
    its URL, else its folder) and whether the strip stage kept the page whole (its
    ``low_prose`` flag); title, site and that flag ``None`` with ``--as-is`` (the texts then
    tell a page kept whole, :func:`~cleanscrape.dedup.core.kept_whole`)."""
    if args.as_is:
        try:
            return Path(path).read_text(encoding="utf-8"), None, None, None
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_error_reason(exc) if isinstance(exc, OSError) else "is not UTF-8 text"
            raise InputError(
                printable(path), f"cannot be read ({reason}); give a text file clean wrote"
            ) from exc
    from ..chrome.templates import site_key, stripped_whole
    from ..io.readers import is_supported, read_file
    from ..process import clean_document

    name = printable(path)
    p = Path(path)
    if not p.is_file():
        raise InputError(name, "is not a file; compare takes two files clean reads")
    if not is_supported(p):
        raise InputError(name, "has an extension clean does not read; rename it to .txt or .html")
    doc = next(read_file(p, name), None)
    if doc is None:
        raise InputError(name, "holds no documents")
    options = clean_options(args)
    res = clean_document(doc, options)
    if res.status == "error":
        raise InputError(name, (res.error or "could not be cleaned").removeprefix(f"{name}: "))
    result = res.result
    whole = stripped_whole(result.flags, options) if result is not None else None
    return res.text, result.title if result is not None else None, site_key(res), whole


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..dedup import compare_texts
    from ..dedup.core import APART_REASONS, IN_CHROME_JOIN

    options = clean_options(args)
    (a, title_a, site_a, whole_a), (b, title_b, site_b, whole_b) = (
        _clean_text(p, args) for p in (args.a, args.b)
    )
    c = compare_texts(
        a,
        b,
        options,
        titles=(title_a, title_b),
        sites=(site_a, site_b),
        whole_pages=(whole_a, whole_b),
    )
    if args.json:
        out.write(
            json.dumps(
                {
                    "a": args.a,
                    "b": args.b,
                    "sites": [site_a, site_b],
                    "whole_pages": [whole_a, whole_b],
                    **c.to_dict(),
                },
                ensure_ascii=False,
            )
            + "\n"
        )
        return EXIT_OK
    what = "body" if options.match == "body" else "full text"
    headline = {True: "same", False: "different", None: "not told apart"}[c.headline_match]
    verdict = c.relation
    if c.relation in ("contained", "contains") and not options.containment:
        verdict += f" ({IN_CHROME_JOIN} [in_chrome_of])"
    if c.apart_because is not None:
        verdict += (
            " (the figures reach the threshold, but clean does not join the two:"
            f" {APART_REASONS[c.apart_because]} [{c.apart_because}])"
        )
    lines = [
        f"A: {args.a}",
        f"B: {args.b}",
        f"verdict: {verdict}",
        f"{what} similarity (Jaccard of {options.shingle_size}-word shingles): {c.similarity:.3f}"
        f" (threshold {options.dedup_threshold})",
        f"A inside B: {c.a_in_b:.3f}; B inside A: {c.b_in_a:.3f}",
        f"headlines: {headline}",
    ]
    if site_a is not None and site_b is not None:
        lines.append(f"sites: {'one' if site_a == site_b else 'two'} ({site_a}; {site_b})")
    if whole_a is not None and whole_b is not None:
        said = {True: "yes", False: "no"}
        lines.append(f"pages kept whole (low_prose): A {said[whole_a]}; B {said[whole_b]}")
    if c.headline_a is not None or c.headline_b is not None:
        lines += [f"  A: {c.headline_a or '-'}", f"  B: {c.headline_b or '-'}"]
    lines.append(f"lines only in A: {len(c.only_in_a)}")
    lines += [f"  - {ln}" for ln in c.only_in_a]
    lines.append(f"lines only in B: {len(c.only_in_b)}")
    lines += [f"  + {ln}" for ln in c.only_in_b]
    out.write("\n".join(lines) + "\n")
    return EXIT_OK
