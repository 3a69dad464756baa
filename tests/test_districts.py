"""The district-level gazetteer (patterns/districts.toml) as dtextract.places finds it."""
from __future__ import annotations

from pathlib import Path

import pytest

from dtextract import patterns
from dtextract.errors import PatternError
from dtextract.places import canonical, district_provinces, find_places, gazetteer


def districts(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.name, m.text, m.provinces) for m in find_places(text) if m.level == "district"]


def one(text: str) -> tuple[str, str, tuple[str, ...]]:
    found = districts(text)
    assert len(found) == 1, found
    return found[0]


# (text, district name, mention text, its provinces)
LOOKUPS = [
    # provincial cities, towns and districts with their prefixes, in any case
    ("UBND thành phố Đà Lạt cho biết", "Đà Lạt", "thành phố Đà Lạt", ("Lâm Đồng",)),
    ("UBND TP Đà Lạt cho biết", "Đà Lạt", "TP Đà Lạt", ("Lâm Đồng",)),
    ("UBND TP. Bảo Lộc", "Bảo Lộc", "TP. Bảo Lộc", ("Lâm Đồng",)),
    ("các xã của TX.Bến Cát", "Bến Cát", "TX.Bến Cát", ("Bình Dương",)),
    ("thị xã Hoài Nhơn", "Hoài Nhơn", "thị xã Hoài Nhơn", ("Bình Định",)),
    ("HUYỆN MÈO VẠC", "Mèo Vạc", "HUYỆN MÈO VẠC", ("Hà Giang",)),
    ("Huyện Mộc Châu", "Mộc Châu", "Huyện Mộc Châu", ("Sơn La",)),
    ("quận Ninh Kiều", "Ninh Kiều", "quận Ninh Kiều", ("Cần Thơ",)),
    ("quận Hải Châu", "Hải Châu", "quận Hải Châu", ("Đà Nẵng",)),
    ("huyện đảo Lý Sơn", "Lý Sơn", "huyện đảo Lý Sơn", ("Quảng Ngãi",)),
    ("huyện đảo Cô Tô", "Cô Tô", "huyện đảo Cô Tô", ("Quảng Ninh",)),
    ("thành phố Thủ Đức", "Thủ Đức", "thành phố Thủ Đức", ("TP. Hồ Chí Minh",)),
    ("thành phố Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm", "thành phố Phan Rang - Tháp Chàm", ("Ninh Thuận",)),
    ("TP Phan Rang–Tháp Chàm", "Phan Rang - Tháp Chàm", "TP Phan Rang–Tháp Chàm", ("Ninh Thuận",)),
    # numbered urban districts only after "quận"
    ("tại Quận 1", "Quận 1", "Quận 1", ("TP. Hồ Chí Minh",)),
    ("quận 12 có 11 phường", "Quận 12", "quận 12", ("TP. Hồ Chí Minh",)),
    # distinctive names stand alone
    ("du khách đến Sa Pa", "Sa Pa", "Sa Pa", ("Lào Cai",)),
    ("phố cổ Hội An", "Hội An", "Hội An", ("Quảng Nam",)),
    ("đặc khu Phú Quốc", "Phú Quốc", "Phú Quốc", ("Kiên Giang",)),
    ("vịnh Hạ Long", "Hạ Long", "Hạ Long", ("Quảng Ninh",)),
    ("các xã của huyện Dầu Tiếng", "Dầu Tiếng", "huyện Dầu Tiếng", ("Bình Dương",)),
    ("các huyện Bàu Bàng", "Bàu Bàng", "huyện Bàu Bàng", ("Bình Dương",)),
    ("cà phê Buôn Ma Thuột", "Buôn Ma Thuột", "Buôn Ma Thuột", ("Đắk Lắk",)),
    ("sân bay Long Thành", "Long Thành", "Long Thành", ("Đồng Nai",)),
    ("biển Nha Trang", "Nha Trang", "Nha Trang", ("Khánh Hòa",)),
    # the look-alike eth (U+00D0) and old tone placement
    ("Ðà Lạt: tỷ lệ", "Đà Lạt", "Ðà Lạt", ("Lâm Đồng",)),
    ("huyện Thọ Xuân", "Thọ Xuân", "huyện Thọ Xuân", ("Thanh Hóa",)),
    ("thị xã Điện Bàn", "Điện Bàn", "thị xã Điện Bàn", ("Quảng Nam",)),
    ("huyện Ứng Hoà", "Ứng Hòa", "huyện Ứng Hoà", ("Hà Nội",)),
    # names that are also persons' names count after their prefix
    ("huyện Văn Lâm", "Văn Lâm", "huyện Văn Lâm", ("Hưng Yên",)),
    ("huyện Kim Động", "Kim Động", "huyện Kim Động", ("Hưng Yên",)),
    ("huyện Thanh Hà", "Thanh Hà", "huyện Thanh Hà", ("Hải Dương",)),
    ("huyện Trần Văn Thời", "Trần Văn Thời", "huyện Trần Văn Thời", ("Cà Mau",)),
    ("huyện Đức Trọng", "Đức Trọng", "huyện Đức Trọng", ("Lâm Đồng",)),
    # names that are also provinces' names: the prefix makes the district
    ("huyện Hòa Bình", "Hòa Bình", "huyện Hòa Bình", ("Bạc Liêu",)),
    ("huyện Quảng Ninh", "Quảng Ninh", "huyện Quảng Ninh", ("Quảng Bình",)),
    ("thị xã Phú Thọ", "Phú Thọ", "thị xã Phú Thọ", ("Phú Thọ",)),
    ("thị xã Quảng Trị", "Quảng Trị", "thị xã Quảng Trị", ("Quảng Trị",)),
    # a longer district name wins over the province it begins with
    ("thành phố Điện Biên Phủ", "Điện Biên Phủ", "thành phố Điện Biên Phủ", ("Điện Biên",)),
    ("huyện Điện Biên Đông", "Điện Biên Đông", "huyện Điện Biên Đông", ("Điện Biên",)),
    # districts whose province was merged away in 2025 keep their pre-2025 province here
    ("huyện Lục Ngạn", "Lục Ngạn", "huyện Lục Ngạn", ("Bắc Giang",)),
    ("thành phố Tuy Hòa", "Tuy Hòa", "thành phố Tuy Hòa", ("Phú Yên",)),
    ("huyện Côn Đảo", "Côn Đảo", "huyện Côn Đảo", ("Bà Rịa - Vũng Tàu",)),
    ("thành phố Thủ Dầu Một", "Thủ Dầu Một", "thành phố Thủ Dầu Một", ("Bình Dương",)),
    ("thành phố Quy Nhơn", "Quy Nhơn", "thành phố Quy Nhơn", ("Bình Định",)),
    ("huyện Phụng Hiệp", "Phụng Hiệp", "huyện Phụng Hiệp", ("Hậu Giang",)),
]


