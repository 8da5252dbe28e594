"""``python -m cleanscrape``."""

from .cli import main

raise SystemExit(main())
