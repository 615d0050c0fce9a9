"""Parsing on a Dask cluster: ``kg build --dask ADDRESS`` (or ``--dask local``).

The client process reads the input, skips what is stored already, and sends
batches of articles to the cluster; each worker runs
:func:`kg.extractors.extract_batch` (parse and extract) with a spaCy pipeline it
loads once, when it joins (a worker plugin), and sends back the batch's
statements, pickled. The client stays the only writer: it commits each
article to the store in one transaction as the batches come back, in the order
they were sent.

Workers need `kg` and its model installed (the same versions as the client),
and should run one thread each (``dask worker ADDRESS --nthreads 1``, as many
workers as cores): spaCy releases the GIL too little for threads to help, and a
worker's threads take turns on its pipeline.

Dask itself retries a batch whose worker died on another worker; a batch that
keeps failing stops the build with the articles committed so far kept.
"""

from __future__ import annotations

import logging
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from .errors import KGError
from .extractors import BATCHES_PER_WORKER, DEFAULT_BATCH, extract_batch
from .types import Article

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 30


class LoadModel(WorkerPlugin):
    """Loads the spaCy pipeline on each worker once, when the worker starts (or joins)."""

    name = "kg-load-model"

    def setup(self, worker: Any) -> None:
        from .nlp import load

        load()


class DaskExtractor:
    """Runs :func:`~kg.extractors.extract_batch` on the workers of a Dask cluster.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"``,
    which starts a :class:`~distributed.LocalCluster` of ``jobs`` worker
    processes with one thread each on this machine, and stops it when closed.
    ``timeout`` is how long to try to reach a scheduler, in seconds.
    """

    def __init__(
        self,
        address: str,
        *,
        jobs: int = 1,
        batch_size: int = DEFAULT_BATCH,
        timeout: float = CONNECT_TIMEOUT,
    ) -> None:
        from distributed import Client, LocalCluster

        self.batch_size = batch_size
        self.cluster: Any = None
        try:
            if address == "local":
                self.cluster = LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as e:
            if self.cluster is not None:
                self.cluster.close()
            raise KGError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        self.client.register_plugin(LoadModel())
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.name = f"Dask cluster {self.client.scheduler.address} ({workers} workers)"
        self.window = workers * BATCHES_PER_WORKER

    def submit(self, batch: list[Article]) -> Any:
        """Send one batch; the future's ``result()`` is its ``list[Extracted]``."""
        return self.client.submit(extract_batch, batch, batch_size=self.batch_size, pure=False)

    def close(self, *, cancel: bool) -> None:
        """Disconnect, and stop a local cluster.

        Closing the client releases its futures, so the scheduler drops the
        batches still queued whether or not ``cancel`` is set.
        """
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()
