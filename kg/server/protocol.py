"""The SPARQL 1.1 Protocol request: which operation it asks for, read from method, type and body."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl

from kg.errors import ProtocolError


@dataclass(frozen=True)
class ProtocolCall:
    """One SPARQL protocol operation, read from the request."""

    query: str | None = None
    update: str | None = None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    formats: tuple[str, ...] = ()  # values of format= (SPARQLWrapper and browsers' links use it)


_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(codecs.lookup(charset).name)
    except (LookupError, UnicodeDecodeError) as e:
        raise ProtocolError(400, f"the request body is not valid {charset}: {e}") from e


def _media_type(content_type: str) -> tuple[str, str]:
    """The media type of a Content-Type header and its charset (UTF-8 when not given)."""
    media, *params = (p.strip() for p in content_type.split(";"))
    charset = "utf-8"
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"')
    return media.lower(), charset


def read_call(
    method: str, content_type: str | None, params: Sequence[tuple[str, str]], body: bytes
) -> ProtocolCall | None:
    """The operation a request asks for, or None for a request of the service description.

    ``params`` are the URL's query parameters. Raises :class:`ProtocolError`
    (400 malformed, 415 unsupported content type).
    """
    if method in ("GET", "HEAD"):
        fields = list(params)
        if any(k == "update" for k, _ in fields):
            raise ProtocolError(400, "SPARQL Update must be sent with POST, not GET")
        if not any(k == "query" for k, _ in fields):
            return None
        return _call(fields, operation="query")
    media, charset = _media_type(content_type or "")
    if media == _FORM:
        try:
            fields = parse_qsl(
                _decode(body, charset), keep_blank_values=True, encoding=charset, errors="strict"
            )
        except UnicodeDecodeError as e:
            raise ProtocolError(400, f"a form field is not valid {charset} once decoded: {e}") from e
        fields += [(k, v) for k, v in params if k == "format"]
        operations = {k for k, _ in fields if k in ("query", "update")}
        if len(operations) != 1:
            raise ProtocolError(400, "a form POST needs exactly one of query= or update=")
        return _call(fields, operation=operations.pop())
    if media == _SPARQL_QUERY:
        return _call([*params, ("query", _decode(body, charset))], operation="query")
    if media == _SPARQL_UPDATE:
        return _call([*params, ("update", _decode(body, charset))], operation="update")
    raise ProtocolError(
        415,
        f"unsupported Content-Type {media or '(none)'!r}: POST {_FORM} (query= or update=), "
        f"{_SPARQL_QUERY} or {_SPARQL_UPDATE}",
    )


def _call(fields: list[tuple[str, str]], *, operation: str) -> ProtocolCall:
    texts = [v for k, v in fields if k == operation]
    if len(texts) != 1:
        raise ProtocolError(400, f"give exactly one {operation}, not {len(texts)}")
    if not texts[0].strip():
        raise ProtocolError(400, f"the {operation} is empty")
    if operation == "update":
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in fields):
            raise ProtocolError(
                400, "using-graph-uri and using-named-graph-uri are not supported: use USING in the update"
            )
        return ProtocolCall(update=texts[0])
    default = tuple(v for k, v in fields if k == "default-graph-uri")
    named = tuple(v for k, v in fields if k == "named-graph-uri")
    given = bool(default or named)
    return ProtocolCall(
        query=texts[0],
        default_graphs=default if given else None,
        named_graphs=named if given else None,
        formats=tuple(v for k, v in fields if k == "format"),
    )
