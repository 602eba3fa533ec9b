"""Shared helper below every stage that shows text to people: values for reading, text safe to print.

One figure formatter (the CLI, the entity pages and the network page all show its output), the
character classes that must not reach a terminal or an XML document, and the split of an evidence
sentence around its cue word.
"""

from __future__ import annotations

import re

__all__ = ["TERMINAL_CONTROL", "XML_INVALID", "printable"]

#: Characters that must not reach a terminal as they are (C0/C1 controls but tab and newline,
#: bidirectional overrides and isolates): labels come from articles.
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: Characters XML 1.0 forbids (GraphML, RDF/XML, SPARQL XML results, most viewers): C0 controls except
#: tab, newline and carriage return, lone surrogates and the two non-characters U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """The text with every terminal control character replaced by U+FFFD."""
    return TERMINAL_CONTROL.sub("\ufffd", text)
