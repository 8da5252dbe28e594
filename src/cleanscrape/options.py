"""The one options object. Frozen; derive variants with :meth:`CleanOptions.replace`.

Each field of :class:`CleanOptions` carries its own :class:`Option` (help text, rule, command-line
flag) in its metadata. That is the one table of options: the dataclass validates with it and the
command line builds its arguments from it, so a default or a rule is stated once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, get_args

from .errors import UsageError

KeepPolicy = Literal["first", "longest", "newest"]
#: Vietnamese tone-mark placement in the output (see text/vietnamese.py).
ToneStyle = Literal["keep", "old", "new"]
#: Extraction presets: ``precision`` leaves out doubtful blocks, ``recall`` keeps them.
Favor = Literal["precision", "balanced", "recall"]
FAVORS: tuple[Favor, ...] = get_args(Favor)
MatchOn = Literal["body", "full"]

#: A rule on an option's value: ``None`` when the value is fine, else the rule in words.
Check = Callable[[Any], "str | None"]


@dataclass(frozen=True, slots=True)
class Option:
    """How one :class:`CleanOptions` field is explained, checked and offered on the command line.

    ``flag`` is the command-line flag (``None``: library only). A boolean whose default is true
    is offered as a flag that turns it off (``--no-dedup``, help "do not <help>"), one whose
    default is false as a flag that turns it on. ``parse`` turns command-line text into a value
    (default: the type of the field's default); ``check`` states the rule a value must follow.
    """

    help: str
    flag: str | None = None
    check: Check | None = None
    choices: tuple[str, ...] = ()
    parse: Callable[[str], Any] | None = None
    metavar: str | None = None


def _in_unit_interval(value: Any) -> str | None:
    return None if 0.0 < value <= 1.0 else "in (0, 1]"


def _ratio(value: Any) -> str | None:
    return None if 0.0 <= value <= 1.0 else "in [0, 1]"


def _at_least(n: int) -> Check:
    def check(value: Any) -> str | None:
        return None if value >= n else f"at least {n}"

    return check


def _positive_or_none(value: Any) -> str | None:
    return None if value is None or value > 0 else "positive (seconds), or off/None for no limit"


def _seconds_or_off(text: str) -> float | None:
    """``--page-timeout`` text: seconds, or ``off`` for no limit (0 is refused, not "no limit")."""
    return None if text.strip().lower() in ("off", "none") else float(text)


def _option(default: Any, help: str, **spec: Any) -> Any:
    return dataclasses.field(default=default, metadata={"option": Option(help, **spec)})


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """Every knob of the cleaning pipeline, with defaults that suit news pages.

    >>> CleanOptions().replace(dedup=False).dedup
    False
    >>> CleanOptions(dedup_threshold=1.5)
    Traceback (most recent call last):
    ...
    cleanscrape.errors.UsageError: dedup_threshold must be in (0, 1], got 1.5; 0.8 is the default
    """

    # text repair
    fix_mojibake: bool = _option(
        True, "repair mojibake with ftfy (else only NFC)", flag="--no-fix-mojibake"
    )
    vi_tone: ToneStyle = _option(  # noqa: RUF009 (returns a dataclasses.field, like the others)
        "keep",
        "Vietnamese tone-mark placement in the output: keep as written, old (hòa, thủy, khỏe) "
        "or new (hoà, thuỷ, khoẻ)",
        flag="--vi-tone",
        choices=get_args(ToneStyle),
    )
    # chrome stripping
    strip_chrome: bool = _option(True, "strip chrome lines", flag="--no-strip")
    site_templates: bool = _option(
        True,
        "drop lines that recur on many pages of one site (site templates), and give a line one "
        "verdict across the batch",
        flag="--no-site-templates",
    )
    template_min_pages: int = _option(
        3,
        "pages of one site a line must appear on to be a template line",
        flag="--template-min-pages",
        check=_at_least(1),
        metavar="N",
    )
    template_min_share: float = _option(
        0.5,
        "share of a site's pages a line must appear on to be a template line",
        flag="--template-min-share",
        check=_in_unit_interval,
        metavar="SHARE",
    )
    # HTML extraction
    favor: Favor = _option(  # noqa: RUF009 (returns a dataclasses.field, like the others)
        "balanced",
        "extraction preset: precision leaves doubtful blocks out, recall keeps them (trafilatura's "
        "favor_precision/favor_recall, the cut at a related heading, the low_confidence threshold)",
        flag="--favor",
        choices=get_args(Favor),
    )
    page_timeout: float | None = _option(
        30.0,
        "seconds per page, HTML or text ('off': no limit)",
        flag="--page-timeout",
        check=_positive_or_none,
        parse=_seconds_or_off,
        metavar="SECONDS",
    )
    # de-duplication
    dedup: bool = _option(True, "drop near-duplicate articles", flag="--no-dedup")
    dedup_threshold: float = _option(
        0.8,
        "near-duplicate Jaccard threshold",
        flag="--threshold",
        check=_in_unit_interval,
        metavar="J",
    )
    num_perm: int = _option(
        128,
        "MinHash permutations per signature",
        flag="--num-perm",
        check=_at_least(16),
        metavar="N",
    )
    shingle_size: int = _option(
        5,
        "words per shingle when comparing texts for duplicates",
        flag="--shingle-size",
        check=_at_least(1),
        metavar="N",
    )
    match: MatchOn = _option(  # noqa: RUF009 (returns a dataclasses.field, like the others)
        "body",
        "what duplicates are judged on: body (headline and lede left out when they can be told "
        "apart) or full (the whole clean text)",
        flag="--match",
        choices=get_args(MatchOn),
    )
    containment: bool = _option(
        False,
        "also treat a text mostly contained in a longer one (a teaser page) as a duplicate",
        flag="--containment",
    )
    containment_threshold: float = _option(
        0.8,
        "share of a text that must lie in a longer one for --containment",
        flag="--containment-threshold",
        check=_in_unit_interval,
        metavar="SHARE",
    )
    keep: KeepPolicy = _option(  # noqa: RUF009 (returns a dataclasses.field, like the others)
        "first",
        "which member of a duplicate cluster is kept (first: first in input order)",
        flag="--keep",
        choices=get_args(KeepPolicy),
    )
    seed: int = _option(1, "MinHash seed (an index remembers the one it was built with)")
    # safety
    min_kept_ratio: float = _option(
        0.05,
        "below this share of a page's characters kept, the page is flagged, not emptied "
        "(not a short story that its own tag row closes)",
        flag="--min-kept-ratio",
        check=_ratio,
        metavar="SHARE",
    )

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            problem = option_problem(f.name, getattr(self, f.name))
            if problem is not None:
                raise UsageError(problem)

    def replace(self, **changes: Any) -> CleanOptions:
        """A copy with some options changed (unknown names raise :class:`UsageError`)."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise UsageError(
                f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}"
            )
        return dataclasses.replace(self, **changes)


def option_table() -> list[tuple[dataclasses.Field[Any], Option]]:
    """Every :class:`CleanOptions` field with its :class:`Option`, in declaration order."""
    return [(f, f.metadata["option"]) for f in dataclasses.fields(CleanOptions)]


def option_problem(name: str, value: Any) -> str | None:
    """What is wrong with ``value`` for option ``name`` (``None``: nothing).

    >>> option_problem("shingle_size", 0)
    'shingle_size must be at least 1, got 0; 5 is the default'
    >>> option_problem("keep", "newest") is None
    True
    """
    f = CleanOptions.__dataclass_fields__[name]
    spec: Option = f.metadata["option"]
    if spec.choices:
        if value not in spec.choices:
            return f"{name} must be one of {', '.join(spec.choices)}; got {value!r}"
        return None
    rule = spec.check(value) if spec.check is not None else None
    if rule is None:
        return None
    return f"{name} must be {rule}, got {value}; {f.default} is the default"


#: Every option at its default: a stage function's default argument reads the option's own
#: (``DEFAULTS.favor``), never restating it.
DEFAULTS = CleanOptions()
