"""Drive report.html in headless Chromium (Playwright for Python, the system's chromium).

Used by tests/test_html_report_browser.py and benchmarks/report_html.py.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Flags for a headless browser that talks to no network service of its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """The system's Chromium (``CLEANSCRAPE_CHROMIUM`` overrides), or None."""
    env = os.environ.get("CLEANSCRAPE_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-headless-shell", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> None:
    """Skip the calling test module when the system has no Chromium, or fail it when
    ``CLEANSCRAPE_REQUIRE_BROWSER=1`` (as in CI) says a browser must be there."""
    if chromium_path() is not None:
        return
    if os.environ.get("CLEANSCRAPE_REQUIRE_BROWSER") == "1":
        raise RuntimeError(
            "CLEANSCRAPE_REQUIRE_BROWSER=1 but no chromium: apt-get install chromium"
        )
    import pytest  # only the tests call this; the benchmarks import this module without pytest

    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)


class Page:
    """One report.html open in a browser page, with every JavaScript error collected."""

    def __init__(self, page: Any, errors: list[str]) -> None:
        self.page = page
        self.errors = errors

    def goto(self, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready='1']")

    def text(self, selector: str) -> str:
        return str(self.page.inner_text(selector))

    def count(self, selector: str) -> int:
        return int(self.page.locator(selector).count())


@contextmanager
def open_browser(width: int = 1400, height: int = 900) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    if exe is None:
        raise RuntimeError("no chromium found: apt-get install -y chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            yield _Opener(browser, width, height)
        finally:
            browser.close()


class _Opener:
    def __init__(self, browser: Any, width: int, height: int) -> None:
        self.browser = browser
        self.size = {"width": width, "height": height}

    def open(self, report_html: Path, hash_: str = "") -> Page:
        context = self.browser.new_context(viewport=self.size)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
        page.on(
            "console",
            lambda msg: (
                errors.append(f"console {msg.type}: {msg.text}")
                if msg.type in ("error", "warning")
                else None
            ),
        )
        # nothing may leave the machine: the page is self-contained
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith("file://")
                else (errors.append(f"network request: {route.request.url}"), route.abort())[1]
            ),
        )
        p = Page(page, errors)
        p.goto(report_html.resolve().as_uri() + hash_)
        return p


def shown_stats(page: Any) -> dict[str, int]:
    cards = page.page.locator("[data-stat]")
    return {
        cards.nth(i).get_attribute("data-stat"): int(cards.nth(i).inner_text().replace(",", ""))
        for i in range(cards.count())
    }


def check_summary(page: Any, report: dict[str, Any]) -> None:
    stats = report["stats"]
    shown = shown_stats(page)
    assert shown == {k: stats[k] for k in shown}
    assert set(shown) >= {"documents", "kept", "duplicates", "empty", "errors", "chars_in"}
    bars = page.page.locator("[data-chart=reasons] text[data-value]")
    assert sum(int(bars.nth(i).get_attribute("data-value")) for i in range(bars.count())) == sum(
        stats["removed_lines"].values()
    )
