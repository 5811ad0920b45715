"""Text from the vault or from a file, made safe to print on a terminal.

A name or a note can hold control characters: an ESC sequence retitles or clears the terminal,
a carriage return overwrites the line, bidirectional overrides (U+202E...) show text in another
order than it is stored. Every CLI output that prints user data goes through `shown`, which
writes each such character as a visible escape (`\\x1b`, `\\u202e`) instead.
"""

from __future__ import annotations

import re

# C0 and C1 controls (ESC, CR, LF, TAB, BEL, CSI...), DEL, and the invisible characters that
# change the order or direction text is displayed in: LRM/RLM, the Arabic letter mark, the
# embeddings and overrides U+202A-202E, the isolates U+2066-2069, the line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(text: str, *, keep: str = "") -> str:
    """`text` with every control and bidirectional character escaped, except those in `keep`
    (markers the caller put there itself and replaces afterwards)."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)
