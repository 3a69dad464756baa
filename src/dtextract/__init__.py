"""dtextract: every statistical figure of a Vietnamese article as a validated, dated record.

>>> import dtextract
>>> doc = dtextract.extract("Năm 2023, tỉnh tiếp nhận 108.077 hồ sơ.", published="2023-07-15")
"""
from .errors import DtextractError, InputError, MissingExtraError, PatternError
from .models import Change, Document, Figure, Period, Target
from .pipeline import extract

__version__ = "0.1.0"

__all__ = ["extract", "Document", "Figure", "Change", "Target", "Period",
           "DtextractError", "InputError", "PatternError", "MissingExtraError", "__version__"]
