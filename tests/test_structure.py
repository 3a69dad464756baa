"""Attachment by structure (issue: read the article's structure and attach context by it).

Each fact is checked on sentences written for these tests (not taken from the
development articles), at least ten per fact. A case names the figure by its
value and lists the fields it must have; ``None`` means the field is absent.
"""
from __future__ import annotations

import pytest

import dtextract
from dtextract import context
from dtextract.structure import Structure

PUBLISHED = "2024-07-15"


def _figure(text: str, value: float):
    doc = dtextract.extract(text, published=PUBLISHED)
    hits = [f for f in doc.figures if abs(f.value - value) <= 1e-9 * max(1.0, abs(value))]
    assert hits, f"no figure {value} in {text!r}: {[(f.text, f.value) for f in doc.figures]}"
    return hits[0], doc


def _check(text: str, value: float, want: dict) -> None:
    fig, _ = _figure(text, value)
    for field, expected in want.items():
        if field.startswith(("change_", "target_", "period_")):
            group, key = field.split("_", 1)
            obj = getattr(fig, group)
            got = getattr(obj, key) if obj is not None else None
            got = got.isoformat() if hasattr(got, "isoformat") else got
        else:
            got = getattr(fig, field)
        if isinstance(expected, str) and isinstance(got, str):
            assert got.lower() == expected.lower(), f"{field} of {value} in {text!r}: {got!r} != {expected!r}"
        else:
            assert got == expected, f"{field} of {value} in {text!r}: {got!r} != {expected!r}"


# 1. List items take the list's indicator; an item that is a place is the location, never the subject.
LISTS = [
    ("Tỷ lệ giải ngân vốn đầu tư công cao nhất thuộc về Bắc Ninh (92,1%), Hà Nam (88,4%) và Ninh Bình (85,2%).",
     88.4, {"subject": "tỷ lệ giải ngân vốn đầu tư công cao nhất", "location": "Hà Nam"}),
    ("Tỷ lệ giải ngân vốn đầu tư công cao nhất thuộc về Bắc Ninh (92,1%), Hà Nam (88,4%) và Ninh Bình (85,2%).",
     85.2, {"subject": "tỷ lệ giải ngân vốn đầu tư công cao nhất", "location": "Ninh Bình"}),
    ("Về doanh thu du lịch, Quảng Ninh dẫn đầu với 32.000 tỷ đồng; tiếp đến là Lâm Đồng với 21.500 tỷ đồng.",
     21500e9, {"subject": "doanh thu du lịch", "location": "Lâm Đồng"}),
    ("Kim ngạch nhập khẩu của các tỉnh: Bình Dương 4,1 tỷ USD, Đồng Nai 3,6 tỷ USD, Long An 2,2 tỷ USD.",
     3.6e9, {"subject": "kim ngạch nhập khẩu", "location": "Đồng Nai"}),
    ("Kim ngạch nhập khẩu của các tỉnh: Bình Dương 4,1 tỷ USD, Đồng Nai 3,6 tỷ USD, Long An 2,2 tỷ USD.",
     2.2e9, {"subject": "kim ngạch nhập khẩu", "location": "Long An"}),
    ("Các địa phương dẫn đầu về chỉ số PAR INDEX năm 2023 là Hải Phòng (91,2 điểm), Quảng Ninh (90,8 điểm).",
     90.8, {"subject": "chỉ số PAR INDEX", "location": "Quảng Ninh"}),
    ("Tốc độ tăng trưởng GRDP quý I của một số tỉnh: Hà Tĩnh (9,8%), Nghệ An (8,7%), Thanh Hóa (7,6%).",
     8.7, {"subject": "tốc độ tăng trưởng GRDP", "location": "Nghệ An"}),   # the quarter is the period
    ("Vốn FDI đăng ký mới đạt 2,1 tỷ USD, trong đó Singapore 800 triệu USD, Nhật Bản 500 triệu USD.",
     500e6, {"subject": "vốn FDI đăng ký mới của Nhật Bản"}),
    ("Vốn FDI đăng ký mới đạt 2,1 tỷ USD, trong đó Singapore 800 triệu USD, Nhật Bản 500 triệu USD.",
     800e6, {"subject": "vốn FDI đăng ký mới của Singapore"}),
    ("Sản lượng lúa vụ đông xuân tăng ở nhiều tỉnh. Tiếp đến là Kiên Giang với 1,9 triệu tấn.",
     1.9e6, {"location": "Kiên Giang"}),
    ("Năm 2023, tổng số người tham gia BHYT tăng mạnh; Thái Bình là 1.723.400 người, Nam Định là 1.650.200 người.",
     1650200, {"subject": "người tham gia BHYT", "location": "Nam Định"}),
]


@pytest.mark.parametrize("text,value,want", LISTS)
def test_list_items_share_the_indicator(text, value, want):
    _check(text, value, want)


# 2. Topic and back-reference give the subject; a bracketed figure with its own verb takes its host's
#    indicator and keeps its own status.
TOPICS = [
    ("Tỷ lệ hộ nghèo của tỉnh cuối năm 2023 là 3,1%. Năm 2022, tỷ lệ này là 4,4%.",
     4.4, {"subject": "tỷ lệ hộ nghèo của tỉnh"}),
    ("Tỷ trọng kinh tế số trong GRDP năm 2023 đạt 12,5% (tỷ trọng này năm 2020 là 8,1%).",
     8.1, {"subject": "tỷ trọng kinh tế số trong GRDP"}),
    ("Doanh thu bán lẻ tháng 5 ước đạt 8.200 tỷ đồng (tháng 4 đạt 7.900 tỷ đồng), tăng 3,8% so với tháng trước.",
     7900e9, {"subject": "doanh thu bán lẻ", "status": "actual"}),
    ("Doanh thu bán lẻ tháng 5 ước đạt 8.200 tỷ đồng (tháng 4 đạt 7.900 tỷ đồng), tăng 3,8% so với tháng trước.",
     8200e9, {"subject": "doanh thu bán lẻ", "status": "estimate", "change_value": 3.8}),
    ("Thu ngân sách quý II ước đạt 3.100 tỷ đồng (quý I đạt 2.650 tỷ đồng), bằng 52% dự toán.",
     2650e9, {"subject": "thu ngân sách", "status": "actual"}),
    ("Thu ngân sách quý II ước đạt 3.100 tỷ đồng (quý I đạt 2.650 tỷ đồng), bằng 52% dự toán.",
     3100e9, {"status": "estimate", "percent": 52}),
    ("Sản lượng điện thương phẩm ước đạt 2.450 triệu kWh (cùng kỳ năm trước là 2.210 triệu kWh).",
     2210e6, {"subject": "sản lượng điện thương phẩm", "status": "actual"}),
    ("Chỉ số PCI năm 2023 của tỉnh đạt 68,2 điểm. Tuy vậy, chỉ số này năm 2022 chỉ đạt 66,5 điểm.",
     66.5, {"subject": "chỉ số PCI"}),
    ("Giá trị sản xuất công nghiệp ước đạt 41.000 tỷ đồng (năm 2022 đạt 37.800 tỷ đồng).",
     37800e9, {"subject": "giá trị sản xuất công nghiệp", "status": "actual"}),
    ("Vốn đầu tư toàn xã hội ước đạt 15.600 tỷ đồng (6 tháng đầu năm 2023 đạt 14.200 tỷ đồng), tăng 9,9%.",
     15600e9, {"change_value": 9.9, "status": "estimate"}),
    ("Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 8% (quý I đạt 1,1 tỷ USD).",
     1.1e9, {"subject": "kim ngạch xuất khẩu", "status": "actual"}),
]


@pytest.mark.parametrize("text,value,want", TOPICS)
def test_topic_back_reference_and_bracket_host(text, value, want):
    _check(text, value, want)


# 3. Attributes reach their figure across a bracket; change verbs, share forms and targets.
ATTRIBUTES = [
    ("Doanh thu ước đạt 520 tỷ đồng (tháng trước đạt 480 tỷ đồng), tăng 8,3% so với tháng trước.",
     520e9, {"change_value": 8.3, "change_direction": "increase"}),
    ("Tổng thu ngân sách đạt 9.400 tỷ đồng, tăng trưởng 12% so với cùng kỳ.",
     9400e9, {"change_value": 12, "change_direction": "increase"}),
    ("Tỷ lệ che phủ rừng đạt 54,2%, cao hơn 0,3% so với năm 2022.",
     54.2, {"change_value": 0.3, "change_direction": "increase"}),
    ("Số ca mắc sốt xuất huyết là 1.240 ca, thấp hơn 15% so với cùng kỳ.",
     1240, {"change_value": 15, "change_direction": "decrease"}),
    ("Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98,1%, vượt 1,1% so với kế hoạch.",
     98.1, {"change_value": 1.1, "change_direction": "increase"}),
    ("Trung tâm đã giải quyết 2.410/2.500 hồ sơ (tỷ lệ 96,4%).",
     2410, {"total": 2500, "percent": 96.4}),
    ("Doanh thu du lịch đạt 4.800 tỷ đồng, tăng 11% so với cùng kỳ và đạt 61,5% kế hoạch năm.",
     4800e9, {"percent": 61.5, "change_value": 11}),
    ("Toàn tỉnh có 1.120.500 người tham gia BHYT, đạt tỷ lệ bao phủ 93,4% dân số.",
     1120500, {"percent": 93.4}),
    ("Số người tham gia BHXH là 250.300 người, thấp hơn 0,6% so với chỉ tiêu được giao (36,2%).",
     250300, {"change_value": 0.6, "target_value": 36.2, "target_met": False}),
    ("Số người tham gia BHTN là 210.000 người, cao hơn 0,3% so với chỉ tiêu được giao (33%).",
     210000, {"target_value": 33, "target_met": True}),
    ("Kim ngạch xuất khẩu ước đạt 95 triệu USD, đạt 63,3% so kế hoạch (150 triệu USD).",
     95e6, {"percent": 63.3, "target_value": 150e6}),
]


@pytest.mark.parametrize("text,value,want", ATTRIBUTES)
def test_attributes_by_structure(text, value, want):
    _check(text, value, want)


# 4. A growth rate that is itself the claim has no change; one attribute of each kind per figure.
GROWTH = [
    ("Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 6,8% so với năm 2023.", 6.8, {"change": None, "kind": "percent"}),
    ("Chỉ số giá tiêu dùng tháng 6 tăng 0,4% so với tháng trước.", 0.4, {"change": None}),
    ("Tốc độ tăng trưởng kinh tế đạt 7,1%, tăng 0,9% so với năm trước.", 7.1, {"change": None}),
    ("Tốc độ tăng trưởng kinh tế đạt 7,1%, tăng 0,9% so với năm trước.", 0.9, {"change": None, "kind": "percent"}),
    ("Khu vực công nghiệp - xây dựng tăng 9,2%; khu vực dịch vụ tăng 6,5%.", 6.5, {"change": None}),
    ("Chỉ số sản xuất công nghiệp giảm 2,3% so với cùng kỳ.", 2.3, {"change": None}),
    ("Sản lượng thủy sản đạt 120.000 tấn, tăng 2% so với tháng trước và tăng 5% so với cùng kỳ.",
     120000, {"change_value": 2}),
    ("Sản lượng thủy sản đạt 120.000 tấn, tăng 2% so với tháng trước và tăng 5% so với cùng kỳ.",
     5, {"kind": "percent", "change": None}),
    ("Thu ngân sách đạt 2.100 tỷ đồng, bằng 48% dự toán, bằng 112% cùng kỳ.", 2100e9, {"percent": 48}),
    ("Thu ngân sách đạt 2.100 tỷ đồng, bằng 48% dự toán, bằng 112% cùng kỳ.", 112, {"kind": "percent"}),
    ("CPI bình quân 6 tháng tăng 3,9% so với cùng kỳ.", 3.9, {"change": None}),
]


@pytest.mark.parametrize("text,value,want", GROWTH)
def test_growth_rate_is_the_claim_and_one_attribute_each(text, value, want):
    _check(text, value, want)


# 5. Parts of a whole.
PARTS = [
    ("Toàn tỉnh có 320 hợp tác xã; trong đó 210 hợp tác xã nông nghiệp; 110 hợp tác xã phi nông nghiệp.",
     110, {"total": 320}),
    ("Huyện tiếp nhận 8.400 hồ sơ. Trong đó có 5.100 hồ sơ trực tuyến.", 5100, {"total": 8400}),
    ("Trường có 60 học sinh đạt giải (12 giải Nhất, 20 giải Nhì, 28 giải Ba).", 28, {"total": 60}),
    ("Trường có 60 học sinh đạt giải (12 giải Nhất, 20 giải Nhì, 28 giải Ba).", 12, {"total": 60}),
    ("Trong 30 chỉ tiêu chủ yếu, có 26 chỉ tiêu đạt và vượt kế hoạch.", 26, {"total": 30}),
    ("Trong tổng số 45 dự án, có 12 dự án chậm tiến độ.", 12, {"total": 45}),
    ("Đoàn gồm 40 vận động viên, gồm 22 nam và 18 nữ.", 18, {"total": 40}),
    ("Xã có 1.200 hộ, trong đó có 85 hộ nghèo; 130 hộ cận nghèo được hỗ trợ.", 85, {"total": 1200}),
    ("Xã có 1.200 hộ, trong đó có 85 hộ nghèo; 130 hộ cận nghèo được hỗ trợ.", 130, {"total": None}),
    ("Tỉnh cấp mới 150 dự án (tăng 20 dự án so với năm trước).", 150, {"change_value": 20}),
    ("Tổng vốn đạt 5.000 tỷ đồng, giảm 2%; trong đó vốn ngân sách 1.800 tỷ đồng; vốn doanh nghiệp 3.200 tỷ đồng.",
     3200e9, {"total": 5000e9}),
]


@pytest.mark.parametrize("text,value,want", PARTS)
def test_parts_of_a_whole(text, value, want):
    _check(text, value, want)


# 6. Status governs its clause and the clauses that continue it; a bracket with its own verb resets it.
STATUS = [
    ("GRDP ước tăng 7%. Trong đó, khu vực dịch vụ tăng 6,1%; khu vực công nghiệp tăng 8,2%.", 8.2, {"status": "estimate"}),
    ("Năm 2025 dự kiến có 12 xã đạt chuẩn nông thôn mới.", 12, {"status": "forecast"}),
    ("Có 9 chỉ tiêu dự kiến đạt kế hoạch năm.", 9, {"status": "forecast"}),
    ("Doanh thu ước đạt 300 tỷ đồng (tháng trước đạt 280 tỷ đồng).", 280e9, {"status": "actual"}),
    ("Doanh thu ước đạt 300 tỷ đồng (tháng trước đạt 280 tỷ đồng).", 300e9, {"status": "estimate"}),
    ("Phấn đấu đến năm 2030 có 80% dân số có danh tính số.", 80, {"status": "target"}),
    ("Thu nội địa ước đạt 1.200 tỷ đồng; thu từ hoạt động xuất nhập khẩu đạt 300 tỷ đồng.",
     300e9, {"status": "actual"}),
    ("Sản lượng cà phê dự báo đạt 1,7 triệu tấn.", 1.7e6, {"status": "forecast"}),
    ("Lượng khách ước tính đạt 2,3 triệu lượt (cùng kỳ là 2 triệu lượt).", 2e6, {"status": "actual"}),
    ("Lượng khách ước tính đạt 2,3 triệu lượt (cùng kỳ là 2 triệu lượt).", 2.3e6, {"status": "estimate"}),
    ("Tỉnh có 4.500 doanh nghiệp đang hoạt động.", 4500, {"status": "actual"}),
]


@pytest.mark.parametrize("text,value,want", STATUS)
def test_status_scope(text, value, want):
    _check(text, value, want)


# 7. An elided unit comes from the subject's head noun or a parallel figure.
ELIDED = [
    ("Tổng số thuê bao đạt 8,2 triệu thuê bao; thuê bao di động là 7,5 triệu.", 7.5e6, {"unit": "thuê bao"}),
    ("Doanh thu dịch vụ đạt 3.400 tỷ đồng; doanh thu hàng hóa đạt 1.250 tỷ.", 1250e9, {"unit": "đồng", "kind": "money"}),
    ("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, nhập khẩu đạt 1,8 tỷ.", 1.8e9, {"unit": "USD"}),
    ("Số tài khoản định danh đạt 1,1 triệu tài khoản, trong đó tài khoản mức 2 là 0,7 triệu.", 0.7e6,
     {"unit": "tài khoản"}),
    ("Cả nước có 5,3 triệu hộ kinh doanh; hộ kinh doanh có đăng ký thuế là 2,1 triệu.", 2.1e6, {"unit": "hộ kinh doanh"}),
    ("Thu ngân sách đạt 12.300 tỷ đồng; chi ngân sách đạt 10.100 tỷ.", 10100e9, {"unit": "đồng"}),
    ("Số lượt khách đạt 3,2 triệu lượt khách; lượt khách quốc tế là 0,4 triệu.", 0.4e6, {"unit": "lượt khách"}),
    ("Dư nợ tín dụng đạt 85.000 tỷ đồng, tăng 2.100 tỷ so với đầu năm.", 85000e9, {"change_value": 2100e9}),
    ("Số thuê bao băng rộng cố định đạt 22 triệu thuê bao, tăng 1,5 triệu so với cùng kỳ.", 22e6,
     {"change_value": 1.5e6, "change_unit": "thuê bao"}),
    ("Vốn điều lệ đăng ký mới đạt 1.500 tỷ đồng; vốn tăng thêm đạt 620 tỷ.", 620e9, {"unit": "đồng"}),
]


@pytest.mark.parametrize("text,value,want", ELIDED)
def test_elided_units(text, value, want):
    _check(text, value, want)


def test_a_bare_number_without_multiplier_gets_no_unit_from_a_neighbour():
    doc = dtextract.extract("Doanh thu đạt 3.400 tỷ đồng; mã số 1250.", published=PUBLISHED)
    assert all(f.value != 1250 for f in doc.figures)


# 8. Rates per population: measure, the denominator part of the unit and never a figure.
RATES = [
    ("Năm 2023, tỉnh đạt 31,5 giường bệnh/1 vạn dân.", 31.5, {"kind": "measure", "unit": "giường bệnh/1 vạn dân"}),
    ("Tỉnh có 12,4 bác sĩ/vạn dân.", 12.4, {"kind": "measure", "unit": "bác sĩ/vạn dân"}),
    ("Mật độ doanh nghiệp đạt 1,2 doanh nghiệp trên 1.000 dân.", 1.2, {"kind": "measure", "total": None}),
    ("Tỷ lệ tử vong mẹ là 28 ca trên 100.000 trẻ sơ sinh sống.", 28, {"kind": "measure"}),
    ("Đạt 0,95 doanh nghiệp công nghệ số trên 1.000 dân.", 0.95, {"unit": "doanh nghiệp/1.000 dân"}),
    ("Tỉnh có 2,8 dược sĩ đại học/1 vạn dân.", 2.8, {"kind": "measure"}),
    ("Số thuê bao internet đạt 85 thuê bao/100 dân.", 85, {"kind": "measure", "unit": "thuê bao/100 dân"}),
    ("Năm nay đạt 35 giường bệnh trên 1 vạn dân, tăng 1,5 giường so với năm trước.", 35, {"kind": "measure"}),
    ("Tỉnh đạt 10 nhân viên y tế/1.000 dân.", 10, {"kind": "measure", "total": None}),
    ("Chỉ tiêu 14 bác sĩ/1 vạn dân được giao cho năm 2025.", 14, {"kind": "measure"}),
]


@pytest.mark.parametrize("text,value,want", RATES)
def test_rates_per_population(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text,denominator", [
    ("Năm 2023, tỉnh đạt 31,5 giường bệnh/1 vạn dân.", 10000),
    ("Mật độ doanh nghiệp đạt 1,2 doanh nghiệp trên 1.000 dân.", 1000),
    ("Số thuê bao internet đạt 85 thuê bao/100 dân.", 100),
    ("chỉ tiêu số bác sĩ/1 vạn dân đạt kế hoạch", 10000),
    ("tỷ suất chết trên 100.000 dân giảm", 100000),
])
def test_a_rate_denominator_is_never_a_figure(text, denominator):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert all(f.value not in (denominator, 1) for f in doc.figures), [(f.text, f.value) for f in doc.figures]


# 9. Subject spans keep coordinated nouns and a counted noun's predicate; never a number or a place.
SUBJECT_SPANS = [
    ("Năm 2023 có 14 địa phương đạt chuẩn chuyển đổi số cấp tỉnh.", 14,
     {"subject": "địa phương đạt chuẩn chuyển đổi số cấp tỉnh"}),
    ("Có 6 bộ, cơ quan ngang bộ chưa hoàn thành kế hoạch.", 6, {"subject": "bộ, cơ quan ngang bộ chưa hoàn thành kế hoạch"}),
    ("Có 8/10 huyện, thị xã đạt chuẩn phổ cập giáo dục.", 8, {"subject": "huyện, thị xã đạt chuẩn phổ cập giáo dục"}),
    ("Khu vực công nghiệp - xây dựng tăng 10,2%.", 10.2, {"subject": "Khu vực công nghiệp - xây dựng"}),
    ("Tỉnh Nghệ An có 21 xã đạt chuẩn nông thôn mới.", 21, {"location": "Nghệ An"}),
    ("Bảo hiểm bắt buộc: 150.400 người; bảo hiểm tự nguyện: 20.100 người.", 20100,
     {"subject": "người bảo hiểm tự nguyện"}),
    ("Thu nội địa: 4.200 tỷ đồng.", 4200e9, {"subject": "Thu nội địa"}),
    ("Doanh thu du lịch của tỉnh đạt 3.200 tỷ đồng.", 3200e9, {"subject": "doanh thu du lịch của tỉnh"}),
    ("Kim ngạch xuất khẩu của Bắc Giang đạt 24 tỷ USD.", 24e9, {"location": "Bắc Giang"}),
    ("Có 25 trường đạt chuẩn quốc gia trong năm.", 25, {"subject": "trường đạt chuẩn quốc gia trong năm"}),
    ("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,1%.", 8.1, {"subject": "Tổng sản phẩm trên địa bàn (GRDP)"}),
    # the clause stops at the year's number: the period word before it is no part of what is counted
    ("Toàn huyện có 1.250 hộ nghèo năm 2023 thoát nghèo.", 1250, {"subject": "hộ nghèo"}),
    ("Tỉnh giảm được 2.500 hộ nghèo trong năm 2024.", 2500, {"subject": "hộ nghèo"}),
    ("Xã có 120 hộ trồng cây lâu năm và 40 hộ nuôi cá.", 120, {"subject": "hộ trồng cây lâu năm"}),
    # `ở`, `vào` open where and when, not what a classifier counts
    ("Lượng khách đạt 1,2 triệu lượt và 800.000 lượt ở Cửa Lò.", 800000, {"unit": "lượt"}),
    ("Di tích đón 3.500 lượt vào dịp nghỉ lễ.", 3500, {"unit": "lượt"}),
]

# 9b. `lần lượt` pairs the items of the list before it with the figures after it, in order.
RESPECTIVELY = [
    ("Năm 2024, kim ngạch xuất khẩu và nhập khẩu của tỉnh lần lượt đạt 5,2 tỷ USD và 4,1 tỷ USD.", 5.2e9,
     {"subject": "kim ngạch xuất khẩu"}),
    ("Năm 2024, kim ngạch xuất khẩu và nhập khẩu của tỉnh lần lượt đạt 5,2 tỷ USD và 4,1 tỷ USD.", 4.1e9,
     {"subject": "kim ngạch nhập khẩu"}),
    ("Số học sinh tiểu học, trung học cơ sở và trung học phổ thông lần lượt là 250.000, 180.000 và 90.000 em.",
     90000, {"subject": "Số học sinh trung học phổ thông"}),
    ("Tiền lương bình quân của lao động nam và lao động nữ lần lượt là 9,6 triệu đồng và 7,1 triệu đồng.", 7.1e6,
     {"subject": "Tiền lương bình quân của lao động nữ"}),
    ("Cà chua và dưa leo có giá lần lượt là 12.000 đồng/kg và 15.000 đồng/kg.", 15000,
     {"subject": "giá dưa leo", "unit": "đồng/kg"}),
    ("Tỷ trọng công nghiệp, dịch vụ, nông, lâm nghiệp và thủy sản lần lượt là 44,8%, 31,5% và 23,7%.", 31.5,
     {"subject": "Tỷ trọng dịch vụ"}),
    ("Tỷ trọng công nghiệp, dịch vụ, nông, lâm nghiệp và thủy sản lần lượt là 44,8%, 31,5% và 23,7%.", 23.7,
     {"subject": "Tỷ trọng nông, lâm nghiệp và thủy sản"}),
    ("Theo Sở Công Thương, các nhóm thủy sản, rau quả và cà phê lần lượt đạt 300 triệu USD, 120 triệu USD và "
     "95 triệu USD.", 120e6, {"subject": "các nhóm rau quả"}),
    # places are the location, and the list's indicator stays the subject
    ("Tỷ lệ hộ nghèo của huyện Quỳ Hợp và huyện Tương Dương lần lượt là 12,5% và 10,2%.", 10.2,
     {"subject": "Tỷ lệ hộ nghèo", "location": "Tương Dương"}),
    # more items than figures: `và` parts the list, the items before it go together
    ("Dư nợ cho vay xuất khẩu, nhập khẩu và tiêu dùng lần lượt là 1.200 tỷ đồng và 800 tỷ đồng.",
     1200e9, {"subject": "Dư nợ cho vay xuất khẩu, nhập khẩu"}),
    ("Dư nợ cho vay xuất khẩu, nhập khẩu và tiêu dùng lần lượt là 1.200 tỷ đồng và 800 tỷ đồng.",
     800e9, {"subject": "Dư nợ tiêu dùng"}),
    # as many items as figures: each its own, a pair said as one (`hộ nghèo, hộ cận nghèo`) too
    ("Dư nợ cho vay hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo lần lượt là 1.200 tỷ đồng, 900 tỷ đồng và 800 tỷ "
     "đồng.", 900e9, {"subject": "Dư nợ cho vay hộ cận nghèo"}),
]


@pytest.mark.parametrize("text,value,want", RESPECTIVELY)
def test_respectively_pairs_items_with_figures(text, value, want):
    _check(text, value, want)


def test_respectively_needs_only_figures_between_the_cue_and_the_figure():
    text = "Kim ngạch xuất khẩu và nhập khẩu lần lượt tăng mạnh, riêng tháng 5 đạt 4,1 tỷ USD."
    fig, _ = _figure(text, 4.1e9)
    assert fig.subject.lower() != "kim ngạch nhập khẩu"


@pytest.mark.parametrize("text,value,want", SUBJECT_SPANS)
def test_subject_spans(text, value, want):
    _check(text, value, want)


def test_a_subject_is_never_a_place_or_a_number():
    texts = [t for t, _, _ in LISTS + SUBJECT_SPANS + TOPICS]
    for text in texts:
        doc = dtextract.extract(text, published=PUBLISHED)
        for f in doc.figures:
            if f.subject:
                assert any(c.isalpha() for c in f.subject), (text, f.subject)
                if f.location and f.location != "Việt Nam":
                    assert f.subject.strip().lower() != f.location.lower(), (text, f.subject)


# 10. Not figures.
NOT_FIGURES = [
    ("Có 9 địa phương tăng trưởng 2 chữ số trong năm.", 2),
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 12,1%.", 5),
    ("Chương trình hỗ trợ người từ 75 tuổi trở lên.", 75),
    ("Trụ sở đặt tại 88 Phố Huế, Hà Nội.", 88),
    ("Địa chỉ: 12 Đường Lê Duẩn, thành phố Vinh.", 12),
    ("Số bác sĩ/1 vạn dân đạt kế hoạch.", 10000),
    ("Mã định danh gồm 12 chữ số.", 12),
    ("Trẻ em từ 6 tuổi đến dưới 16 tuổi được tiêm vắc xin.", 6),
    ("Đối tượng là phụ nữ trên 35 tuổi.", 35),
    ("Văn phòng ở 25 Đường Trần Phú, Hà Đông.", 25),
    # how many tiers an institution has names it
    ("Tòa án nhân dân hai cấp tỉnh đã thụ lý 5.236 vụ.", 2),
    ("Chính quyền hai cấp của tỉnh vận hành ổn định.", 2),
    ("Thực hiện mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025.", 2),
    ("Viện kiểm sát nhân dân hai cấp đã thụ lý 1.200 vụ.", 2),
    ("Dự toán ngân sách ba cấp được giao đúng hạn.", 3),
]


@pytest.mark.parametrize("text,value", NOT_FIGURES)
def test_not_figures(text, value):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert all(f.value != value for f in doc.figures), [(f.text, f.value) for f in doc.figures]


def test_vạn_multiplies_by_ten_thousand():
    fig, _ = _figure("Sản lượng lương thực đạt trên 45,2 vạn tấn.", 452000)
    assert fig.unit == "tấn" and fig.approx == "over"


# The structure itself.
def test_structure_brackets_sentences_and_clauses():
    text = "Doanh thu đạt 5 tỷ đồng (tháng 2 đạt 4 tỷ đồng), tăng 3%; chi phí giảm. Năm sau tăng."
    s = Structure.of(text)
    assert len(s.sentences) == 2
    inside = s.bracket(text.index("4 tỷ"))
    assert inside is not None and text[inside[0]:inside[1]] == "(tháng 2 đạt 4 tỷ đồng)"
    assert s.bracket(text.index("3%")) is None
    assert text[s.clause_start(text.index("3%")):text.index("3%")] == " tăng "
    assert text[s.clause_start(text.index("giảm")):text.index("giảm")] == " chi phí "
    # a clause that holds a closed bracket runs across it: `Doanh thu (tháng 2, ước) đạt`
    other = Structure.of("Doanh thu (tháng 2, ước) đạt 5 tỷ đồng.")
    assert other.clause_start(other.text.index("đạt")) == 0


def test_structure_is_linear_in_brackets_and_lines():
    # a million unbalanced brackets and lines: one pass, nothing nested runs away
    text = "(" * 200_000 + "\n" + ")" * 200_000 + " a (b) c\n" * 1000
    s = Structure.of(text)
    assert len(s.brackets) == 1000
    assert s.bracket(text.rindex("b")) is not None


# dtextract explain: the rule behind each field, and why each other number is left out.
def test_explain_names_the_rule_behind_each_field():
    from dtextract.explain import explain, render

    text = ("Doanh thu quý II ước đạt 3.100 tỷ đồng (quý I đạt 2.650 tỷ đồng), tăng 8% so với cùng kỳ, "
            "bằng 52% dự toán năm 2024.")
    e = explain(text, published=PUBLISHED)
    whys = {fw.figure.value: fw.why for fw in e.figures}
    main, aside = whys[3100e9], whys[2650e9]
    assert main["change"] == "cues.toml [change]"
    assert main["percent"] == "cues.toml [percent_attached]"
    assert main["status"] == "cues.toml [status_estimate]"
    assert aside["subject"] == "subjects: bracket_host"
    assert aside["status"] == "its own bracket"
    reasons = dict(e.dropped)
    assert reasons["8"].startswith("an attribute of the figure '3.100 tỷ đồng'")
    assert reasons["2024"] == "nonfigures.toml [periods]"
    out = render(e)
    assert "← subjects: bracket_host" in out and "'2024': nonfigures.toml [periods]" in out


def test_explain_command_prints_the_report(tmp_path):
    from cli_helpers import run

    article = tmp_path / "bai.txt"
    article.write_text("Năm 2023, tỉnh có 120 xã, trong đó 45 xã đạt chuẩn nông thôn mới.", encoding="utf-8")
    result = run("explain", str(article), "--published", "2024-01-10")
    assert result.exit_code == 0, result.stdout
    assert "total    120   ← cues.toml [total_within]" in result.stdout
    missing = run("explain", str(tmp_path / "khong-co.txt"))
    assert missing.exit_code == 1


def test_sentences_before_reach_the_paragraph_before_a_blank_line():
    text = "Vốn đăng ký cấp mới đạt 800 triệu USD.\n\nTiếp đến là Hà Nam 118,3 triệu USD; Tây Ninh 90 triệu USD."
    s = Structure.of(text)
    before = [text[a:b] for a, b in s.sentences_before(text.index("Tây Ninh"))]
    assert before == ["Vốn đăng ký cấp mới đạt 800 triệu USD."]
    _check(text, 90e6, {"subject": "Vốn đăng ký cấp mới", "location": "Tây Ninh"})


# Found on probe articles of our own (banking, agriculture): each a fact, not a sentence.
def test_a_measure_is_no_part_of_a_measure_in_another_unit():
    text = ("Sản lượng lúa ước đạt 966.000 tấn. Trong đó, huyện Mỹ Xuyên có diện tích lớn nhất với 22.300 ha; "
            "sản lượng của huyện đạt 150.000 tấn.")
    _check(text, 22300, {"total": None})
    _check(text, 150000, {"total": 966000})


def test_a_district_item_is_a_place_not_a_partner():
    text = "Diện tích lúa lớn nhất thuộc huyện Mỹ Xuyên (22.300 ha), tiếp theo là Long Phú (19.800 ha)."
    fig, _ = _figure(text, 19800)
    assert "Long Phú" not in (fig.subject or "")


def test_a_national_article_datelined_in_a_city_is_not_that_citys():
    text = ("Hà Nội, ngày 15/10/2024\n\n"
            "Theo Ngân hàng Nhà nước, dư nợ tín dụng toàn nền kinh tế đạt hơn 14,6 triệu tỷ đồng, tăng 8,2% "
            "so với cuối năm 2023. Riêng tỷ lệ nợ xấu của các tỉnh miền núi ở mức 3,1%.")
    fig, _ = _figure(text, 14.6e15)
    assert fig.location != "Hà Nội"


@pytest.mark.parametrize("text,value,subject", [
    ("Tỷ lệ nợ xấu nội bảng ở mức 4,55%.", 4.55, "Tỷ lệ nợ xấu nội bảng"),
    ("Lãi suất cho vay bình quân giảm khoảng 0,96 điểm phần trăm.", 0.96, "Lãi suất cho vay bình quân"),
    ("Tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn đạt 196.500 tỷ đồng.", 196500e9,
     "tổng nguồn vốn huy động"),
    ("Tín dụng toàn hệ thống tăng 8,2% sau 9 tháng", 8.2, "Tín dụng toàn hệ thống"),
])
def test_indicator_phrases_end_at_their_verb(text, value, subject):
    _check(text, value, {"subject": subject})


@pytest.mark.parametrize("text,value,subject", [
    ("Sản lượng điện năm 2024 đạt 2.815 triệu kWh; trong đó điện cho công nghiệp - xây dựng chiếm 38,2%.", 38.2,
     "điện cho công nghiệp - xây dựng"),
    ("Tổng vốn đầu tư đạt 9.000 tỷ đồng, trong đó vốn ngân sách chiếm 31%.", 31, "vốn ngân sách"),
])
def test_a_share_measures_its_own_clause(text, value, subject):
    _check(text, value, {"subject": subject})


def test_a_clause_joined_by_và_after_a_claim_has_its_own_subject():
    text = "Kinh tế số đạt 0,6647 điểm, xếp thứ 27 và xã hội số đạt 0,5991 điểm, xếp thứ 26."
    fig, _ = _figure(text, 0.5991)
    assert "xã hội số" in fig.subject and "kinh tế" not in fig.subject
    # nouns joined by `và` before any number still share the verb
    _check("Tỷ lệ hộ nghèo và cận nghèo đạt 5,2%.", 5.2, {"subject": "Tỷ lệ hộ nghèo và cận nghèo"})


# Nouns of one class on both sides of a comma are coordinated (`khối bộ, ngành`): the comma ends no clause,
# and a subject keeps them all; an adverb before the verb (`chỉ`, `đều`, `vẫn`, `cũng`) is no part of it.
COORDINATED = [
    ("Khối sở, ngành đạt 91,2%, còn khối huyện, thị xã chỉ đạt 64,5%.", 91.2, "khối sở, ngành"),
    ("Khối sở, ngành đạt 91,2%, còn khối huyện, thị xã chỉ đạt 64,5%.", 64.5, "khối huyện, thị xã"),
    ("Năm 2024, khối xã, phường giải quyết 12.400 hồ sơ.", 12400, "hồ sơ khối xã, phường giải quyết"),
    ("Các huyện, thành phố đều đạt trên 95%.", 95, "các huyện, thành phố"),
    ("Trong khi đó, cấp tỉnh, cấp huyện đạt 88%.", 88, "cấp tỉnh, cấp huyện"),
    ("Khối bộ, ngành có 1.200 thủ tục được số hóa, còn khối tỉnh, thành phố có 5.400 thủ tục.", 5400,
     "thủ tục khối tỉnh, thành phố"),
    ("Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 96,5%.", 96.5, "tỷ lệ hài lòng của người dân, doanh nghiệp"),
    ("Riêng khối tỉnh, thành vẫn đạt 70,2%.", 70.2, "khối tỉnh, thành"),
    ("Nhóm quận, huyện ven biển chỉ đạt 41,3%.", 41.3, "nhóm quận, huyện ven biển"),
    ("Số thôn, xóm có nhà văn hóa đạt 96%.", 96, "số thôn, xóm có nhà văn hóa"),
    ("Cấp xã, cấp huyện cũng đạt 100%.", 100, "cấp xã, cấp huyện"),
]


@pytest.mark.parametrize("text,value,subject", COORDINATED)
def test_a_comma_between_nouns_of_one_class_coordinates_them(text, value, subject):
    _check(text, value, {"subject": subject})


# A group of units before a share (`Khối bộ, ngành đạt 63%`) names whose share it is, not of what: the
# indicator is the one the sentences before speak of, for that group.
GROUP_SHARES = [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97,5%. Khối sở, ngành đạt 98,1%, còn khối huyện, thị xã "
     "đạt 95,4%.", 98.1, "tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh khối sở, ngành"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97,5%. Khối sở, ngành đạt 98,1%, còn khối huyện, thị xã "
     "đạt 95,4%.", 95.4, "tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh khối huyện, thị xã"),
    ("Tỷ lệ thanh toán không dùng tiền mặt tại bệnh viện còn thấp. Các huyện, thành phố chỉ đạt 42%.", 42,
     "tỷ lệ thanh toán không dùng tiền mặt tại bệnh viện các huyện, thành phố"),
    ("Tỷ lệ giải ngân vốn đầu tư công năm 2024 đạt 81%. Trong đó, cấp tỉnh đạt 84% và cấp huyện đạt 76%.", 84,
     "tỷ lệ giải ngân vốn đầu tư công cấp tỉnh"),
    ("Tỷ lệ giải ngân vốn đầu tư công năm 2024 đạt 81%. Trong đó, cấp tỉnh đạt 84% và cấp huyện đạt 76%.", 76,
     "tỷ lệ giải ngân vốn đầu tư công cấp huyện"),
    ("Chỉ số hài lòng về sự phục vụ hành chính năm 2023 được cải thiện. Khối xã, phường, thị trấn đạt 84,7%.",
     84.7, "chỉ số hài lòng về sự phục vụ hành chính khối xã, phường, thị trấn"),
    ("Tỷ lệ kết nối Internet băng rộng cố định của hộ gia đình tăng. Các xã, phường đều đạt trên 90%.", 90,
     "tỷ lệ kết nối Internet băng rộng cố định của hộ gia đình các xã, phường"),
    ("Tỷ lệ tiêm chủng mở rộng đạt 97%. Riêng nhóm xã, thôn vùng cao chỉ đạt 88%.", 88, None),  # not a bare group
    ("Tỷ lệ nộp thuế điện tử đạt 99%. Các doanh nghiệp, hợp tác xã đạt 99,5%.", 99.5,
     "tỷ lệ nộp thuế điện tử các doanh nghiệp, hợp tác xã"),
    ("Tỷ lệ trẻ em đi học đúng độ tuổi tiếp tục tăng. Ở cấp tiểu học, các xã, phường đạt 99,6%.", 99.6,
     "tỷ lệ trẻ em đi học đúng độ tuổi các xã, phường"),
]


@pytest.mark.parametrize("text,value,subject", GROUP_SHARES)
def test_a_group_before_a_share_takes_the_indicator_spoken_of(text, value, subject):
    fig, _ = _figure(text, value)
    if subject is None:      # a group with its own modifiers (`vùng cao`) keeps its own phrase
        assert fig.subject and not fig.subject.lower().startswith("tỷ lệ"), fig.subject
    else:
        assert (fig.subject or "").lower() == subject.lower()


# A bare head noun (`tỷ lệ`) in an article that spells out one indicator with it, more than once, is that
# indicator, even where the name comes after it; two names, a name said once, or a sentence that names
# other indicators beside it (`diện tích …, năng suất …, sản lượng …`) leave it bare.
BARE_HEADS = [
    ("Với tỷ lệ 74,2%, Bắc Ninh dẫn đầu cả nước. Tỷ lệ doanh nghiệp dùng hóa đơn điện tử là chỉ số được theo dõi "
     "hằng tháng. Năm 2024, tỷ lệ doanh nghiệp dùng hóa đơn điện tử cả nước đạt 61%.", 74.2,
     "tỷ lệ doanh nghiệp dùng hóa đơn điện tử"),
    ("Hà Nam đạt tỷ lệ 88%, Bắc Ninh đạt tỷ lệ 84%. Tỷ lệ hộ dùng nước sạch là chỉ tiêu của chương trình; "
     "tỷ lệ hộ dùng nước sạch cả nước là 71%.", 84, "tỷ lệ hộ dùng nước sạch"),
    ("Quảng Ninh đứng đầu với tỷ lệ 93,4%. Tỷ lệ giải ngân vốn ODA là thước đo quan trọng. Tỷ lệ giải ngân vốn "
     "ODA của cả nước mới đạt 60%.", 93.4, "tỷ lệ giải ngân vốn ODA"),
    ("Các tỉnh còn lại có tỷ lệ dưới 50%. Tỷ lệ lao động qua đào tạo nghề được đo hằng năm; tỷ lệ lao "
     "động qua đào tạo nghề năm nay đạt 28%.", 50, "tỷ lệ lao động qua đào tạo nghề"),
    ("Giá trị 412 tỷ đồng được ghi nhận tại Hà Nội. Giá trị giao dịch qua QR là chỉ số mới; giá trị giao dịch "
     "qua QR cả nước đạt 2.100 tỷ đồng.", 412e9, "giá trị giao dịch qua QR"),
    ("Với tỷ lệ 74,2%, Bắc Ninh dẫn đầu. Tỷ lệ hộ nghèo giảm còn 1,9%, tỷ lệ che phủ rừng đạt 42%.", 74.2,
     "tỷ lệ"),        # two names
    ("Với tỷ lệ 74,2%, Bắc Ninh dẫn đầu. Tỷ lệ hộ nghèo giảm còn 1,9%.", 74.2, "tỷ lệ"),   # said once
    ("Diện tích lúa đạt 141.200 ha, năng suất bình quân 68,4 tạ/ha, sản lượng ước đạt 966.000 tấn. Sản lượng "
     "thủy sản nuôi trồng đạt 142.500 tấn; sản lượng thủy sản nuôi trồng tăng 4%.", 966000, "sản lượng"),
    ("Với tỷ lệ 80%, Hà Tĩnh xếp thứ hai. Tỷ lệ che phủ rừng là chỉ tiêu môi trường; tỷ lệ che phủ rừng của "
     "Hà Tĩnh năm 2024 đạt 52%.", 80, "tỷ lệ che phủ rừng"),
    ("Đà Nẵng (58,9%) và Huế (55,8%) xếp sau. Tỷ lệ hồ sơ trực tuyến là chỉ số quan trọng; tỷ lệ hồ sơ trực "
     "tuyến của Hà Nam là 68%.", 68, "tỷ lệ hồ sơ trực tuyến"),
]


@pytest.mark.parametrize("text,value,subject", BARE_HEADS)
def test_a_bare_head_is_the_one_indicator_the_article_names(text, value, subject):
    _check(text, value, {"subject": subject})


# Counts coordinated by `và` share the predicate said after the last of them (`Có 45 xã và 3 thị trấn hoàn
# thành …`); a count whose noun has nothing said after it keeps its noun alone.
SHARED_PREDICATES = [
    ("Năm 2024 có 45 xã và 3 thị trấn hoàn thành bộ tiêu chí nông thôn mới.", 45,
     "xã hoàn thành bộ tiêu chí nông thôn mới"),
    ("Năm 2024 có 45 xã và 3 thị trấn hoàn thành bộ tiêu chí nông thôn mới.", 3,
     "thị trấn hoàn thành bộ tiêu chí nông thôn mới"),
    ("Có 7 bệnh viện và 25 trạm y tế triển khai bệnh án điện tử.", 7, "bệnh viện triển khai bệnh án điện tử"),
    ("Đã có 120 doanh nghiệp và 35 hợp tác xã tham gia sàn thương mại điện tử của tỉnh.", 120,
     "doanh nghiệp tham gia sàn thương mại điện tử của tỉnh"),
    ("Có 350 hộ và 12 tổ hợp tác được vay vốn ưu đãi.", 350, "hộ được vay vốn ưu đãi"),
    ("Về chuyển đổi số, có 20/20 sở, ngành và 9/9 huyện đã ban hành kế hoạch năm.", 20,
     "sở, ngành đã ban hành kế hoạch năm"),
    ("Có 9/12 khoản thu và 6/8 huyện, thị xã đạt trên 60% dự toán.", 9, "khoản thu đạt trên"),
    ("Thành phố có 18 phường và 4 xã đạt chuẩn đô thị văn minh; 2 xã chưa đạt.", 4, "xã đạt chuẩn đô thị văn minh"),
    ("Có 4 huyện và 2 thị xã.", 4, "huyện"),                                 # nothing said of them
    ("Có 150 học sinh giỏi cấp tỉnh và 12 học sinh giỏi quốc gia.", 150, "học sinh giỏi cấp tỉnh"),  # own words
    ("Có 60 xã và 5 phường, 2 thị trấn.", 60, "xã"),
]


@pytest.mark.parametrize("text,value,subject", SHARED_PREDICATES)
def test_coordinated_counts_share_their_predicate(text, value, subject):
    _check(text, value, {"subject": subject})


# Sectors of the economy coordinated by commas are one subject (`nông, lâm nghiệp, thủy sản`).
SECTORS = [
    ("Trong đó, công nghiệp - xây dựng tăng 8,1%; dịch vụ tăng 6,4%; nông, lâm nghiệp, thủy sản tăng 2,8%.", 2.8,
     "nông, lâm nghiệp, thủy sản"),
    ("Doanh thu thương mại, dịch vụ đạt 12.500 tỷ đồng.", 12500e9, "doanh thu thương mại, dịch vụ"),
    ("Khu vực nông, lâm, thủy sản chiếm 24,5%; công nghiệp, xây dựng chiếm 35,2%.", 24.5,
     "khu vực nông, lâm, thủy sản"),
    ("Khu vực nông, lâm, thủy sản chiếm 24,5%; công nghiệp, xây dựng chiếm 35,2%.", 35.2, "công nghiệp, xây dựng"),
    ("Tỉnh đầu tư xây dựng, nâng cấp 120 km đường giao thông nông thôn.", 120, "đường giao thông nông thôn"),
    ("Ngành chế biến, chế tạo tăng 13,9%.", 13.9, "ngành chế biến, chế tạo"),
    ("Công nghiệp chế biến, chế tạo chiếm 24%.", 24, "công nghiệp chế biến, chế tạo"),
]


@pytest.mark.parametrize("text,value,subject", SECTORS)
def test_coordinated_sectors_are_one_subject(text, value, subject):
    _check(text, value, {"subject": subject})


# Two figures joined by `với`/`và`, then two changes said in their order (`lần lượt`, `tương ứng`, or each
# named with `về …`): each figure takes its change, both against the baseline after them; the percents are no
# figures. Without a word that gives the order, nothing is paired.
RESPECTIVELY = [
    ("Năm 2024 có 12,4 tỷ giao dịch với giá trị 190 triệu tỷ đồng, tăng lần lượt 48% và 30% so với năm 2023.",
     12.4e9, {"change_value": 48, "change_baseline": "năm 2023", "change_direction": "increase"}),
    ("Năm 2024 có 12,4 tỷ giao dịch với giá trị 190 triệu tỷ đồng, tăng lần lượt 48% và 30% so với năm 2023.",
     190e15, {"change_value": 30, "change_baseline": "năm 2023"}),
    ("Quý I, cảng đón 820 chuyến tàu và 3,2 triệu tấn hàng, tương ứng tăng 12% và 9,5% so với cùng kỳ.",
     820, {"change_value": 12, "change_baseline": "cùng kỳ"}),
    ("Quý I, cảng đón 820 chuyến tàu và 3,2 triệu tấn hàng, tương ứng tăng 12% và 9,5% so với cùng kỳ.",
     3.2e6, {"change_value": 9.5}),
    ("Tỉnh đón 2,1 triệu lượt khách và thu 4.500 tỷ đồng, tăng 15% về lượt khách và 22% về doanh thu so với "
     "cùng kỳ.", 2.1e6, {"change_value": 15, "change_baseline": "cùng kỳ"}),
    ("Tỉnh đón 2,1 triệu lượt khách và thu 4.500 tỷ đồng, tăng 15% về lượt khách và 22% về doanh thu so với "
     "cùng kỳ.", 4500e9, {"change_value": 22}),
    ("Số vụ tai nạn giao thông là 215 vụ với 98 người chết, giảm lần lượt 11,3% và 7,5% so với năm trước.",
     215, {"change_value": 11.3, "change_direction": "decrease", "change_baseline": "năm trước"}),
    ("Số vụ tai nạn giao thông là 215 vụ với 98 người chết, giảm lần lượt 11,3% và 7,5% so với năm trước.",
     98, {"change_value": 7.5, "change_direction": "decrease"}),
    ("Ngành điện sản xuất 25 tỷ kWh và truyền tải 24 tỷ kWh, lần lượt tăng 6% và 5% so với năm 2023.",
     24e9, {"change_value": 5}),
    ("Kim ngạch xuất khẩu đạt 3,5 tỷ USD và nhập khẩu 2,8 tỷ USD, tăng tương ứng 18% và 14%.",
     3.5e9, {"change_value": 18}),
    # no word gives the order: the first change is the second figure's, the next percent a figure of its own
    ("Năm 2024 có 12,4 tỷ giao dịch với giá trị 190 triệu tỷ đồng, tăng 48% và 30% so với năm 2023.",
     12.4e9, {"change": None}),
]


@pytest.mark.parametrize("text,value,want", RESPECTIVELY)
def test_changes_said_in_order_go_to_the_figures_in_order(text, value, want):
    _check(text, value, want)


def test_changes_said_in_order_are_no_figures():
    doc = dtextract.extract("Quý I, cảng đón 820 chuyến tàu và 3,2 triệu tấn hàng, tương ứng tăng 12% và 9,5% so "
                            "với cùng kỳ.", published=PUBLISHED)
    assert sorted(f.value for f in doc.figures) == [820, 3.2e6]


# A clause after `;`, `trong đó`, `riêng` or `còn` that names what it measures keeps its own subject; it does
# not take the indicator of the clause before. A phrase opening with a verb or an aggregate (`thuộc nhóm …`,
# `bình quân 6 tháng`, `tính chung cả năm`) names nothing new and goes on with that indicator.
OWN_CLAUSE_SUBJECTS = [
    ("GRDP tăng 6,5%; trong đó khu vực công nghiệp tăng 8,1%, khu vực dịch vụ tăng 5,2%.", 8.1, "khu vực công nghiệp"),
    ("GRDP tăng 6,5%; trong đó khu vực công nghiệp tăng 8,1%, khu vực dịch vụ tăng 5,2%.", 5.2, "khu vực dịch vụ"),
    ("Chỉ số CPI bình quân tăng 3,1%; lạm phát cơ bản tăng 2,7%.", 2.7, "lạm phát cơ bản"),
    ("Kim ngạch xuất khẩu đạt 5,2 tỷ USD; nhập khẩu hàng hóa đạt 4,1 tỷ USD.", 4.1e9, "nhập khẩu hàng hóa"),
    ("Tổng thu ngân sách đạt 12.000 tỷ đồng, riêng tiền sử dụng đất đạt 1.150 tỷ đồng.", 1150e9, "tiền sử dụng đất"),
    ("Tỷ lệ hộ nghèo giảm còn 2,1%, còn hộ cận nghèo chiếm 3,4%.", 3.4, "hộ cận nghèo"),
    ("Giá trị sản xuất công nghiệp tăng 9%; ngành chế biến thực phẩm tăng 12%.", 12, "ngành chế biến thực phẩm"),
    ("Doanh thu du lịch đạt 3.200 tỷ đồng; lượng khách quốc tế tăng 25%.", 25, "lượng khách quốc tế"),
    ("Chỉ số giá tiêu dùng tháng 6 tăng 0,5% so với tháng trước; bình quân 6 tháng tăng 3,2% so với cùng kỳ.", 3.2,
     "chỉ số giá tiêu dùng"),
    ("Tỷ lệ hồ sơ đúng hạn đạt 95%, trong đó Hà Nội và Hải Phòng thuộc nhóm cao nhất, đạt 99%.", 99,
     "tỷ lệ hồ sơ đúng hạn"),
    ("Vốn đầu tư công giải ngân đạt 70%; tính chung cả năm ước đạt 95%.", 95, "vốn đầu tư công giải ngân"),
]


@pytest.mark.parametrize("text,value,subject", OWN_CLAUSE_SUBJECTS)
def test_a_clause_that_names_its_subject_keeps_it(text, value, subject):
    _check(text, value, {"subject": subject})


# A part after `trong đó` counts into the figure before the cue that counts the same thing (same unit, not
# below it; of two, the one said with the same verb), else into the figure the cue follows, past a companion
# joined by `với`. A sentence opening with the cue looks two sentences back, for a figure of the same unit
# only; a part takes its whole's estimate when its own clause gives none.
PART_WHOLES = [
    ("Toàn tỉnh xảy ra 150 vụ tai nạn, làm chết 80 người, bị thương 95 người. Trong đó, đường bộ xảy ra 142 vụ, "
     "làm chết 76 người.", 142, {"total": 150}),
    ("Toàn tỉnh xảy ra 150 vụ tai nạn, làm chết 80 người, bị thương 95 người. Trong đó, đường bộ xảy ra 142 vụ, "
     "làm chết 76 người.", 76, {"total": 80}),
    ("Năm 2024 có 420 vụ cháy, làm chết 12 người, bị thương 30 người; trong đó cháy nhà ở 210 vụ, bị thương "
     "18 người.", 18, {"total": 30}),
    ("Tỉnh có 1.540 cơ sở lưu trú với 21.300 phòng, trong đó có 96 khách sạn.", 96, {"total": 1540}),
    ("Huyện có 85 trường học với 32.000 học sinh, trong đó 40 trường đạt chuẩn quốc gia.", 40, {"total": 85}),
    ("Sản lượng điện 10 tháng ước đạt 200 tỷ kWh. Riêng tháng 10 đạt 21 tỷ kWh.\n\nTrong đó, thủy điện đạt "
     "60 tỷ kWh; điện than đạt 95 tỷ kWh.", 95e9, {"total": 200e9, "status": "estimate"}),
    ("Sản lượng điện 10 tháng ước đạt 200 tỷ kWh. Riêng tháng 10 đạt 21 tỷ kWh.\n\nTrong đó, thủy điện đạt "
     "60 tỷ kWh; điện than đạt 95 tỷ kWh.", 60e9, {"total": 200e9}),
    ("Tổng thu ngân sách ước đạt 12.500 tỷ đồng, trong đó thu nội địa 9.800 tỷ đồng.", 9800e9,
     {"total": 12500e9, "status": "estimate"}),
    ("Cả nước có 63 tỉnh với 10.600 xã. Trong đó, 7.900 xã đạt chuẩn nông thôn mới.", 7900, {"total": 10600}),
    ("Năm 2023 toàn tỉnh có 1.240 hộ thoát nghèo. Trong đó, có 310 hộ đồng bào dân tộc thiểu số.", 310,
     {"total": 1240}),
    # siblings share the whole the first of them took, not a nearer, smaller figure of the same unit
    ("Sản lượng điện 10 tháng ước đạt 260,5 tỷ kWh. Riêng tháng 10, sản lượng đạt 25,4 tỷ kWh.\n\nTrong đó, thủy "
     "điện huy động 73,2 tỷ kWh; nhiệt điện than 133,5 tỷ kWh; điện nhập khẩu 5,3 tỷ kWh.", 5.3e9,
     {"total": 260.5e9, "status": "estimate"}),
    # two sentences back and another unit: no whole
    ("Tỉnh có 320 doanh nghiệp. Năm nay tình hình còn khó khăn.\n\nTrong đó, 12 hộ kinh doanh chuyển đổi.", 12,
     {"total": None}),
]


@pytest.mark.parametrize("text,value,want", PART_WHOLES)
def test_a_part_counts_into_the_same_thing(text, value, want):
    _check(text, value, want)


# What a clause says of a place that opens it, or of the whole province (`toàn tỉnh hiện có`), is no part of
# what a count counts; a rate's subject ends at its denominator; `tổng mức này` points back like `tỷ lệ này`.
COUNT_SUBJECTS = [
    ("Thành phố Đà Lạt vẫn là điểm đến chính với hơn 4,1 triệu lượt khách.", 4.1e6, "lượt khách"),
    ("Năm 2023, Hà Nội đón 24 triệu lượt khách.", 24e6, "lượt khách"),
    ("Tỉnh Lâm Đồng đã tiếp nhận 1.200 hồ sơ.", 1200, "hồ sơ"),
    ("Huyện Mỹ Xuyên đã giải quyết 5.000 hồ sơ đúng hạn.", 5000, "hồ sơ đúng hạn"),
    ("Toàn tỉnh hiện có 2.861 cơ sở lưu trú với 39.450 phòng.", 39450, "phòng cơ sở lưu trú"),
    ("Cả nước có 12.000 xã.", 12000, "xã"),
    ("Trên địa bàn tỉnh có 320 hợp tác xã.", 320, "hợp tác xã"),
    ("Tỉnh có 28,4 giường bệnh/vạn dân, tăng 0,9 giường so với năm 2022.", 28.4, "giường bệnh/vạn dân"),
    ("Năm 2024 đạt 10,8 bác sĩ/vạn dân, cao hơn 0,5 bác sĩ so với năm trước.", 10.8, "bác sĩ/vạn dân"),
    ("Tổng mức bán lẻ hàng hóa tháng 9 đạt 540 nghìn tỷ đồng. Tính chung 9 tháng, tổng mức này đạt 4.700 nghìn tỷ "
     "đồng.", 4700e12, "tổng mức bán lẻ hàng hóa"),
    ("Sản lượng lúa đông xuân đạt 2,1 triệu tấn. Năm trước, sản lượng này là 1,9 triệu tấn.", 1.9e6,
     "sản lượng lúa đông xuân"),
]


@pytest.mark.parametrize("text,value,subject", COUNT_SUBJECTS)
def test_what_a_count_counts(text, value, subject):
    _check(text, value, {"subject": subject})


# A rank's field (`21/63 tỉnh, thành phố`) belongs to it, so the change after it reaches it (`tăng 9 bậc`);
# bare numbers listed before a number with its unit share that unit; a duration that is the measured value
# (after là, còn, bình quân, trung bình) is a figure, one that locates a figure in time is not.
MORE_FACTS = [
    ("Tỉnh xếp thứ 21/63 tỉnh, thành phố về chỉ số PCI năm 2023, tăng 9 bậc so với năm 2022.", 21,
     {"kind": "rank", "total": 63, "change_value": 9, "change_unit": "bậc", "change_baseline": "năm 2022"}),
    ("Chỉ số PAPI của tỉnh xếp hạng 5/63 tỉnh, thành phố, tăng 3 bậc so với năm 2022.", 5,
     {"change_value": 3, "change_unit": "bậc"}),
    ("Việt Nam xếp thứ 44/132 quốc gia và vùng lãnh thổ, tăng 2 bậc.", 44, {"change_value": 2}),
    ("Các huyện Lạc Dương, Đức Trọng và thành phố Bảo Lộc lần lượt đón 312.000, 205.000 và 186.000 lượt khách.",
     312000, {"unit": "lượt khách", "location": "Lạc Dương", "subject": "lượt khách"}),
    ("Các huyện Lạc Dương, Đức Trọng và thành phố Bảo Lộc lần lượt đón 312.000, 205.000 và 186.000 lượt khách.",
     205000, {"unit": "lượt khách", "location": "Đức Trọng"}),
    ("Tỷ lệ hộ dùng nước sạch ở hai xã lần lượt là 12 và 15%.", 12, {"unit": "%", "kind": "percent"}),
    ("Thời gian lưu trú bình quân của khách là 2,3 ngày.", 2.3, {"kind": "measure", "unit": "ngày"}),
    ("Thời gian giải quyết hồ sơ rút ngắn còn 3 ngày.", 3, {"kind": "measure", "unit": "ngày"}),
    ("Thời gian hoàn vốn là 7,5 năm.", 7.5, {"kind": "measure", "unit": "năm"}),
    ("Lượng khách lưu trú đạt 2,1 triệu lượt với 5,9 triệu ngày khách.", 5.9e6, {"unit": "ngày khách"}),
    # the items of a named list, with the unit written once after the last (its denominator too)
    ("Năng suất lúa các huyện: Vũ Thư 68,5, Kiến Xương 67,2 và Tiền Hải 66,1 tạ/ha.", 67.2,
     {"unit": "tạ/ha", "kind": "measure", "location": "Kiến Xương"}),
    ("Tỷ số giới tính khi sinh ở một số xã rất cao: Thành Vân 119,2; Thành Tâm 117,5 bé trai/100 bé gái.", 119.2,
     {"unit": "bé trai/100 bé gái", "kind": "measure"}),
]


@pytest.mark.parametrize("text,value,want", MORE_FACTS)
def test_rank_fields_shared_units_and_measured_durations(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text,value", [
    ("Sau 3 năm triển khai, tỉnh có 120 xã đạt chuẩn.", 3),
    ("CPI bình quân 6 tháng tăng 3,2%.", 6),
    ("Trong 1,5 năm qua tỉnh thu hút 30 dự án.", 1.5),
    ("Đây là 2 năm liên tiếp tỉnh dẫn đầu với 95%.", 2),
])
def test_a_duration_that_locates_is_no_figure(text, value):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert not any(f.value == value for f in doc.figures), [(f.text, f.value) for f in doc.figures]


# A target is said with `mục tiêu … là/đạt/ở mức` as well as `phấn đấu` or `chỉ tiêu giao`; `mục tiêu đã đạt`
# reports a result.
TARGET_CUES = [
    ("Năm 2025, Tổng công ty đặt mục tiêu sản lượng điện đạt 12,4 tỷ kWh.", 12.4e9, "target"),
    ("Mục tiêu năm 2025 tỷ lệ che phủ rừng ở mức 45%.", 45, "target"),
    ("Tỉnh đặt mục tiêu năm 2026 thu ngân sách đạt 15.000 tỷ đồng.", 15000e9, "target"),
    ("Mục tiêu của chương trình là 500 hộ thoát nghèo.", 500, "target"),
    ("Ngành y tế đặt mục tiêu tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", 95, "target"),
    ("Mục tiêu đề ra đã đạt 95% khối lượng công việc.", 95, "actual"),
    ("Tỉnh đã đạt mục tiêu với 1.200 hộ thoát nghèo.", 1200, "actual"),
    ("Huyện phấn đấu năm 2025 có 20 xã đạt chuẩn nông thôn mới.", 20, "target"),
    ("Năm 2024, tỉnh thu ngân sách đạt 12.000 tỷ đồng.", 12000e9, "actual"),
    ("Đến năm 2030, kinh tế số chiếm 30% GRDP.", 30, "target"),
]


@pytest.mark.parametrize("text,value,status", TARGET_CUES)
def test_target_cues(text, value, status):
    _check(text, value, {"status": status})


# A target opens a list of targets that runs past `;`, unless it is only what a figure is measured against
# (`thấp hơn chỉ tiêu đề ra là 95%`), or the clause after the `;` says what is done so far (`đến nay`).
TARGET_LISTS = [
    ("Tỉnh đặt mục tiêu GRDP tăng 8%; thu nhập bình quân đạt 130 triệu đồng.", 130e6, "target"),
    ("Mục tiêu năm 2025: tỷ lệ hộ nghèo giảm 1,5%; 95% dân số tham gia bảo hiểm y tế.", 95, "target"),
    ("Phấn đấu năm 2026 có 30 xã đạt chuẩn; 12 xã đạt chuẩn nâng cao.", 12, "target"),
    ("Tỷ lệ tiêm chủng đạt 91,3%, thấp hơn chỉ tiêu đề ra là 95%; tỷ lệ phụ nữ có thai được tiêm đạt 94,5%.",
     94.5, "actual"),
    ("Thu ngân sách đạt 9.000 tỷ đồng, cao hơn chỉ tiêu là 8.500 tỷ đồng; chi ngân sách 7.200 tỷ đồng.", 7200e9,
     "actual"),
    ("Giải ngân đạt 71%, vượt kế hoạch là 65%; có 5 chủ đầu tư giải ngân trên 80%.", 5, "actual"),
    ("Sản lượng đạt 1,2 triệu tấn, so với chỉ tiêu là 1,3 triệu tấn; năng suất đạt 6,7 tấn/ha.", 6.7, "actual"),
    ("Chỉ tiêu giao cho tỉnh giai đoạn 2021-2030 là 16.700 căn; đến nay tỉnh mới hoàn thành 2.340 căn.", 2340,
     "actual"),
    ("Kế hoạch đặt mục tiêu 500 doanh nghiệp số; tới nay đã có 320 doanh nghiệp.", 320, "actual"),
    ("Mục tiêu đến năm 2025 có 80% hồ sơ trực tuyến; đến nay tỷ lệ này là 65%.", 65, "actual"),
]


@pytest.mark.parametrize("text,value,status", TARGET_LISTS)
def test_a_target_list_and_what_ends_it(text, value, status):
    _check(text, value, {"status": status})


def test_a_whole_two_sentences_back_needs_the_sentence_between_to_speak_of_the_same_thing():
    text = ("Số người còn phải phát triển là 683.761 người.\n\nToàn quốc có 31 tỉnh vượt kế hoạch. Trong đó 5 tỉnh "
            "cao nhất là: Quảng Trị là 601.369 người, Hà Nam 527.215 người.")
    fig, _ = _figure(text, 601369)
    assert fig.total is None


# Ranks coordinated after one rank cue are ranks too (`xếp thứ 2 và 3`, `vị trí thứ hai và thứ ba`, `đứng thứ
# 4, 5 và 6`); what they rank is the indicator spoken of, not the list of items with their own figures.
COORDINATED_RANKS = [
    ("TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3.", 3, {"kind": "rank", "location": "Quảng Ninh"}),
    ("TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3.", 2, {"kind": "rank", "location": "TP. Hồ Chí Minh"}),
    ("Hai bộ lần lượt giữ vị trí thứ hai và thứ ba.", 3, {"kind": "rank"}),
    ("Hải Phòng, Đà Nẵng, Cần Thơ lần lượt đứng thứ 4, 5 và 6 cả nước.", 5, {"kind": "rank", "location": "Đà Nẵng"}),
    ("Hải Phòng, Đà Nẵng, Cần Thơ lần lượt đứng thứ 4, 5 và 6 cả nước.", 6, {"kind": "rank", "location": "Cần Thơ"}),
    ("Chỉ số PCI năm 2023 có nhiều thay đổi. Bộ Tài chính (78,4%) và Bộ Tư pháp (77,6%) lần lượt giữ vị trí thứ hai "
     "và thứ ba.", 3, {"kind": "rank", "subject": "chỉ số PCI"}),
    ("Tỉnh xếp thứ 5 và có 300 doanh nghiệp.", 300, {"kind": "count"}),
]


@pytest.mark.parametrize("text,value,want", COORDINATED_RANKS)
def test_coordinated_ranks(text, value, want):
    _check(text, value, want)


# A share after `V đến/tới N%` measures the part of the nouns after it that V reached (`đã kết nối đến 100%
# huyện`): the subject is the nouns, coordinated ones kept, and the verb; a claim verb (`đạt đến`) names none.
REACHED = [
    ("Hệ thống một cửa điện tử đã được triển khai đồng bộ đến 100% các sở, ban, ngành và địa phương.", 100,
     "sở, ban, ngành và địa phương triển khai"),
    ("Mạng truyền số liệu chuyên dùng đã kết nối đến 100% huyện.", 100, "huyện kết nối"),
    ("Hệ thống hội nghị truyền hình đã triển khai đến 100% các cơ quan nhà nước.", 100, "cơ quan nhà nước triển khai"),
    ("Cáp quang đã được kéo đến 95% thôn, bản.", 95, "thôn, bản kéo"),
    ("Dịch vụ bưu chính đã phục vụ tới 98% xã.", 98, "xã phục vụ"),
    ("Nước sạch đã cấp đến 87% hộ dân nông thôn.", 87, "hộ dân nông thôn cấp"),
    ("Tỷ lệ hồ sơ đạt đến 95% kế hoạch.", 95, "tỷ lệ hồ sơ"),
    ("Tăng lên đến 30% số hộ.", 30, "số hộ"),
    ("Có 100% xã, phường đạt chuẩn.", 100, "xã, phường đạt chuẩn"),
    ("Tỉnh đã phủ sóng 4G đến 98% thôn, bản.", 98, "thôn, bản"),
]


@pytest.mark.parametrize("text,value,subject", REACHED)
def test_a_share_of_what_a_verb_reached(text, value, subject):
    _check(text, value, {"subject": subject})


@pytest.mark.parametrize("text,value", [
    ("Riêng dịp nghỉ lễ 30/4 - 1/5 công suất phòng đạt trên 95%.", 1),
    ("Trong dịp lễ 2/9, tỉnh đón 5.000 lượt khách.", 2),
    ("Dịp Tết 1/1 có 3.000 lượt khách.", 1),
])
def test_holiday_dates_are_no_figures(text, value):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert not any(f.value == value for f in doc.figures), [(f.text, f.value) for f in doc.figures]
    assert doc.figures


# A decimal with no unit in a clause that names an index is the index's value, a measure in điểm; an integer
# there, or a number in another clause, is not read so; `chỉ số X` names no counted noun X.
INDEX_VALUES = [
    ("Giá trị trung bình DTI cấp tỉnh năm 2023 đạt 0,5233, tăng 11,3% so với năm 2022.", 0.5233,
     {"kind": "measure", "unit": "điểm", "change_value": 11.3}),
    ("Xét theo trụ cột, chính quyền số có giá trị trung bình 0,5801, kinh tế số 0,3915 và xã hội số 0,4673.",
     0.4673, {"unit": "điểm"}),
    ("Chỉ số PAPI của tỉnh năm 2023 là 42,61.", 42.61, {"unit": "điểm", "kind": "measure"}),
    ("Giá trị DTI 2023 cấp bộ là 0,6355; giá trị DTI 2023 cấp tỉnh là 0,6783.", 0.6783, {"unit": "điểm"}),
    ("Điểm trung bình môn Toán năm nay là 6,45.", 6.45, {"unit": "điểm"}),
    ("Chỉ số SIPAS năm 2024 của tỉnh đạt 85,6, tăng 2,1 điểm.", 85.6, {"unit": "điểm"}),
]


@pytest.mark.parametrize("text,value,want", INDEX_VALUES)
def test_index_values_are_points(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text,value", [
    ("Chỉ số sản xuất công nghiệp tăng mạnh; tỉnh có 1,5 khu công nghiệp mỗi huyện.", 1.5),
    ("Chỉ số PCI năm nay có 10 chỉ số thành phần.", 10),
])
def test_no_index_value_outside_its_clause_or_for_integers(text, value):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert not any(f.value == value and f.unit == "điểm" for f in doc.figures), [(f.text, f.unit) for f in doc.figures]


# A breakdown after `cụ thể:` or `gồm:` holds parts of the whole before it, every `;` item; a set named after a
# comma (`Năm 2024, trong 22 chỉ tiêu, có …`) is the whole of the counts after it.
BREAKDOWNS = [
    ("Toàn tỉnh có 352.000 học sinh. Cụ thể: tiểu học 131.000 học sinh; trung học 221.000 học sinh.", 131000,
     {"total": 352000}),
    ("Toàn tỉnh có 352.000 học sinh. Cụ thể: tiểu học 131.000 học sinh; trung học 221.000 học sinh.", 221000,
     {"total": 352000}),
    ("Tổng vốn đạt 900 tỷ đồng, gồm: vốn ngân sách 300 tỷ đồng; vốn doanh nghiệp 600 tỷ đồng.", 600e9,
     {"total": 900e9}),
    ("Năm 2024, trong 22 chỉ tiêu, có 19 chỉ tiêu đạt, 3 chỉ tiêu không đạt.", 3, {"total": 22}),
    ("Năm 2024, trong 22 chỉ tiêu, có 19 chỉ tiêu đạt, 3 chỉ tiêu không đạt.", 19, {"total": 22}),
    ("Huyện có 45.000 hộ; cụ thể như sau: hộ nông nghiệp 30.000 hộ; hộ phi nông nghiệp 15.000 hộ.", 15000,
     {"total": 45000}),
]


@pytest.mark.parametrize("text,value,want", BREAKDOWNS)
def test_breakdowns_after_a_colon(text, value, want):
    _check(text, value, want)


# A target cue opens a list of targets that runs past `;` (an item that says what is done does not belong to
# it); `đặt mục tiêu` and `chỉ tiêu giao … là` are target cues.
TARGET_LISTS = [
    ("Năm 2025, tỉnh đặt mục tiêu tăng trưởng GRDP từ 8 đến 8,5%; thu nhập bình quân khoảng 130 triệu đồng.", 130e6,
     "target"),
    ("Năm 2025, tỉnh đặt mục tiêu tăng trưởng GRDP từ 8 đến 8,5%; thu nhập bình quân khoảng 130 triệu đồng.", 8,
     "target"),
    ("Tỉnh phấn đấu sản lượng lúa đạt 1,3 triệu tấn; diện tích cây ăn trái 45.000 ha.", 45000, "target"),
    ("Mục tiêu năm 2025 là 500 hộ thoát nghèo; hiện đã có 320 hộ thoát nghèo.", 320, "actual"),
    ("Chỉ tiêu giao cho tỉnh giai đoạn 2021-2030 là 16.700 căn hộ.", 16700, "target"),
    ("Năm 2024 tỉnh thu 12.000 tỷ đồng; chi 9.000 tỷ đồng.", 9000e9, "actual"),
]


@pytest.mark.parametrize("text,value,status", TARGET_LISTS)
def test_a_target_opens_a_list_of_targets(text, value, status):
    _check(text, value, {"status": status})


# An item that leads or is ranked in a list (`Singapore dẫn đầu với 9,1 tỷ USD`, `Bình Dương đứng thứ hai với …`)
# takes the list's indicator, named before it.
LEADING_ITEMS = [
    ("Vốn đầu tư nước ngoài đăng ký năm 2024 đạt 31 tỷ USD. Singapore dẫn đầu với 9,1 tỷ USD; Hàn Quốc đứng thứ "
     "hai với 3,8 tỷ USD.", 9.1e9, "vốn đầu tư nước ngoài đăng ký của Singapore"),
    ("Vốn đầu tư nước ngoài đăng ký năm 2024 đạt 31 tỷ USD. Singapore dẫn đầu với 9,1 tỷ USD; Hàn Quốc đứng thứ "
     "hai với 3,8 tỷ USD.", 3.8e9, "vốn đầu tư nước ngoài đăng ký của Hàn Quốc"),
    ("Kim ngạch xuất khẩu của các tỉnh tăng. Bắc Ninh dẫn đầu với 50 tỷ USD, Bình Dương đứng thứ hai với 30 tỷ USD.",
     50e9, "kim ngạch xuất khẩu"),
    ("Kim ngạch xuất khẩu của các tỉnh tăng. Bắc Ninh dẫn đầu với 50 tỷ USD, Bình Dương đứng thứ hai với 30 tỷ USD.",
     30e9, "kim ngạch xuất khẩu"),
    ("Doanh thu du lịch năm nay tăng mạnh. Khánh Hòa đứng đầu cả nước với hơn 25.000 tỷ đồng.", 25000e9,
     "doanh thu du lịch"),
]


@pytest.mark.parametrize("text,value,subject", LEADING_ITEMS)
def test_leading_items_take_the_lists_indicator(text, value, subject):
    _check(text, value, {"subject": subject})


# A target stated at length (`chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2024 là 46%`), in a bracket after the plan's
# name (`vượt chỉ tiêu Nghị quyết (7,5%)`) or with its verb (`vượt mục tiêu tăng 10%`) is the figure's target.
LONG_TARGETS = [
    ("Tỷ lệ lao động qua đào tạo đạt 45,2% (chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2024 là 46%).", 45.2,
     {"target_value": 46}),
    ("Tăng trưởng GRDP ước đạt 7,7%, vượt chỉ tiêu Nghị quyết (7,5%).", 7.7, {"target_value": 7.5, "target_met": True}),
    ("Chỉ số sản xuất công nghiệp tăng khoảng 11%, vượt mục tiêu tăng 10%.", 11, {"target_value": 10, "target_met": True}),
    ("Thu ngân sách đạt 5.200 tỷ đồng, thấp hơn kế hoạch đề ra là 5.500 tỷ đồng.", 5200e9,
     {"target_value": 5500e9, "target_met": False}),
    ("Tỷ lệ che phủ rừng đạt 42%, đạt chỉ tiêu kế hoạch năm (42%).", 42, {"target_value": 42}),
]


@pytest.mark.parametrize("text,value,want", LONG_TARGETS)
def test_targets_stated_at_length(text, value, want):
    _check(text, value, want)


def test_a_target_stated_at_length_is_no_figure():
    doc = dtextract.extract("Tăng trưởng GRDP ước đạt 7,7%, vượt chỉ tiêu Nghị quyết (7,5%).", published=PUBLISHED)
    assert [f.value for f in doc.figures] == [7.7]


def test_a_phrase_of_numbers_names_nothing_and_the_line_indicator_is_taken():
    doc = dtextract.extract("Tỷ lệ hộ dùng điện lưới: 5% 7% 3% 9%", published=PUBLISHED)
    assert [f.subject for f in doc.figures] == ["Tỷ lệ hộ dùng điện lưới"] * 4


# Words that end an indicator's name when they are its verb stay in it when they are part of a compound:
# `thực hiện` (carried out), `đạt chuẩn` (meeting the standard).
@pytest.mark.parametrize("text,value,subject", [
    ("Vốn thực hiện ước đạt 21,68 tỷ USD.", 21.68e9, "vốn thực hiện"),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 30,7%.", 30.7, "tỷ lệ xã đạt chuẩn nông thôn mới nâng cao"),
    ("Tỷ lệ trường đạt chuẩn quốc gia là 68%.", 68, "tỷ lệ trường đạt chuẩn quốc gia"),
    ("Giá trị thực hiện của các dự án đạt 1.200 tỷ đồng.", 1200e9, "giá trị thực hiện"),
    ("Toàn tỉnh hiện có 2.861 cơ sở lưu trú.", 2861, "cơ sở lưu trú"),
])
def test_compounds_stay_in_an_indicators_name(text, value, subject):
    _check(text, value, {"subject": subject})


# A share said only as `đóng góp` is the contribution of what the figure before it in its clause measures.
CONTRIBUTIONS = [
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 3,83%, đóng góp 5,41% vào mức tăng chung; khu vực dịch vụ tăng "
     "8,49%, đóng góp 51,64%.", 5.41, "đóng góp của khu vực nông, lâm nghiệp và thủy sản"),
    ("Khu vực nông, lâm nghiệp và thủy sản tăng 3,83%, đóng góp 5,41% vào mức tăng chung; khu vực dịch vụ tăng "
     "8,49%, đóng góp 51,64%.", 51.64, "đóng góp của khu vực dịch vụ"),
    ("Ngành chế biến, chế tạo tăng 11,2%, đóng góp 8,5 điểm phần trăm vào mức tăng chung.", 8.5,
     "đóng góp của ngành chế biến, chế tạo"),
    ("Xuất khẩu tăng 14%, đóng góp khoảng 40% vào tăng trưởng.", 40, "đóng góp của xuất khẩu"),
    # no figure before it in its clause: stays as it is
    ("Đóng góp 5% vào tăng trưởng chung.", 5, "đóng góp"),
]


@pytest.mark.parametrize("text,value,subject", CONTRIBUTIONS)
def test_a_contribution_is_of_the_figure_before(text, value, subject):
    _check(text, value, {"subject": subject})


# `N X trong tổng số M X …`: what follows the total is said of the part; `P% trong tổng số M X` is a share of X.
OUT_OF_A_SET = [
    ("Có 45 xã trong tổng số 120 xã đạt chuẩn nông thôn mới.", 45, {"subject": "xã đạt chuẩn nông thôn mới",
                                                                     "total": 120}),
    ("Hà Nam đã xử lý trực tuyến 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính.", 68.54,
     {"subject": "hồ sơ thủ tục hành chính"}),
    ("Tỉnh giải quyết đúng hạn 98% trong số 12.000 hồ sơ tiếp nhận.", 98, {"subject": "hồ sơ tiếp nhận"}),
    ("Đã có 150 trên tổng số 200 xã hoàn thành quy hoạch.", 150, {"total": 200}),
    ("Có 12/15 huyện đạt chuẩn.", 12, {"subject": "huyện đạt chuẩn", "total": 15}),
]


@pytest.mark.parametrize("text,value,want", OUT_OF_A_SET)
def test_out_of_a_set(text, value, want):
    _check(text, value, want)


# `với` ends the modifiers of a figure's unit: a cue after the noun it introduces is that noun's figure's.
@pytest.mark.parametrize("text,value,want", [
    ("Có 250 lượt dự án điều chỉnh vốn với tổng vốn tăng thêm 2,1 tỷ USD, tăng 12%.", 250, {"change": None}),
    ("Có 250 lượt dự án điều chỉnh vốn với tổng vốn tăng thêm 2,1 tỷ USD, tăng 12%.", 2.1e9, {"change_value": 12}),
    ("Cấp mới 300 dự án với tổng vốn 2 tỷ USD, tăng 5% so với cùng kỳ.", 2e9, {"change_value": 5}),
    ("Tỉnh có 120 doanh nghiệp mới, tăng 10%.", 120, {"change_value": 10}),
])
def test_a_companion_noun_takes_its_own_cue(text, value, want):
    _check(text, value, want)


# A connector that opens a list (`Trong đó:`, `Cụ thể:`, `gồm:`) is no label of what the list counts, and an opening
# adverbial (`Trong số …`, `Theo …,`, `Thời gian tới,`) is no part of a subject; a part whose own name opens with its
# whole's (`30 trường … 12 trường mầm non`) is not named twice.
OPENERS = [
    ("Tỉnh có 14 dự án nhà ở. Trong đó: 5 dự án đã hoàn thành, 6 dự án đang xây dựng.", 5, "dự án đã hoàn thành"),
    ("Toàn huyện có 30 trường. Cụ thể: 12 trường mầm non, 10 trường tiểu học và 8 trường trung học.", 12,
     "trường mầm non"),
    ("Năm 2023 tuyển mới 900 lao động, gồm: 400 lao động nữ và 500 lao động nam.", 400, "lao động nữ"),
    ("Đã cấp 1.500 giấy phép. Bao gồm: 700 giấy phép xây dựng mới và 800 giấy phép sửa chữa.", 700,
     "giấy phép xây dựng mới"),
    ("Toàn xã có 2.000 hộ. Trong số đó: 150 hộ nghèo và 90 hộ cận nghèo.", 150, "hộ nghèo"),
    ("Trong số 63 tỉnh, thành phố, có 40 địa phương đạt chuẩn.", 63, "tỉnh, thành phố"),
    ("Trong số 120 doanh nghiệp được khảo sát, 80 doanh nghiệp có lãi.", 120, "doanh nghiệp được khảo sát"),
    ("Theo báo cáo của Sở Y tế, 95% trạm y tế có bác sĩ.", 95, "trạm y tế có bác sĩ"),
    ("Thời gian tới, tỉnh phấn đấu có 500 doanh nghiệp công nghệ số.", 500, "doanh nghiệp công nghệ số"),
    ("Theo Sở Kế hoạch và Đầu tư, vốn giải ngân đạt 3.200 tỷ đồng.", 3200e9, "vốn giải ngân"),
    ("Kết quả thu ngân sách: thu nội địa: 2.300 tỷ đồng.", 2300e9, "thu nội địa"),
    ("Nguồn vốn: 1.200 tỷ đồng từ ngân sách tỉnh.", 1200e9, "Nguồn vốn"),
]


@pytest.mark.parametrize("text,value,subject", OPENERS)
def test_openers_name_nothing(text, value, subject):
    _check(text, value, {"subject": subject})


# An age that says who is counted (`trẻ em dưới 1 tuổi`, `người từ 60 tuổi trở lên`) and a `có` that says which
# ones (`phụ nữ có thai`, `hộ có điện`) stay in an indicator's name; a `có` before a number still ends it.
INDICATOR_MODIFIERS = [
    ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 91,3%.", 91.3,
     "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
    ("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 18,5%.", 18.5,
     "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi"),
    ("Tỷ lệ người từ 60 tuổi trở lên có thẻ bảo hiểm y tế đạt 97%.", 97,
     "Tỷ lệ người từ 60 tuổi trở lên có thẻ bảo hiểm y tế"),
    ("Tỷ lệ lao động từ 15 tuổi trở lên có việc làm đạt 98,2%.", 98.2,
     "Tỷ lệ lao động từ 15 tuổi trở lên có việc làm"),
    ("Tỷ lệ phụ nữ có thai được tiêm đủ mũi vắc xin uốn ván đạt 94,5%.", 94.5,
     "Tỷ lệ phụ nữ có thai được tiêm đủ mũi vắc xin uốn ván"),
    ("Tỷ lệ hộ có điện lưới quốc gia đạt 99,8%.", 99.8, "Tỷ lệ hộ có điện lưới quốc gia"),
    ("Tỷ lệ lao động có việc làm sau đào tạo đạt 85%.", 85, "Tỷ lệ lao động có việc làm sau đào tạo"),
    ("Tỷ lệ doanh nghiệp có vốn đầu tư nước ngoài nộp thuế điện tử đạt 100%.", 100,
     "Tỷ lệ doanh nghiệp có vốn đầu tư nước ngoài nộp thuế điện tử"),
    ("Tỷ lệ hộ gia đình có nhà vệ sinh hợp vệ sinh đạt 92%.", 92, "Tỷ lệ hộ gia đình có nhà vệ sinh hợp vệ sinh"),
    ("Tỷ lệ người dân có bảo hiểm y tế đạt 93,5%.", 93.5, "Tỷ lệ người dân có bảo hiểm y tế"),
    ("Tỷ lệ hộ nghèo có 2 con trở lên là 12%.", 12, "Tỷ lệ hộ nghèo"),
    ("Tỷ lệ xã có 100% hồ sơ trực tuyến đạt 40%.", 40, "Tỷ lệ xã"),
]


@pytest.mark.parametrize("text,value,subject", INDICATOR_MODIFIERS)
def test_who_is_counted_stays_in_the_indicator(text, value, subject):
    _check(text, value, {"subject": subject})


# `bị` after a counted noun says which ones (a passive: `51 thí sinh bị điểm liệt`, `12 người bị thương`); it does
# not end the noun's modifiers.
PASSIVE_COUNTS = [
    ("Môn Toán có 51 thí sinh bị điểm liệt, chiếm 0,005%.", 51, "thí sinh bị điểm liệt"),
    ("Vụ tai nạn làm 12 người bị thương.", 12, "người bị thương"),
    ("Cơn bão khiến 320 ha lúa bị ngập úng.", 320, "diện tích lúa bị ngập úng"),
    ("Toàn tỉnh có 1.250 hộ bị ảnh hưởng do lũ.", 1250, "hộ bị ảnh hưởng do lũ"),
    ("Đã phát hiện 45 cơ sở bị xử phạt vi phạm hành chính.", 45, "cơ sở bị xử phạt vi phạm hành chính"),
    ("Có 8 tài khoản bị khóa do vi phạm.", 8, "tài khoản bị khóa do vi phạm"),
    ("Năm 2023 có 230 giấy phép lái xe bị tước.", 230, "giấy phép lái xe bị tước"),
    ("Có 17 doanh nghiệp bị thu hồi giấy phép.", 17, "doanh nghiệp bị thu hồi giấy phép"),
    ("Có 3.200 con gia cầm bị tiêu hủy.", 3200, "con gia cầm bị tiêu hủy"),
    ("Có 65 ngôi nhà bị tốc mái.", 65, "ngôi nhà bị tốc mái"),
]


@pytest.mark.parametrize("text,value,subject", PASSIVE_COUNTS)
def test_a_passive_after_a_count_says_which_ones(text, value, subject):
    _check(text, value, {"subject": subject})


# A change said first, then the level it led to (`tăng 15%, lên 355 tỷ USD`, `giảm 1,2 điểm phần trăm, xuống còn
# 3,5%`): the change is the level's, not a figure of its own.
LEVELS = [
    ("Kim ngạch xuất khẩu tăng 15%, lên 355 tỷ USD.", 355e9, "increase", 15),
    ("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm, xuống còn 3,5%.", 3.5, "decrease", 1.2),
    ("Giá bán lẻ điện bình quân được điều chỉnh tăng 4,8% từ ngày 11/10/2024, lên mức 2.103,11 đồng.", 2103.11,
     "increase", 4.8),
    ("Thu ngân sách của tỉnh tăng 12%, lên 15.200 tỷ đồng.", 15200e9, "increase", 12),
    ("Dư nợ tín dụng tăng thêm 2.100 tỷ đồng, lên 48.000 tỷ đồng.", 48000e9, "increase", 2100e9),
    ("Số doanh nghiệp đang hoạt động tăng 850 doanh nghiệp, lên 12.400 doanh nghiệp.", 12400, "increase", 850),
    ("Tỷ lệ thất nghiệp giảm 0,3 điểm phần trăm, xuống 2,1%.", 2.1, "decrease", 0.3),
    ("Lượng khách quốc tế tăng gần 40%, lên khoảng 1,2 triệu lượt.", 1.2e6, "increase", 40),
    ("Giá thịt lợn hơi giảm 8%, xuống còn 52.000 đồng.", 52000, "decrease", 8),
    ("Nợ xấu giảm 0,2 điểm phần trăm, xuống mức 1,8%.", 1.8, "decrease", 0.2),
]


@pytest.mark.parametrize("text,value,direction,change", LEVELS)
def test_a_change_said_before_its_level_is_the_levels(text, value, direction, change):
    _check(text, value, {"change_direction": direction, "change_value": change})
    assert len(dtextract.extract(text, published=PUBLISHED).figures) == 1


def test_a_change_in_another_clause_is_no_levels():
    doc = dtextract.extract("Doanh thu tăng 15%; lợi nhuận lên 20 tỷ đồng.", published=PUBLISHED)
    assert sorted(f.value for f in doc.figures) == [15, 20e9]
    assert all(f.change is None for f in doc.figures)


# `a/b tỷ đồng`: the multiplier after the pair counts both numbers; a plan word after the unit makes b the plan (a
# target), not a whole (FIGURES.md §3, result against plan), and then a may exceed it.
SLASH_PAIRS = [
    ("Thu ngân sách đạt 324/320 tỷ đồng kế hoạch.", 324e9, {"target_value": 320e9, "total": None}),
    ("Đã giải quyết việc làm cho 450/500 lao động theo kế hoạch.", 450, {"target_value": 500, "total": None}),
    ("Chi đầu tư phát triển đạt 900/800 tỷ đồng dự toán.", 900e9, {"target_value": 800e9, "total": None}),
    ("Tuyển sinh 1.250/1.300 học sinh chỉ tiêu.", 1250, {"target_value": 1300, "total": None}),
    ("Giải ngân 3,2/4 nghìn tỷ đồng kế hoạch vốn.", 3.2e12, {"target_value": 4e12}),
    ("Tỉnh đã giải ngân 1.200/1.500 tỷ đồng.", 1200e9, {"total": 1500e9}),
    ("Có 42/63 tỉnh đạt chuẩn.", 42, {"total": 63}),
    ("Dư nợ đạt 45/60 nghìn tỷ đồng.", 45e12, {"total": 60e12}),
    ("Đã tiêm 850/1.000 nghìn liều vắc xin.", 850e3, {"total": 1000e3}),
    ("Có 5/12 triệu người dùng hoạt động thường xuyên.", 5e6, {"total": 12e6}),
]


@pytest.mark.parametrize("text,value,want", SLASH_PAIRS)
def test_a_slash_pair_shares_its_multiplier_and_a_plan_is_a_target(text, value, want):
    _check(text, value, want)


# `Trong đó:` (or `, gồm:`) at the end of a line, then bullet lines: every bullet is a part of the figure before the
# cue; a label before a colon after the bullet names the part.
BULLET_PARTS = [
    ("Năm 2023, huyện có 1.200 hộ mới. Trong đó:\n- Khu vực thị trấn: 500 hộ;\n- Khu vực nông thôn: 700 hộ.", 500,
     {"total": 1200, "subject": "hộ Khu vực thị trấn"}),
    ("Năm 2023, huyện có 1.200 hộ mới. Trong đó:\n- Khu vực thị trấn: 500 hộ;\n- Khu vực nông thôn: 700 hộ.", 700,
     {"total": 1200}),
    ("Năm 2023, huyện có 1.200 hộ mới, trong đó:\n+ Khu vực thị trấn: 500 hộ;\n+ Khu vực nông thôn: 700 hộ.", 700,
     {"total": 1200}),
    ("Toàn tỉnh giải quyết việc làm cho 35.000 lao động. Cụ thể:\n- Việc làm trong tỉnh: 20.000 lao động;\n"
     "- Xuất khẩu lao động: 5.000 lao động.", 5000, {"total": 35000, "subject": "lao động Xuất khẩu lao động"}),
    ("Tổng thu ngân sách đạt 9.000 tỷ đồng, gồm:\n• Thu nội địa 7.500 tỷ đồng;\n• Thu xuất nhập khẩu 1.500 tỷ "
     "đồng.", 1500e9, {"total": 9000e9}),
    ("Cấp 4.200 giấy chứng nhận, trong đó:\n- Đất ở: 3.100 giấy;\n- Đất nông nghiệp: 1.100 giấy.", 3100,
     {"total": 4200}),
    ("Năm 2023, huyện có 1.200 hộ mới. Trong đó:\n- Khu vực thị trấn: 500 hộ.\nCác xã có 300 hộ nghèo.", 300,
     {"total": None}),
    ("Có 90 xã đạt chuẩn. Trong đó: 60 xã đạt chuẩn nâng cao.\n- Huyện A có 20 xã.", 20, {"total": None}),
    ("Tỉnh có 45 dự án:\n- Dự án A: 20 tỷ đồng;\n- Dự án B: 30 tỷ đồng.", 30e9, {"subject": "Dự án B"}),
    ("Kết quả 6 tháng:\n- Thu ngân sách: 2.300 tỷ đồng;\n- Chi ngân sách: 1.900 tỷ đồng.", 1900e9,
     {"subject": "Chi ngân sách"}),
]


@pytest.mark.parametrize("text,value,want", BULLET_PARTS)
def test_bullet_lines_after_a_part_cue_are_parts(text, value, want):
    _check(text, value, want)


# A plan said with its bound (`chỉ tiêu không quá 2,5%`), after a colon (`chỉ tiêu năm 2024: dưới 2%`) or as what the
# figure is close to (`xấp xỉ kế hoạch năm (45,5%)`) is the figure's target, no figure of its own.
PLAN_TARGETS = [
    ("Tỷ lệ hộ nghèo còn 2,1% (chỉ tiêu không quá 2,5%).", 2.1, 2.5),
    ("Tỷ lệ hộ nghèo còn 2,1% (chỉ tiêu năm 2024: dưới 2%).", 2.1, 2),
    ("Tỷ lệ che phủ rừng đạt 45,2%, xấp xỉ kế hoạch năm (45,5%).", 45.2, 45.5),
    ("Tỷ lệ lao động qua đào tạo đạt 68% (chỉ tiêu tối thiểu 70%).", 68, 70),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93% (chỉ tiêu không dưới 92%).", 93, 92),
    ("Tỷ lệ thất nghiệp khu vực thành thị là 3,1% (kế hoạch: dưới 3,5%).", 3.1, 3.5),
    ("Thu ngân sách đạt 12.000 tỷ đồng (mục tiêu năm: 11.500 tỷ đồng).", 12000e9, 11500e9),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới là 78%, gần bằng kế hoạch (80%).", 78, 80),
    ("Tỷ lệ trẻ em suy dinh dưỡng còn 12% (chỉ tiêu là 12,5%).", 12, 12.5),
    ("Tỷ lệ hồ sơ trực tuyến đạt 55,32% (chỉ tiêu năm 2022 đề ra là 50%).", 55.32, 50),
]


@pytest.mark.parametrize("text,value,target", PLAN_TARGETS)
def test_a_plan_with_its_bound_is_the_target(text, value, target):
    _check(text, value, {"target_value": target})
    assert len(dtextract.extract(text, published=PUBLISHED).figures) == 1


# A plan after `a unit/b unit` is the target too; the moment a stock is counted at (`tại thời điểm 30/6/2023`) is no
# part of its subject; `điểm` before a noun of places counts places; a name glued to its number after a noun
# (`trạm 4G`) is part of what is counted.
MORE_FORMS = [
    ("Thu tiền sử dụng đất đạt 652 tỷ đồng/800 tỷ đồng kế hoạch.", 652e9, {"target_value": 800e9, "total": None}),
    ("Số thu đạt 1.250 tỷ đồng/1.100 tỷ đồng dự toán năm.", 1250e9, {"target_value": 1100e9, "total": None}),
    ("Giải ngân 900 tỷ đồng/1.500 tỷ đồng.", 900e9, {"total": 1500e9, "target": None}),
    ("Nợ thuế tại thời điểm 30/6/2023 là 312 tỷ đồng.", 312e9, {"subject": "Nợ thuế"}),
    ("Dư nợ thời điểm ngày 30/9/2024 là 85.000 tỷ đồng.", 85000e9, {"subject": "Dư nợ"}),
    ("Mạng lưới bưu chính có 179 điểm phục vụ.", 179, {"kind": "count", "unit": "điểm phục vụ"}),
    ("Ngân hàng mở thêm 12 điểm giao dịch.", 12, {"kind": "count", "unit": "điểm giao dịch"}),
    ("Toàn tỉnh có 2.100 trạm BTS, trong đó 1.480 trạm 4G và 62 trạm 5G.", 1480, {"subject": "trạm 4G", "total": 2100}),
    ("Toàn tỉnh có 2.100 trạm BTS, trong đó 1.480 trạm 4G và 62 trạm 5G.", 62, {"subject": "trạm 5G"}),
    ("Đã lắp đặt 300 trạm 5G.", 300, {"subject": "trạm 5G"}),
]


@pytest.mark.parametrize("text,value,want", MORE_FORMS)
def test_plans_moments_places_and_glued_names(text, value, want):
    _check(text, value, want)


# `vụ, việc` is one unit, whose first noun counts the `vụ` of its parts; each part counts into the whole said with
# its own verb (`thụ lý 1.134 vụ` into `thụ lý 5.236 vụ, việc`, `giải quyết 1.121 vụ` into `giải quyết 4.978 …`).
_COURT = ("Tòa án đã thụ lý 5.236 vụ, việc, giải quyết 4.978 vụ, việc, đạt tỷ lệ 95,07%. Trong đó, án hình sự thụ lý "
          "1.134 vụ, giải quyết 1.121 vụ; án dân sự thụ lý 3.506 vụ, giải quyết 3.287 vụ.")
_ENFORCEMENT = ("Cơ quan thi hành án đã thụ lý 2.400 việc, giải quyết xong 2.100 việc. Trong đó, thi hành án dân sự thụ lý "
                "1.900 việc, giải quyết xong 1.700 việc.")
PARTS_BY_VERB = [
    (_COURT, 4978, {"unit": "vụ, việc", "percent": 95.07}),
    (_COURT, 5236, {"unit": "vụ, việc"}),
    (_COURT, 1134, {"total": 5236}),
    (_COURT, 1121, {"total": 4978}),
    (_COURT, 3506, {"total": 5236}),
    (_COURT, 3287, {"total": 4978}),
    (_ENFORCEMENT, 1900, {"total": 2400}),
    (_ENFORCEMENT, 1700, {"total": 2100}),
    ("Viện kiểm sát đã thụ lý 820 vụ, việc; trong đó 120 vụ án hình sự.", 820, {"unit": "vụ, việc"}),
    ("Thanh tra tỉnh tiếp nhận 340 vụ việc khiếu nại.", 340, {"unit": "vụ việc"}),
]


@pytest.mark.parametrize("text,value,want", PARTS_BY_VERB)
def test_parts_count_into_the_whole_said_with_their_verb(text, value, want):
    _check(text, value, want)


# An age bound after a counted noun says which ones it counts: the words after it stay in the subject
# (a bound that is no age, or a number after the age's clause, still ends the phrase).
AGES_AFTER_A_COUNT = [
    ("Năm 2025, cả nước có khoảng 1,42 triệu trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.", 1420000,
     "trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
    ("Tỉnh đã cấp thẻ bảo hiểm y tế cho 12.500 người từ 60 tuổi trở lên.", 12500,
     "người từ 60 tuổi trở lên được cấp thẻ bảo hiểm y tế"),
    ("Huyện có 3.200 học sinh từ 6 đến 14 tuổi được khám sức khỏe định kỳ.", 3200,
     "học sinh từ 6 đến 14 tuổi được khám sức khỏe định kỳ"),
    ("Đã có 95% trẻ em dưới 5 tuổi được uống vitamin A.", 95, "trẻ em dưới 5 tuổi được uống vitamin A"),
    ("Năm qua có 8.400 lao động trên 35 tuổi được đào tạo lại.", 8400, "lao động trên 35 tuổi được đào tạo lại"),
    ("Thành phố hỗ trợ 2.150 người đủ 80 tuổi trở lên hưởng trợ cấp xã hội.", 2150,
     "người đủ 80 tuổi trở lên hưởng trợ cấp xã hội"),
    ("Có 640 trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn.", 640, "trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn"),
    ("Toàn xã có 1.020 phụ nữ từ 15 đến 49 tuổi được tư vấn sức khỏe sinh sản.", 1020,
     "phụ nữ từ 15 đến 49 tuổi được tư vấn sức khỏe sinh sản"),
    ("Đến nay, 75% người từ 18 tuổi trở lên đã tiêm đủ liều.", 75, "người từ 18 tuổi trở lên đã tiêm đủ liều"),
    ("Có 310 thanh niên dưới 30 tuổi khởi nghiệp thành công.", 310, "thanh niên dưới 30 tuổi khởi nghiệp thành công"),
    # not an age: the bound ends the phrase as before
    ("Toàn tỉnh có 420 hộ dưới 2 triệu đồng thu nhập.", 420, "hộ"),
]


@pytest.mark.parametrize("text,value,subject", AGES_AFTER_A_COUNT)
def test_an_age_after_a_count_stays_in_its_subject(text, value, subject):
    _check(text, value, {"subject": subject})


# A rate is named by its clause when the words before it speak of an indicator or of what it counts
# (`Số giường bệnh đạt 32,5 giường/vạn dân`); a density per km² and a sex ratio per 100 girls are rates, and
# their denominators are no figures.
RATES = [
    ("Số giường bệnh đạt 32,5 giường/vạn dân.", 32.5, {"subject": "Số giường bệnh", "kind": "measure"}),
    ("Năm 2025, số bác sĩ đạt 13,8 bác sĩ/vạn dân.", 13.8, {"subject": "số bác sĩ", "unit": "bác sĩ/vạn dân"}),
    ("Mật độ dân số của huyện là 415 người/km2.", 415, {"subject": "Mật độ dân số của huyện", "unit": "người/km2"}),
    ("Mật độ dân số toàn tỉnh đạt 320 người/km².", 320, {"kind": "measure", "unit": "người/km²"}),
    ("Tỷ số giới tính khi sinh là 111,4 bé trai/100 bé gái.", 111.4,
     {"subject": "Tỷ số giới tính khi sinh", "unit": "bé trai/100 bé gái"}),
    ("Năm 2024, tỷ số giới tính khi sinh còn 109,8 bé trai/100 bé gái.", 109.8, {"kind": "measure"}),
    ("Tỷ số tử vong mẹ là 46 ca trên 100.000 trẻ đẻ sống.", 46,
     {"subject": "Tỷ số tử vong mẹ", "unit": "ca/100.000 trẻ đẻ sống"}),
    ("Số dược sĩ đại học đạt 2,6 dược sĩ/vạn dân.", 2.6, {"subject": "Số dược sĩ đại học"}),
    # the words before name nothing of the rate: the phrase from its unit to its denominator, as before
    ("Toàn tỉnh hiện có 32,5 giường bệnh/vạn dân.", 32.5, {"subject": "giường bệnh/vạn dân"}),
    ("Tỉnh có 9,5 bác sĩ trên 10.000 người dân.", 9.5, {"subject": "bác sĩ trên 10.000 người dân"}),
    ("Đến hết tháng 5 có 71.500 doanh nghiệp, đạt 0,72 doanh nghiệp trên 1.000 dân.", 0.72,
     {"subject": "doanh nghiệp trên 1.000 dân"}),
]


@pytest.mark.parametrize("text,value,want", RATES)
def test_a_rate_is_named_by_its_clause(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text,denominator", [
    ("Tỷ số giới tính khi sinh là 111,4 bé trai/100 bé gái.", 100),
    ("Tỷ số tử vong mẹ là 46 ca trên 100.000 trẻ đẻ sống.", 100000),
    ("Tỷ suất chết trẻ em là 12 ca trên 1.000 trẻ sinh sống.", 1000),
])
def test_a_rates_denominator_is_no_figure(text, denominator):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert denominator not in [f.value for f in doc.figures], [(f.text, f.value) for f in doc.figures]


# A change counted in a noun (`tăng 15 doanh nghiệp`) measures the figure of its sentence that counts that noun,
# not the figure of another thing right before it (`… với tổng vốn 3.600 tỷ đồng, tăng 15 doanh nghiệp`).
CHANGES_IN_A_NOUN = [
    ("Toàn tỉnh có 412 doanh nghiệp thành lập mới với tổng vốn đăng ký gần 3.600 tỷ đồng, tăng 15 doanh nghiệp "
     "so với cùng kỳ.", 412, 3.6e12, 15),
    ("Lực lượng công an đã bắt 210 vụ với 380 đối tượng, tăng 15 vụ so với năm trước.", 210, 380, 15),
    ("Năm 2024 có 52 dự án được cấp phép với tổng vốn 1.200 triệu USD, giảm 4 dự án.", 52, 1.2e9, 4),
    ("Tỉnh thu hút 8,2 triệu lượt khách, doanh thu đạt 5.400 tỷ đồng, tăng 1,1 triệu lượt khách.", 8.2e6, 5.4e12,
     1.1e6),
    ("Huyện cấp 1.340 giấy chứng nhận với diện tích 820 ha, tăng 210 giấy chứng nhận.", 1340, 820, 210),
    ("Có 36 hợp tác xã thành lập mới với 540 thành viên, tăng 9 hợp tác xã so với năm 2023.", 36, 540, 9),
    ("Tòa án thụ lý 2.100 vụ án với 3.050 bị cáo, giảm 120 vụ án.", 2100, 3050, 120),
    ("Trong năm có 18 dự án FDI với tổng vốn 640 triệu USD, tăng 5 dự án.", 18, 6.4e8, 5),
    ("Trường tuyển 950 sinh viên với 12 ngành đào tạo, tăng 80 sinh viên.", 950, 12, 80),
    ("Ngành y tế khám cho 45.000 bệnh nhân với chi phí 96 tỷ đồng, tăng 3.200 bệnh nhân.", 45000, 9.6e10, 3200),
]


@pytest.mark.parametrize("text,owner,other,change", CHANGES_IN_A_NOUN)
def test_a_change_counted_in_a_noun_goes_to_the_figure_counting_it(text, owner, other, change):
    _check(text, owner, {"change_value": change})
    _check(text, other, {"change": None})


def test_a_change_in_the_figures_own_noun_stays_with_it():
    _check("Toàn tỉnh có 1.250 doanh nghiệp, tăng 120 doanh nghiệp.", 1250, {"change_value": 120})
    _check("Xảy ra 45 vụ tai nạn làm chết 30 người, giảm 5 người so với cùng kỳ.", 30, {"change_value": 5})


# A figure named as the plan or the allotted target is a target (`chỉ tiêu … là N`, `đặt chỉ tiêu … là N`,
# `kế hoạch vốn … là N`, `dự toán thu … là N`, `Mục tiêu năm X, … đạt N`, `mục tiêu dưới N`); a bracketed
# target is its host's attribute and sets no status for what follows; a figure measured against a plan
# (`bằng 86% dự toán`) stays actual.
PLANS_NAMED = [
    ("Năm học 2025-2026, chỉ tiêu tuyển sinh lớp 10 công lập của thành phố là 12.300 học sinh.", 12300, "target"),
    ("Huyện đặt chỉ tiêu sản lượng cà phê năm 2026 là 98.000 tấn.", 98000, "target"),
    ("Kế hoạch vốn đầu tư công năm 2025 được giao là 6.240 tỷ đồng.", 6.24e12, "target"),
    ("Dự toán thu ngân sách năm 2026 là 21.500 tỷ đồng.", 2.15e13, "target"),
    ("Dự toán chi ngân sách địa phương năm 2025 là 14.800 tỷ đồng.", 1.48e13, "target"),
    ("Mục tiêu năm 2026, tỷ lệ hộ dân nông thôn được dùng nước sạch toàn tỉnh đạt 70%.", 70, "target"),
    ("Lạm phát được kiểm soát trong phạm vi mục tiêu dưới 4% mà Quốc hội đề ra.", 4, "target"),
    ("Tỉnh đề ra các chỉ tiêu: tỷ lệ trường đạt chuẩn quốc gia đạt 85%.", 85, "target"),
    ("Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2025 là 1,5%.", 1.5, "target"),
    ("Thành phố giao chỉ tiêu trồng mới 1.200 ha rừng.", 1200, "target"),
    # measured against a plan, or a bracketed plan: actual
    ("Thu ngân sách đạt 4.120 tỷ đồng, bằng 86% dự toán.", 4.12e12, "actual"),
    ("Giải ngân vốn đầu tư công đạt 3.100 tỷ đồng, bằng 62% kế hoạch vốn giao.", 3.1e12, "actual"),
    ("Số chỉ tiêu đạt và vượt kế hoạch là 19 chỉ tiêu.", 19, "actual"),
    ("Khối sở đạt 63% (mục tiêu 70%), còn khối huyện chỉ đạt 41%.", 41, "actual"),
    ("Tỷ lệ bao phủ đạt 92% (chỉ tiêu tỉnh giao năm 2025 là 95%). Trong đó, nhóm hộ gia đình có 120.000 người.",
     120000, "actual"),
]


@pytest.mark.parametrize("text,value,status", PLANS_NAMED)
def test_a_figure_named_as_the_plan_is_a_target(text, value, status):
    _check(text, value, {"status": status})


# A count per a unit after a slash (`17,4 tiêu chí/xã`, `35 học sinh/lớp`) is a rate: a measure whose unit keeps
# its denominator; a slash between admin units (`xã/phường`) lists them. One unit a rate is counted per
# (`trên 1 ha`) is no figure, and `hơn` after a comparative (`thấp hơn 2,5 điểm`) is an exact difference.
PER_UNIT = [
    ("Bình quân mỗi xã đạt 17,4 tiêu chí/xã.", 17.4, {"kind": "measure", "unit": "tiêu chí/xã"}),
    ("Sĩ số bình quân là 35 học sinh/lớp.", 35, {"kind": "measure", "unit": "học sinh/lớp"}),
    ("Quy mô hộ bình quân 4,2 người/hộ.", 4.2, {"kind": "measure", "unit": "người/hộ"}),
    ("Mật độ trồng rừng đạt 1.600 cây/ha.", 1600, {"kind": "measure", "unit": "cây/ha"}),
    ("Mỗi ngày có 1.200 lượt xe/ngày qua cửa khẩu.", 1200, {"kind": "measure", "unit": "lượt xe/ngày"}),
    ("Tổng tỷ suất sinh đạt 1,85 con/phụ nữ.", 1.85, {"kind": "measure", "unit": "con/phụ nữ"}),
    ("Trường có 28 giáo viên, bình quân 1,9 giáo viên/lớp.", 1.9, {"kind": "measure", "unit": "giáo viên/lớp"}),
    ("Có 124 xã/phường đạt chuẩn.", 124, {"kind": "count"}),
    ("Năng suất lúa cao hơn 3,2 tạ/ha so với vụ trước.", 3.2, {"approx": "exact"}),
    ("Tỷ lệ thất nghiệp thấp hơn 2,5 điểm phần trăm so với năm trước.", 2.5, {"approx": "exact"}),
    ("Doanh thu đạt hơn 300 tỷ đồng.", 3e11, {"approx": "over"}),
]


@pytest.mark.parametrize("text,value,want", PER_UNIT)
def test_a_count_per_a_unit_is_a_rate(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text", [
    "Giá trị thu được trên 1 ha đất canh tác đạt 160 triệu đồng.",
    "Chi phí bình quân trên 1 học sinh là 12 triệu đồng.",
    "Mật độ tính trên 1 km2 là 320 người.",
])
def test_one_unit_a_rate_is_counted_per_is_no_figure(text):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert 1 not in [f.value for f in doc.figures], [(f.text, f.value) for f in doc.figures]


# A clause that is only a change counted in a noun (`; so với năm trước giảm 20 vụ`) is the change of the figure
# of its sentence that counts that noun, against the baseline it names, and no figure of its own.
CHANGE_CLAUSES = [
    ("Năm 2024 xảy ra 150 vụ cháy, làm chết 12 người; so với năm trước giảm 20 vụ và giảm 3 người.",
     [(150, "decrease", 20), (12, "decrease", 3)], [20, 3]),
    ("Toàn tỉnh có 86 vụ tai nạn giao thông; so với cùng kỳ tăng 9 vụ.", [(86, "increase", 9)], [9]),
    ("Lực lượng chức năng phát hiện 412 vụ vi phạm, so với năm 2023 giảm 37 vụ.", [(412, "decrease", 37)], [37]),
    ("Có 2.300 hộ thoát nghèo; so với kế hoạch tăng 150 hộ.", [(2300, "increase", 150)], [150]),
    ("Đàn trâu có 8.000 con; so với cùng thời điểm năm trước giảm 120 con.", [(8000, "decrease", 120)], [120]),
    ("Toàn huyện có 45 trường đạt chuẩn quốc gia, so với năm học trước tăng 5 trường.", [(45, "increase", 5)], [5]),
    ("Tòa án thụ lý 1.020 vụ án, giải quyết 980 vụ án; so với năm trước tăng 60 vụ án.",
     [(980, "increase", 60)], [60]),
    ("Số doanh nghiệp thành lập mới là 640 doanh nghiệp; so với cùng kỳ tăng 44 doanh nghiệp.",
     [(640, "increase", 44)], [44]),
    ("Đã trồng mới 1.250 ha rừng; so với kế hoạch tăng 50 ha.", [(1250, "increase", 50)], [50]),
    ("Đã tiếp nhận 3.100 hồ sơ, so với tháng trước giảm 210 hồ sơ.", [(3100, "decrease", 210)], [210]),
]


@pytest.mark.parametrize("text,changes,not_figures", CHANGE_CLAUSES)
def test_a_clause_that_is_only_a_change_is_the_change_of_the_figure_counting_its_noun(text, changes, not_figures):
    for value, direction, change in changes:
        _check(text, value, {"change_direction": direction, "change_value": change})
    doc = dtextract.extract(text, published=PUBLISHED)
    for value in not_figures:
        assert value not in [f.value for f in doc.figures], [(f.text, f.value) for f in doc.figures]


# A gap to a yardstick named between the comparison and the number (`cao hơn trung bình cả nước 1,5 điểm`) is the
# figure's change against that yardstick.
YARDSTICK_GAPS = [
    ("Chỉ số PCI đạt 66,1 điểm, cao hơn trung bình cả nước 1,5 điểm.", 66.1, "increase", 1.5, "trung bình cả nước"),
    ("Tỷ lệ hộ nghèo còn 3,2%, thấp hơn bình quân của vùng 1,1 điểm phần trăm.", 3.2, "decrease", 1.1, None),
    ("Thu nhập bình quân đạt 72 triệu đồng, cao hơn mức bình quân cả nước 4 triệu đồng.", 7.2e7, "increase", 4e6,
     None),
    ("Điểm thi trung bình đạt 6,8 điểm, cao hơn trung bình toàn quốc 0,3 điểm.", 6.8, "increase", 0.3, None),
    ("Tỷ lệ lao động qua đào tạo đạt 71,5%, cao hơn bình quân chung cả nước 1,1 điểm phần trăm.", 71.5, "increase",
     1.1, None),
    ("Năng suất lúa đạt 62 tạ/ha, thấp hơn trung bình của tỉnh 2 tạ/ha.", 62, "decrease", 2, None),
    ("Chỉ số SIPAS đạt 84,5%, thấp hơn trung bình cả nước 0,9 điểm phần trăm.", 84.5, "decrease", 0.9, None),
    ("Tuổi thọ trung bình đạt 74,1 tuổi, cao hơn bình quân khu vực 0,6 tuổi.", 74.1, "increase", 0.6, None),
    ("Tỷ lệ đô thị hóa đạt 41%, thấp hơn mức trung bình cả nước 2 điểm phần trăm.", 41, "decrease", 2, None),
    ("Giá trị sản xuất đạt 120 triệu đồng/ha, cao hơn bình quân toàn tỉnh 15 triệu đồng.", 1.2e8, "increase", 1.5e7,
     None),
]


@pytest.mark.parametrize("text,value,direction,change,baseline", YARDSTICK_GAPS)
def test_a_gap_to_a_yardstick_is_a_change(text, value, direction, change, baseline):
    want = {"change_direction": direction, "change_value": change}
    if baseline:
        want["change_baseline"] = baseline
    _check(text, value, want)
    doc = dtextract.extract(text, published=PUBLISHED)
    assert change not in [f.value for f in doc.figures], [(f.text, f.value) for f in doc.figures]


@pytest.mark.parametrize("text,value,unit", [
    ("Thời gian xử lý hồ sơ rút ngắn từ 2 giờ xuống còn 45 phút.", 2, "giờ"),
    ("Thời gian chờ tăng từ 3 giờ lên 5 giờ.", 3, "giờ"),
    ("Thời gian thông quan giảm từ 8 giờ xuống 4 giờ.", 8, "giờ"),
])
def test_a_span_of_hours_that_changes_is_a_measure_not_a_time_of_day(text, value, unit):
    _check(text, value, {"kind": "measure", "unit": unit})


# Changes listed after their figures go to them in order, each to the first figure counting its noun that has none.
CHANGE_LISTS = [
    ("Trong 6 tháng xảy ra 98 vụ tai nạn giao thông, làm chết 61 người, bị thương 76 người; so với cùng kỳ giảm "
     "13 vụ, giảm 4 người chết và giảm 11 người bị thương.", [(98, 13), (61, 4), (76, 11)]),
    ("Năm 2024 phát hiện 320 vụ buôn lậu với 410 đối tượng; so với năm trước tăng 25 vụ và tăng 40 đối tượng.",
     [(320, 25), (410, 40)]),
    ("Trường tuyển 640 học sinh lớp 6 và 580 học sinh lớp 10; so với năm học trước tăng 30 học sinh và tăng 12 "
     "học sinh.", [(640, 30), (580, 12)]),
]


@pytest.mark.parametrize("text,pairs", CHANGE_LISTS)
def test_changes_listed_after_their_figures_go_to_them_in_order(text, pairs):
    for value, change in pairs:
        _check(text, value, {"change_value": change})
    doc = dtextract.extract(text, published=PUBLISHED)
    assert sorted(f.value for f in doc.figures) == sorted(v for v, _ in pairs), [(f.text, f.value) for f in doc.figures]


# A label before a colon may run to eight words; a topic heading (`Về nông nghiệp:`) labels nothing, the clause
# after it names its figures itself.
LABELS_AND_TOPICS = [
    ("- Vắc xin tụ huyết trùng trâu bò: 245.700 liều.", 245700, "liều Vắc xin tụ huyết trùng trâu bò"),
    ("- Vắc xin lở mồm long móng gia súc: 86.000 liều.", 86000, "liều Vắc xin lở mồm long móng gia súc"),
    ("- Hỗ trợ người có công với cách mạng: 12.400 người.", 12400, "người Hỗ trợ người có công với cách mạng"),
    ("- Thu tiền thuê đất trên địa bàn: 1.250 tỷ đồng.", 1.25e12, "Thu tiền thuê đất trên địa bàn"),
    ("- Vắc xin dại: 52.300 liều.", 52300, "liều Vắc xin dại"),
    ("Về nông nghiệp: 2.350 ha lúa và hoa màu bị ngập úng.", 2350, "diện tích lúa và hoa màu bị ngập úng"),
    ("Về thủy sản: 1.240 tấn cá nuôi bị chết do rét.", 1240, "cá nuôi bị chết do rét"),
    ("Về giáo dục: 45 trường học bị hư hỏng mái.", 45, "trường học bị hư hỏng mái"),
    ("Về y tế: 12 trạm y tế xã được sửa chữa.", 12, "trạm y tế xã được sửa chữa"),
    ("Về giao thông: 46 km đường bị sạt lở.", 46, "đường bị sạt lở"),
]


@pytest.mark.parametrize("text,value,subject", LABELS_AND_TOPICS)
def test_labels_name_their_figure_and_topics_do_not(text, value, subject):
    _check(text, value, {"subject": subject})


# A place before a colon (a headline `Ninh Bình: 100% xã …`) says where, not what: the figure names itself; an
# ordinal opener (`Thứ nhất,`) is no part of a subject; a rate per thousand (‰) is a
# measure.
PLACES_OPENERS = [
    ("Ninh Bình: 100% xã đạt chuẩn nông thôn mới", 100, {"subject": "xã đạt chuẩn nông thôn mới",
                                                          "location": "Ninh Bình"}),
    ("Hà Tĩnh: 95% hộ dân dùng nước sạch", 95, {"subject": "hộ dân dùng nước sạch", "location": "Hà Tĩnh"}),
    ("Quảng Ngãi: 12.400 lao động có việc làm mới", 12400, {"location": "Quảng Ngãi"}),
    ("Đồng Tháp: 98,5% hồ sơ được giải quyết đúng hạn", 98.5, {"subject": "hồ sơ được giải quyết đúng hạn"}),
    ("Thứ nhất, tỷ lệ hộ nghèo giảm còn 2,1%.", 2.1, {"subject": "tỷ lệ hộ nghèo"}),
    ("Thứ hai, thu ngân sách đạt 3.200 tỷ đồng.", 3.2e12, {"subject": "thu ngân sách"}),
    ("Thứ ba, số bác sĩ đạt 12,5 bác sĩ/vạn dân.", 12.5, {"subject": "số bác sĩ"}),
    ("Thứ tư, tỷ lệ trường đạt chuẩn đạt 78%.", 78, {"subject": "tỷ lệ trường đạt chuẩn"}),
    ("Năm 2024, tỷ suất sinh thô đạt 11,3‰.", 11.3, {"kind": "measure", "unit": "‰"}),
    ("Tỷ suất chết thô là 6,8‰.", 6.8, {"kind": "measure", "unit": "‰", "subject": "Tỷ suất chết thô"}),
]


@pytest.mark.parametrize("text,value,want", PLACES_OPENERS)
def test_places_before_a_colon_and_openers_name_nothing(text, value, want):
    _check(text, value, want)


# A period phrase inside a comparison (`so với cùng thời điểm năm 2023`, `gấp 2 lần năm 2023`) is a baseline: the
# figures after it keep the period said before.
BASELINE_PERIODS = [
    ("Tại thời điểm 01/4/2024, đàn bò đạt 90.000 con, tăng 2% so với cùng thời điểm năm 2023; đàn trâu 8.000 con.",
     8000, None, "2024-04-01"),
    ("Năm 2024, toàn tỉnh cứng hóa 320 km đường, gấp 2 lần năm 2023; xây mới 45 cầu.", 45, "2024-01-01",
     "2024-12-31"),
    ("Năm 2024, thu ngân sách đạt 5.200 tỷ đồng, bằng 108% năm 2023; chi ngân sách 7.100 tỷ đồng.", 7.1e12,
     "2024-01-01", "2024-12-31"),
    ("Quý I/2025, xuất khẩu đạt 420 triệu USD, tăng 9% so với cùng kỳ năm 2024; nhập khẩu 180 triệu USD.", 1.8e8,
     "2025-01-01", "2025-03-31"),
    ("Tháng 10/2025, doanh thu đạt 900 tỷ đồng, giảm 3% so với cùng thời gian năm 2024; lợi nhuận 40 tỷ đồng.", 4e10,
     "2025-10-01", "2025-10-31"),
    ("Năm 2023, tỉnh đón 3,1 triệu lượt khách, gấp 1,5 lần năm 2022; doanh thu 4.000 tỷ đồng.", 4e12,
     "2023-01-01", "2023-12-31"),
    # a comparison ended by a comma leaves a period after it alone
    ("So với kế hoạch, năm 2024 tỉnh trồng 1.200 ha rừng.", 1200, "2024-01-01", "2024-12-31"),
]


@pytest.mark.parametrize("text,value,start,end", BASELINE_PERIODS)
def test_a_period_inside_a_comparison_is_a_baseline(text, value, start, end):
    fig, _ = _figure(text, value)
    assert fig.period is not None, text
    got = (fig.period.start.isoformat() if fig.period.start else None,
           fig.period.end.isoformat() if fig.period.end else None)
    assert got == (start, end), (text, fig.period)


# A change counted in a score's unit said after a rank is the score's (`đạt 67,35 điểm, xếp hạng 12/63, tăng 1,82
# điểm`); steps (`bậc`) are the rank's change, also in a clause of their own (`nhưng giảm 1 bậc`).
SCORES_AND_RANKS = [
    ("Năm 2023, tỉnh đạt 67,35 điểm, xếp hạng 12/63, tăng 1,82 điểm so với năm 2022 nhưng giảm 1 bậc.",
     [(67.35, "increase", 1.82), (12, "decrease", 1)], [1.82, 1]),
    ("Chỉ số PAPI của tỉnh đạt 44,2 điểm, xếp thứ 15/63, tăng 0,9 điểm và tăng 6 bậc.",
     [(44.2, "increase", 0.9), (15, "increase", 6)], [0.9, 6]),
    ("Chỉ số SIPAS đạt 86,1%, xếp thứ 20/63, giảm 3 bậc so với năm trước.", [(20, "decrease", 3)], [3]),
    ("PAR Index đạt 88,47 điểm, xếp thứ 9/63, tăng 8 bậc và cao hơn giá trị trung bình của cả nước 3,2 điểm.",
     [(88.47, "increase", 3.2), (9, "increase", 8)], [3.2, 8]),
]


@pytest.mark.parametrize("text,changes,not_figures", SCORES_AND_RANKS)
def test_a_scores_change_said_after_its_rank_is_the_scores(text, changes, not_figures):
    for value, direction, change in changes:
        _check(text, value, {"change_direction": direction, "change_value": change})
    doc = dtextract.extract(text, published=PUBLISHED)
    for value in not_figures:
        assert value not in [f.value for f in doc.figures], [(f.text, f.value) for f in doc.figures]


# Bullet lines after a line that ends in a colon break down the figure that line states, else the figure of the
# sentence before it counting the same thing, when they add up to no more than it.
BULLET_BREAKDOWNS = [
    ("Các khu du lịch đón khoảng 850.000 lượt khách. Một số điểm có lượng khách lớn:\n- Tràng An: 415.000 lượt;\n"
     "- Bái Đính: 196.000 lượt.", 196000, 850000),
    ("Toàn tỉnh có 1.200 lao động được giải quyết việc làm:\n- Việc làm trong tỉnh: 700 lao động;\n"
     "- Xuất khẩu lao động: 500 lao động.", 700, 1200),
    ("Năm 2024 tỉnh cấp 3.400 giấy chứng nhận. Kết quả ở một số huyện:\n- Huyện Đông: 1.200 giấy chứng nhận;\n"
     "- Huyện Tây: 900 giấy chứng nhận.", 900, 3400),
    ("Tổng vốn giải ngân đạt 2.100 tỷ đồng, phân theo nguồn:\n• Vốn trung ương: 1.300 tỷ đồng;\n"
     "• Vốn địa phương: 800 tỷ đồng.", 8e11, 2.1e12),
    # a different thing, or parts adding up past the figure: no whole
    ("Năm 2024, tỉnh có 320 doanh nghiệp. Kết quả cụ thể như sau:\n- Doanh thu: 1.200 tỷ đồng;\n"
     "- Nộp ngân sách: 96 tỷ đồng.", 9.6e10, None),
    ("Tỉnh còn 500 hộ nghèo. Kết quả rà soát ở hai huyện:\n- Huyện Đông: 300 hộ;\n- Huyện Tây: 400 hộ.", 400, None),
]


@pytest.mark.parametrize("text,value,total", BULLET_BREAKDOWNS)
def test_bullets_after_a_colon_break_down_the_figure_before(text, value, total):
    _check(text, value, {"total": total})


# `chương trình mục tiêu quốc gia` names a programme: it sets no target; `thành phố` before a number is a city's
# (`ngân sách thành phố 48 tỷ đồng`), not a street's house number.
PROGRAMMES_AND_CITIES = [
    ("Tổng vốn thực hiện 3 chương trình mục tiêu quốc gia năm 2024 là 2.846 tỷ đồng.", 2.846e12,
     {"status": "actual", "target": None}),
    ("Tỉnh đã giải ngân vốn chương trình mục tiêu quốc gia giảm nghèo bền vững 500 tỷ đồng.", 5e11,
     {"status": "actual"}),
    ("Vốn các chương trình mục tiêu quốc gia đạt 1.120 tỷ đồng, bằng 64% kế hoạch.", 1.12e12,
     {"status": "actual", "percent": 64}),
    ("Năm 2024, chương trình mục tiêu quốc gia xây dựng nông thôn mới được phân bổ 620 tỷ đồng.", 6.2e11,
     {"status": "actual"}),
    ("Mục tiêu năm 2026, tỷ lệ hộ nghèo giảm còn 2%.", 2, {"status": "target"}),
    ("Kinh phí khoảng 65 tỷ đồng, trong đó ngân sách thành phố 48 tỷ đồng.", 4.8e10, {"total": 6.5e10}),
    ("Ngân sách thành phố 120 tỷ đồng được dành cho giáo dục.", 1.2e11, {"kind": "money"}),
    ("Thành phố 35 năm xây dựng có 12 dự án lớn.", 12, {"kind": "count"}),
]


@pytest.mark.parametrize("text,value,want", PROGRAMMES_AND_CITIES)
def test_programme_names_and_city_words(text, value, want):
    _check(text, value, want)


# A change said as a range (`tăng từ 18 đến 20%`) is the figure's change (its lower end); a hedge before a share
# (`chỉ đạt 30,8%`, `chiếm chưa đến 0,01%`) still attaches it.
RANGES_AND_HEDGES = [
    ("Doanh thu dự kiến đạt 32 tỷ USD, tăng từ 18 đến 20% so với năm 2024.", 3.2e10,
     {"change_value": 18, "change_unit": "%"}),
    ("Sản lượng đạt 1,2 triệu tấn, tăng từ 5 đến 7% so với cùng kỳ.", 1.2e6, {"change_value": 5}),
    ("Số khách đạt 850.000 lượt, giảm từ 3 đến 4% so với năm trước.", 850000,
     {"change_value": 3, "change_direction": "decrease"}),
    ("Vốn sự nghiệp giải ngân 292,6 tỷ đồng, chỉ đạt 30,8%.", 2.926e11, {"percent": 30.8}),
    ("Có 8.412 bưu gửi bị thất lạc, chiếm chưa đến 0,01% sản lượng.", 8412, {"percent": 0.01}),
    ("Thu nội địa đạt 1.500 tỷ đồng, mới đạt 42% dự toán.", 1.5e12, {"percent": 42}),
    ("Huyện giải ngân 96 tỷ đồng, cũng đạt 88% kế hoạch.", 9.6e10, {"percent": 88}),
    # after `;` a range with its own noun is a claim of its own
    ("Tỷ lệ khám phá án đạt trên 80%; giảm từ 5 đến 10% số vụ tai nạn giao thông.", 80, {"change": None}),
]


@pytest.mark.parametrize("text,value,want", RANGES_AND_HEDGES)
def test_ranges_of_change_and_hedged_shares(text, value, want):
    _check(text, value, want)


# A level reached (`giảm còn 17,35%`, `tăng lên 45%`) is no rate of change: the change after it is its own; the
# attributes after a bracket of parts step over it (`2.936 lượt (trong đó 812 lượt …), giảm 3,1%`); capacities
# (kVA, MVA) are measures and a price per head is money.
LEVELS_BRACKETS_UNITS = [
    ("Năm 2024, tỷ lệ hộ nghèo giảm còn 17,35%, giảm 4,2 điểm phần trăm so với cuối năm 2023.", 17.35,
     {"change_value": 4.2, "change_direction": "decrease"}),
    ("Tỷ lệ đô thị hóa tăng lên 45%, tăng 2 điểm phần trăm so với năm trước.", 45, {"change_value": 2}),
    ("Tỷ lệ thất nghiệp giảm xuống còn 2,1%, giảm 0,3 điểm phần trăm.", 2.1, {"change_value": 0.3}),
    ("GRDP ước tăng 7,2% so với cùng kỳ.", 7.2, {"change": None}),
    ("Có 2.936 lượt tàu ra vào cảng (trong đó 812 lượt tàu nước ngoài), giảm 3,1% so với cùng kỳ.", 2936,
     {"change_value": 3.1}),
    ("Có 2.936 lượt tàu ra vào cảng (trong đó 812 lượt tàu nước ngoài), giảm 3,1% so với cùng kỳ.", 812,
     {"total": 2936, "change": None}),
    ("Tỉnh có 420 trường học (gồm 150 trường mầm non), tăng 6 trường so với năm trước.", 420, {"change_value": 6}),
    ("Trạm có tổng công suất 23.450 kVA.", 23450, {"kind": "measure", "unit": "kVA"}),
    ("Lắp đặt 2 máy biến áp 250 MVA.", 250, {"kind": "measure", "unit": "MVA"}),
    ("Thu nhập bình quân đạt khoảng 380 USD/người/năm.", 380, {"kind": "money"}),
]


@pytest.mark.parametrize("text,value,want", LEVELS_BRACKETS_UNITS)
def test_levels_brackets_of_parts_and_units(text, value, want):
    _check(text, value, want)


# `Kết quả như sau:` opens parts of the figures before it; a part counts into the whole said with the same words
# after the unit (`40 cơ sở vi phạm` into `60 cơ sở vi phạm`), else with the same verb.
RESULTS_AS_FOLLOWS = [
    ("Đoàn kiểm tra 500 cơ sở, phát hiện 60 cơ sở vi phạm. Kết quả như sau: cơ sở kinh doanh 300 cơ sở, có 40 cơ sở "
     "vi phạm; cơ sở sản xuất 200 cơ sở, có 20 cơ sở vi phạm.", [(300, 500), (40, 60), (200, 500), (20, 60)]),
    ("Năm 2024 cấp 1.200 giấy phép, thu hồi 80 giấy phép bị hủy. Cụ thể như sau: tại huyện A cấp 700 giấy phép, "
     "có 50 giấy phép bị hủy; tại huyện B cấp 500 giấy phép, có 30 giấy phép bị hủy.",
     [(700, 1200), (50, 80), (30, 80)]),
]


@pytest.mark.parametrize("text,pairs", RESULTS_AS_FOLLOWS)
def test_results_as_follows_are_parts_said_alike(text, pairs):
    for value, total in pairs:
        _check(text, value, {"total": total})


# A plan in a bracket after a change against it (`vượt 16,5% dự toán (dự toán giao 160 tỷ đồng)`) is the target;
# mine sites and tourist sites are counted (`38 điểm mỏ`), a container throughput is a measure (TEU).
PLANS_AND_SITES = [
    ("Tiền cấp quyền khai thác thu được 186,4 tỷ đồng, vượt 16,5% dự toán (dự toán giao 160 tỷ đồng).", 1.864e11,
     {"target_value": 1.6e11}),
    ("Thu phí bảo vệ môi trường đạt 52 tỷ đồng, vượt 4% dự toán (dự toán giao 50 tỷ đồng).", 5.2e10,
     {"target_value": 5e10}),
    ("Toàn tỉnh có 38 điểm mỏ đang khai thác.", 38, {"kind": "count", "unit": "điểm mỏ"}),
    ("Huyện có 12 điểm du lịch cộng đồng.", 12, {"kind": "count", "unit": "điểm du lịch"}),
    ("Sản lượng container qua cảng đạt 168.540 TEU.", 168540, {"kind": "measure", "unit": "TEU"}),
]


@pytest.mark.parametrize("text,value,want", PLANS_AND_SITES)
def test_bracketed_plans_sites_and_containers(text, value, want):
    _check(text, value, want)


# Members of a set named at a sentence's head may be counted by a generic noun (`đơn vị`, `địa phương`) or by the
# set's head noun (`nhóm` of `nhóm hàng`).
SET_MEMBERS = [
    ("Trong số 260 xã, phường, thị trấn, có 258 đơn vị có chi bộ ở 100% thôn.", 258, 260),
    ("Trong 12 nhóm hàng, có 8 nhóm tăng giá và 4 nhóm giảm giá.", 4, 12),
    ("Trong 25 chỉ tiêu, có 24 chỉ tiêu đạt và vượt.", 24, 25),
    ("Trong số 63 tỉnh, thành phố, có 40 địa phương hoàn thành kế hoạch.", 40, 63),
    ("Trong 9 huyện, thị xã, có 7 đơn vị đạt chuẩn.", 7, 9),
]


@pytest.mark.parametrize("text,value,total", SET_MEMBERS)
def test_members_of_a_set_named_at_the_head(text, value, total):
    _check(text, value, {"total": total})


# A gap to an earlier period or a record named before the number (`cao hơn cùng kỳ 12%`, `thấp hơn năm trước 15
# vụ`, `cao hơn kỷ lục cũ 2 điểm`) is a change; `cùng kỳ 12%` names no session; a classifier that ends its clause
# (`chỉ tiêu là 30 căn.`) is a unit, so the plan attaches.
EARLIER_PERIODS_AND_CLASSIFIERS = [
    ("Doanh thu đạt 500 tỷ đồng, cao hơn cùng kỳ 12%.", 5e11, {"change_value": 12, "change_baseline": "cùng kỳ"}),
    ("Số vụ tai nạn là 120 vụ, thấp hơn năm trước 15 vụ.", 120, {"change_direction": "decrease", "change_value": 15}),
    ("Đội bắn được 95 điểm, cao hơn kỷ lục cũ 2 điểm.", 95, {"change_value": 2}),
    ("Sản lượng đạt 42.000 tấn, thấp hơn cùng kỳ năm trước 3%.", 42000, {"change_value": 3}),
    ("Lượng khách đạt 1,2 triệu lượt, cao hơn tháng trước 8%.", 1.2e6, {"change_value": 8}),
    ("Xã xây 20 căn nhà, chỉ tiêu là 30 căn.", 20, {"target_value": 30}),
    ("Huyện cấp 150 con bò giống, kế hoạch là 200 con.", 150, {"target_value": 200}),
    # a plan allotted to another place is a target of its own, not this figure's
    ("Đề án xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội, chỉ tiêu giao cho Bình Định là 16.700 căn.", 1e6,
     {"target": None}),
]


@pytest.mark.parametrize("text,value,want", EARLIER_PERIODS_AND_CLASSIFIERS)
def test_gaps_to_earlier_periods_and_classifiers_at_a_clause_end(text, value, want):
    _check(text, value, want)


# `về số X` / `về vốn` after a change names the figure it is of (`48 doanh nghiệp … tổng vốn 356 tỷ đồng, giảm
# 12,5% về số doanh nghiệp`); the reading goes on, so a second change `về số vốn` is the amount's.
CHANGES_ABOUT = [
    ("Trong tháng có 48 doanh nghiệp thành lập mới với tổng vốn đăng ký 356 tỷ đồng, giảm 12,5% về số doanh nghiệp "
     "so với tháng trước.", [(48, 12.5, "tháng trước")], [3.56e11]),
    ("Có 540 dự án được cấp phép với số vốn đăng ký đạt 13,36 tỷ USD, tăng 1,7% so với cùng kỳ năm trước về số dự án "
     "và giảm 0,6% về số vốn đăng ký.", [(540, 1.7, "cùng kỳ năm trước"), (1.336e10, 0.6, None)], []),
    ("Huyện có 120 hợp tác xã với 2.400 thành viên, tăng 8% về số hợp tác xã.", [(120, 8, None)], [2400]),
    ("Có 36 dự án với tổng vốn 1.250 tỷ đồng, tăng 20% về vốn so với năm trước.", [(1.25e12, 20, "năm trước")], [36]),
]


@pytest.mark.parametrize("text,changes,without", CHANGES_ABOUT)
def test_a_change_about_a_named_figure_is_that_figures(text, changes, without):
    for value, change, baseline in changes:
        want = {"change_value": change}
        if baseline:
            want["change_baseline"] = baseline
        _check(text, value, want)
    for value in without:
        _check(text, value, {"change": None})


# A share said right after a bracketed count (`Lao động nữ (300 người) chiếm 31,9%`) is that count's.
BRACKETED_COUNT_SHARES = [
    ("Lao động nữ (300 người) chiếm 31,9%.", 300, 31.9),
    ("Học sinh dân tộc thiểu số (1.240 em) chiếm 18,5% tổng số học sinh.", 1240, 18.5),
    ("Hộ cận nghèo (402 hộ) chiếm 7,85%.", 402, 7.85),
]


@pytest.mark.parametrize("text,value,percent", BRACKETED_COUNT_SHARES)
def test_a_share_after_a_bracketed_count_is_its(text, value, percent):
    _check(text, value, {"percent": percent})
    doc = dtextract.extract(text, published=PUBLISHED)
    assert percent not in [f.value for f in doc.figures]


# A count that opens a bracket counts the items named right before it (`do chập điện (12 vụ)`, `thị trường Nhật Bản
# (5.120 lao động)`), but not after a place (a list of places) or after a figure it breaks down.
BRACKETED_COUNTS_NAMED_BEFORE = [
    ("Nguyên nhân chủ yếu là do chập điện (12 vụ), sơ suất khi sử dụng lửa (8 vụ).", 12, "vụ do chập điện"),
    ("Nguyên nhân chủ yếu là do chập điện (12 vụ), sơ suất khi sử dụng lửa (8 vụ).", 8, "vụ sơ suất khi sử dụng lửa"),
    ("Trong đó, thị trường Nhật Bản (5.120 lao động) chiếm tỷ lệ cao nhất.", 5120, "lao động thị trường Nhật Bản"),
    ("Số ca mắc chủ yếu là sốt xuất huyết (420 ca).", 420, "ca sốt xuất huyết"),
    # (after a list's lead that names them: what the lead names, `lao động`)
    ("Các huyện có nhiều lao động là Nông Cống (1.240 người), Triệu Sơn (1.105 người).", 1105, "lao động"),
    ("Đoàn giành tổng cộng 130 huy chương (42 huy chương vàng, 40 huy chương bạc).", 42, "huy chương vàng"),
]


@pytest.mark.parametrize("text,value,subject", BRACKETED_COUNTS_NAMED_BEFORE)
def test_a_count_opening_a_bracket_counts_what_is_named_before(text, value, subject):
    _check(text, value, {"subject": subject})


# An area of a crop or of land (`gieo cấy 75.200 ha lúa`) is that area: `diện tích lúa`, not `ha lúa`.
AREAS = [
    ("Vụ mùa năm 2024 toàn tỉnh gieo cấy 75.200 ha lúa.", 75200, "diện tích lúa"),
    ("Toàn xã có 9.460 ha quế.", 9460, "diện tích quế"),
    ("Đã trồng mới 1.200 ha rừng.", 1200, "diện tích rừng"),
    ("Huyện có 28.500 ha vải thiều.", 28500, "diện tích vải thiều"),
    ("Năm nay tỉnh chuyển đổi 640 ha đất lúa kém hiệu quả.", 640, "diện tích đất lúa kém hiệu quả"),
    ("Diện tích gieo trồng cây vụ đông đạt 35.000 ha.", 35000, "Diện tích gieo trồng cây vụ đông"),
]


@pytest.mark.parametrize("text,value,subject", AREAS)
def test_an_area_of_a_crop_is_its_area(text, value, subject):
    _check(text, value, {"subject": subject})


# A clause that opens with an aggregate (`Tính chung 9 tháng`, `Lũy kế 10 tháng`) names no new subject: it goes on
# with the indicator of the sentence before.
AGGREGATES = [
    ("Tổng mức bán lẻ hàng hóa tháng 9 ước đạt 5.600 tỷ đồng. Tính chung 9 tháng đạt 50.217 tỷ đồng.", 5.0217e13,
     "Tổng mức bán lẻ hàng hóa"),
    ("Vốn đầu tư thực hiện tháng 10 đạt 1.200 tỷ đồng. Lũy kế 10 tháng đạt 11.500 tỷ đồng.", 1.15e13,
     "Vốn đầu tư thực hiện"),
    ("Kim ngạch xuất khẩu tháng 11 đạt 420 triệu USD. Cộng dồn 11 tháng đạt 4,3 tỷ USD.", 4.3e9,
     "Kim ngạch xuất khẩu"),
    ("Thu ngân sách tháng 6 đạt 800 tỷ đồng. Tính chung 6 tháng đạt 4.100 tỷ đồng, bằng 52% dự toán.", 4.1e12,
     "Thu ngân sách"),
]


@pytest.mark.parametrize("text,value,subject", AGGREGATES)
def test_an_aggregate_goes_on_with_the_indicator_before(text, value, subject):
    _check(text, value, {"subject": subject})


# A qualifier of the next figure (`và gần 1,8 kg`, `với khoảng 3.400 hộ`) is no part of the subject before it.
QUALIFIER_TAILS = [
    ("Lực lượng chức năng thu giữ 3.470 viên hồng phiến và gần 1,8 kg heroin.", 3470, "viên hồng phiến"),
    ("Toàn tỉnh có 45 hợp tác xã với hơn 2.000 thành viên.", 45, "hợp tác xã"),
    ("Năm 2024 có 12 khu công nghiệp và khoảng 30 cụm công nghiệp.", 12, "khu công nghiệp"),
]


@pytest.mark.parametrize("text,value,subject", QUALIFIER_TAILS)
def test_a_qualifier_of_the_next_figure_is_no_part_of_a_subject(text, value, subject):
    _check(text, value, {"subject": subject})


# What opens a sentence of a report says when and of which part, not what is counted: a period phrase (`9 tháng`,
# `Từ đầu năm đến ngày 15/4/2024,`) or a topic (`Về y tế,`). The number of a date makes no list of figures; an item
# that names its own indicator after the last one (`… và tổng số lao động đăng ký 79,6 nghìn lao động`) is named by
# it; a linking word alone (`14 hộ thuộc 9 xã`) names nothing.
OPENERS = [
    ("Về y tế, 6 tháng đầu năm các bệnh viện khám cho 120.000 lượt người.", 120000, "lượt người các bệnh viện khám"),
    ("Về xã hội, 9 tháng toàn tỉnh tạo việc làm mới cho 28.450 lao động.", 28450, "lao động tạo việc làm"),
    ("Về lao động, năm 2024 toàn huyện đưa 310 lao động đi làm việc ở nước ngoài.", 310,
     "lao động đi làm việc ở nước ngoài"),
    ("Từ đầu năm đến ngày 15/4/2024, bệnh cúm gia cầm xảy ra tại 14 hộ thuộc 9 xã.", 9, "xã bệnh cúm gia cầm xảy ra"),
    ("Từ đầu năm đến ngày 15/4/2024, bệnh cúm gia cầm xảy ra tại 14 hộ thuộc 9 xã.", 14, "hộ bệnh cúm gia cầm xảy ra"),
    ("Tính đến ngày 31/5/2024, dịch sốt xuất huyết ghi nhận tại 26 xã của 5 huyện.", 5,
     "huyện dịch sốt xuất huyết ghi nhận"),
    ("Trong tháng Chín, cả nước có 12,4 nghìn doanh nghiệp thành lập mới và tổng số lao động đăng ký 79,6 nghìn lao động.",
     79600, "lao động đăng ký"),
    ("Trong tháng Chín, cả nước có 12,4 nghìn doanh nghiệp thành lập mới và tổng số lao động đăng ký 79,6 nghìn lao động.",
     12400, "doanh nghiệp thành lập mới"),
    ("Năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới, 320 doanh nghiệp giải thể.", 320, "doanh nghiệp giải thể"),
    ("Quý I/2024, huyện hỗ trợ 52 hộ thuộc diện hộ nghèo.", 52, "hộ thuộc diện hộ nghèo"),
]


@pytest.mark.parametrize("text,value,subject", OPENERS)
def test_a_period_or_topic_opening_the_sentence_is_no_part_of_a_subject(text, value, subject):
    _check(text, value, {"subject": subject})


# A share claimed of an indicator (`đạt`, `ở mức`) is a share of the noun after it: a plan, a total, the population. That
# noun is its base: the claim names the figure, of that base.
SHARE_BASES = [
    ("Tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 91% kế hoạch vốn.", 91,
     "Tỷ lệ giải ngân vốn đầu tư công của tỉnh kế hoạch vốn"),
    ("Tỷ lệ nợ xấu ở mức 1,2% tổng dư nợ.", 1.2, "Tỷ lệ nợ xấu tổng dư nợ"),
    ("Tiêm phòng vụ xuân đạt trên 85% kế hoạch.", 85, "Tiêm phòng vụ xuân kế hoạch"),
    ("Công tác thu hồi nợ thuế đạt 64% chỉ tiêu.", 64, "Công tác thu hồi nợ thuế chỉ tiêu"),
    ("Tỷ lệ cấp giấy chứng nhận đạt 98,7% diện tích cần cấp.", 98.7, "Tỷ lệ cấp giấy chứng nhận diện tích cần cấp"),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% dân số.", 93.2, "Tỷ lệ bao phủ bảo hiểm y tế dân số"),
    # what a share counts, when the clause before names no indicator of its own
    ("Toàn tỉnh có 100% xã đạt chuẩn nông thôn mới.", 100, "xã đạt chuẩn nông thôn mới"),
    ("Hà Nam đạt 95% dân số tham gia bảo hiểm y tế.", 95, "dân số tham gia bảo hiểm y tế"),
]


@pytest.mark.parametrize("text,value,subject", SHARE_BASES)
def test_the_noun_after_a_claimed_share_is_its_base(text, value, subject):
    _check(text, value, {"subject": subject})


# A change after `;` that names what changes (`giảm ít nhất 5% số vụ`) is a claim of its own; modifier words of a unit end
# at a colon, so a change after `tiêu chí:` is not that count's.
OWN_CHANGES = [
    ("Năm 2025, Công an tỉnh phấn đấu tỷ lệ điều tra khám phá án đạt trên 90%; giảm ít nhất 5% số vụ phạm pháp hình sự.",
     5, {"kind": "percent", "status": "target"}),
    ("Năm 2025, Công an tỉnh phấn đấu tỷ lệ điều tra khám phá án đạt trên 90%; giảm ít nhất 5% số vụ phạm pháp hình sự.",
     90, {"approx": "over"}),
    ("Tai nạn giao thông giảm trên cả 3 tiêu chí: số vụ giảm 12 vụ, số người chết giảm 9 người.", 12, {"unit": "vụ"}),
    ("Thu ngân sách đạt 15.000 tỷ đồng, tăng ít nhất 10% so với dự toán.", 15e12,
     {"change_value": 10, "change_approx": "at_least"}),
]


@pytest.mark.parametrize("text,value,want", OWN_CHANGES)
def test_a_change_with_its_own_object_or_after_a_colon_is_a_figure(text, value, want):
    _check(text, value, want)
    if value == 90:
        assert _figure(text, 90)[0].change is None
    if value == 12:
        assert _figure(text, 3)[0].change is None


# A part that names nothing but its unit and its place (`gồm huyện Lạc Sơn 30 nhà`, `trong đó huyện Đầm Dơi 40 tỷ đồng`)
# is its whole's thing; a part with a label of its own (`Vốn ngân sách tỉnh: 58 tỷ đồng`) keeps it.
PLACE_PARTS = [
    ("Năm 2023, tỉnh Hòa Bình có 52 nhà bị sập, gồm huyện Lạc Sơn 30 nhà và huyện Mai Châu 22 nhà.", 30, "nhà bị sập"),
    ("Năm 2023, tỉnh Hòa Bình có 52 nhà bị sập, gồm huyện Lạc Sơn 30 nhà và huyện Mai Châu 22 nhà.", 22, "nhà bị sập"),
    ("Thiệt hại do bão ước 120 tỷ đồng, trong đó huyện Đầm Dơi 40 tỷ đồng.", 40e9, "Thiệt hại do bão"),
    ("Tổng vốn đạt 900 tỷ đồng, gồm: vốn ngân sách tỉnh: 300 tỷ đồng; vốn doanh nghiệp: 600 tỷ đồng.", 300e9,
     "vốn ngân sách tỉnh"),
]


@pytest.mark.parametrize("text,value,subject", PLACE_PARTS)
def test_a_part_naming_only_its_place_is_its_wholes_thing(text, value, subject):
    _check(text, value, {"subject": subject})


# Money per a unit keeps its denominator (FIGURES.md §3, Rates: `96 triệu đồng/ha` → unit `đồng/ha`), and an average is
# no sum of parts: only a flow per time (`tấn/ngày`) adds up.
MONEY_RATES = [
    ("Giá xăng RON 95 là 23.500 đồng/lít.", 23500, {"kind": "money", "unit": "đồng/lít"}),
    ("Giá đất nông nghiệp phổ biến 96 triệu đồng/ha.", 96e6, {"kind": "money", "unit": "đồng/ha"}),
    ("Giá thuê văn phòng khoảng 5 USD/m2/tháng.", 5, {"kind": "money", "unit": "USD/m2/tháng"}),
    ("Doanh thu đạt 652 tỷ đồng/800 tỷ đồng kế hoạch.", 652e9, {"unit": "đồng", "target_value": 800e9}),
    ("Thu nhập bình quân đạt 8,9 triệu đồng/người/tháng. Trong đó, khu vực nhà nước 7,8 triệu đồng/người/tháng.", 7.8e6,
     {"unit": "đồng/người/tháng", "total": None}),
    ("Kinh phí hỗ trợ là 10 tỷ đồng. Cụ thể: hộ nghèo 4 tỷ đồng, mức 500.000 đồng/suất.", 500000, {"total": None}),
    ("Kinh phí hỗ trợ là 10 tỷ đồng. Cụ thể: hộ nghèo 4 tỷ đồng, mức 500.000 đồng/suất.", 4e9, {"total": 10e9}),
    ("Lượng rác phát sinh khoảng 1.120 tấn/ngày, trong đó khu vực đô thị khoảng 760 tấn/ngày.", 760,
     {"total": 1120}),
]


@pytest.mark.parametrize("text,value,want", MONEY_RATES)
def test_money_rates_keep_their_denominator_and_averages_have_no_whole(text, value, want):
    _check(text, value, want)


# A noun phrase with a comma of its own (`hộ nông, lâm nghiệp và thủy sản`, `cuộc thanh tra, kiểm tra tại doanh nghiệp`),
# closed by a second comma, still names the figure: the share or change after it is the figure's.
COMMA_NOUNS = [
    ("Toàn tỉnh có 176.320 hộ nông, lâm nghiệp và thủy sản, chiếm 61,5%; giảm 18.960 hộ so với năm 2020.", 176320,
     {"percent": 61.5, "change_value": 18960}),
    ("Thanh tra tỉnh đã thực hiện 58 cuộc thanh tra, kiểm tra tại doanh nghiệp, đạt 105% kế hoạch.", 58,
     {"percent": 105}),
    # one comma and a clause of its own: the change is another thing's
    ("Huyện có 120 hộ nghèo, hộ cận nghèo giảm 5%.", 120, {"change": None}),
    ("Huyện có 120 hộ nghèo, trong đó hộ dân tộc thiểu số, chiếm 60%.", 120, {"percent": None}),
]


@pytest.mark.parametrize("text,value,want", COMMA_NOUNS)
def test_a_noun_phrase_with_its_own_comma_still_names_the_figure(text, value, want):
    _check(text, value, want)


# A rate set against a plan with `trong khi` takes it as its target; a count set against another thing's plan does not,
# and a gap in points to a plan is a change against it (FIGURES.md §3).
PLANS_IN_CONTRAST = [
    ("Tỷ lệ hồ sơ đúng hạn đạt 88,2%, trong khi chỉ tiêu năm 2025 đề ra là 90%.", 88.2, {"target_value": 90}),
    ("Năm nay có 19.950 học sinh tốt nghiệp, trong khi chỉ tiêu tuyển sinh là 13.640 học sinh.", 13640,
     {"unit": "học sinh"}),
    ("Tỷ lệ tiêm chủng đạt 97,5%, vượt chỉ tiêu 2,5 điểm phần trăm.", 97.5,
     {"change_value": 2.5, "change_direction": "increase", "target": None}),
]


@pytest.mark.parametrize("text,value,want", PLANS_IN_CONTRAST)
def test_a_plan_in_contrast_and_a_gap_in_points(text, value, want):
    _check(text, value, want)


# Items after `gồm` name themselves (`gồm: ngân sách trung ương 58 tỷ đồng, ngân sách tỉnh 40 tỷ đồng`): the indicator
# of the clause before the cue is the whole's.
SOURCES = [
    ("Tổng vốn đầu tư là 132,6 tỷ đồng, gồm: ngân sách trung ương 58 tỷ đồng, ngân sách tỉnh 40 tỷ đồng.", 40e9,
     {"subject": "ngân sách tỉnh", "total": 132.6e9}),
    ("Tổng vốn đầu tư là 132,6 tỷ đồng, gồm: ngân sách trung ương 58 tỷ đồng, ngân sách tỉnh 40 tỷ đồng.", 132.6e9,
     {"subject": "Tổng vốn đầu tư"}),
]


@pytest.mark.parametrize("text,value,want", SOURCES)
def test_items_after_gom_name_themselves(text, value, want):
    _check(text, value, want)


# 12. A period that begins after the article's date holds no result yet.
@pytest.mark.parametrize("text,value,status", [
    ("Theo Nghị quyết, năm 2026 tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 11% trở lên.", 11, "target"),
    ("Năm 2026, tổng thu ngân sách trên địa bàn đạt 58.500 tỷ đồng theo kế hoạch được giao.", 58.5e12, "target"),
    ("Năm 2026, sản lượng lúa của tỉnh đạt khoảng 1,2 triệu tấn.", 1.2e6, "forecast"),
    # what is already so stays a result, and a plan's own items are counted now
    ("Mục tiêu năm 2026 là 500 hộ thoát nghèo; hiện đã có 320 hộ thoát nghèo.", 320, "actual"),
    ("HĐND tỉnh thông qua 24 chỉ tiêu phát triển kinh tế - xã hội năm 2026.", 24, "actual"),
    # a period of the article's own time is no future
    ("Năm 2025, sản lượng lúa của tỉnh đạt 1,1 triệu tấn.", 1.1e6, "actual"),
])
def test_a_figure_of_a_period_not_begun_is_a_plan_or_a_forecast(text, value, status):
    doc = dtextract.extract(text, published="2025-12-10")
    hits = [f for f in doc.figures if abs(f.value - value) <= 1e-9 * value]
    assert hits and hits[0].status == status, [(f.text, f.status) for f in doc.figures]


# 13. Lists under a heading and bullets nested under a part cue.
def test_a_list_heading_names_what_its_items_shares_are_of():
    text = "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 12,5%; dịch vụ chiếm 31,6%."
    _check(text, 12.5, {"subject": "Cơ cấu kinh tế nông, lâm nghiệp và thủy sản"})
    _check(text, 31.6, {"subject": "Cơ cấu kinh tế dịch vụ"})


def test_nested_bullets_end_the_parts_at_the_outer_mark():
    text = ("Kết quả tiêm phòng như sau:\n- Vắc xin lở mồm long móng: tiêm 186.420 liều; trong đó:\n"
            "+ Trâu, bò: 142.300 liều;\n+ Lợn: 44.120 liều.\n- Vắc xin dại chó, mèo: tiêm 55.480 liều.")
    _check(text, 142300, {"total": 186420})
    _check(text, 44120, {"total": 186420})
    _check(text, 55480, {"total": None, "subject": "liều Vắc xin dại chó, mèo"})


# 14. Changes, parts and periods said around a clause.
def test_a_quantity_and_its_worth_take_the_changes_named_for_each():
    text = ("Tháng 10, tỉnh xuất khẩu 20.000 tấn gạo, trị giá 12 triệu USD, giảm 5% về lượng nhưng tăng 8% về trị giá "
            "so với cùng kỳ.")
    _check(text, 20000, {"change_direction": "decrease", "change_value": 5, "change_baseline": "cùng kỳ"})
    _check(text, 12e6, {"change_direction": "increase", "change_value": 8})
    doc = dtextract.extract(text, published=PUBLISHED)
    assert all(f.value != 8 for f in doc.figures), [(f.text, f.value) for f in doc.figures]


def test_a_contrast_opens_a_figure_of_its_own():
    text = "Năm nay số vụ sạt lở giảm 9 vụ nhưng chiều dài sạt lở tăng 312 mét so với năm trước."
    fig, _ = _figure(text, 312)
    assert "chiều dài sạt lở" in fig.subject and "vụ" not in fig.subject
    nine, _ = _figure(text, 9)
    assert nine.change is None or nine.change.value != 312


def test_parts_after_a_semicolon_trong_do_keep_the_claims_estimate():
    text = "Chỉ số sản xuất công nghiệp ước tăng 8,2%; trong đó ngành chế biến, chế tạo tăng 9,1%."
    _check(text, 9.1, {"status": "estimate"})
    _check("Chỉ số sản xuất công nghiệp ước tăng 8,2%; ngành điện tăng 3,1%.", 3.1, {"status": "actual"})


def test_a_part_named_by_its_wholes_head_noun_counts_the_same_thing():
    text = "Toàn tỉnh có 54 điểm sạt lở bờ sông, trong đó huyện Chợ Mới có 14 điểm."
    _check(text, 14, {"kind": "count", "unit": "điểm sạt lở", "total": 54})
    _check("Thí sinh đạt 27 điểm, trong đó môn Toán 9 điểm.", 9, {"kind": "measure"})


def test_a_plans_year_does_not_date_a_figure_given_an_as_of_date():
    text = "Tính đến ngày 31/8/2024, kế hoạch vốn năm 2024 đã giải ngân được 1.250 tỷ đồng, đạt 45%."
    fig, _ = _figure(text, 1.25e12)
    assert fig.period is not None and fig.period.start is None and str(fig.period.end) == "2024-08-31"


# 15. Comparisons, slashes, ranges and schedules.
@pytest.mark.parametrize("text,value,want", [
    ("Giá lúa từ 7.000 đến 7.500 đồng/kg, cao hơn vụ trước khoảng 500 đồng/kg.", 7000,
     {"change_value": 500, "change_baseline": "vụ trước"}),
    ("Lô đất trúng đấu giá 300 tỷ đồng, cao hơn giá khởi điểm 25%.", 300e9,
     {"change_value": 25, "change_baseline": "giá khởi điểm"}),
    ("Giá đất từ 150.000 đến 8 triệu đồng/m2.", 150000, {"value_max": 8e6}),
    ("Giá đất từ 3 đến 8 triệu đồng/m2.", 3e6, {"value_max": 8e6}),
    ("Độ mặn đo được tại trạm Bình Đại là 12,5 g/l.", 12.5, {"kind": "measure", "unit": "g/l"}),
    ("Số lao động nước ngoài là 1.200 người.", 1200, {"approx": "exact"}),
])
def test_comparisons_ranges_and_units(text, value, want):
    _check(text, value, want)


def test_two_counts_of_different_things_around_a_slash_are_two_figures():
    doc = dtextract.extract("Tòa án đã thụ lý 410 vụ/690 bị cáo.", published=PUBLISHED)
    assert sorted((f.value, f.unit, f.total) for f in doc.figures) == [(410, "vụ", None), (690, "bị cáo", None)]


def test_round_the_clock_is_no_figure():
    doc = dtextract.extract("Đường dây nóng hoạt động 24/24 giờ, trong năm tiếp nhận 1.200 cuộc gọi.", published=PUBLISHED)
    assert [f.value for f in doc.figures] == [1200]


def test_a_count_per_a_round_number_of_another_is_a_rate():
    doc = dtextract.extract("Mật độ đạt 52 thuê bao/100 hộ gia đình.", published=PUBLISHED)
    assert [(f.value, f.kind, f.unit, f.total) for f in doc.figures] == [(52, "measure", "thuê bao/100 hộ gia đình", None)]


@pytest.mark.parametrize("text,value,subject", [
    ("Tuyến đê biển Tây dài 8,5 km được đưa vào sử dụng.", 8.5, "chiều dài Tuyến đê biển Tây"),
    ("Kênh Xáng được nạo vét sâu 3,5 m.", 3.5, "độ sâu Kênh Xáng được nạo vét"),
    ("Mặt đường rộng 7,5 m, hai bên có vỉa hè.", 7.5, "chiều rộng Mặt đường"),
])
def test_a_size_adjective_names_the_dimension_measured(text, value, subject):
    _check(text, value, {"subject": subject})


def test_a_dimension_named_already_is_not_named_twice():
    fig, _ = _figure("Cầu Rạch Miễu 2 có chiều dài 17 km.", 17)
    assert "có chiều" not in (fig.subject or "")


def test_a_count_named_by_so_before_it_in_any_sentence():
    text = ("Toàn tỉnh có 520 thôn, bản. Số thôn có cáp quang là 410, chiếm 78,8%. "
            "Số xã đạt chuẩn nông thôn mới là 85, chiếm 70%.")
    _check(text, 410, {"unit": "thôn", "percent": 78.8})
    _check(text, 85, {"unit": "xã", "percent": 70})


def test_respectively_before_the_figures_orders_their_changes_and_items():
    text = ("Năm 2024, lượng khách và doanh thu du lịch lần lượt đạt 5 triệu lượt và 4.000 tỷ đồng, "
            "tăng 10% và 12% so với năm 2023.")
    _check(text, 5e6, {"subject": "lượng khách", "change_value": 10})
    _check(text, 4e12, {"subject": "doanh thu du lịch", "change_value": 12})
    doc = dtextract.extract(text, published=PUBLISHED)
    assert all(f.value != 12 for f in doc.figures)


def test_respectively_after_the_verb_with_an_item_holding_a_comma():
    text = "Doanh thu bán lẻ hàng hóa và lưu trú, ăn uống tăng lần lượt 7,8% và 9,1%."
    _check(text, 7.8, {"subject": "Doanh thu bán lẻ hàng hóa"})
    _check(text, 9.1, {"subject": "Doanh thu lưu trú, ăn uống"})


@pytest.mark.parametrize("text,value,kind,unit", [
    ("Công ty đã lắp đặt 1.250 đồng hồ nước cho các hộ dân.", 1250, "count", "đồng hồ nước"),
    ("Đại hội có 320 đồng chí tham dự.", 320, "count", "đồng chí"),
    ("Huyện có 4 điểm giới thiệu sản phẩm OCOP.", 4, "count", "điểm giới thiệu sản phẩm"),
    ("Thí sinh đạt 27 điểm.", 27, "measure", "điểm"),
])
def test_nouns_that_open_with_a_unit_word(text, value, kind, unit):
    _check(text, value, {"kind": kind, "unit": unit})


@pytest.mark.parametrize("text,value", [
    ("Tỉnh đứng thứ nhất khu vực Tây Nguyên về tốc độ tăng trưởng.", 1),
    ("Tỉnh vươn lên vị trí thứ tư cả nước về thu hút đầu tư.", 4),
])
def test_a_rank_said_in_an_ordinal_word(text, value):
    _check(text, value, {"kind": "rank"})


def test_days_of_the_week_and_prizes_are_no_ranks():
    doc = dtextract.extract("Thứ Tư tuần trước, đội tuyển đạt giải Nhất và 12 huy chương.", published=PUBLISHED)
    assert [f.value for f in doc.figures] == [12]


def test_a_count_per_one_of_another_is_a_rate():
    doc = dtextract.extract("Kỳ thi có trung bình 42 thí sinh/1 chỉ tiêu.", published=PUBLISHED)
    assert [(f.value, f.kind, f.unit) for f in doc.figures] == [(42, "measure", "thí sinh/1 chỉ tiêu")]


def test_an_estimate_goes_on_through_the_parts_of_its_trong_do_list():
    text = ("Thu ngân sách năm 2024 ước đạt 3.200 tỷ đồng, trong đó thu nội địa tăng 8,1%; "
            "thu xuất nhập khẩu tăng 12,4%; thu khác tăng 3%.")
    for value in (8.1, 12.4, 3):
        _check(text, value, {"status": "estimate"})


@pytest.mark.parametrize("text", ["Bão số 4 gây mưa lớn, làm 120 nhà tốc mái.", "Có 120 nhà tốc mái sau bão số 4."])
def test_a_storm_named_by_its_number_is_no_count(text):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert [f.value for f in doc.figures] == [120]


@pytest.mark.parametrize("text,value,want", [
    ("Thời gian lưu trú bình quân đạt 1,9 ngày.", 1.9, {"kind": "measure", "unit": "ngày"}),
    ("Giá phân urê dao động quanh mức 560.000 đồng/bao.", 560000, {"approx": "about"}),
    ("Giá lúa giống OM 5451 khoảng 7.200 đồng/kg.", 7200, {"approx": "about"}),
])
def test_measured_durations_approximate_prices_and_variety_codes(text, value, want):
    _check(text, value, want)


@pytest.mark.parametrize("text", ["Lương hưu được chi trả vào ngày 10 hằng tháng cho 1.200 người.",
                                  "Giá lúa giống OM 5451 tăng, tỉnh có 1.200 người trồng lúa."])
def test_a_day_of_each_month_and_a_variety_code_are_no_figures(text):
    doc = dtextract.extract(text, published=PUBLISHED)
    assert [f.value for f in doc.figures] == [1200]


@pytest.mark.parametrize("text,value,target", [
    ("Tỷ lệ hồ sơ trực tuyến đạt 38%, thấp hơn so với yêu cầu (tối thiểu 80%).", 38, 80),
    ("Tỷ lệ thu gom rác đạt 55%, nhưng chưa đạt mục tiêu 60% của năm 2024.", 55, 60),
])
def test_a_requirement_or_a_missed_target_is_the_target(text, value, target):
    _check(text, value, {"target_value": target, "target_met": False})


def test_what_one_item_is_worth_is_no_part_and_trong_ky_is_no_session():
    text = ("Năm nay, Quỹ trao 2.450 suất học bổng với tổng trị giá 4,9 tỷ đồng. Trong đó, 1.800 suất dành cho học "
            "sinh (mỗi suất 1,5 triệu đồng) và 650 suất dành cho sinh viên. Quỹ thu trong kỳ 25 tỷ đồng.")
    _check(text, 1.5e6, {"total": None})
    _check(text, 1800, {"unit": "suất", "total": 2450})
    _check(text, 25e9, {"kind": "money"})
    fig, _ = _figure(text, 4.9e9)
    assert not fig.subject.startswith("giá")


@pytest.mark.parametrize("text,value,direction,change", [
    ("Ranh mặn 4 g/l vào sâu 45 km, sâu hơn 5 km so với cùng kỳ.", 45, "increase", 5),
    ("Mực nước ngầm còn 12 m, nông hơn 2 m so với năm trước.", 12, "decrease", 2),
])
def test_comparatives_of_size_are_changes(text, value, direction, change):
    _check(text, value, {"change_direction": direction, "change_value": change})


@pytest.mark.parametrize("text,value,word", [
    ("Công an tỉnh đã phát hiện 120 vụ vi phạm.", 120, "phát hiện"),
    ("Đoàn kiểm tra đã xuất hiện tại 12 điểm thi.", 12, "xuất hiện"),
])
def test_a_verb_ending_in_hien_is_not_cut_as_the_adverb_hien(text, value, word):
    fig, _ = _figure(text, value)
    assert word in fig.subject


# An item of a list that names only its place shares the indicator of the item before it (same unit).
PLACE_ITEMS = [
    ("Giá lúa tại An Giang 7.200 đồng/kg; Đồng Tháp 7.100 đồng/kg; Cần Thơ 7.000 đồng/kg.", 7100,
     {"subject": "Giá lúa", "location": "Đồng Tháp"}),
    ("Giá lúa tại An Giang 7.200 đồng/kg; Đồng Tháp 7.100 đồng/kg; Cần Thơ 7.000 đồng/kg.", 7000,
     {"subject": "Giá lúa", "location": "Cần Thơ"}),
    ("Giá heo hơi tại Đồng Nai là 62.000 đồng/kg, tại Bình Dương là 61.500 đồng/kg.", 61500,
     {"subject": "Giá heo hơi", "location": "Bình Dương"}),
    ("Lượng mưa tại Huế đạt 350 mm; Quảng Trị 280 mm.", 280, {"subject": "Lượng mưa", "location": "Quảng Trị"}),
    # the item before in the same unit, not an indicator said for another unit in between
    ("Diện tích trồng cói: huyện Kim Sơn 620 ha, sản lượng 9.300 tấn; huyện Yên Khánh 180 ha, sản lượng 2.500 tấn.",
     180, {"subject": "Diện tích trồng cói", "location": "Yên Khánh"}),
    ("Sản lượng điện năm 2024 đạt 1,2 tỷ kWh. Giá lúa tại An Giang 7.200 đồng/kg; Đồng Tháp 7.100 đồng/kg.", 7100,
     {"subject": "Giá lúa", "location": "Đồng Tháp"}),
]


@pytest.mark.parametrize("text,value,want", PLACE_ITEMS)
def test_an_item_naming_only_its_place_shares_the_indicator(text: str, value: float, want: dict) -> None:
    _check(text, value, want)


def test_an_item_of_another_unit_does_not_share_the_indicator() -> None:
    fig, _ = _figure("Giá lúa tại An Giang 7.200 đồng/kg; Đồng Tháp 12.000 ha.", 12000)
    assert fig.subject != "Giá lúa"


# A sentence that opens with its yardstick and says only changes: the changes of the sentence before's figures.
CHANGES_AFTER = [
    ("Tháng 6/2024, toàn tỉnh xảy ra 31 vụ cháy, làm chết 4 người, bị thương 9 người. So với cùng kỳ năm 2023, "
     "giảm 7 vụ, giảm 2 người chết và tăng 3 người bị thương.", 31,
     {"change_direction": "decrease", "change_value": 7, "change_baseline": "cùng kỳ năm 2023"}),
    ("Tháng 6/2024, toàn tỉnh xảy ra 31 vụ cháy, làm chết 4 người, bị thương 9 người. So với cùng kỳ năm 2023, "
     "giảm 7 vụ, giảm 2 người chết và tăng 3 người bị thương.", 4, {"change_direction": "decrease", "change_value": 2}),
    ("Tháng 6/2024, toàn tỉnh xảy ra 31 vụ cháy, làm chết 4 người, bị thương 9 người. So với cùng kỳ năm 2023, "
     "giảm 7 vụ, giảm 2 người chết và tăng 3 người bị thương.", 9, {"change_direction": "increase", "change_value": 3}),
    ("Năm 2024, tòa án thụ lý 1.240 vụ án. So với năm 2023, tăng 86 vụ (tăng 7,4%).", 1240,
     {"change_direction": "increase", "change_value": 86, "change_baseline": "năm 2023"}),
]


@pytest.mark.parametrize("text,value,want", CHANGES_AFTER)
def test_a_sentence_of_changes_gives_them_to_the_sentence_before(text: str, value: float, want: dict) -> None:
    _check(text, value, want)
    doc = dtextract.extract(text, published=PUBLISHED)
    assert not [f.text for f in doc.figures if f.text.startswith(("7 vụ", "2 người", "3 người", "86 vụ"))]


def test_a_sentence_with_a_figure_of_its_own_keeps_it() -> None:
    text = "Năm 2024 có 300 doanh nghiệp thành lập mới. So với năm 2023, có 20 doanh nghiệp giải thể."
    fig, _ = _figure(text, 20)
    assert fig.change is None
    other, _ = _figure(text, 300)
    assert other.change is None


# Shares said after the figures, in their order (`lần lượt bằng …`), are their percents, not figures.
def test_shares_said_in_order_after_the_figures_are_theirs() -> None:
    text = ("Năm 2024, huyện A thu 300 tỷ đồng, huyện B thu 450 tỷ đồng, huyện C thu 210 tỷ đồng, "
            "lần lượt bằng 88%, 102% và 75% dự toán.")
    for value, share in ((300e9, 88), (450e9, 102), (210e9, 75)):
        _check(text, value, {"percent": share})
    doc = dtextract.extract(text, published=PUBLISHED)
    assert [f.kind for f in doc.figures] == ["money"] * 3
    _check("Hai xã trồng 40 ha và 25 ha rừng, tương ứng đạt 80% và 50% kế hoạch.", 25, {"percent": 50})


def test_shares_that_do_not_match_the_figures_in_number_stay_figures() -> None:
    doc = dtextract.extract("Huyện A thu 300 tỷ đồng, huyện B thu 450 tỷ đồng, lần lượt bằng 88%, 102% và 75% dự toán.",
                            published=PUBLISHED)
    assert sum(f.kind == "percent" for f in doc.figures) == 3


# What has not happened yet after a count says which ones it counts (`chưa`), not what is left out (`chưa kể`).
NOT_YET = [
    ("Hiện toàn tỉnh vẫn còn 37 tàu cá chưa lắp thiết bị giám sát hành trình.", 37,
     {"subject": "tàu cá chưa lắp thiết bị giám sát hành trình"}),
    ("Toàn huyện còn 12 thôn chưa có điện lưới quốc gia.", 12, {"subject": "thôn chưa có điện lưới quốc gia"}),
]


@pytest.mark.parametrize("text,value,want", NOT_YET)
def test_a_count_of_what_has_not_happened_yet_names_it(text: str, value: float, want: dict) -> None:
    _check(text, value, want)


def test_what_is_left_out_is_not_what_is_counted() -> None:
    fig, _ = _figure("Tỉnh có 250 doanh nghiệp chưa kể các hộ kinh doanh.", 250)
    assert "chưa" not in (fig.subject or "")


# `lần` counts times unless it follows `gấp` (or a change or comparison): only `gấp 3 lần` is a multiple.
@pytest.mark.parametrize("text,value,kind", [
    ("Ngành y tế đã thực hiện 2,4 triệu lần xét nghiệm.", 2_400_000, "count"),
    ("Đoàn kiểm tra đã làm việc 4 lần với doanh nghiệp.", 4, "count"),
    ("Năng suất lao động gấp 3 lần năm 2015.", 3, "multiple"),
    ("Kim ngạch xuất khẩu tăng gần 2 lần.", 2, "multiple"),
])
def test_times_are_counted_unless_a_multiple(text: str, value: float, kind: str) -> None:
    _check(text, value, {"kind": kind})


# A new total (`nâng tổng số lên 120 xã`) counts what the figure before it counts, unless it names it.
@pytest.mark.parametrize("text,value,subject", [
    ("Năm 2024 có thêm 7 xã đạt chuẩn nông thôn mới, nâng tổng số lên 98 xã.", 98, "xã đạt chuẩn nông thôn mới"),
    ("Năm 2024 kết nạp 150 hội viên mới, nâng tổng số hội viên nông dân lên 12.400 người.", 12400,
     "hội viên nông dân"),
])
def test_a_raised_total_counts_what_was_added(text: str, value: float, subject: str) -> None:
    _check(text, value, {"subject": subject})


# A status cue that opens its sentence as an adverbial (`Ước cả năm 2026,`) governs every `;` clause of it.
def test_an_opening_estimate_governs_the_whole_sentence() -> None:
    text = "Ước cả năm 2025, thu ngân sách đạt 31.000 tỷ đồng; kim ngạch xuất khẩu đạt 4,1 tỷ USD."
    _check(text, 31e12, {"status": "estimate"})
    _check(text, 4.1e9, {"status": "estimate"})
    # a cue that is the first clause's own verb says only that clause
    text = "Doanh thu ước đạt 800 tỷ đồng, tăng 6%; lợi nhuận đạt 70 tỷ đồng."
    _check(text, 70e9, {"status": "actual"})
    # a clause that says what is done already is no estimate
    _check("Ước cả năm 2025, toàn tỉnh trồng 900 ha rừng; hiện đã trồng 640 ha.", 640, {"status": "actual"})


# A change is of a figure of its own kind: a reduction in MW is no change of a count of customers.
def test_a_change_in_another_kind_of_unit_is_a_figure_of_its_own() -> None:
    doc = dtextract.extract("Có 86 khách hàng lớn đã chủ động giảm được khoảng 95 MW.", published=PUBLISHED)
    assert [(f.value, f.kind, f.change) for f in doc.figures] == [(86, "count", None), (95, "measure", None)]
    _check("Có 2.300 hộ thoát nghèo, tăng 150 hộ so với năm trước.", 2300, {"change_value": 150})


# `nhiều hơn`/`ít hơn` N against a yardstick is a difference; without one, `nhiều hơn` is `over`.
def test_more_or_fewer_than_against_a_yardstick_is_a_change() -> None:
    text = "Bộ máy của phường có 96 công chức, nhiều hơn 14 người so với định biên."
    _check(text, 96, {"change_direction": "increase", "change_value": 14, "change_baseline": "định biên"})
    assert [f.value for f in dtextract.extract(text, published=PUBLISHED).figures] == [96]
    doc = dtextract.extract("Hội nghị có 120 đại biểu, nhiều hơn 200 khách mời.", published=PUBLISHED)
    assert [(f.value, f.approx, f.change) for f in doc.figures] == [(120, "exact", None), (200, "over", None)]


# N items at a level each (`2.000 suất mức 500.000 đồng`): the level is what one is worth, no part of the whole.
def test_items_at_a_level_each_count_into_the_whole_and_the_level_does_not() -> None:
    text = ("Tỉnh đã tặng 4.000 suất quà, trị giá 1,5 tỷ đồng (gồm 1.500 suất mức 450.000 đồng và 2.500 suất mức "
            "330.000 đồng).")
    _check(text, 1500, {"unit": "suất", "total": 4000})
    _check(text, 450000, {"total": None})
    _check(text, 330000, {"total": None})


# A share after a bracket speaks of the bracket's figure only when the bracket holds that figure alone.
def test_a_share_after_a_bracket_is_the_bracketed_figures_only_when_it_stands_alone() -> None:
    _check("Số hồ sơ quá hạn vẫn lớn (820 hồ sơ), chiếm 6,4% số hồ sơ tiếp nhận.", 820, {"percent": 6.4})
    text = "Đã thanh tra 80 cuộc (trong đó 52 cuộc theo kế hoạch, 28 cuộc đột xuất), đạt 105% kế hoạch."
    _check(text, 28, {"percent": None})
    _check(text, 80, {"percent": 105})


# Two rates said together take the changes said in order after them; two growth rates do not (their changes are claims).
def test_two_rates_take_their_changes_in_order() -> None:
    text = "Tỷ lệ tiêm chủng đạt 96,4% và tỷ lệ khám sàng lọc đạt 82,5%, lần lượt vượt 1,4% và 2,5% so với kế hoạch."
    _check(text, 96.4, {"change_value": 1.4, "change_baseline": "kế hoạch"})
    _check(text, 82.5, {"change_value": 2.5})
    doc = dtextract.extract("Xuất khẩu tăng 12,5% và nhập khẩu tăng 8,1%, lần lượt cao hơn 2% và 1% so với năm trước.",
                            published=PUBLISHED)
    assert sorted(f.value for f in doc.figures) == [1, 2, 8.1, 12.5]


# `N X với tổng Y M`: the companion after `với` is named by what follows `với`, and X's own name stops there.
def test_a_companion_after_voi_tong_is_named_by_its_own_words() -> None:
    text = "Mưa lớn làm 9 tuyến đường bị sạt lở với tổng khối lượng đất đá khoảng 12.000 m3."
    _check(text, 9, {"subject": "tuyến đường bị sạt lở"})
    _check(text, 12000, {"subject": "tổng khối lượng đất đá"})
    _check("Năm 2024, huyện trồng 120 ha rừng với tổng kinh phí hơn 5 tỷ đồng.", 5e9, {"subject": "tổng kinh phí"})
    # `tổng số tiền` alone says no more than the unit: the clause before says what the money is
    fig, _ = _figure("Đã ban hành 612 quyết định xử phạt với tổng số tiền khoảng 7,5 tỷ đồng.", 7.5e9)
    assert fig.subject != "tổng số tiền"


# A topic the sentence opens with (`Về X,`) says what the shares of the firms named after it are of.
def test_a_fronted_topic_names_the_shares_of_named_firms() -> None:
    text = "Về thị phần băng rộng cố định, VNPT chiếm 46,2%, Viettel chiếm 41,5%."
    _check(text, 46.2, {"subject": "thị phần băng rộng cố định VNPT"})
    _check(text, 41.5, {"subject": "thị phần băng rộng cố định Viettel"})


# An item of a list of places that counts by the bare noun (`huyện X cấp 640 giấy`) counts what the article named in
# full with that noun; a kind of it (`giải Ba`) is not its full name.
def test_a_place_item_counting_by_a_bare_noun_takes_its_full_name() -> None:
    text = ("Năm 2024, tỉnh đã cấp 8.200 giấy chứng nhận quyền sử dụng đất lần đầu. Kết quả theo địa phương: "
            "huyện Như Xuân cấp 640 giấy, huyện Thọ Xuân 515 giấy.")
    _check(text, 640, {"subject": "giấy chứng nhận quyền sử dụng đất lần đầu"})
    _check(text, 515, {"subject": "giấy chứng nhận quyền sử dụng đất lần đầu"})
    text = "Hội thi trao 12 giải Nhất và 20 giải Ba. Năm trước, tỉnh Đồng Nai trao 47 giải."
    fig, _ = _figure(text, 47)
    assert fig.subject != "giải Ba"


# A multiple says what is so many times what: `X cao gấp 2 lần so với Y` is X against Y, and a year after `gấp đôi`
# is the baseline, not the figure's period.
def test_a_multiple_names_what_against_what() -> None:
    _check("Diện tích rừng bị cháy tăng gấp 3 lần so với cùng kỳ.", 3,
           {"kind": "multiple", "subject": "Diện tích rừng bị cháy so với cùng kỳ"})
    fig, _ = _figure("Doanh thu du lịch năm 2024 gấp đôi năm 2023.", 2)
    assert fig.subject == "Doanh thu du lịch năm 2024 so với năm 2023"
    assert (str(fig.period.start), str(fig.period.end)) == ("2024-01-01", "2024-12-31")


# Named items that are no places (`Trung Quốc (chiếm 89%)`) are what the sentence says its list is, before `là`.
def test_named_items_that_are_no_places_take_what_the_list_is() -> None:
    text = "Thị trường xuất khẩu chủ yếu của tỉnh là Trung Quốc (chiếm 89%), tiếp đến là Hàn Quốc (4%)."
    _check(text, 89, {"subject": "Thị trường xuất khẩu chủ yếu của tỉnh"})
    _check(text, 4, {"subject": "Thị trường xuất khẩu chủ yếu của tỉnh"})


# `đạt lần lượt a%, b% và c% kế hoạch` after as many figures: the shares are theirs, in order.
def test_shares_said_in_order_after_the_verb_are_the_figures_before() -> None:
    text = ("Sản lượng của ba nhà máy lần lượt là 210 triệu kWh, 180 triệu kWh và 95 triệu kWh, đạt lần lượt 48%, 41% "
            "và 39% kế hoạch năm.")
    _check(text, 180e6, {"percent": 41})
    _check(text, 95e6, {"percent": 39})
    assert not [f for f in dtextract.extract(text, published=PUBLISHED).figures if f.kind == "percent"]


# A share alone in a bracket after a phrase with no figure of its own is that phrase's share; not after a name or a
# yardstick.
def test_a_bracketed_share_after_a_phrase_is_that_phrases() -> None:
    text = "Các vi phạm chủ yếu là đánh bắt bằng xung điện (chiếm 52,1%) và sử dụng lưới cấm (31,4%)."
    _check(text, 52.1, {"subject": "đánh bắt bằng xung điện"})
    _check(text, 31.4, {"subject": "sử dụng lưới cấm"})
    fig, _ = _figure("Tỷ lệ đúng giờ của sân bay đạt 85%, cao hơn mức trung bình toàn mạng (81,2%).", 81.2)
    assert fig.subject != "cao hơn mức trung bình toàn mạng"


# `lần lượt là 2.150, 1.320 và 980 hộ`: bare numbers of a run count what the first of them counts.
def test_bare_numbers_of_a_run_share_the_first_ones_subject() -> None:
    text = "Số hộ đấu nối mới tại huyện Phù Cát, huyện Phù Mỹ và thị xã Hoài Nhơn lần lượt là 2.150, 1.320 và 980 hộ."
    for value in (2150, 1320, 980):
        _check(text, value, {"subject": "hộ đấu nối mới"})


# `điểm` after a whole number and before a word saying what kind of place (`14 điểm thấm`), or after `tại` (`tại 18
# điểm`), counts places; a score is said with a decimal, or goes on with what it is compared with.
def test_diem_counts_places_unless_it_is_a_score() -> None:
    _check("Đoàn phát hiện 14 điểm thấm, rò rỉ.", 14, {"kind": "count", "unit": "điểm"})
    _check("Toàn tỉnh có 1.935 điểm chấp nhận thanh toán.", 1935, {"kind": "count"})
    _check("Kết quả giám sát tại 18 điểm cho thấy mật độ muỗi cao.", 18, {"kind": "count"})
    _check("Chỉ số PCI đạt 68,2 điểm, tăng 2 điểm so với năm trước.", 68.2, {"kind": "measure", "unit": "điểm"})
    _check("Có 120 thí sinh đạt 27 điểm trở lên.", 27, {"kind": "measure"})
    _check("Toàn tỉnh có 41 điểm sạt lở, trong đó 8 điểm đặc biệt nguy hiểm.", 8, {"kind": "count", "total": 41})
    # a bare `N điểm` that ends its clause, in a paragraph that counted sites before it
    _check("Toàn tỉnh An Giang có 25 điểm xung yếu. Huyện Chợ Mới có 14 điểm, huyện Phú Tân 9 điểm.", 9,
           {"kind": "count", "subject": "điểm xung yếu", "location": "Phú Tân"})
    _check("Các điểm ngập úng tập trung ở các xã ven sông: xã Thanh Thủy 11 điểm, xã Tam Nông 8 điểm.", 11,
           {"kind": "count", "subject": "điểm ngập úng"})
    _check("Điểm thi môn Toán cao nhất là 10 điểm, môn Văn 9 điểm.", 9, {"kind": "measure"})


# A commune, ward or hamlet that opens a list item is where the item is, like a district: the item counts what the
# list counts. It is no figure's location, and a ward that bears a province's name is not that province.
def test_commune_items_share_the_lists_indicator() -> None:
    text = ("Lũy kế đến nay, tỉnh Quảng Ninh tiếp nhận 30.120 hồ sơ trực tuyến; trong đó phường Hạ Long 4.812 hồ sơ; "
            "phường Bãi Cháy 3.967 hồ sơ; xã Quảng La 512 hồ sơ.")
    for value in (4812, 3967, 512):
        _check(text, value, {"subject": "hồ sơ trực tuyến", "location": "Quảng Ninh"})
    _check("Tỉnh Phú Thọ có 25 điểm xung yếu: xã Thanh Thủy 11 điểm, phường Hòa Bình 6 điểm.", 6,
           {"subject": "điểm xung yếu", "location": "Phú Thọ"})
    # (a cooperative is no commune: `hợp tác xã` then a line break and the dateline's province)
    _check("Tin hợp tác xã\n\nNam Định, ngày 10/3/2024 - Toàn tỉnh có 120 hợp tác xã.", 120, {"location": "Nam Định"})


# A place blanked out of a subject goes with its level word or without it (`Toàn tỉnh An Giang có …`: the lead words
# took `tỉnh`), and a bracket left holding only a level word goes too.
def test_a_place_leaves_no_trace_in_a_subject() -> None:
    _check("Toàn tỉnh An Giang có 54 điểm sạt lở.", 54, {"subject": "điểm sạt lở", "location": "An Giang"})
    _check("Phường Hòa Minh (quận Liên Chiểu) là điểm nóng với 164 ca mắc.", 164, {"location": "Liên Chiểu"})
    fig, _ = _figure("Phường Hòa Minh (quận Liên Chiểu) là điểm nóng với 164 ca mắc.", 164)
    assert "(" not in (fig.subject or "") and "  " not in (fig.subject or "")


# `cả năm` (the whole year) before the verb is a period, not part of what is measured.
def test_the_whole_year_is_no_dangling_word_of_a_subject() -> None:
    _check("Tổng lượt khách cả năm ước đạt 20 triệu lượt.", 2e7, {"subject": "Tổng lượt khách", "approx": "exact"})
    _check("Lượng khách đến tỉnh ước vượt 20 triệu lượt.", 2e7, {"approx": "over"})


# A part is set apart from its whole by what follows its unit (`cho …`, `ở …`), and a part that names itself is no
# sibling's indicator.
def test_a_part_keeps_what_sets_it_apart() -> None:
    _check("Huyện cấp 900 thẻ, trong đó 300 thẻ cho trẻ em dưới 6 tuổi.", 300,
           {"subject": "thẻ cho trẻ em dưới 6 tuổi", "total": 900})
    _check("Huyện đã sơ tán 500 hộ, trong đó 120 hộ ở vùng lũ quét.", 120, {"subject": "hộ ở vùng lũ quét"})
    text = "Thu ngân sách đạt 9.000 tỷ đồng, trong đó thu nội địa 6.000 tỷ đồng, thu từ hoạt động xuất nhập khẩu 3.000 tỷ đồng."
    _check(text, 3e12, {"subject": "thu từ hoạt động xuất nhập khẩu", "total": 9e12})
    _check(text, 6e12, {"subject": "thu nội địa"})


# A rank said with an adjective of size (`lớn thứ 7 cả nước`) is a rank; the verb of a move is no part of its subject.
def test_a_rank_by_size_and_a_rank_moved_to() -> None:
    _check("Quy mô GRDP của tỉnh lớn thứ 7 cả nước.", 7, {"kind": "rank", "subject": "Quy mô GRDP của tỉnh"})
    _check("Chỉ số Chi phí thời gian tụt 5 bậc, xuống thứ 33.", 33,
           {"kind": "rank", "subject": "Chỉ số Chi phí thời gian", "change_direction": "decrease", "change_value": 5})


# Counts joined by a comma share the predicate said after the last of them.
def test_counts_joined_by_a_comma_share_the_predicate_after_them() -> None:
    _check("Toàn tỉnh có 120 hộ, 300 nhân khẩu bị ảnh hưởng.", 120, {"subject": "hộ bị ảnh hưởng"})


def test_the_trailing_white_space_cut_from_a_letterless_phrase_is_the_regex_modules() -> None:
    # (a written-out set in context.py, so that importing it costs nothing; it must match what `\s` matches)
    import regex

    from dtextract.context import _DOTS_AND_SPACE
    assert set(_DOTS_AND_SPACE) == set(".…") | {c for c in map(chr, range(0x110000)) if regex.match(r"\s", c)}


# The items of a list of places said with `lần lượt`, or after a word that introduces them (`như`), take the
# indicator said before; a list announced as communes (`Một số xã … gồm:`) is what its items are.
def test_place_items_after_a_cue_take_the_indicator_before() -> None:
    text = ("Tỷ lệ tiêm chủng đầy đủ toàn tỉnh Sơn La đạt 94,2%; các huyện Mộc Châu và Yên Châu lần lượt đạt 96,1% và "
            "95,3%.")
    _check(text, 94.2, {"subject": "Tỷ lệ tiêm chủng đầy đủ"})
    _check(text, 95.3, {"subject": "Tỷ lệ tiêm chủng đầy đủ", "location": "Yên Châu"})
    text = ("Tại huyện Hương Khê, tỷ lệ tiêm đạt 99,1%. Một số xã vùng núi còn thấp như xã Hương Liên (huyện Hương Khê) "
            "đạt 88,3%, xã Sơn Kim 1 (huyện Hương Sơn) đạt 86,5%.")
    _check(text, 88.3, {"subject": "tỷ lệ tiêm"})
    _check(text, 86.5, {"subject": "tỷ lệ tiêm", "location": "Hương Sơn"})
    # (places listed with a figure in the unit just said with its indicator share that indicator, not the words that
    # name the places: FIGURES.md §3, lists)
    _check("Năm 2024, huyện Hải Hậu cứng hóa 42 km đường. Một số xã dẫn đầu phong trào gồm: Hải Đông 9,2 km, "
           "Hải Lộc 7,8 km.", 7.8, {"subject": "đường"})
    _check("Một số xã dẫn đầu phong trào gồm: Hải Đông 9,2 km, Hải Lộc 7,8 km.", 7.8,
           {"subject": "Một số xã dẫn đầu phong trào"})


# An adjective of size ranks only with `thứ` after it, and a capitalised word is a name (`Hải Đông`, `Cao Bằng`).
def test_a_name_is_no_adjective_of_rank() -> None:
    _check("Tỷ lệ tiêm chủng của xã Hải Đông đạt 97%.", 97, {"subject": "Tỷ lệ tiêm chủng của xã Hải Đông"})
    _check("Tỷ lệ hộ nghèo của Cao Bằng là 18,2%.", 18.2, {"subject": "Tỷ lệ hộ nghèo", "location": "Cao Bằng"})


# `rộng` before an area is the area of the land named after the last preposition, not a width.
def test_an_area_said_with_rong_is_the_area_of_the_land() -> None:
    _check("Dự án được xây dựng trên khu đất rộng 3,6 ha, gồm 4 tòa nhà.", 3.6, {"subject": "diện tích khu đất"})
    _check("Tuyến đê biển Tây dài 8,5 km được đưa vào sử dụng.", 8.5, {"subject": "chiều dài Tuyến đê biển Tây"})


# Facts from the fortieth probe set: a bound after the unit (`trở lên`) goes with the number; a place set against
# the one spoken of (`trong khi của tỉnh X`) has only its own clause; a comma item that names its own group shares
# only the rate (and what stands before a noun it repeats); a `lần lượt` bracket pairs with the figures before it.
PROBE40_FACTS = [
    ("Hội đã xây tặng 30 nhà đại đoàn kết, trị giá mỗi căn từ 60 triệu đồng trở lên.", 60e6,
     {"subject": "trị giá mỗi căn", "approx": "at_least"}),
    ("Tuổi thọ trung bình của người dân Thanh Hóa đạt 74,3 tuổi, trong khi của tỉnh Nghệ An là 73,8 tuổi. "
     "Tỷ lệ người từ 60 tuổi trở lên chiếm 14,9% dân số.", 14.9, {"location": "Thanh Hóa"}),
    ("Tuổi thọ trung bình của người dân Thanh Hóa đạt 74,3 tuổi, trong khi của tỉnh Nghệ An là 73,8 tuổi.", 73.8,
     {"location": "Nghệ An"}),
    # a district that opens its sentence after a connective is the place of the sentence's figures
    ("Tỉnh Nghệ An có tỷ lệ hộ nghèo là 5,2%. Ngược lại, huyện Tương Dương có tỷ lệ hộ nghèo cao nhất tỉnh, 12,5%.",
     12.5, {"location": "Tương Dương"}),
    ("Năm 2025, tỉnh phấn đấu tỷ lệ trẻ em được tiêm đủ mũi đạt 96%, phụ nữ có thai được tiêm uốn ván đạt 90%.", 90,
     {"subject": "tỷ lệ phụ nữ có thai được tiêm uốn ván"}),
    ("Tỷ lệ thu gom tại khu vực đô thị đạt 99,1%, khu vực nông thôn đạt 82,5% (cùng kỳ năm trước lần lượt là 98,4% "
     "và 76,3%).", 82.5, {"subject": "Tỷ lệ thu gom tại khu vực nông thôn"}),
    ("Tỷ lệ thu gom tại khu vực đô thị đạt 99,1%, khu vực nông thôn đạt 82,5% (cùng kỳ năm trước lần lượt là 98,4% "
     "và 76,3%).", 98.4, {"subject": "Tỷ lệ thu gom tại khu vực đô thị cùng kỳ năm trước"}),
    ("Tỷ lệ thu gom tại khu vực đô thị đạt 99,1%, khu vực nông thôn đạt 82,5% (cùng kỳ năm trước lần lượt là 98,4% "
     "và 76,3%).", 76.3, {"subject": "Tỷ lệ thu gom tại khu vực nông thôn cùng kỳ năm trước"}),
]


# Facts from the forty-first probe set: the words that lead from one item of a ranked list to the next name nothing,
# a label before an item's number names it;
# `Đak` is the same word as `Đắk` for the gazetteer.
PROBE41_FACTS = [
    ("Năm 2024, toàn tỉnh Gia Lai xảy ra 120 vụ tai nạn giao thông. Huyện Chư Sê dẫn đầu với 30 vụ. "
     "Tiếp đến là huyện Đak Đoa 26 vụ.", 26, {"subject": "vụ tai nạn giao thông", "location": "Đak Đoa"}),
    # an item of a list labelled before its number is what its label says (not the next item's label)
    ("Năm 2024, tỉnh có 320 doanh nghiệp thành lập mới. Phân theo ngành: công nghiệp 120 doanh nghiệp, dịch vụ 200 "
     "doanh nghiệp.", 120, {"subject": "doanh nghiệp công nghiệp"}),
    ("Năm 2024, tỉnh có 320 doanh nghiệp thành lập mới. Phân theo ngành: công nghiệp 120 doanh nghiệp, dịch vụ 200 "
     "doanh nghiệp.", 200, {"subject": "doanh nghiệp dịch vụ"}),
    ("Trường tuyển sinh 2.500 học viên, trong đó trình độ cao đẳng 970 học viên, trung cấp 780 học viên và sơ cấp "
     "750 học viên.", 750, {"subject": "học viên sơ cấp", "total": 2500}),
    # an item that is only a name counts what the list's lead names, of that name
    ("Năm 2024, Tràng An đón 2,1 triệu lượt khách. Các thị trường khách quốc tế lớn nhất là: Pháp (142.000 lượt), "
     "Đức (98.000 lượt).", 98000, {"subject": "thị trường khách quốc tế Đức"}),
]


# Facts from the forty-second probe set: a bracket that gives the value of a share's base is a figure of its own and
# the change after it is still the figure's; adverbs of time before `có` name nothing.
PROBE42_FACTS = [
    ("Hiện 23 hồ chứa có tổng dung tích còn lại khoảng 74,6 triệu m3, chỉ đạt 38% dung tích thiết kế (196,3 triệu "
     "m3), thấp hơn 21,5 triệu m3 so với cùng kỳ năm 2023.", 74.6e6,
     {"percent": 38, "change_value": 21.5e6, "change_direction": "decrease"}),
    ("Hiện 23 hồ chứa có tổng dung tích còn lại khoảng 74,6 triệu m3, chỉ đạt 38% dung tích thiết kế (196,3 triệu "
     "m3), thấp hơn 21,5 triệu m3 so với cùng kỳ năm 2023.", 196.3e6, {"unit": "m3"}),
    ("Tỉnh sẽ mở rộng mô hình câu lạc bộ liên thế hệ, hiện đã có 186 câu lạc bộ.", 186, {"subject": "câu lạc bộ"}),
]


@pytest.mark.parametrize("text,value,want", PROBE40_FACTS + PROBE41_FACTS + PROBE42_FACTS)
def test_facts_of_the_fortieth_to_forty_second_probe_sets(text, value, want):
    _check(text, value, want)


def test_a_period_that_closes_its_sentence_dates_the_figures_coordinated_before_it():
    text = "Huyện đã mở 64 lớp học nghề và đào tạo cho 1.900 lao động trong 6 tháng đầu năm 2024."
    for value in (64, 1900):
        fig, _ = _figure(text, value)
        assert fig.period is not None and (str(fig.period.start), str(fig.period.end)) == ("2024-01-01", "2024-06-30")
    # (a figure with a period of its own keeps it)
    fig, _ = _figure("Năm 2023 huyện mở 50 lớp học nghề, đào tạo cho 1.900 lao động trong 6 tháng đầu năm 2024.", 50)
    assert str(fig.period.start) == "2023-01-01"


def test_an_amount_said_again_after_tuong_duong_is_of_the_same_thing():
    text = "Học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở, tương đương 936.000 đồng/học sinh/tháng."
    share, _ = _figure(text, 40)
    amount, _ = _figure(text, 936000)
    assert amount.subject == share.subject and "tiền ăn" in amount.subject


def test_a_companion_that_counts_another_thing_takes_no_total_from_the_whole():
    text = ("Năm 2024, Tòa án thụ lý 9.507 vụ, việc. Trong đó, về hình sự, thụ lý 1.245 vụ với 2.038 bị cáo; "
            "đã giải quyết 1.231 vụ với 2.006 bị cáo.")
    assert _figure(text, 1245)[0].total == 9507
    assert _figure(text, 2038)[0].total is None
    assert _figure(text, 2006)[0].total is None


# A percent alone in the brackets after a part of a whole is the part's share; `cả` + a level is the whole of the
# place like `toàn`; a description that opens with the counted noun does not repeat it.
def test_a_bare_bracketed_percent_after_a_part_is_its_share():
    text = ("Năm 2024, sản lượng thủy sản toàn huyện Tân Kỳ đạt 680 tấn, trong đó cá trắm 143 tấn (21%), "
            "cá chép 90 tấn (13,2%).")
    for value, share in ((143, 21), (90, 13.2)):
        fig, doc = _figure(text, value)
        assert (fig.total, fig.percent) == (680, share)
    assert [f.value for f in doc.figures] == [680, 143, 90]
    # (after an amount that is no part, the bracket may be a rate of anything: a figure of its own)
    _, doc = _figure("Doanh thu đạt 500 tỷ đồng (12%).", 500e9)
    assert [f.value for f in doc.figures] == [500e9, 12]


def test_ca_with_a_level_is_the_whole_of_the_place():
    text = "Huyện Tân Kỳ (Nghệ An) năm 2024. Cả huyện có 320 học sinh bán trú. Cả tỉnh có 9.800 học sinh bán trú."
    _check(text, 320, {"subject": "học sinh bán trú", "location": "Tân Kỳ"})
    _check(text, 9800, {"subject": "học sinh bán trú", "location": "Nghệ An"})


def test_a_part_named_with_its_counted_noun_does_not_repeat_it():
    _check("Toàn tỉnh có 1.250 hộ nghèo, trong đó hộ dân tộc thiểu số 820 hộ.", 820,
           {"subject": "hộ dân tộc thiểu số", "total": 1250})


# A time said with `đến cuối`, `đến ngày` before the verb is when, not part of what is counted.
def test_a_time_before_the_verb_is_cut_from_the_subject():
    text = ("Năm 2025, nợ đọng thuế đến cuối tháng 9 còn khoảng 612 tỷ đồng. Giải ngân vốn đầu tư công đến ngày "
            "30/9/2025 đạt 3.512 tỷ đồng.")
    _check(text, 612e9, {"subject": "nợ đọng thuế"})
    fig, _ = _figure(text, 3512e9)
    assert "đến" not in fig.subject and fig.subject.endswith("vốn đầu tư công")


# Facts from the forty-third probe set: where a reporter looked (`Ghi nhận tại … ở huyện X,`) is the sentence's place,
# and so is a district named before the sentence's first figure with only commas between; a hotline written with a
# dot after its prefix says nothing of the article's number style.
PROBE43_FACTS = [
    ("Nông dân An Giang tính toán giảm chi phí. Ghi nhận tại các đại lý vật tư nông nghiệp ở huyện Châu Thành, phân "
     "urê có giá 13.200 đồng/kg.", 13200, {"location": "Châu Thành"}),
    ("Chất lượng nước hồ Trị An, tỉnh Đồng Nai. Vào tháng 4, một số điểm tại khu vực lòng hồ thuộc huyện Vĩnh Cửu có "
     "mật độ tảo tăng cao, hàm lượng tổng phốt pho đạt 0,12 mg/l.", 0.12, {"location": "Vĩnh Cửu"}),
    ("Trên địa bàn thị xã hiện có 1.350 đơn vị đang tham gia BHXH. Người lao động có thể liên hệ tổng đài 1900.9068.",
     1350, {"unit": "đơn vị"}),
    ("Kế hoạch vụ Đông Xuân 2024-2025, toàn tỉnh xuống giống khoảng 225.000 ha.", 225000, {"status": "target"}),
]


# Facts from the forty-fourth probe set: a bare `thị xã` speaks of the district named with that level, not of a `TP`
# named after it; a province named as the field of a superlative or a rank is not the place ranked; an example given
# with `như` and its own number is that figure's place, and the set it exemplifies is no part of its subject.
PROBE44_FACTS = [
    ("Đông Triều xếp thứ ba toàn đoàn\n\nĐoàn thị xã Đông Triều giành 38 Huy chương Vàng. Đoàn TP Cẩm Phả xếp thứ hai "
     "với 61 Huy chương Vàng.\n\nThị xã đã cử 265 vận động viên tham gia.", 265, {"location": "Đông Triều"}),
    ("Ea Súp là huyện có diện tích rừng lớn nhất tỉnh Đắk Lắk với 96.730 ha.", 96730, {"location": "Ea Súp"}),
    ("Huyện Krông Pắc, tỉnh Đắk Lắk. Công tác khuyến học của huyện Krông Pắc nhiều năm liền xếp thứ 3 trong tỉnh Đắk "
     "Lắk.", 3, {"location": "Krông Pắc"}),
    ("Cả nước có 21 tỉnh có mức sinh thấp. Ngược lại, một số tỉnh miền núi phía Bắc vẫn có mức sinh cao như Điện Biên "
     "2,71 con/phụ nữ.", 2.71, {"location": "Điện Biên"}),
    ("Cả nước hoàn thành 42.000 căn nhà ở xã hội. Một số địa phương có kết quả tốt như Bắc Ninh hoàn thành 9.820 căn.",
     9820, {"location": "Bắc Ninh", "subject": "căn hoàn thành"}),
]


# Facts from the forty-fifth probe set: a partner's place (`phối hợp với Trung tâm … tỉnh X`) is not the place of the
# work; the last level of a list of levels (`huyện, thành phố, thị xã hoàn thành`) is no reference to a district; a
# speaker's own figures are of the place the text gives for the speaker.
PROBE45_FACTS = [
    ("Vũ Thư: đấu giá quyền sử dụng đất\n\nNăm 2025, huyện Vũ Thư đã phối hợp với Trung tâm Dịch vụ đấu giá tài sản "
     "tỉnh Thái Bình tổ chức 14 phiên đấu giá.", 14, {"location": "Vũ Thư"}),
    ("Nghệ An đưa 8.000 lao động đi làm việc ở nước ngoài. Các huyện có số lượng lao động xuất cảnh lớn là Yên Thành "
     "và Quỳnh Lưu với lần lượt 2.140 và 1.520 người. Toàn tỉnh có 14/21 huyện, thành phố, thị xã hoàn thành vượt chỉ "
     "tiêu.", 14, {"location": "Nghệ An"}),
    ("Gia Lai thu hoạch cà phê. Anh Rơ Châm Thuyên (xã Ia Pếch, huyện Ia Grai) cho biết: \"Gia đình tôi có 2,5 ha cà "
     "phê, năm nay thu được khoảng 9 tấn nhân\".", 2.5, {"location": "Ia Grai"}),
]


# An authority that recognises or decides (`được UBND tỉnh X công nhận`, `Quyết định … của UBND tỉnh X`) names the
# issuer, not where the figures are.
def test_an_issuing_authority_is_not_the_place_of_the_figures():
    text = ("Làng nghề cói Kim Sơn\n\nCổng TTĐT huyện Kim Sơn - 14/07/2023\n\nHiện toàn huyện có 9 làng nghề được UBND "
            "tỉnh Ninh Bình công nhận.")
    _check(text, 9, {"location": "Kim Sơn"})
    text = ("Nạo vét kênh Ba Thê\n\n(Thoại Sơn) - Công trình nạo vét kênh Ba Thê, huyện Thoại Sơn đã hoàn thành.\n\nCông trình "
            "có tổng vốn đầu tư 12,75 tỷ đồng theo Quyết định số 215/QĐ-UBND ngày 5/2/2024 của UBND tỉnh An Giang. Khối "
            "lượng đất nạo vét khoảng 96.500 m3.")
    _check(text, 96500, {"location": "Thoại Sơn"})


# A clause after `;` that names what it counts before its change (`số vụ cháy giảm 5 vụ so với cùng kỳ`) is the change
# of the figure of the sentence that counts it.
def test_a_change_clause_that_names_the_counted_noun_goes_to_its_figure():
    text = ("Năm 2025, xảy ra 11 vụ cháy, làm 1 người bị thương, thiệt hại tài sản ước tính khoảng 3,2 tỷ đồng; số vụ "
            "cháy giảm 5 vụ so với cùng kỳ năm 2024.")
    fire, doc = _figure(text, 11)
    assert fire.change is not None and (fire.change.direction, fire.change.value) == ("decrease", 5)
    assert 5 not in [f.value for f in doc.figures]
    assert _figure(text, 1)[0].change is None


# The source tag at the head of a lead (`(Báo Quảng Nam) -`, `MOIT) -`, `Báo X - 26/12/2023 -`) and the day a clause
# opens with are no part of what a figure counts.
@pytest.mark.parametrize("text,value", [
    ("(Báo Bình Định) - Đến 17 giờ ngày 27/10, các địa phương trong tỉnh đã sơ tán 3.215 hộ với 8.402 người.", 3215),
    ("(MOIT) - Theo báo cáo của Sở Công Thương, năm 2023, cụm 4 nhà máy điện gió đã phát lên lưới hơn 412 triệu kWh.",
     412e6),
    ("Báo Ninh Bình - 26/12/2023 - Năm 2023, các cơ quan hành chính nhà nước đã tiếp 8.632 lượt công dân.", 8632),
])
def test_a_source_tag_is_no_part_of_the_subject(text, value):
    fig, _ = _figure(text, value)
    assert "Báo" not in fig.subject and "MOIT" not in fig.subject and "ngày" not in fig.subject, fig.subject


# Facts from the forty-sixth probe set: a passive inside the words after a figure still names it, commas and all; a
# verb of happening after a count noun (`71 vụ xảy ra`) is no part of its unit, so `Trong số 94 vụ` is its whole.
PROBE46_FACTS = [
    ("Tính đến ngày 30/9/2024, toàn tỉnh có 71.560 trẻ em dưới 5 tuổi được cân, đo, đạt 96,2% tổng số trẻ trong độ "
     "tuổi.", 71560, {"percent": 96.2}),
    ("Quý IV, toàn tỉnh xảy ra 94 vụ tai nạn giao thông. Trong số 94 vụ, có 71 vụ xảy ra trên các tuyến quốc lộ.", 71,
     {"unit": "vụ", "total": 94}),
]


# A count over a round base of a unit of measure (`11,8 ca/1.000 ngày thở máy`) is a rate, not a part of a whole; a
# count per hospital bed is a rate too.
def test_a_count_over_a_round_base_of_a_measure_is_a_rate():
    fig, _ = _figure("Tỷ lệ viêm phổi liên quan thở máy là 11,8 ca/1.000 ngày thở máy.", 11.8)
    assert (fig.kind, fig.total) == ("measure", None) and fig.unit.startswith("ca/1.000 ngày")
    _check("Có thời điểm bệnh viện phải kê 2 người bệnh/giường.", 2, {"kind": "measure", "unit": "người bệnh/giường"})


# Facts from probe sets 48-49: a share that names what it is of (`đạt 96,3% số hộ`) goes to the figure counting it; a
# bracketed breakdown that adds up to the figure is its parts however long the words between; what must be reached
# (`để đạt mục tiêu`, `cần đạt`) is a target.
PROBE48_49_FACTS = [
    ("Đến 17 giờ ngày 27/10, các địa phương trong tỉnh đã sơ tán 12.436 hộ với 38.912 người đến nơi an toàn, đạt "
     "96,3% số hộ theo phương án.", 12436, {"percent": 96.3}),
    ("Đến 17 giờ ngày 27/10, các địa phương trong tỉnh đã sơ tán 12.436 hộ với 38.912 người đến nơi an toàn, đạt "
     "96,3% số hộ theo phương án.", 38912, {"percent": None}),
    ("Năm học 2023, có 62 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh (9 giải Nhất, 18 giải Nhì, 35 "
     "giải Ba).", 35, {"total": 62}),
]


# Facts from probe sets 51-54. Before a count that is the object of its verb, a doer that is many (`các …`) or said at
# length without a name is not part of what is counted (`hộ sơ tán`); a short or named doer stays, as does an
# indicator that opens the clause.
PROBE51_54_FACTS = [
    ("Năm 2024, các địa phương trong tỉnh đã sơ tán 1.250 hộ.", 1250, {"subject": "hộ sơ tán"}),
    ("Lực lượng cảnh sát phòng cháy đã kiểm tra 2.450 cơ sở.", 2450, {"subject": "cơ sở kiểm tra"}),
    ("Trung tâm đang giải quyết 1.089 hồ sơ.", 1089, {"subject": "hồ sơ Trung tâm đang giải quyết"}),
    ("Khu kinh tế Nghi Sơn và các khu công nghiệp đã thu hút thêm 5.000 lao động.", 5000,
     {"subject": "lao động Khu kinh tế Nghi Sơn và các khu công nghiệp đã thu hút thêm"}),
    ("Riêng đào tạo nghề cho lao động nông thôn, tỉnh đã hỗ trợ 5.340 người.", 5340,
     {"subject": "người đào tạo nghề cho lao động nông thôn, tỉnh đã hỗ trợ"}),
]


# A district's own portal heads the article (`Cổng thông tin điện tử huyện Phong Điền`): the article is the district's,
# even when several provinces have a district of that name and the article names none of them.
PROBE51_54_FACTS += [
    ("Cổng thông tin điện tử huyện Phong Điền\n\nGiá rau xanh tăng nhẹ dịp cận Tết\n\nSáng 15/1, tại chợ trung tâm, "
     "giá cải xanh ở mức 20.000 đồng/kg, tăng 5.000 đồng so với tuần trước.", 20000, {"location": "Phong Điền"}),
    ("Trang thông tin điện tử huyện Tuy Phước\n\nKết quả tiêm chủng năm 2024\n\nNăm 2024, ngành y tế đã tiêm cho "
     "2.150 trẻ em, đạt 98% kế hoạch.", 2150, {"location": "Tuy Phước"}),
    # ... also when its lead names a provincial body (`được UBND tỉnh công nhận`, `Công ty … Bình Định`): the
    # district's portal writes about the district
    ("Ý Yên phát triển làng nghề\nCổng thông tin điện tử huyện Ý Yên - tỉnh Nam Định\n\nHuyện Ý Yên hiện có 13 làng "
     "nghề được UBND tỉnh công nhận với khoảng 2.100 cơ sở sản xuất.", 2100, {"location": "Ý Yên"}),
    ("Khánh thành nhà máy nước sạch\nCổng thông tin điện tử huyện Phù Cát - 22/11/2023\n\nSáng 21/11, UBND huyện "
     "Phù Cát phối hợp với Công ty CP Nước sạch Bình Định khánh thành nhà máy theo quyết định của UBND tỉnh, tổng "
     "mức đầu tư gần 98 tỷ đồng.", 98e9, {"location": "Phù Cát"}),
]


# A district's branch of a provincial body, named by the district's bare name (`Điện lực Đức Trọng`, `Bảo hiểm xã hội
# Đức Trọng`), reports the district's figures; a province's name after the body (`Kho bạc Nhà nước Thái Bình`) is the
# province's.
_BRANCHES = ("Năm 2024, Công ty Điện lực Lâm Đồng đạt sản lượng điện thương phẩm 2.150 triệu kWh. Trong đó, Điện lực Đức "
             "Trọng đạt 312 triệu kWh, Điện lực Bảo Lộc đạt 280 triệu kWh.")
PROBE51_54_FACTS += [
    (_BRANCHES, 312e6, {"location": "Đức Trọng", "subject": "sản lượng điện thương phẩm"}),
    (_BRANCHES, 2150e6, {"location": "Lâm Đồng"}),
    ("Năm 2024, Kho bạc Nhà nước Thái Bình kiểm soát chi 12.000 tỷ đồng; Bảo hiểm xã hội Đức Trọng thu 300 tỷ đồng.",
     12e12, {"location": "Thái Bình"}),
    ("Năm 2024, Kho bạc Nhà nước Thái Bình kiểm soát chi 12.000 tỷ đồng; Bảo hiểm xã hội Đức Trọng thu 300 tỷ đồng.",
     300e9, {"location": "Đức Trọng"}),
]


# The district a bracket gives to the commune or communes the figure is at (`tại các xã Đạ Đờn, Phúc Thọ (huyện Lâm Hà)`)
# is the figure's place, as `tại xã Lai Cách, huyện Lâm Hà` is.
PROBE51_54_FACTS += [
    ("Điện lực Lâm Đồng cấp điện vùng sâu\n\nNăm 2024, Công ty Điện lực Lâm Đồng đầu tư 12 km đường dây tại xã Đạ Đờn "
     "(huyện Lâm Hà).", 12, {"location": "Lâm Hà"}),
    ("Điện lực Lâm Đồng cấp điện vùng sâu\n\nNăm 2024, Công ty Điện lực Lâm Đồng đầu tư 12 km đường dây tại các xã Đạ "
     "Đờn, Phúc Thọ (huyện Lâm Hà).", 12, {"location": "Lâm Hà"}),
]


# An area listed by place after an output, a price or a value said before is the area of what that indicator
# measures, not the output (`Sản lượng sầu riêng … 185.000 tấn. Huyện Cai Lậy dẫn đầu với 7.820 ha` → `diện tích …`).
_AREAS = ("Sản lượng sầu riêng niên vụ 2023-2024 đạt 185.000 tấn, tăng 11,3%. Huyện Cai Lậy dẫn đầu với 7.820 ha, tiếp "
          "đến là huyện Cái Bè 6.540 ha và thị xã Cai Lậy 2.310 ha.")
PROBE51_54_FACTS += [
    (_AREAS, 7820, {"subject": "diện tích sầu riêng niên vụ", "location": "Cai Lậy"}),
    (_AREAS, 185000, {"subject": "Sản lượng sầu riêng niên vụ"}),
    ("Niên vụ 2023-2024, sản lượng hồ tiêu toàn tỉnh đạt 54.260 tấn. Hồ tiêu tập trung chủ yếu tại các huyện Chư Sê "
     "(5.200 ha), Chư Pưh (3.840 ha).", 5200, {"subject": "diện tích hồ tiêu toàn tỉnh"}),
]


# A second thing counted with a sum of its own (`… 15 hộ xây nhà với số tiền 40 triệu đồng/hộ và 20 hộ sửa nhà với số
# tiền 20 triệu đồng/hộ`) shares the verb said before the first; its sum is not named by the whole clause.
_TWO_SUMS = ("Hội đã hỗ trợ 15 hộ xây nhà với số tiền 40 triệu đồng/hộ và 20 hộ sửa nhà với số tiền 20 triệu "
             "đồng/hộ.")
PROBE51_54_FACTS += [
    (_TWO_SUMS, 20e6, {"subject": "số tiền hỗ trợ hộ sửa nhà"}),
    (_TWO_SUMS, 40e6, {"subject": "số tiền hỗ trợ"}),
]


# A public office named as the doer (`Trung tâm Phục vụ hành chính công tỉnh`, `Ban Tiếp công dân`) names nothing of the
# files or people it handles; one that hosts or keeps what is counted (`Trung tâm Cứu hộ … đang chăm sóc`) still does.
PROBE51_54_FACTS += [
    ("Năm 2024, Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các cấp đã tiếp nhận 612.457 hồ sơ.", 612457,
     {"subject": "hồ sơ tiếp nhận"}),
    ("Năm 2024, Ban Tiếp công dân tỉnh đã tiếp 1.250 lượt công dân.", 1250, {"subject": "lượt công dân tiếp"}),
    ("Hiện nay, Trung tâm Cứu hộ linh trưởng nguy cấp đang chăm sóc khoảng 180 cá thể.", 180,
     {"subject": "cá thể Trung tâm Cứu hộ linh trưởng nguy cấp đang chăm sóc"}),
]


# A sum a body or a place spends, collects or raises, with nothing said after it, is the money of that act, not the
# body's (`vốn đã giải ngân`, `kinh phí đã trích`); a sum whose purpose follows is named by it, as before.
PROBE51_54_FACTS += [
    ("Năm 2024, huyện đã giải ngân 42 tỷ đồng.", 42e9, {"subject": "vốn đã giải ngân"}),
    ("Năm 2024, Ban Vận động cứu trợ huyện đã phân bổ 3,2 tỷ đồng.", 3.2e9, {"subject": "kinh phí đã phân bổ"}),
    ("Năm 2024, UBND tỉnh đã trích 15 tỷ đồng từ ngân sách dự phòng để hỗ trợ khắc phục hậu quả.", 15e9,
     {"subject": "trích từ ngân sách dự phòng để hỗ trợ khắc phục hậu quả"}),
]


# Those an event is held for are named by what the event does, however long its name (`14 lớp tập huấn kỹ năng kinh
# doanh trên nền tảng số cho 1.260 học viên`).
PROBE51_54_FACTS += [
    ("Trong 7 tháng, Sở đã tổ chức 14 lớp tập huấn kỹ năng kinh doanh trên nền tảng số cho 1.260 học viên.", 1260,
     {"subject": "học viên được tập huấn kỹ năng kinh doanh trên nền tảng số"}),
    ("Các địa phương đã tổ chức 312 lớp dạy bơi và kỹ năng an toàn trong môi trường nước cho hơn 21.000 trẻ em.", 21000,
     {"subject": "trẻ em được dạy bơi và kỹ năng an toàn trong môi trường nước"}),
]


# A price's or an amount's denominator of two syllables is read whole (`đồng/học sinh/tháng`, not `đồng/học`).
PROBE51_54_FACTS += [
    ("Mức hỗ trợ là 1.440.000 đồng/học sinh/tháng.", 1440000, {"unit": "đồng/học sinh/tháng", "kind": "money"}),
    ("Mức lương bình quân 8,2 triệu đồng/lao động.", 8.2e6, {"unit": "đồng/lao động"}),
    ("Giá thuê 1,2 triệu đồng/m2/tháng.", 1.2e6, {"unit": "đồng/m2/tháng"}),
]


# People counted by what they are may be told by a rank with its bound (`8.652 trẻ là con thứ 3 trở lên`).
PROBE51_54_FACTS += [
    ("Tổng số trẻ sinh ra trong năm là 45.318 trẻ, trong đó có 8.652 trẻ là con thứ 3 trở lên, chiếm 19,09%.", 8652,
     {"subject": "trẻ là con thứ 3 trở lên", "total": 45318}),
]


# Times counted with an act named after them keep a change said after them (`với 1.236 lần thao tác, tăng 21%`): a count,
# not a multiple (`Doanh thu tăng 2,5 lần so với năm trước` still is one).
PROBE51_54_FACTS += [
    ("Công ty đã đẩy mạnh sửa chữa điện không cắt điện với 1.236 lần thao tác, tăng 21% so với năm trước.", 1236,
     {"kind": "count", "change_value": 21, "change_direction": "increase"}),
    ("Doanh thu tăng 2,5 lần so với năm trước.", 2.5, {"kind": "multiple"}),
]


# `chỉ` ending a word (`chứng chỉ`, `địa chỉ`) is not the adverb `only` that a claim may open with.
PROBE51_54_FACTS += [
    ("Năm 2024, lao động có chứng chỉ đạt 25%.", 25, {"subject": "lao động có chứng chỉ"}),
    ("Năm 2024, tỷ lệ lao động có việc làm chỉ đạt 25%.", 25, {"subject": "tỷ lệ lao động có việc làm"}),
]

# A bracketed breakdown of a part (`trong đó có 47 trẻ em tử vong (đuối nước 29 em, …)`) breaks down the part, the
# nearer whole its items add up to; a change after the bracket is the part's, not that of the last item inside it.
_NESTED = ("Năm 2024, toàn tỉnh ghi nhận 1.236 trường hợp trẻ em bị tai nạn thương tích, trong đó có 47 trẻ em tử vong "
           "(đuối nước 29 em, tai nạn giao thông 12 em, ngã 4 em, nguyên nhân khác 2 em), giảm 11 em so với năm trước.")
PROBE51_54_FACTS += [
    (_NESTED, 29, {"total": 47}),
    (_NESTED, 2, {"total": 47, "change": None}),
    (_NESTED, 47, {"total": 1236, "change_value": 11, "change_direction": "decrease"}),
]

# `Trong số 73 vụ vi phạm, có 41 vụ …`: the parts of a set named at the head of the sentence may be other kinds of
# its classifier noun; each keeps its own name.
_SET_OF = "Trong số 73 vụ vi phạm, có 41 vụ khai thác cát trái phép, 26 vụ vận chuyển và 6 vụ tập kết."
PROBE51_54_FACTS += [
    (_SET_OF, 41, {"total": 73}),
    (_SET_OF, 6, {"total": 73, "subject": "vụ tập kết"}),
]

# A cue after a part (`trong đó có 72 bác sĩ, gồm 18 … và 9 …`) breaks down that part: every item after it takes the
# nearer whole, the one joined by `và` too.
_PART_OF_PART = ("Bệnh viện có 386 cán bộ, viên chức, trong đó có 72 bác sĩ, gồm 18 bác sĩ chuyên khoa I và 9 bác sĩ "
                 "chuyên khoa II.")
PROBE51_54_FACTS += [(_PART_OF_PART, 72, {"total": 386}), (_PART_OF_PART, 18, {"total": 72}),
                     (_PART_OF_PART, 9, {"total": 72})]

# A period after the verb of a target (`vượt mục tiêu 6,5 tỷ USD đề ra từ đầu năm`) is when the target was set.
def test_the_period_a_target_was_set_in_dates_no_result():
    fig, _ = _figure("Kim ngạch xuất khẩu rau quả năm 2024 ước đạt 7,12 tỷ USD, tăng 27% so với năm 2023, vượt mục tiêu "
                     "6,5 tỷ USD đề ra từ đầu năm.", 7.12e9)
    assert fig.period is not None and fig.period.text == "năm 2024"

# A share (`chiếm tỷ trọng 97%`) moves in points: a growth in percent after it is the growth of what holds the share,
# a percent figure of its own.
_SHARE_THEN_GROWTH = ("Ngành chế biến, chế tạo chiếm tỷ trọng khoảng 97% giá trị sản xuất công nghiệp, tăng 10,1% so "
                      "với cùng kỳ.")
PROBE51_54_FACTS += [(_SHARE_THEN_GROWTH, 97, {"change": None}), (_SHARE_THEN_GROWTH, 10.1, {"kind": "percent"})]

# A list of places led by what they have most of (`Các địa phương có số ca mắc cao: …`, `Các huyện có nhiều HTX nhất là
# …`) counts that in every item.
PROBE51_54_FACTS += [
    ("Các địa phương có số lợn tiêu hủy lớn là huyện Quỳnh Lưu 1.120 con, huyện Yên Thành 865 con.", 865,
     {"subject": "lợn tiêu hủy", "location": "Yên Thành"}),
    ("Các địa phương có số ca mắc cao: Nha Trang 1.652 ca, Cam Ranh 820 ca.", 1652, {"subject": "ca mắc"}),
    ("Các địa phương đón nhiều khách nhất gồm: thành phố Hạ Long 385.000 lượt, Cẩm Phả 120.000 lượt.", 120000,
     {"subject": "lượt khách đón"}),
]

# Items after `;` that open with their number and count another noun than the whole go on with a `trong đó` list; an
# item of the whole's own noun after `;` is the whole's sibling.
_SEMICOLON_PARTS = ("Toàn tỉnh có 27.346 người có công đang hưởng trợ cấp, trong đó 9.812 thương binh; 1.536 bệnh binh; "
                    "640 thân nhân liệt sĩ.")
_SEMICOLON_SIBLING = "Năm 2024 có 120 doanh nghiệp thành lập mới, trong đó 80 doanh nghiệp tư nhân; 45 doanh nghiệp giải thể."
PROBE51_54_FACTS += [(_SEMICOLON_PARTS, 1536, {"total": 27346}), (_SEMICOLON_PARTS, 640, {"total": 27346}),
                     (_SEMICOLON_SIBLING, 80, {"total": 120}), (_SEMICOLON_SIBLING, 45, {"total": None})]


# A period after the whole a share is of (`chiếm 33% tổng số từ đầu năm`) is the whole's, not the part's.
def test_the_period_of_a_shares_whole_is_not_the_parts():
    fig, _ = _figure("Riêng trong tháng 8/2024, toàn tỉnh có 1.274 con lợn bị tiêu hủy, chiếm khoảng 33% tổng số từ đầu "
                     "năm.", 1274)
    assert fig.period is not None and fig.period.text == "tháng 8/2024" and fig.percent == 33

# The place a bracket gives the name that opens a sentence (`HTX … Ea Kiết (huyện Cư M'gar) với 1.200 ha …, xuất khẩu
# hơn 3.000 tấn`) is where everything the sentence says of it happens.
_NAMED_BRACKET = ("Năm 2024, tỉnh Đắk Lắk có 620 hợp tác xã nông nghiệp. HTX Nông nghiệp dịch vụ Công bằng Ea Kiết (huyện "
                  "Cư M'gar) với 1.200 ha cà phê đạt chứng nhận, năm 2023 xuất khẩu trực tiếp hơn 3.000 tấn cà phê nhân.")
PROBE51_54_FACTS += [(_NAMED_BRACKET, 3000, {"location": "Cư M'gar"}), (_NAMED_BRACKET, 620, {"location": "Đắk Lắk"})]

# A cue that names what is counted (`Trong số người tham gia, …`) finds its whole two sentences back past a sentence of
# percents.
_NAMED_CUE = ("Năm 2024, toàn tỉnh có 1.752.310 người tham gia BHYT. Tỷ lệ bao phủ BHYT đạt 93,6% dân số.\n\nTrong số "
              "người tham gia, nhóm do ngân sách nhà nước đóng 812.446 người; nhóm hộ gia đình 465.230 người.")
PROBE51_54_FACTS += [(_NAMED_CUE, 812446, {"total": 1752310}), (_NAMED_CUE, 465230, {"total": 1752310})]

# A rate's denominator stands before any other number: `14 tàu hút cát có công suất từ 200 đến 400 m3/giờ` counts
# boats, and `/giờ` is the capacity's.
_DENOMINATOR_OF_THE_NEXT = ("Lực lượng chức năng tạm giữ 52 phương tiện, trong đó có 38 ghe, sà lan và 14 tàu hút cát có "
                            "công suất từ 200 đến 400 m3/giờ.")
PROBE51_54_FACTS += [(_DENOMINATOR_OF_THE_NEXT, 14, {"kind": "count", "total": 52}),
                     (_DENOMINATOR_OF_THE_NEXT, 200, {"unit": "m3/giờ"})]


# `còn` after a noun is `still` (`150 hài cốt còn thiếu thông tin trong năm 2023`), not the `còn` that opens a clause of
# its own: the period that closes the clause dates the figure.
def test_still_is_no_clause_break_before_a_period():
    fig, _ = _figure("Tỉnh đã xác định danh tính cho 150 hài cốt liệt sĩ còn thiếu thông tin trong năm 2023.", 150)
    assert fig.period is not None and fig.period.text == "năm 2023"


# The day a document was signed (`Quyết định số 125/QĐ-UBND ngày 10/01/2024`) dates no figure.
def test_the_day_a_document_was_signed_dates_no_figure():
    fig, _ = _figure("Theo kết quả rà soát hộ nghèo năm 2023 được phê duyệt tại Quyết định số 125/QĐ-UBND ngày "
                     "10/01/2024, toàn tỉnh còn 35.478 hộ nghèo.", 35478)
    assert fig.period is not None and fig.period.text == "năm 2023"


# What is counted may be named in quotes right after the number (`27 "vùng lõm"`): the words inside are the unit.
PROBE55_58_FACTS = [
    ('Năm 2024, huyện đã xóa 27 "vùng lõm" sóng di động.', 27, {"unit": "vùng lõm", "kind": "count"}),
    ("Toàn tỉnh có 286 “Điểm chữa cháy công cộng”.", 286, {"unit": "Điểm chữa cháy công cộng"}),
]

# A sum a doer spends is named by the verb and what it is for, said after it (`cho …`, `để …`, `từ … để …`), not by
# who spent it; an authority or body that does what a count is the object of (`tỉnh`, `Ban Tổ chức`) is no part of
# what is counted.
PROBE55_58_FACTS += [
    ("Năm 2023, tỉnh đã hỗ trợ 12,6 tỷ đồng cho các cơ sở chăn nuôi chuyển ra khỏi khu dân cư.", 12.6e9,
     {"subject": "hỗ trợ cho các cơ sở chăn nuôi chuyển ra khỏi khu dân cư"}),
    ("UBND tỉnh đã trích 15 tỷ đồng từ ngân sách dự phòng để hỗ trợ khắc phục hậu quả.", 15e9,
     {"subject": "trích từ ngân sách dự phòng để hỗ trợ khắc phục hậu quả"}),
    ("Các ngân hàng đã giải ngân 1.350 tỷ đồng cho 4 dự án nhà ở xã hội.", 1350e9,
     {"subject": "giải ngân cho dự án nhà ở xã hội"}),
    ("Vốn ngân sách tỉnh đã giải ngân 120 tỷ đồng cho các dự án.", 120e9, {"subject": "Vốn ngân sách tỉnh"}),
    ("Ngay sau lũ, tỉnh đã huy động 2.150 cán bộ.", 2150, {"subject": "cán bộ huy động"}),
    ("Ban Tổ chức đã khen thưởng 35 tập thể.", 35, {"subject": "tập thể khen thưởng"}),
]

# The country is no figure's place when it is the whole a share is of, or a sector's growth set beside the figure; a
# ministry something came from (`vắc xin từ Bộ Y tế`) does not make what is done with it national.
PROBE55_58_FACTS += [
    ("Bà Rịa - Vũng Tàu\n\nNăm 2024, khu vực Cái Mép đón 2.184 lượt tàu mẹ, chiếm 61% tổng lượt tàu mẹ của cả nước.",
     2184, {"location": "Bà Rịa - Vũng Tàu"}),
    ("Bình Định\n\nDư nợ của tỉnh đạt 142.300 tỷ đồng, tăng 9,2%, cao hơn mức tăng chung của toàn ngành ngân hàng cả "
     "nước (7,4%).", 142300e9, {"location": "Bình Định"}),
    ("Khánh Hòa\n\nTỉnh đã nhận 12.500 liều vắc xin từ Bộ Y tế và đang tiêm bù cho khoảng 9.000 trẻ.", 9000,
     {"location": "Khánh Hòa"}),
    # (the country's own value, in brackets after it as a yardstick, hedged or not)
    ("Quảng Ngãi\n\nTỉnh giải ngân đạt 83,6%, cao hơn mức bình quân cả nước (khoảng 77,6%).", 77.6,
     {"location": "Việt Nam"}),
]


# After a plan's value, a clause that says what has been done so far (`, đến nay đã đạt …`) is actual.
PROBE55_58_FACTS += [
    ("Năm 2024, thành phố đặt mục tiêu đón 9 triệu lượt khách, đến nay đã đạt 80% kế hoạch năm.", 80,
     {"status": "actual"}),
    ("Năm 2024, thành phố đặt mục tiêu đón 9 triệu lượt khách, đến nay đã đạt 80% kế hoạch năm.", 9e6,
     {"status": "target"}),
]

# A commune and its district in the sentence's opening adverbial (`Tại xã Long Hiệp, huyện Trà Cú, …`) place all the
# sentence says; a speaker's place in brackets places the figures of the quote (`… (huyện Nam Trà My) phấn khởi: "…"`).
PROBE55_58_FACTS += [
    ("Trà Vinh\n\nTỉnh Trà Vinh có 218 công trình cấp nước.\n\nTại xã Long Hiệp, huyện Trà Cú, công trình cấp nước ấp "
     "Giồng Lớn đã cung cấp nước cho gần 900 hộ.", 900, {"location": "Trà Cú"}),
    ("Quảng Nam\n\nToàn tỉnh đã xóa 27 vùng lõm sóng.\n\nÔng Trần Văn Tuấn, Chủ tịch UBND xã Trà Leng (huyện Nam Trà My) "
     "phấn khởi: \"Trước đây cả xã chỉ có 2 điểm có sóng.\"", 2, {"location": "Nam Trà My"}),
]

# A list of figures, then `lần lượt là` and as many places: the i-th figure is the i-th place's.
_RANKS_THEN_PLACES = ("Thanh Hóa\n\nĐoàn thành phố Thanh Hóa xếp thứ nhất toàn đoàn. Xếp thứ 2 và 3 lần lượt là đoàn thị xã "
                      "Bỉm Sơn và đoàn huyện Hoằng Hóa.")
PROBE55_58_FACTS += [(_RANKS_THEN_PLACES, 2, {"location": "Bỉm Sơn"}), (_RANKS_THEN_PLACES, 3, {"location": "Hoằng Hóa"})]

def test_the_value_of_a_baseline_in_brackets_takes_its_period():
    fig, _ = _figure("Năm 2023, trên địa bàn huyện xảy ra 27 vụ cháy, giảm 6 vụ so với năm 2022 (33 vụ), làm 2 người bị "
                     "thương.", 33)
    assert fig.period is not None and fig.period.text == "năm 2022"

# What items carried over from an earlier year say of it (`chuyển tiếp từ năm 2023`) is their origin, no figure's
# period; `không gian` opens a unit, though `không` alone is a negation.
_CARRIED = ("Trong năm 2024, tỉnh triển khai 52 nhiệm vụ khoa học, gồm 24 nhiệm vụ chuyển tiếp từ năm 2023 và 28 nhiệm vụ "
            "mở mới, với tổng kinh phí 38,7 tỷ đồng.")
PROBE55_58_FACTS += [
    (_CARRIED, 28, {"total": 52}),
    ("Đà Nẵng có khoảng 500 startup, 14 vườn ươm và 36 không gian làm việc chung.", 36,
     {"unit": "không gian làm việc chung"}),
]


def test_the_origin_of_carried_over_items_dates_no_figure():
    for value in (28, 38.7e9):
        fig, _ = _figure(_CARRIED, value)
        assert fig.period is not None and fig.period.text == "năm 2024"

# A district portal's banner in capitals (`TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH`) makes the article
# the district's, as the same banner in small letters does.
PROBE55_58_FACTS += [
    ("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH\nLàng hoa Vị Khê nhộn nhịp vụ Tết\nNgày 25/01/2024\n\n"
     "Toàn xã hiện có 1.150 hộ trồng hoa, cây cảnh.", 1150, {"location": "Nam Trực"}),
    ("Trang thông tin điện tử huyện Nam Trực - tỉnh Nam Định\nLàng hoa Vị Khê nhộn nhịp vụ Tết\nNgày 25/01/2024\n\n"
     "Toàn xã hiện có 1.150 hộ trồng hoa, cây cảnh.", 1150, {"location": "Nam Trực"}),
]

# A sum named only `trị giá` is the worth of the figure said just before it in its sentence.
PROBE55_58_FACTS += [
    ("Năm 2024, xuất khẩu hạt điều nhân đạt 85.000 tấn, trị giá 302 triệu USD.", 302e6,
     {"subject": "trị giá xuất khẩu hạt điều nhân"}),
]

# The people an incident killed or hurt are counted by what happened to them, and by what did it when their sentence
# counted the incidents just before (`người chết do tai nạn giao thông`, not `người làm chết`).
_HARM = ("Năm 2024, trên địa bàn tỉnh xảy ra 312 vụ tai nạn giao thông, giảm 27 vụ so với cùng kỳ năm 2023; làm chết "
         "118 người, giảm 9 người; bị thương 241 người.")
PROBE55_58_FACTS += [
    (_HARM, 118, {"subject": "người chết do tai nạn giao thông"}),
    (_HARM, 241, {"subject": "người bị thương do tai nạn giao thông"}),
    ("Trong tháng, lũ quét làm chết 3 người.", 3, {"subject": "người chết do lũ quét"}),
]

def test_a_rankings_year_after_its_ranks_dates_them_all():
    text = ("Cảng Gemalink và cảng TCIT lần lượt xếp thứ 19 và thứ 29 trong bảng xếp hạng chỉ số hiệu quả cảng container "
            "toàn cầu (CPPI) năm 2023 do Ngân hàng Thế giới công bố.")
    for value in (19, 29):
        fig, _ = _figure(text, value)
        assert fig.period is not None and fig.period.text == "năm 2023"


def test_the_period_after_a_plan_dates_the_plan_not_the_figure():
    fig, _ = _figure("Về nhà ở xã hội, đến ngày 31/12/2024, thành phố đã hoàn thành 5.326 căn, đạt 36,6% mục tiêu "
                     "14.560 căn đến năm 2030.", 5326)
    assert fig.target is not None and fig.target.value == 14560
    assert fig.period is not None and fig.period.text == "đến ngày 31/12/2024"


# Facts of probe sets 63-66 (justice and inspection, health, transport, culture and information).
# A capitalised name after a comma is the next item or clause, never a noun coordinated with the figure's own.
_AGENCIES = ("Trong số 892 vụ việc, lực lượng Công an bắt giữ 312 vụ, Hải quan 248 vụ, Quản lý thị trường 219 vụ, "
             "Bộ đội Biên phòng 113 vụ.")
PROBE63_66_FACTS = [
    (_AGENCIES, 219, {"subject": "vụ Quản lý thị trường"}),
    ("Cũng theo báo cáo, qua kiểm tra tại 30 xã, Sở phát hiện một số sai sót trong việc ghi sổ.", 30,
     {"subject": "xã qua kiểm tra"}),
    # many doers with a name before an aspect word: the verb names what is counted, not who counted it
    ("Năm 2023, các Đội Quản lý thị trường đã kiểm tra 318 vụ, xử lý 270 vụ.", 318, {"subject": "vụ kiểm tra"}),
    # (but a light verb names nothing: `tổ chức 146 cuộc cưỡng chế` counts the enforcements)
    ("Năm 2023, toàn ngành đã phối hợp tổ chức 146 cuộc cưỡng chế.", 146, {"subject": "cuộc cưỡng chế"}),
    ("Năm 2023, Khu kinh tế Nghi Sơn đã thu hút thêm 12 dự án.", 12,
     {"subject": "dự án Khu kinh tế Nghi Sơn đã thu hút thêm"}),
]

# An item that only says it stands high or low (`đạt cao nhất`, `tỷ lệ cao`) ranks the items by the indicator named
# before; groups in a `lần lượt` list (`cấp huyện và cấp xã`) say whose share, the indicator before them says of what.
_RANKED = ("Tỷ lệ hộ gia đình có phương tiện nghe, xem đạt 93,2%, trong đó huyện Quản Bạ đạt cao nhất với 97,5%, "
           "thấp nhất là huyện Xín Mần với 86,4%.")
_HIGH_RATE = ("Đến ngày 31/12/2024, tỷ lệ diện tích đất đủ điều kiện đã được cấp GCN lần đầu trên toàn tỉnh đạt 96,8%. "
              "Một số địa phương có tỷ lệ cao là thành phố Buôn Ma Thuột 99,2%, thị xã Buôn Hồ 98,5%; thấp nhất là "
              "huyện Ea Súp với 88,4%.")
_LEVELS = "Năm 2023, tỷ lệ hồ sơ đúng hạn đạt 99,8%; cấp huyện và cấp xã lần lượt đạt 98,9% và 99,4%."
PROBE63_66_FACTS += [
    (_RANKED, 97.5, {"subject": "Tỷ lệ hộ gia đình có phương tiện nghe", "location": "Quản Bạ"}),
    (_RANKED, 86.4, {"subject": "Tỷ lệ hộ gia đình có phương tiện nghe", "location": "Xín Mần"}),
    (_HIGH_RATE, 99.2, {"subject": "tỷ lệ diện tích đất đủ điều kiện"}),
    (_HIGH_RATE, 88.4, {"subject": "tỷ lệ diện tích đất đủ điều kiện"}),
    # (a share of what it names after it keeps its own words)
    ("Tỷ lệ thí sinh đạt phần thi lý thuyết chỉ khoảng 65%. Quận Ninh Kiều chiếm tỷ lệ cao nhất với 38% số hồ sơ đề "
     "nghị cấp GPLX.", 38, {"subject": "tỷ lệ cao nhất"}),
    (_LEVELS, 98.9, {"subject": "tỷ lệ hồ sơ đúng hạn cấp huyện"}),
    (_LEVELS, 99.4, {"subject": "tỷ lệ hồ sơ đúng hạn cấp xã"}),
]

# A bracket that lists counts of the figure's own noun is its breakdown: the change after it is the figure's, and each
# part is its whole's noun with what sets it apart (`do …`).
_POISONING = ("Sáu tháng đầu năm 2024, cả nước ghi nhận 61 vụ ngộ độc thực phẩm (24 vụ do vi sinh vật, 11 vụ do độc tố "
              "tự nhiên, 6 vụ do hóa chất, 20 vụ chưa xác định được nguyên nhân), giảm 11,6% so với cùng kỳ năm 2023.")
PROBE63_66_FACTS += [
    (_POISONING, 61, {"change_value": 11.6, "change_direction": "decrease"}),
    (_POISONING, 24, {"total": 61, "subject": "vụ ngộ độc do vi sinh vật"}),
    (_POISONING, 20, {"total": 61}),
    # a count over a round thousand of its own noun is a rate
    ("Tỷ lệ phát hiện qua sàng lọc là 854 người/100.000 người.", 854,
     {"kind": "measure", "unit": "người/100.000 người", "total": None}),
    ("Có 5.400/6.000 người đã tiêm.", 5400, {"total": 6000}),
    # a place in the name of a road segment (`đoạn A - B`) is no place of the figure
    ("Khánh Hòa: Dự án đoạn Vân Phong - Nha Trang đã đạt sản lượng khoảng 4.930 tỷ đồng.", 4.93e12,
     {"location": "Khánh Hòa"}),
]


# What follows a counted noun names it, also after a word that is otherwise a stop (`xuống cấp`, degraded; `bằng tiếng`,
# in a language), through a list of names that closes the clause and through a comma between nouns of one class; the
# span of levels a count reaches (`từ cấp tỉnh đến cấp huyện, cấp xã`) is where, not what.
PROBE63_66_FACTS += [
    ("Năm 2023, tỉnh còn khoảng 40 di tích xuống cấp nghiêm trọng.", 40,
     {"subject": "di tích xuống cấp nghiêm trọng"}),
    ("Năm 2023, Đài sản xuất 450 chương trình, trong đó có 420 chương trình bằng tiếng dân tộc Thái, Mông, Khơ Mú.", 420,
     {"subject": "chương trình bằng tiếng dân tộc Thái, Mông, Khơ Mú"}),
    ("Năm 2023, 207/207 trạm y tế xã, phường, thị trấn triển khai khám bệnh.", 207,
     {"subject": "trạm y tế xã, phường, thị trấn triển khai khám bệnh"}),
    ("Hệ thống hội nghị trực tuyến của tỉnh được triển khai đến 100% các cơ quan nhà nước từ cấp tỉnh đến cấp huyện, "
     "cấp xã.", 100, {"subject": "cơ quan nhà nước triển khai"}),
    # who took part in an event, counted after it
    ('Ông Nguyễn Văn A cho biết: "Thành phố đã tổ chức 3 đợt diễn tập thực chiến với sự tham gia của 24 đội và khoảng '
     '150 chuyên gia".', 150, {"subject": "chuyên gia tham gia"}),
    # many doers before an aspect word: what they did to what is counted follows its own words; not for a whole whose
    # parts follow, which share its subject
    ('Ông A cho biết: "Chúng tôi đã lắp đặt 320 nhà chờ và hơn 1.100 trụ dừng".', 320, {"subject": "nhà chờ lắp đặt"}),
    ("Ban Tổ chức cũng đã trao giải cho 10 gian hàng đẹp, trong đó 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến "
     "khích.", 10, {"subject": "gian hàng đẹp"}),
    # the name of a national contest is no place of the province's figure
    ("Cần Thơ: Năm 2024, Nhà hát dàn dựng mới 6 vở diễn, trong đó có 2 vở đoạt Huy chương Vàng tại Liên hoan Sân khấu "
     "cải lương toàn quốc năm 2024.", 2, {"location": "Cần Thơ"}),
]


# Counts that say whose or from where a figure's items are (`của`, `đến từ`, `với`) belong to it: a change said after
# them is the head's, unless it counts in the complement's own unit.
_COMPLEMENTS = ("Hội chợ năm nay có 486 gian hàng của 325 doanh nghiệp tham gia, tăng 16% so với hội chợ năm 2023. "
                "Giải chạy có 6.120 vận động viên đến từ 52 tỉnh, thành phố và 18 quốc gia, tăng khoảng 35% so với mùa "
                "giải năm 2023. Cuộc thi thu hút 26.500 bài dự thi của 315 trường học, tăng 20 trường so với năm trước.")
PROBE63_66_FACTS += [
    (_COMPLEMENTS, 486, {"change_value": 16, "change_direction": "increase"}),
    (_COMPLEMENTS, 325, {"change": None}),
    (_COMPLEMENTS, 6120, {"change_value": 35}),
    (_COMPLEMENTS, 18, {"change": None}),
    (_COMPLEMENTS, 26500, {"change": None}),
    (_COMPLEMENTS, 315, {"change_value": 20, "change_unit": "trường"}),
]
# (`với` joins a companion as often: only a change in the head's own unit goes back to it)
_COMPANIONS = ("Quý I/2024 các cảng biển đã đón 186 chuyến tàu biển du lịch với khoảng 214.000 lượt hành khách, tăng 2,3 "
               "lần so với cùng kỳ năm 2023. Tính đến ngày 30/11/2023, dư nợ ủy thác đạt 612,4 tỷ đồng với 9.120 hộ vay, "
               "tăng 38,6 tỷ đồng so với đầu năm.")
PROBE63_66_FACTS += [
    (_COMPANIONS, 214000, {"change_value": 2.3}),
    (_COMPANIONS, 186, {"change": None}),
    (_COMPANIONS, 612.4e9, {"change_value": 38.6e9}),
    (_COMPANIONS, 9120, {"change": None}),
]


# Facts of probe sets 67-70 (farming, tourism, schools and hospitals, environment).
# A bare `điểm` after sites counted in full a few sentences before counts those sites (a score it stays after words of
# scores); `bộ` before a noun in small letters is a set of things, no ministries; what is weighed or poured is named
# without its unit.
_SITES = ("Từ đầu năm 2024 đến nay, trên địa bàn tỉnh An Giang đã xảy ra 47 điểm sạt lở. Sạt lở đã làm 28 căn nhà sụp "
          "hoàn toàn.\n\nCác địa phương bị ảnh hưởng nặng nhất là huyện Chợ Mới (14 điểm), thị xã Tân Châu (11 điểm).")
PROBE67_70_FACTS = [
    (_SITES, 14, {"kind": "count", "unit": "điểm sạt lở"}),
    (_SITES, 11, {"kind": "count", "location": "Tân Châu"}),
    (_SITES.replace("(14 điểm)", "đạt 14 điểm"), 14, {"kind": "measure", "unit": "điểm"}),
    ("Gia Lai: Năm 2024, Hội đã trao 250 bộ quần áo cho học sinh nghèo.", 250, {"location": "Gia Lai"}),
    # (what is weighed, without its unit; and what was done to it, when a verb of handling goods says it)
    ("Năm 2024, tỉnh xuất khẩu được 5.860 tấn chè, thu giữ 186,5 kg heroin.", 186.5, {"subject": "heroin thu giữ"}),
    ("Năm 2024, tỉnh có 5.860 tấn chè và 186,5 kg heroin.", 186.5, {"subject": "heroin"}),
    # (working days are one unit, what they measure is named before them)
    ("Thời gian giải quyết hồ sơ còn tối đa 15 ngày làm việc.", 15,
     {"unit": "ngày làm việc", "subject": "Thời gian giải quyết hồ sơ"}),
]


_LETTER = ("UBND TỈNH THÁI BÌNH\nSỞ CÔNG THƯƠNG\n\nThái Bình, ngày 15 tháng 01 năm 2025\n\nBÁO CÁO\nKết quả thực hiện "
           "chương trình khuyến công năm 2024\n\n1. Kinh phí\n\n- Tổng kinh phí khuyến công năm 2024 được giao là 8,65 tỷ "
           "đồng, trong đó: khuyến công quốc gia 2,1 tỷ đồng, khuyến công địa phương 6,55 tỷ đồng.\n")
PROBE71_78_FACTS = [
    # an official letter under a provincial body's letterhead reports on that province, national programme or not
    (_LETTER, 2.1e9, {"location": "Thái Bình"}),
    (_LETTER, 8.65e9, {"location": "Thái Bình"}),
    # a deadline still ahead gives its year to no bare period after it (published 2024-07-15)
    ("Tính riêng 6 tháng năm 2024, tỉnh xuất khẩu 3,8 tỷ USD. Doanh nghiệp có đơn hàng đến hết quý I/2025. Trong 6 "
     "tháng, huyện A xuất khẩu 1,2 tỷ USD.", 1.2e9, {"period_start": "2024-01-01", "period_end": "2024-06-30"}),
    # the level a rate is compared with does not date what follows
    ("Quý I/2024, IIP tăng 9,2%, cao hơn mức tăng 2,1% của quý I/2023. Chỉ số tiêu thụ quý I tăng 8,7%.", 8.7,
     {"period_start": "2024-01-01"}),
    (_LETTER.replace("UBND TỈNH THÁI BÌNH\nSỞ CÔNG THƯƠNG", "CỤC THỐNG KÊ TỈNH THÁI BÌNH"), 2.1e9, {"location": "Thái Bình"}),
    # a period right after the figure, before the change its attributes go on to, is its own
    ("Làng Stơr đón khoảng 8.500 lượt khách du lịch trong 8 tháng đầu năm 2024, gấp đôi cùng kỳ năm trước.", 8500,
     {"period_text": "8 tháng đầu năm 2024", "change_value": 2.0}),
    # a plan noun joined by `và` to the next clause does not make that clause's period a plan's year
    ("Chúng tôi phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 60% kế hoạch và đến hết năm đạt từ 95% trở lên.", 95,
     {"period_text": "đến hết năm", "status": "target"}),
    ("Chúng tôi phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 60% kế hoạch và đến hết năm đạt từ 95% trở lên.", 60,
     {"period_text": "đến ngày 30/9/2024"}),
    # a deadline dates what is due by it, and says nothing of whether the count is a result yet
    ("Tỉnh phải xử lý dứt điểm 12 tàu mất kết nối dài ngày trước ngày 31/12/2024.", 12, {"status": "actual"}),
    # a speaker's words after `cho biết,` name the counted, not the speaker
    ("Ông Lê Văn Hoàng, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, tỉnh đã thành lập 2.046 tổ công nghệ số "
     "cộng đồng tại 184 xã, phường, thị trấn với hơn 12.300 thành viên.", 12300, {"subject": "thành viên thành lập"}),
    # `tỷ lệ này` with no rate spelled out before: the rate of the last figure of its kind
    ("Tại thành phố Huế, 100% phường đã triển khai camera giám sát an ninh kết nối về IOC; tại thị xã Hương Thủy, tỷ "
     "lệ này là 58%.", 58, {"subject": "tỷ lệ phường đã triển khai camera giám sát an ninh kết nối về IOC"}),
    # `N lao động là người dân tộc thiểu số`: who the counted are
    ("Năm 2024, toàn tỉnh có 4.018 lao động là người dân tộc thiểu số.", 4018,
     {"subject": "lao động là người dân tộc thiểu số"}),
    # what a change caused is no part of what changed
    ("Giá điện tăng khoảng 15% khiến một số cơ sở phải thu hẹp sản xuất.", 15, {"subject": "giá điện"}),
    # an aside on the place that opens the sentence (`, nơi … của tỉnh,`) leaves the sentence that place's
    ("Đồng Nai: Nợ xấu toàn tỉnh là 1,2%.\n\nTại thành phố Biên Hòa, nơi tập trung khoảng 60% dư nợ của tỉnh, nợ xấu "
     "chiếm 1,8%; tại huyện Trảng Bom, tỷ lệ nợ xấu là 1,4%.", 1.8, {"location": "Biên Hòa"}),
    # `2 Vàng, 2 Bạc, 2 Đồng`: bronze medals, counted; `50 triệu đồng` stays money
    ("Cả 6 thí sinh đều đoạt huy chương với 2 Vàng, 2 Bạc, 2 Đồng; mỗi huy chương Đồng được thưởng 50 triệu đồng.", 2,
     {"kind": "count"}),
    ("Cả 6 thí sinh đều đoạt huy chương với 2 Vàng, 2 Bạc, 2 Đồng; mỗi huy chương Đồng được thưởng 50 triệu đồng.", 50e6,
     {"kind": "money", "unit": "đồng"}),
    # nouns listed after a comma go on with the figure's words: the share and change after them are its own
    ("Năm 2024 có 42 công dân có trình độ đại học, cao đẳng, chiếm 16,9%, tăng 3,2% so với năm 2023.", 42,
     {"percent": 16.9, "change_value": 3.2}),
    # `đối với` (towards) is no companion noun: the change after it is still the figure's
    ("Cơ quan này nhận 127 văn bản khiếu nại của người tiêu dùng đối với thương nhân, giảm 6% so với năm trước.", 127,
     {"change_value": 6.0}),
    # a breakdown two sentences after its whole, past a rate of the same thing per one (no whole itself)
    ("Trong 9 tháng, toàn tỉnh có 812 doanh nghiệp thành lập mới. Vốn đăng ký bình quân đạt 8,46 tỷ đồng/doanh nghiệp."
     "\n\nPhân theo lĩnh vực, khu vực dịch vụ có 571 doanh nghiệp; công nghiệp - xây dựng 205 doanh nghiệp.", 205,
     {"total": 812}),
    # a `lần lượt` list of items joined by commas only
    ("Năm 2024, thanh long, mít, chuối lần lượt đạt 210.000 tấn, 95.000 tấn và 62.000 tấn.", 95000, {"subject": "mít"}),
    # sites counted after a verb of what happens at places; a score stays a measure
    ("Mưa lũ đã làm ách tắc 214 điểm trên các tuyến quốc lộ, tỉnh lộ.", 214, {"kind": "count"}),
    ("Thí sinh đạt 27 điểm trên thang điểm 30.", 27, {"kind": "measure"}),
    # `Số điểm X là N điểm`: the sites its indicator counts, and the parts of that count
    ("Số điểm chấp nhận thanh toán bằng mã QR là 86.300 điểm, trong đó hộ kinh doanh tại các chợ 12.480 điểm, cơ sở "
     "lưu trú và nhà hàng 9.760 điểm.", 9760, {"kind": "count", "total": 86300}),
    ("Số điểm chấp nhận thanh toán bằng mã QR là 86.300 điểm, trong đó hộ kinh doanh tại các chợ 12.480 điểm.", 86300,
     {"kind": "count"}),
]

_HOI_AN = ("Quảng Nam đẩy nhanh trùng tu di tích\n\nNăm 2024, tỉnh Quảng Nam triển khai 37 dự án tu bổ di tích.\n\nTại "
           "thành phố Hội An, đã tu bổ 28 di tích nhà cổ. Mức hỗ trợ của Nhà nước cho chủ di tích từ 40% đến 75% kinh phí."
           "\n\nToàn tỉnh có 4 di tích quốc gia đặc biệt.\n")
_DEBT_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 58/BC-UBND\n\nHà Tĩnh, ngày 21 tháng 02 năm 2025\n\nBÁO CÁO\nTình "
                "hình vay, trả nợ của chính quyền địa phương năm 2024\n\n- Tổng dư nợ 1.248,6 tỷ đồng.\n- Trong đó: dư nợ vay "
                "lại vốn vay ODA, vay ưu đãi nước ngoài của Chính phủ 1.103,2 tỷ đồng; dư nợ vay từ Ngân hàng Phát triển "
                "Việt Nam 145,4 tỷ đồng.\n")
PROBE79_86_FACTS = [
    # a district that opens a paragraph as where it all happens is the place of the paragraph's later sentences
    (_HOI_AN, 40, {"location": "Hội An"}),
    (_HOI_AN, 4, {"location": "Quảng Nam"}),
    # a plan that opens the sentence governs its `;` clauses; `hiện đại` (modern) says nothing is done yet
    ("Theo kế hoạch, đến năm 2025 thành phố phấn đấu có 12 siêu thị; tỷ lệ hàng hóa bán lẻ qua kênh hiện đại đạt 35%.",
     35, {"status": "target", "subject": "tỷ lệ hàng hóa bán lẻ qua kênh hiện đại"}),
    # a share that names a figure before it hands that figure the attributes said after it too
    ("Năm học 2024-2025, ngành Y tế khám sức khỏe cho 318.452 học sinh tại 712 trường trên địa bàn tỉnh, đạt 96,7% "
     "tổng số học sinh, tăng 2,3% so với năm học trước.", 318452, {"percent": 96.7, "change_value": 2.3}),
    # the count of what an amount is for takes none of the attributes said after it
    ("Toàn tỉnh đã thu hồi 1.245,6 ha đất để thực hiện 87 dự án, đạt 66,6% kế hoạch năm, tăng 21,4% so với cùng kỳ "
     "năm 2023.", 87, {"percent": None, "change": None}),
    # money named only `tổng vốn`, `kinh phí` after a count is what those things take
    ("Giai đoạn 2016-2022, tỉnh Bến Tre đã triển khai 27 dự án ứng phó với biến đổi khí hậu với tổng vốn 5.680 tỷ "
     "đồng.", 5680e9, {"subject": "tổng vốn dự án ứng phó với biến đổi khí hậu"}),
    # (`tổng` kept as the text words it, as `tổng vốn` is above)
    ("Tỉnh thành lập 3 cụm công nghiệp làng nghề với tổng diện tích 150 ha.", 150,
     {"subject": "tổng diện tích cụm công nghiệp làng nghề"}),
    ("Tỉnh có 45 dự án, diện tích 150 ha.", 150, {"subject": "diện tích"}),
    # a letterhead whose body and place stand on two lines; the Government a province owes is no place of the debt
    (_DEBT_LETTER, 1103.2e9, {"location": "Hà Tĩnh"}),
    # a phone number says nothing of the article's number style (`0238.3844` is no English decimal)
    ("Trong năm, các điểm tư vấn đã tiếp nhận 2.350 lượt người dân. Đường dây nóng 0238.3844.xxx của Sở tiếp nhận 126 "
     "cuộc gọi.", 2350, {"unit": "lượt người dân"}),
    # the year in a law's name is no period, and gives its year to no bare period after it
    ("Năm 2024, 7 vụ chuyển cơ quan điều tra theo quy định tại Luật Phòng, chống bạo lực gia đình năm 2022. Trong năm, "
     "các điểm tư vấn đã tiếp nhận 2.350 lượt người dân.", 2350, {"period_start": "2024-01-01"}),
    ("Năm 2024, 7 vụ chuyển cơ quan điều tra theo quy định tại Luật Phòng, chống bạo lực gia đình năm 2022.", 7,
     {"period_start": "2024-01-01"}),
    # `từ N … trở lên`: the floor's words may stand at the end of the figure's clause
    ('Năm 2024 tỉnh phấn đấu có từ 91% hộ gia đình đạt danh hiệu "Gia đình văn hóa" trở lên, 95% thôn đạt danh hiệu văn '
     'hóa.', 95, {"approx": "exact"}),
    # a figure that says whose the part before it is (`của 27 trường`) is no part of that part's whole
    ("Hội sách thu hút hơn 4.500 lượt người tham quan, trong đó có khoảng 3.200 lượt học sinh của 27 trường trên địa "
     "bàn.", 27, {"total": None}),
    ("Hội sách thu hút hơn 4.500 lượt người tham quan, trong đó có khoảng 3.200 lượt học sinh của 27 trường trên địa "
     "bàn.", 3200, {"total": 4500}),
]

_PLAN_REPORT = ("BÁO CÁO\nKết quả công tác hòa giải năm 2023\n\nI. KẾT QUẢ\n- Tỷ lệ hòa giải thành đạt 81,6%.\n\n"
                "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n- 100% hòa giải viên mới được bồi dưỡng kiến thức pháp luật.\n"
                "- Đẩy mạnh chi trả không dùng tiền mặt, nâng tỷ lệ lên trên 85% (năm 2023 đạt 71,5%).\n"
                "- Đề nghị Bộ Tư pháp hỗ trợ kinh phí cho 12 xã đã thành lập tổ hòa giải.\n")

_AWARDS = ("Huyện Krông Pắc tổng kết công tác thi đua năm 2023\n\nUBND huyện Krông Pắc tổ chức hội nghị tổng kết.\n\n"
           "Về công tác khen thưởng, trong năm huyện đã đề nghị cấp trên khen thưởng 146 tập thể, cá nhân, gồm: Bằng khen "
           "của Thủ tướng Chính phủ 5 tập thể, 7 cá nhân; Bằng khen của UBND tỉnh 38 tập thể, 94 cá nhân.")

_WATER_COMPANY = ('Công ty CP Cấp thoát nước Bình Thuận: Sản lượng nước tăng 6%\n'
     '\n'
     'Thứ Năm, 18/01/2024 - 06:35\n'
     '\n'
     'Năm 2023, Công ty CP Cấp thoát nước Bình Thuận sản xuất 42,5 triệu m3 nước sạch, tăng 6% so với năm 2022.\n'
     '\n'
     'Tính đến ngày 31/12/2023, công ty cung cấp nước cho 150.200 khách hàng. Trong năm, công ty lắp mới 6.100 đồng hồ nước, chủ yếu tại TP Phan Thiết, thị xã La Gi và huyện Hàm Thuận Bắc.\n')
_DISTRICT_PORTAL = ('Cứng hóa hơn 40 km đường giao thông nông thôn\n'
     '\n'
     'Cổng thông tin điện tử huyện Hải Hậu - Cập nhật: 12/5/2024\n'
     '\n'
     'Năm 2024, phong trào làm đường giao thông trên địa bàn huyện tiếp tục phát triển. Toàn huyện đã cứng hóa 40,5 km đường, đạt 105% kế hoạch.\n')
_DISTRICT_HEADLINE = ('Hưng Hà: Thu hoạch hơn 12.000 ha lúa xuân\n'
     '\n'
     'Năm 2024, trên địa bàn huyện đã thu hoạch 12.150 ha lúa xuân, năng suất bình quân đạt 68 tạ/ha.\n')
_LAMPS = ('Bắc Giang thay hơn 5.000 bộ đèn LED\n'
     '\n'
     'Năm 2023, các địa phương trên địa bàn tỉnh Bắc Giang đã thay 5.200 bộ đèn cao áp bằng đèn LED. Trong đó, thành phố Bắc Giang thay 2.100 bộ, huyện Lạng Giang 1.300 bộ, huyện Yên Dũng 800 bộ, các huyện còn lại 1.000 bộ.\n')
_FERRY = ('Đồng Tháp bảo đảm an toàn bến khách ngang sông\n'
     '\n'
     'Năm 2024, toàn tỉnh Đồng Tháp có 180 bến khách ngang sông được cấp phép.\n'
     '\n'
     'Tại bến đò Tân Thuận - Phú Hựu (huyện Châu Thành), mỗi ngày có khoảng 900 lượt người qua sông. Chủ bến cho biết đã đầu tư 3 phương tiện mới có sức chở 30 người.\n')
_PARKS = ('Doanh thu các khu công nghiệp giảm 8%\n'
     '\n'
     'Theo Ban Quản lý các khu công nghiệp Quảng Ngãi, 9 tháng năm 2023, tổng doanh thu của các doanh nghiệp trong các khu công nghiệp ước đạt 24.500 tỷ đồng, giảm 8% so với cùng kỳ.\n')
_PROVINCE_HAS = ('Thanh Hóa thu hút đầu tư\n'
     '\n'
     'Năm 2023, tỉnh Thanh Hóa thu hút 112 dự án trong nước. Hiện nay, tỉnh có 7 khu công nghiệp đã đi vào hoạt động với tỷ lệ lấp đầy bình quân 61,2%; Khu kinh tế Nghi Sơn là một trong 8 khu kinh tế ven biển trọng điểm của cả nước.\n')
_CLEARANCE = ('Hải Dương đẩy nhanh giải phóng mặt bằng các khu công nghiệp\n'
     '\n'
     'Năm 2024, tỉnh Hải Dương đã giải phóng mặt bằng được 310 ha cho các khu công nghiệp. Còn 54 hộ dân tại xã Cẩm Điền, huyện Cẩm Giàng chưa nhận tiền bồi thường.\n')
_COCONUT = ('Trà Vinh phát triển dừa sáp\n'
     '\n'
     'Tính đến ngày 31/3/2024, toàn huyện Cầu Kè có 1.300 ha dừa sáp, chiếm 70% diện tích dừa sáp toàn tỉnh Trà Vinh. Trong đó, xã Hòa Tân có 560 ha, xã Châu Điền 240 ha.\n')
_OCOP = ('Hậu Giang có 120 sản phẩm OCOP\n'
     '\n'
     'Toàn tỉnh có 120 sản phẩm OCOP; nhóm thực phẩm chiếm tỷ trọng lớn nhất với 70 sản phẩm. Phân theo địa phương, thành phố Vị Thanh có 28 sản phẩm, huyện Phụng Hiệp 25 sản phẩm, huyện Long Mỹ 21 sản phẩm.\n')

PROBE91_94_FACTS = [
    # all places in one province, whose name the article writes only inside its water company's name
    (_WATER_COMPANY, 42.5e6, {"location": "Bình Thuận"}),
    # the portal named under the headline publishes the district's own news
    (_DISTRICT_PORTAL, 40, {"location": "Hải Hậu"}),
    # a headline labelled with a district's name (`Hưng Hà: …`) is about it
    (_DISTRICT_HEADLINE, 12150, {"location": "Hưng Hà"}),
    # thousands of `bộ` are sets of lamps, not ministries; `các huyện còn lại` is no one district
    (_LAMPS, 2100, {"location": "Bắc Giang", "total": 5200}),
    (_LAMPS, 1300, {"location": "Lạng Giang"}),
    (_LAMPS, 1000, {"location": "Bắc Giang"}),
    # a paragraph that opens at a ferry landing named by both banks, then its district, is that district's
    (_FERRY, 3, {"location": "Châu Thành"}),
    # industrial parks named after a province lie in it
    (_PARKS, 24500e9, {"location": "Quảng Ngãi"}),
    # `tỉnh có …` speaks of the province; the country named in a later clause does not make the figure national
    (_PROVINCE_HAS, 7, {"location": "Thanh Hóa"}),
    (_PROVINCE_HAS, 61.2, {"location": "Thanh Hóa"}),
    # `tại xã A, huyện B`: the comma after the commune joins it to its district
    (_CLEARANCE, 54, {"location": "Cẩm Giàng"}),
    # parts in the sentence after their whole, naming no place of their own, are where the whole is
    (_COCONUT, 560, {"location": "Cầu Kè", "total": 1300}),
    # counts that add up to more than the earlier sentence's figure break down some other whole
    (_OCOP, 28, {"total": None}),
    (_OCOP, 21, {"total": None}),
    # a plan named by its number is the document the work follows: the figure after the slash is the whole
    ("Sở đã kiểm tra 45/68 nhà máy theo Kế hoạch số 215/KH-SCT.", 45, {"total": 68, "target": None}),
    # a percent in brackets after a part and a few words saying which is the part's share, when it is part / whole
    ("Đoàn lấy 1.236 mẫu, trong đó 1.219 mẫu đạt (98,6%), 17 mẫu không đạt.", 1219, {"percent": 98.6}),
    ("Đoàn lấy 1.236 mẫu, trong đó 1.219 mẫu đạt (12,6%), 17 mẫu không đạt.", 1219, {"percent": None}),
    # an age group's bounds take no share: the share that follows is a figure of its own
    ("Bệnh nhân chủ yếu ở độ tuổi từ 6 đến 14 tuổi, chiếm khoảng 45% số ca mắc.", 45, {"kind": "percent"}),
    # a change of a duration in days is the duration's change, not a time phrase
    ("Thời gian điều trị trung bình còn 5,8 ngày, thấp hơn 0,6 ngày so với năm 2023.", 5.8,
     {"change_value": 0.6, "change_direction": "decrease"}),
    # units written straight after the digits
    ("Đèn LED có công suất từ 100 đến 150W, thay cho đèn sodium 250W.", 100, {"unit": "W", "value_max": 150}),
    ("Huyện trồng mới 120ha rừng sản xuất.", 120, {"unit": "ha", "kind": "measure"}),
]


_BORDER = ("Krông Pắc cấp giấy chứng nhận quyền sử dụng đất\n\n"
           "Cổng thông tin điện tử huyện Krông Pắc - Cập nhật: 05/01/2024\n\n"
           "Đến ngày 31/12/2023, toàn huyện đã cấp giấy chứng nhận cho 97,6% diện tích đất đủ điều kiện. Xã Vụ Bổn còn "
           "thấp nhất với 90,8% do vướng tranh chấp tại khu vực giáp ranh với huyện Ea Kar.\n\n"
           "Qua công tác cấp giấy, ngân sách huyện thu được 17,2 tỷ đồng tiền sử dụng đất.\n")

PROBE95_98_FACTS = [
    # a plan named at length (`chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV đề ra là 90%`) is still the plan
    ("Tỷ lệ gia đình văn hóa đạt 91,5%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV đề ra là 90%.", 91.5,
     {"target_value": 90}),
    # a rate's plan counts the rate's own noun
    ("Bình quân 2,1 lượt khám/người/năm, thấp hơn mục tiêu 3 lượt khám/người/năm.", 2.1, {"target_value": 3}),
    # the districts listed after `Một số huyện … như` and after `Các huyện … gồm:`, an item's value said with `khoảng`
    ("Tỉnh Nghệ An tiêm phòng cho đàn trâu bò. Một số huyện có tỷ lệ tiêm phòng cao như Quỳ Hợp (95,6%), Tân Kỳ "
     "(94,3%), Anh Sơn (92,8%).", 94.3, {"location": "Tân Kỳ"}),
    ("Tỉnh Đồng Nai có đàn gia cầm lớn. Các huyện có đàn gia cầm lớn gồm: Trảng Bom khoảng 6,1 triệu con, Thống Nhất "
     "5,4 triệu con, Xuân Lộc 4,8 triệu con.", 5.4e6, {"location": "Thống Nhất"}),
    # a neighbour named after `giáp ranh với` is no place the paragraph speaks of
    (_BORDER, 90.8, {"location": "Krông Pắc"}),
    # a bracket that only labels the work (`(giai đoạn 2)`) breaks no clause between the place and the figure
    ("Tỉnh Đồng Tháp di dời 1.200 hộ. Dự án kè chống sạt lở bờ sông Tiền đoạn qua thị xã Hồng Ngự (giai đoạn 2) có tổng "
     "mức đầu tư 290 tỷ đồng.", 290e9, {"location": "Hồng Ngự"}),
    # `trên` after a verb of keeping is over an amount, no per (`52 thuê bao trên 100 dân` is a rate)
    ("Quy mô bình quân khoảng 45 con/hộ; có 36 hộ nuôi trên 100 con.", 36, {"kind": "count", "unit": "hộ"}),
    # a team and what it is coordinated with are counted together (`380 tổ, đội vệ sinh môi trường`)
    ("Toàn tỉnh có 126 thư viện và tủ sách cấp xã.", 126, {"subject": "thư viện và tủ sách cấp xã"}),
]


PROBE99_102_FACTS = [
    # the items of a breakdown under a header (`Trong mức tăng chung …:`) go on with the estimate said before it
    ("Tổng sản phẩm trên địa bàn quý I ước tăng 7,2% so với cùng kỳ.\nTrong mức tăng chung của toàn nền kinh tế:\n"
     "- Khu vực công nghiệp và xây dựng tăng 10,4%;\n- Khu vực dịch vụ tăng 6,3%.", 6.3, {"status": "estimate"}),
    # (a list under a header that opens no breakdown keeps its own status)
    ("Tổng sản phẩm trên địa bàn quý I ước tăng 7,2% so với cùng kỳ.\nMột số kết quả nổi bật:\n"
     "- Khu vực dịch vụ tăng 6,3%.", 6.3, {"status": "actual"}),
    # a gap to a yardstick named in plain words, in the figure's own unit
    ("Mô hình cho năng suất 7,2 tấn/ha, cao hơn ruộng sản xuất đại trà 0,6 tấn/ha.", 7.2,
     {"change_value": 0.6, "change_baseline": "ruộng sản xuất đại trà"}),
    # (a norm's value after it is no gap: `thấp hơn định mức 1,5 giáo viên/lớp`)
    ("Trường có 40 lớp nhưng chỉ có 48 giáo viên, thấp hơn định mức 1,5 giáo viên/lớp.", 48, {"change": None}),
    # things added after a sum of money are no change of it, but a count of their own
    ("Công ty đầu tư 52 tỷ đồng mở rộng mạng lưới, tăng thêm 4.200 đấu nối hộ gia đình.", 4200,
     {"kind": "count", "unit": "đấu nối"}),
    # a quoted name in the modifier words, numbers and all, is stepped over to the share after it
    ("Toàn huyện có 2.600 ha lúa áp dụng mô hình \"3 giảm 3 tăng\", chiếm 48% diện tích gieo cấy.", 2600,
     {"percent": 48}),
    # the thing counted named again after the comparison: the change of the same figure
    ("Năm 2024 xảy ra 54 vụ tai nạn giao thông; so với năm 2023, số vụ tai nạn giao thông giảm 9 vụ.", 54,
     {"change_value": 9, "change_direction": "decrease"}),
    # the donors a sum came from are read past: the change after them is the sum's
    ("Quỹ đã tiếp nhận 3,2 tỷ đồng từ 260 lượt tổ chức, cá nhân, tăng 25% so với năm trước.", 3.2e9,
     {"change_value": 25}),
    # a share that names the money (`số tiền`) is the money's, after a count of whom it went to
    ("Ban vận động đã phân bổ 2,1 tỷ đồng cho 480 hộ, đạt 84% số tiền tiếp nhận.", 2.1e9, {"percent": 84}),
    # `N lần` before an act counts times; a multiple only after a word of comparing, without an act
    ("Nhờ áp dụng quy trình mới, nông dân giảm 3 lần phun thuốc mỗi vụ.", 3, {"kind": "count"}),
    ("Lượng khách quốc tế tăng 2 lần so với năm trước.", 2, {"kind": "multiple"}),
    # a count per any thing after a slash is a rate; a slash between two of a kind is a choice
    ("Bình quân 22 học sinh/máy tính.", 22, {"kind": "measure", "unit": "học sinh/máy tính"}),
    ("Có 350 học sinh/sinh viên được nhận học bổng.", 350, {"kind": "count"}),
    # a school named after a district is a school: its score is the province's, and the next items' too
    ("Tỉnh Thái Bình có điểm trung bình cao. Đứng đầu là Trường THPT chuyên Thái Bình 8,1 điểm, tiếp đến là Trường THPT "
     "Tiền Hải 7,6 điểm, Trường THPT Nguyễn Đức Cảnh 7,5 điểm.", 7.5, {"location": "Thái Bình"}),
    # the place a sentence opens with after its source (`Theo …, trên địa bàn huyện X, …`)
    ("Tỉnh Lào Cai khắc phục hậu quả bão. Theo Ban Chỉ huy phòng chống thiên tai, trên địa bàn huyện Bảo Yên, mưa lũ đã "
     "làm 7 người chết.", 7, {"location": "Bảo Yên"}),
    # units of government counted as parts of the place that owns them
    ("Huyện Si Ma Cai là một trong 4 huyện của tỉnh Lào Cai có tỷ lệ hộ nghèo trên 30%.", 4, {"location": "Lào Cai"}),
    # whom a verb is done for (`cho`), counted, are the ones it is done to
    ("Năm 2024, Trung tâm Dịch vụ việc làm đã tư vấn, giới thiệu việc làm cho 3.150 người lao động.", 3150,
     {"subject": "người lao động được tư vấn, giới thiệu việc làm"}),
    ("Điện lực tỉnh đã khôi phục cấp điện cho 96% số khách hàng.", 96,
     {"subject": "khách hàng được khôi phục cấp điện"}),
    # events counted right before `cho` say what is done for the count after it
    ("Hội Nông dân tỉnh đã tổ chức 32 lớp tập huấn cho 1.600 lượt hội viên.", 1600,
     {"subject": "lượt hội viên được tập huấn"}),
    # (`cho` as the verb itself, to lend: no verb before it)
    ("Ngân hàng Chính sách xã hội đã cho 12.400 lượt hộ vay vốn.", 12400, {"subject": "lượt hộ vay vốn"}),
    # a score said after its noun (`tổng điểm 29,85`) is in điểm
    ("Thủ khoa của tỉnh đạt tổng điểm 29,5.", 29.5, {"kind": "measure", "unit": "điểm"}),
    # a comparison without a number before `nhưng` and the change: the change is still the figure's
    ("Điểm trung bình môn Lịch sử đạt 6,2 điểm, vẫn thấp hơn nhiều môn khác nhưng đã tăng 0,5 điểm so với năm 2023.",
     6.2, {"change_value": 0.5, "change_baseline": "năm 2023"}),
    # a size named first in the sentence is no subject of a sum of money after it
    ("Khu tái định cư có diện tích 4,5 ha, được xây dựng trong 120 ngày với tổng kinh phí 36 tỷ đồng.", 36e9,
     {"subject": "tổng kinh phí"}),
    # a change in a bracket is of what stands before the bracket, not its bare verb
    ("Nhóm hàng tăng mạnh nhất là thuốc và dịch vụ y tế (tăng 2,7%).", 2.7, {"subject": "thuốc và dịch vụ y tế"}),
    # how many tiers a court has names it (`TAND hai cấp`)
    ("Năm 2024, TAND hai cấp tỉnh đã giải quyết 12.300 vụ, việc.", 12300, {"unit": "vụ, việc"}),
]

PROBE103_106_FACTS = [
    # a section number (`2.2.`) tells no number style: `6.240` under it groups thousands
    ("BÁO CÁO\n\n2.1. Báo tỉnh: phát hành 252 số báo.\n\n2.2. Đài tỉnh: sản xuất 6.240 chương trình phát thanh.",
     6240, {"unit": "chương trình"}),
    # `Trong số N X, có …`: the parts count into the whole whose number the cue says again, not into another of the
    # same unit named more alike
    ("Đoàn đã kiểm tra 520 cơ sở kinh doanh thực phẩm, phát hiện 64 cơ sở vi phạm, giảm 12 cơ sở so với năm trước. "
     "Trong số 64 cơ sở vi phạm, có 40 cơ sở kinh doanh thực phẩm không rõ nguồn gốc và 24 cơ sở kinh doanh thực phẩm "
     "quá hạn.", 24, {"total": 64}),
    # places listed before `lần lượt` pair with the figures in order, a unit's `m2` no number of the list
    ("Tại huyện A Lưới và huyện Nam Đông, giá thuê đất lần lượt là 35.000 đồng/m2 và 42.000 đồng/m2.", 42000,
     {"location": "Nam Đông", "subject": "giá thuê đất"}),
    # figures after `lần lượt` with no list of items before it all measure what the first one does
    ("Giá thuê đất lần lượt là 35.000 đồng và 42.000 đồng.", 42000, {"subject": "Giá thuê đất"}),
    # places ranked by what they have most of, then their figures after `lần lượt`: that is what each one measures
    ("Các địa phương có số thanh niên nhập ngũ đông nhất là huyện Lục Nam, huyện Yên Thế và huyện Lạng Giang với lần "
     "lượt 285, 251 và 240 công dân.", 251, {"subject": "số thanh niên nhập ngũ", "location": "Yên Thế"}),
    ("Các huyện có nhiều hợp tác xã nhất là Krông Pắc, Cư M'gar và Buôn Đôn, với lần lượt 68, 55 và 41 hợp tác xã.", 55,
     {"subject": "hợp tác xã"}),
    # shares said after the figures in their order, past the last figure's longer noun phrase and an aside in brackets
    ("Toàn tỉnh có 36.420 ha cà phê và 8.150 ha hồ tiêu được chứng nhận sản xuất bền vững (4C, hữu cơ...), lần lượt "
     "chiếm 25,4% và 24,1% diện tích.", 8150, {"percent": 24.1}),
    # a part named by its whole's noun (`điểm`, a site) is read in the whole's sense
    ("Hội chợ được tổ chức tại 6 điểm, trong đó có 2 điểm tại khu công nghiệp và 4 điểm tại các huyện.", 2,
     {"kind": "count", "total": 6}),
    # numbers after `lần lượt`, each with its multiplier word, count the noun after the last of them, not the noun of
    # a figure before the list
    ("Huyện Đức Hòa và huyện Bến Lức là hai địa phương có sản lượng bưu gửi lớn nhất, lần lượt đạt 4,2 triệu và 3,6 "
     "triệu bưu gửi.", 4.2e6, {"unit": "bưu gửi"}),
    # the market share a `lần lượt` list of companies holds, named after the last share, is what each share measures
    ("Viettel, VNPT và MobiFone lần lượt chiếm 62%, 27% và 9% thị phần thuê bao di động.", 27,
     {"subject": "thị phần thuê bao di động"}),
    # a count by a classifier (`chiếc`) after `Trong đó` counts into the count before, not a measure the cue follows; a
    # half-open range (`từ 12 m đến dưới 15 m`) is a range
    ("Toàn tỉnh có 4.826 tàu cá, với tổng công suất hơn 2,17 triệu CV. Trong đó, tàu có chiều dài từ 15 m trở lên là "
     "3.512 chiếc, từ 12 m đến dưới 15 m là 654 chiếc.", 654, {"total": 4826}),
    ("Toàn tỉnh có 4.826 tàu cá. Trong đó, tàu dài từ 12 m đến dưới 15 m là 654 chiếc.", 12, {"value_max": 15}),
    # a letterhead written in two columns, the body's beside the national motto, names the report's place; names listed
    # after a count of communes are communes, not a district that bears the same name
    ("ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN LỤC NGẠN                    "
     "            Độc lập - Tự do - Hạnh phúc\n\nSố: 312/BC-UBND\n\nBÁO CÁO\nKết quả thu ngân sách 9 tháng năm 2024\n\n"
     "Còn 4 xã đạt dưới 50% dự toán gồm: Tân Lập, Kim Sơn, Sa Lý, Phong Minh.\n\nChi cục Thuế đã thu hồi 2,15 tỷ đồng "
     "nợ thuế.", 2.15e9, {"location": "Lục Ngạn"}),
    # places listed by what they have most of, named with its own head noun; a qualifier in the item's bracket
    ("Các huyện có quy mô đàn lợn lớn là Yên Định (khoảng 118.000 con), Triệu Sơn (96.400 con).", 118000,
     {"subject": "quy mô đàn lợn", "location": "Yên Định"}),
    # an amount named by its own noun in a bracket is stepped over: the change after it is the figure's
    ("Số lợn buộc phải tiêu hủy là 286 con (tổng trọng lượng hơn 14,2 tấn), giảm 71% so với cùng kỳ.", 286,
     {"change_value": 71}),
    # a clause of a noun and its number, with no verb, goes on with the estimate before it
    ("Cây có múi cho sản lượng ước đạt 165.000 tấn; nhãn khoảng 26.500 tấn.", 26500, {"status": "estimate"}),
    # past a second share (a figure of its own) the change is still the amount's
    ("Tổng thu ngân sách 9 tháng đạt 486,7 tỷ đồng, bằng 81,1% dự toán tỉnh giao, bằng 73,7% dự toán huyện giao, tăng "
     "12,4% so với cùng kỳ.", 486.7e9, {"percent": 81.1, "change_value": 12.4}),
    # a level after `;` with its own rate: the rate of the item before, for that level
    ("Tỷ lệ hồ sơ được số hóa ở cấp tỉnh đạt 87,4%; cấp huyện 72,5%, cấp xã 64,8%.", 72.5,
     {"subject": "Tỷ lệ hồ sơ được số hóa cấp huyện"}),
    # a level after the part cue measures its whole's rate for that level (not the whole's own scope)
    ("Năm 2024, tỷ lệ người bệnh hài lòng toàn tỉnh đạt 92%; trong đó tuyến tỉnh đạt 94%, tuyến huyện 91%.", 91,
     {"subject": "tỷ lệ người bệnh hài lòng tuyến huyện"}),
    # a district that opens the sentence keeps its figures past an aside between commas that speaks of the province
    ("Thanh Hóa phát triển nghề cói\n\nHuyện Nga Sơn, \"thủ phủ\" cói của tỉnh, có 6.500 ha cói.", 6500,
     {"location": "Nga Sơn"}),
    # a venue whose bracket gives its street address, then its district, is where its figures are
    ("Hải Phòng: Rạp chiếu phim đông khách\n\nRạp Tháng Tám (số 2 Trần Hưng Đạo, quận Hồng Bàng) sau cải tạo đã đón "
     "126.000 lượt khán giả.", 126000, {"location": "Hồng Bàng"}),
    # the Government named as the issuer of a decree the province applies owns none of the province's figures
    ("Đồng Tháp: Tăng cường kiểm tra phân bón\n\nSở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp\n\nThời gian tới, "
     "Chi cục tiếp tục thực hiện Nghị định số 31/2023/NĐ-CP ngày 09/6/2023 của Chính phủ quy định xử phạt vi phạm hành "
     "chính trong lĩnh vực trồng trọt, phấn đấu kiểm tra ít nhất 500 lượt cơ sở.", 500, {"location": "Đồng Tháp"}),
    # a district named by a `;` clause in the middle of its sentence is that clause's only
    ("Vĩnh Long: Xây dựng nông thôn mới\n\nTỉnh Vĩnh Long phấn đấu năm 2025 có thêm 10 xã đạt chuẩn nông thôn mới nâng "
     "cao; huyện Tam Bình đạt chuẩn huyện nông thôn mới nâng cao; thu nhập bình quân đầu người khu vực nông thôn đạt 68 "
     "triệu đồng/người/năm.", 68e6, {"location": "Vĩnh Long"}),
    # a size after a place said with `tại` is the size of what stands before the place; a second size said alone is
    # of the same thing
    ("Cầu Cây Chanh tại xã Thanh Lĩnh dài 48 m, rộng 6,5 m.", 48, {"subject": "chiều dài Cầu Cây Chanh"}),
    ("Cầu Cây Chanh tại xã Thanh Lĩnh dài 48 m, rộng 6,5 m.", 6.5, {"subject": "chiều rộng Cầu Cây Chanh"}),
    # a period said after `riêng` belongs to its own clause, not to the figure before it
    ("Khánh Hòa đón khách dịp lễ\n\nTrong dịp nghỉ lễ 30/4 - 1/5, toàn tỉnh đón khoảng 250.000 lượt khách. Công suất "
     "phòng trung bình đạt 75%, riêng các ngày 29/4 và 30/4 đạt trên 90%.", 75, {"period_text": "dịp nghỉ lễ 30/4 - 1/5"}),
    # a clause after `;` that opens with a name has a doer of its own: the estimate before it does not reach it
    ("Mỗi năm cả nước ước tính có khoảng 172.000 người mắc lao mới; Việt Nam hiện đứng thứ 11 trên thế giới về số người "
     "mắc lao.", 11, {"status": "actual"}),
    # what has not happened (`không`, as `chưa`) says which ones are counted; the reason after it does not
    ("Hiện thành phố có 14 tuyến xe buýt, trong đó 4 tuyến không trợ giá.", 4, {"subject": "tuyến không trợ giá"}),
    ("Qua kiểm tra, phát hiện 48 mẫu không đạt do tỷ lệ nảy mầm thấp.", 48, {"subject": "mẫu không đạt"}),
    # the adverbials that open a sentence, each before its comma, name nothing counted
    ("Đối với tàu cá, đến sáng 12/9, đã có 1.230/1.245 tàu với hơn 6.000 lao động vào bờ trú tránh an toàn.", 6000,
     {"subject": "lao động"}),
    # the other extreme said alone after a comma measures what the first one does
    ("Mức thưởng cao nhất là 385 triệu đồng/người thuộc một doanh nghiệp tại khu công nghiệp, thấp nhất 500.000 "
     "đồng/người.", 500000, {"subject": "Mức thưởng thấp nhất"}),
    # a light verb and its doer name nothing of what is counted
    ("Năm 2024, Cục Quản lý thị trường tỉnh tổ chức 14 đợt thanh tra, kiểm tra hoạt động kinh doanh vàng.", 14,
     {"subject": "đợt thanh tra, kiểm tra hoạt động kinh doanh vàng"}),
    # ... nor does `gồm`, which lists the parts of a whole (their name is their own)
    ("Toàn tỉnh có 89 chủ thể OCOP, gồm 21 doanh nghiệp, 38 hợp tác xã và 26 hộ kinh doanh.", 21,
     {"subject": "doanh nghiệp", "total": 89}),
    ("Năm 2024, đoàn thể thao tỉnh giành 97 huy chương, bao gồm 31 HCV.", 31, {"subject": "HCV"}),
    # a level word of two syllables that owns the count (`Thành phố hiện có`) is no part of what is counted
    ("Thành phố hiện có 11 công viên.", 11, {"subject": "công viên"}),
    # a label's number before a qualifier, a verb or a preposition is no count
    ("Lực lượng chức năng kiểm tra 214 hệ thống thông tin, trong đó 58 hệ thống cấp độ 3 và 4 hệ thống cấp độ 4.", 4,
     {"unit": "hệ thống"}),
    # `tỷ lệ này` after a count said with its share: the rate of what that count counts
    ("Lực lượng chức năng đã kiểm tra 2.450 hộ, trong đó có 1.318 hộ đã làm lối thoát nạn thứ hai, chiếm 53,8%. Tại "
     "huyện Tiên Du, tỷ lệ này đạt 39,7%.", 39.7, {"subject": "tỷ lệ hộ đã làm lối thoát nạn thứ hai"}),
    # a province in brackets after one of its districts says whose district it is: the later sentences of an article
    # about the district go on with the district
    ("Lục Ngạn: Vải thiều được mùa\n\nĐến nay, huyện Lục Ngạn (Bắc Giang) đã thu hoạch 25.000 tấn vải thiều. Giá bán "
     "bình quân đạt 18.000 đồng/kg.", 18000, {"location": "Lục Ngạn"}),
]


PROBE83_90_FACTS = [
    # parts that open the next sentence make their whole's claim, not the estimate that ended the sentence before
    ("Năm 2023, lực lượng chức năng đã xử lý 1.694 vụ vi phạm; trị giá hàng hóa vi phạm ước khoảng 95 tỷ đồng. Trong "
     "số đó, buôn lậu 387 vụ, gian lận thương mại 1.307 vụ.", 387, {"status": "actual", "total": 1694}),
    # bare numbers in a bracket right after a count, adding up to it, count what it counts
    ("Thanh tra tỉnh đã giải quyết 16 vụ việc (tố cáo đúng 2, tố cáo đúng một phần 5, tố cáo sai 9).", 5,
     {"unit": "vụ việc", "total": 16}),
    # (only when they add up: `(đất đai 12, xây dựng 5)` of 20 is no breakdown of bare numbers)
    # the whole the cue names wins over the companion joined by `với`
    ("Cả nước phát hiện 1.973 vụ xâm hại trẻ em với 2.112 trẻ em bị xâm hại. Trong số trẻ em bị xâm hại, có 1.515 em "
     "bị xâm hại tình dục, 398 em bị bạo lực.", 1515, {"total": 2112}),
    # a list after `lần lượt` shares a unit the lexicon does not know; a list after a unit named before shares it
    ("Ba xã có số công dân nhập ngũ lần lượt 285, 251 và 240 công dân.", 251, {"unit": "công dân"}),
    ("Số đoàn viên tham gia ở ba huyện lần lượt là 46, 38 và 31.", 31, {"unit": "đoàn viên"}),
    # a report's section of plans: its uncued figures are targets, save what a bracket says was done and a request
    (_PLAN_REPORT, 100, {"status": "target"}),
    (_PLAN_REPORT, 85, {"status": "target"}),
    (_PLAN_REPORT, 71.5, {"status": "actual"}),
    (_PLAN_REPORT, 12, {"status": "actual"}),
    (_PLAN_REPORT, 81.6, {"status": "actual"}),
    # `;` items after a part that add up to the whole with it are its parts too
    ("Hội thi nhận 67 giải pháp, trong đó lĩnh vực nông nghiệp có 24 giải pháp; cơ khí 18 giải pháp; giáo dục 13 giải "
     "pháp; y tế 7 giải pháp và môi trường 5 giải pháp.", 7, {"total": 67}),
    ("Hội thi nhận 67 giải pháp, trong đó lĩnh vực nông nghiệp có 24 giải pháp; cơ khí 18 giải pháp; giáo dục 13 giải "
     "pháp; y tế 7 giải pháp và môi trường 4 giải pháp.", 7, {"total": None}),
    # parts that add up to an earlier figure, not to the sibling part before them, break that figure down
    ("- Tổng số vụ, việc tiếp nhận hòa giải: 2.836 vụ, việc; trong đó: hòa giải thành 2.315 vụ, việc; hòa giải không "
     "thành 386 vụ, việc; đang tiến hành hòa giải 135 vụ, việc.\n- Theo lĩnh vực: tranh chấp đất đai 1.127 vụ, việc; hôn "
     "nhân và gia đình 682 vụ, việc; dân sự 754 vụ, việc; lĩnh vực khác 273 vụ, việc.", 754, {"total": 2836}),
    # where the reporter went (`Về thăm …, xã Nam Cao (huyện Kiến Xương),`) is the place of the paragraph
    ("Tỉnh Thái Bình có nhiều tổ tiết kiệm.\n\nVề thăm tổ tiết kiệm thôn Nam Hưng, xã Nam Cao (huyện Kiến Xương), chị "
     "Hồng cho biết tổ có 32 thành viên. Sau 3 năm, số tiền tiết kiệm của tổ đã lên tới gần 600 triệu đồng.", 600e6,
     {"location": "Kiến Xương"}),
    # `trên` after a noun that names a size is over, no denominator: two figures
    ("Năm 2025, thành phố dự kiến xây dựng thêm 2 công viên quy mô trên 10 ha mỗi công viên.", 2,
     {"kind": "count", "unit": "công viên"}),
    ("Năm 2025, thành phố dự kiến xây dựng thêm 2 công viên quy mô trên 10 ha mỗi công viên.", 10,
     {"unit": "ha", "approx": "over"}),
    # in a plan section, `tỷ lệ giải ngân` names the rate planned, nothing done
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n- Tỷ lệ giải ngân kinh phí sự nghiệp khoa học đạt trên 90%.", 90,
     {"status": "target"}),
    # a commune named after its district and a direction (`Long Điền Tây`) is no mention of the district
    ("Huyện Đông Hải phát triển nghề muối\n\nToàn huyện hiện có 1.126 hộ làm muối, tập trung tại các xã Long Điền Tây, "
     "Long Điền Đông và Điền Hải. Có 4 hợp tác xã muối đang hoạt động với 312 thành viên.", 312, {"location": "Đông Hải"}),
    # a quote's later sentences are the speaker's too, of the place given for the speaker
    ('Tỉnh Gia Lai có nhiều hộ trồng tiêu.\n\nAnh Nam (xã Ia Hlốp, huyện Chư Sê) cho biết: "Năm nay gia đình thu 5,5 tấn '
     'hạt khô. Trừ chi phí, gia đình còn lãi gần 600 triệu đồng".', 600e6, {"location": "Chư Sê"}),
    # `lần lượt` pairs its values with the places in brackets of the named items before it
    ("Tỉnh Nghệ An phát triển hợp tác xã.\n\nMột số hợp tác xã có doanh thu lớn là HTX Dịch vụ nông nghiệp Diễn Thịnh "
     "(huyện Diễn Châu), HTX Chè Thanh Mai (huyện Thanh Chương) và HTX Rau an toàn Quỳnh Lương (huyện Quỳnh Lưu), với "
     "doanh thu năm 2024 lần lượt đạt 28,5 tỷ đồng, 21 tỷ đồng và 16,3 tỷ đồng.", 21e9, {"location": "Thanh Chương"}),
    # a bracket that opens with a share verb or a qualifier holds the place's own figure
    ("Tỉnh Lạng Sơn chống buôn lậu.\n\nCác địa bàn trọng điểm là huyện Cao Lộc (chiếm 38% số vụ), huyện Văn Lãng (21%) "
     "và TP Lạng Sơn (17%).", 38, {"location": "Cao Lộc"}),
    ("Tỉnh Thái Bình có tỷ lệ hòa giải thành cao. Địa phương có tỷ lệ thấp nhất là huyện Tiền Hải (dưới 75%).", 75,
     {"location": "Tiền Hải"}),
    # a floor that defines which things a count counts hands the share said after it to the count
    ("Toàn tỉnh có 5.124 tàu cá, trong đó 3.843 tàu có chiều dài từ 15 m trở lên, chiếm 75%.", 3843, {"percent": 75}),
    ("Toàn tỉnh có 5.124 tàu cá, trong đó 3.843 tàu có chiều dài từ 15 m trở lên, chiếm 75%.", 15, {"percent": None}),
    # `có` right after the noun counted opens a relative that says which are meant: the share after it is the count's
    ("Sở Tư pháp phát hiện 127 quyết định xử phạt có sai sót về thể thức, thẩm quyền hoặc áp dụng sai mức phạt, chiếm "
     "2,3% số quyết định được kiểm tra.", 127, {"percent": 2.3}),
    # the whole named after the last share of a `lần lượt` list is what each share of it measures
    ("Hà Nội, TP Hồ Chí Minh, Bình Dương và Đà Nẵng lần lượt chiếm 27%, 18%, 9% và 6% số căn hộ mở bán trong quý.", 18,
     {"subject": "số căn hộ mở bán trong quý", "location": "TP. Hồ Chí Minh"}),
    # where the things counted come from (`đến từ … và 32 quốc gia`) takes no change said after it: the head figure does
    ("Giải năm nay thu hút hơn 12.000 vận động viên đến từ khắp các tỉnh, thành phố trong cả nước và 32 quốc gia, vùng "
     "lãnh thổ, tăng khoảng 20% so với năm 2023.", 12000, {"change_value": 20}),
    # an association that ranks (`được Hội CCB tỉnh An Giang xếp thứ 2`) is no place of the rank
    ("Tỉnh An Giang có nhiều hội viên.\n\nHội Cựu chiến binh huyện Chợ Mới được Hội CCB tỉnh An Giang xếp thứ 2 trong "
     "khối thi đua các huyện.", 2, {"location": "Chợ Mới"}),
    # the country's own average (`trung bình của cả nước đạt 84,99%`) is a national figure; compared with, it is not
    ("Bình Phước tăng 5 bậc chỉ số PAR INDEX\n\nNăm 2023, Chỉ số cải cách hành chính của tỉnh Bình Phước đạt 86,12%.\n\n"
     "Theo đánh giá của Bộ Nội vụ, Chỉ số PAR INDEX 2023 trung bình của cả nước đạt 84,99%.", 84.99,
     {"location": "Việt Nam"}),
    ("Bình Phước tăng 5 bậc chỉ số PAR INDEX\n\nNăm 2023, Chỉ số cải cách hành chính của tỉnh đạt 86,12%, cao hơn mức "
     "trung bình của cả nước.", 86.12, {"location": "Bình Phước"}),
    # a colon that opens a quote opens no list: a target said in the quote goes on past `;`
    ('Ông Niê nhấn mạnh: "Năm 2024, huyện phấn đấu 100% cơ quan, đơn vị đăng ký thi đua; tỷ lệ khen thưởng cho người lao '
     'động trực tiếp đạt trên 45%."', 45, {"status": "target"}),
    ("Nghệ An có 36.690 thí sinh đỗ tốt nghiệp. Trong 9 môn thi, có 6 môn có điểm trung bình cao hơn điểm trung bình "
     "cả nước.", 6, {"location": "Nghệ An"}),
    # (not the first of a list of places after it: a figure spread over them is none of theirs alone)
    ("Theo Sở Y tế tỉnh Nghệ An, năm 2025 đoàn kiểm tra sẽ làm việc với 120 cơ sở tại các huyện Diễn Châu, Quỳnh Lưu và "
     "thị xã Hoàng Mai.", 120, {"location": "Nghệ An"}),
    # a bare `bộ` after `bộ đèn` counts lamps, no ministries
    ("Thành phố Cần Thơ đã thay thế 1.320 bộ đèn, nâng tổng số bộ đèn trên toàn hệ thống lên 68.540 bộ.", 68540,
     {"location": "Cần Thơ"}),
    # a campaign's slogan that opens with `Cả nước` names no place; who gives an award is no place either
    ('Krông Pắc đẩy mạnh thi đua\n\nHuyện Krông Pắc có nhiều chuyển biến. Phong trào "Cả nước chung tay vì người '
     'nghèo" của huyện vận động được hơn 3,2 tỷ đồng.', 3.2e9, {"location": "Krông Pắc"}),
    (_AWARDS, 5, {"location": "Krông Pắc"}),
    (_AWARDS, 38, {"location": "Krông Pắc"}),
    # percentage points said in a clause of their own are the change of the share before them
    ("Kết quả khảo sát cho thấy 87,5% người được hỏi hài lòng với chất lượng công viên, vườn hoa trên địa bàn, tăng "
     "6,3 điểm phần trăm so với năm 2021.", 87.5, {"change_value": 6.3, "change_unit": "điểm phần trăm"}),
    # a period after `và` opens the next clause when one before the figure dates it already
    ("Thành phố phấn đấu đến năm 2025 hoàn thành khoảng 10.000 căn và đến năm 2030 hoàn thành toàn bộ chỉ tiêu.", 10000,
     {"period_end": "2025-12-31"}),
    # `trên` after a verb of spreading is `across`; `gắn với` goes on with the noun phrase a bracket's share closes
    ("Thành phố có 126 vườn hoa, sân chơi trải đều trên 14 phường.", 14, {"approx": "exact"}),
    ("Có 215 hợp tác xã tham gia chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm (chiếm 30,2%), 96 hợp tác xã ứng "
     "dụng công nghệ cao.", 215, {"percent": 30.2}),
    # the value of a requirement a change is measured against, in brackets, is the target
    ("Tỷ lệ cây sống đạt 87,5%, vượt 7,5% so với yêu cầu đặt hàng (80%).", 87.5, {"target_value": 80}),
]


def test_a_list_of_names_goes_on_in_a_subject_but_not_a_list_of_places():
    fig, _ = _figure("Năm 2023, Đài sản xuất 420 chương trình bằng tiếng dân tộc Thái, Mông, Khơ Mú.", 420)
    assert fig.subject.endswith("Thái, Mông, Khơ Mú")
    fig, _ = _figure("Cần Thơ: Năm 2024, quận đã xóa 12 điểm tập kết rác tự phát còn tồn tại ở các phường An Bình, Hưng "
                     "Lợi, Xuân Khánh.", 12)
    assert "Hưng Lợi" not in fig.subject and "Xuân" not in fig.subject


def test_the_period_of_a_plan_after_a_share_of_it_dates_the_plan():
    text = ("Giai đoạn 2021-2023, huyện Chợ Gạo đã chuyển đổi 1.146 ha đất lúa, đạt 95,5% kế hoạch giai đoạn 2021-2025. "
            "Tỉnh thu ngân sách 5.000 tỷ đồng, đạt 102% kế hoạch năm 2023.")
    fig, _ = _figure(text, 1146)
    assert fig.percent == 95.5 and fig.period is not None and fig.period.text == "Giai đoạn 2021-2023"
    # (a share of the plan of the only period its sentence names is of that period)
    fig, _ = _figure(text, 5000e9)
    assert fig.period is not None and fig.period.text == "năm 2023"


def test_an_article_whose_places_lie_in_one_province_is_about_it():
    text = ("Cao tốc Vân Phong - Nha Trang đạt 68% giá trị hợp đồng\n\n"
            "Theo Ban Quản lý dự án 7 (Bộ Giao thông vận tải), tính đến ngày 15/10/2024, dự án thành phần đoạn Vân Phong - "
            "Nha Trang thuộc dự án đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 đã đạt sản lượng khoảng 4.930 "
            "tỷ đồng.\n\nDự án có chiều dài 83,35 km, đi qua huyện Vạn Ninh, thị xã Ninh Hòa và huyện Diên Khánh. Đến nay, "
            "tỉnh Khánh Hòa đã bàn giao 82,9 km mặt bằng.")
    fig, _ = _figure(text, 4.93e12)
    assert fig.location == "Khánh Hòa"
    # (the years of the programme name it; the date before them dates the figure)
    assert fig.period is not None and fig.period.text == "tính đến ngày 15/10/2024"
    # a national word keeps such an article national
    fig, _ = _figure(text.replace("Đến nay,", "Cả nước có 12 dự án cao tốc. Đến nay,"), 4.93e12)
    assert fig.location != "Khánh Hòa"


def test_the_year_of_a_plan_after_its_value_dates_no_figure():
    fig, _ = _figure("Đà Nẵng: Tỷ lệ đáp ứng nhu cầu đi lại bằng xe buýt mới đạt khoảng 1,8%, thấp hơn nhiều so với "
                     "mục tiêu 5% vào năm 2025.", 1.8)
    assert fig.target is not None and fig.target.value == 5 and fig.target.met is False
    assert fig.period is None


# Facts of sets 111-114 (the sealed round of the stop before, read at this one).
PROBE111_114_FACTS = [
    # a bare percent in brackets after a count and the words of its clause is its share, no whole said
    ("Năm 2023, có 412 cán bộ, công chức cấp xã hoàn thành xuất sắc nhiệm vụ (18,84%), 1.623 người hoàn thành tốt "
     "nhiệm vụ (74,21%).", 412, {"percent": 18.84}),
    ("Năm 2023, có 412 cán bộ, công chức cấp xã hoàn thành xuất sắc nhiệm vụ (18,84%), 1.623 người hoàn thành tốt "
     "nhiệm vụ (74,21%).", 1623, {"percent": 74.21}),
    ("Qua khám sàng lọc, 9.874 người mắc đái tháo đường (16%) được chuyển tuyến.", 9874, {"percent": 16}),
    # (after brackets of changes in the sentence it is one more change, a figure of its own)
    ("Năm 2024 xảy ra 312 vụ tai nạn (giảm 7,96%), làm chết 118 người (7,09%).", 118, {"percent": None}),
    # the plan in brackets names the counted noun by its head word alone
    ("Năm 2023 huyện đã cấp 1.865 giấy chứng nhận, đạt 74,6% kế hoạch tỉnh giao (2.500 giấy).", 1865,
     {"target_value": 2500}),
    # a plan said per year in its bracket, and the change after the bracket is still the figure's
    ("Toàn Đảng bộ đã kết nạp 268 đảng viên, đạt 53,6% chỉ tiêu năm (chỉ tiêu giao 500 đảng viên/năm), tăng 9,4% so "
     "với cùng kỳ.", 268, {"target_value": 500, "change_value": 9.4}),
    # faster or earlier by a time is less time; slower, more; a comparative of length reads past a rate's denominator
    ("Thời gian thông quan trung bình còn 1,5 giờ, nhanh hơn khoảng 30 phút so với năm 2023.", 1.5,
     {"change_direction": "decrease", "change_value": 30, "change_unit": "phút"}),
    ("Thời gian giải quyết trung bình 4,5 ngày làm việc/hồ sơ, ngắn hơn 5,5 ngày so với thời hạn luật định.", 4.5,
     {"change_direction": "decrease", "change_value": 5.5}),
    ("Thời gian xử lý mỗi hồ sơ là 3,2 ngày, chậm hơn 0,4 ngày so với năm trước.", 3.2,
     {"change_direction": "increase", "change_value": 0.4}),
    # this morning, today: the day of the article
    ("Đến 9 giờ sáng nay, toàn tỉnh Quảng Trị đã di dời 1.260 hộ đến nơi an toàn.", 1260,
     {"period_end": PUBLISHED, "period_text": "Đến 9 giờ sáng nay"}),
    # an hour before each day of a range
    ("Tổng lượng mưa từ 19 giờ ngày 12/11/2023 đến 7 giờ ngày 14/11/2023 phổ biến 250 mm.", 250,
     {"period_start": "2023-11-12", "period_end": "2023-11-14"}),
    # two months named together span both
    ("Dự báo trong tháng 6 và tháng 7 năm 2025, phụ tải có thể tăng 9%.", 9,
     {"period_start": "2025-06-01", "period_end": "2025-07-31"}),
    # a party committee under its superior's name reports from its own place; the party's name is no place
    ("ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LỤC NGẠN\n*\nSố: 318-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
     "Lục Ngạn, ngày 28 tháng 6 năm 2024\n\nBÁO CÁO\nKết quả công tác phát triển đảng viên 6 tháng đầu năm 2024\n\n"
     "Ban Thường vụ báo cáo kết quả như sau:\n\nCác tổ chức cơ sở đảng đã giới thiệu 412 quần chúng ưu tú tham gia "
     "lớp bồi dưỡng.", 412, {"location": "Lục Ngạn"}),
    # a letterhead's council spelled with the old tone mark (`UỶ BAN`) names its district all the same
    ("UỶ BAN NHÂN DÂN\nHUYỆN MÈO VẠC\nSố: 412/BC-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nMèo Vạc, ngày 12 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả công tác hộ tịch năm 2024\n\n"
     "UBND huyện Mèo Vạc báo cáo kết quả như sau:\n\nNăm 2024, đã cấp 3.259 bản sao trích lục hộ tịch.\n\n"
     "Nơi nhận:\n- Sở Tư pháp tỉnh Hà Giang;\n- Lưu: VT.", 3259, {"location": "Mèo Vạc"}),
    # places counted at a province's district level are its districts, not provinces
    ("Chỉ số cải cách hành chính năm 2023 của tỉnh Quảng Trị đạt 78,34 điểm. Ở khối UBND cấp huyện, chỉ số trung "
     "bình của 9 địa phương đạt 84,05 điểm.", 9, {"location": "Quảng Trị"}),
    # a name after a house number is a street
    ("Ở quận Ninh Kiều, siêu thị Co.opmart (số 1 Hòa Bình) đạt doanh thu 72,5 tỷ đồng.", 72.5e9,
     {"location": "Ninh Kiều"}),
    # the slots of a quota filled, out of the quota: the quota is the plan
    ("Năm 2024, các địa phương đã tuyển dụng được 437/612 chỉ tiêu, đạt 71,4%.", 437,
     {"target_value": 612, "total": None}),
    ("Năm 2024, có đợt chỉ 27/150 chỉ tiêu có người dự tuyển.", 27, {"total": 150}),
    # a school year about to begin, told in the summer before it: what its enrolment counted is done
    ("Tuyển sinh vào lớp 6 năm học 2024-2025 được 29.875 học sinh, đạt 100% kế hoạch.", 29875, {"status": "actual"}),
    # from now to a month's end
    ("Từ nay đến hết tháng 8, ngành điện dự kiến khoảng 40 lượt cắt điện có kế hoạch.", 40,
     {"period_start": PUBLISHED, "period_end": "2024-08-31"}),
    # a cue after a part opens that part's own parts
    ("Tính đến hết tháng 6/2024, toàn tỉnh Hà Giang có 1.205 cơ sở lưu trú du lịch với hơn 12.400 buồng, tăng 64 cơ sở "
     "so với cuối năm 2023. Trong đó, 96 cơ sở được công nhận hạng từ 1 đến 5 sao, gồm 4 khách sạn 5 sao, 11 khách sạn "
     "4 sao, 25 khách sạn 3 sao và 56 khách sạn 1-2 sao.", 11, {"total": 96}),
    ("Tính đến hết tháng 6/2024, toàn tỉnh Hà Giang có 1.205 cơ sở lưu trú du lịch với hơn 12.400 buồng, tăng 64 cơ sở "
     "so với cuối năm 2023. Trong đó, 96 cơ sở được công nhận hạng từ 1 đến 5 sao, gồm 4 khách sạn 5 sao, 11 khách sạn "
     "4 sao, 25 khách sạn 3 sao và 56 khách sạn 1-2 sao.", 96, {"total": 1205}),
    # containers by their plural, millilitres written against the number
    ("Hàng container 9 tháng đạt 512.340 TEUs, tăng 8,2%.", 512340, {"kind": "measure"}),
    ("Mỗi em được uống 2 hộp sữa mỗi tuần, mỗi hộp 180ml.", 180, {"kind": "measure", "unit": "ml"}),
    # bullets go on with the sentence whose colon opens them: its period is theirs, said (inferred when the colon
    # opens a sentence of its own after the period's)
    ("Tính đến ngày 31/12/2024, tổng nguồn vốn của Quỹ đạt 41,6 tỷ đồng, trong đó:\n- Vốn ngân sách tỉnh cấp: 30 tỷ "
     "đồng;\n- Vốn tài trợ của doanh nghiệp: 9,2 tỷ đồng.", 9.2e9,
     {"period_end": "2024-12-31", "period_inferred": False}),
    ("Quý I/2025, thu ngân sách đạt 500 tỷ đồng. Trong đó:\n- Thu nội địa: 400 tỷ đồng;\n- Thu xuất nhập khẩu: 100 tỷ "
     "đồng.", 100e9, {"period_end": "2025-03-31", "period_inferred": True}),
    # a figure alone in the bracket after the words that name it reads its change on past the close; after an amount
    # the bracket is the amount's aside, and the change after it the amount's
    ("Huyện Sơn Động có tỷ lệ học sinh vào lớp 10 công lập thấp nhất tỉnh (61,2%), giảm 3,4% so với năm học "
     "2022-2023.", 61.2, {"change_value": 3.4, "change_direction": "decrease"}),
    ("Năm 2024, huyện có 1.250 hộ nghèo (5,2%), giảm 310 hộ so với năm 2023.", 1250,
     {"change_value": 310, "percent": 5.2}),
    # the places where the counted ones are, after `tại`: what the clause says after them is of the count before
    ("Năm học 2023-2024, huyện có 9.846 trẻ mẫu giáo và học sinh tiểu học tại 42 trường được uống sữa, đạt 100% kế "
     "hoạch.", 9846, {"percent": 100}),
    ("Năm học 2023-2024, huyện có 9.846 trẻ mẫu giáo và học sinh tiểu học tại 42 trường được uống sữa, đạt 100% kế "
     "hoạch.", 42, {"percent": None}),
    ("Năm 2024, có 120 hộ tại 3 xã được hỗ trợ, tăng 20 hộ so với năm 2023.", 120, {"change_value": 20}),
    # bodies counted by the generic noun after `Trong đó` count into the count of bodies, not the score the cue follows
    ("Năm 2023 có 20 sở, ban, ngành được đánh giá, điểm trung bình đạt 86,42 điểm, tăng 1,87 điểm so với năm 2022. "
     "Trong đó, có 7 đơn vị đạt trên 90 điểm, 11 đơn vị đạt từ 80 đến dưới 90 điểm.", 11, {"total": 20}),
    # things counted by their codes count those things: the whole of the part that names them
    ("Năm 2024, siêu thị phân phối 1.386 mã sản phẩm của 97 nhà cung cấp địa phương, trong đó có 64 sản phẩm OCOP.", 64,
     {"total": 1386}),
    # the country as the field of a superlative is no yardstick: the bracket holds the ranked place's own value
    ("Năm 2024, tỉnh Hà Nam có điểm thi cao. Tại Nam Định, địa phương có điểm trung bình các môn thi cao nhất cả nước "
     "(7,09 điểm).", 7.09, {"location": "Nam Định"}),
    ("Tỷ lệ hộ nghèo của tỉnh Lai Châu là 22,5%, cao hơn mức bình quân cả nước (2,93%).", 2.93, {"location": "Việt Nam"}),
    # a bare number in brackets after a name the list goes on with is what the figure before it is
    ("Năm 2024, TP Hồ Chí Minh có mức sinh thấp nhất cả nước với 1,39 con/phụ nữ, tiếp đến là Bình Dương (1,45) và "
     "Đồng Nai (1,52).", 1.52, {"unit": "con/phụ nữ", "location": "Đồng Nai"}),
    # a forecast that opens its sentence with a span of hours governs every `;` clause of it
    ("Dự báo trong 12 đến 24 giờ tới, lũ trên các sông tiếp tục lên; đỉnh lũ sông Hương có khả năng đạt mức 3,6 m; "
     "sông Bồ lên mức 4,5 m.", 3.6, {"status": "forecast"}),
]


PROBE115_120_FACTS = [
    # a paper's name on a line of its own is its masthead, not the headline: the district the headline names is the
    # article's place
    ("Krông Năng: Hơn 90% hộ dân nông thôn dùng nước hợp vệ sinh\n\nBáo Đắk Lắk điện tử\nThứ Hai, 13/01/2025, 10:00 "
     "[GMT+7]\n\n(BĐL) - Năm 2024, huyện Krông Năng đã đầu tư nâng cấp nhiều công trình cấp nước, góp phần nâng tỷ lệ hộ "
     "dân nông thôn dùng nước hợp vệ sinh lên 90,4%.", 90.4, {"location": "Krông Năng"}),
    # names a plural level of communes lists are communes, whatever district shares the name
    ("Huyện Krông Năng: tỷ lệ hộ dùng nước sạch tăng\n\nNăm 2024, huyện Krông Năng có 42.000 hộ dân. Tại các xã Ea Tóh, "
     "Ea Hồ, Krông Búk, tỷ lệ hộ dùng nước sạch đạt lần lượt 91,2%, 88,7% và 84,3%.", 84.3, {"location": "Krông Năng"}),
    # a town named like a district of another province is a town of the article's own district
    ("Năm 2024, huyện Hàm Yên, tỉnh Tuyên Quang tiêm được 14.380 liều vắc xin; xã Thái Sơn 1.870 liều, thị trấn Tân "
     "Yên 920 liều.", 920, {"location": "Hàm Yên"}),
    # (a town named like its own district is that district's seat)
    ("Tỉnh Gia Lai có 18.000 ha hồ tiêu. Giá tiêu tại các đại lý ở thị trấn Chư Sê dao động 165.000-172.000 đồng/kg.",
     165000, {"location": "Chư Sê"}),
    # a district worked with is the one `huyện` speaks of after it
    ("Bảo tàng Đắk Lắk đã số hóa 1.200 hiện vật. Phối hợp với UBND huyện Lắk, Bảo tàng đã tư liệu hóa 25 lễ hội "
     "truyền thống tại 11 buôn trên địa bàn huyện.", 25, {"location": "Lắk"}),
    # (a neighbour is not)
    ("Năm 2023, huyện Krông Pắc cấp giấy cho 97,6% diện tích. Xã Vụ Bổn thấp nhất do tranh chấp tại khu vực giáp ranh "
     "với huyện Ea Kar. Qua công tác cấp giấy, ngân sách huyện thu được 18,7 tỷ đồng.", 18.7e9,
     {"location": "Krông Pắc"}),
    # a place whose clause has its figure is not the place of the next `;` clause that names what it speaks of
    ("Tỉnh Thanh Hóa đón 1,2 triệu lượt khách. Tại các điểm đến, thành phố Sầm Sơn đón 90.000 lượt khách; Khu du lịch "
     "suối cá Cẩm Lương đón 15.000 lượt.", 15000, {"location": "Thanh Hóa"}),
    ("Tỉnh Thanh Hóa đón 1,2 triệu lượt khách. Tại các điểm đến, thành phố Sầm Sơn đón 90.000 lượt khách; Khu du lịch "
     "suối cá Cẩm Lương đón 15.000 lượt.", 90000, {"location": "Sầm Sơn"}),
    # the Prime Minister's decision a district applies does not make its figures the country's
    ("Theo UBND huyện Bát Xát, năm 2023 huyện đã bố trí ổn định 186 hộ.\n\nThực hiện Quyết định số 590/QĐ-TTg của Thủ "
     "tướng Chính phủ, giai đoạn 2021-2025 huyện được giao chỉ tiêu di dời 650 hộ.", 650, {"location": "Bát Xát"}),
    # the national body that assigns a province its target is not where the target is
    ("Năm 2024, Cục Thuế tỉnh Kiên Giang thu hồi 320 tỷ đồng nợ thuế.\n\nNăm 2024, Tổng cục Thuế giao chỉ tiêu tổng số "
     "tiền thuế nợ đến cuối năm không quá 8% tổng thu ngân sách.", 8, {"location": "Kiên Giang"}),
    # a district's own report is about the district, whatever provincial office it answers
    ("UBND HUYỆN CẨM XUYÊN\nSố: 412/BC-UBND\n\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2024 trên địa bàn huyện "
     "Cẩm Xuyên, tỉnh Hà Tĩnh\n\nThực hiện Công văn của Văn phòng Điều phối nông thôn mới tỉnh, UBND huyện báo cáo như "
     "sau:\n\n1. Tiêu chí\nBình quân các xã đạt 17,2 tiêu chí nông thôn mới nâng cao.", 17.2, {"location": "Cẩm Xuyên"}),
    # a speaker's own figures, told without quotes after `cho biết,`, are of the place the text gives for the speaker;
    # so is the district in brackets after a commune
    ("Tỉnh Hậu Giang có 5.000 ha cam. Anh Nguyễn Văn Nam ở ấp 3, xã Tân Hòa (huyện Châu Thành A) cho biết, gia đình "
     "đã chuyển 1,5 ha lúa sang trồng cam.", 1.5, {"location": "Châu Thành A"}),
    ("Tỉnh Yên Bái đã hỗ trợ 120 tấn giống ngô. Ông Lò Văn Sinh ở bản 2, xã Đại Phác (Văn Yên) cho biết, gia đình "
     "nhận 30 kg giống ngô.", 30, {"location": "Văn Yên"}),
    # `từ trước đến nay` says how high ever, not when
    ("Vụ xuân năm 2023, năng suất lúa đạt 70,3 tạ/ha, cao nhất từ trước đến nay; sản lượng đạt 71.144 tấn.", 71144,
     {"period_start": "2023-01-01", "period_end": "2023-12-31"}),
    # a breakdown's whole is no smaller than its items, and no average per month: the count before it is
    ("Trong 6 tháng đầu năm, toàn tỉnh có 640 doanh nghiệp thành lập mới. Trung bình mỗi tháng có khoảng 107 doanh "
     "nghiệp thành lập mới.\n\nPhân theo địa bàn, thành phố Quy Nhơn có 352 doanh nghiệp thành lập mới, chiếm 55%; thị "
     "xã An Nhơn có 61 doanh nghiệp; huyện Tuy Phước có 40 doanh nghiệp.", 61, {"total": 640}),
    ("Năm 2024, tỉnh có 812 doanh nghiệp thành lập mới. Phân theo lĩnh vực, khu vực dịch vụ có 571 doanh nghiệp; công "
     "nghiệp - xây dựng 205 doanh nghiệp.", 205, {"total": 812}),
    # a period after `và` and its verb opens the next coordinated clause
    ("Năm 2024, tỉnh giao chỉ tiêu tuyển sinh đào tạo nghề 65.000 người và phấn đấu đến cuối năm tỷ lệ lao động qua "
     "đào tạo đạt 72%.", 65000, {"period_start": "2024-01-01", "period_end": "2024-12-31"}),
    # a bare number whose label opens with the noun the count before it counts counts that
    ("Toàn tỉnh có 1.120.400 thuê bao điện thoại, trong đó thuê bao di động 1.098.100, thuê bao cố định 22.300.",
     22300, {"unit": "thuê bao", "total": 1120400}),
    # a measure in kg is a part of one in tấn
    ("Đoàn kiểm tra tiêu hủy khoảng 1,5 tấn thực phẩm không rõ nguồn gốc, gồm 900 kg thịt lợn và 600 kg giò chả.", 600,
     {"total": 1.5}),
    # shares of a share are its parts; rates of growth and rates of a group the part names are not
    ("Tỷ trọng kinh tế số trong GRDP năm 2023 là 14,2%. Trong đó, kinh tế số lõi đóng góp 8,1%, số hóa các ngành khác "
     "đóng góp 6,1%.", 6.1, {"total": 14.2}),
    ("Tốc độ tăng trưởng GRDP đạt 8,2%, trong đó khu vực công nghiệp tăng 12,4%, dịch vụ tăng 6,3%.", 6.3,
     {"total": None}),
    ("Tỷ lệ sinh con thứ 3 trở lên của tỉnh là 17,9%; trong đó tỷ lệ sinh con thứ 3 trở lên trong đảng viên là 1,4%.",
     1.4, {"total": None}),
    # (a share of a share: the parts add up to it, or one names the same rate of a narrower set; rates of the things
    # listed after it are not)
    ("Năm 2024, tỷ lệ hộ dân nông thôn dùng nước hợp vệ sinh đạt 97,2%, trong đó tỷ lệ hộ dùng nước sạch đạt chuẩn là "
     "81,5%.", 81.5, {"total": 97.2}),
    ("Dung tích trữ nước bình quân của các hồ chứa đạt 52% dung tích thiết kế; trong đó hồ Sông Mực đạt 61%, hồ Yên Mỹ "
     "đạt 43%.", 43, {"total": None}),
    # a companion joined by `với` after the modifiers of the count before it: the part after `Trong đó` is of the count
    ("Toàn tỉnh có 1.320 cơ sở lưu trú du lịch với 15.800 buồng. Trong đó, có 112 khách sạn được công nhận hạng sao.",
     112, {"total": 1320}),
    # a cue after a share of things it names: a count after it is of no figure before that share; a share said of a
    # figure (`bằng 103,2% so với năm 2023`) leaves the figure the whole
    ("Toàn tỉnh có 13/13 thư viện cấp huyện, 1.210 tủ sách tại các thôn và 100% trường phổ thông có thư viện. Trong "
     "đó, 48 thư viện trường học đạt chuẩn mức độ 1.", 48, {"total": None}),
    ("Năm 2024, có 152.300 người đi làm việc ở nước ngoài, đạt 121% kế hoạch năm (125.000 người) và bằng 103,2% so với "
     "năm 2023. Trong đó, thị trường Nhật Bản dẫn đầu với 70.100 lao động.", 70100, {"total": 152300}),
    # a cue in a bracket opens the bracket's own parts; the list goes on after it closes
    ("Toàn tỉnh hiện có 1.750 di tích lịch sử - văn hóa, trong đó 170 di tích được xếp hạng cấp quốc gia (trong đó có "
     "2 di tích quốc gia đặc biệt) và 132 di tích được xếp hạng cấp tỉnh.", 132, {"total": 1750}),
    # a sum one is fined is the fine of the one fined, named before its address; a sum needed, by what it is for
    ("Cơ sở kinh doanh giò chả tại tổ 3, phường Đông Mỹ bị phạt 14 triệu đồng do sử dụng phụ gia ngoài danh mục.", 14e6,
     {"subject": "tiền phạt cơ sở kinh doanh giò chả"}),
    ("Giai đoạn 2025-2030, huyện cần khoảng 95 tỷ đồng để đầu tư mới và cải tạo các công trình cấp nước.", 95e9,
     {"subject": "cần để đầu tư mới và cải tạo các công trình cấp nước"}),
    # the names `tiếp đến là` lists after a district are districts of its province, whatever else they could mean
    ("Trong số 9 huyện, thị xã, thành phố, huyện Văn Yên được phân bổ nhiều nhất với 40 tấn giống lúa; tiếp đến là "
     "Lục Yên 33 tấn, Yên Bình 27,5 tấn.", 27.5, {"location": "Yên Bình"}),
    # a clause that opens with `hiện` after an estimated figure says what is so now
    ("Nhu cầu vốn kiên cố hóa kênh mương giai đoạn 2021-2025 ước khoảng 980 tỷ đồng, hiện mới bố trí được khoảng 42%.",
     42, {"status": "actual"}),
]

PROBE121_126_FACTS = [
    # a plan's cue, its horizon and the whole province open a clause without naming what is counted
    ("Phấn đấu đến cuối năm 2025 toàn tỉnh có 310 tổ hợp tác.", 310, {"subject": "tổ hợp tác", "status": "target"}),
    # a document cited by its number after an amount says by what right it was paid, not what it is
    ("Tổng kinh phí 240 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 112 tỷ đồng theo Nghị quyết số 07/2021/NQ-HĐND; "
     "ngân sách huyện 128 tỷ đồng.", 112e9, {"subject": "ngân sách tỉnh hỗ trợ"}),
    # (a programme a number names stays: it says which debts)
    ("Các ngân hàng đã xử lý 418 khoản nợ xấu theo Nghị quyết 42.", 418,
     {"subject": "khoản nợ xấu theo Nghị quyết xử lý"}),
    # a cited document's number is no figure of a list whose lead the count would take
    ("Thực hiện Kế hoạch số 88/KH-UBND ngày 2/3/2024 của UBND tỉnh, Đoàn kiểm tra liên ngành đã kiểm tra 64 cơ sở "
     "kinh doanh xăng dầu.", 64, {"subject": "cơ sở kinh doanh xăng dầu kiểm tra"}),
    # (the central budget's share is an amount; a Party plenum's number is no figure, nonfigures.toml [party_plenums])
    ("Tổng vốn 64 tỷ đồng, trong đó ngân sách Trung ương 30 tỷ đồng.", 30e9, {"kind": "money"}),
    # sites counted as a part of a whole are sites
    ("Kết quả quan trắc tại 18/25 điểm cho thấy chất lượng nước tốt.", 18, {"kind": "count", "total": 25}),
    # a part cue that says it counts money takes the last amount as its whole, past a sentence of another unit
    ("Năm 2023, Quỹ đã chi trả tiền dịch vụ môi trường rừng 64,2 tỷ đồng. Diện tích được chi trả là 210.400 ha.\n\n"
     "Trong tổng số tiền trên, chi cho các hộ nhận khoán 40,1 tỷ đồng; chi cho các chủ rừng là tổ chức 20,3 tỷ đồng.",
     20.3e9, {"total": 64.2e9}),
    # districts listed after the first one's level word are districts of its province, each its own item's place, and
    # share the indicator the same unit was said with just before
    ("Năm 2024, tỉnh Thanh Hóa kiên cố hóa 126 km kênh mương. Các huyện làm được nhiều gồm: huyện Thọ Xuân 19,2 km, "
     "Triệu Sơn 15,8 km, Yên Định 12,4 km.", 15.8, {"location": "Triệu Sơn", "subject": "kênh mương"}),
    # a period that closes the clause before dates that clause; the figure's own clause names its own
    ("Sở yêu cầu các đơn vị duy trì tuần tra đến hết tháng 6/2024, phấn đấu giảm ít nhất 8% số vụ tai nạn giao thông "
     "trong quý II/2024.", 8, {"period_start": "2024-04-01", "period_end": "2024-06-30"}),
    # (a period that opens the sentence still dates it)
    ("Năm 2024, tỉnh có 50 xã đạt chuẩn nông thôn mới trong tổng số 120 xã.", 50, {"period_start": "2024-01-01"}),
    # the year of a plan a result is set against names the plan; the date before dates the result
    ("Tính đến ngày 31/10/2024, dự án đã giải ngân 96,5/150 tỷ đồng kế hoạch vốn năm 2024, đạt 64,3%.", 96.5e9,
     {"period_end": "2024-10-31", "period_start": None}),
    # a count after another's slash, of another noun, goes with it: no part of the whole the cue follows
    ("Năm 2024, Tòa án đã giải quyết 4.120 vụ, việc. Trong đó, án hình sự thụ lý 860 vụ/1.540 bị cáo.", 1540,
     {"total": None}),
    # the thing a rate measures, said between its unit and what it is per
    ("Trạm xử lý khoảng 24.000 m3 nước thải/ngày đêm.", 24000, {"subject": "nước thải", "unit": "m3/ngày đêm"}),
    # an item of a list of places that says what it measures is not of an indicator of the sentences before
    ("Giá trị sản xuất lâm nghiệp ước đạt 2.150 tỷ đồng.\n\nHuyện Na Hang dẫn đầu với 1.260 ha rừng trồng mới; huyện "
     "Lâm Bình 940 ha.", 940, {"subject": "diện tích rừng trồng mới", "location": "Lâm Bình"}),
    # a dash between two capitalised names joins the parts of one name; it ends no clause
    ("Năm 2024, lượng khách qua tuyến phà Gót - Cái Viềng đạt 1,26 triệu lượt.", 1.26e6,
     {"subject": "lượt lượng khách qua tuyến phà Gót - Cái Viềng"}),
    # days of a kind (a level, an index) are counted, and the level says which ones
    ("Năm 2024, thành phố có 42 ngày ở mức kém và 9 ngày ở mức xấu.", 9,
     {"kind": "count", "unit": "ngày", "subject": "ngày ở mức xấu"}),
    # parts a bracket opens with `gồm` are each named by themselves, not by the whole before the bracket
    ("Hiện huyện có 12 tuyến xe buýt (gồm 7 tuyến có trợ giá và 5 tuyến không trợ giá) với 96 xe.", 5,
     {"subject": "tuyến không trợ giá", "total": 12}),
    # the size of a named thing that has it (`X có diện tích …`) is of that thing
    ("Khu công nghệ cao Hòa Lạc có diện tích 1.586 ha.", 1586, {"subject": "diện tích Khu công nghệ cao Hòa Lạc"}),
    # (a district that has it is the figure's place, not part of what it measures)
    ("Huyện Ba Vì có diện tích tự nhiên 424 km2.", 424, {"subject": "diện tích tự nhiên", "location": "Ba Vì"}),
    # the lead of a list of places names what they count (`có số … cao là:`)
    ("Năm 2024, tỉnh có 6.120 người đi làm việc ở nước ngoài. Theo Sở Lao động - Thương binh và Xã hội, các địa phương "
     "có số lao động xuất cảnh cao là: thị xã Hồng Lĩnh 812 người, huyện Nghi Xuân 640 người.", 640,
     {"subject": "lao động xuất cảnh", "location": "Nghi Xuân"}),
    # the last item of a list after `và` is labelled by its own words, up to five of them
    ("Trong đó, bậc mầm non thiếu 420 giáo viên, tiểu học thiếu 315 giáo viên và trung học phổ thông thiếu 48 giáo viên.",
     48, {"subject": "giáo viên trung học phổ thông thiếu"}),
    # what a criterion requires, against a level (not a count), is that level's target
    ("Thu nhập bình quân đầu người của xã đạt 41,2 triệu đồng/người/năm, trong khi yêu cầu của tiêu chí là 48 triệu "
     "đồng.", 41.2e6, {"target_value": 48e6}),
]

# facts of probe sets 127-132 (invented sentences; 3 of them guard a limit: a district said alone with its figure,
# a bare count after a bullet's label)
PROBE127_132_FACTS = [
    # a place that is an item of a ranking, with its own figure, is not the district a later `huyện có` speaks of
    ("Huyện Gia Viễn xếp thứ 3 về chỉ số chuyển đổi số\n\nNăm 2023, huyện Gia Viễn đạt 0,68 điểm. Đứng đầu là thành phố "
     "Ninh Bình với 0,75 điểm, tiếp đến là thành phố Tam Điệp 0,71 điểm; huyện Kim Sơn đứng cuối với 0,51 điểm.\n\n"
     "Năm 2024, huyện có 20 xã đạt chuẩn.", 20, {"location": "Gia Viễn"}),
    # (one district said with its figure is still the one spoken of)
    ("Năm 2023, huyện Kim Sơn có 1.200 hộ nghèo. Huyện có 45 trường đạt chuẩn quốc gia.", 45,
     {"location": "Kim Sơn"}),
    # before 2025, `thành phố Huế` is the city of Thừa Thiên Huế, a district-level place
    ("Năm 2023, tỉnh Thừa Thiên Huế có 36 điểm đỗ xe thông minh tại thành phố Huế.", 36, {"location": "Huế"}),
    # a district named with `tại` after the figure beats the province in the name of the body that did it
    ("Tháng 5/2024, VNPT Thanh Hóa đã lắp đặt 24 trạm 5G tại TP Sầm Sơn.", 24, {"location": "Sầm Sơn"}),
    # a national body a provincial one works with does not make the figure national
    ("Năm 2023, Sở Thông tin và Truyền thông tỉnh Bình Định đã tiếp nhận 120 phản ánh.\n\nVề lừa đảo trực tuyến, Sở đã "
     "phối hợp Cục An toàn thông tin (Bộ TT&TT) gỡ bỏ, chặn 97 trang web giả mạo.", 97, {"location": "Bình Định"}),
    # the level of the competitions (`các giải toàn quốc`) is no scope of the figure
    ("Năm 2023, tỉnh Hải Dương tham gia 62 giải thể thao khu vực, toàn quốc và quốc tế, giành 186 huy chương.", 186,
     {"location": "Hải Dương"}),
    # the place a rank is given to after `là đoàn`
    ("Đại hội Thể dục thể thao tỉnh Hà Tĩnh bế mạc. Xếp thứ 2 là đoàn thị xã Kỳ Anh.", 2, {"location": "Kỳ Anh"}),
    # a figure spread over districts listed together is their province's
    ("Tỉnh Thái Bình tổ chức dạy bơi tại 36 trường học thuộc các huyện Quỳnh Phụ, Hưng Hà, Tiền Hải với khoảng 24.000 "
     "lượt học sinh.", 24000, {"location": "Thái Bình"}),
    # people counted by another word count into the people before, not into the money the cue follows; what each gift
    # holds is no part
    ("Hội đã mừng thọ cho 2.746 người cao tuổi với tổng kinh phí gần 1,1 tỷ đồng; trong đó có 36 cụ tròn 100 tuổi, "
     "mỗi suất gồm 5 mét vải và 500.000 đồng tiền mặt.", 36, {"total": 2746}),
    ("Hội đã mừng thọ cho 2.746 người cao tuổi với tổng kinh phí gần 1,1 tỷ đồng; trong đó có 36 cụ tròn 100 tuổi, "
     "mỗi suất gồm 5 mét vải và 500.000 đồng tiền mặt.", 500000, {"total": None}),
    # two days of a month joined by a dash
    ("Trong đợt uống vitamin A ngày 1-2/6/2024, toàn tỉnh có 29.640 trẻ được uống.", 29640,
     {"period_start": "2024-06-01", "period_end": "2024-06-02"}),
    # the day a result was announced is not its period
    ("Theo kết quả PCI năm 2023 do VCCI công bố sáng 8/5, tỉnh Hải Dương đạt 66,35 điểm.", 66.35,
     {"period_start": "2023-01-01", "period_end": "2023-12-31"}),
    # a bracket of the kinds of the figure's thing by their initials is its breakdown: the change after it is the
    # figure's, and the plan in brackets after the change its target
    ("Năm 2023, tỉnh giành 186 huy chương (54 HCV, 61 HCB, 71 HCĐ), vượt 16 huy chương so với chỉ tiêu kế hoạch năm "
     "(170 huy chương).", 186, {"change_value": 16, "target_value": 170}),
    # a count that opens a bullet after its label, with what is done to its things after its noun, is named by those
    ("Kết quả hỗ trợ năm 2024:\n- Hỗ trợ tư vấn: 214 doanh nghiệp được tư vấn về pháp lý.\n- Đào tạo: 36 lớp.", 214,
     {"subject": "doanh nghiệp được tư vấn về pháp lý"}),
    # (a bare count after the label keeps the label)
    ("Kết quả hỗ trợ năm 2024:\n- Hỗ trợ tư vấn: 214 doanh nghiệp được tư vấn về pháp lý.\n- Đào tạo: 36 lớp.", 36,
     {"subject": "lớp đào tạo"}),
    # `trên` the streets where something is done is `on`
    ("Năm 2024, thành phố trồng mới 4.120 cây bóng mát trên 38 tuyến phố.", 38, {"approx": "exact"}),
    # a table's unit cell with a measure and what it measures per head
    ("Bảng 1. Một số chỉ tiêu\nTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tƯớc thực hiện năm 2024\n"
     "1\tTỷ lệ đô thị hóa\t%\t26,0\t26,2\n2\tDiện tích nhà ở bình quân\tm2 sàn/người\t27,5\t27,8\n"
     "3\tNhà ở xã hội hoàn thành\tcăn\t800\t652\n", 27.8, {"kind": "measure", "unit": "m2 sàn/người"}),
    # who plans, and the cue `phấn đấu`, say nothing of what is counted; the verb after them does
    ("Năm 2025, Vườn quốc gia Cúc Phương phấn đấu đón 110.000 lượt khách.", 110000, {"subject": "lượt khách đón"}),
    ("Đến năm 2030, Bình Định phấn đấu có trung tâm dữ liệu dự phòng với dung lượng tối thiểu 2 PB.", 2,
     {"subject": "trung tâm dữ liệu dự phòng với dung lượng"}),
    # (when only `đạt` follows the cue, the planner is what is counted)
    ("Năm 2024, các bảo tàng dự kiến đón 500.000 lượt khách, trong đó Bảo tàng Cổ vật Cung đình phấn đấu đạt 350.000 "
     "lượt.", 350000, {"subject": "lượt Bảo tàng Cổ vật Cung đình"}),
]

# facts of probe sets 133-138 (invented sentences; 3 of them guard limits: a `;` clause of another thing at the end
# of the paragraph before a `Trong đó,`; a count of another noun than what a place has most of; a topic of breakdown)
PROBE133_138_FACTS = [
    # the hamlet and commune a bracket gives the name that opens the sentence, before its district
    ("Toàn tỉnh Lào Cai có 120 ha nấm. Tại Hợp tác xã Nấm Phong Hải (thôn Bản Lẫu 2, xã Xuân Quang, huyện Bảo Thắng), "
     "mỗi tháng xuất bán 9 tấn nấm sò.", 9, {"location": "Bảo Thắng"}),
    # the people of a place who say a figure say it of their place
    ("Năm 2024, tỉnh Thái Nguyên có 22.300 ha chè. Người dân xã Phúc Xuân, huyện Đại Từ cho biết, mỗi sào chè cho thu "
     "nhập 18 triệu đồng/năm.", 18e6, {"location": "Đại Từ"}),
    # the names right after a plural level word are all of that level, whatever the gazetteer lets stand bare
    ("Năm 2024, tỉnh Thanh Hóa có 1.860 ha nhân giống, tập trung tại các huyện Thiệu Hóa (420 ha), Yên Định (380 ha), "
     "Hoằng Hóa (310 ha).", 380, {"location": "Yên Định"}),
    # where goods are sent is a market, not where the next sentence's figure is
    ("Năm 2024, thành phố Sa Đéc có 720 ha hoa kiểng. Phần lớn sản lượng đưa đi Thành phố Hồ Chí Minh, Bình Dương và "
     "các tỉnh miền Trung. Mỗi ngày có từ 30 đến 40 chuyến xe tải xuất phát.", 30, {"location": "Sa Đéc"}),
    # a unit with a digit (`m3/ngày đêm`) before a comma goes on with the same item
    ("Năm 2024, tỉnh Bình Dương có 12 nhà máy. Tỉnh đang mở rộng nhà máy xử lý nước thải tại TP Thủ Dầu Một với công "
     "suất 34.500 m3/ngày đêm, tổng vốn đầu tư 1.320 tỷ đồng.", 1320e9, {"location": "Thủ Dầu Một"}),
    # a bullet labelled with a place's body is that place's
    ("Năm 2024, toàn tỉnh Quảng Ninh thi hành xong 8.657 việc. Kết quả tại một số đơn vị:\n- Chi cục Thi hành án dân sự "
     "thành phố Hạ Long: giải quyết xong 2.134 việc, thu được 412,6 tỷ đồng;", 2134, {"location": "Hạ Long"}),
    # the country as the whole of a share (no `của` needed) is no scope
    ("Năm 2023, tỉnh Đắk Nông có 33.800 ha hồ tiêu. Sản lượng hồ tiêu năm 2023 ước đạt 63.500 tấn, chiếm khoảng 24% "
     "sản lượng hồ tiêu cả nước.", 63500, {"location": "Đắk Nông", "percent": 24}),
    # districts counted and named are their province's
    ("Năm 2023, tỉnh Lạng Sơn tuyển chọn 1.684 công dân nhập ngũ. Tháng 10/2023, tỉnh tổ chức diễn tập khu vực phòng "
     "thủ cho 2 huyện Cao Lộc và Văn Lãng.", 2,
     {"location": "Lạng Sơn"}),
    # people counted by `người` are parts of the `đối tượng` of the sentence before, and named by their own label
    ("Năm 2024, huyện Krông Pắc chi trả trợ cấp cho 5.346 đối tượng bảo trợ xã hội với tổng kinh phí hơn 29,8 tỷ đồng. "
     "Trong đó, người cao tuổi 3.128 người, trẻ em mồ côi 96 em.", 3128,
     {"total": 5346, "subject": "người cao tuổi"}),
    ("Năm 2024, huyện Krông Pắc chi trả trợ cấp cho 5.346 đối tượng bảo trợ xã hội với tổng kinh phí hơn 29,8 tỷ đồng. "
     "Trong đó, người cao tuổi 3.128 người, trẻ em mồ côi 96 em.", 96, {"subject": "trẻ em mồ côi"}),
    # (people counted by `người` under a whole of another people noun are the whole's, of the label's kind)
    ("Năm 2023, các cơ quan đã chuyển đổi vị trí công tác 587 công chức, viên chức; trong đó cấp tỉnh 203 người, cấp "
     "huyện 384 người.", 203, {"total": 587, "subject": "công chức, viên chức chuyển đổi vị trí công tác cấp tỉnh"}),
    # a classifier before the whole's noun (`cây cầu`) leaves the same thing the parts count
    ("Đến cuối năm 2023, tỉnh Trà Vinh hoàn thành 146/220 cây cầu. Trong số 146 cây cầu đã hoàn thành, huyện Cầu Kè có "
     "31 cầu, huyện Trà Cú 27 cầu.", 31, {"total": 146, "subject": "cây cầu đã hoàn thành"}),
    # a paragraph that opens with `Trong đó,` goes on with the estimate of the paragraph before
    ("Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2024 ước tăng 9,12% so với cùng kỳ.\n\nTrong đó, khu vực dịch vụ tăng "
     "7,05%, đóng góp 2,12 điểm phần trăm.", 7.05, {"status": "estimate"}),
    # (not with one a `;` clause at the end of that paragraph makes of another thing)
    ("Năng suất lúa bình quân đạt 7,35 tấn/ha; sản lượng ước đạt hơn 1,7 triệu tấn.\n\nTrong đó, các huyện có năng "
     "suất cao nhất lần lượt là Thoại Sơn 7,82 tấn/ha, Châu Phú 7,64 tấn/ha.", 7.82, {"status": "actual"}),
    # the next places of a ranking go on with the estimate of the first
    ("Theo các xã: xã Đức Lập Hạ dẫn đầu với giá trị sản xuất công nghiệp ước đạt 24.300 tỷ đồng; tiếp theo là xã Hựu "
     "Thạnh 18.750 tỷ đồng và thị trấn Hậu Nghĩa 9.420 tỷ đồng.", 9420e9, {"status": "estimate"}),
    # what a place has most of, then `với` and the figure: the indicator, not the place
    ("Năm 2024, huyện Krông Pắc có 5.346 đối tượng. Xã Ea Phê có số đối tượng hưởng trợ cấp hằng tháng đông nhất với "
     "486 người.", 486, {"subject": "đối tượng hưởng trợ cấp hằng tháng"}),
    # (a count of another noun than the indicator counts that noun)
    ("Năm 2024, tỉnh Quảng Ngãi xây 120 phòng học. Huyện Ba Tơ là địa phương có khối lượng công trình lớn nhất với 41 "
     "phòng học.", 41, {"subject": "phòng học"}),
    # a source that opens the first paragraph (`Theo Sở Công Thương,`) is no dateline: the period after it dates the figure
    ("Đồng Nai: Điện mặt trời phát triển mạnh\n\nCổng Thông tin điện tử tỉnh Đồng Nai - Ngày đăng: 15/08/2024\n\n"
     "Theo Sở Công Thương, tính đến ngày 30/6/2024, toàn tỉnh có 6.842 hệ thống điện mặt trời mái nhà.", 6842,
     {"period_end": "2024-06-30"}),
    # a horizon after a plan noun (`mục tiêu đến năm 2025,`) is the target's period, not the plan's name
    ("Theo Đề án phát triển chè giai đoạn 2021-2025, mục tiêu đến năm 2025, giá trị sản phẩm chè của tỉnh đạt 14.000 tỷ "
     "đồng.", 14000e9, {"period_start": None, "period_end": "2025-12-31"}),
    # a figure its clause names only by its unit is of the topic its sentence opens with
    ("Đối với cây hồ tiêu, toàn tỉnh Đắk Nông có 33.800 ha, giảm gần 1.200 ha so với năm 2022.", 33800,
     {"subject": "diện tích cây hồ tiêu"}),
    # (not of a topic that says how a list is broken down)
    ("Về địa bàn, quận Hải Châu dẫn đầu với 298 doanh nghiệp thành lập mới, tiếp theo là quận Sơn Trà 176 doanh nghiệp.",
     176, {"subject": "doanh nghiệp thành lập mới"}),
    # cases counted after a cue that follows a sum are parts of the count before the sum
    ("- Đã ban hành 27 quyết định xử phạt đối với 27 tổ chức, cá nhân với tổng số tiền phạt 3.426,5 triệu đồng. Trong "
     "đó:\n+ Vi phạm về xả nước thải: 11 trường hợp, số tiền 1.985 triệu đồng;\n+ Vi phạm về chất thải rắn: 9 trường hợp, "
     "số tiền 862,5 triệu đồng.", 11, {"total": 27}),
    # where workers come from is elsewhere, not the place of the next sentence's figure
    ("Năm 2022, làng nghề Đồng Kỵ (phường Đồng Kỵ, thành phố Từ Sơn) đạt doanh thu 6.000 tỷ đồng.\n\nToàn làng thu hút "
     "khoảng 15.000 lao động, cả lao động đến từ các tỉnh Thái Bình, Nam Định, Hải Dương. Thu nhập bình quân của lao động "
     "làm nghề đạt 9-12 triệu đồng/người/tháng.", 9e6, {"location": "Từ Sơn"}),
    # a commune the text placed in its district before is in that district
    ("Năm 2024, tỉnh Bạc Liêu có 1.045 hộ làm muối, tập trung tại các xã Long Điền Đông, Điền Hải (huyện Đông Hải).\n\n"
     "Chị Lâm Thị Hồng, ấp Gò Cát, xã Điền Hải cho biết, vụ này gia đình thu hơn 220 tấn muối.", 220,
     {"location": "Đông Hải"}),
    # a change's rate in signed brackets is stepped over: the share after it is the figure's
    ("Đến ngày 31/3/2024, tổng dư nợ đạt 17.628 tỷ đồng, tăng 412 tỷ đồng (+2,39%) so với đầu năm, chiếm 31,5% thị "
     "phần tín dụng trên địa bàn.", 17628e9, {"percent": 31.5}),
]

PROBE139_144_FACTS = [
    # a word that ends in a noun of a list of nouns (`đổ bộ`) joins no list: its comma ends the clause
    ("Trước khi bão số 3 đổ bộ, các xã ven biển đã sơ tán 2.340 hộ dân đến nơi an toàn.", 2340,
     {"subject": "hộ dân sơ tán"}),
    # the next items of a ranking count what its first item counts, of their own names
    ("Năm 2024, tỉnh Khánh Hòa có 6.200 hướng dẫn viên. Hướng dẫn viên tiếng Anh đông nhất với 2.950 người, tiếp đến là "
     "tiếng Nga 1.120 người, tiếng Trung Quốc 870 người.", 1120, {"subject": "Hướng dẫn viên tiếng Nga"}),
    ("Năm 2024, tỉnh Khánh Hòa có 6.200 hướng dẫn viên. Hướng dẫn viên tiếng Anh đông nhất với 2.950 người, tiếp đến là "
     "tiếng Nga 1.120 người, tiếng Trung Quốc 870 người.", 2950, {"subject": "Hướng dẫn viên tiếng Anh"}),
    ("Năm 2023, tỉnh Bình Dương có 18.400 lao động nước ngoài. Lao động Hàn Quốc đông nhất với 5.210 người, tiếp theo là "
     "Đài Loan 3.870 người, Nhật Bản 2.140 người.", 2140, {"subject": "Lao động Nhật Bản"}),
    # a place's office that has most of something counts it, and the next offices of the ranking share it
    ("Năm 2024, Chi cục Thuế Thanh Trì có số doanh nghiệp nợ thuế nhiều nhất với 412 doanh nghiệp, tiếp đến là Chi cục "
     "Thuế Gia Lâm 356 doanh nghiệp.", 356, {"subject": "doanh nghiệp nợ thuế"}),
    # an animal's classifier counts the animal a place has most of
    ("Năm 2024, tỉnh Hà Tĩnh tiêu hủy 1.860 con lợn. Huyện Đức Thọ có số lợn tiêu hủy nhiều nhất với 540 con, tiếp đến "
     "là Hương Sơn 410 con.", 410, {"subject": "lợn tiêu hủy", "location": "Hương Sơn"}),
    # a ranking that goes on with what it counts itself names its own
    ("Năm 2024, huyện Mường Lát có 1.060 người được trợ giúp pháp lý. Người dân tộc thiểu số chiếm tỷ lệ cao nhất với "
     "780 người, tiếp đến là người nghèo 160 người.", 160, {"subject": "người nghèo"}),
    # a count of countries is of the place the text is about, not the country's
    ("Năm 2024, thành phố Đà Nẵng đón 21 đoàn nghệ sĩ đến từ 15 quốc gia và vùng lãnh thổ.", 15,
     {"location": "Đà Nẵng"}),
    # the country as the field a place is the centre of is no scope
    ("Thực hiện mục tiêu đưa tỉnh Sóc Trăng trở thành trung tâm chế biến tôm của cả nước, năm 2024 tỉnh phấn đấu đạt "
     "sản lượng tôm 210.000 tấn.", 210000, {"location": "Sóc Trăng"}),
    # a headline and a lead that both open with a district are about it
    ("Mường Tè phát triển du lịch cộng đồng\n\nHuyện Mường Tè hiện có 8 bản du lịch cộng đồng được UBND tỉnh Lai Châu công "
     "nhận, trên tổng số 21 bản của toàn tỉnh.\n\nNăm 2023, các bản du lịch đón 14.600 lượt khách.", 14600,
     {"location": "Mường Tè"}),
    # the purpose of what was counted before is done for those counted after it
    ("Năm 2024, huyện Mường Nhé được cấp 320 tấn gạo để cứu đói cho 4.150 hộ.", 4150, {"subject": "hộ được cứu đói"}),
    # `như` opens examples, no part of what is measured; some places named by no name take the indicator said before
    ("Ngày 12/7/2024, lượng mưa phổ biến 60-90 mm, một số nơi trên 150 mm như Mường Khương 172 mm.", 172,
     {"subject": "lượng mưa một số nơi"}),
    # people counted by what they are (`N người là …`)
    ("Năm 2024, tỉnh Bắc Giang có 9.300 lao động nước ngoài, trong đó 3.180 người là kỹ sư, 1.240 người là nhà quản lý.",
     3180, {"subject": "người là kỹ sư"}),
    # an abbreviation in brackets goes on with the phrase it shortens
    ("Tính đến tháng 6/2024, có 214 hợp tác xã nông nghiệp (HTX) đã ứng dụng công nghệ cao.", 214,
     {"subject": "hợp tác xã nông nghiệp đã ứng dụng công nghệ cao"}),
    # a rate said again as a count (`tương ứng`) counts what it is the rate of
    ("Năm 2024, tỷ lệ học sinh thi đỗ đại học của tỉnh Nam Định đạt 78,4%, tương ứng 14.230 học sinh.", 14230,
     {"subject": "học sinh thi đỗ đại học", "location": "Nam Định"}),
    # an extreme after the mean measures the same thing at that extreme
    ("Ngày 19/9/2024, lượng mưa trung bình toàn tỉnh Quảng Trị 145 mm, cao nhất tại huyện Hướng Hóa 268 mm.", 268,
     {"subject": "lượng mưa cao nhất", "location": "Hướng Hóa"}),
    # bullets after a blank line under a colon break down the figure before the colon
    ("Năm 2024, huyện Ea Súp đã tiêm được 52.400 liều vắc xin. Cụ thể:\n\n- Vắc xin lở mồm long móng (LMLM): 18.600 liều;\n"
     "- Vắc xin dịch tả lợn: 21.300 liều.", 18600, {"total": 52400, "subject": "liều Vắc xin lở mồm long móng (LMLM)"}),
    # a breakdown opening a paragraph reaches back past a sentence that points back at the whole
    ("Năm 2024, tổng chi ngân sách của huyện Phù Mỹ đạt 612,5 tỷ đồng. Tỷ lệ này cao hơn năm 2023.\n\nTrong đó, chi đầu "
     "tư phát triển 148,2 tỷ đồng; chi thường xuyên 420,6 tỷ đồng.", 148.2e9, {"total": 612.5e9}),
    # a district asked to fund is not where the figures are; `huyện phấn đấu` speaks of the district
    ("Năm 2024, huyện Nam Trà My có 512 hộ trong vùng sạt lở. UBND huyện đã đề xuất UBND tỉnh Quảng Nam đầu tư 3 khu tái "
     "định cư. Giai đoạn 2024-2025, huyện phấn đấu di dời 100% hộ dân trong vùng sạt lở.", 100,
     {"location": "Nam Trà My"}),
    # what was reached at times (`có thời điểm`) measures what the figure before it does
    ("Tháng 7/2024, Bệnh viện tỉnh Long An tiếp nhận 320 ca sốt xuất huyết, có thời điểm hơn 25 ca/ngày.", 25,
     {"subject": "ca sốt xuất huyết Bệnh viện tiếp nhận"}),
    # the area something was done on
    ("Năm 2024, huyện Tam Nông phun thuốc diệt rầy trên diện tích hơn 1.250 ha.", 1250,
     {"subject": "diện tích phun thuốc diệt rầy"}),
    # a one-letter word (`ở`) ends a sentence: the next one is a clause of its own, with its own status and place
    ("Năm 2024, tỉnh Yên Bái hỗ trợ 1.286 hộ làm nhà ở, phấn đấu đến ngày 31/12/2024 hoàn thành 100% số hộ cần hỗ trợ "
     "nhà ở. Riêng huyện Văn Chấn đã chi 14,8 tỷ đồng.", 14.8e9, {"status": "actual", "location": "Văn Chấn"}),
    # the next items of a ranking take its first item's subject before their whole's
    ("Năm 2024, tỉnh Hưng Yên có 1.520 con lợn bị tiêu hủy. Trong đó, huyện Khoái Châu có số lợn tiêu hủy lớn nhất với "
     "610 con, tiếp đến là Văn Giang 420 con, Kim Động 290 con.", 290,
     {"subject": "lợn tiêu hủy", "location": "Kim Động", "total": 1520}),
    # a part of a quantity named by its kind only measures its whole's indicator, said by its head noun
    ("Năm 2023, sản lượng thịt hơi xuất chuồng của tỉnh Thanh Hóa đạt 310.000 tấn, trong đó thịt lợn 215.000 tấn.", 215000,
     {"subject": "sản lượng thịt lợn", "total": 310000}),
    # one fined is named without the period that opens the sentence
    ("Năm 2024, cơ sở kinh doanh giò chả tại phường Trần Lãm bị phạt 12,5 triệu đồng.", 12.5e6,
     {"subject": "tiền phạt cơ sở kinh doanh giò chả"}),
]

PROBE145_150_FACTS = [
    # an award named by its level (`Chiến sĩ thi đua toàn quốc`) that a province's people received is the province's
    ("Năm 2024, tỉnh Hà Tĩnh đã khen thưởng 2.340 tập thể, cá nhân.\n- Khen thưởng cấp Nhà nước: 64 tập thể, cá nhân "
     "(gồm 54 Bằng khen của Thủ tướng Chính phủ và 3 danh hiệu Chiến sĩ thi đua toàn quốc).", 3, {"location": "Hà Tĩnh"}),
    # a ministry a thing is registered with is no scope
    ("Năm 2023, thành phố Đà Nẵng có 3.200 doanh nghiệp bán hàng trực tuyến. Thành phố hiện có 1.326 website thương mại "
     "điện tử đã đăng ký với Bộ Công Thương, trong đó 1.254 website bán hàng.", 1254, {"location": "Đà Nẵng"}),
]

#: the structure of the parts of a whole, from the errors over sets 43-150 (sentences of my own)
PARTS_QUALIFIED_FACTS = [
    # what a part is on sets it apart from the other parts (not `trên địa bàn`, a place)
    ("Năm 2024, toàn tỉnh xảy ra 92 sự cố điện, trong đó có 25 sự cố trên lưới điện trung áp và 67 sự cố trên lưới "
     "điện hạ áp.", 25, {"subject": "sự cố trên lưới điện trung áp"}),
    ("Năm 2024, toàn tỉnh xảy ra 92 sự cố điện, trong đó có 25 sự cố trên lưới điện trung áp và 67 sự cố trên lưới "
     "điện hạ áp.", 67, {"subject": "sự cố trên lưới điện hạ áp"}),
    # so does its cause, said before the share its part has of the whole
    ("Trong số 40 vụ cháy, có 22 vụ do chập điện, chiếm 55%; 9 vụ do đốt rác.", 22, {"subject": "vụ cháy do chập điện"}),
]

#: from sets 151-156, after they were opened (sentences of my own)
PROBE151_156_FACTS = [
    # a district in the street address of the venue says where an event was held, not what the article is about
    ("Hà Nam tổ chức hội thi tin học trẻ năm 2024\n\nSở Giáo dục và Đào tạo - Phòng Giáo dục trung học\n12/5/2024 "
     "10:05\n\nNgày 12/5, tại Nhà văn hóa trung tâm, số 15 Lê Hoàn, thành phố Phủ Lý, Sở Giáo dục và Đào tạo tỉnh Hà Nam "
     "tổ chức hội thi tin học trẻ năm 2024.\n\nHội thi có 320 thí sinh đến từ 42 trường tham gia.", 320,
     {"location": "Hà Nam"}),
    # quota places named by what they are for (`chỉ tiêu tuyển sinh`, `nhập học`): b of `a/b` is the quota, a plan
    ("Năm 2024, Trường Cao đẳng Y tế có 842/900 chỉ tiêu tuyển sinh (93,6%).", 842,
     {"target_value": 900, "total": None}),
    # targets met out of a set of them stay a part of a whole
    ("Năm 2023, tỉnh có 18/20 chỉ tiêu đạt và vượt kế hoạch.", 18, {"total": 20}),
    # places listed after a lead that names an amount by `số` (`có số thu … cao gồm:`) measure that amount
    ("Một số huyện có số thu tiền thuê đất cao gồm: huyện Lâm Thao 46,2 tỷ đồng; huyện Phù Ninh 31,5 tỷ đồng.", 31.5e9,
     {"subject": "thu tiền thuê đất", "location": "Phù Ninh"}),
    # the place that leads measures the indicator named before, in itself: `toàn tỉnh` after `dẫn đầu` is the field it
    # leads, not its scope
    ("Năm 2023, tỷ lệ hộ dùng nước sạch của tỉnh Nghệ An đạt 88,4%. Trong đó, huyện Nghi Lộc dẫn đầu toàn tỉnh với "
     "97,1%.", 97.1, {"subject": "tỷ lệ hộ dùng nước sạch", "location": "Nghi Lộc"}),
]

#: structural rules of the twenty-fourth stop, from the classes of subject errors over sets 43-156 (sentences of my own)
CLAUSE_FACTS = [
    # a place that scopes the things counted is where; what follows it goes on naming them
    ("Đến nay, 100% hợp tác xã trên địa bàn huyện đã ứng dụng phần mềm kế toán.", 100,
     {"subject": "hợp tác xã đã ứng dụng phần mềm kế toán"}),
    ("Năm 2024, có 318 thôn trên địa bàn tỉnh Bắc Kạn tổ chức ngày hội đại đoàn kết.", 318,
     {"subject": "thôn tổ chức ngày hội đại đoàn kết", "location": "Bắc Kạn"}),
    ("Trận mưa lớn làm 27 căn nhà tại xã Tân Hòa bị tốc mái.", 27, {"subject": "căn nhà bị tốc mái"}),
    # common-noun items of a list measure the indicator its lead names, each for itself
    ("Một số mặt hàng có chỉ số giá tăng mạnh như: thịt lợn tăng 9,6%; rau tươi tăng 7,2%; gạo tăng 3,1%.", 9.6,
     {"subject": "chỉ số giá thịt lợn"}),
    ("Một số mặt hàng có chỉ số giá tăng mạnh như: thịt lợn tăng 9,6%; rau tươi tăng 7,2%; gạo tăng 3,1%.", 3.1,
     {"subject": "chỉ số giá gạo"}),
    # a share that names its own set after another claim of the sentence is a claim of its own
    ("Đến năm 2025, tỷ lệ hộ dùng nước sạch đạt 95% và ít nhất 80% trường học có nhà vệ sinh đạt chuẩn.", 80,
     {"subject": "trường học có nhà vệ sinh đạt chuẩn"}),
    # after `và`, a verb alone goes on with the subject of the claim before; it brings none of that claim's words
    ("Tỉnh phấn đấu tỷ lệ lao động qua đào tạo đạt 70% và có ít nhất 1.500 hợp tác xã kiểu mới.", 1500,
     {"subject": "hợp tác xã kiểu mới"}),
    # a sum a doer gives, without an aspect word, is named by its verb and what it is for (a doer with a name stays)
    ("Năm 2024, nhà trường dành 860 triệu đồng cho quỹ học bổng.", 860e6,
     {"subject": "dành cho quỹ học bổng"}),
    # a share said aside between the things counted and what they did leaves what they did to name them
    ("Năm 2023, có 142/150 trường (đạt 94,7%) tổ chức bữa ăn bán trú.", 142,
     {"subject": "trường tổ chức bữa ăn bán trú", "total": 150}),
    ("Đến nay, 58/64 xã, chiếm 90,6%, đã hoàn thành quy hoạch chung.", 58,
     {"subject": "xã đã hoàn thành quy hoạch chung"}),
    # a count joined by `với` to a sum before it counts those the sum is of, or what its own words say
    ("Đến 30/6/2024, tổng dư nợ của Quỹ tín dụng nhân dân đạt 1.245 tỷ đồng với 6.310 khách hàng.", 6310,
     {"subject": "khách hàng dư nợ của Quỹ tín dụng nhân dân"}),
    ("Năm 2024, doanh thu du lịch đạt 860 tỷ đồng với 320 cơ sở lưu trú tham gia.", 320,
     {"subject": "cơ sở lưu trú tham gia"}),
    # those an event drew, counted by what they did, did it in that event
    ("Hội thi văn nghệ quần chúng thu hút 42 đội tham gia.", 42,
     {"subject": "đội tham gia Hội thi văn nghệ quần chúng"}),
    # `chưa đến` before a share is under it, not the reach of a verb; the share of a need met is the rate of meeting it
    # (the sixty-second stop: `tỷ lệ đáp ứng nhu cầu …`, 16 probe sets up, where it read `nhu cầu chế biến đáp ứng`)
    ("Nguồn nguyên liệu trong tỉnh mới đáp ứng chưa đến 20% nhu cầu chế biến.", 20,
     {"subject": "tỷ lệ đáp ứng nhu cầu chế biến", "approx": "under"}),
    # a sum after `với` of a count before it is the sum of what was done to the things counted
    ("Trong quý III, Đội Quản lý thị trường số 2 đã xử phạt 14 cơ sở với tổng số tiền 126 triệu đồng.", 126e6,
     {"subject": "tổng số tiền xử phạt"}),
    # places listed after a lead that says they have much of something (`có đàn bò lớn gồm:`) count that thing
    ("Các huyện có đàn bò lớn gồm: Krông Pắc khoảng 21.000 con, Ea Kar 18.500 con và Buôn Đôn 12.000 con.", 18500,
     {"subject": "đàn bò", "location": "Ea Kar"}),
    # a place named by its level after `tiếp đến là` goes on with the ranking: it counts what the first item counts
    ("Huyện Yên Sơn có số hộ thoát nghèo nhiều nhất với 860 hộ, tiếp đến là huyện Hàm Yên 540 hộ, "
     "huyện Sơn Dương 410 hộ.", 410, {"subject": "hộ thoát nghèo", "location": "Sơn Dương"}),
    ("Xã Tân Lập có số hộ phải di dời nhiều nhất với 86 hộ, tiếp đến là xã Tân Hòa 54 hộ, xã Tân Phú 31 hộ.", 54,
     {"subject": "hộ phải di dời"}),
    # a count after `với` that follows a quantity or a sum nobody holds is named by its own noun, not by the clause
    # that names that figure
    ("Cụm dự án có tổng công suất lắp đặt 138 MW với 46 tua-bin.", 46, {"subject": "tua-bin"}),
    ("Kim ngạch xuất khẩu qua cửa khẩu đạt 1,2 tỷ USD với 176.520 tờ khai.", 176520, {"subject": "tờ khai"}),
    # a bare sum after `với` is the sum of what the clause before does (not past a count: the doer's, perhaps)
    ("Tỉnh cũng đang kêu gọi đầu tư bến cảng container Cái Mép Hạ với tổng vốn dự kiến khoảng 3,8 tỷ USD.", 3.8e9,
     {"subject": "tổng vốn kêu gọi đầu tư bến cảng container Cái Mép Hạ"}),
    # doers joined by `và`, each said by its kind, name no part of what they did it to
    ("Năm 2023, Công an tỉnh và Công an cấp huyện đã đăng ký mới 48.517 phương tiện.", 48517,
     {"subject": "phương tiện đăng ký"}),
    # a day said by its date inside the words that name a figure says when, not what
    ("Lượng mưa lớn nhất được ghi nhận vào ngày 22/9/2023 tại quận Bình Thạnh đạt 142 mm.", 142,
     {"subject": "Lượng mưa lớn nhất được ghi nhận"}),
    # a clause of time, purpose or cause after the things counted says when, what for or why, not which ones
    ("Năm 2024, hợp tác xã thu mua sữa qua 9 bồn làm lạnh trước khi chuyển về nhà máy.", 9,
     {"subject": "bồn làm lạnh"}),
    ("Quý I, lực lượng chức năng tổ chức 36 đợt tuần tra nhằm ngăn chặn khai thác cát trái phép.", 36,
     {"subject": "đợt tuần tra"}),
    ("Hiện các nhà máy chế biến mới hoạt động khoảng 55% công suất do thiếu nguyên liệu.", 55,
     {"subject": "công suất"}),
    # things counted by who did them or what caused them, but not why they were acted on
    ("Năm nay trên địa bàn xảy ra 12 vụ cháy do chập điện.", 12, {"subject": "vụ cháy do chập điện"}),
    ("Trung tâm đã tiếp nhận 17 nạn nhân do phía bạn trao trả.", 17,
     {"subject": "nạn nhân do phía bạn trao trả"}),
    ("Sở đã thu hồi 27 thẻ do vi phạm quy định về hướng dẫn du lịch.", 27, {"subject": "thẻ thu hồi"}),
    # a part of things counted by a noun of its own is named by it; people's prizes stay the people's
    ("Mạng lưới cơ sở giáo dục nghề nghiệp hiện có 65 cơ sở, gồm: 11 trường cao đẳng, 14 trường trung cấp.", 11,
     {"subject": "trường cao đẳng"}),
    ("Năm nay có 62 học sinh đạt giải (9 giải Nhất, 18 giải Nhì, 35 giải Ba).", 18,
     {"subject": "học sinh đạt giải giải Nhì"}),
    # `cắt giảm`, `tinh giảm`: verbs of their own, not a change said before the figure
    ("Năm 2024, doanh nghiệp nợ lương 3,2 tỷ đồng, cắt giảm 150 lao động.", 150, {"subject": "lao động cắt giảm"}),
    # a measure named right after `với` is named so; the figure before stops at `với`
    ("Thành phố có 38 xe chuyên dụng hoạt động với tần suất 2 lần/ngày.", 38, {"subject": "xe chuyên dụng hoạt động"}),
    ("Thành phố có 38 xe chuyên dụng hoạt động với tần suất 2 lần/ngày.", 2, {"subject": "tần suất"}),
    ("Tỉnh sẽ xây dựng thêm 3 kho chứa muối với sức chứa 5.000 tấn/kho.", 3,
     {"subject": "kho chứa muối xây dựng thêm"}),
    # what an amount depends on is no name of it
    ("Mỗi giải A được thưởng 15 triệu đồng, giải Khuyến khích từ 3 đến 4 triệu đồng tùy thể loại.", 3e6,
     {"subject": "giải Khuyến khích"}),
    ("Thành phố hỗ trợ từ 50 đến 200 triệu đồng mỗi đoàn tùy quy mô.", 50e6, {"subject": "mỗi đoàn"}),
    # a cause that opens the sentence leads no list of its figures
    ("Do suy giảm đơn hàng, năm 2023 có 142 doanh nghiệp cắt giảm 68.450 lao động.", 68450, {"subject": "lao động"}),
    # places that have many of the things, `nhiều` before them, count those things
    ("Các địa bàn có nhiều lao động nước ngoài là TP Thuận An (4.215 người), TP Dĩ An (3.980 người).", 3980,
     {"subject": "lao động nước ngoài", "location": "Dĩ An"}),
    # what a survey shows is named after `cho thấy`
    ("Khảo sát tại 1.286 doanh nghiệp có tổ chức công đoàn cho thấy mức thưởng Tết bình quân là 8,7 triệu đồng/người.",
     8.7e6, {"subject": "mức thưởng Tết bình quân"}),
    ("Khảo sát tại 1.286 doanh nghiệp có tổ chức công đoàn cho thấy mức thưởng Tết bình quân là 8,7 triệu đồng/người.",
     1286, {"subject": "doanh nghiệp có tổ chức công đoàn"}),
]

#: facts of the twenty-ninth stop, each from a language fact (sentences written for these tests)
STOP47_FACTS = [
    # `Trong đó` that opens a sentence breaks down the last count of its unit, past a sentence that counts nothing
    ("Năm 2023, các lực lượng chức năng phát hiện 320 vụ vi phạm. Trị giá hàng hóa vi phạm khoảng 12 tỷ đồng. "
     "Trong đó, Công an phát hiện 120 vụ, Hải quan 80 vụ.", 120, {"total": 320}),
    ("Năm 2023, các lực lượng chức năng phát hiện 320 vụ vi phạm. Trị giá hàng hóa vi phạm khoảng 12 tỷ đồng. "
     "Trong đó, Công an phát hiện 120 vụ, Hải quan 80 vụ.", 80, {"total": 320}),
    ("Huyện tiếp nhận 2.400 hồ sơ đất đai. Tỷ lệ giải quyết đúng hạn đạt 98%.\n\nTrong đó, 1.500 hồ sơ được nộp "
     "trực tuyến.", 1500, {"total": 2400}),
    # (a sentence between that counts something is what the cue breaks down)
    ("Xã có 900 hộ dân. Năm 2024 có 60 hộ thoát nghèo. Trong đó, 25 hộ là người dân tộc thiểu số.", 25,
     {"total": 60}),
    # (a part of a whole two sentences back is no whole of a later list: not `21 vụ`)
    ("1. Tỉnh phát hiện 27 vụ vi phạm. Trong đó: 21 vụ về môi trường, 6 vụ về khoáng sản.\n2. Theo địa bàn: thành "
     "phố A 9 vụ, huyện B 8 vụ.", 9, {"total": None}),
    # two words said in parallel across a comma, one of them the same (`loại 1, loại 2`), are one phrase
    ("Năm 2024, tỉnh giao 1.500 công dân nhập ngũ; công dân có sức khỏe loại 1, loại 2 chiếm 68,2%.", 68.2,
     {"subject": "công dân có sức khỏe loại 1, loại 2"}),
    ("Tai nạn do đi không đúng phần đường, làn đường chiếm 34%.", 34,
     {"subject": "Tai nạn do đi không đúng phần đường, làn đường"}),
    # (not a quantifier after the comma: `toàn huyện` is all of it, not a second one)
    ("Theo ông Lê Văn Phúc, Trưởng phòng Văn hóa và Thông tin huyện, toàn huyện hiện có 18 tủ sách xã.", 18,
     {"subject": "tủ sách xã"}),
    # a district's name in the name of a reservoir, a canal or a dam names the works, not where the figure is
    ("Năm 2024, tỉnh Khánh Hòa có 20.000 ha lúa. Hồ chứa nước Cam Ranh tưới cho 2.000 ha.", 2000,
     {"location": "Khánh Hòa"}),
    ("Năm 2024, tỉnh Quảng Nam có 40.000 ha lúa. Kênh chính Phú Ninh tưới cho 23.000 ha.", 23000,
     {"location": "Quảng Nam"}),
    ("Năm 2024, tỉnh Quảng Nam có 40.000 ha lúa, riêng huyện Phú Ninh có 4.000 ha.", 4000, {"location": "Phú Ninh"}),
    # a sentence that opens with its aim says what is planned; an as-of hour (`24h`) before the day
    ("Mục tiêu năm 2025, tỉnh Quảng Nam đón 5 triệu lượt khách.", 5e6, {"status": "target"}),
    ("Tính đến 24h ngày 15/3/2024, tỉnh Bạc Liêu đã gieo sạ 42.000 ha lúa.", 42000,
     {"period_start": None, "period_end": "2024-03-15"}),
    # a destination counted is a count, not a score
    ("Năm 2024, tỉnh Quảng Nam có thêm 12 điểm đến du lịch mới.", 12, {"kind": "count", "unit": "điểm đến"}),
    # people counted by `em` in a part that is only a name (`THCS 110.000 em`) are the whole's people of that name
    ("Năm học 2023-2024, toàn tỉnh có 412.000 học sinh, trong đó tiểu học 160.000 em, THCS 110.000 em.", 110000,
     {"subject": "học sinh THCS", "total": 412000}),
    # a percent alone in brackets after an amount of a report's items is its share
    ("Thu tiền sử dụng đất 1.200 tỷ đồng (96,5%); thu thuế bảo vệ môi trường 320 tỷ đồng (102,3%).", 1.2e12,
     {"percent": 96.5}),
    # `Trong đó` breaks down what the first clause before claims, not a plan said in a `;` clause after it
    ("Chiến dịch đã tiêm cho 12.570 trẻ, đạt 87,4%; mục tiêu của chiến dịch là 95%. Trong đó, nhóm trẻ 1-5 tuổi đạt "
     "93,1%.", 93.1, {"status": "actual"}),
    # what was done by a date after a plan's value is done
    ("Năm 2023, kế hoạch vốn giao là 165 tỷ đồng, đến ngày 31/10/2023 đã giải ngân 118,2 tỷ đồng.", 118.2e9,
     {"status": "actual"}),
    # a list inside an indicator (`vận tải, kho bãi và dịch vụ …`) and two said in parallel are one indicator
    ("6 tháng đầu năm 2024, doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải ước đạt 5.200 tỷ đồng.", 5.2e12,
     {"subject": "doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải"}),
    ("Năm 2024, tỷ lệ hộ dân sử dụng nước sạch, nước hợp vệ sinh đạt 98,5%.", 98.5,
     {"subject": "tỷ lệ hộ dân sử dụng nước sạch, nước hợp vệ sinh"}),
    # a plan said aside in brackets opens no list of plans for the `;` clauses after it
    ("Tỷ lệ bác sĩ đạt 17,4 bác sĩ/vạn dân (kế hoạch năm 2024 là 17 bác sĩ/vạn dân); dược sĩ đại học đạt 3,9 dược "
     "sĩ/vạn dân.", 3.9, {"status": "actual"}),
    # the horizon in the name of a set of criteria dates nothing
    ("Năm 2024, tỉnh phấn đấu 100% trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030, tỷ lệ bao "
     "phủ BHYT đạt trên 95%.", 95, {"period_start": "2024-01-01", "period_end": "2024-12-31"}),
    # what a figure is for (`để hoàn thành kế hoạch 2,75 triệu lượt khách`) is a plan of its own, not its target
    ("Huyện cần đón thêm 600.000 lượt khách để hoàn thành kế hoạch 2,75 triệu lượt khách.", 600000, {"target": None}),
    # performers are people counted
    ("Ngày hội có 1.200 diễn viên, vận động viên tham gia.", 1200, {"kind": "count", "unit": "diễn viên"}),
    # the place an aside gives a speaker, before `cho biết` without a colon
    ("Năm 2024, tỉnh An Giang gieo sạ 230.000 ha lúa. Ông Phúc, ngụ xã Phú Thuận (Thoại Sơn), cho biết gia đình "
     "ông thu hoạch 4,5 ha lúa.", 4.5, {"location": "Thoại Sơn"}),
    # items of a report each with a share in brackets, a verb in the first one
    ("Một số huyện có số thu tiền sử dụng đất thấp như: Lục Ngạn 18,5 tỷ đồng (bằng 9,2% dự toán), Lạng Giang 42 tỷ "
     "đồng (12,6%).", 42e9, {"percent": 12.6}),
    # `đạt chuẩn` (meeting the standard) is part of a noun phrase, no clause of its own
    ("Tính đến ngày 31/5/2024 toàn tỉnh có 15.214/16.870 giáo viên mầm non, tiểu học, THCS đạt chuẩn, đạt tỷ lệ 90,2%.",
     15214, {"percent": 90.2}),
    # grades listed after one `lớp` are no figures, and the change after them is the count's
    ("Năm học 2023-2024, toàn tỉnh có 1.214 học sinh giỏi cấp tỉnh các lớp 9 và 12, tăng 8,5% so với năm học trước.",
     1214, {"change_value": 8.5}),
    # a sentence that opens with a person and where they live tells of them there, figure after figure
    ("Năm 2024, tỉnh Gia Lai trồng 12.000 ha sắn. Ông Rơ Mah Blơi ở làng Plei Bông, tổ 7, xã Chư Drăng (Krông Pa) "
     "trồng 6 ha sắn giống mới, năng suất đạt 28 tấn/ha, thu lãi hơn 150 triệu đồng.", 28, {"location": "Krông Pa"}),
]


def test_a_span_that_has_not_begun_dates_no_later_yearless_phrase():
    # `tháng 1/2025` in an article of November 2024 is ahead: the bare `10 tháng` after it is of 2024
    text = ("Lượng xăng dầu tiêu thụ 10 tháng năm 2024 đạt 286.500 m3. Dự kiến nhu cầu trong tháng 12/2024 và tháng "
            "1/2025 tăng khoảng 15%. Qua kiểm tra 45 cửa hàng xăng dầu trong 10 tháng, đã xử lý 7 cơ sở vi phạm.")
    doc = dtextract.extract(text, published="2024-11-18")
    fig = next(f for f in doc.figures if f.value == 7)
    assert (str(fig.period.start), str(fig.period.end)) == ("2024-01-01", "2024-10-31")


@pytest.mark.parametrize("post,want", [
    ("trên địa bàn tỉnh tổ chức bầu cử", "tổ chức bầu cử"),
    ("tại xã Tân Hòa bị tốc mái", "bị tốc mái"),
    ("trên địa bàn xã Yên Lạc", ""),                             # a place and nothing after it names nothing
    ("ở xã hội đã hoàn thành", ""),                               # `nhà ở xã hội`: no place
    ("tại các xã vùng cao đã nhận", "tại các xã vùng cao đã nhận"),  # `tại`, `ở` scope with a name only
])
def test_a_place_that_scopes_the_things_counted_is_passed_over(post, want):
    assert context._clean_post(post) == want


@pytest.mark.parametrize("pre,verb", [
    ("Nhà trường dành", "dành"), ("Ngân sách tỉnh bố trí", "bố trí"),
    ("Mỗi hộ di dời được hỗ trợ", None),                  # who receives
    ("đã chi hỗ trợ", None),                              # a verb phrase, no doer
    ("Quỹ Nhi đồng Liên hợp quốc hỗ trợ", None),         # a doer with a name is part of what the sum is
])
def test_a_doer_that_spends_is_told_from_one_that_receives(pre, verb):
    m = context.Context._spender(pre)
    assert (m.group("verb") if m else None) == verb


@pytest.mark.parametrize("text,value,want", PROBE43_FACTS + PROBE44_FACTS + PROBE45_FACTS + PROBE46_FACTS
                         + PROBE48_49_FACTS + PROBE51_54_FACTS + PROBE55_58_FACTS + PROBE63_66_FACTS
                         + PROBE67_70_FACTS + PROBE71_78_FACTS + PROBE79_86_FACTS
                         + PROBE83_90_FACTS + PROBE91_94_FACTS + PROBE95_98_FACTS + PROBE99_102_FACTS
                         + PROBE103_106_FACTS + PROBE111_114_FACTS + PROBE115_120_FACTS
                         + PROBE121_126_FACTS + PROBE127_132_FACTS + PROBE133_138_FACTS
                         + PROBE139_144_FACTS + PROBE145_150_FACTS + PARTS_QUALIFIED_FACTS
                         + PROBE151_156_FACTS + CLAUSE_FACTS + STOP47_FACTS)
def test_facts_of_the_probe_sets(text, value, want):
    _check(text, value, want)


def test_a_province_named_only_in_the_source_does_not_place_what_is_said_of_the_district():
    # `Theo Ban Quản lý … Đồng Đăng - Lạng Sơn, … qua các cửa khẩu của huyện`: whose report, not where
    text = ("Hàng hóa qua cửa khẩu tăng mạnh dịp cuối năm\n\nTrang thông tin điện tử huyện Văn Lãng\n\n"
            "Những ngày cuối năm, hoạt động xuất nhập khẩu qua các cửa khẩu trên địa bàn huyện Văn Lãng diễn ra "
            "sôi động. Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, tháng 12/2024 bình quân mỗi ngày "
            "có 420 xe hàng thông quan qua các cửa khẩu của huyện. Có ngày lên tới 610 xe.")
    doc = dtextract.extract(text, published="2025-01-10")
    assert [(f.value, f.location) for f in doc.figures] == [(420, "Văn Lãng"), (610, "Văn Lãng")]
    # a body's own work, in a sentence that does not speak of the district, is placed by the body's province
    doc = dtextract.extract("Công an huyện Yên Lạc đăng ký 4.382 xe.\n\nTheo Trung tâm Đăng kiểm xe cơ giới Vĩnh Phúc, "
                            "năm 2023 trung tâm đã kiểm định 21.463 lượt xe.", published="2024-01-10")
    assert [f.location for f in doc.figures if f.value == 21463] == ["Vĩnh Phúc"]


def test_the_place_where_a_meeting_is_held_is_not_what_the_article_is_about():
    text = ("Sơ kết 3 năm thực hiện Chương trình giảm nghèo bền vững\n\nCổng thông tin điện tử Bộ Lao động\n\n"
            "Ngày 21/02/2024, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị sơ kết 3 năm thực hiện "
            "Chương trình mục tiêu quốc gia giảm nghèo bền vững.\n\n"
            "Báo cáo tại Hội nghị cho biết, năm 2023, tổng vốn ngân sách trung ương bố trí cho Chương trình là "
            "28.426 tỷ đồng. Cả nước đã giải ngân 19.754 tỷ đồng, đạt 69,5% kế hoạch.")
    doc = dtextract.extract(text, published="2024-02-22")
    assert [f.location for f in doc.figures if f.value == 28426e9] == ["Việt Nam"]
    # a province's own meeting at a venue in one of its cities is the province's
    text = ("Nghệ An tổng kết công tác giảm nghèo\n\nNgày 5/3/2024, tại TP Vinh, UBND tỉnh Nghệ An tổ chức hội nghị "
            "tổng kết công tác giảm nghèo năm 2023.\n\nNăm 2023, toàn tỉnh có 12.450 hộ thoát nghèo.")
    doc = dtextract.extract(text, published="2024-03-06")
    assert [f.location for f in doc.figures if f.value == 12450] == ["Nghệ An"]


def test_a_province_the_text_names_by_its_old_name_keeps_it():
    # `tỉnh Thừa Thiên Huế` in January 2025, of the year before: named as the text names it, not by the new city
    doc = dtextract.extract("Lũy kế năm 2024, Quỹ hỗ trợ khởi nghiệp tỉnh Thừa Thiên Huế đã hỗ trợ 61 dự án.",
                            published="2025-01-10")
    assert [f.location for f in doc.figures if f.value == 61] == ["Thừa Thiên Huế"]
    doc = dtextract.extract("Năm 2025, thành phố Huế đã hỗ trợ 61 dự án.", published="2025-06-10")
    assert [f.location for f in doc.figures if f.value == 61] == ["Huế"]
