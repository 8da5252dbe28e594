"""The Ray engine: the pipeline's stages as Ray Data operations, with the local engine's output.

* :meth:`RayEngine.map_documents`: the per-document path as ``map_batches`` over the documents
  (sent in chunks of ``chunk`` documents, results back in input order).
* :meth:`RayEngine.site_templates`: a group-by on site over the documents' line hashes
  (:class:`~cleanscrape.chrome.templates.LineKeys`); each site's group runs the project's
  :func:`~cleanscrape.chrome.templates.template_drops`, so the rule is the local one. Run from
  an actor of its own (:func:`owned_drops`), as the dedup stage is: only the line masks come
  back to the driver.
* :meth:`RayEngine.duplicates` (its finder, :func:`find_on_ray`):
  :func:`cleanscrape.dedup.distributed.find_clusters` (group-by matching key, band buckets,
  verified pairs, distributed connected components, keep policy), run from an actor of its own
  (:func:`owned_clusters`): the stage's shuffles are that actor's objects, not the driver's,
  and go with it when it exits. Only the clusters come back to the driver.

Ray is an optional dependency: ``pip install 'cleanscrape[ray]'``. ``address`` is a Ray cluster
(``auto``, ``ray://HOST:10001``); without it, ``RAY_ADDRESS`` or else a local Ray is used.
"""

from __future__ import annotations

import functools
import itertools
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import numpy.typing as npt

from ..chrome.templates import LineKeys, template_drops
from ..dedup import DedupResult
from ..dedup.core import Cluster
from ..dedup.distributed import (
    ClusterRow,
    Loader,
    by_group,
    check_supported,
    find_clusters,
    release_finished,
    utf8_text,
)
from ..dedup.prints import site_numbers, whole_page_marks
from ..errors import UsageError
from ..options import CleanOptions
from .base import DuplicateFinder, Engine, TemplateDrops

if TYPE_CHECKING:
    import pyarrow as pa
    from ray.data import Dataset

    from ..batch import Pipeline, StreamedBatch
    from .base import JobSpec

R = TypeVar("R")
T = TypeVar("T")
Batch = dict[str, Any]


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise UsageError(
            "the Ray engine needs Ray: pip install 'cleanscrape[ray]' (or leave out --engine ray)"
        ) from exc
    return ray


def start(address: str | None = None) -> None:
    """Connect to the Ray cluster at ``address``, or start a local Ray when none runs yet."""
    ray = _ray()
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    # group-bys as tasks on the workers already running (the hash shuffle starts actors for
    # every group-by: seconds each), a few partitions per CPU
    ctx.shuffle_strategy = ray.data.context.ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
    cpus = int(ray.cluster_resources().get("CPU", 1))
    ctx.default_hash_shuffle_parallelism = max(2, 2 * cpus)


#: The pickle protocol of what a task sends back to the driver one object per document (the
#: cleaned records): protocol 5 hands each NumPy array back as a view of a ``bytearray`` of
#: its own (with a ``memoryview`` and its managed buffer), 1.4 kB a record more on the driver
#: than protocol 4, whose arrays own their data, as the local engine's pool gives them.
TO_DRIVER = 4


