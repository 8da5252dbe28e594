"""Whole-page dumps as a browser makes them: the system's headless Chromium, ``innerText``.

Scrapers often save a page's text as the browser renders it (``document.body.innerText`` from
Playwright, Selenium or headless Chrome): block elements on their own lines, table cells
separated by tabs, ``<br>`` as a newline, elements hidden by inline styles or ``<style>`` rules
left out. This module makes such dumps of the benchmark pages, offline:

* the system's Chromium (``chromium`` on PATH, or ``CLEANSCRAPE_CHROMIUM``; never a download),
  driven by Playwright with the flags of the browser tests (``tests/report_browser.py``);
* the page is served at its own address (its benchmark URL, else :data:`NOWHERE`), so its
  scripts see the site's address, and every other request is aborted (no network: style
  sheets, scripts and images are missing, as on a page saved without them); inline scripts
  run, and may fail; the bytes are read as UTF-8 (errors replaced), as the other converters
  read them;
* the page's text is ``document.body.innerText`` once the page has loaded (or after a time
  budget of :data:`LOAD_BUDGET_MS`), with the page's ``<title>`` as the first line followed by
  a blank line, as html-text writes it (``innerText`` has no title);
* dumps are cached below ``benchmarks/.cache/chromium`` (git-ignored; or the folder
  ``CLEANSCRAPE_BENCH_CACHE`` names), keyed by the page's
  SHA-256 and :func:`version` (Chromium's version and :data:`RECIPE`), so re-runs read them
  back; :func:`render_all` fills the cache with a pool of processes first.

A page the browser cannot render within :data:`PAGE_BUDGET_S` (a script that never returns),
or on which the browser fails, gets an empty dump; the counts of those are printed.

    .venv/bin/python benchmarks/browser_dumps.py --limit 20     # fill the cache, print counts
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from functools import cache
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))

from report_browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

#: What the dump is made of; a change here renders every page again (new cache keys).
RECIPE = "innerText+title/2"
#: Where a page of no known address is served from.
NOWHERE = "https://page.invalid/"
CACHE = BENCH / ".cache" / "chromium"  # ``CLEANSCRAPE_BENCH_CACHE`` names another folder
LOAD_BUDGET_MS = 8000  # for the load event, after which the text is taken as it stands
PAGE_BUDGET_S = 60.0  # for one page in all, after which its worker is ended
VIEWPORT = {"width": 1366, "height": 900}

_TEXT_JS = """() => {
  const root = document.body || document.documentElement;
  return [document.title || "", root ? root.innerText : ""];
}"""


class NoBrowser(RuntimeError):
    """No Chromium on this machine."""


def need_browser() -> str:
    exe = chromium_path()
    if exe is None:
        raise NoBrowser(
            "converter chromium: no chromium on PATH (apt-get install -y chromium, "
            "or set CLEANSCRAPE_CHROMIUM)"
        )
    return exe


@cache
def version() -> str:
    """Chromium's version and the recipe: the cache key's second half."""
    out = subprocess.run(
        [need_browser(), "--version"], check=True, capture_output=True, text=True
    ).stdout
    return f"{' '.join(out.split())} {RECIPE}"


def cache_dir() -> Path:
    """Where the dumps are kept (read at each call: the pool's processes see the same)."""
    return Path(os.environ.get("CLEANSCRAPE_BENCH_CACHE") or CACHE)


def _key(html: bytes) -> Path:
    ver = hashlib.sha256(version().encode("utf-8")).hexdigest()[:12]
    return cache_dir() / f"{hashlib.sha256(html).hexdigest()[:40]}-{ver}.json"


def _dump_of(entry: dict[str, str]) -> str:
    title = " ".join(entry["title"].split())
    text = entry["text"]
    return f"{title}\n\n{text}" if title else text


def html_to_dump_chromium(html: bytes | str) -> str:
    """Whole-page dump made by a browser: the page's ``<title>``, a blank line, then
    ``document.body.innerText`` of the page rendered offline by headless Chromium (cached)."""
    raw = html.encode("utf-8") if isinstance(html, str) else html
    path = _key(raw)
    if not path.exists():
        render_all([(raw, None)], jobs=1, quiet=True)
    entry = json.loads(path.read_text(encoding="utf-8"))
    return _dump_of(entry)


# --- rendering ------------------------------------------------------------------------------


class _Worker:
    """One browser per process, kept open for all the pages the process renders."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=need_browser(), args=CHROMIUM_ARGS)

    def close(self) -> None:
        try:
            self.browser.close()
        finally:
            self._pw.stop()

    def render(self, html: bytes, url: str | None) -> dict[str, str]:
        from playwright.sync_api import Error as PlaywrightError

        address = (url or NOWHERE).split("#")[0]
        body = html.decode("utf-8", errors="replace").encode("utf-8")
        context = self.browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.route("**/*", lambda route: _serve(route, address, body))
            page.set_default_timeout(LOAD_BUDGET_MS)
            status = "ok"
            try:
                page.goto(address, wait_until="load")
            except PlaywrightError as exc:  # no load event within the budget: take it as is
                status = f"load: {str(exc).splitlines()[0]}"
            try:
                title, text = page.evaluate(_TEXT_JS)
            except PlaywrightError:  # the page went to its own address again: read that one
                page.wait_for_load_state("load")
                title, text = page.evaluate(_TEXT_JS)
                status = "ok, after the page loaded itself again"
            return {"title": str(title), "text": str(text), "status": status}
        finally:
            context.close()


def _serve(route: Any, address: str, body: bytes) -> None:
    """The page itself at its address; nothing else (``data:`` URLs need no network)."""
    url = route.request.url
    if url.split("#")[0] == address and route.request.resource_type == "document":
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
    elif url.startswith("data:"):
        route.continue_()
    else:
        route.abort()


_WORKER: list[_Worker] = []  # the process's browser (one per pool process)


def _render_one(html: bytes, url: str | None) -> tuple[str, str]:
    if not _WORKER:
        _WORKER.append(_Worker())
    try:
        entry = _WORKER[0].render(html, url)
    except Exception:
        _WORKER.pop().close()  # the next page gets a new browser
        raise
    path = _key(html)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path.name, entry["status"]


def _failed(html: bytes, why: str) -> None:
    entry = {"title": "", "text": "", "status": why}
    _key(html).write_text(json.dumps(entry), encoding="utf-8")


Job = tuple[bytes, "str | None"]  # a page's bytes and its address


def render_all(pages: Sequence[Job], jobs: int = 2, *, quiet: bool = False) -> dict[str, int]:
    """Render every page (bytes, address) not yet cached, ``jobs`` browsers at a time; counts
    by outcome."""
    need_browser()
    cache_dir().mkdir(parents=True, exist_ok=True)
    todo = list({_key(h): (h, u) for h, u in pages if not _key(h).exists()}.values())
    counts = dict.fromkeys(("ok", "no load event", "timed out", "failed"), 0)
    counts["cached"] = len(pages) - len(todo)
    start = time.monotonic()
    ctx = multiprocessing.get_context("spawn")
    while todo:
        with ctx.Pool(min(jobs, len(todo)), initializer=_quiet_child) as pool:
            todo = _run(pool, todo, counts, quiet, start)
    if not quiet:
        print(f"chromium dumps: {counts} in {time.monotonic() - start:.0f} s", file=sys.stderr)
    return counts


def _run(
    pool: Pool, todo: list[Job], counts: dict[str, int], quiet: bool, start: float
) -> list[Job]:
    """Render ``todo`` in ``pool``; on a page over its budget, mark it failed and return the
    pages not yet rendered (the pool is then ended and a new one takes them)."""
    results: list[Any] = [pool.apply_async(_render_one, job) for job in todo]
    for i, ((html, _), res) in enumerate(zip(todo, results, strict=True)):
        try:
            _, status = res.get(timeout=PAGE_BUDGET_S)
        except multiprocessing.TimeoutError:
            counts["timed out"] += 1
            _failed(html, f"timed out after {PAGE_BUDGET_S:.0f} s")
            pool.terminate()
            return [job for job in todo[i + 1 :] if not _key(job[0]).exists()]
        except Exception as exc:  # the browser failed on this page: an empty dump, counted
            counts["failed"] += 1
            _failed(html, f"failed: {type(exc).__name__}: {exc}")
            continue
        counts["ok" if status.startswith("ok") else "no load event"] += 1
        done = i + 1
        if not quiet and done % 50 == 0:
            print(f"  {done}/{len(todo)} pages, {time.monotonic() - start:.0f} s", file=sys.stderr)
    return []


def _quiet_child() -> None:
    sys.path.insert(0, str(BENCH.parent / "tests"))


def pages_html(args: argparse.Namespace) -> Iterator[Job]:
    from common import aeb_pages, wcxb_pages

    for p in [*aeb_pages(args.limit), *wcxb_pages(args.limit)]:
        yield p.html, p.url


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    try:
        counts = render_all(list(pages_html(args)), args.jobs)
    except NoBrowser as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
