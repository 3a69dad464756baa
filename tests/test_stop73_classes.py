"""Rules from the probe sets 985-1002 (the last stop's sealed measure, opened at the seventy-third stop, and the sets
written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_headlines_bare_name_is_the_city_the_lead_names_by_its_level_word() -> None:
    text = ("Ghe đò trên sông Hương: Huế có thêm 14 bến đón khách\n\n"
            "Năm 2024, trên địa bàn thành phố Huế có 38 bến đò chở khách du lịch, tăng 14 bến so với năm 2023. "
            "Các bến đã đón 215.000 lượt khách.\n")
    found = _by_value(text, published="2024-12-20")
    assert found[38].location == "Huế" and found[215_000].location == "Huế"
    # (a lead that names the province is about the province, whatever the headline calls it)
    text = text.replace("trên địa bàn thành phố Huế", "trên địa bàn tỉnh Thừa Thiên Huế")
    assert _by_value(text, published="2024-12-20")[215_000].location == "Thừa Thiên Huế"
