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


def install_command(extra: str) -> str:
    """The command that installs an extra, as it works from a checkout (dtextract is on no index).

    >>> install_command("html")
    "pip install -e '.[html]' (in the dtextract checkout)"
    """
    return f"pip install -e '.[{extra}]' (in the dtextract checkout)"


def import_failure(exc: ImportError, module: str) -> str:
    """What went wrong importing ``module``: itself missing, or a module it imports (named).

    >>> import_failure(ModuleNotFoundError("No module named 'pypdf'", name="pypdf"), "pypdf")
    'pypdf is not installed'
    >>> import_failure(ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean"), "trafilatura")
    'trafilatura cannot be imported: its dependency lxml_html_clean is not installed'
    >>> import_failure(ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\\nInstall it."), "x")
    'x cannot be imported: lxml.html.clean module is now a separate project lxml_html_clean.'
    """
    name = exc.name or ""
    if name == module or name.split(".")[0] == module.split(".")[0] or (not name and not str(exc)):
        return f"{module} is not installed"
    if name:
        return f"{module} cannot be imported: its dependency {name.split('.')[0]} is not installed"
    first = str(exc).strip().splitlines()[0]
    return f"{module} cannot be imported: {first}"