def _apply(batch: Batch, work: Callable[[Any], Any]) -> Batch:
    out = [pickle.dumps(work(pickle.loads(x)), protocol=TO_DRIVER) for x in batch["item"].tolist()]
    return {"result": np.array(out, dtype=object)}


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _from_rows(rows: list[dict[str, Any]], per_block: int) -> Dataset:
    ray = _ray()
    blocks = max(1, -(-len(rows) // per_block))
    ds: Dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    return ds


#: A column for :func:`_from_columns`: integers (a NumPy array), or bytes or strings (a list).
Column = npt.NDArray[np.int64] | Sequence[bytes] | Sequence[str]


def _from_columns(columns: dict[str, Column], per_block: int) -> Dataset:
    """A dataset of Arrow blocks of ``per_block`` rows made straight from columns: no Python
    object per row on the driver (``from_items`` makes a dict per row and builds each block
    from them), and the blocks hold the values once, packed."""
    ds: Dataset = _ray().data.from_arrow(_arrow_tables(columns, per_block))
    return ds


def _arrow_tables(columns: dict[str, Column], per_block: int) -> list[pa.Table]:
    """The Arrow tables of :func:`_from_columns`, ``per_block`` rows each."""
    import pyarrow as pa

    n = len(next(iter(columns.values())))
    tables = []
    for lo in range(0, max(n, 1), per_block):
        arrays = {}
        for name, values in columns.items():
            part = values[lo : lo + per_block]
            if isinstance(part, np.ndarray):
                arrays[name] = pa.array(part)
            elif part and isinstance(part[0], str):
                arrays[name] = pa.array(part, type=pa.string())
            else:
                arrays[name] = pa.array(part, type=pa.binary())
        tables.append(pa.table(arrays))
    return tables


class _StageOwner:
    """A Ray actor that runs one batch stage: every Ray Data operation of the stage is
    submitted from this process, which therefore owns the stage's objects (the blocks of
    every shuffle, the small task results Ray returns inline to the submitter, the lineage
    it keeps to rebuild lost objects). See :func:`run_owned`."""

    def run(self, work: Callable[..., R], *args: Any) -> R:
        start()  # this process's Ray Data settings: the driver's are not passed on
        return work(*args)


def run_owned(work: Callable[..., R], *args: Any) -> R:
    """``work(*args)`` in an actor of its own (no CPU reserved: it only submits the stage's
    tasks and waits), ended once the result is back, so that the caller (the driver) never
    owns the objects of the stage's shuffles: it gets the result, and the actor's process
    takes everything else with it when it exits. ``work`` and ``args`` must pickle, and the
    result should be small (what the caller needs of the stage)."""
    ray = _ray()
    owner = ray.remote(num_cpus=0, max_restarts=0)(_StageOwner).remote()
    try:
        done = owner.run.remote(work, *args)
        result: R = ray.get(done)
        del done
        return result
    finally:
        ray.kill(owner)


def _clusters_of(
    tables: list[pa.Table], options: CleanOptions, load: Loader, store: str | None
) -> list[ClusterRow]:
    """The actor's side of :func:`owned_clusters`."""
    ds: Dataset = _ray().data.from_arrow(tables)
    del tables
    return list(find_clusters(ds, options, load=load, store=store))


def owned_clusters(
    tables: list[pa.Table],
    options: CleanOptions,
    load: Loader = utf8_text,
    store: str | None = None,
) -> list[ClusterRow]:
    """:func:`~cleanscrape.dedup.distributed.find_clusters` over the rows of ``tables``
    (``order``, ``ref``, ``length``, ``published``), run by a stage owner
    (:func:`run_owned`): the driver sends the rows and gets the clusters back, ordered by
    smallest member; the dozen shuffles in between are not its objects."""
    return run_owned(_clusters_of, tables, options, load, store)


def _drops_of(tables: list[pa.Table], options: CleanOptions) -> dict[int, bytes]:
    """The actor's side of :func:`owned_drops`: each mask as bytes (Ray would hand NumPy
    arrays back as read-only views of the result's buffer in the object store)."""
    ds: Dataset = _ray().data.from_arrow(tables)
    del tables
    learned = ds.sort("site").map_batches(
        by_group("site", lambda g: _site_drops(g, options)),
        batch_format="numpy",
        batch_size=None,
    )
    drops: dict[int, bytes] = {}
    for b in learned.iter_batches(batch_format="numpy", batch_size=None):
        drops.update(zip(b["idx"].tolist(), b["drop"].tolist(), strict=True))
    return drops


def owned_drops(tables: list[pa.Table], options: CleanOptions) -> TemplateDrops:
    """The site-template stage (a sort on site, then the project's rule over each site's
    group) over the rows of ``tables`` (``idx``, ``site``, ``article``, ``keys``,
    ``lengths``, ``chrome``, ``whole``, ``head``), run by a stage owner (:func:`run_owned`):
    the driver sends the rows and gets back the line masks of the documents with dropped lines; the
    sort's N x N pieces, most of them small enough for Ray to return inline to the submitter,
    are not its objects."""
    drops = run_owned(_drops_of, tables, options)
    return {i: np.frombuffer(drops.pop(i), dtype=np.bool_).copy() for i in sorted(drops)}


def _site_drops(group: Batch, options: CleanOptions) -> Batch:
    """One site: the project's template rule over its documents' line hashes."""
    docs = [
        LineKeys(
            site,
            int(np.int64(article).view(np.uint64)),
            np.frombuffer(keys, dtype=np.uint64),
            np.frombuffer(lengths, dtype=np.int64),
            chrome=np.frombuffer(chrome, dtype=np.uint64),
            whole=bool(whole),
            head=np.frombuffer(head, dtype=np.uint64),
        )
        for site, article, keys, lengths, chrome, whole, head in zip(
            group["site"].tolist(),
            group["article"].tolist(),
            group["keys"].tolist(),
            group["lengths"].tolist(),
            group["chrome"].tolist(),
            group["whole"].tolist(),
            group["head"].tolist(),
            strict=True,
        )
    ]
    drops = template_drops(docs, options)
    idx = group["idx"]
    return {
        "idx": np.array([int(idx[i]) for i in sorted(drops)], dtype=np.int64),
        "drop": np.array([drops[i].tobytes() for i in sorted(drops)], dtype=object),
    }


def find_on_ray(
    texts: Sequence[str],
    options: CleanOptions | None = None,
    *,
    published: Sequence[str | None] | None = None,
    sites: Sequence[str | None] | None = None,
    whole_pages: Sequence[bool | None] | None = None,
    address: str | None = None,
    chunk: int = 4096,
    block: int = 1024,
) -> DedupResult:
    """The de-duplication stage on Ray (a :class:`~cleanscrape.engines.base.DuplicateFinder`
    once ``address``, ``chunk`` and ``block`` are given, as :class:`RayEngine` does): the
    texts go to Ray ``chunk`` at a time as Arrow blocks of ``block`` rows, and
    :func:`owned_clusters` sends back only the clusters."""
    opts = options or CleanOptions()
    check_supported(opts)
    n = len(texts)
    dates = published if published is not None else [None] * n
    site = np.array(site_numbers(sites if sites is not None else [None] * n), dtype=np.int64)
    whole = whole_page_marks(whole_pages if whole_pages is not None else [None] * n)
    if n < 2:
        return DedupResult([None] * n, [None] * n, [])
    start(address)
    tables = []
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        tables += _arrow_tables(
            {
                "order": np.arange(lo, hi, dtype=np.int64),
                "ref": [texts[i].encode("utf-8") for i in range(lo, hi)],
                "length": np.array([len(texts[i]) for i in range(lo, hi)], dtype=np.int64),
                "published": [dates[i] or "" for i in range(lo, hi)],
                "site": site[lo:hi],
                "kept": np.array(whole[lo:hi], dtype=np.int64),
            },
            block,
        )
    return dedup_result(n, owned_clusters(tables, opts))


class RayEngine(Engine):
    """Per-document path and batch stages on Ray Data (see the module docstring)."""

    name = "ray"

    def __init__(
        self,
        address: str | None = None,
        *,
        chunk: int = 4096,
        per_block: int = 64,
        block: int = 1024,
    ) -> None:
        self.address = address
        #: rows handed to Ray at a time (one dataset each)
        self.chunk = max(1, chunk)
        #: documents (files, for a whole job) per task of the per-document path
        self.per_block = max(1, per_block)
        #: rows per Ray block in the batch stages (and kept articles per write task)
        self.block = max(1, block)
        self.finder: DuplicateFinder = functools.partial(
            find_on_ray, address=address, chunk=self.chunk, block=self.block
        )

    def check(self, options: CleanOptions, *, index: bool = False) -> None:
        """Refuse, before any work, what this engine does not do."""
        if index:
            raise UsageError(
                "--index is not available with --engine ray: run the Ray job without --index "
                "(it de-duplicates the whole input at once), or use the local engine for "
                "incremental runs against an index"
            )
        check_supported(options)

    def map_documents(self, work: Callable[[T], R], docs: Iterable[T]) -> Iterator[R]:
        start(self.address)
        for chunk in _chunks(docs, self.chunk):
            items = [pickle.dumps(d, protocol=5) for d in chunk]
            ds = _from_columns({"item": items}, self.per_block).map_batches(
                functools.partial(_apply, work=work), batch_format="numpy", batch_size=None
            )
            for b in ds.iter_batches(batch_format="numpy", batch_size=None):
                for r in b["result"].tolist():
                    yield pickle.loads(r)
            del ds
            release_finished()

    def site_templates(
        self, docs: Sequence[LineKeys | None], options: CleanOptions
    ) -> TemplateDrops:
        if not options.site_templates or all(d is None for d in docs):
            return {}
        start(self.address)
        # the rows go to Ray a chunk at a time, as columns (each row holds a copy of the
        # document's keys); only the documents with dropped lines come back
        tables = []
        for lo in range(0, len(docs), self.chunk):
            idx = [i for i in range(lo, min(len(docs), lo + self.chunk)) if docs[i] is not None]
            if not idx:
                continue
            chunk = [d for d in (docs[i] for i in idx) if d is not None]
            tables += _arrow_tables(
                {
                    "idx": np.array(idx, dtype=np.int64),
                    "site": [d.site for d in chunk],
                    "article": np.array([d.article for d in chunk], dtype=np.uint64).view(np.int64),
                    "keys": [d.keys.astype(np.uint64).tobytes() for d in chunk],
                    "lengths": [d.lengths.astype(np.int64).tobytes() for d in chunk],
                    "chrome": [d.chrome.astype(np.uint64).tobytes() for d in chunk],
                    "whole": np.array([d.whole for d in chunk], dtype=np.int64),
                    "head": [d.head.astype(np.uint64).tobytes() for d in chunk],
                },
                self.block,
            )
            del chunk
        if not tables:
            return {}
        return owned_drops(tables, options)

    def run_job(self, pipeline: Pipeline, job: JobSpec) -> StreamedBatch:
        """The whole run with texts on the workers (see :mod:`.ray_job`)."""
        from .ray_job import run_job

        start(self.address)
        return run_job(self, pipeline, job)


def dedup_result(n: int, clusters: Iterable[ClusterRow]) -> DedupResult:
    """A :class:`DedupResult` over positions ``0..n-1`` from clusters whose ``order`` values
    are those positions (figures, no comparisons: the caller makes those from the texts)."""
    duplicate_of: list[int | None] = [None] * n
    similarity: list[float | None] = [None] * n
    found = []
    for c in clusters:
        for m, sim in zip(c.members, c.similarities, strict=True):
            if m != c.kept:
                duplicate_of[m], similarity[m] = c.kept, sim
        found.append(Cluster(c.kept, c.members, c.similarities, figures=c.figures))
    return DedupResult(duplicate_of, similarity, found)
