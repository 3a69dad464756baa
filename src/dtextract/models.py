"""The records dtextract produces (the output contract of FIGURES.md §3)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["count", "percent", "money", "measure", "rank", "multiple"]
Approx = Literal["exact", "about", "nearly", "over", "under", "at_least", "at_most"]
Status = Literal["actual", "estimate", "target", "forecast"]
Direction = Literal["increase", "decrease"]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: "str | _dt.date | None", what: str = "published") -> str | None:
    """A date given as :class:`datetime.date`, :class:`datetime.datetime` or ISO text, as ``YYYY-MM-DD``.

    None stays None. TypeError for another type, ValueError for text that is no real ISO date.

    >>> iso_date("2023-07-15"), iso_date(_dt.date(2022, 8, 1)), iso_date(_dt.datetime(2024, 1, 2, 9, 30))
    ('2023-07-15', '2022-08-01', '2024-01-02')
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a datetime.date, a datetime.datetime or an ISO date string "
                        f"'YYYY-MM-DD', not {type(value).__name__}")
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{what} date must be YYYY-MM-DD, not {value!r}")
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a real date") from None


class _Record(BaseModel):
    # no record holds inf or nan: JSON has no token for them (json.dumps would write `Infinity`)
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Period(_Record):
    """When a figure holds: `start` null for an as-of date.

    In Python `start` and `end` are :class:`datetime.date` (an ISO string is
    accepted when building one); JSON, CSV and the schema write them as ISO
    dates, `YYYY-MM-DD`.
    """

    text: str
    start: _dt.date | None = None
    end: _dt.date | None = None
    inferred: bool = Field(False, description="true when the period was taken from the paragraph or article, not the figure's own sentence")


class Change(_Record):
    """A change stated against a baseline: `tăng 10,01% so với năm 2022`."""

    direction: Direction
    value: float
    unit: str
    approx: Approx = "exact"
    baseline: str | None = None
    baseline_period: Period | None = None


class Target(_Record):
    """A target the figure is measured against: `chỉ tiêu … là 50%`."""

    value: float
    unit: str
    met: bool | None = None


class Figure(_Record):
    """One statistical figure with its evidence."""

    text: str = Field(description="the exact substring of the input for this figure's core mention")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str
    kind: Kind
    value: float
    value_max: float | None = None
    unit: str
    approx: Approx = "exact"
    total: float | None = None
    percent: float | None = None
    change: Change | None = None
    target: Target | None = None
    subject: str | None = None
    period: Period | None = None
    location: str | None = None
    status: Status = "actual"
    rule: str = Field("", description="the rule that produced the figure")

    @model_validator(mode="after")
    def _span(self) -> "Figure":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if len(self.text) != self.end - self.start:
            raise ValueError("text length does not match its span")
        return self

    def check_span(self, source: str) -> None:
        """Raise ValueError unless `source[start:end] == text`."""
        if source[self.start:self.end] != self.text:
            raise ValueError(f"span {self.start}:{self.end} is {source[self.start:self.end]!r}, not {self.text!r}")


class Document(_Record):
    """What `dtextract parse FILE --format json` prints."""

    source: str
    published: str | None = None
    figures: list[Figure] = Field(default_factory=list)
