"""dtextract: every statistical figure of a Vietnamese article as a validated, dated record.

>>> import dtextract
>>> doc = dtextract.extract("Năm 2023, tỉnh tiếp nhận 108.077 hồ sơ.", published="2023-07-15")

- :func:`extract` (text → :class:`Document`), :func:`parse_file` (a .txt, .html,
  .htm, .docx or .pdf file → :class:`Document`), :func:`read` (a file → the text
  that the figures' offsets index);
- :func:`to_dataframe` (documents → a pandas DataFrame; the ``dataframe`` extra).
"""
from .api import parse_file, read
from .errors import DtextractError, InputError, MissingExtraError, PatternError
from .models import Change, Document, Figure, Period, Target
from .output import to_dataframe
from .pipeline import extract

__version__ = "0.1.0"

__all__ = ["extract", "parse_file", "read", "to_dataframe", "Document", "Figure", "Change", "Target", "Period",
           "DtextractError", "InputError", "PatternError", "MissingExtraError", "__version__"]
