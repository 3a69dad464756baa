"""Batches beyond one machine: :func:`dtextract.batch.process_file` mapped over a Dask bag.

Needs ``dask[bag]`` (``pip install -e '.[dask]'``); Parquet partitions
also need pyarrow (the ``parquet`` extra). Any Dask scheduler works: the
local threads or processes one, or a ``distributed`` cluster whose workers
have dtextract installed and can read the paths::

    from dtextract import batch, dask as dtx_dask

    files = batch.find_files(["/data/bao-cao"])
    parts = dtx_dask.write_partitions(files, "/data/so-lieu", partition_size=500)

Each partition ``i`` of the bag (consecutive files, in the order given)
becomes ``figures-0000i.jsonl`` (the lines of ``dtextract batch -f jsonl``
for its files), ``files-0000i.jsonl`` (the ``--report`` lines) and, with
pyarrow, ``figures-0000i.parquet``, each written through a temporary file
and a rename. The partition files concatenated in name order are the output
of ``dtextract batch`` over the same files.

This module is ``dtextract.dask``; inside the package, ``import dask`` still
means the real Dask (imports are absolute), and Dask is imported only when a
function here is called.
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO, cast

from . import api, batch, output
from .errors import MissingExtraError, import_failure, install_command

if TYPE_CHECKING:
    import dask.bag

__all__ = ["results_bag", "figures_bag", "write_partitions", "write_partition", "PARTITION_SIZE"]

#: Files per partition unless told otherwise.
PARTITION_SIZE = 200


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise MissingExtraError(f"running batches on Dask needs dask[bag]: {import_failure(exc, 'dask')}; "
                                f"{install_command('dask')}") from None
    return dask.bag


def results_bag(paths: Sequence[str | Path], *, published: str | None = None, patterns: api.Patterns = None,
                npartitions: int | None = None, partition_size: int | None = None, location: str | None = None,
                meta: batch.FileMeta | str | Path | None = None) -> dask.bag.Bag:
    """A bag of :class:`~dtextract.batch.FileResult`, one per path, in the order of ``paths``.

    ``patterns`` travels as folder names (each worker loads and caches the
    set once); give ``npartitions`` or ``partition_size`` (default
    :data:`PARTITION_SIZE` files). ``location`` and ``meta`` (a
    :class:`~dtextract.batch.FileMeta` or the path of a ``--meta`` CSV) are
    the values of ``batch --location`` and ``batch --meta``.
    """
    db = _bag_module()
    published = api.check_published(published)
    location = api.check_location(location)
    if meta is not None and not isinstance(meta, batch.FileMeta):
        meta = batch.read_meta(meta)
    api.load_patterns(patterns)  # a bad pattern folder fails here, not on every worker
    dirs = batch._pattern_dirs(patterns)
    if npartitions is None and partition_size is None:
        partition_size = PARTITION_SIZE
    seq = [str(p) for p in paths]
    bag = db.from_sequence(seq, npartitions=npartitions, partition_size=partition_size)
    return bag.map(_process, published=published, patterns=dirs, location=location, meta=meta)


def _process(path: str, *, published: str | None, patterns: tuple[str, ...], location: str | None = None,
             meta: batch.FileMeta | None = None) -> batch.FileResult:
    file_published, file_location = meta.get(path) if meta is not None else (None, None)
    return batch.process_file(path, published=file_published or published, patterns=patterns,
                              location=file_location or location)


def _figure_records(result: batch.FileResult) -> list[dict[str, Any]]:
    doc = result.document
    if doc is None:
        return []
    return [{"source": doc.source, "published": doc.published, **f.model_dump(mode="json")} for f in doc.figures]


def figures_bag(paths: Sequence[str | Path], **kwargs: Any) -> dask.bag.Bag:
    """A bag of figure records, the objects of the JSON Lines output (``source``, ``published``, the figure)."""
    return results_bag(paths, **kwargs).map(_figure_records).flatten()


def write_partition(results: Sequence[batch.FileResult], index: int, out_dir: str | Path,
                    parquet: bool = False) -> dict[str, Any]:
    """Write one partition's files (see the module's documentation); a dict of what was written."""
    out = Path(out_dir)
    stem = f"{index:05d}"
    written = [out / f"figures-{stem}.jsonl", out / f"files-{stem}.jsonl"]
    with output.atomic_file(written[0]) as fp:
        for result in results:
            if result.document is not None:
                output.write_jsonl(result.document, cast(TextIO, fp))
    with output.atomic_file(written[1]) as fp:
        for result in results:
            fp.write(json.dumps(result.record(), ensure_ascii=False) + "\n")
    if parquet:
        written.append(out / f"figures-{stem}.parquet")
        with output.atomic_file(written[-1], binary=True) as fp:
            writer = output.ParquetWriter(cast(BinaryIO, fp))
            for result in results:
                if result.document is not None:
                    writer.add(result.document)
            writer.close()
    return {"partition": index, "files": len(results), "figures": sum(r.figures for r in results),
            "errors": sum(r.status == "error" for r in results), "written": [str(p) for p in written]}


def write_partitions(paths: Sequence[str | Path], out_dir: str | Path, *, published: str | None = None,
                     patterns: api.Patterns = None, npartitions: int | None = None,
                     partition_size: int | None = None, parquet: bool | None = None,
                     scheduler: str | None = None, location: str | None = None,
                     meta: batch.FileMeta | str | Path | None = None) -> list[dict[str, Any]]:
    """Read ``paths`` on Dask and write JSON Lines (and Parquet) partitions into ``out_dir``.

    ``parquet``: None writes Parquet when pyarrow is installed, True
    requires it. ``scheduler`` is passed to :func:`dask.compute` (e.g.
    ``"threads"``, ``"processes"``, ``"sync"``; None: Dask's default or the
    active distributed client). Returns one dict per partition: ``partition``,
    ``files``, ``figures``, ``errors``, ``written`` (the paths).
    """
    if parquet is None:
        try:
            output.require_extra("parquet")
            parquet = True
        except MissingExtraError:
            parquet = False
    elif parquet:
        output.require_extra("parquet")
    if not paths:
        return []
    import dask

    os.makedirs(out_dir, exist_ok=True)
    parts = results_bag(paths, published=published, patterns=patterns, npartitions=npartitions,
                        partition_size=partition_size, location=location, meta=meta).to_delayed()
    tasks = [dask.delayed(write_partition)(part, i, str(out_dir), parquet) for i, part in enumerate(parts)]
    return list(dask.compute(*tasks, scheduler=scheduler))
