"""Quotation marks: text -> the spans inside each pair of double quotation marks."""

from __future__ import annotations

__all__ = ["OPEN_MARKS", "CLOSE_MARKS", "quote_spans"]

OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each pair of double quotation marks.

    Straight marks open after a space, a bracket, a colon or the line start and close
    otherwise; an opening mark without its closing mark runs to the end of the text.
    """
    spans = []
    i, n = 0, len(text)

    def opens(k: int) -> bool:
        c = text[k]
        if c in OPEN_MARKS:
            return True
        return c == '"' and (k == 0 or text[k - 1].isspace() or text[k - 1] in "([{:—–-")

    while i < n:
        if not opens(i):
            i += 1
            continue
        start = i + 1
        j = start
        while j < n and not (text[j] in CLOSE_MARKS or (text[j] == '"' and j > start)):
            if text[j] in OPEN_MARKS:  # a new opening mark: the previous quotation was left open
                break
            j += 1
        closed = j < n and text[j] not in OPEN_MARKS
        spans.append((start, j, closed))
        i = j + 1 if closed else j
        # a doubled closing mark (`encryption.” ”`) belongs to nothing
        while i < n and (text[i].isspace() or text[i] in CLOSE_MARKS) and closed:
            if text[i] in CLOSE_MARKS:
                i += 1
                continue
            k = i
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] in CLOSE_MARKS:
                i = k + 1
                continue
            break
    return spans
