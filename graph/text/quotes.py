"""Quotation marks: text -> the spans inside each pair of quotation marks."""

from __future__ import annotations

import re

__all__ = ["OPEN_MARKS", "CLOSE_MARKS", "DOUBLE_MARKS", "quote_spans", "uses_single_marks"]

#: Double opening and closing marks: English curly marks, the German low-high pair („ ... “)
#: and guillemets (« ... »).
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
DOUBLE_MARKS = OPEN_MARKS + CLOSE_MARKS + '"'
_SENTENCE_END = ".?!…"
# the only characters at which a quotation can open, and at which an open one can end: the scan
# jumps from one to the next (every other character is only stepped over)
_MAY_OPEN = re.compile("[“„«`\"”‘]")
_MAY_END = re.compile("[”»“„«`'\"’‘]")


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "‘'[(£$€"


def uses_single_marks(text: str) -> bool:
    """True for a text quoted in single marks (‘ ... ’), the house style of some British papers:
    it has curly single opening marks and next to no double marks."""
    doubles = sum(text.count(c) for c in DOUBLE_MARKS) + text.count("``")
    return doubles < 2 and text.count("‘") >= 1


def quote_spans(text: str, singles: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each pair of quotation marks.

    Straight marks open after a space, a bracket, a colon or the line start and close
    otherwise; inside an open quotation, a straight mark after a sentence end and a space and
    before a word opens a new quotation (the scraped form of a quotation that runs on into the
    next paragraph, whose closing mark news style leaves out), and so does one after a colon
    (``... a fine year. He added: "We ...``), the words since the open quotation's last
    sentence stop being the narration that introduces it. An opening mark without its closing
    mark runs to the next opening mark or the end of the text (``closed`` is False).
    A closing mark put where an opening one belongs (``”We ...``) still opens; ```` `` ... '' ````
    pairs count as double marks. With ``singles``, curly single marks (‘ ... ’) are quotation
    marks too: an apostrophe inside a word never closes, nor does the plural possessive
    (``members’ union``) when a later mark can.
    """
    spans: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)

    def prev_char(k: int) -> str:
        return text[k - 1] if k > 0 else " "

    def next_char(k: int) -> str:
        return text[k] if k < n else " "

    def opens(k: int) -> int:
        """Length of the opening mark at k (0 when none)."""
        c = text[k]
        if c in OPEN_MARKS:
            return 1
        if text.startswith("``", k):
            return 2
        before = prev_char(k)
        if c == '"' and (k == 0 or before.isspace() or before in "([{:—–-"):
            return 1
        if c == "”" and (k == 0 or before.isspace()) and next_char(k + 1).isalnum():
            return 1
        if singles and c == "‘" and (k == 0 or before.isspace() or before in "([{:—–-") and not next_char(k + 1).isspace():
            return 1
        return 0

    def single_closes(k: int, start: int) -> bool:
        """A ’ at k closes a single-mark quotation (not an apostrophe)."""
        if k == start or text[k - 1].isspace() or next_char(k + 1).isalpha():
            return False
        if text[k - 1] in "sS" and next_char(k + 1) == " " and next_char(k + 2).islower():
            # "the members’ union" or "... the risks’ she said": a possessive when a later mark closes
            j = k + 1
            while j < n and text[j] not in "‘\n":
                if text[j] == "’" and not text[j - 1].isspace() and not next_char(j + 1).isalpha():
                    return False
                j += 1
        return True

    while i < n:
        width = opens(i)
        if not width:
            nxt = _MAY_OPEN.search(text, i + 1)
            i = nxt.start() if nxt else n
            continue
        opener = text[i : i + width]
        start = i + width
        j = start
        closed = False
        end = n
        while j < n:
            nxt = _MAY_END.search(text, j)
            if nxt is None:
                break
            j = nxt.start()
            c = text[j]
            if opener == "‘":
                if c == "’" and single_closes(j, start):
                    end, closed = j, True
                    break
                if c == "‘" and j > start and (text[j - 1].isspace()) and not next_char(j + 1).isspace():
                    end = j  # a new opening mark: the previous quotation was left open
                    break
                j += 1
                continue
            if c in CLOSE_MARKS or (opener == "„" and c == "“") or text.startswith("''", j):
                end, closed = j, True
                break
            if c in OPEN_MARKS or text.startswith("``", j):
                end = j  # a new opening mark: the previous quotation was left open
                break
            if c == '"' and j > start:
                inside = text[start:j].rstrip()
                # (a stop inside a closing single mark ends the sentence too: `... said 'no way.' "We ...`)
                words = inside.rstrip("'’")
                opening = text[j - 1].isspace() and _word_char(next_char(j + 1))  # placed as an opening mark
                if opening and words and words[-1] in _SENTENCE_END:
                    end = j  # `... hard times. "We have ...`: a new quotation opens
                    break
                if opening and inside.endswith(":"):
                    # `"... a Muslim. He added: "The ...`: a colon before an opening mark introduces the next
                    # quotation, so the words before it are narration and the open quotation ended at its
                    # last sentence stop
                    stop = max((k for k in range(start, j - 1) if text[k] in _SENTENCE_END and text[k + 1].isspace()), default=None)
                    if stop is not None:
                        end = stop + 1
                        break
                end, closed = j, True
                break
            j += 1
        spans.append((start, end, closed))
        if not closed:
            i = end
            continue
        i = end + (2 if text.startswith("''", end) else 1)
        # a doubled closing mark (`encryption.” ”`) belongs to nothing
        while i < n and (text[i].isspace() or text[i] in CLOSE_MARKS):
            if text[i] in CLOSE_MARKS:
                i += 1
                continue
            k = i
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] in CLOSE_MARKS and not next_char(k + 1).isalnum():
                i = k + 1
                continue
            break
    return spans
