"""Many texts masked in one call of ``masking.mask``: what the records and reports show, at the cost of one.

``masking.mask`` costs the same fixed work whatever the length of its text: it goes through every
secret remembered so far in the process (a number that grows with the run) before its patterns. A
scenario's description, a recorded Cognito call or a report's texts are dozens of short texts;
masked one by one they cost dozens of times that work. ``mask_many`` joins them with a separator
(a line break, a NUL, a line break: not a word character nor a quote, so every pattern of the
masking sees each text's start and end as it would alone), masks the whole once and splits it
again. When a pattern's match crossed a separator (a quoted value left open), each half of the texts
is masked so, down to the text at fault alone; texts holding a NUL are masked one by one. The
result is always what ``mask`` gives each text alone (tests/unit/test_masked_texts.py).

A report masks every text it shows, records written by hand or by an older version included; it
masks the whole record in one batch first (``mask_strings(record, mark=True)``), and each text of
it is then shown as it is (``shown``), any other text being masked as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..masking import mask

SEPARATOR = "\n\x00\n"


def mask_many(texts: Sequence[str]) -> list[str]:
    """``[mask(text) for text in texts]``, with one call of ``mask`` when the texts allow it."""
    texts = list(texts)
    if len(texts) < 2:
        return [mask(text) for text in texts]
    if any("\x00" in text for text in texts):  # else a NUL comes only from a separator
        return [mask(text) for text in texts]
    parts = mask(SEPARATOR.join(texts)).split(SEPARATOR)
    if len(parts) == len(texts):
        return parts
    middle = len(texts) // 2  # a match crossed a separator: each half alone, down to the text at fault
    return mask_many(texts[:middle]) + mask_many(texts[middle:])


class Masked(str):
    """A text ``mask_strings(..., mark=True)`` masked: ``shown`` gives it back without masking it again."""


def shown(text: object) -> str:
    """``text`` as a page shows it: masked (``mask``), unless it is ``Masked`` already."""
    if isinstance(text, Masked):
        return text
    if text is None or text == "":
        return ""  # nothing to mask
    return mask(str(text))


def mask_strings(value: Any, mark: bool = False) -> Any:
    """``value`` (dicts, lists, strings, other values) with every string in it masked, in one batch;
    ``mark``: each masked string is ``Masked``, so that a page rendering them does not mask them again."""
    found: list[str] = []
    _collect(value, found)
    # A record repeats many texts (a feature's description and each source's quote in every scenario of
    # it): each distinct text is masked once, as ``mask`` gives the same text the same result.
    distinct = list(dict.fromkeys(found))
    masked = dict(zip(distinct, (Masked(text) for text in mask_many(distinct)) if mark else mask_many(distinct)))
    return _replace(value, iter([masked[text] for text in found]))


def _collect(value: Any, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found)


def _replace(value: Any, masked) -> Any:
    if isinstance(value, str):
        return next(masked)
    if isinstance(value, dict):
        return {key: _replace(item, masked) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace(item, masked) for item in value]
    return value
