"""A page's notice that its scripts do not run, printed between the paragraphs of a whole-page
text dump: an html-text dump of a WCXB dev page (a developers' blog comparing AI tools for the
terminal) reduced to what matters. Its newsletter box is a script; a converter runs none, so the
box prints its stand-in, "Notice: JavaScript is required for this content.", above the story's
first section. The other notices are those of other dev pages (a slideshow, a comment box, a
form, comments loaded from elsewhere), each put where this page prints its own."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines

_HEAD = [
    "I tested 5 AI CLI tools: Here’s how they stack up - LogRocket Blog",
    "Blog",
    "Dev",
    "Product Management",
    "Dec 18, 2025 ⋅ 10 min read",
    "I tested 5 AI CLI tools: Here’s how they stack up",
]
_LEDE = (
    "AI coding CLIs are quickly becoming must-have tools for developers, but not all of them are "
    "worth your time. To see which ones actually deliver, I tested five AI CLI tools by building "
    "the same application with each and evaluating them on four dimensions: code quality, speed, "
    "ease of use, and reliability. In this article, we’ll explore how each tool performs in "
    "practice, where they fall short, and which ones genuinely fit into a real-world workflow, so "
    "you can choose the right one with confidence."
)
_SECTION = [
    "Testing setup",
    "For a fair, apples-to-apples comparison, I ran all five CLIs against the same React "
    "codebase, scaffolded with Vite. Tailwind CSS was already set up. I duplicated this "
    "boilerplate five times and used each copy as the starting point for one CLI.",
    "Each tool was asked to build the same Todo app using React and TypeScript. That way, every "
    "CLI was evaluated on the same playing field.",
    "One last thing: always review AI-generated code before using it in a production environment.",
    "That’s the exact prompt each CLI received, unchanged, to keep the comparison fair.",
    "The Gemini CLI is a free, open-source AI agent that brings Gemini’s capabilities right into "
    "your terminal.",
]


def _dump(notice: str) -> list[str]:
    """The page's dump with ``notice`` where its newsletter box prints its own, between the
    lede and the story's first section."""
    return [*_HEAD, _LEDE, notice, *_SECTION]


@pytest.mark.parametrize(
    "notice",
    [
        # the page's own
        "Notice: JavaScript is required for this content.",
        # other dev pages' notices, each kept where this page prints its own
        "This slideshow requires JavaScript.",
        "JavaScript is required to combat spammers.",
        "You must have JavaScript enabled to use this form.",
        "Loading comments relies on JavaScript. Try enabling JavaScript and reloading, or visit "
        "the original post on Mastodon.",
    ],
    ids=["content", "slideshow", "spam-check", "form", "comments"],
)
def test_a_notice_that_scripts_do_not_run_between_paragraphs_is_dropped(notice: str) -> None:
    # each notice was kept as a line of the story
    r = strip_lines(_dump(notice))
    assert r.lines == [_LEDE, *_SECTION]
    assert {x.line: x.reason for x in r.removed}.get(notice) == "ui"
