"""The exception tree: user mistakes carry a one-line message that names the file or argument and the fix."""

from __future__ import annotations

__all__ = [
    "KGError",
    "InputError",
    "FormatError",
    "NotAcceptable",
    "ExportError",
    "QueryError",
    "ReadOnlyError",
    "QueryTimeout",
    "QueryBusy",
    "GraphLoadError",
    "StoreError",
    "DependencyError",
    "ClusterError",
    "PushError",
]


class KGError(Exception):
    """Base of every error the CLI turns into one line and a non-zero exit.

    ``detail``: lines the CLI shows below that line (such as the query line with a caret under a
    syntax error); the message alone must still say what is wrong.
    """

    exit_code = 1

    def __init__(self, *args: object, detail: str | None = None) -> None:
        super().__init__(*args)
        self.detail = detail


class InputError(KGError):
    """A missing path, an unreadable file or a folder without articles."""

    exit_code = 2


class FormatError(KGError):
    """An unknown input or output format; the message lists the valid choices."""

    exit_code = 2


class NotAcceptable(FormatError):
    """No format we write for this kind of result is acceptable to the client."""


class ExportError(KGError):
    """The exports folder cannot be written (permissions, a file in the way, a full disk)."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 3


class ReadOnlyError(QueryError):
    """SPARQL Update, LOAD or SERVICE in a query: graphs are only ever read."""


class QueryTimeout(QueryError):
    """A query stopped at the time limit (its worker process was killed)."""

    exit_code = 4


class QueryBusy(QueryError):
    """Every query worker stayed busy for the whole time limit."""

    exit_code = 4


class GraphLoadError(KGError):
    """A graph path that is neither a build folder nor an RDF file we can read."""

    exit_code = 2


class StoreError(KGError):
    """A store folder that is missing, was written by another version, or is being written right now."""

    exit_code = 2


class DependencyError(KGError):
    """An optional package a chosen feature needs is missing; the message gives the pip command."""

    exit_code = 2


class ClusterError(KGError):
    """A Dask scheduler that cannot be reached, or a worker that cannot run the extraction."""

    exit_code = 2


class PushError(KGError):
    """A triple store that refused a request of `kg push`, or could not be reached."""

    exit_code = 5
