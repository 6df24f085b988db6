"""Extraction on a Ray cluster (`kooperacja extract --engine ray`): the same records as in one process.

A Ray Data pipeline: the list of input files becomes a dataset; a `flat_map` reads each file into
documents on the workers (with the single-process readers, so ids, texts and dates are the same; Parquet
files are read row by row as JSONL lines are); `map_batches` runs the extractor in a pool of actors, each
loading the language data once; the driver streams the results, in input order, into one JSONL or Parquet
file and reports progress and each failed document on standard error, as the single-process path does.
One bad document (unreadable, or one the extractor fails on) becomes an error row and never fails the job.

Ray is an optional dependency: `pip install 'kooperacja[ray]'`. Every node of a cluster needs kooperacja
installed and the input files at the same paths (a shared file system)."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
BLOCK_BYTES = 64_000
"""Target size of a block of documents read: small blocks (a few dozen documents) spread one big input file
over all the actors. (A repartition step would need a CPU slot that the actors hold: no such step.)"""

_COLUMNS = ("doc_id", "source", "record", "error")


class RayMissing(RuntimeError):
    """Ray (or pyarrow) is not installed."""


def _require_ray() -> Any:
    try:
        import pyarrow  # noqa: F401
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayMissing("the ray engine needs Ray: pip install 'kooperacja[ray]'") from exc
    return ray


# -- input ------------------------------------------------------------------------------------------------
def input_files(paths: list[str], exclude: Path | None = None) -> list[str]:
    """The files that `read_paths` would read, in its order (folders walked, sorted, known suffixes)."""
    from kooperacja.documents.readers import SUFFIXES

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    p = Path(root) / name
                    suffix = p.suffix.lower()
                    if not name.startswith(".") and (suffix in SUFFIXES or suffix in PARQUET_SUFFIXES):
                        found.append(p)
            out.extend(str(p) for p in sorted(found))
        else:
            out.append(str(path))
    if exclude is not None:
        out = [p for p in out if Path(p).resolve() != exclude]
    return out


def _read_parquet(path: str, published: str | None) -> Iterator[Any]:
    """Documents of a Parquet file: one a row, with the columns a JSONL line has (text, id, published...)."""
    from kooperacja.documents.model import ReadError
    from kooperacja.documents.readers import _json_doc

    try:
        import pyarrow.parquet as pq

        reader = pq.ParquetFile(path)
    except Exception as exc:
        yield ReadError(path, f"not a Parquet file: {exc}".replace("\n", " "))
        return
    stem = Path(path).stem
    n = 0
    for batch in reader.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            yield _json_doc(row, f"{path}:{n}", f"{stem}:{n}", published, f"row {n}: ")


def read_one(item: dict[str, Any], published: str | None = None) -> list[dict[str, Any]]:
    """Rows (documents or read errors) of one input file; runs on the workers."""
    from kooperacja.documents.model import ReadError
    from kooperacja.documents.readers import read_file

    path = item["path"]
    rows: list[dict[str, Any]] = []
    try:
        if Path(path).suffix.lower() in PARQUET_SUFFIXES:
            docs: Iterator[Any] = _read_parquet(path, published)
        else:
            docs = read_file(path, published)
        for doc in docs:
            if isinstance(doc, ReadError):
                rows.append(_row(None, doc.source, None, None, error=str(doc)))
            else:
                rows.append(_row(doc, doc.source, doc.doc_id, None))
    except Exception as exc:  # a reader bug must not stop the job
        rows.append(_row(None, path, None, None, error=f"{path}: cannot read: {type(exc).__name__}: {exc}"))
    return rows


def _row(
    doc: Any, source: str | None, doc_id: str | None, record: str | None, error: str | None = None
) -> dict:
    return {
        "doc_id": doc_id,
        "source": source,
        "text": doc.text if doc is not None else None,
        "published": doc.published if doc is not None else None,
        "url": doc.url if doc is not None else None,
        "title": doc.title if doc is not None else None,
        "lang": doc.lang if doc is not None else None,
        "error": error,
    }


# -- extraction on the workers ----------------------------------------------------------------------------
class BatchExtractor:
    """Extracts a batch of documents; one instance per Ray actor, so the language data loads once."""

    def __init__(self) -> None:
        from kooperacja.extract import extract_document

        self._extract = extract_document

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        from kooperacja.documents.model import Document

        out: dict[str, list[Any]] = {k: [] for k in _COLUMNS}
        for row in batch.to_pylist():
            record = None
            error = row["error"]
            if error is None:
                doc = Document(
                    doc_id=row["doc_id"],
                    text=row["text"],
                    published=row["published"],
                    url=row["url"],
                    title=row["title"],
                    source=row["source"],
                    lang=row["lang"],
                )
                try:
                    record = json.dumps(self._extract(doc), ensure_ascii=False)
                except Exception as exc:  # one bad document must not stop the batch
                    error = f"{doc.source or doc.doc_id}: extraction failed: {exc}"
            out["doc_id"].append(row["doc_id"])
            out["source"].append(row["source"])
            out["record"].append(record)
            out["error"].append(error)
        return pa.table({k: pa.array(v, type=pa.string()) for k, v in out.items()})


# -- the driver -------------------------------------------------------------------------------------------
@dataclass
class RunSummary:
    ok: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def connect(address: str | None, workers: int | None) -> Any:
    """Join the cluster at `address`, or start a local one (with `workers` CPUs, default all)."""
    ray = _require_ray()
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"log_to_driver": False, "configure_logging": False}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=workers or os.cpu_count() or 1, include_dashboard=False, **kwargs)
    return ray


def build_dataset(files: list[str], workers: int, batch_size: int = 8, published: str | None = None) -> Any:
    """The Ray Data pipeline: files → documents (flat_map) → records (map_batches on `workers` actors)."""
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # records in input order, as in one process
    ctx.target_max_block_size = BLOCK_BYTES
    ctx.enable_progress_bars = False
    blocks = max(1, min(len(files), 4 * workers))
    ds = ray.data.from_items([{"path": p} for p in files], override_num_blocks=blocks)
    # reading is light: it takes no CPU slot (so that it never waits for the extraction actors that hold them),
    # in at most `workers` tasks at a time
    ds = ds.flat_map(
        read_one,
        fn_kwargs={"published": published},
        num_cpus=0,
        compute=ray.data.TaskPoolStrategy(size=max(1, workers)),
    )
    return ds.map_batches(
        BatchExtractor,
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
        num_cpus=1,
    )


def workers_of(ray: Any, workers: int | None) -> int:
    if workers:
        return workers
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def run_extract(
    paths: list[str],
    output: str | None,
    address: str | None = None,
    workers: int | None = None,
    published: str | None = None,
    quiet: bool = False,
    batch_size: int = 8,
    err: TextIO | None = None,
) -> RunSummary:
    """Extract every document under `paths` on Ray and write the records (JSONL, or Parquet by suffix)."""
    err = err or sys.stderr
    own = Path(output).resolve() if output else None
    files = input_files(paths, exclude=own)
    summary = RunSummary()
    if not files:
        return summary
    own_cluster = not address
    ray = connect(address, workers)
    try:
        return _run(ray, files, output, workers, published, quiet, batch_size, err, summary)
    finally:
        if own_cluster:
            ray.shutdown()


def _run(
    ray: Any,
    files: list[str],
    output: str | None,
    workers: int | None,
    published: str | None,
    quiet: bool,
    batch_size: int,
    err: TextIO,
    summary: RunSummary,
) -> RunSummary:
    n_workers = workers_of(ray, workers)
    ds = build_dataset(files, n_workers, batch_size=batch_size, published=published)
    parquet = bool(output) and Path(output).suffix.lower() in PARQUET_SUFFIXES  # type: ignore[arg-type]
    started = time.perf_counter()
    progress = err.isatty() and not quiet
    writer = _Writer(output, parquet)
    try:
        for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            rows = batch.to_pylist()
            good = []
            for row in rows:
                if row["error"] is not None:
                    summary.failed += 1
                    summary.errors.append(row["error"])
                    print(f"error: {row['error']}", file=err)
                else:
                    good.append(row)
                    summary.ok += 1
            writer.write(good)
            if progress:
                rate = summary.ok / max(time.perf_counter() - started, 1e-9)
                print(f"\r{summary.ok} documents, {rate:.0f}/s on {n_workers} workers", end="", file=err)
    finally:
        writer.close()
    if not quiet:
        took = time.perf_counter() - started
        end = "\n" if progress else ""
        print(
            f"{end}extracted {summary.ok} documents, {summary.failed} failed, in {took:.1f} s "
            f"on {n_workers} Ray workers",
            file=err,
        )
    return summary


class _Writer:
    """Records to one JSONL file (or standard output), or to one Parquet file (doc_id, record as JSON)."""

    def __init__(self, output: str | None, parquet: bool) -> None:
        self.parquet = parquet
        self.output = output
        self._pq: Any = None
        self._fh: TextIO = sys.stdout
        if output and not parquet:
            self._fh = open(output, "w", encoding="utf-8")  # noqa: SIM115

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.parquet:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.table(
                {
                    "doc_id": pa.array([r["doc_id"] for r in rows], type=pa.string()),
                    "record": pa.array([r["record"] for r in rows], type=pa.string()),
                }
            )
            if self._pq is None:
                self._pq = pq.ParquetWriter(self.output, table.schema)
            self._pq.write_table(table)
            return
        self._fh.write("".join(r["record"] + "\n" for r in rows))

    def close(self) -> None:
        if self.parquet:
            if self._pq is not None:
                self._pq.close()
            return
        if self._fh is sys.stdout:
            self._fh.flush()
        else:
            self._fh.close()


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records from a JSONL file or from a Parquet file written by this engine."""
    path = Path(path)
    if path.suffix.lower() in PARQUET_SUFFIXES:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(columns=["record"]):
            for value in batch.column(0).to_pylist():
                yield json.loads(value)
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
