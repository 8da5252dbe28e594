"""The public API: ``__all__`` is sorted, complete and importable."""

from __future__ import annotations

import inspect

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