@pytest.mark.parametrize(("text", "name", "mention", "provinces"), LOOKUPS)
def test_district_lookup(text: str, name: str, mention: str, provinces: tuple[str, ...]) -> None:
    assert one(text) == (name, mention, provinces)


def test_there_are_at_least_forty_lookups() -> None:
    assert len(LOOKUPS) >= 40


@pytest.mark.parametrize("text", [
    "ông Nguyễn Văn Lâm phát biểu",          # a person, and the name is not bare
    "chị Thanh Hà cho biết",
    "anh Đức Trọng",
    "đường Hai Bà Trưng",                    # a street named after the Trưng sisters
    "phía Bắc Hà Nội",                       # not Bắc Hà of Lào Cai
    "mỗi thành phố 3 triệu dân",             # a number after "thành phố" is no district
    "quận 10.000 người",
    "Quận ủy Ba Đình",                        # (Ba Đình is found, not a 'Quận ủy' district)
])
def test_no_false_district(text: str) -> None:
    found = districts(text)
    if text.startswith("Quận ủy"):
        assert [d[0] for d in found] == ["Ba Đình"]
    else:
        assert found == []


def test_province_names_stay_provinces() -> None:
    found = [(m.name, m.text, m.level) for m in find_places("tỉnh Hòa Bình, Hòa Bình, thành phố Hà Tĩnh")]
    assert found == [("Hòa Bình", "tỉnh Hòa Bình", "province"), ("Hòa Bình", "Hòa Bình", "province"),
                     ("Hà Tĩnh", "thành phố Hà Tĩnh", "province")]


