"""The `mask_format` anonymizer: mask letters and digits, keep separators, punctuation and length."""

from __future__ import annotations

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType


def mask_alnum(text: str, masking_char: str = "*", keep_last: int = 0) -> str:
    """Mask every letter and digit of `text` except the last `keep_last` of them."""
    to_mask = max(sum(ch.isalnum() for ch in text) - keep_last, 0)
    out = []
    for ch in text:
        if ch.isalnum() and to_mask:
            out.append(masking_char)
            to_mask -= 1
        else:
            out.append(ch)
    return "".join(out)


class MaskFormat(Operator):
    """Mask alphanumerics with `masking_char` (default "*"), keeping the last `keep_last` (default 0).

    "4242 4242 4242 4242" with keep_last=4 -> "**** **** **** 4242".
    """

    NAME = "mask_format"

    def operate(self, text: str = None, params: dict = None) -> str:
        """Return the masked text."""
        params = params or {}
        return mask_alnum(text, params.get("masking_char", "*"), params.get("keep_last", 0))

    def validate(self, params: dict = None) -> None:
        """Check `masking_char` (one character) and `keep_last` (int >= 0)."""
        params = params or {}
        masking_char = params.get("masking_char", "*")
        if not isinstance(masking_char, str) or len(masking_char) != 1:
            raise InvalidParamError("Invalid input, masking_char must be a single character")
        keep_last = params.get("keep_last", 0)
        if isinstance(keep_last, bool) or not isinstance(keep_last, int) or keep_last < 0:
            raise InvalidParamError("Invalid input, keep_last must be an int >= 0")

    def operator_name(self) -> str:
        """Return operator name."""
        return self.NAME

    def operator_type(self) -> OperatorType:
        """Return operator type."""
        return OperatorType.Anonymize
