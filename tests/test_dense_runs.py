"""A run of bare figures (`Tỷ lệ: 5% 7% 3% …`, a PDF table's row read as one line) is one node of its sentence: its
context is worked out once, for its first figure, and shared by the others (issue 11: the cost of a figure-dense
line is a look-up per figure). No timing here: the benchmark is benchmarks/dense.py."""
from __future__ import annotations

from dtextract import context, extract


def _count_attach(monkeypatch) -> list[int]:
    calls = [0]
    real = context.Context.attach

    def counted(self, d):
        calls[0] += 1
        return real(self, d)

    monkeypatch.setattr(context.Context, "attach", counted)
    return calls


def test_a_run_of_bare_figures_is_attached_once(monkeypatch) -> None:
    calls = _count_attach(monkeypatch)
    text = "Năm 2024, tỷ lệ hộ nghèo của các xã ở huyện Ba Tri: " + " ".join(f"{k % 9 + 1}%" for k in range(500)) + "."
    figures = extract(text).figures
    assert len(figures) == 500
    # (the last figure of a run is worked out on its own: what stands after the run may be its own)
    assert calls[0] == 2
    assert len({(f.subject, f.period.text, f.location) for f in figures[:-1]}) == 1
    assert (figures[0].period.text, figures[0].location) == ("Năm 2024", "Ba Tri")
    assert figures[0].subject.startswith("tỷ lệ hộ nghèo")


def test_what_ends_a_run() -> None:
    # words between figures, another unit, an attribute of its own or a line break: each figure its own node
    found = extract("Tỷ lệ: 5% Hà Nội 7% Hải Phòng 3%, tăng 1% so với năm trước; diện tích 12 ha 15 ha.").figures
    assert [f.value for f in found] == [5, 7, 3, 12, 15]
    by_value = {f.value: f for f in found}
    assert by_value[3].change is not None and by_value[3].change.value == 1
    assert by_value[12].unit == by_value[15].unit == "ha"


def test_a_run_with_a_status_of_its_own_shares_it() -> None:
    text = "Kế hoạch năm 2025, tỷ lệ tiêm chủng các xã đạt: 95% 96% 97% 98% 99%."
    figures = extract(text, published="2024-12-01").figures
    assert [f.status for f in figures] == ["target"] * 5
    assert len({f.subject for f in figures[:-1]}) == 1
