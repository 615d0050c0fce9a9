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


#: The forms :func:`kg.dates.parse_date` accepts, as error messages name them.
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022, 2022-03 or 2022-03-09)"


class DateError(KGError, ValueError):
    """A date a user gave (``--since``, ``until=``, a date parameter) not in one of :data:`DATE_FORMS`."""

    def __init__(self, value: object, *, name: str | None = None, reason: str | None = None) -> None:
        self.value = value
        self.name = name
        where = f"{name}: " if name else ""
        why = f" ({reason})" if reason else ""
        super().__init__(f"{where}{value!r} is not a date{why}; give {DATE_FORMS}")


class DateRangeError(DateError):
    """A date range whose start is after its end."""

    def __init__(self, since: str, until: str) -> None:
        self.value = f"{since}..{until}"
        self.name = "since/until"
        KGError.__init__(self, f"since {since} is after until {until}: the range holds no day")


class UnknownActorError(QueryError):
    """A name that means no actor the store or the gazetteer knows (or none in the graph at hand)."""

    def __init__(self, name: str, *, suggestions: tuple[str, ...] = (), where: str = "") -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; the closest known names are: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no actor {name!r}{where}{hint}")


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
