"""A byline's label printed on a line of its own ("Posted By") over the author's name: the
label is capitalised like a name, yet the name is the line under it (a WCXB dev page's dump,
reduced: the template prints each metadata value three times, for three screen sizes)."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

HEAD = [
    "How Much Does a Home Remodel Cost in California? A Comprehensive Guide to Budgeting",
    "",
    "Posted By",
    "",
    "Loona Construction",
    "",
    "Loona Construction",
    "",
    "Loona Construction",
    "",
    "Posted On",
    "",
    "Jan 13, 2025",
    "",
    "Jan 13, 2025",
    "",
]
BODY = [
    "Home remodeling in California is a significant investment, with costs varying widely based "
    "on location, scope, and materials. Whether you’re updating a single room or renovating an "
    "entire home, understanding the cost factors and planning effectively can help you maximize "
    "your budget. This guide explores remodeling costs across California and offers insights "
    "into budgeting and decision-making.",
    "",
    "Average Remodeling Costs Across California",
    "",
    "The cost of home remodeling in California varies widely based on the type of renovation "
    "and the region within the state. Here is a detailed breakdown of typical costs:",
    "",
    "Labor Costs: Skilled labor in California is expensive due to high demand and strict "
    "licensing requirements.",
    "",
    "Material Quality: Premium materials increase costs significantly, while local or standard "
    "materials can help save money.",
    "",
    "Project Scope: Larger or more complex renovations require more time and resources.",
]


@pytest.mark.parametrize("label", ["Posted By", "Written By"])
def test_a_byline_label_alone_is_no_author(label: str) -> None:
    head = [label if ln == "Posted By" else ln for ln in HEAD]
    result = clean_text("\n".join(head + BODY))
    assert result.metadata.get("author") == "Loona Construction"
    assert label not in result.text.splitlines()
    assert "Home remodeling in California is a significant investment" in result.text


def test_a_name_alone_under_the_headline_is_still_the_author() -> None:
    head = [ln for ln in HEAD if ln not in ("Posted By", "Posted On")]
    result = clean_text("\n".join(head + BODY))
    assert result.metadata.get("author") == "Loona Construction"