def test_a_person_before_a_bare_district_is_no_place() -> None:
    assert districts("bà Nguyễn Thị Hội An") == []


@pytest.mark.parametrize(("name", "count"), [("Châu Thành", 10), ("Phú Tân", 2)])
def test_shared_names_name_every_province(name: str, count: int) -> None:
    assert len(district_provinces(name)) == count
    mention = one(f"huyện {name}")
    assert mention[2] == district_provinces(name)
    assert find_places(f"huyện {name}")[0].province is None   # a shared name implies no province


@pytest.mark.parametrize(("text", "provinces"), [
    ("huyện Tân Phú", ("Đồng Nai",)), ("quận Tân Phú", ("TP. Hồ Chí Minh",)),
    ("thị xã Sơn Tây", ("Hà Nội",)), ("huyện Sơn Tây", ("Quảng Ngãi",))])
def test_the_level_word_of_a_shared_name_says_whose_it_is(text: str, provinces: tuple[str, ...]) -> None:
    # (Đồng Nai's Tân Phú is a huyện, TP Hồ Chí Minh's a quận; Hà Nội's Sơn Tây a thị xã, Quảng Ngãi's a huyện)
    assert len(district_provinces(text.split()[-2] + " " + text.split()[-1])) == 2
    assert one(text)[2] == provinces


def test_districts_can_be_left_out() -> None:
    assert [m.level for m in find_places("huyện Văn Lâm, tỉnh Hưng Yên", districts=False)] == ["province"]


def test_canonical_names_districts_when_asked() -> None:
    assert canonical("TP Đà Lạt", districts=True) == "Đà Lạt"
    assert canonical("huyện văn lâm", districts=True) == "Văn Lâm"
    assert canonical("Đà Lạt") is None               # provinces only by default
    assert canonical("Atlantis", districts=True) is None


def test_every_district_province_is_a_pre2025_province() -> None:
    gaz = gazetteer()
    raw = patterns.load().raw("districts")
    assert len(raw) == 63
    for province in raw:
        assert "pre2025" in gaz[province].era


def test_about_seven_hundred_units() -> None:
    ps = patterns.load()
    from dtextract.places import DistrictEntry
    units = sum(len(e.names()) for e in ps.entries("districts", DistrictEntry).values())
    assert 680 <= units <= 760


def test_a_user_layer_refuses_an_unknown_province(tmp_path: Path) -> None:
    (tmp_path / "districts.toml").write_text('["Atlantis"]\nrural = ["Thành Cổ"]\nexamples = ["huyện Thành Cổ"]\n',
                                             encoding="utf-8")
    with pytest.raises(PatternError, match="not a pre-2025 province"):
        find_places("huyện Thành Cổ", patterns=patterns.load([tmp_path]))


def test_a_user_layer_adds_a_district(tmp_path: Path) -> None:
    (tmp_path / "districts.toml").write_text('["Lâm Đồng"]\ncities = ["Đà Lạt", "Bảo Lộc"]\n'
                                             'rural = ["Thung Lũng"]\nbare = ["Đà Lạt"]\n'
                                             'examples = ["huyện Thung Lũng"]\n', encoding="utf-8")
    ps = patterns.load([tmp_path])
    assert [(m.name, m.provinces) for m in find_places("huyện Thung Lũng", patterns=ps)] == [
        ("Thung Lũng", ("Lâm Đồng",))]


def test_a_list_of_bare_districts_after_one_prefix() -> None:
    assert [d[0] for d in districts("các huyện Dầu Tiếng, Bàu Bàng và Phú Giáo")] == ["Dầu Tiếng", "Bàu Bàng",
                                                                                     "Phú Giáo"]
