"""A readers' thread below a short story whose comment headers print no colon.

The pages (``data/dumps/thread_headers_without_colons/``): one short story (four paragraphs on
what pet insurance costs) of a syndication draw as two outlets print it, lines as printed. The
first (``copy.txt``) prints it in a government agency's chrome. The second
(``copy_over_thread.txt``, a homestead blog) prints under it the blog's thread of 109 comments
under a "109 Comments" heading, each comment a name line without its colon ("Sharon says"),
the date with its time ("July 14, 2015 at 3:53 pm"), the comment and "reply to comment". The
strip stage read the thread's lines as cards and teasers, one by one, and the thread's 30,000
characters counted in the page's total: the story was under a twentieth of it, so the page was
kept whole (``low_prose``), thread, menus and sidebar with it, and the two copies stayed
apart at the default setting."""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.dedup import find_duplicates

from .outlet_pages import read_pages

_FOLDER = "thread_headers_without_colons"
_PAGES = read_pages(_FOLDER, ("copy", "copy_over_thread"))
#: The openings of the story's four paragraphs.
_STORY = ("Every year, unplanned vet", "But here's the good news", "But hey, let", "And the best")


def test_a_thread_whose_headers_print_no_colon_is_no_part_of_the_page_kept_whole() -> None:
    """The page is not kept whole: its story's four paragraphs are kept, nothing else (the
    headline read as the title; the thread, menus and sidebar dropped)."""
    page = _PAGES["copy_over_thread"]
    assert "109 Comments" in page and page.count("reply to comment") > 100  # as described
    assert "Sharon says" in page and "July 14, 2015 at 3:53 pm" in page
    result = classify_lines(page)
    assert "low_prose" not in result.flags
    kept = [v.text for v in result.verdicts if v.keep]
    assert kept == [ln for ln in page if ln.startswith(_STORY)]  # the story's paragraphs alone


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    """On two sites the two copies are one story at the default setting."""
    docs = [Document(name, "\n".join(page)) for name, page in _PAGES.items()]
    clean = [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]
    assert find_duplicates(clean, sites=["a.com", "b.com"]).duplicate_of == [None, 0]
