"""``OUT/report.html``: the run's report as one self-contained page for a browser.

:func:`write_html_report` writes ``report.html`` (summary charts, the documents table, the
duplicate clusters and the errors; inline CSS and JavaScript, nothing fetched from a network)
beside ``report.json``, and the per-line detail of documents in ``report.files/docs/<n>.js``
chunks that the page loads on demand with a ``<script>`` tag (browsers refuse ``fetch`` of
``file://`` URLs). :func:`streamed_details` (a streamed batch, as ``clean`` runs) and
:func:`doc_details` (``Pipeline.run`` results) give that detail.
"""

from __future__ import annotations

from .details import LineDetail, doc_details, line_trace, streamed_details, traced_lines
from .writer import (
    CHUNK_SIZE,
    DETAIL_LIMIT,
    FILES_DIR,
    REPORT_HTML,
    DetailPlan,
    write_detail_files,
    write_html_report,
    write_page,
)

__all__ = [
    "CHUNK_SIZE",
    "DETAIL_LIMIT",
    "FILES_DIR",
    "REPORT_HTML",
    "DetailPlan",
    "LineDetail",
    "doc_details",
    "line_trace",
    "streamed_details",
    "traced_lines",
    "write_detail_files",
    "write_html_report",
    "write_page",
]
