"""One error hierarchy for dtextract, each class with a stable code.

Messages name the file (and entry) at fault, so that the CLI can print them as
one line without a traceback.
"""
from __future__ import annotations


class DtextractError(Exception):
    """Base of every error dtextract raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(DtextractError):
    """A file or stream that cannot be read as an article."""

    code = "E100"


class PatternError(DtextractError):
    """A pattern file that is malformed, or a rule that does not compile."""

    code = "E200"


class MissingExtraError(DtextractError):
    """An optional dependency needed for this input or output is not installed."""

    code = "E300"
