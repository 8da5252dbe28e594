"""The public API: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations

import inspect

import pytest

import cleanscrape


def test_all_is_sorted_and_unique() -> None:
    assert list(cleanscrape.__all__) == sorted(set(cleanscrape.__all__))


def test_all_names_exist() -> None:
    for name in cleanscrape.__all__:
        assert hasattr(cleanscrape, name), name


def test_public_objects_are_exported() -> None:
    # every public class or function defined in the package and imported into __init__ is listed
    public = {
        name
        for name, obj in vars(cleanscrape).items()
        if not name.startswith("_")
        and (inspect.isclass(obj) or inspect.isfunction(obj))
        and getattr(obj, "__module__", "").startswith("cleanscrape")
    }
    assert public <= set(cleanscrape.__all__), public - set(cleanscrape.__all__)


def test_a_removal_reads_as_documented() -> None:
    # (a named tuple made in C by the strip stage: the fields, the default line number, the
    # repr README shows and immutability are those of the record it replaced)
    r = cleanscrape.clean_text("Home | News | World\n\n" + "The river rose by two metres. " * 5)
    first = r.removed[0]
    assert isinstance(first, cleanscrape.Removal) and first.reason
    assert (first.line, first.lineno) == ("Home | News | World", 0)
    assert repr(cleanscrape.Removal("separator", "|", 3)) == (
        "Removal(reason='separator', line='|', lineno=3)"
    )
    late = cleanscrape.Removal("site_template", "Subscribe")
    assert late.lineno is None and hash(late) == hash(
        cleanscrape.Removal("site_template", "Subscribe")
    )
    with pytest.raises(AttributeError):
        late.reason = "menu"  # type: ignore[misc]
