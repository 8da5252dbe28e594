"""Every compiled pattern of the chrome rules is the same in every run: the words of a category
come from sets (:func:`cleanscrape.lexicon.phrases`), whose order follows Python's hash
seed, so an alternation written in a set's order differed between runs (its matches did not)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: Prints ``{module.name: pattern}`` of every module-level compiled pattern and prefix matcher
#: of the chrome and HTML packages, as JSON.
_PRINT_PATTERNS = """
import importlib, json, pkgutil, re, sys
import cleanscrape.chrome, cleanscrape.html
from cleanscrape.lexicon import PrefixMatcher
found = {}
for package in (cleanscrape.chrome, cleanscrape.html):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, PrefixMatcher):
                value = value.pattern
            if isinstance(value, re.Pattern):
                found[info.name + "." + name] = str(value.pattern)
json.dump(found, sys.stdout, sort_keys=True)
"""


def _patterns(seed: str) -> dict[str, str]:
    """The patterns the chrome and HTML packages compile under the hash seed ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _PRINT_PATTERNS], env=env, capture_output=True, check=True, text=True
    )
    patterns: dict[str, str] = json.loads(out.stdout)
    return patterns


def test_the_compiled_patterns_do_not_follow_the_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 200
    assert "cleanscrape.chrome.bylines._SOURCE" in first
    assert "cleanscrape.chrome.features._TAGS_PREFIX" in first
    assert {k for k in first if first[k] != second.get(k)} == set()
