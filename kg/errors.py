"""The exceptions `kg` raises, each with a message a user can act on."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error `kg` raises on purpose."""


class ModelNotFoundError(KGError):
    """Neither spaCy English model is installed."""


class InputError(KGError):
    """An input file or record cannot be read as an article."""

    def __init__(self, source: str, reason: str, *, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown or refused."""


class ParameterError(QueryError):
    """A named query's parameters are missing or wrong."""


class ProtocolError(QueryError):
    """A request the SPARQL protocol (or this endpoint's policy) refuses, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class DataError(KGError):
    """A data file shipped with the package (gazetteer, lexicon, ontology) is broken."""


class UnknownCodeError(DataError, KeyError):
    """A CAMEO code that ``kg/data/cameo_classes.tsv`` does not list."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"unknown CAMEO code {code!r}: not listed in kg/data/cameo_classes.tsv")

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0])


class ExportError(KGError):
    """An export or output file cannot be written."""


class EndpointError(KGError):
    """A remote SPARQL endpoint refused or could not be reached."""
