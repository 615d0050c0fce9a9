"""Parsing on a real Dask cluster of worker processes gives the same graph as parsing here."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.pipeline import build
from kg.store import Store

from .test_pipeline import assert_same_dataset, dump_dataset, incomplete_articles, write_corpus

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A LocalCluster of two worker processes with one thread each; its scheduler address."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    ) as local:
        yield local.scheduler_address


def test_a_dask_cluster_builds_the_same_graph_as_one_process(tmp_path: Path, cluster: str, nlp) -> None:
    first = {"id": "changed", "title": "Talks", "text": "France met with Germany on Monday.\n"}
    later = {**first, "text": "France accused Germany of spying on Monday.\n"}
    corpus = write_corpus(tmp_path / "corpus.jsonl", 14, extra=[first, later])
    with Store(tmp_path / "here", write=True) as store:
        here = build([corpus], store=store, batch_size=4, jobs=1)
    with Store(tmp_path / "dask", write=True) as store:
        there = build([corpus], store=store, batch_size=4, dask=cluster)
        assert incomplete_articles(store) == []
    assert there.extractor.startswith("Dask cluster tcp://") and "(2 workers)" in there.extractor
    assert (there.added, there.replaced, there.statements) == (here.added, here.replaced, here.statements)
    assert there.added == 15 and there.replaced == 1 and there.statements > 0
    assert_same_dataset(dump_dataset(tmp_path / "here", tmp_path), dump_dataset(tmp_path / "dask", tmp_path))


def test_each_worker_loaded_the_model_once(cluster: str) -> None:
    from kg.distributed import LoadModel

    with distributed.Client(cluster) as client:
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
        loaded = client.run(_model_loaded)
    assert len(plugins) == 2 and all(LoadModel.name in names for names in plugins.values())
    assert list(loaded.values()) == [1, 1]


def _model_loaded() -> int:
    """On a worker: how many pipelines the cached loader holds."""
    from kg.nlp import load

    return load.cache_info().currsize


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    from kg.distributed import DaskExtractor

    with pytest.raises(KGError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        DaskExtractor("tcp://127.0.0.1:9", timeout=2)
