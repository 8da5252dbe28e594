"""Names of HTML elements that several stages of the HTML path read as one class.

A class of elements written out again in each module that reads it drifts: one copy gains a
name the others lack. Each class is named once here, below every module that reads it.
"""

from __future__ import annotations

#: The tags of a section's heading (``<h1>``, the page's title, aside).
HEADINGS: tuple[str, ...] = ("h2", "h3", "h4", "h5", "h6")
HEADING_TAGS: frozenset[str] = frozenset(HEADINGS)
#: Every heading tag, the page's title ``<h1>`` included (:data:`HEADINGS` leaves it out).
ANY_HEADING: frozenset[str] = frozenset(("h1", *HEADINGS))
