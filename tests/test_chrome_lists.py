"""Lists and tables that end an article's body (text dumps): written to the pattern of real
pages, a concert announcement that ends with the tour's dates and a ranking table under the
paragraph that presents it."""

from __future__ import annotations

import re

from cleanscrape.chrome import body_lists, features, strip_lines

_MENU = ["Music", "Politics", "TV", "Movies", "Culture", "Subscribe"]
_TITLE = "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour"
_TOUR = [
    "The Doobie Brothers will unite with former frontman Michael McDonald for a 2020 North "
    "American tour celebrating the band’s 50th anniversary.",
    "Tickets for the 50th anniversary tour go on sale to the general public starting Friday, "
    "December 6th, at 10 a.m. local time via Live Nation.",
    "McDonald joined the band in 1975 and initially remained in the lineup until 1982, "
    "appearing on four albums and hit singles like 1978’s “What a Fool Believes.”",
    "The band’s current tour continues November 19th in Greenville, South Carolina; after a "
    "break later that month, the schedule picks up February 7th in Las Vegas.",
]
_DATES = [
    "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
    "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre",
    "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
    "June 17 – Nashville, TN @ Bridgestone Arena",
    "June 19 – Charlotte, NC @ PNC Music Pavilion",
    "August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago",
    "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion",
]
_TRENDING = [
    "Trending",
    "Mötley Crüe, Def Leppard, Poison Set 2020 Stadium Tour",
    "Lucasfilm’s Kathleen Kennedy on ‘Rise of Skywalker’ and the Future of ‘Star Wars’",
    "Which Band Will Reunite Next? Placing Odds on 14 Groups, From Led Zeppelin to Oasis",
]


