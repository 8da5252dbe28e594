"""One definition of a hidden element: chrome pruning and the visible-text fallback agree on it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleanscrape.html.extract import parse_html
from cleanscrape.html.fallback import visible_lines
from cleanscrape.html.prune import prune_chrome

from .conftest import SEEDS

# a real article (the first seed page's prose) and a hidden block of the kinds news sites carry
_SEED = (sorted(SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
_PROSE = [ln.strip() for ln in _SEED.splitlines() if len(ln.strip()) > 120][:4]
_MENU = "Thời sự · Thế giới · Kinh doanh · Giải trí · Thể thao"

HIDDEN_FORMS = [
    "hidden",
    'aria-hidden="true"',
    'style="display:none"',
    'style="color: #333; visibility : hidden"',
]


def _page(attrs: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in _PROSE)
    return (
        f"<html><head><title>{_PROSE[0][:40]}</title></head><body>"
        f"<div {attrs}><ul><li>{_MENU}</li></ul></div>"
        f"<article>{prose}</article></body></html>"
    )


@pytest.mark.parametrize("attrs", HIDDEN_FORMS)
def test_a_hidden_block_is_invisible_to_the_fallback_and_pruned(attrs: str) -> None:
    assert len(_PROSE) == 4
    # the visible-text fallback skips it
    lines = visible_lines(lxml_html.document_fromstring(_page(attrs)))
    assert _MENU not in " ".join(lines)
    assert all(p in lines for p in _PROSE)
    # chrome pruning removes it (it holds no prose), for the same reason
    tree = parse_html(_page(attrs), source="t")
    pruned = prune_chrome(tree)
    assert ("hidden", "div") in pruned.removed
    assert _MENU not in " ".join(visible_lines(tree))


def test_a_shown_block_is_left_alone() -> None:
    attrs = 'aria-hidden="false" style="display: block"'
    assert _MENU in " ".join(visible_lines(lxml_html.document_fromstring(_page(attrs))))
    tree = parse_html(_page(attrs), source="t")
    assert prune_chrome(tree).removed == []
