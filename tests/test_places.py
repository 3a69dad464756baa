"""Tests of the gazetteer (patterns/places.toml) and of dtextract.places."""
from __future__ import annotations

from pathlib import Path

import pytest

from dtextract import patterns
from dtextract.errors import PatternError
from dtextract.places import (PlaceMention, canonical, check_example, find_places, fold_tones, gazetteer,
                              name_in_era)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HCM = "TP. Hồ Chí Minh"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.text) for m in find_places(text)]


# -- look-ups --------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # prefixes belong to the mention, in any case
    ("UBND tỉnh Phú Thọ", [("Phú Thọ", "tỉnh Phú Thọ")]),
    ("Tỉnh Phú Thọ", [("Phú Thọ", "Tỉnh Phú Thọ")]),
    ("TỈNH PHÚ THỌ", [("Phú Thọ", "TỈNH PHÚ THỌ")]),
    ("thành phố Hà Nội", [("Hà Nội", "thành phố Hà Nội")]),
    ("điểm cầu Hà Nội.", [("Hà Nội", "Hà Nội")]),
    # Ho Chi Minh City
    ("tại TP.HCM", [(HCM, "TP.HCM")]),
    ("tại TPHCM", [(HCM, "TPHCM")]),
    ("tại TP HCM", [(HCM, "TP HCM")]),
    ("tại TP. HCM", [(HCM, "TP. HCM")]),
    ("tại Tp.HCM", [(HCM, "Tp.HCM")]),
    ("tại TP. Hồ Chí Minh", [(HCM, "TP. Hồ Chí Minh")]),
    ("Thành phố Hồ Chí Minh", [(HCM, "Thành phố Hồ Chí Minh")]),
    ("người dân Sài Gòn", [(HCM, "Sài Gòn")]),
    # Huế: the pre-2025 province and the post-2025 city
    ("tỉnh Thừa Thiên Huế", [("Thừa Thiên Huế", "tỉnh Thừa Thiên Huế")]),
    ("Thừa Thiên - Huế", [("Thừa Thiên Huế", "Thừa Thiên - Huế")]),
    ("Thừa Thiên-Huế", [("Thừa Thiên Huế", "Thừa Thiên-Huế")]),
    ("TT-Huế", [("Thừa Thiên Huế", "TT-Huế")]),
    ("thành phố Huế", [("Huế", "thành phố Huế")]),
    ("hệ thống GIS Huế;", [("Huế", "Huế")]),
    # Bà Rịa - Vũng Tàu
    ("tỉnh Bà Rịa - Vũng Tàu", [("Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu")]),
    ("Bà Rịa-Vũng Tàu", [("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu")]),
    ("Bà Rịa – Vũng Tàu", [("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu")]),
    ("Bà Rịa Vũng Tàu", [("Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu")]),
    ("tại BR-VT", [("Bà Rịa - Vũng Tàu", "BR-VT")]),
    # old and new tone placement
    ("tỉnh Thanh Hoá", [("Thanh Hóa", "tỉnh Thanh Hoá")]),
    ("tỉnh Thanh Hóa", [("Thanh Hóa", "tỉnh Thanh Hóa")]),
    ("Khánh Hoà", [("Khánh Hòa", "Khánh Hoà")]),
    ("tỉnh Hoà Bình", [("Hòa Bình", "tỉnh Hoà Bình")]),
    ("THANH HOÁ", [("Thanh Hóa", "THANH HOÁ")]),
    ("Báo Thanh Hóa", [("Thanh Hóa", "Thanh Hóa")]),
    ("TP.Thanh Hóa", [("Thanh Hóa", "TP.Thanh Hóa")]),
    # other spellings
    ("tỉnh Đăk Lăk", [("Đắk Lắk", "tỉnh Đăk Lăk")]),
    ("tỉnh Đắk Nông", [("Đắk Nông", "tỉnh Đắk Nông")]),
    ("tỉnh Bắc Cạn", [("Bắc Kạn", "tỉnh Bắc Cạn")]),
    ("Kontum", [("Kon Tum", "Kontum")]),
    # near names stay distinct
    ("Quảng Ninh, Quảng Nam, Quảng Ngãi", [("Quảng Ninh", "Quảng Ninh"), ("Quảng Nam", "Quảng Nam"),
                                           ("Quảng Ngãi", "Quảng Ngãi")]),
    ("Hà Nam và Nam Định", [("Hà Nam", "Hà Nam"), ("Nam Định", "Nam Định")]),
    ("Lạng Sơn, Sơn La", [("Lạng Sơn", "Lạng Sơn"), ("Sơn La", "Sơn La")]),
    ("Bắc Ninh, Bắc Giang", [("Bắc Ninh", "Bắc Ninh"), ("Bắc Giang", "Bắc Giang")]),
    ("Ninh Thuận, Bình Thuận", [("Ninh Thuận", "Ninh Thuận"), ("Bình Thuận", "Bình Thuận")]),
    ("An Giang, Kiên Giang, Hậu Giang, Tiền Giang", [("An Giang", "An Giang"), ("Kiên Giang", "Kiên Giang"),
                                                    ("Hậu Giang", "Hậu Giang"), ("Tiền Giang", "Tiền Giang")]),
    # several places, the national level
    ("Hà Nội, Đà Nẵng và TP.HCM", [("Hà Nội", "Hà Nội"), ("Đà Nẵng", "Đà Nẵng"), (HCM, "TP.HCM")]),
    ("Hà Nội Đà Nẵng", [("Hà Nội", "Hà Nội"), ("Đà Nẵng", "Đà Nẵng")]),
    ("xếp thứ 2 toàn quốc", [("Việt Nam", "toàn quốc")]),
    ("các tỉnh, thành phố trong cả nước", [("Việt Nam", "cả nước")]),
    ("trên cả nước", [("Việt Nam", "trên cả nước")]),
    ("Cả nước có 63 tỉnh", [("Việt Nam", "Cả nước")]),
    ("kinh tế số Việt Nam", [("Việt Nam", "Việt Nam")]),
    ("Việt Nam Định hướng", [("Việt Nam", "Việt Nam")]),
    # non-breaking spaces
    ("tỉnh\xa0Thừa\xa0Thiên Huế\xa0Nguyễn Văn Phương", [("Thừa Thiên Huế", "tỉnh\xa0Thừa\xa0Thiên Huế")]),
])
def test_find_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh Nguyễn Văn Phương",     # a person after "tỉnh"
    "ông Nguyễn Thái Bình",                     # surname + province name
    "Chánh án Nguyễn Hòa Bình",
    "chị Nguyễn Thị Hà Giang",                  # surname + middle name + province name
    "vì hòa bình và phát triển",                # lowercase: the common word
    "Giải Nobel Hòa bình",
    "theo quy định của pháp luật",
    "bắc giang, thanh hóa",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",     # bare Hồ Chí Minh is the person
    "học tập và làm theo tư tưởng Hồ Chí Minh",
    "mỗi quốc gia, tổ chức và cá nhân",         # "quốc gia" is not a marker
    "Cơ sở dữ liệu quốc gia về dân cư",
    "Hanoi, Hue-S, Vietnam",                    # no diacritics, no match
    "HàNội, NamĐịnh",                           # inside longer words
    "Thanh Hóaxx",
    # part of the name of a street, a road or a company
    "quét dọn đại lộ Hòa Bình mỗi ngày",
    "Tuyến cao tốc Cần Thơ - Cà Mau dài 110 km",
    "cao tốc TP. Hồ Chí Minh - Thủ Dầu Một - Chơn Thành đoạn qua tỉnh",
    "Công ty Cổ phần Đô thị Cần Thơ bố trí 42 xe",
    "các cửa hàng trên phố Huế",
])
def test_no_place(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize("text, absent", [
    ("tỉnh Hà Nam", "Hà Nội"),
    ("thành phố Hà Nội", "Hà Nam"),
    ("tỉnh Quảng Nam", "Quảng Ninh"),
    ("tỉnh Quảng Ngãi", "Quảng Nam"),
    ("tỉnh Thừa Thiên Huế", "Huế"),       # longest spelling wins
    ("thành phố Huế", "Thừa Thiên Huế"),
    ("Việt Nam", "Hà Nam"),
    ("tỉnh Đắk Lắk", "Đắk Nông"),
    ("Công ty đầu tư tại Cần Thơ", "-"),    # where the company works, not its name
    ("khu phố Hòa Bình, thành phố Biên Hòa, tỉnh Đồng Nai", "Hòa Bình"),
])
def test_not_the_other_place(text: str, absent: str) -> None:
    names = [m.name for m in find_places(text)]
    assert names and absent not in names


def test_mentions_are_ordered_non_overlapping_and_exact() -> None:
    text = ("Năm 2023, tỉnh Thanh Hoá, TP.HCM, Hà Nội và Thừa Thiên - Huế dẫn đầu cả nước; "
            "ông Nguyễn Thái Bình (Thái Bình) cho biết Bà Rịa–Vũng Tàu xếp thứ 5 toàn quốc.")
    ms = find_places(text)
    assert [m.name for m in ms] == ["Thanh Hóa", HCM, "Hà Nội", "Thừa Thiên Huế", "Việt Nam", "Thái Bình",
                                    "Bà Rịa - Vũng Tàu", "Việt Nam"]
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert canonical(m.text, districts=m.level == "district") == m.name
        assert m.level == ("national" if m.name == "Việt Nam" else "province")


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_on_samples(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    for m in find_places(text):
        assert isinstance(m, PlaceMention)
        assert text[m.start:m.end] == m.text
        assert canonical(m.text, districts=m.level == "district") == m.name


@pytest.mark.parametrize("prefix, name", [("001", "Thừa Thiên Huế"), ("003", "Phú Thọ"), ("004", "Thanh Hóa")])
def test_samples_name_their_province(prefix: str, name: str) -> None:
    text = next(SAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    names = [m.name for m in find_places(text) if m.level == "province"]
    # the province is the one the article names most often
    assert max(set(names), key=names.count) == name
    # and no other province turns up that the article does not name
    assert set(names) <= {name, "Hà Nội", "Huế"}


def test_sample_001_person_and_union_are_no_places() -> None:
    text = next(SAMPLES.glob("001_*.txt")).read_text(encoding="utf-8")
    i = text.index("Nguyễn Văn Phương")
    assert not [m for m in find_places(text) if m.start < i + 17 and m.end > i]
    text2 = next(SAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")
    assert "Hồ Chí Minh" in text2
    assert HCM not in {m.name for m in find_places(text2)}


# -- canonical ------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("TP.HCM", HCM), ("TPHCM", HCM), ("TP HCM", HCM), ("Thành phố Hồ Chí Minh", HCM), ("Sài Gòn", HCM),
    ("Hồ Chí Minh", HCM), ("tp. hồ chí minh", HCM),
    ("thanh hoá", "Thanh Hóa"), ("Thanh Hóa", "Thanh Hóa"), ("tỉnh Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"), ("HOÀ BÌNH", "Hòa Bình"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("Thừa Thiên Huế", "Thừa Thiên Huế"), ("Huế", "Huế"),
    ("TP. Huế", "Huế"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("  Hà Nội ", "Hà Nội"), ("Ha\u0300 Nô\u0323i", "Hà Nội"),   # NFD input
    ("cả nước", "Việt Nam"), ("toàn quốc", "Việt Nam"), ("Việt Nam", "Việt Nam"),
    ("Hà Nọi", None), ("Paris", None), ("", None), ("tỉnh", None), ("quốc gia", None), ("Hà", None),
])
def test_canonical(name: str, expected: str | None) -> None:
    assert canonical(name) == expected


def test_fold_tones_keeps_length() -> None:
    for old, new in [("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("Uỷ ban", "Ủy ban"),
                     ("THANH HOÁ", "THANH HÓA"), ("khoẻ", "khỏe"), ("Hoàng Mai", "Hoàng Mai")]:
        assert fold_tones(old) == new
        assert len(fold_tones(old)) == len(old)


def test_name_in_era() -> None:
    assert name_in_era("Huế", "pre2025") == "Thừa Thiên Huế"
    assert name_in_era("Thừa Thiên Huế", "post2025") == "Huế"
    assert name_in_era("Thừa Thiên Huế", "pre2025") == "Thừa Thiên Huế"
    assert name_in_era("Hà Nam", "post2025") == "Hà Nam"      # merged away, still names its area
    assert name_in_era("Phú Thọ", "pre2025") == "Phú Thọ"
    with pytest.raises(ValueError):
        name_in_era("Huế", "2030")


# -- the data ---------------------------------------------------------------------------
def provinces() -> dict:
    return {n: e for n, e in gazetteer().items() if e.level == "province"}


def test_era_counts() -> None:
    units = provinces()
    pre = [n for n, e in units.items() if "pre2025" in e.era]
    post = [n for n, e in units.items() if "post2025" in e.era]
    assert len(pre) == 63
    assert len(post) == 34
    assert sorted(n for n in pre if units[n].kind == "thành phố") == sorted(
        ["Hà Nội", "Hải Phòng", "Đà Nẵng", HCM, "Cần Thơ"])
    assert sorted(n for n in post if units[n].kind == "thành phố") == sorted(
        ["Hà Nội", "Hải Phòng", "Đà Nẵng", HCM, "Cần Thơ", "Huế"])
    national = [n for n, e in gazetteer().items() if e.level == "national"]
    assert national == ["Việt Nam"]


def test_every_pre2025_unit_leads_to_a_post2025_unit() -> None:
    units = provinces()
    for name, e in units.items():
        if "post2025" in e.era:
            assert e.merged_into is None and e.renamed_to is None, name
            continue
        links = [x for x in (e.merged_into, e.renamed_to) if x is not None]
        assert len(links) == 1, name
        assert links[0] in units and "post2025" in units[links[0]].era, name


def test_merger_groups() -> None:
    units = provinces()
    absorbed: dict[str, set[str]] = {}
    for name, e in units.items():
        if e.merged_into:
            absorbed.setdefault(e.merged_into, set()).add(name)
    assert len(absorbed) == 23
    assert sum(map(len, absorbed.values())) == 29
    assert absorbed["Phú Thọ"] == {"Vĩnh Phúc", "Hòa Bình"}
    assert absorbed[HCM] == {"Bình Dương", "Bà Rịa - Vũng Tàu"}
    assert absorbed["Ninh Bình"] == {"Hà Nam", "Nam Định"}
    assert absorbed["Cần Thơ"] == {"Sóc Trăng", "Hậu Giang"}
    assert absorbed["Lâm Đồng"] == {"Đắk Nông", "Bình Thuận"}
    assert absorbed["Vĩnh Long"] == {"Bến Tre", "Trà Vinh"}
    unchanged = {n for n, e in units.items() if e.era == ["pre2025", "post2025"] and n not in absorbed}
    assert unchanged == {"Hà Nội", "Cao Bằng", "Điện Biên", "Lai Châu", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                         "Thanh Hóa", "Nghệ An", "Hà Tĩnh"}   # + Huế, the renamed Thừa Thiên Huế


def _examples() -> list[tuple[str, object, bool]]:
    return [(name, ex, pos) for stem, name, ex, pos in patterns.load().examples() if stem == "places"]


def test_every_entry_has_examples() -> None:
    names = {name for name, _, pos in _examples() if pos}
    assert names == set(gazetteer())


@pytest.mark.parametrize("name, example, positive", _examples(),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_places_examples(name: str, example: object, positive: bool) -> None:
    check_example(patterns.load(), name, example, positive)


def test_check_example_can_fail() -> None:
    ps = patterns.load()
    with pytest.raises(AssertionError):
        check_example(ps, "Hà Nội", "tỉnh Hà Nam", True)
    with pytest.raises(AssertionError):
        check_example(ps, "Hà Nam", "tỉnh Hà Nam", False)
    with pytest.raises(AssertionError):
        check_example(ps, HCM, {"text": "tại TP.HCM", "match": "HCM"}, True)
    with pytest.raises(AssertionError):
        check_example(ps, "Hà Nội", {"text": "Hà Nội, cả nước", "no_place": True}, False)
    with pytest.raises(PatternError):
        check_example(ps, "Hà Nội", {"txt": "Hà Nội"}, True)
    with pytest.raises(PatternError):
        check_example(ps, "Atlantis", "Hà Nội", True)


# -- user layers ---------------------------------------------------------------------------
def test_user_layer_adds_a_variant(tmp_path: Path) -> None:
    (tmp_path / "places.toml").write_text(
        '["Hà Nội"]\nkind = "thành phố"\nera = ["pre2025", "post2025"]\nvariants = ["Hanoi"]\n'
        'examples = ["Hanoi"]\n', encoding="utf-8")
    ps = patterns.load([tmp_path])
    assert [(m.name, m.text) for m in find_places("Hanoi và Hà Nội", patterns=ps)] == [
        ("Hà Nội", "Hanoi"), ("Hà Nội", "Hà Nội")]
    assert find_places("Hanoi") == []          # the built-in set is unchanged


def test_longest_spelling_wins_at_one_position(tmp_path: Path) -> None:
    # With "Bà Rịa" (a city of the province) as a spelling too, the full name still wins.
    (tmp_path / "places.toml").write_text(
        '["Bà Rịa - Vũng Tàu"]\nkind = "tỉnh"\nera = ["pre2025"]\nmerged_into = "TP. Hồ Chí Minh"\n'
        'variants = ["Bà Rịa", "Bà Rịa Vũng Tàu"]\nexamples = ["Bà Rịa"]\n', encoding="utf-8")
    ps = patterns.load([tmp_path])
    got = [m.text for m in find_places("tỉnh Bà Rịa - Vũng Tàu, Bà Rịa Vũng Tàu, Bà Rịa", patterns=ps)]
    assert got == ["tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bà Rịa"]


@pytest.mark.parametrize("body, message", [
    ('["Atlantis"]\nkind = "tỉnh"\nera = ["pre2025"]\nvariants = ["Hà Nội"]\nexamples = ["x"]\n', "also names"),
    ('["Atlantis"]\nkind = "tỉnh"\nera = ["pre2025"]\nmerged_into = "Hà Nam"\nexamples = ["x"]\n', "post-2025"),
    ('["Atlantis"]\nkind = "tỉnh"\nera = ["pre2025"]\ncolour = "blue"\nexamples = ["x"]\n', "colour"),
    ('["Atlantis"]\nkind = "quốc gia"\nera = ["pre2025"]\nexamples = ["x"]\n', "national"),
])
def test_bad_user_entries_are_refused(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "places.toml").write_text(body, encoding="utf-8")
    with pytest.raises(PatternError, match=message):
        find_places("Hà Nội", patterns=patterns.load([tmp_path]))


# -- speed ------------------------------------------------------------------------------------
def test_one_pass_grows_linearly() -> None:
    """Ten times the text is about ten times the work (a ratio of CPU time; no seconds asserted)."""
    from growth import growth, order

    one = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))) + "\n"
    per_copy = len(find_places(one))      # also builds the gazetteer before timing
    small, large = one * 2, one * 20       # about 1 MB
    assert order(growth(lambda: find_places(small), lambda: find_places(large), repeat=2)) < 1.5
    assert len(find_places(large)) == 20 * per_copy > 0
