"""IRIs: the base the graph mints its instance IRIs under (``<base>id/<node id>``), checked, changed and found again.

A shared helper below every stage that writes or reads IRIs (rdf, store, from_rdf, query, server).
`kg build --base` changes only the base: the path of every IRI stays what the resolver made it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .contract import NAMESPACES, expand
from .errors import FormatError
from .model import ENTITY_TYPES

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["DEFAULT_BASE", "QUERY_PREFIXES", "check_base", "rebase_iri", "minted_base", "is_plain_iri"]

#: Where the graph mints its instance IRIs unless `kg build --base` says otherwise.
DEFAULT_BASE = "https://w3id.org/news-kg/"

#: Prefixes every SPARQL query may use without declaring them: the contract's table and ``id:``
#: for the minted IRIs (which `query.prefixes_for` moves to the graph's own base).
QUERY_PREFIXES = {"kg": NAMESPACES["kg"], "id": DEFAULT_BASE + "id/",
                  **{name: iri for name, iri in NAMESPACES.items() if name != "kg"}}

_KG = NAMESPACES["kg"]  # the vocabulary stays there whatever the base
_RDF_TYPE = expand("rdf:type")
_BASE = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?/([A-Za-z0-9._~!$&'()*+,;=:@%\-]+/)*")
_MINTED = re.compile(r"(.*)id/(?:article|entity)/[^/]")
_IRI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")  # RFC 3986, ASCII: safe inside <...> in SPARQL


def check_base(base: str) -> str:
    """``base`` if it can prefix the minted IRIs (an http(s) IRI ending in '/'), else a FormatError saying why."""
    if not isinstance(base, str) or not _BASE.fullmatch(base):
        raise FormatError(f"--base must be an http:// or https:// IRI that ends in '/' and has no query or "
                          f"fragment, such as https://example.org/news-kg/; got {base!r}")
    return base


def rebase_iri(iri: str, base: str, old: str = DEFAULT_BASE) -> str:
    """The IRI with the base of the minted IRIs changed from ``old`` to ``base`` (the path stays).

    Only instance IRIs (``<old>id/...``) move; the vocabulary (``kg:``) and every other IRI stay.
    """
    if base == old or not iri.startswith(old + "id/"):
        return iri
    return base + iri[len(old):]


def minted_base(store: "ox.Store") -> str:
    """The base the graph in ``store`` minted its IRIs under, read off an article's or an entity's
    IRI; `DEFAULT_BASE` for a graph with neither."""
    import pyoxigraph as ox  # here, so that the CLI (which needs DEFAULT_BASE) starts without it

    rdf_type = ox.NamedNode(_RDF_TYPE)
    for cls in ("Article", *ENTITY_TYPES):
        for quad in store.quads_for_pattern(None, rdf_type, ox.NamedNode(_KG + cls), None):
            found = _MINTED.match(quad.subject.value) if isinstance(quad.subject, ox.NamedNode) else None
            if found and _BASE.fullmatch(found.group(1)):
                return found.group(1)
            break  # one look per class: a graph has one base
    return DEFAULT_BASE


def is_plain_iri(text: str) -> bool:
    """True for an absolute IRI written in ASCII URI characters only (what a request path or Host gives),
    which can stand between ``<`` and ``>`` in a SPARQL query as it is."""
    if not _IRI_CHARS.fullmatch(text or ""):
        return False
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return ":" in text
