"""The command line is built from the option table on ``CleanOptions``: same defaults, same rules,
and ``explain`` takes the same cleaning options as ``clean``."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, UsageError
from cleanscrape.cli import build_parser, clean, main
from cleanscrape.cli.arguments import clean_options
from cleanscrape.options import option_table

from .adversarial import mojibake
from .conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]


def _parse(*argv: str) -> CleanOptions:
    return clean_options(build_parser().parse_args(["clean", "in", "-o", "out", *argv]))


@pytest.mark.parametrize("command", ["clean", "explain"])
def test_no_flags_give_the_library_defaults(command: str) -> None:
    argv = ["clean", "in", "-o", "out"] if command == "clean" else ["explain", "page.txt"]
    assert clean_options(build_parser().parse_args(argv)) == CleanOptions()


def test_every_flag_reaches_its_field() -> None:
    changed = {
        "--no-fix-mojibake": ("fix_mojibake", False),
        "--no-strip": ("strip_chrome", False),
        "--no-site-templates": ("site_templates", False),
        "--no-dedup": ("dedup", False),
        "--containment": ("containment", True),
    }
    for flag, (name, value) in changed.items():
        assert getattr(_parse(flag), name) == value, flag
    valued = {
        "--template-min-pages": ("template_min_pages", "4", 4),
        "--template-min-share": ("template_min_share", "0.25", 0.25),
        "--favor": ("favor", "precision", "precision"),
        "--page-timeout": ("page_timeout", "7.5", 7.5),
        "--vi-tone": ("vi_tone", "new", "new"),
        "--threshold": ("dedup_threshold", "0.9", 0.9),
        "--num-perm": ("num_perm", "64", 64),
        "--shingle-size": ("shingle_size", "3", 3),
        "--containment-threshold": ("containment_threshold", "0.7", 0.7),
        "--keep": ("keep", "longest", "longest"),
        "--match": ("match", "full", "full"),
        "--min-kept-ratio": ("min_kept_ratio", "0.1", 0.1),
    }
    for flag, (name, text, value) in valued.items():
        assert getattr(_parse(flag, text), name) == value, flag
    # every field with a flag is covered above: a new option must come with its check here
    flagged = {f.name for f, spec in option_table() if spec.flag is not None}
    assert flagged == {n for n, _ in changed.values()} | {n for n, _, _ in valued.values()}


def test_page_timeout_off_means_no_limit() -> None:
    assert _parse("--page-timeout", "off").page_timeout is None


@pytest.mark.parametrize(
    ("flag", "value", "field", "problem"),
    [
        ("--threshold", "1.5", "dedup_threshold", "must be in (0, 1]"),
        ("--shingle-size", "0", "shingle_size", "must be at least 1"),
        ("--num-perm", "8", "num_perm", "must be at least 16"),
        ("--min-kept-ratio", "2", "min_kept_ratio", "must be in [0, 1]"),
    ],
)
def test_one_rule_for_library_and_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    flag: str,
    value: str,
    field: str,
    problem: str,
) -> None:
    kind = type(dataclasses.asdict(CleanOptions())[field])
    with pytest.raises(UsageError) as exc:
        CleanOptions(**{field: kind(value)})
    assert problem in str(exc.value)
    for argv in (
        ["clean", str(SEEDS), "-o", str(tmp_path / "o"), flag, value],
        ["explain", str(SEED), flag, value],
    ):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2
        assert str(exc.value) in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_non_number_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["explain", str(SEED), "--threshold", "high"])
    assert stop.value.code == 2
    assert "expected a number, got 'high'" in capsys.readouterr().err


def test_explain_takes_the_cleaning_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(mojibake(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["explain", str(page), "--color", "never"]) == 0
    repaired = capsys.readouterr().out
    assert main(["explain", str(page), "--color", "never", "--no-fix-mojibake"]) == 0
    raw = capsys.readouterr().out
    assert "á»" in raw and "á»" not in repaired
    title = SEED.read_text(encoding="utf-8").splitlines()[0].strip()
    assert title in repaired and title not in raw


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        ([], set()),
        (["-v"], {"INFO"}),
        (["-vv"], {"INFO", "DEBUG"}),
    ],
)
def test_verbose_sets_the_log_level(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    shown: set[str],
) -> None:
    def fake_run(args: object, out: object, err: object) -> int:
        log = logging.getLogger("cleanscrape.runner")
        log.debug("a detail")
        log.info("a decision")
        log.warning("a warning")
        return 0

    monkeypatch.setattr(clean, "run", fake_run)
    for position in ("before", "after"):
        cmd = [*argv, "clean", "in", "-o", "out"] if position == "before" else ["clean", *argv]
        if position == "after":
            cmd += ["in", "-o", "out"]
        assert main(cmd) == 0
        err = capsys.readouterr().err
        assert "WARNING: cleanscrape.runner: a warning" in err
        assert ("a decision" in err) == ("INFO" in shown), (position, err)
        assert ("a detail" in err) == ("DEBUG" in shown), (position, err)
    # the level and handler are the command's only: nothing is left behind
    assert logging.getLogger("cleanscrape").handlers == []


def test_stage_functions_default_to_the_options_defaults() -> None:
    # a stage called without an option behaves as the options object's default: the default
    # is read from CleanOptions, so changing it there changes every stage with it
    import inspect

    from cleanscrape.chrome.strip import classify_lines, strip_lines
    from cleanscrape.dedup.key import shingles
    from cleanscrape.html.extract import extract_html
    from cleanscrape.text.repair import repair_text

    defaults = CleanOptions()
    stages = (
        (classify_lines, {"min_kept_ratio": "min_kept_ratio", "favor": "favor"}),
        (strip_lines, {"min_kept_ratio": "min_kept_ratio"}),
        (extract_html, {"favor": "favor"}),
        (repair_text, {"fix_mojibake": "fix_mojibake", "vi_tone": "vi_tone"}),
        (shingles, {"size": "shingle_size"}),
    )
    for func, params in stages:
        signature = inspect.signature(func)
        for param, option in params.items():
            got = signature.parameters[param].default
            assert got == getattr(defaults, option), (func.__name__, param, got)


def test_clean_without_format_writes_the_library_default_format() -> None:
    import inspect

    from cleanscrape.runner import clean_path

    args = build_parser().parse_args(["clean", "in", "-o", "out"])
    assert args.format == inspect.signature(clean_path).parameters["output_format"].default
    assert args.format == "txt"


def test_an_unknown_format_is_refused_before_any_work(tmp_path: Path) -> None:
    from cleanscrape.runner import clean_path

    out = tmp_path / "out"
    with pytest.raises(UsageError, match="must be one of txt, jsonl, parquet, got 'csv'"):
        clean_path(SEEDS, out, output_format="csv")
    assert not out.exists()
