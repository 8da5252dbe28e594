"""A dump that prints no page title and indents each element by its depth (inscriptis): the
headline is guessed above the region, and where a byline, dates, a table of contents or a
caption stand between the story's standfirst and its body, the guess was one of those lines
and the standfirst was dropped with the site's menu. The headline over the standfirst, in the
element that holds the region, is taken (``lede_anchor.standfirst_headline``). The dumps are
two dev pages of the benchmark as inscriptis prints them, reduced (a guide under a shop's
menu, its lede printed twice over its contents; a cost guide whose lede stands under its
byline and dates)."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

_ZERO_WASTE = [
    "                    Sale",
    "                      Planting Savings",
    "                      Clearance",
    "                      All Sale Items",
    "                  Our Story",
    "                  Learn",
    "                  FAQ",
    "                  Affiliate Program",
    "                  Rewards",
    "                  Connect",
    "          Live",
    "          Zero Waste - A Beginner’s Guide",
    "            A decade ago municipalities were the only ones batting about the term Zero "
    "Waste. Today Zero Waste is the buzzword on every sustainable living blog. But what "
    "does it mean and how can you achieve it?",
    "            A decade ago municipalities were the only ones batting about the term Zero "
    "Waste. Today Zero Waste is the buzzword on every sustainable living blog. But what "
    "does it mean and how can you achieve it?",
    "              WHAT IS ZERO WASTE?PRINCIPLES OF ZERO WASTEHOW TO GET STARTEDZERO WASTE: "
    "ROOM BY ROOMZERO WASTE OUTSIDE THE HOMETAKING THE ZERO WASTE CHALLENGE",
    "            What is Zero Waste?",
    "            Although the zero in Zero Waste suggests the goal of this movement is to "
    "completely eliminate household trash and send nothing to the landfill, most proponents "
    "of Zero Waste acknowledge that generating absolutely no waste is close to impossible. "
    "Even if a family reduces their garbage to a single, pint-sized jar each year—as many "
    "ambitious zero wasters have done—they can’t completely control the making of products "
    "they use every day. That’s why most people have a more achievable goal in mind: to get "
    "as close to zero as possible.",
    "            The reasoning behind the Zero Waste movement is simple:",
]

_REMODEL = [
    "                        CALL ME BACK",
    "                        CALL ME BACK",
    "                        CALL ME BACK",
    "          TABLE OF CONTENTS",
    "        * Loading...",
    "          How Much Does a Home Remodel Cost in California? A Comprehensive Guide to Budgeting",
    "              Posted By",
    "                Loona Construction",
    "                Loona Construction",
    "                Loona Construction",
    "              Posted On",
    "                Jan 13, 2025",
    "                Jan 13, 2025",
    "                Jan 13, 2025",
    "            Home remodeling in California is a significant investment, with costs "
    "varying widely based on location, scope, and materials. Whether you’re updating a "
    "single room or renovating an entire home, understanding the cost factors and planning "
    "effectively can help you maximize your budget. This guide explores remodeling costs "
    "across California and offers insights into budgeting and decision-making.",
    "            Home remodeling in California is a significant investment, with costs "
    "varying widely based on location, scope, and materials. Whether you’re updating a "
    "single room or renovating an entire home, understanding the cost factors and planning "
    "effectively can help you maximize your budget. This guide explores remodeling costs "
    "across California and offers insights into budgeting and decision-making.",
    "          How Much Does a Home Remodel Cost in California?",
    "          Average Remodeling Costs Across California",
    "          The cost of home remodeling in California varies widely based on the type of "
    "renovation and the region within the state. Here is a detailed breakdown of typical "
    "costs:",
    "            * Cosmetic Updates: These projects include painting, flooring, and minor "
    "repairs or updates to existing features. The costs for these simpler projects "
    "typically range between $100 and $300 per square foot. For example, repainting a "
    "2,000-square-foot home might cost $5,000 to $10,000, while adding new vinyl flooring "
    "could cost $3,000 to $7,000.",
    "            * Comprehensive Renovations: These involve major structural changes, such "
    "as removing walls, adding rooms, or reconfiguring layouts. Costs for such projects "
    "generally range from $400 to $800+ per square foot. For instance, a full kitchen "
    "remodel with custom cabinetry, high-end appliances, and granite countertops might cost "
    "between $50,000 and $120,000, depending on the size and scope.",
    "          Additional regional variations can also play a role in determining costs. "
    "Urban areas like San Francisco often have higher labor and material costs than "
    "suburban or rural regions. Moreover, the availability of contractors and materials can "
    "also impact pricing, with demand often driving costs upward during peak remodeling "
    "seasons.",
    "          Key Factors Affecting Remodeling Budgets",
]

_LEDE = "A decade ago municipalities were the only ones batting about the term Zero Waste."
_COST_LEDE = "Home remodeling in California is a significant investment, with costs varying"


def _verdicts(lines: list[str]) -> list[tuple[str, str]]:
    return [(v.category, v.text) for v in classify_lines(lines).verdicts]


def test_the_standfirst_under_the_headline_is_kept_above_the_contents() -> None:
    """The lede printed twice (a summary box and the lede) between the headline and a line of
    the contents: one copy kept, the headline found above it, not the contents' line."""
    got = _verdicts(_ZERO_WASTE)
    ledes = [c for c, t in got if t.startswith(_LEDE)]
    assert ledes == ["menu", "article"]
    assert ("headline", "Zero Waste - A Beginner’s Guide") in got
    assert classify_lines(_ZERO_WASTE).metadata["title"] == "Zero Waste - A Beginner’s Guide"
    assert any(c == "article" and t.startswith("Although the zero") for c, t in got)


def test_a_byline_and_dates_between_the_headline_and_its_standfirst() -> None:
    """The headline, "Posted By", the author's name, "Posted On" and the date, then the lede
    printed twice over a subheading that asks a question: the lede is the story's."""
    got = _verdicts(_REMODEL)
    assert [c for c, t in got if t.startswith(_COST_LEDE)] == ["menu", "article"]
    title = classify_lines(_REMODEL).metadata["title"]
    assert title.startswith("How Much Does a Home Remodel Cost in California? A Comprehensive")


def test_a_dump_printed_at_the_margin_tells_nothing() -> None:
    """The same lines without their indentation (html-text's or a browser's layout): no
    element is seen to hold both, the lede stays out as before."""
    got = _verdicts([line.strip() for line in _ZERO_WASTE])
    assert all(c != "article" for c, t in got if t.startswith(_LEDE))


def test_a_line_printed_left_of_both_parts_them() -> None:
    """A line printed at the margin (the shop's menu entry) between the lede and the body
    closes the element that held the headline: the headline and its lede are another
    element's, and stay out."""
    lines = [*_ZERO_WASTE[:14], "Shop", *_ZERO_WASTE[14:]]
    got = _verdicts(lines)
    assert all(c != "article" for c, t in got if t.startswith(_LEDE))
