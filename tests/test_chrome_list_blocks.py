"""Lists and tables that go on a block of the body (text dumps whose blocks are set apart by
blank lines), and a guide whose steps introduce lists: written to the pattern of real pages, a
training plan whose weeks repeat the same warm-up step under a line ending with a colon, a
comparison table whose rows in words alone read as headlines between rows of lists that read
as text, a packing list whose last items read as headlines, a wedding planning timeline
whose steps (a subheading and a sentence each) read as cards of other stories, and a podcast
guide's tips whose first item is too long to read as a headline."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines

_MENU = ["Home", "Training", "Races", "Gear", "Nutrition", "Shop"]
_TITLE = "A 12-week half marathon plan for runners who train by heart rate"
_INTRO = [
    "This plan builds on the heart-rate zones you find in the first week, so every session "
    "after that is set by effort rather than by pace, whatever the weather on the day.",
    "Each week has two hard runs, one long run and rest days between them; the times next to "
    "each week give the total running you should expect to do in it.",
]
_WARM_UP = (
    "Warm Up. 10-20 Minutes: Easy jogging in Zone 2, 5 minutes of running drills including "
    "5x15 second strides with a walk back recovery"
)


def _week(n: int, hours: str, main: str) -> list[str]:
    return [
        f"Week {n}: Build Endurance & Speed. ({hours})",
        "Monday. Rest Day",
        "Tuesday. Intense Run (40-60mins):",
        _WARM_UP,
        f"Main Set. {main}",
        "Cool Down. 10-20 Minutes: Easy jogging in zone 2",
        "Wednesday. Rest Day",
        "Thursday. Long Run (80-90mins):",
        "Run easy in Zone 2 heart rate",
    ]


_MAIN = "ending when you feel like the next interval is the last you could possibly do at the "
_WEEKS = [
    _week(1, "2:30-3:20hrs", f"Repeat 5-6 times, {_MAIN}same pace: 1 kilometre at 10k race pace."),
    _week(2, "3:15-4:05hrs", f"Repeat 6-8 times, {_MAIN}same pace: 800m at marathon goal pace."),
    _week(3, "3:35-4:25hrs", f"Repeat 8-10 times, {_MAIN}same pace: 2 minutes at 5k effort."),
]
_END = [
    "In the last week, cut the long run to an hour and keep one short session with a few "
    "strides, so your legs are fresh on the start line and your heart rate stays low.",
    "After the race, take a full week of rest days before you start to run again, and build "
    "back to your usual weekly time over the two weeks that follow it.",
]
_TRENDING = [
    "Trending",
    "How to pace your first marathon without hitting the wall",
    "The best running shoes for wide feet, tested by our editors",
]


def _blocks(*blocks: list[str]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out += [*block, ""]
    return out


def test_a_step_repeated_every_week_under_a_line_ending_with_a_colon_is_kept() -> None:
    # the warm-up is written again in every week, and a long line printed elsewhere on the page
    # reads as a link; but it goes on the week's block, under a line that introduces it
    plan = [ln for week in _WEEKS for ln in week]  # the plan is one block
    lines = _blocks(_MENU, [_TITLE], *[[p] for p in _INTRO], plan, *[[p] for p in _END])
    r = strip_lines(lines + _TRENDING)
    assert r.lines == [*_INTRO, *plan, *_END]


_STACK_INTRO = [
    "Choosing a language for a new product is rarely about speed alone: the team you can hire, "
    "the libraries you need and the places the code must run all weigh on it.",
    "The table below sets ten popular languages side by side on the points that matter most "
    "when a startup picks its first stack.",
]
_TABLE = [
    "Feature TypeScript Python JavaScript Java C# PHP Rust Go Swift Kotlin",
    "Type System Static Dynamic Dynamic Static Static Dynamic Static Static Static Static",
    "Object-Oriented Yes Yes Yes Yes Yes Yes Yes Partial Yes Yes",
    "Garbage Collection Yes Yes Yes Yes Yes Yes No (Manual) Yes Yes (ARC) Yes",
    # (a row of lists, with commas and over 30 words, reads as text)
    "Popular Frameworks React, Angular, Next.js, Vue Django, Flask, FastAPI React, Vue, "
    "Express, Node.js Spring, Hibernate, Micronaut ASP.NET Core, Blazor, Laravel, Symfony "
    "Actix, Rocket Gin, Echo SwiftUI, Vapor Ktor, Spring",
    "Performance High Moderate Moderate High High Moderate Very High High High High",
    "Community Very Large Very Large Very Large Large Large Large Growing Large Medium Growing",
    "Syntax Simplicity Moderate High High Moderate High High Complex High High High",
    "Learning Curve Low-Moderate Low Low Moderate Low-Moderate Low Steep Low-Moderate Moderate",
    "Primary Use Cases Web and mobile apps, APIs, full-stack AI and ML, data science, backend, "
    "automation Frontend, full-stack, APIs Enterprise apps, Android, backend Web apps, games, "
    "desktop Web backends, content sites Systems, tools Cloud services iOS apps Android apps",
]
_STACK_END = [
    "No language wins on every row: weigh the rows that matter for your product, and the "
    "people who will write and keep the code for years after the first release.",
]


def test_rows_of_a_table_that_read_as_headlines_are_kept_inside_its_block() -> None:
    # rows of words read as headlines, a run of them between lines of text as links; but they
    # sit inside the table's block, with kept rows above and below them
    head = "Programming Language Comparison Table"
    lines = _blocks(_MENU, ["The best tech stack for startups"], *[[p] for p in _STACK_INTRO])
    lines += _blocks([head], _TABLE, _STACK_END, _TRENDING)
    r = strip_lines(lines)
    assert r.lines == [*_STACK_INTRO, head, *_TABLE, *_STACK_END]


def test_headlines_that_end_the_block_of_a_paragraph_are_still_links() -> None:
    # links printed right under a paragraph, in its block, with a new block after them: a box
    # of related stories hung under the text, not a list that the paragraph goes on with
    links = [
        "Man arrested after seven trafficking victims found in a car, police say",
        "Safety officials urge the plane maker to redesign a part on its jets",
    ]
    paragraph = (
        "Meanwhile, friends, volunteers and police officers searched the city for the missing "
        "girl, and a tip from a motel clerk led them to the room shortly before midnight."
    )
    lines = _blocks(
        _MENU,
        ["Police video shows the rescue of a kidnapped girl"],
        *[[p] for p in _INTRO],
        [paragraph, *links],
        *[[p] for p in _END],
    )
    r = strip_lines(lines)
    assert r.lines == [*_INTRO, paragraph, *_END]
    assert {x.line: x.reason for x in r.removed}[links[0]] == "inline_link"


_GUIDE_INTRO = [
    "Planning a wedding can feel like a second job, but it does not have to. The trick is to "
    "spread the decisions over a year, so each month holds a few tasks and none of them is "
    "rushed because a vendor you wanted was booked before you called.",
    "We have hosted hundreds of weddings at our barn, and the couples who enjoyed the year "
    "before their day most were the ones who knew what came next. This timeline is the one we "
    "hand them at their first tour, with the questions they asked us most often.",
    "Popular venues book twelve to eighteen months in advance, especially for the spring and "
    "autumn dates, so securing yours early gives you the widest choice of dates and prices.",
]
_SECTIONS = [
    (
        "Finalize Your Wedding Aesthetic",
        "This is where your wedding begins to feel real, and where a shared board keeps "
        "you both aligned.",
        "Choose:",
        ["Color palette", "Floral direction", "Overall mood"],
    ),
    (
        "Launch Your Wedding Website",
        "Guests look there first for every detail of the day, so keep it current and easy to read.",
        "Include:",
        ["Your love story", "Event details", "Registry", "Travel accommodations"],
    ),
    (
        "Create a Detailed Wedding Day Timeline",
        "Share it with every vendor a month ahead, so nobody arrives late or waits for the room.",
        "Include:",
        ["Hair and makeup schedule", "First look timing", "Ceremony start"],
    ),
    (
        "Review All Contracts and Payments",
        "This stage prevents surprises on the day itself, when nobody has time to read a contract.",
        "Confirm:",
        ["Vendor arrival times", "Final balances", "Rental quantities"],
    ),
    (
        "Prepare an Emergency Kit",
        "Small things go wrong on every wedding day we host, and a kit fixes most of "
        "them in minutes.",
        "Include:",
        ["Safety pins", "Stain remover", "Blotting papers"],
    ),
]
_FOOTER = ["Previous Post", "Areas We Serve", "Contact Us", "© 2026 The Grange Hall."]


def test_a_guide_of_sections_that_introduce_lists_is_not_a_card_list() -> None:
    # each section is a subheading and one sentence under it, as a card is a title and its
    # summary; but the lists that lines ending with a colon introduce between them show a
    # guide's steps, not cards of other stories below the article
    body = []
    for head, sentence, intro, items in _SECTIONS:
        body += [head, "", sentence, "", intro, "", *items, ""]
    lines = _blocks(_MENU, ["12-Month Wedding Planning Timeline: Complete Guide"])
    lines += _blocks(*[[p] for p in _GUIDE_INTRO]) + body + _blocks(_FOOTER)
    r = strip_lines(lines)
    assert r.lines[: len(_GUIDE_INTRO)] == _GUIDE_INTRO
    assert [s for _, s, _, _ in _SECTIONS if s not in r.lines] == []


_PACKING_INTRO = [
    "There are big ticket items when you consider what your backpacking essentials will be, "
    "and they are worth the research: you will carry every one of them for days on end.",
    "I have included items for both my tent campers and my hammock campers, and I swap "
    "between the two set-ups depending on the trail and on the season.",
]
_OPTIONAL = [
    "Satellite messenger",
    "Pole magnets, made by a small company, that keep your poles on your pack.",
    "Ear plugs (for sleeping in more crowded campgrounds)",
    "Carabiners and paracord (for all sorts of miscellaneous uses)",
]
_CLOTHING = [
    "Backpacking Essentials: Clothing and Outerwear",
    "As you will hear time and time again, layers are everything. We cannot talk about "
    "clothing without talking about how fast the weather changes in the mountains.",
    "In addition to the number of days on the trail, take into account the lowest "
    "temperature you expect at night, and pack one warm layer more than you think you need.",
]


def test_the_last_items_of_a_list_that_read_as_headlines_are_kept_in_its_block() -> None:
    # the list's last two items are headline-like and long enough to read as links, a run of
    # them at the end of its block; but the two items above them are kept short items of the
    # same list, not a paragraph that a box of links hangs under
    lines = _blocks(_MENU, ["The backpacking essentials I never leave without"])
    lines += _blocks(*[[p] for p in _PACKING_INTRO], ["Optional:"], _OPTIONAL)
    lines += _blocks(*[[p] for p in _CLOTHING], _FOOTER)
    r = strip_lines(lines)
    assert r.lines == [*_PACKING_INTRO, "Optional:", *_OPTIONAL, *_CLOTHING]


_MIC_TITLE = "The ultimate podcast equipment guide for creators"
_MIC_INTRO = [
    "Your recording environment often matters more than the price tag on your equipment. A "
    "basic microphone in a quiet, well-treated room can produce a more professional sound than "
    "expensive gear in an echo-prone space.",
    "An external USB microphone is a step up from your smartphone’s mic, yet it’s inexpensive, "
    "lightweight, and captures clear, high-quality audio. It’s also easy to set up by simply "
    "plugging a USB cable into your computer or phone.",
    "Pickup patterns aren’t the only factor that impacts the quality of your audio. Setting up "
    "your USB microphone properly can also dramatically improve how you sound, so before you "
    "hit record:",
]
_MIC_TIPS = [
    "Position the microphone slightly off-axis (about 15-20 degrees) from your mouth to reduce "
    "plosive sounds (sounds that create strong bursts of air, most noticeable in letters like "
    "'p', 'b', and 't')",
    "Keep the mic about six to twelve inches from your mouth—closer if your room is echo-prone, "
    "further if you tend to speak loudly",
    "Place the microphone on a stable surface or desk mount to prevent vibrations from keyboard "
    "typing or table bumps",
    "Connect your microphone directly to your computer rather than through a USB hub when "
    "possible for the most reliable connection",
]
_MIC_END = [
    "The best approach to building your podcast setup is starting small and growing "
    "intentionally. Begin with tools you already own, master the basics of recording and "
    "editing, and really get to know your content style.",
    "Then, as your podcast evolves, add new equipment piece by piece based on your specific "
    "needs, and keep the gear that earns its place in every episode you record.",
]


def test_the_short_items_under_a_long_item_of_a_list_in_its_block_are_kept() -> None:
    # a podcast guide's tips, an item a line in one block, a price range under them: the
    # first tip is too long to read as a headline and ends with no stop, the three under it
    # read as a box of links hung under it; but a box of links hangs under a paragraph or a
    # heading, not under a list's first item
    price = "Price range: $20 to $150"
    lines = _blocks(_MENU, [_MIC_TITLE], *[[p] for p in _MIC_INTRO], _MIC_TIPS, [price])
    lines += _blocks(*[[p] for p in _MIC_END], _TRENDING)
    r = strip_lines(lines)
    assert r.lines == [*_MIC_INTRO, *_MIC_TIPS, price, *_MIC_END]
