"""Shared helper below every stage that shows text to people: values for reading, text safe to print.

One figure formatter (the CLI, the entity pages and the network page all show its output), the
character classes that must not reach a terminal or an XML document, and the split of an evidence
sentence around its cue word.
"""

from __future__ import annotations

import re

__all__ = ["TERMINAL_CONTROL", "XML_INVALID", "printable", "format_value", "figure_value", "figure_period"]

#: Characters that must not reach a terminal as they are (C0/C1 controls but tab and newline,
#: bidirectional overrides and isolates): labels come from articles.
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: Characters XML 1.0 forbids (GraphML, RDF/XML, SPARQL XML results, most viewers): C0 controls except
#: tab, newline and carriage return, lone surrogates and the two non-characters U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """The text with every terminal control character replaced by U+FFFD."""
    return TERMINAL_CONTROL.sub("\ufffd", text)


def format_value(value: float, unit: str, unit_name: str | None = None) -> str:
    """A figure's value for people: "69 million", "850,000", "52%", "£7.5 million", "35 years"."""
    def number(v: float) -> str:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"{v / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
        return f"{v:,.3f}".rstrip("0").rstrip(".")

    if unit == "percent":
        shown = (f"{value:.1f}" if abs(value) >= 1 or value == 0 else f"{value:.2g}").rstrip("0").rstrip(".")
        return shown + (" percentage points" if unit_name == "percentage points" else "%")
    if unit == "currency":
        symbol = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}.get(unit_name or "")
        return f"{symbol}{number(value)}" if symbol else f"{number(value)} {unit_name or ''}".strip()
    if unit == "duration":
        return f"{number(value)} {unit_name or ''}".strip()
    return number(value)


def figure_value(d: dict) -> str:
    """"more than 850 a month", "52%", "13% (change)": a figure node's value as every page shows it."""
    value = (f"{d['qualifier']} " if d.get("qualifier") else "") + str(d.get("display") or d.get("text") or "")
    return value + (f" a {d['per']}" if d.get("per") else "") + (" (change)" if d.get("change") else "")


def figure_period(d: dict) -> str | None:
    """A figure node's period as the pages show it: its words, with the ISO period when they differ."""
    period, words = d.get("period"), d.get("period_text")
    if words and period and period not in words:
        return f"{words} ({period})"
    return words or period
