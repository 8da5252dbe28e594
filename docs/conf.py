"""Sphinx configuration for the cleanscrape documentation.

Build: ``.venv/bin/pip install -e '.[docs]' && .venv/bin/sphinx-build -W -b html docs docs/_build``.
The existing Markdown pages are read with MyST; the CLI reference is generated from the
parser (``cleanscrape.cli.build_parser``), the API reference from the docstrings, and the
chrome examples in the concepts page by cleaning the seed pages at build time.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(DOCS))

from generate import write_generated  # noqa: E402

import cleanscrape  # noqa: E402

project = "cleanscrape"
author = "cleanscrape developers"
copyright = "cleanscrape developers"
release = version = cleanscrape.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinxarg.ext",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
# docs/index.md is the persistent index's page: shown as dedup-index (it includes the file)
exclude_patterns = ["_build", "_generated", "index.md", "README.md", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
html_theme = "furo"
html_title = f"cleanscrape {release}"
html_static_path = ["_static"]

write_generated(DOCS / "_generated")
