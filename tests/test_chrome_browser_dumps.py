"""Text dumps as a browser makes them (``document.body.innerText``): a table's cells set apart
by tabs, a row a line, every paragraph in a block of its own. Written to the pattern of real
pages of the benchmark's tuning half, as headless Chromium prints them."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.code_blocks import find_listings
from cleanscrape.chrome.features import joined_menu, lexicon_category
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.strip import classify_lines

# A shop's buying guide (mechanical keyboards): a menu, the headline, two paragraphs, a
# comparison table under a heading, a paragraph, a second table of text cells, the footer.
_MENU = ["Shop", "Keyboards", "Switches", "Keycaps", "Accessories", "Blog", "Contact"]
_INTRO = [
    "Top 7 Hot-Swappable Mechanical Keyboards for Beginners",
    "",
    "Hot-swappable mechanical keyboards are ideal for beginners because they let you easily "
    "change switches without soldering. This flexibility allows you to experiment with "
    "different switch types and find the feel that suits you best.",
    "",
    "We tested each board below for a week of daily typing and gaming, and we looked at the "
    "build, the software and the price before ranking them.",
    "",
    "Quick Comparison",
    "",
]
_TABLE = [
    "Keyboard Model\tLayout\tSwitch Type\tConnectivity\tCase Material\tPrice (USD)\tKey Feature",
    "Freebird60 Full Kit\t60%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$160\tQMK/VIA support",
    "Freebird75 Full Kit\t75%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$199\tDual mounting",
    "Redragon K530 Draconic\t60%\tOutemu Box (3/5-pin)\tUSB-C, Bluetooth 5.0\tABS plastic\t$50"
    "\tTri-mode wireless",
    "Keychron Q2\t65%\tMX-style hot-swap\tUSB-C\tCNC aluminum\t$129.99\tDouble-gasket design",
]
_MIDDLE = [
    "",
    "Choosing the right layout comes down to how much desk space you have and which keys you "
    "reach for every day.",
    "",
]
_LAYOUTS = [
    "Layout\tKey Features\tIdeal For",
    "TKL\tLacks a numeric keypad but includes full navigation keys\tEveryday use, gaming",
    "75%\tCompact design with a function row\tProductivity, easy to carry",
    "60%\tUltra-compact, uses layers for extra functions\tSaving desk space, travel",
]
_TAIL = [
    "",
    "Whichever board you pick, a hot-swappable one lets you change its feel later without "
    "buying a new keyboard.",
    "",
    "Newsletter",
    "Privacy Policy",
    "Terms of Service",
    "© 2025 Keebs Shop",
]


def _page() -> list[str]:
    return [*_MENU, "", *_INTRO, *_TABLE, *_MIDDLE, *_LAYOUTS, *_TAIL]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_a_table_of_tab_separated_cells_is_kept_with_its_header_row() -> None:
    kept = _kept(_page())
    assert all(row in kept for row in _TABLE)  # the header row is no menu joined by tabs
    assert kept[-1].startswith("Whichever board")  # the body goes on below the table


def test_rows_of_text_cells_joined_by_tabs_are_one_list_not_related_links() -> None:
    kept = _kept(_page())
    assert all(row in kept for row in _LAYOUTS)


def test_a_row_of_menu_items_joined_by_tabs_is_still_a_menu() -> None:
    # the same words joined by tabs with no rows of cells below: a menu saved as one line
    menu = "\t".join(_MENU)
    kept = _kept([menu, "", *_INTRO, *_MIDDLE[1:], *_TAIL])
    assert menu not in kept
    assert any(ln.startswith("Hot-swappable mechanical") for ln in kept)


# A developer's blog post (an introduction to git): the site's menu, the post's date and
# tags, three paragraphs, a listing of commands as a browser prints a <pre> block (a line of
# code a line, a blank line between commands), two more paragraphs, the footer.
_POST_HEAD = [
    "A brief intro to git • Jane Roe",
    "",
    "Jane Roe",
    "Posts Music Reading Links Search",
    "Back to posts",
    "June 6, 2021",
    "A brief intro to git",
    "",
    "#development #git",
    "",
    "As a developer, a version control system is a critical part of your toolkit, no matter "
    "the size of the project or the size of the team you're working with.",
    "",
    "I first started learning to use git by applying it to my own projects and maintaining "
    "local repositories, then pushing them to a remote host so I could work from anywhere.",
    "",
    "One of the many appeals of git is its flexibility and there are a wide range of commands "
    "that come with it, from setting a repository up to sharing your work with others.",
    "",
    "Copy",
]
_LISTING = [
    "# initialize git",
    "git init",
    "",
    "# clone repo",
    "git clone <repo url>",
    "",
    "# view the state of the repo",
    "git status",
    "",
    "# this will stage all of your modified and/or untracked files for commit",
    "git add -A",
    "",
    "# amend the last commit message",
    "git commit --amend",
    "",
    "# check out a new branch, diverging from the current branch",
    "git checkout -b <branch name>",
    "",
    "# delete a branch remotely",
    "git push origin --delete <branch name>",
    "",
    "# show commit logs",
    "git log",
    "",
    "# this will fetch changes from the remote branch that you're currently on",
    "git pull",
    "",
    "# you can also specify arguments and branches with git pull, for example",
    "git pull origin master",
    "",
    "# this will checkout a different branch from the branch you're currently on",
    "git checkout <branch name>",
    "",
    "# see available branches",
    "git branch",
    "",
    "# delete a branch locally",
    "git branch -d <branch name>",
    "",
    "# merge a branch into the branch you're currently on",
    "git merge <branch name>",
    "",
    "# stash your current changes and return to the head of the branch you're on",
    "git stash",
    "",
    "# reapply your stashed changes",
    "git stash apply",
    "",
    "# show the reference log of all recent actions",
    "git reflog",
    "",
]
_POST_TAIL = [
    "Each of these commands has numerous options associated with it and allows for broad "
    "control over the flow and history of your project.",
    "",
    "There are a number of other commands worth learning, and the resources below cover them "
    "in far more depth than I can here.",
    "",
    "Subscribe via RSS",
    "Privacy Policy",
    "© 2025 Jane Roe",
]


def test_a_code_listing_a_line_of_code_a_line_does_not_end_the_article() -> None:
    kept = _kept([*_POST_HEAD, *_LISTING, *_POST_TAIL])
    assert _POST_TAIL[0] in kept and _POST_TAIL[2] in kept  # the prose after the listing
    assert "git clone <repo url>" in kept and "# show commit logs" in kept
    assert "Subscribe via RSS" not in kept and "Posts Music Reading Links Search" not in kept


def test_a_menu_is_no_code_listing() -> None:
    # the site's menu, a link a line, has no mark of code: it still weighs as chrome
    menu = ["Home", "Archive", "Projects", "Talks", "About", "Contact"]
    assert not find_listings(page_lines(menu, None)).lines
    assert find_listings(page_lines([ln for ln in _LISTING if ln], None)).lines


# A theatre's blog post: the post's row of metadata as a browser prints it (its inline parts
# joined without blanks: "October 12, 2018/0 Comments/in ..."), then the post, visitors'
# reviews a paragraph each, each under its signature, and the theatre's closing lines.
_REVIEWS = [
    "Blog - Latest News",
    "[The Palace] More Reviews from Our Visitors!",
    "October 12, 2018/0 Comments/in Theatre Promotion /by admin",
    "",
    "Visitors who booked their tickets online came to the theatre to watch The Palace, and "
    "many of them left reviews of the show afterwards.",
    "",
    "We have brought some of these memorable reviews here! Check them out below.",
    "",
    "“The show was really great. We received the tickets at the entrance and we enjoyed a free "
    "drink before the performance started.”",
    "",
    "– Man**",
    "",
    "“Very talented people! Super fun and entertaining! Very cultural, and the music was "
    "wonderful from the first scene to the last.”",
    "",
    "– Ali***",
    "",
    "“It was a 75-minute long non-verbal play with the narrative texts shown occasionally on "
    "screen to explain what was happening, and it was easy to follow.”",
    "",
    "– Jo** Al****",
    "",
    "Thank you all for your kind reviews!",
    "",
    "For those who have yet to watch The Palace, what are you waiting for? Book your tickets "
    "today and come and experience this spectacular traditional performance.",
    "",
    "Share this entry",
    "Facebook",
    "Twitter",
]


def test_a_dated_row_with_a_comment_count_is_no_comments_heading() -> None:
    line = "October 12, 2018/0 Comments/in Theatre Promotion /by admin"
    assert lexicon_category(page_lines([line], None)[0]) != "comments"
    assert lexicon_category(page_lines(["12 Comments"], None)[0]) == "comments"
    kept = _kept(_REVIEWS)
    # the reviews and the closing lines are the post's
    assert "Thank you all for your kind reviews!" in kept
    assert _REVIEWS[-5] in kept


def test_a_caption_joined_to_its_credit_is_a_credit() -> None:
    # a browser prints the caption and the credit's <span> after it without a blank between
    caption = (
        "Pilates snags the No. 1 spot as the most-booked workout globally on a booking app in "
        "2024.Cravetiger / Getty Images"
    )
    assert lexicon_category(page_lines([caption], None)[0]) == "credit"
    spaced = caption.replace("2024.Cravetiger", "2024. Cravetiger")
    assert lexicon_category(page_lines([spaced], None)[0]) == "credit"


@pytest.mark.parametrize(
    "caption",
    [
        "Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner "
        "Mongolia sought treatmentCredit: Getty - Contributor",
        "The latest case of bubonic plague was reported after a hunter killed and ate a "
        "rabbitCredit: Getty - Contributor",
    ],
)
def test_a_caption_joined_to_its_labelled_credit_is_a_credit(caption: str) -> None:
    # the credit's label ("Credit:") printed right after the caption's last word
    assert lexicon_category(page_lines([caption], None)[0]) == "credit"


def test_a_sentence_with_a_word_ending_in_a_label_is_no_credit() -> None:
    # (the label is a word of its own: glued to the word before it, it opens with a capital)
    line = "Members can buy it on discredit: they pay after the season ends"
    assert lexicon_category(page_lines([line], None)[0]) != "credit"


# A developer's guide to query tuning: a flowchart drawn from Mermaid source, which the page
# prints in a <pre> block (a line of the chart a line; an edge's label between bars), then
# the prose goes on; the site's menu above is joined by bars.
_GUIDE_HEAD = [
    "How to Optimize PostgreSQL Queries",
    "",
    "Products | Blog | Docs | Pricing | Contact",
    "",
    "How to Optimize PostgreSQL Queries",
    "",
    "Slow queries are one of the most common causes of poor application performance, and most "
    "of them can be fixed without touching the hardware.",
    "",
    "Start with the plan the database chose. The chart below shows how to read the output of "
    "EXPLAIN ANALYZE and where to look first.",
    "",
]
_CHART = [
    "flowchart TD",
    "A[EXPLAIN ANALYZE Output] --> B{Check Seq Scans}",
    "B -->|Large Table| C[Add Index]",
    "B -->|Small Table| D[OK - Sequential is fine]",
    "A --> E{Compare estimated vs actual rows}",
    "E -->|Big Difference| F[Update Statistics: ANALYZE table]",
    "E -->|Similar| G[Statistics are accurate]",
    "A --> H{Check actual time per node}",
    "H -->|High| I[Focus optimization here]",
    "H -->|Low| J[Look elsewhere]",
]
_GUIDE_TAIL = [
    "",
    "Once the plan looks right, check that the statistics are fresh: the planner's estimates "
    "are only as good as the figures it was given.",
    "",
    "Indexes come next. A B-tree index covers equality and range filters, which are most of "
    "the filters a web application runs.",
    "",
    "Privacy | Terms | Status | Careers",
    "© 2026 Example Cloud",
]


def test_flowchart_edges_labelled_between_bars_are_code_not_menus() -> None:
    edge = "E -->|Similar| G[Statistics are accurate]"
    assert not joined_menu(edge)
    assert lexicon_category(page_lines([edge], None)[0]) != "menu"
    kept = _kept([*_GUIDE_HEAD, *_CHART, *_GUIDE_TAIL])
    assert all(ln in kept for ln in _CHART[2:])
    assert _GUIDE_TAIL[1] in kept and _GUIDE_TAIL[3] in kept


def test_menus_joined_by_bars_are_still_menus() -> None:
    for menu in (
        "Products | Blog | Docs | Pricing | Contact",
        "Privacy | Terms | Status | Careers",
    ):
        assert joined_menu(menu)
    kept = _kept([*_GUIDE_HEAD, *_CHART, *_GUIDE_TAIL])
    assert "Products | Blog | Docs | Pricing | Contact" not in kept
    assert "Privacy | Terms | Status | Careers" not in kept


# The same guide further on (lines as the browser prints them): SQL listings whose lines
# hold few marks of code besides the column names in snake case, their comments headline-like
# lines, with prose after them; and a real box of related links between two paragraphs.
_SQL = [
    "-- Faster: EXISTS stops at first match",
    "-- PostgreSQL can optimize this to a semi-join",
    "SELECT * FROM users u",
    "WHERE EXISTS (",
    "    SELECT 1 FROM orders o",
    "    WHERE o.user_id = u.id AND o.total > 1000",
    ");",
    "Optimize JOINs",
    "-- Make sure join columns are indexed",
    "CREATE INDEX idx_orders_user_id ON orders(user_id);",
    "",
    "-- Use explicit JOIN syntax for clarity",
    "-- The query planner can rearrange joins, but explicit syntax helps readability",
    "SELECT",
    "    u.name,",
    "    COUNT(o.id) as order_count,",
    "    SUM(o.total) as total_spent",
    "FROM users u",
    "INNER JOIN orders o ON u.id = o.user_id",
    "WHERE o.created_at > '2024-01-01'",
    "GROUP BY u.id, u.name",
    "HAVING COUNT(o.id) > 5;",
    "",
    "-- For large tables, consider breaking into CTEs for readability",
    "-- Note: CTEs are optimization fences in older PostgreSQL versions",
    "WITH recent_orders AS (",
    "    SELECT user_id, COUNT(*) as cnt, SUM(total) as total",
    "    FROM orders",
    "    WHERE created_at > '2024-01-01'",
    "    GROUP BY user_id",
    "    HAVING COUNT(*) > 5",
    ")",
    "SELECT u.name, ro.cnt, ro.total",
    "FROM users u",
    "INNER JOIN recent_orders ro ON u.id = ro.user_id;",
]
_SQL_TAIL = [
    "Configuration Tuning",
    "",
    "PostgreSQL's default configuration is conservative. Tuning these settings can "
    "significantly improve performance.",
    "",
    "PostgreSQL relies on table statistics to make good query plans. Outdated statistics "
    "lead to poor plans, and the fix is usually a single ANALYZE after a bulk load.",
    "",
]
_CODE_COMMENTS = [
    "-- For queries filtering on email:",
    "-- SELECT * FROM users WHERE email = 'jane@example.com';",
    "-- This query will now use idx_users_email instead of scanning the entire table",
    "",
    "-- Composite index for queries that filter on multiple columns",
    "-- Column order matters: put the most selective column first",
    "CREATE INDEX idx_orders_user_status ON orders(user_id, status);",
    "",
    "-- This index helps these queries:",
    "-- SELECT * FROM orders WHERE user_id = 123;",
    "-- SELECT * FROM orders WHERE user_id = 123 AND status = 'pending';",
]
#: ... and the site's own lines above it, most in sentence case.
_SITE_TOP = [
    "Skip to main content",
    "Open the main menu",
    "Monitor your whole stack in one place",
    "Start your free trial today",
    "Book a demo with our team",
]
_RELATED = [
    "How We Cut Our Cloud Bill in Half Without Losing Sleep",
    "Why Your Status Page Should Live Outside Your Own Infrastructure",
    "The Five Alerts Every On-Call Engineer Should Set Up First",
]


def test_a_sql_listing_with_snake_case_names_does_not_end_the_guide() -> None:
    listing = [ln for ln in _SQL if ln]
    assert find_listings(page_lines(listing, None)).lines == set(range(len(listing)))
    kept = _kept([*_GUIDE_HEAD, *_SQL, "", *_SQL_TAIL, *_GUIDE_TAIL])
    assert all(ln in kept for ln in _SQL if ln.startswith("--"))
    assert _SQL_TAIL[2] in kept and _GUIDE_TAIL[3] in kept
    assert "Privacy | Terms | Status | Careers" not in kept


def _unspaced(lines: list[str]) -> list[str]:
    # the paragraphs as a browser prints them: no blank line between two (only a <pre>
    # block's own blank lines)
    return [ln for ln in lines if ln]


def test_comments_of_a_code_listing_are_no_related_links() -> None:
    prose = _unspaced([*_GUIDE_HEAD, *_SQL_TAIL])
    kept = _kept([*_SITE_TOP, *prose, *_CODE_COMMENTS, *_unspaced(_GUIDE_TAIL)])
    assert all(ln in kept for ln in _CODE_COMMENTS if ln)


def test_related_links_between_paragraphs_still_go_beside_a_listing() -> None:
    prose = _unspaced([*_GUIDE_HEAD, *_SQL_TAIL])
    page = [*_SITE_TOP, *prose, *_CODE_COMMENTS, *_RELATED, *_unspaced(_GUIDE_TAIL)]
    kept = _kept(page)
    assert not any(ln in kept for ln in _RELATED)
    assert _GUIDE_TAIL[1] in kept and _GUIDE_TAIL[3] in kept


# A markets story printed under a long menu of the site's sections, one a line with no blank
# lines (so most of the page's lines start no block), its paragraphs each in a block of their
# own, and a quote table of tab-separated cells under an ad label between two paragraphs.
_SECTIONS = [
    "Money", "Personal Finance", "College", "Retirement", "Tax Planning", "Credit & Debt",
    "Insurance", "Savings", "Small Business", "Markets", "Pre-Markets", "US Markets",
    "Futures & Commodities", "Bonds", "Funds & ETF's", "Lifestyle", "Rich & Famous", "Travel",
    "Cars", "Airplanes", "Food & Drinks", "Arts", "Real Estate", "Personal", "Commercial",
    "Tech", "Digital", "Social Media", "Gadgets", "Business Tech", "Sports", "NFL", "NBA",
    "MLB", "NASCAR", "Boxing", "Soccer", "Golf", "Tennis", "Opinion", "Shows", "About",
]  # fmt: skip
_QUOTES = [
    "Ticker\tSecurity\tLast\tChange\tChange %",
    "HD\tTHE HOME DEPOT INC.\t225.86\t-12.99\t-5.44%",
    "LOW\tLOWE'S COMPANIES INC.\t113.40\t-1.62\t-1.41%",
]
_STORY = [
    "Home Depot sales miss, shares plunge",
    "By Jonathan Garber",
    "",
    "Home Depot co-founder Ken Langone discusses how the American dream being lived out by "
    "hardworking Home Depot employees.",
    "",
    "Dow component Home Depot reported third-quarter earnings that topped estimates as revenue "
    "fell short, sending shares lower ahead of the opening bell. Rival Lowe's was also lower "
    "following the results.",
    "",
    "Continue Reading Below",
    "",
    *_QUOTES,
    "",
    "The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, as revenue "
    "rose 3.5 percent to $27.2 billion. Wall Street analysts surveyed by Refinitiv were "
    "expecting $2.52 a share on revenue of $27.53 billion. Comparable sales rose 3.6 percent, "
    "missing the 4.8 percent gain that was expected.",
    "",
    "“Our third quarter results reflected broad-based growth across our business, yet sales "
    "were below our expectations driven by the timing of certain benefits associated with our "
    'One Home Depot strategic investments," chairman, CEO and president Craig Menear said in '
    "the earnings release.",
    "",
    "Looking ahead, Home Depot sees fiscal year 2019 sales growth of 1.8 percent and comparable "
    "sales growth of 3.5 percent, down from previous guidance of 2.3 percent and 4 percent.",
    "",
    "Home Depot shares are up 39 percent year-to-date while the S&P 500 is up 24.5 percent.",
    "",
]


def test_a_table_under_an_ad_label_is_kept_when_only_the_story_is_set_apart_by_blanks() -> None:
    # the menus print no blank lines, so the page as a whole is not set apart by them; the
    # story's paragraphs are, and its table in a block of its own is no box of related links
    kept = _kept([*_SECTIONS, "", *_STORY, *_SECTIONS])
    assert all(row in kept for row in _QUOTES)
    assert "Continue Reading Below" not in kept


def test_links_under_a_related_heading_go_in_a_dump_without_blank_lines() -> None:
    # the same story with no blank line anywhere: the heading's run of links still goes
    links = ["Lowe's beats on earnings", "Target shares soar after sales beat"]
    story = [ln for ln in _STORY if ln]
    story[2:6] = ["Related Articles", *links]
    kept = _kept([*_SECTIONS, *story, *_SECTIONS])
    assert not any(link in kept for link in links)


# A software vendor's guide comparing programming languages: the menu, the headline, two
# paragraphs, a comparison table of short values (a row a line, cells set apart by tabs), a
# paragraph, a second table whose rows print their first cell on lines of their own (a cell
# holding blocks, as a browser prints it), a closing paragraph, the footer.
_LANG_HEAD = [
    *_MENU,
    "",
    "In-Demand Programming Languages: How to Select the Right One",
    "",
    "Choosing a programming language shapes how fast a team ships, which developers it can "
    "hire and how well the product holds up as it grows over the years.",
    "",
    "The table below compares the languages we see requested most often by our clients, "
    "feature by feature, before we look at each of them in turn.",
    "",
]
_LANG_TABLE = [
    "Feature\tTypeScript\tPython\tJavaScript\tJava\tRust\tGo\tKotlin",
    "Type System\tStatic\tDynamic\tDynamic\tStatic\tStatic\tStatic\tStatic",
    "Object-Oriented\tYes\tYes\tYes\tYes\tYes\tPartial\tYes",
    "Garbage Collection\tYes\tYes\tYes\tYes\tNo (Manual)\tYes\tYes",
    "Memory Safety\tModerate\tModerate\tModerate\tHigh\tVery High\tHigh\tHigh",
    "Community\tVery Large\tVery Large\tVery Large\tLarge\tGrowing\tLarge\tGrowing",
]
_LANG_MIDDLE = [
    "",
    "Industry focus matters as much as features: a language with a strong ecosystem in your "
    "field saves months of building tools that others already share.",
    "",
]
_FOCUS_TABLE = [
    "Industry Focus (Basic/Best)\tTypeScript\tPython\tJavaScript\tJava\tRust\tGo",
    "",
    "",
    "Manufacturing",
    "",
    "\tBasic\tBest\tBest\tBest\tBasic\tBest",
    "",
    "",
    "Wholesale Distribution",
    "",
    "\tBasic\tBest\tBasic\tBest\tBest\tBasic",
    "",
    "",
    "Hospitality",
    "",
    "(hotels and restaurants)",
    "",
    "\tBasic\tBest\tBasic\tBest\tBest\tBest",
]
_LANG_TAIL = [
    "",
    "Whichever language you choose, invest in your team's skills with it: the language "
    "matters less than how well the people who write it know it.",
    "",
    "Privacy Policy",
    "Terms of Service",
    "© 2025 Softworks",
]


def _comparison_page() -> list[str]:
    return [*_LANG_HEAD, *_LANG_TABLE, *_LANG_MIDDLE, *_FOCUS_TABLE, *_LANG_TAIL]


@pytest.mark.parametrize(
    "row",
    [
        "Type System\tStatic\tDynamic\tDynamic\tStatic\tStatic\tStatic\tStatic",
        "Object-Oriented\tYes\tYes\tYes\tYes\tYes\tPartial\tYes",
        "Basic\tBest\tBest\tBest\tBasic\tBest",
    ],
)
def test_a_row_of_cells_repeating_a_value_is_no_menu(row: str) -> None:
    assert not joined_menu(row)


def test_menu_items_joined_by_tabs_each_named_once_are_a_menu() -> None:
    assert joined_menu("\t".join(_MENU))


def test_a_comparison_table_of_short_values_is_kept_with_its_header_row() -> None:
    kept = _kept(_comparison_page())
    assert all(row in kept for row in _LANG_TABLE)
    assert kept[-1].startswith("Whichever language")


def test_a_table_whose_rows_print_their_first_cell_above_them_is_kept() -> None:
    kept = _kept(_comparison_page())
    rows = [ln.strip() for ln in _FOCUS_TABLE if "\t" in ln]
    assert all(row in kept for row in rows)  # its header row too
    assert "Manufacturing" in kept


# A developer's guide to logging a .NET client's HTTP messages: the headline, paragraphs, and
# the log the library writes, as a browser prints a <pre> block: its lines keep their
# indentation, and few of them carry a mark of code (a request's headers, a response's status).
_LOG_HEAD = [
    *_MENU,
    "",
    "Raw HTTP Message Logging for .NET HttpClient",
    "",
    "18 Dec 2025",
    "",
    "Modern .NET applications frequently communicate with external services over HTTP, making "
    "observability of these interactions critical for development and troubleshooting.",
    "",
    "The library logs every request and response in the raw protocol format, the same text "
    "you would see on the wire or in the documentation of the API you are calling.",
    "",
    "Example output with full configuration:",
    "",
]
_LOG = [
    "info: MyApi.HttpLogs[0]",
    "      Request-Queue: 1",
    "info: MyApi.HttpLogs[0]",
    "      Request-Message:",
    "",
    "      POST /api/users HTTP/1.1",
    "      Host: api.example.com",
    "      Content-Type: application/json",
    "      Authorization: ***",
    "",
    "info: MyApi.HttpLogs[0]",
    "      Response-Message: 234ms",
    "",
    "      HTTP/1.1 201 Created",
    "      Content-Type: application/json",
    "      Location: /api/users/12345",
]
_LOG_TAIL = [
    "5. Real-World Troubleshooting",
    "",
    "Raw HTTP logging proves most valuable in practical debugging scenarios. The following "
    "examples show how protocol-level visibility solves common integration problems.",
    "",
    "When integrating with third-party APIs, header mismatches are common, and the raw log "
    "shows exactly what is being sent before anyone has to guess.",
    "",
    "Privacy Policy",
    "Terms of Service",
]


def test_an_indented_log_without_marks_of_code_is_a_listing() -> None:
    lines = [*_LOG_HEAD, *_LOG]
    feats = page_lines(lines, None)
    # the run of lines that are no paragraphs: the log and the line introducing it
    listing = {k for k, ln in enumerate(feats) if ln.index >= lines.index(_LOG_HEAD[-2])}
    assert find_listings(feats, lines).lines == listing
    assert not find_listings(feats).lines  # without the lines as printed: few marks of code


def test_a_logged_response_line_in_a_listing_is_no_comments_heading() -> None:
    kept = _kept([*_LOG_HEAD, *_LOG, *_LOG_TAIL])
    assert "Response-Message: 234ms" in kept
    assert _LOG_TAIL[2] in kept and _LOG_TAIL[4] in kept  # the guide goes on below the log


def test_indented_lines_tell_nothing_where_the_paragraphs_are_indented_too() -> None:
    # inscriptis indents every block by its depth
    lines = ["    " + ln if ln else ln for ln in [*_LOG_HEAD, *_LOG]]
    feats = page_lines(lines, None)
    assert not find_listings(feats, lines).lines


# A health insurer's blog post (smartphone basics): the post's paragraphs, then the site's
# footer menu printed a line a link with no blank line between them, the copyright line, and
# the text of the site's hidden dialogs, which a browser prints as paragraphs below it.
_FOOTER_POST = [
    "Smartphone Basics",
    "",
    "Smartphones can do a lot more than make calls. They can help you stay in touch with family, "
    "find directions, check the weather and keep track of your appointments.",
    "",
    "Charging your smartphone – Smartphones run on rechargeable batteries. Use a charging block "
    "and cable to charge your phone, and charge it daily so it is ready when you need it.",
    "",
    "Making a call – Tap the phone app on your device to open it. Enter the phone number you "
    "want to call on the screen keypad, then tap the call button to place the call.",
    "",
    "For more details on how to use your smartphone, you can find free informational classes "
    "and resources at your local library or senior center.",
    "",
]
_FOOTER_MENU = [
    "Important Plan Information",
    "Health & Wellness",
    "Health Conditions & Prevention",
    "Healthy Living",
    "Healthy Mind",
    "Recipe Book",
    "Benefits & Coverage",
    "Employer Coverage",
    "Individual & Family Coverage",
    "Health Insurance Tools",
    "Provider Finder",
    "Understanding Insurance",
    "Insurance Basics",
    "How Health Insurance Works",
    "Ask a Question",
    "Send Private Message",
    "",
    "© Copyright 2025 Health Care Service Corporation. All Rights Reserved.",
    "",
]
_DIALOGS = [
    "The community is hosted by an independent company that provides an online platform for "
    "blogging and discussion on behalf of the plan, and it is not a part of the plan itself.",
    "",
    "File is in portable document format (PDF). To view this file, you may need to install a "
    "PDF reader program. Most PDF readers are a free download from the maker of the reader.",
    "",
    "You are leaving this website. This new site may be offered by a vendor or an independent "
    "third party, and it may also contain material that the plan does not endorse.",
    "",
    "Terms of Use and Privacy Statement |",
    "About Us |",
]


def test_the_region_stops_above_a_footer_menu_over_the_copyright_line() -> None:
    kept = _kept([*_MENU, "", *_FOOTER_POST, *_FOOTER_MENU, *_DIALOGS])
    assert _FOOTER_POST[-2] in kept  # the post's last paragraph
    assert not any(ln in kept for ln in _FOOTER_MENU if ln)
    assert not any(ln in kept for ln in _DIALOGS if ln)


_MORE_POST = [
    "Sending a text message – This is very similar to making a call. Tap to open the Messages "
    "app on your phone, tap the name of the person you want to write to and type your text.",
    "",
    "Taking a photo – Open the camera app and point your phone at what you want to capture. "
    "Tap the round button on the screen, and the photo is saved in your phone's gallery.",
    "",
]


def test_a_copyright_credit_under_a_short_list_of_the_body_does_not_end_it() -> None:
    items = _FOOTER_MENU[1:6]  # five short lines, then a photo's credit
    kept = _kept([*_MENU, "", *_FOOTER_POST, *items, "", "© Jane Roe", "", *_MORE_POST])
    assert all(ln in kept for ln in _MORE_POST if ln)  # the post goes on below the credit
