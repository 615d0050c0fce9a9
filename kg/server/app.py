"""The HTTP application: routes, middleware, and :func:`create_app` / :func:`serve`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.dates import DateRange
from kg.errors import DateError, ProtocolError, StoreError
from kg.store import DB_NAME

from .cache import AnswerCache
from .formats import negotiate
from .jobs import Answer, NamedJob, QueryJob, UpdateJob, ViewJob, _not_acceptable, text_answer
from .pages import _RDFLIB_FORMATS, query_page, service_description
from .pool import WorkerPool
from .protocol import read_call
from .settings import Settings, allowed_hosts
from .snapshots import SnapshotKeeper, _iso

log = logging.getLogger("kg.server")

_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class _SecurityHeaders:
    """ASGI middleware adding headers that stop sniffing, referrers and cross-origin embedding."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Endpoint:
    """The state behind the routes: settings, the snapshot keeper, the worker pool, the answer cache."""

    settings: Settings
    pool: WorkerPool
    keeper: SnapshotKeeper
    cache: AnswerCache = field(default_factory=AnswerCache)
    _page: tuple[str, str] | None = None
    _descriptions: dict[tuple[str, str], bytes] = field(default_factory=dict)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        """Start the workers and take the first snapshot; stop and delete them at the end."""
        self.pool.start()
        await asyncio.to_thread(self.keeper.refresh)
        if self.keeper.current is None:
            log.warning("%s; serving starts when the writer finishes", self.keeper.waiting)
        refresher = asyncio.create_task(self._refresh_every(self.settings.refresh))
        try:
            yield
        finally:
            refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresher
            await self.pool.stop()
            self.keeper.close()

    async def _refresh_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                await asyncio.to_thread(self.keeper.refresh)
            except StoreError as e:
                log.warning("cannot refresh the snapshot: %s", e)

    async def run(self, make_job: Any) -> Response:
        """Answer the job ``make_job(snapshot_path)`` on the current snapshot (from the cache if it can)."""
        if self.keeper.current is None:
            await asyncio.to_thread(self.keeper.refresh)
        with self.keeper.use() as snapshot:
            if snapshot is None:
                return _response(
                    text_answer(
                        503, f"no snapshot of the store yet: {self.keeper.waiting}", ("Retry-After", "5")
                    )
                )
            reply, cached = await self.cache.answer(make_job(str(snapshot.path)), self.pool.run)
        return _response(
            reply, ("X-KG-Snapshot", _iso(snapshot.taken)), ("X-KG-Cache", "hit" if cached else "miss")
        )

    async def sparql(self, request: Request) -> Response:
        """``/sparql``: a query, an update, or the service description."""
        try:
            body = await _read_body(request, self.settings.max_body) if request.method == "POST" else b""
            call = read_call(
                request.method, request.headers.get("content-type"), request.query_params.multi_items(), body
            )
        except ProtocolError as e:
            return _response(text_answer(e.status, str(e)))
        if call is None:
            return self.describe(request)
        if call.update is not None:
            return await self.update(request, call.update)
        settings = self.settings
        accept = request.headers.get("accept")
        return await self.run(
            lambda path: QueryJob(
                path,
                call.query,
                call.default_graphs,
                call.named_graphs,
                accept,
                call.formats,
                settings.max_rows,
            )
        )

    async def update(self, request: Request, sparql: str) -> Response:
        """Run an update on the live store (only with ``allow_update``, never cross-site)."""
        if not self.settings.allow_update:
            return _response(
                text_answer(
                    403,
                    "this endpoint is read-only: SPARQL Update is refused "
                    "(start kg serve with --allow-update)",
                )
            )
        if _cross_site(request) and not self.settings.cors:
            return _response(text_answer(403, "SPARQL Update from another site is refused"))
        reply = await self.pool.run(UpdateJob(str(self.settings.store_path), sparql))
        if reply.status < 300:
            await asyncio.to_thread(self.keeper.refresh)
        return _response(reply)

    def describe(self, request: Request) -> Response:
        """The service description, in Turtle unless Accept asks for N-Triples, JSON-LD or RDF/XML."""
        fmt = negotiate(
            request.headers.get("accept"), "graph", requested=request.query_params.getlist("format")
        )
        if fmt is None:
            return _response(
                _not_acceptable(
                    "graph", request.headers.get("accept"), request.query_params.getlist("format")
                )
            )
        endpoint = str(request.url.replace(query="", fragment=""))
        key = (endpoint, fmt.name)
        if key not in self._descriptions:
            if len(self._descriptions) >= 32:  # the Host header varies the key: keep it bounded
                self._descriptions.clear()
            graph = service_description(endpoint, self.settings)
            self._descriptions[key] = graph.serialize(format=_RDFLIB_FORMATS[fmt.name], encoding="utf-8")
        return Response(self._descriptions[key], media_type=fmt.content_type, headers={"Vary": "Accept"})

    async def graph_page(self, request: Request) -> Response:
        """``/``: the whole graph."""
        options = _view_options(request)
        if isinstance(options, Response):
            return options
        return await self.run(lambda path: ViewJob(path, **options))

    async def actor_page(self, request: Request) -> Response:
        """``/actor/{name}``: the graph around one actor (``?depth=``, ``?since=``, ``?until=``)."""
        options = _view_options(request)
        if isinstance(options, Response):
            return options
        name = request.path_params["name"]
        return await self.run(lambda path: ViewJob(path, actor=name, **options))

    async def named_query(self, request: Request) -> Response:
        """``/queries/{name}?param=value``: a named query, parameters read as ``kg query --bind`` reads them.

        Answered as ``/sparql`` answers (formats by ``Accept`` or ``format=``,
        the row cap, the cache); an unknown query is a 404, a bad value a 400.
        """
        params = request.query_params
        values = tuple((key, value) for key, value in params.multi_items() if key != "format")
        formats = tuple(params.getlist("format"))
        name, accept, max_rows = (
            request.path_params["name"],
            request.headers.get("accept"),
            self.settings.max_rows,
        )
        return await self.run(lambda path: NamedJob(path, name, values, accept, formats, max_rows))

    async def query_form(self, request: Request) -> Response:
        """``/query``: the query page."""
        if self._page is None:
            self._page = query_page(self.settings)
        page, csp = self._page
        return Response(page, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": csp})


def _view_options(request: Request) -> dict[str, Any] | Response:
    params = request.query_params
    options: dict[str, Any] = {}
    if "depth" in params:
        depth = params["depth"]
        if not (depth.isdigit() and 0 <= int(depth) <= 5):
            return _response(text_answer(400, f"bad view option: depth={depth!r}; give 0 to 5"))
        options["depth"] = int(depth)
    try:
        dates = DateRange.parse(params.get("since"), params.get("until"))
    except DateError as e:
        return _response(text_answer(400, str(e)))
    options["since"] = dates.since.isoformat() if dates.since else None
    options["until"] = dates.until.isoformat() if dates.until else None
    return options


def _cross_site(request: Request) -> bool:
    """Whether a browser sent the request from a page of another origin."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    return origin.rstrip("/").lower() != own.lower()


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is longer than ``limit`` bytes."""
    too_big = ProtocolError(413, f"the request body is larger than the limit of {limit} bytes")
    length = request.headers.get("content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise ProtocolError(400, f"bad Content-Length {length!r}")
        if int(length) > limit:
            raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _response(reply: Answer, *extra: tuple[str, str]) -> Response:
    headers = dict(reply.headers)
    headers.update(extra)
    if reply.status == 204:
        return Response(status_code=204, headers=headers)
    headers.setdefault("Vary", "Accept")
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)


def create_app(settings: Settings) -> Starlette:
    """The ASGI application of the endpoint (see :mod:`kg.server`) as ``settings`` say.

    Worker processes start and the first snapshot is taken when the app's
    lifespan starts (uvicorn, or starlette's ``TestClient`` used as a context
    manager). Raises :class:`~kg.errors.StoreError` when there is no store.
    """
    if not (settings.store_path / DB_NAME).is_dir():
        path = settings.store_path
        raise StoreError(f"no store at {path}: build one first with `kg build ARTICLES --store {path}`")
    pool = WorkerPool(settings.workers, timeout=settings.timeout, memory=settings.memory)
    endpoint = Endpoint(settings, pool, SnapshotKeeper(settings.store_path))
    routes = [
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/", endpoint.graph_page, methods=["GET"]),
        Route("/actor/{name:path}", endpoint.actor_page, methods=["GET"]),
        Route("/query", endpoint.query_form, methods=["GET"]),
        Route("/queries/{name}", endpoint.named_query, methods=["GET"]),
    ]
    middleware = [Middleware(_SecurityHeaders)]
    hosts = allowed_hosts(settings.host)
    if hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    if settings.cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
                expose_headers=[
                    "X-KG-Rows",
                    "X-KG-Max-Rows",
                    "X-KG-Truncated",
                    "X-KG-Snapshot",
                    "X-KG-Cache",
                    "Warning",
                ],
            )
        )
    return Starlette(routes=routes, middleware=middleware, lifespan=endpoint.lifespan)


def serve(settings: Settings) -> None:
    """Serve the store over HTTP as ``settings`` say, until interrupted (see :func:`create_app`)."""
    import uvicorn

    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        lifespan="on",
        proxy_headers=False,
        server_header=False,
        h11_max_incomplete_event_size=max(settings.max_body, 65_536),
        log_level="info",
    )
    uvicorn.Server(config).run()