def _blocks(*blocks: list[str]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out += [*block, ""]
    return out


def test_tour_dates_under_a_subheading_after_the_last_paragraph_are_kept() -> None:
    # the dates are one block of short lines of one shape ("date – place @ venue") under a
    # subheading of the body; they sat below the prose region and went with the footer
    lines = _blocks(
        _MENU,
        [_TITLE],
        *[[p] for p in _TOUR],
        ["The Doobie Brothers Tour Dates"],
        _DATES,
        ["Want more Rolling Stone? Sign up for our newsletter."],
        *[[t] for t in _TRENDING],
    )
    r = strip_lines(lines)
    assert r.lines == [*_TOUR, "The Doobie Brothers Tour Dates", *_DATES]


def test_headlines_under_an_unknown_heading_after_the_article_stay_dropped() -> None:
    # links to other stories have no shape in common: the same place, still not the body
    more = [
        "Mötley Crüe, Def Leppard, Poison Set 2020 Stadium Tour",
        "Lucasfilm’s Kathleen Kennedy on ‘Rise of Skywalker’ and the Future of ‘Star Wars’",
        "Which Band Will Reunite Next? Placing Odds on 14 Groups, From Led Zeppelin to Oasis",
        "Republicans Now Questioning Whether Purple Heart Recipient Is Loyal to the United States",
        "Dave Grohl's Guest List: 21 Amazing Musical Cameos",
    ]
    lines = _blocks(_MENU, [_TITLE], *[[p] for p in _TOUR], ["Editors' Picks"], more)
    r = strip_lines(lines)
    assert r.lines == _TOUR


_RANKING = [
    "MBA ranking reports in aggregate can help an applicant to see trends around MBA program "
    "brands, and rankings of individual schools can move from one year to the next.",
    "The 2023-2024 US News ranking data for the top full-time MBA programs can be found in the "
    "table below, with acceptance rates, test scores and salaries.",
]
_ROWS = [
    "Ranking Business School Previous Rank Women Employed at Graduation GPA GMAT Salary",
    "1 Chicago Booth School of Business 1 37% / 40% 30% 48% 3.6 729 $175,000",
    "2 Kellogg School of Management 3 (tie) 38% / 48% 31% 38% 3.7 729 $165,000",
    "3 UPenn Wharton School 1 (tie) 35% / 50% 23% 62% 3.6 733 $175,000",
    "4 MIT Sloan School of Management 5 (tie) 40% / 46% 15% 52% 3.6 730 $165,000",
    "5 Harvard Business School 5 38% / 46% 14% 86% 3.7 727 $172,877",
]


def test_table_rows_that_go_on_from_the_last_paragraph_are_kept() -> None:
    # the rows follow the paragraph that presents them in the same block
    lines = _blocks(
        ["Home", "MBA Admissions", "Blog", "Contact"],
        ["US News MBA Rankings: Full & Part Time Programs"],
        [_RANKING[0]],
        [_RANKING[1], *_ROWS],
        ["Related Posts"],
        ["How to Get Into Harvard Business School"],
    )
    r = strip_lines(lines)
    assert r.lines == [*_RANKING, *_ROWS]


_MEALS = [
    "Healthy meal delivery is a tricky game I realized because we all define it different. For "
    "me it’s about a meal that is high in quality protein, filled with vegetables and not a ton "
    "of other things.",
    "I try to avoid dairy and gluten because I feel better, but does that make a meal healthy, "
    "no. Just better for me.",
]
_SERVICES = [
    "Daily Harvest – prepared meal, plant based, frozen delivery",
    "Eat to Evolve – prepared meal, high protein, delivered fresh",
    "Purple Carrot – prepared meal or meal kit, vegan",
    "Blue Apron – meal kit, wide variety of dishes",
    "Hello Fresh – meal kit, wide variety of dishes",
]
_AFTER = [
    "The reason I focused on these particular services is because they deliver whole food "
    "meals. In other words, it’s not the same as buying a frozen meal because the ingredient "
    "labels are short and all food, no additives.",
    "As noted, I’ve had the opportunity to try a number of services over the years, and each "
    "of them has a place depending on your schedule and your budget.",
]


def test_a_list_of_one_shape_between_paragraphs_is_not_related_links() -> None:
    # "name – what it is" on every line: the body's own list, not headlines of other stories
    lines = _blocks(
        ["Home", "Recipes", "Training", "Shop"],
        ["Healthy Meal Delivery Services I Tried and Loved"],
        *[[p] for p in _MEALS],
        _SERVICES,
        *[[p] for p in _AFTER],
    )
    r = strip_lines(lines)
    assert r.lines == [*_MEALS, *_SERVICES, *_AFTER]


def test_figure_words_and_field_marks_are_found_as_the_plain_patterns_find_them(
    seed_texts: dict[str, str],
) -> None:
    # the searches that skip to a figure (or to a mark's first character) count the same words
    # holding a figure and find the same marks as the plain patterns, on the tour dates, the
    # trending links, the ranking table and every line of the seeds
    figures, marks = re.compile(r"\S*\d\S*"), re.compile(r" [–—-] |@| \| |[•·]|  +(?=\S)")
    lines = [*_TOUR, *_DATES, *_TRENDING, *_RANKING, *_ROWS]
    lines += [ln for t in seed_texts.values() for ln in t.splitlines()]
    assert sum(len(figures.findall(ln)) for ln in lines) > 50
    for ln in lines:
        count = len(figures.findall(ln))
        assert features.figure_words(ln) == count, ln
        assert body_lists._FIELD_MARK.findall(ln) == marks.findall(ln), ln


_SERVER_MENU = ["Owain Brennan", "Home Blog"]
_SERVER_TITLE = "Turning a tinybox Green v2 into a Private AI Home Server"
_SERVER = [
    "I've been wanting a proper local AI box for a while, as well as a home server, so why "
    "not both in one.",
    "Through a series of weird events from running and then selling my data science agency, "
    'I ended up having a "spare" tinybox Green v2 I could use as I wanted.',
    "None of these are catastrophic. They're just the normal little cuts you get when you're "
    "wiring a system yourself instead of clicking through a cloud wizard.",
]
_PLANS = [
    "Hook GPU metrics properly into Netdata",
    "Add JupyterLab behind Tailscale for experiments and notebooks",
    "Set up backups for /srv volumes so I can nuke and pave the host OS without fear",
]
_WHY = [
    "You can absolutely rent this kind of capability from the cloud or pay for a SaaS license "
    "for all of this. You don't need a tinybox to use LLMs.",
    "But owning the whole path from prompt to silicon does something to your intuition, and "
    "that is the part no hosted playground gives you.",
]


def test_items_in_a_block_under_a_subheading_of_their_own_are_the_body() -> None:
    # "Future Plans", a blank line, then the plans: headline-like lines of five words or more,
    # but under a subheading of the body, none printed elsewhere, and the body goes on after
    lines = _blocks(
        _SERVER_MENU,
        [_SERVER_TITLE],
        *[[p] for p in _SERVER],
        ["Future Plans"],
        _PLANS,
        ["Why Bother?"],
        *[[p] for p in _WHY],
    )
    r = strip_lines(lines)
    assert r.lines == [*_SERVER, "Future Plans", *_PLANS, "Why Bother?", *_WHY]


_HEARING_TITLE = "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony"
_HEARING = [
    "Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National "
    "Security Council official, testified Tuesday afternoon in the impeachment inquiry.",
    "Morrison was the third witness testifying Tuesday who listened in on President Trump's "
    "July 25 call with Ukraine's president.",
    "Republicans also questioned Morrison about his closed-door testimony, in which he raised "
    "questions about the judgment of another witness.",
]
_HIGHLIGHTS = [
    "Here are some of the highlights:",
    'Morrison told the Intelligence Committee, "I feared at the time of the call on July 25 '
    "how its disclosure would play in Washington's climate.\"",
    'He begged lawmakers "not to lose sight of" the ongoing Ukraine conflict or the illegal '
    "occupation by Russia of Crimea.",
    'Volker later said he would have "objected" to Ukraine opening an investigation into '
    "Biden and did not realize Mr. Trump saw the request to investigate Ukrainian energy "
    "company Burisma as tantamount to investigating Biden until he heard the July 25 call.",
    '"I think the allegations against Vice President Biden are self-serving and not '
    'credible," Volker said. Volker reiterated that he saw the investigations into Burisma '
    "and into Biden as separate but that in retrospect, he understood how Ukrainian officials "
    "could be confused.",
    "Volker disputed the notion that he had been a participant in what's been portrayed as an "
    'outside or "irregular" channel of Ukraine policy. "My role was not some irregular '
    'channel, but the official channel," he told lawmakers.',
    "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy "
    'Secretary Rick Perry formed an "irregular" channel, for which they were known as the '
    '"Three Amigos."',
]


def test_headlines_under_a_box_heading_followed_by_chrome_stay_dropped() -> None:
    # a box of other stories between paragraphs, under a short heading of its own and with
    # another box heading right under it: a list under a subheading by its shape, but the body
    # does not go on right after it
    box = [
        "Watch live: Sondland testifies about Ukraine at pivotal impeachment hearing",
        "Key moments from Kurt Volker's and Tim Morrison's testimony",
        "7 key moments from Tuesday's first impeachment hearing",
        "Volker says he didn't realize link between Ukraine investigations and Bidens",
    ]
    lines = _blocks(
        ["CBS News", "Video", "Photos", "Podcasts", "Log In", "Search"],
        [_HEARING_TITLE],
        *[[p] for p in _HEARING],
        ["Trump Impeachment Inquiry More"],
        box,
        ["More in Trump Impeachment Inquiry"],
        *[[p] for p in _HIGHLIGHTS],
    )
    r = strip_lines(lines)
    assert r.lines[-len(_HIGHLIGHTS) :] == _HIGHLIGHTS
    assert not set(box) & set(r.lines)


_PLUMBING_TITLE = "How to Price Plumbing Jobs: A Guide for Plumbers"
_PLUMBING = [
    "From small fixes to major replacements, knowing average plumbing prices will help you "
    "quote confidently and stay competitive. Use these averages as a guide when setting your "
    "own rates.",
    "Small plumbing jobs cover quick fixes like repairing leaks, unclogging drains, or "
    "replacing fixtures. They’re usually routine and take less than two hours. Here’s what you "
    "can typically charge.",
]
_PRICES = [
    "Job Price Range Factors Affecting Cost",
    "Faucet or fixture install $150–$535 Brand, prep, access",
    "Toilet repair $100–$250 Parts, clog severity",
    "Drain clearing (sink/tub) $125–$300 Length of pipe, blockage",
    "Minor leak repair $150–$400 Access, fittings needed",
    "Garbage disposal install $200–$450 Electrical access, brand",
]
_EMERGENCY = [
    "Emergency plumbing services",
    "Emergency plumbing calls often come after hours, on weekends, or during holidays. Because "
    "these jobs require immediate response and disrupt your schedule, it’s standard to charge "
    "higher rates.",
]


def test_a_table_under_its_header_row_between_paragraphs_is_the_body() -> None:
    # the header row names the columns, the rows under it hold words in lower case: a table of
    # the body, not a box of headlines (each line of five words or more, no sentence mark)
    lines = _blocks(
        ["Home", "Features", "Pricing", "Resources", "Log In"],
        [_PLUMBING_TITLE],
        *[[p] for p in _PLUMBING],
        _PRICES,
        *[[p] for p in _EMERGENCY],
    )
    r = strip_lines(lines)
    assert r.lines == [*_PLUMBING, *_PRICES, *_EMERGENCY]


def test_headlines_in_title_case_between_paragraphs_stay_dropped() -> None:
    # the first headline of a box looks like a header row, but so does every line under it
    box = [
        "Modern Appliances are Tiny House Friendly",
        "Tiny House Cost of Living is Cheaper",
        "Tiny House Travel is Real",
        "There’s Less to Clean in a Tiny Home",
        "Eco-friendly Tiny Houses Make a Big Impact",
    ]
    lines = _blocks(
        ["Home", "Features", "Pricing", "Resources", "Log In"],
        [_PLUMBING_TITLE],
        *[[p] for p in _PLUMBING],
        box,
        *[[p] for p in _EMERGENCY],
    )
    r = strip_lines(lines)
    assert not set(box) & set(r.lines)


#: A review page whose menus capitalise every word, as its headlines do.
_RUN_MENU = [
    "Low Heart Rate Training",
    "Sub Two Half Marathon Training",
    "Cushioned Running Shoes",
    "Carbon Plated Running Shoes",
    "Running Shoe Deals and Discounts",
]
_MEAL_TITLE = "Comparing Prepared Meal Delivery 2026 | Daily Harvest, Freshly, More"
_MEAL = [
    "One of the things I loved about them is the ability to order a la carte and not feel "
    "locked in to a consistent delivery schedule. When we travel, it’s amazing to come home and "
    "pull a complete chicken dinner with veggies out of the freezer for me and a meatloaf with "
    "cauliflower mashers for David.",
    "But…it’s also nice to just enjoy a week of eating my chicken and not worry that meals are "
    "coming we don’t yet need.",
]
_MEAL_ITEMS = [
    "A la carte or weekly delivery options",
    "Meals range from $5.75 for breakfast options to $11.75 – average is $11",
    "Higher protein meals with a focus on chicken, beef, pork from local pasture raised and "
    "grass-fed animals",
    "Many meals are keto, plenty of options for dairy free, paleo, not so much vegan",
    "Menu does not change a lot",
    "Meals are delivered fresh, but do freeze extremely well",
    "Mint paleo balls mean energy balls I don’t have to make, joy, joy",
]
_MEAL_AFTER = [
    "FAVORITE ITEMS: Smoked Pork Tenderloin, fried chicken with spaghetti squash and David "
    "raved about the pepper jack macaroni with hot links."
]


def test_items_in_sentence_case_on_a_page_of_title_case_headlines_are_the_body() -> None:
    # the page's menus capitalise every word; the items under the paragraph do not: the
    # body's own list (a line of five words or more each, no sentence mark), not related links
    lines = _blocks(_RUN_MENU, [_MEAL_TITLE], *[[p] for p in _MEAL], _MEAL_ITEMS, _MEAL_AFTER)
    r = strip_lines(lines)
    assert r.lines == [*_MEAL, *_MEAL_ITEMS, *_MEAL_AFTER]


def test_the_case_of_lines_tells_title_case_from_sentence_case() -> None:
    feats = features.line_features([*_RUN_MENU, "", *_MEAL_ITEMS])
    menu, items = feats[: len(_RUN_MENU)], feats[len(_RUN_MENU) :]
    assert body_lists.title_case_page(menu)
    assert not body_lists.title_case_page(items)
    assert body_lists.sentence_case_list(items)
    assert not body_lists.sentence_case_list(menu)
    # headlines written in sentence case (as many outlets and languages write them) make no
    # page of title-case headlines
    news = features.line_features(
        [
            "What to know before you install panels",
            "Follow our guide on small business taxes",
            "What business leaders need to know about AI",
            "Watch live: Sondland testifies about Ukraine at pivotal impeachment hearing",
            "Tiny House Cost of Living is Cheaper",
        ]
    )
    assert not body_lists.title_case_page(news)


#: The lines out of the body of a health institute's page of ten lines
#: (``data/dumps/closing_items/marathon_plan_short_page.txt``): its title, its skip link, its
#: banner, the story's headline, its address, its slogan and its update stamp.
_SHORT_PAGE_OUTSIDE = [
    "Meditation and Mindfulness: Effectiveness and Safety | NCCIH",
    "Skip to main content Link to External Link Policy",
    "An official website of the United States government",
    "Marathon Beginner Plan",
    "Bethesda, Maryland 20892",
    "NIH...Turning Discovery Into Health ®",
    "Site Last Updated:",
]


def test_a_short_page_s_few_lines_in_title_case_tell_its_style() -> None:
    assert body_lists.letter_case("An official website of the United States government") == "mixed"
    assert body_lists.letter_case("Bethesda, Maryland 20892") == ""
    short = features.line_features(_SHORT_PAGE_OUTSIDE)
    assert not body_lists.title_case_page(short)  # three in title case: too few to count
    assert body_lists.few_title_case_lines(short)
    # one headline-like line in sentence case, and the page shows no title-case style
    asked = features.line_features([*_SHORT_PAGE_OUTSIDE, "What to know before you install panels"])
    assert not body_lists.few_title_case_lines(asked)
    # ... nor when the lines in mixed case are as many as those in title case
    named = features.line_features(
        [*_SHORT_PAGE_OUTSIDE, "Watch live: Sondland testifies about Ukraine at pivotal hearing"]
    )
    assert not body_lists.few_title_case_lines(named)


_CERT_MENU = [
    "Procurement & Contracts Management",
    "Higher Ed Program for Executive Level Assistants",
    "Customized Learning for Organizations",
    "Health Sciences Management Certificate",
    "Post-Baccalaureate Pre-Medical Program",
    "Professional Certification Programs",
]
_CERT_TITLE = "What's the Difference Between a Certificate and a Certification?"
_CERT = [
    "Earning a certificate is a way for you to earn credits in a structured, discipline-specific "
    "way. A certificate can prepare you to advance in your career, or to gain the extra knowledge "
    "needed to stay competitive and up-to-date in your field. Completion of the certificate "
    "demonstrates evidence of specialized education achievement. It is recognized on a "
    "University of Virginia transcript.",
    "There are many fields, however, that have professional certifications that may be "
    "recommended or required (teaching, project management, accounting). A certificate program "
    "does not lead to a professional certification. Yes, the courses you take in a certificate "
    "program could help you prepare to earn a professional field-specific certification, but "
    "earning a certificate is not the same as becoming certified.",
]
_CERT_TABLE = [
    "Certificate Certification",
    "Result of an educational process",
    "Result of an assessment process",
    "For newcomers and experienced professionals",
    "Typically requires experience",
    "Indicates completion of a course or series of courses with a particular focus",
    "Indicates mastery/competency measured against a standard – usually by exam",
    "Course content set through academic process",
    "Standards set through an industry-wide process",
    "Gateway to a degree",
    "No relationship to attaining higher education/degree",
]
_CERT_TAIL = [
    "Take the next step",
    "RFI Form",
    "Take the next step",
    "Footer",
    "Admissions",
    "Why SCPS",
    "Register for Classes",
    "Faculty Resources",
    "Military & Veterans",
    "Professional & Enrichment Programs",
]


def test_a_table_in_sentence_case_that_ends_the_body_is_the_body() -> None:
    # rows without figures or marks in common, but written in sentence case where the page's
    # menus capitalise every word: the body's table under its two-word header, not links
    lines = _blocks(
        [f"{_CERT_TITLE} | UVA SCPS"],
        _CERT_MENU,
        [_CERT_TITLE],
        _CERT,
        _CERT_TABLE,
        *[[x] for x in _CERT_TAIL],
    )
    r = strip_lines(lines)
    assert r.lines == [*_CERT, *_CERT_TABLE]


_MAKERS_TITLE = "Top 10 U.S. Manufacturers of Household Appliances"
_MAKERS = [
    "Most of the 383 appliance manufacturers in the U.S. (89 or 23%) are in the Midwest. The "
    "second largest cluster (57 or 15%) locate their facilities in the South. The West houses 37 "
    "or 10% and the Northeast 25 or 7%.",
    "Top 10 Household Appliance Manufacturers in the U.S.A.",
]
_MAKERS_TABLE = [
    "Company City State Number of Employees",
    "Haier US Appliance Solutions, Inc. Louisville KY 6,000",
    "Whirlpool Corp., Clyde Opers. Clyde OH 3,500",
    "Electrolux Major Appliances Springfield TN 2,800",
    "Whirlpool Corp. Marion OH 2,500",
    "Roper Corp. La Fayette GA 2,000",
    "Philips Oral Healthcare, LLC Bothell WA 1,800",
    "Bradford White Water Heaters Middleville MI 1,200",
]
_MAKERS_AFTER = [
    "About the Top 10 Manufacturers of Household Appliances in the U.S.A.",
    "Each of the top 10 appliance manufacturers employs over 1000 workers. Since only one of "
    "these companies is located outside the Midwest or the South, you may find those regions "
    "your most promising prospecting zones.",
]


def test_a_table_whose_rows_end_with_a_column_of_figures_is_the_body() -> None:
    # every row capitalised like a headline, but each ends with a count: a table under its
    # header row, not a box of links
    lines = _blocks(
        ["Top 10 Appliance Manufacturers in the U.S.A. - IndustrySelect®"],
        ["Home", "Features", "Pricing", "Resources", "Log In"],
        [_MAKERS_TITLE],
        *[[p] for p in _MAKERS],
        _MAKERS_TABLE,
        *[[p] for p in _MAKERS_AFTER],
    )
    r = strip_lines(lines)
    assert r.lines == [*_MAKERS, *_MAKERS_TABLE, *_MAKERS_AFTER]


def test_a_headline_that_ends_with_a_year_under_a_header_like_one_is_no_table() -> None:
    # a box of two links: the first reads as a header row, the second ends with a year
    box = ["How I Tested These Coffee Makers", "The 8 Best Drip Coffee Makers Of 2026"]
    assert not body_lists.headed_table(features.line_features(box))


_BREAD = [
    "This machine is compact, but it can still bake full-size 2-pound loaves along with 1- or "
    "1.5-pounders. It’s great for anyone who doesn’t have space for a full-size machine, with "
    "the understanding that the smaller size comes with less insulation, so this machine gets "
    "hot on the outside during baking. It’s also fairly light at just over 10 pounds, so it’s "
    "easy to move around or tuck into a cabinet when it’s not being used.",
    "We were skeptical about the machine’s ability to bake a 2-pound loaf every time. The "
    "largest batches made tended to hit the lid and deflate, so it might be best to stick with "
    "smaller loaves or look for recipes that don’t rise quite as much. That said, it was easy to "
    "use, the control panel made sense, and the bread was nicely browned. It also has plenty of "
    "options, including crust darkness, bread types, and even non-bread settings for sauces and "
    "cakes.",
]
_BREAD_SPECS = (
    "Dimensions: 10.3 x 13.3 x 11.3 inches | Loaf Size: 1, 1.5, or 2 pounds | Programs: 12"
)
_BREAD_NEXT = [
    "This bread machine has one feature that you won’t find in any others. Along with the "
    "usual heating element below the pan, it also has a heating element on top. That means we "
    "got lovely browning on top of the loaves, just like we’d get in an oven. That’s not the "
    "only reason why we love this bread machine. The manual, the recipes, and the variety of "
    "breads it can bake made this one a great option, producing breads that even experienced "
    "bread bakers will appreciate—with practically zero fuss.",
    "This bread machine has two paddles, so the ingredients mix well, and its kneading ability "
    "is excellent. A 13-hour delay timer allows you to set the machine up at night for a "
    "morning loaf or set it up in the morning before work to have a loaf ready for dinner.",
]


def test_a_record_of_fields_on_one_line_against_a_credit_is_the_body() -> None:
    # a long line without a sentence mark next to a chrome line (the photo credits) is taken
    # for a link; fields set apart by bars, each with its label, are the product's record
    lines = _blocks(
        ["The 6 Best Bread Machines, Tested & Reviewed"],
        ["Skip to Content", "My Saves", "Recipes"],
        ["The 6 Best Bread Machines, Tested & Reviewed"],
        *[[p] for p in _BREAD],
        [_BREAD_SPECS],
        ["Credit: The Spruce Eats"] * 4,
        ["Runner-Up, Best Overall"],
        ["Zojirushi Home Bakery Virtuoso Plus Bread Maker Review"],
        _BREAD_NEXT,
    )
    r = strip_lines(lines)
    assert r.lines[:3] == [*_BREAD, _BREAD_SPECS]
    assert r.lines[-2:] == _BREAD_NEXT


_USB_HEAD = [
    "Key Features | Licensing | Customer Portal | Commercial Playbook | Payments",
    "Customer Resource Hub",
    "Sign In",
    "Get Demo",
    "Do you need 14 USB ports on your Raspberry Pi 5? - CNX Software",
]
_USB_ABOVE = [
    "If you do, then you're in luck, thanks to the Suptronics X1013 expansion board for the "
    "Raspberry Pi 5, which adds ten USB ports for a total of fourteen USB ports!",
    "The board connects to the 16-pin FFC PCIe connector of the Raspberry Pi 5 and adds four "
    "USB 3.0 ports and four USB 2.0 ports on the right of the Ethernet+USB side of the Pi 5, "
    "plus two extra USB 2.0 ports on the opposite side. This is what it looks like once "
    "installed.",
]
_USB_SPECS = [
    "- PCIe to USB chipset – Via Lab's VL805 PCIe Gen2 x1 to 4x USB 3.0 control chip",
    "- USB Hub – Terminus FE 2.1 7-port USB 2.0 hub",
    "- PCIe – 16-pin FFC PCIe connector; 37mm cable provided",
    "- Misc – On-board push button for bottom (same behavior as the Raspberry Pi's power button)",
    "- 9 to 18V DC / 3A input via a 5.5×2.1mm DC jack",
    "- 5.1V power delivery to the Raspberry Pi5 via pogo pins",
    "- Automatically powering off all USB devices when the Pi 5 is shut down",
]
_USB_BELOW = [
    "The installation is pretty straightforward, as you just have to connect the PCIe cable, "
    "align the Raspberry Pi 5 with the four mounting holes (and implicitly the pogo pins), "
    "before securing it with the four screws provided in the kit.",
    "Don't expect great performance for the additional ports, though. You'd have four USB 3.0 "
    "(5 Gbps) ports and six USB 2.0 (480 Mbps) ports for a theoretical combined 22.88 Gbps of "
    "bandwidth going through a 5 GT/s PCIe Gen2 x1 connection.",
]
_USB_TAIL = [
    "Tags: Customer Experience, View All, Sign In",
    "Learn More",
    "Advice delivered to your inbox",
    "Enter email address",
    "Subscribe",
]


def test_a_list_of_figures_printed_an_item_a_line_between_paragraphs_is_the_body() -> None:
    # a product's specifications between two paragraphs, an item a line: capitalised product
    # names in mixed fields, so neither one shape nor sentence case; they read as a box of
    # links, and one outlet's copy of the story lost them while another's, whose breaks ran
    # the items together, kept them
    lines = [*_USB_HEAD, *_USB_ABOVE, *_USB_SPECS, *_USB_BELOW, *_USB_TAIL]
    r = strip_lines(lines)
    assert r.lines == [*_USB_ABOVE, *_USB_SPECS, *_USB_BELOW]


def test_headlines_with_a_count_here_and_there_between_paragraphs_stay_dropped() -> None:
    # other stories' headlines put between two paragraphs: half of them hold a figure
    links = [
        "Man arrested after 7 trafficking victims found in car: Police",
        "Jeffrey Epstein jail guards charged with falsifying records",
        "White teen accused of plotting deadly attack on black church",
        "Safety officials urge Boeing to redesign part on 737s",
    ]
    lines = [*_USB_HEAD, *_USB_ABOVE, *links, *_USB_BELOW, *_USB_TAIL]
    r = strip_lines(lines)
    assert r.lines == [*_USB_ABOVE, *_USB_BELOW]


# a review of tutoring platforms under a lawn-mower maker's chrome (a syndicated copy of the
# corpus): each platform's paragraphs, then its pros and cons an item a line
_TUTOR_HEAD = [
    "Robot finder · Cookies · Accessories · (+49) 681 96989067 · Buy a Robomow · Contact sales"
    " · RKS Series · Compare models · Best in Tests",
    "Which robotic lawnmower is suitable for which lawn size? | Robomow",
    "Products",
    "RKS Series",
    "RK Series",
    "Best in Tests",
    "Robot finder",
    "Compare Robomows",
    "Accessories",
    "Where to buy",
    "Installation",
    "Support",
    "Services & support",
    "Self-Service",
    "Service points",
    "Robomow App 3.0",
    "Spare parts",
    "About us",
    "Contact form",
    "History",
    "15 Best Online Tutoring Platforms 2025",
]
_TUTOR_PREPLY = [
    "Preply started as a 1:1 language learning platform in 2013. Fast forward to today, it has "
    "over 35,000 tutors and more than 50 languages who also provide corporate language training "
    "and math tutoring.",
    "Being known as one of the best online tutoring websites for languages, it offers tutors "
    "around the world with immense flexibility to book lessons at times that suit you. Once "
    "you've found a tutor that fits your schedule and budget, you can watch their introduction "
    "videos and book a 1-on-1 online lesson.",
]
_TUTOR_PREPLY_PROS = [
    "- Over 50 languages are available on the platform, including less common ones",
    "- Based on Preply reviews, it offers customized online lessons to fit learners' goals and "
    "needs",
    "- Transparent prices as you see how much tutors charge in advance",
]
_TUTOR_WYZANT = [
    "Wyzant's tutors offer tutoring services, teaching math, science, English, creative writing, "
    "and 300 other subjects.",
    "To narrow your online tutoring options down, use the filters related to budget and "
    "availability. Once you've found some good fits, visit their tutor page to learn more about "
    "their qualifications, hourly rates, educational background, and reviews.",
    "There's no free trial but if the tutor is not a good fit, Wyzant won't charge you for the "
    "lesson. Instead, it will give you a free lesson until you find the right tutor. If you "
    "prefer in-person lessons instead of online ones, you can look for a Wyzant tutor in your "
    "area.",
]
_TUTOR_WYZANT_PROS = [
    "- Online or face-to-face classes for a wide range of subjects for children and adults",
    "- Transparent prices as you see how much a tutor charges on their profile",
    "- Detailed tutor profiles for you to choose the right tutor",
    "- Based on Wyzant reviews, it may be time-consuming to find the right tutor at an "
    "affordable price",
]
_TUTOR_PEAR = [
    "Formerly known as TutorMe, Pear Deck Tutor provides additional support for school subjects "
    "like English, math, and languages. Being among the top tutoring sites, it connects tutors "
    "during 1:1 lessons with students in need, so a teacher can conduct more efficient classes "
    "at school and address the needs of everyone.",
    "Each school, district, and college gets a custom quote from Pear Deck depending on their "
    "needs.",
]
_TUTOR_TAIL = [
    "Tags: Cookies, RKS Series, Best in Tests",
    "Accessories",
    "Buy a Robomow",
    "Sales points",
    "Compare models",
    "Contact sales",
    "Robomow owner",
    "Installation",
    "Self-Service",
    "Robomow App",
    "MyRobomow | ->2021",
    "Warranty Conditions",
    "About us",
    "Contact form",
    "Blog",
    "Privacy policy",
    "Cookies",
    "Legal notice",
    "Follow us",
    "Sales & Support",
    "Wiesenstraße 9",
    "D-66129 Saarbrücken",
    "(+49) 681 96989067",
    "Get in touch with us",
    "Mo - Fr: 09:00 - 16:00",
]


def test_pros_and_cons_in_sentence_case_between_paragraphs_are_the_body() -> None:
    # a review's pros and cons in sentence case, without figures, an item a line between the
    # paragraphs on each platform: they name what the paragraphs speak of (languages, tutors,
    # prices, lessons), so they are the body's lists on a page of any style of headlines; one
    # outlet's copy of the story lost them as inline links while another's kept them
    body = [
        *_TUTOR_PREPLY,
        *_TUTOR_PREPLY_PROS,
        *_TUTOR_WYZANT,
        *_TUTOR_WYZANT_PROS,
        *_TUTOR_PEAR,
    ]
    r = strip_lines([*_TUTOR_HEAD, *body, *_TUTOR_TAIL])
    assert r.lines == body


def test_headlines_in_sentence_case_between_the_same_paragraphs_stay_dropped() -> None:
    # other stories' headlines in sentence case put between the same paragraphs: they name
    # nothing the paragraphs speak of
    links = [
        "Man arrested after 7 trafficking victims found in car: Police",
        "Jeffrey Epstein jail guards charged with falsifying records",
        "White teen accused of plotting deadly attack on black church",
    ]
    lines = [*_TUTOR_HEAD, *_TUTOR_PREPLY, *links, *_TUTOR_WYZANT, *_TUTOR_TAIL]
    r = strip_lines(lines)
    assert r.lines == [*_TUTOR_PREPLY, *_TUTOR_WYZANT]
