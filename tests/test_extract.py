"""Figures from sentences written for these tests, grouped by the rule of FIGURES.md they check.

The sentences imitate Vietnamese government reports; none is copied from ``samples/``.
Known extractor failures are strict xfails, so that a fix forces the row to move.
"""
from __future__ import annotations

import math
import unicodedata

import pytest

import dtextract
from dtextract.models import Figure

PUBLISHED = "2023-12-31"


def figures(text: str) -> list[Figure]:
    return dtextract.extract(text, published=PUBLISHED).figures


def covering(text: str, numeral: str) -> Figure:
    """The one figure whose span covers the first free-standing ``numeral`` in ``text``."""
    norm = unicodedata.normalize("NFC", text)
    at = next(i for i in range(len(norm)) if norm.startswith(numeral, i)
              and not (i and norm[i - 1].isdigit()) and not norm[i + len(numeral):][:1].isdigit())
    hits = [f for f in figures(text) if f.start <= at and at + len(numeral) <= f.end]
    assert len(hits) == 1, f"{numeral!r}: {[(f.text, f.value) for f in figures(text)]}"
    return hits[0]


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9)


def values(text: str) -> list[float]:
    return [f.value for f in figures(text)]


# == §1 kinds ======================================================================================
KINDS = [
    # (sentence, numeral, kind, value, unit)
    ("Trong năm 2023, Sở Tư pháp đã tiếp nhận 24.518 hồ sơ trực tuyến.", "24.518", "count", 24518, "hồ sơ"),
    ("Toàn tỉnh hiện có 1.236 doanh nghiệp đang hoạt động.", "1.236", "count", 1236, "doanh nghiệp"),
    ("Đến nay, 58/63 tỉnh, thành phố đã kết nối hệ thống.", "58", "count", 58, "tỉnh, thành phố"),
    ("Huyện đã tiếp nhận hơn 2,4 triệu lượt truy cập.", "2,4", "count", 2_400_000, "lượt truy cập"),
    ("Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98,7%.", "98,7", "percent", 98.7, "%"),
    ("Khu vực dịch vụ chiếm 42 phần trăm giá trị tăng thêm.", "42", "percent", 42, "%"),
    ("Tổng kinh phí thực hiện đề án là 12,6 tỷ đồng.", "12,6", "money", 12.6e9, "đồng"),
    ("Kim ngạch xuất khẩu cả năm đạt 2,35 tỷ USD.", "2,35", "money", 2.35e9, "USD"),
    ("Mỗi hộ được hỗ trợ 2.000.000 VNĐ để lắp đặt thiết bị.", "2.000.000", "money", 2e6, "đồng"),
    ("Tỉnh đã lắp đặt thêm 2.400 km cáp quang.", "2.400", "measure", 2400, "km"),
    ("Thời gian xử lý trung bình 45 phút mỗi hồ sơ.", "45", "measure", 45, "phút"),
    ("Diện tích rừng trồng mới năm nay đạt 1.850 ha.", "1.850", "measure", 1850, "ha"),
    ("Sản lượng lúa cả năm đạt 3,2 triệu tấn.", "3,2", "measure", 3_200_000, "tấn"),
    ("Chỉ số năng lực số của tỉnh đạt 0,6125 điểm.", "0,6125", "measure", 0.6125, "điểm"),
    ("Chỉ số chuyển đổi số của tỉnh xếp thứ 7 toàn quốc.", "7", "rank", 7, "hạng"),
    ("Năm nay, tỉnh đứng thứ 12 cả nước về chỉ số PAPI.", "12", "rank", 12, "hạng"),
    ("Tỉnh vươn lên vị trí thứ 4 trong bảng xếp hạng.", "4", "rank", 4, "hạng"),
    ("Năng suất lao động của ngành gấp 2,5 lần bình quân chung.", "2,5", "multiple", 2.5, "lần"),
    ("Có mười hai nghìn người tham gia ngày hội.", "mười hai nghìn", "count", 12_000, "người"),
    ("Thành phố có hàng chục nghìn người dân sử dụng ứng dụng.", "hàng chục nghìn", "count", 10_000, "người dân"),
]


@pytest.mark.parametrize("sentence, numeral, kind, value, unit", KINDS)
def test_kind_value_unit(sentence: str, numeral: str, kind: str, value: float, unit: str) -> None:
    f = covering(sentence, numeral)
    assert (f.kind, f.unit) == (kind, unit)
    assert close(f.value, value), f.value


@pytest.mark.parametrize("sentence, numeral, value", [
    ("Số doanh nghiệp thành lập mới trong năm là 1.200.", "1.200", 1200),
    ("Số lượt truy cập cổng thông tin năm nay đạt 3.450.112.", "3.450.112", 3_450_112),
    ("Dân số toàn tỉnh hiện nay là 1,2 triệu.", "1,2", 1_200_000),
])
def test_count_named_before_the_number(sentence: str, numeral: str, value: float) -> None:
    f = covering(sentence, numeral)
    assert f.kind == "count"
    assert close(f.value, value)


def test_change_of_a_count_named_before_the_number() -> None:
    text = "Năm 2023, số thuê bao di động đạt 1,5 triệu, tăng 5% so với năm 2022."
    f = covering(text, "1,5")
    assert close(f.value, 1_500_000)
    assert f.change is not None and f.change.value == 5
    assert values(text) == [1_500_000]


def test_approximate_number_word_is_about() -> None:
    assert covering("Thành phố có hàng chục nghìn người dân sử dụng ứng dụng.", "hàng chục").approx == "about"


def test_multiplier_is_not_part_of_the_unit() -> None:
    f = covering("Doanh thu đạt 350 triệu đồng.", "350")
    assert f.unit == "đồng"
    assert "triệu" not in f.unit


def test_rank_out_of_total() -> None:
    f = covering("Chỉ số PCI năm 2023 của tỉnh đứng thứ 3/63 tỉnh, thành phố.", "3")
    assert (f.kind, f.value, f.total) == ("rank", 3, 63)


def test_rank_xep_hang_without_thu() -> None:
    f = covering("Chỉ số PCI của tỉnh xếp hạng 5/63 tỉnh, thành phố.", "5")
    assert (f.kind, f.value) == ("rank", 5)


def test_ordinal_without_rank_cue_is_not_a_rank() -> None:
    assert figures("Tỉnh tổ chức hội thi lần thứ 4 tại thành phố.") == []


# == units: multi-syllable nouns stay whole; a classifier takes its noun ===========================
UNITS = [
    ("Đến nay công an tỉnh đã kích hoạt 412.905 tài khoản định danh điện tử.", "412.905", "tài khoản định danh điện tử"),
    ("Trung tâm đã xử lý 3.902 hồ sơ thủ tục hành chính.", "3.902", "hồ sơ"),
    ("Toàn tỉnh có 820 doanh nghiệp công nghệ số.", "820", "doanh nghiệp"),
    ("Ủy ban đã tổ chức 96 cuộc họp trực tuyến với các địa phương.", "96", "cuộc họp"),
    ("Cổng thông tin đã ghi nhận 3.450.112 lượt truy cập.", "3.450.112", "lượt truy cập"),
    ("Năm 2023, tỉnh đón 1.250 lượt khách du lịch quốc tế.", "1.250", "lượt khách"),
    ("Sở đã tổ chức 14 buổi tập huấn cho cán bộ.", "14", "buổi tập huấn"),
    ("Có 3 chiếc xe chuyên dụng được bàn giao.", "3", "chiếc xe"),
    ("Toàn tỉnh có 12 hợp tác xã nông nghiệp.", "12", "hợp tác xã"),
    ("Bệnh viện tuyến tỉnh tiếp nhận 170 bệnh nhân.", "170", "bệnh nhân"),
    ("Toàn tỉnh đã cấp 56.000 chữ ký số cho người dân.", "56.000", "chữ ký số"),
    ("Công an huyện đã cấp 8.200 thẻ căn cước cho người dân.", "8.200", "thẻ căn cước"),
    ("Tỉnh đã triển khai 25 dịch vụ công thiết yếu.", "25", "dịch vụ công"),
    ("Đã kết nối với 11 bộ, ngành để chia sẻ dữ liệu.", "11", "bộ, ngành"),
    ("Toàn tỉnh có 6.100 tổ chức, doanh nghiệp sử dụng hóa đơn điện tử.", "6.100", "tổ chức, doanh nghiệp"),
    ("Trung tâm điều hành đang quản lý 1.400 camera giám sát.", "1.400", "camera"),
    ("Toàn tỉnh có 320 CCCD chưa trả cho công dân.", "320", "CCCD"),
    pytest.param("Toàn tỉnh có 45 trạm y tế xã đạt chuẩn.", "45", "trạm y tế", id="tram-y-te"),
    pytest.param("Văn phòng đã cấp 2.300 giấy chứng nhận quyền sử dụng đất.", "2.300", "giấy chứng nhận", id="giay-chung-nhan"),
]


@pytest.mark.parametrize("sentence, numeral, unit", UNITS)
def test_unit_phrase(sentence: str, numeral: str, unit: str) -> None:
    assert covering(sentence, numeral).unit == unit


def test_unit_with_non_breaking_space_is_read() -> None:
    f = covering("Toàn xã còn 300 hộ\u00a0nghèo.", "300")
    assert " ".join(f.unit.split()) == "hộ nghèo"


# == approx ========================================================================================
APPROX = [
    ("Có khoảng 350 doanh nghiệp tham gia chương trình.", "350", "about"),
    ("Thu ngân sách xấp xỉ 9.800 tỷ đồng.", "9.800", "about"),
    ("Chừng 40 hộ được hỗ trợ làm nhà.", "40", "about"),
    ("Tầm 500 người tham dự buổi lễ phát động.", "500", "about"),
    ("Tổng doanh thu ước khoảng 300 tỷ đồng.", "300", "about"),
    ("Có vào khoảng 400 đại biểu dự hội nghị.", "400", "about"),
    ("Có gần 1.200 hộ dân được hỗ trợ.", "1.200", "nearly"),
    ("Gần như 100% hộ dân đã có điện lưới quốc gia.", "100", "nearly"),
    ("Có hơn 4.500 học sinh tham gia cuộc thi.", "4.500", "over"),
    ("Có trên 90% hồ sơ được xử lý trực tuyến.", "90", "over"),
    # (`ngoài` inside a clause is over; opening one, `Ngoài … còn …`, it is besides: the count is exact)
    ("Hội nghị có ngoài 300 người tham dự trực tiếp.", "300", "over"),
    ("Ngoài 300 người tham dự trực tiếp còn có khách mời.", "300", "exact"),
    ("Mỗi tháng tiếp nhận hơn 1.000 hồ sơ một chút.", "1.000", "over"),
    ("Tỷ lệ hộ nghèo toàn tỉnh còn dưới 2%.", "2", "under"),
    ("Thời gian chờ chưa đến 15 phút.", "15", "under"),
    ("Tỉnh có chưa tới 40 xã đạt chuẩn nông thôn mới nâng cao.", "40", "under"),
    ("Có không đến 30 xã chưa có điểm cầu trực tuyến.", "30", "under"),
    ("Mỗi xã có ít nhất 3 cán bộ phụ trách công nghệ thông tin.", "3", "at_least"),
    ("Mỗi đơn vị bố trí tối thiểu 2 cán bộ, công chức phụ trách.", "2", "at_least"),
    ("Mức hỗ trợ tối đa 50 triệu đồng mỗi dự án.", "50", "at_most"),
    ("Lãi suất cho vay không quá 7% một năm.", "7", "at_most"),
    ("Mỗi đợt có nhiều nhất 10 đơn vị được chọn.", "10", "at_most"),
    ("Trong năm, tỉnh tiếp nhận 1.500 hồ sơ.", "1.500", "exact"),
    ("Khu vực gần trung tâm có 12 trường học.", "12", "exact"),
    pytest.param("Mỗi huyện có không dưới 15 điểm cầu trực tuyến.", "15", "at_least", id="khong-duoi"),
    pytest.param("Tỷ lệ nợ xấu không vượt quá 3%.", "3", "at_most", id="khong-vuot-qua"),
    pytest.param("Số hộ được hỗ trợ không ít hơn 200 hộ.", "200", "at_least", id="khong-it-hon"),
]


@pytest.mark.parametrize("sentence, numeral, approx", APPROX)
def test_approx(sentence: str, numeral: str, approx: str) -> None:
    assert covering(sentence, numeral).approx == approx


# == total =========================================================================================
TOTALS = [
    ("Toàn tỉnh đã số hóa 1.540 hồ sơ/2.100 hồ sơ.", "1.540", 2100),
    ("Có 41/63 địa phương đã hoàn thành kết nối.", "41", 63),
    ("Đã cung cấp 812 dịch vụ công trực tuyến trên tổng số 1.245 thủ tục hành chính.", "812", 1245),
    ("Có 30 xã trong tổng số 152 xã đạt chuẩn nông thôn mới.", "30", 152),
]


@pytest.mark.parametrize("sentence, numeral, total", TOTALS)
def test_total(sentence: str, numeral: str, total: float) -> None:
    f = covering(sentence, numeral)
    assert close(f.total, total)
    # the total is an attribute, not a figure of its own
    assert total not in values(sentence)


@pytest.mark.parametrize("sentence, numeral, total", [
    pytest.param("Đã có 150 trên tổng số 200 xã hoàn thành việc rà soát.", "150", 200, id="tren-tong-so"),
    pytest.param("Có 3 trong số 10 dự án trọng điểm đã hoàn thành.", "3", 10, id="trong-so"),
])
def test_total_when_unit_follows_the_total(sentence: str, numeral: str, total: float) -> None:
    f = covering(sentence, numeral)
    assert close(f.total, total)
    assert total not in values(sentence)


def test_trong_do_gives_total_within_its_clause_only() -> None:
    text = ("Tỉnh có 2.150 TTHC, trong đó có 960 dịch vụ công trực tuyến, 410 dịch vụ công một phần; "
            "35 cơ sở y tế đã kết nối. Huyện có 300 TTHC.")
    assert covering(text, "2.150").total is None
    assert close(covering(text, "960").total, 2150)
    assert close(covering(text, "410").total, 2150)
    assert covering(text, "35").total is None
    assert covering(text, "300").total is None


@pytest.mark.parametrize("sentence, part, whole", [
    ("Toàn tỉnh có 4.000 hộ nghèo, trong số đó 1.200 hộ được hỗ trợ vay vốn.", "1.200", 4000),
    ("Sở đã nhận 2.000 hồ sơ, bao gồm 1.500 hồ sơ trực tuyến.", "1.500", 2000),
    ("Có 150 xã, trong đó 90 xã đạt chuẩn.", "90", 150),
])
def test_parts_after_trong_do(sentence: str, part: str, whole: float) -> None:
    assert close(covering(sentence, part).total, whole)


def test_a_difference_against_a_baseline_is_no_whole_of_the_next_sentence() -> None:
    """`… 1.126 lao động …, tăng 186 người so với năm 2022. Trong đó, Nhật Bản 612 người`: the parts the next sentence
    lists are of the count, not of its rise."""
    text = ("Năm 2023, toàn huyện có 1.126 lao động đi làm việc ở nước ngoài, vượt 12,6% kế hoạch, tăng 186 người so "
            "với năm 2022. Trong đó, thị trường Nhật Bản 612 người, Đài Loan 348 người, Hàn Quốc 97 người.")
    assert [close(covering(text, n).total, 1126) for n in ("612", "348", "97")] == [True, True, True]


# == percent attached to a non-percent figure ======================================================
ATTACHED = [
    ("Sở đã tiếp nhận 45.210 hồ sơ, đạt 62,4%.", "45.210", 62.4),
    ("Tỉnh đã cấp 120.000 thẻ căn cước, chiếm 85% dân số.", "120.000", 85),
    ("Kinh phí đã giải ngân 8,4 tỷ đồng, bằng 70% kế hoạch.", "8,4", 70),
    ("Có 320 trường học, tương đương với 95% tổng số trường.", "320", 95),
    ("Toàn huyện có 2.340 hộ sử dụng nước sạch, chiếm tỷ lệ 78,5%.", "2.340", 78.5),
    ("Đã thu 1.250 tỷ đồng (đạt 104% dự toán).", "1.250", 104),
    ("Công an huyện đã kích hoạt 91.204 tài khoản định danh điện tử, đạt 91,3% chỉ tiêu được giao.", "91.204", 91.3),
]


@pytest.mark.parametrize("sentence, numeral, percent", ATTACHED)
def test_attached_percent(sentence: str, numeral: str, percent: float) -> None:
    assert close(covering(sentence, numeral).percent, percent)
    assert len(figures(sentence)) == 1


def test_attached_percent_after_service_level() -> None:
    text = "Tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến mức độ 3, 4, đạt 96%."
    assert close(covering(text, "1.250").percent, 96)
    assert values(text) == [1250]


def test_percent_after_a_percent_is_its_own_figure() -> None:
    text = "Tỷ lệ dịch vụ công mức độ 4 là 96,1% (chiếm 48,7% tổng số thủ tục hành chính)."
    assert values(text) == [96.1, 48.7]
    assert all(f.percent is None for f in figures(text))


# == change ========================================================================================
CHANGES = [
    # (sentence, host numeral, direction, value, unit, approx, baseline)
    ("Sở đã tiếp nhận 45.210 hồ sơ, tăng 18,5% so với cùng kỳ năm trước.", "45.210",
     "increase", 18.5, "%", "exact", "cùng kỳ năm trước"),
    ("Doanh thu đạt 3.200 tỷ đồng, giảm 4,2% so với năm 2022.", "3.200", "decrease", 4.2, "%", "exact", "năm 2022"),
    ("Số người dùng ví điện tử đạt 1,6 triệu người (tăng hơn 3,4 lần so với cùng kỳ).", "1,6",
     "increase", 3.4, "lần", "over", "cùng kỳ"),
    ("Số doanh nghiệp đạt 5.400 doanh nghiệp, tăng 600 doanh nghiệp so với tháng 6/2023.", "5.400",
     "increase", 600, "doanh nghiệp", "exact", "tháng 6/2023"),
    ("Có 120 ca mắc mới, giảm 35 ca so với tuần trước.", "120", "decrease", 35, "ca", "exact", "tuần trước"),
    ("Giá trị sản xuất đạt 800 tỷ đồng, tăng khoảng 6% so với năm 2022.", "800",
     "increase", 6, "%", "about", "năm 2022"),
]


@pytest.mark.parametrize("sentence, numeral, direction, value, unit, approx, baseline", CHANGES)
def test_change(sentence: str, numeral: str, direction: str, value: float, unit: str, approx: str,
                baseline: str) -> None:
    f = covering(sentence, numeral)
    assert f.change is not None
    assert (f.change.direction, f.change.unit, f.change.approx, f.change.baseline) == \
        (direction, unit, approx, baseline)
    assert close(f.change.value, value)
    # the change is an attribute, not a figure of its own
    assert len(figures(sentence)) == 1


def test_change_in_percentage_points() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt 45%, tăng 12 điểm phần trăm so với năm 2022."
    f = covering(text, "45")
    assert f.change is not None
    assert (f.change.direction, f.change.value) == ("increase", 12)
    assert f.change.unit.startswith("điểm")
    assert len(figures(text)) == 1


def test_change_in_percentage_points_keeps_baseline() -> None:
    f = covering("Tỷ lệ hồ sơ trực tuyến đạt 45%, tăng 12 điểm phần trăm so với năm 2022.", "45")
    assert f.change is not None and f.change.baseline == "năm 2022"


def test_change_tang_gap_lan() -> None:
    text = "Lượng người dùng đạt 80.000 người, tăng gấp 3 lần so với năm trước."
    f = covering(text, "80.000")
    assert f.change is not None
    assert (f.change.direction, f.change.value, f.change.unit) == ("increase", 3, "lần")
    assert len(figures(text)) == 1


# == target ========================================================================================
def test_target_chi_tieu_la() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt 45% (chỉ tiêu năm 2023 là 40%)."
    f = covering(text, "45")
    assert f.target is not None
    assert (f.target.value, f.target.unit, f.target.met) == (40, "%", None)
    assert len(figures(text)) == 1


def test_target_with_own_unit() -> None:
    text = "Đã kích hoạt 300.000 tài khoản (chỉ tiêu được giao là 350.000 tài khoản)."
    f = covering(text, "300.000")
    assert f.target is not None and close(f.target.value, 350_000)
    assert len(figures(text)) == 1


def test_target_exceeded_is_met() -> None:
    text = "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 9,5%, vượt mục tiêu đề ra là 8%."
    f = covering(text, "9,5")
    assert f.target is not None
    assert (f.target.value, f.target.met) == (8, True)
    assert len(figures(text)) == 1


# == status ========================================================================================
STATUS = [
    ("Tổng thu ngân sách năm nay ước đạt 14.500 tỷ đồng.", "14.500", "estimate"),
    ("Số người dùng ước tính khoảng 1,2 triệu người.", "1,2", "estimate"),
    ("Năm 2024 dự kiến có 600 doanh nghiệp công nghệ số.", "600", "forecast"),
    ("Dự báo tăng trưởng GRDP năm tới đạt 7,5%.", "7,5", "forecast"),
    ("Mục tiêu đến năm 2025 là 100% xã có điểm phục vụ.", "100", "target"),
    ("Phấn đấu có 90% người dân sử dụng dịch vụ công trực tuyến.", "90", "target"),
    ("Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.", "30", "target"),
    ("Tính đến năm 2023, tỉnh đã có 80 xã đạt chuẩn.", "80", "actual"),
    ("Trong năm, tỉnh tiếp nhận 1.500 hồ sơ.", "1.500", "actual"),
    ("Tỉnh đạt 500 doanh nghiệp, dự kiến năm 2024 có 600 doanh nghiệp.", "500", "actual"),
    ("Tỉnh đạt 500 doanh nghiệp, dự kiến năm 2024 có 600 doanh nghiệp.", "600", "forecast"),
    pytest.param("Dự kiến năm 2024 có 600 doanh nghiệp; hiện nay tỉnh có 500 doanh nghiệp.", "500", "actual", id="status-leaks-past-semicolon"),
]


@pytest.mark.parametrize("sentence, numeral, status", STATUS)
def test_status(sentence: str, numeral: str, status: str) -> None:
    assert covering(sentence, numeral).status == status


def test_target_only_figure_is_still_a_figure() -> None:
    (f,) = figures("Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.")
    assert (f.kind, f.value, f.status) == ("percent", 30, "target")


# == never reported ================================================================================
NEVER = [
    # dates, years, months, quarters, periods, durations
    "Ngày 15/3/2023, UBND tỉnh tổ chức hội nghị sơ kết.",
    "Ngày 30 tháng 6 năm 2023, tỉnh tổ chức hội nghị.",
    "Nghị quyết được ban hành ngày 27-9-2019.",
    "Tính đến ngày 30/6, toàn tỉnh đã hoàn thành việc rà soát.",
    "Năm 2022 là năm bản lề của giai đoạn.",
    "Trong quý I/2023, tình hình kinh tế ổn định.",
    "Quý 3 năm 2023, tỉnh tổ chức nhiều hoạt động.",
    "Tháng 10/2023 tỉnh tổ chức ngày hội chuyển đổi số.",
    "Trong 6 tháng đầu năm, tỉnh đã triển khai nhiều giải pháp.",
    "Trong sáu tháng đầu năm 2023, tỉnh tập trung cải cách.",
    "Giai đoạn 2021-2025, tỉnh tập trung phát triển hạ tầng số.",
    "Nhiệm kỳ 2020 - 2025 đã hoàn thành nhiều chỉ tiêu.",
    "Sau 3 năm triển khai, mô hình đã phát huy hiệu quả.",
    # (a span a figure falls in says when; the length a course lasts is measured, tests/test_stop70_classes.py)
    "Trong đợt bồi dưỡng kéo dài 12 tuần, học viên học tập trung tại trường.",
    "Chiến dịch cao điểm “90 ngày, đêm” làm sạch dữ liệu dân cư.",
    # legal documents and names
    "UBND tỉnh ban hành Quyết định số 619/QĐ-UBND về chuyển đổi số.",
    "Thực hiện Nghị quyết số 52-NQ/TW của Bộ Chính trị.",
    "Theo Thông tư số 75/2022/TT-BTC của Bộ Tài chính.",
    "Các sở đã triển khai Kế hoạch 1949 trong toàn ngành.",
    "Tỉnh tiếp tục triển khai Đề án 06 của Chính phủ.",
    "Thực hiện Chỉ thị 01/CT-TTg của Thủ tướng Chính phủ.",
    "Nghị định 13/2023/NĐ-CP quy định về bảo vệ dữ liệu cá nhân.",
    "Theo Điều 5 của Luật Giao dịch điện tử.",
    "Đại hội XIII của Đảng đã đề ra nhiều chủ trương lớn.",
    "Thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương.",
    "Theo Kế hoạch số 28 của UBND tỉnh.",
    "Luật số 20/2023/QH15 có hiệu lực từ ngày 1/7/2024.",
    "Công điện số 1102/CĐ-TTg ngày 20/11/2023 của Thủ tướng.",
    # ordinal names, versions, service levels
    "Tại phiên họp thứ ba, Hội đồng nhân dân tỉnh đã thảo luận kỹ.",
    "Ban chỉ đạo tỉnh tổ chức phiên họp thứ 2 vào cuối tháng.",
    "Cuộc Cách mạng công nghiệp lần thứ 4 đang diễn ra mạnh mẽ.",
    "Đây là lần thứ năm tỉnh đăng cai sự kiện.",
    "Kỳ họp thứ 7 HĐND tỉnh khóa XVIII đã bế mạc.",
    "Nền kinh tế 4.0 mở ra nhiều cơ hội.",
    "Tỉnh cung cấp dịch vụ công trực tuyến mức độ 3, 4 cho người dân.",
    "Các tỉnh có dịch vụ công mức độ 4 được ưu tiên.",
    "Hệ thống đạt chuẩn an toàn thông tin cấp độ 3.",
    "Dịch COVID-19 được kiểm soát tốt.",
    "Mạng 5G đã phủ sóng khu trung tâm.",
    # phone numbers, times of day, addresses
    "Người dân có thể gọi đường dây nóng 0234 3822 111 để phản ánh.",
    "Vui lòng liên hệ số 0912.345.678 để được hỗ trợ.",
    "Hotline: 1900 5555",
    "Hội nghị khai mạc lúc 8h30 sáng nay.",
    "Phiên họp bắt đầu lúc 14:30 tại trụ sở.",
    "Bộ phận một cửa làm việc từ 7h30 đến 11h30.",
    "Văn phòng đặt tại số 12 đường Lê Lợi.",
    "Công trình nằm dọc Quốc lộ 1A.",
    # page furniture
    "Tổng truy cập 1.055.568",
    "Tổng truy cập: 1.055.568",
    "Truy cập hiện tại 312",
    "Lượt xem: 2.345",
    "0 bình luận",
    "0 Góp ý",
    pytest.param("Hội nghị bắt đầu lúc 7 giờ 30 phút sáng.", id="time-gio-phut"),
]


@pytest.mark.parametrize("text", NEVER)
def test_never_reported(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Ngày 8/8/2022, tại phiên họp thứ ba, Ủy ban đã thông qua 12 nghị quyết.", [12]),
    ("Theo Quyết định số 619/QĐ-UBND, năm 2023 tỉnh hỗ trợ 150 hộ nghèo.", [150]),
    ("Trong quý I/2023, tỉnh thu hút 25 dự án với tổng vốn 1.200 tỷ đồng.", [25, 1.2e12]),
    ("Sau 3 năm thực hiện Đề án 06, tỉnh đã cấp 520.000 thẻ căn cước.", [520_000]),
    ("Huyện có 18.400 tài khoản định danh điện tử mức độ 2 được kích hoạt.", [18_400]),
    ("Trong năm qua, cổng dịch vụ công ghi nhận hơn 9.350.000 lượt truy cập.", [9_350_000]),
])
def test_non_figures_beside_figures(sentence: str, expected: list[float]) -> None:
    assert values(sentence) == expected


def test_page_furniture_in_an_article() -> None:
    text = ("Trang chủ | Tin tức\n"
            "Tổng truy cập 1.055.568\n"
            "Truy cập hiện tại 2.526\n"
            "Năm 2023, tỉnh đã tiếp nhận 24.518 hồ sơ trực tuyến.\n"
            "0 bình luận\n")
    assert values(text) == [24518]


# == invariants over every sentence above ==========================================================
def _corpus() -> list[str]:
    rows: list[str] = []
    for table in (KINDS, UNITS, APPROX, TOTALS, ATTACHED, CHANGES, STATUS):
        for row in table:
            rows.append(row.values[0] if hasattr(row, "values") else row[0])
    return rows


CORPUS = _corpus()
ARTICLE = "\n".join(CORPUS)


def test_corpus_is_substantial() -> None:
    assert len(CORPUS) > 80


def test_spans_are_exact_substrings() -> None:
    doc = dtextract.extract(ARTICLE, published=PUBLISHED)
    assert len(doc.figures) >= len(CORPUS)
    for f in doc.figures:
        assert ARTICLE[f.start:f.end] == f.text
        assert f.text in f.sentence
        assert f.sentence in ARTICLE
        assert f.text == f.text.strip()


def test_sentence_field() -> None:
    text = "Năm 2023, TP. Hồ Chí Minh có 22 quận, huyện. Tỷ lệ đạt 98,5%.\nTheo ông Nguyễn Văn A., tỉnh có 45 xã."
    got = [(f.value, f.sentence) for f in figures(text)]
    assert got == [(22, "Năm 2023, TP. Hồ Chí Minh có 22 quận, huyện."), (98.5, "Tỷ lệ đạt 98,5%."),
                   (45, "Theo ông Nguyễn Văn A., tỉnh có 45 xã.")]


def test_figures_come_in_text_order() -> None:
    starts = [f.start for f in dtextract.extract(ARTICLE, published=PUBLISHED).figures]
    assert starts == sorted(starts)


def test_article_matches_sentence_by_sentence() -> None:
    """An article gives each sentence the figures it gives on its own (same text, same value)."""
    whole = [(f.text, f.value) for f in dtextract.extract(ARTICLE, published=PUBLISHED).figures]
    alone = [(f.text, f.value) for s in CORPUS for f in figures(s)]
    assert whole == alone


def test_deterministic() -> None:
    a = dtextract.extract(ARTICLE, published=PUBLISHED).model_dump_json()
    b = dtextract.extract(ARTICLE, published=PUBLISHED).model_dump_json()
    assert a == b


def test_offsets_refer_to_nfc_text() -> None:
    nfc = "Sở đã tiếp nhận 45.210 hồ sơ, tăng 18,5% so với cùng kỳ năm trước.\nToàn tỉnh có 1.236 doanh nghiệp."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    got = dtextract.extract(nfd, published=PUBLISHED).figures
    assert [(f.text, f.start, f.end, f.value) for f in got] == \
        [(f.text, f.start, f.end, f.value) for f in figures(nfc)]
    for f in got:
        assert nfc[f.start:f.end] == f.text


def test_offsets_after_crlf() -> None:
    text = "Dòng đầu.\r\nToàn tỉnh có 1.236 doanh nghiệp.\r\n"
    (f,) = dtextract.extract(text).figures
    norm = text.replace("\r\n", "\n")
    assert norm[f.start:f.end] == f.text == "1.236 doanh nghiệp"


@pytest.mark.parametrize("text, numeral, value, unit", [
    ("Tỷ lệ bao phủ đạt 55,32\u00a0%.", "55,32", 55.32, "%"),
    ("Có hơn\u00a02,1\u00a0triệu tài khoản.", "2,1", 2_100_000, "tài khoản"),
    ("Có 2,1\u202ftriệu tài khoản được kích hoạt.", "2,1", 2_100_000, "tài khoản"),
    ("Tiếp nhận\u202f１２.５００ hồ sơ trực tuyến.", "１２.５００", 12_500, "hồ sơ"),
    ("Tỷ lệ bao phủ đạt ５５，３２％.", "５５，３２", 55.32, "%"),
])
def test_odd_spaces_and_full_width_digits(text: str, numeral: str, value: float, unit: str) -> None:
    f = covering(text, numeral)
    assert close(f.value, value)
    assert f.unit == unit
    assert text[f.start:f.end] == f.text


def test_qualifier_after_non_breaking_space() -> None:
    assert covering("Có hơn\u00a02,1\u00a0triệu tài khoản.", "2,1").approx == "over"


# == odd input =====================================================================================
NASTY = [
    "", " ", "\n\n\n", "...,,,;;;", "%%%%", "1.1.1.1 " * 200, "tăng tăng tăng", "tăng " * 300,
    "1," * 2000, "/" * 100, "1/" * 300, "-" * 300, "từ đến", "từ 1 đến", "1-", "-1-", "1–",
    "\u00a0\u202f", "１２３４５６７８９０", "\x00\x01 12 hộ", "🙂 12 hộ 🙂", "12 % % %", "(((12 hộ",
    "trong đó trong đó 5 hộ", "so với so với 5%", "hàng hàng hàng chục", "mươi mươi", "tỷ tỷ tỷ",
    "a" * 5000 + " 12 hộ",
    "Có 300 hộ, tăng 5% so với năm 2022, đạt 60% kế hoạch; " * 300,   # a very long line
]


@pytest.mark.parametrize("text", NASTY, ids=lambda t: repr(t[:20]))
def test_odd_input_never_raises(text: str) -> None:
    doc = dtextract.extract(text)
    norm = unicodedata.normalize("NFC", text)
    for f in doc.figures:
        assert norm[f.start:f.end] == f.text


def test_very_long_line_finds_every_figure() -> None:
    text = "Có 300 hộ, tăng 5% so với năm 2022, đạt 60% kế hoạch; " * 300
    figs = figures(text)
    assert len(figs) == 300
    assert all(f.value == 300 and f.change is not None and close(f.percent, 60) for f in figs)


def test_long_digit_run_never_raises() -> None:
    dtextract.extract("1" * 12_000)


def test_values_are_finite() -> None:
    doc = dtextract.extract("Tỷ lệ đạt " + "9" * 400 + "%.")
    assert all(math.isfinite(f.value) for f in doc.figures)


def test_a_whole_said_again_with_its_number_is_no_figure_of_its_own() -> None:
    from dtextract import api
    doc = api.parse_text("Lực lượng chức năng giải cứu 47 nạn nhân. Trong số 47 nạn nhân, có 31 phụ nữ và 16 trẻ em.")
    assert [f.value for f in doc.figures] == [47, 31, 16]
    assert [f.total for f in doc.figures[1:]] == [47, 47]
    # a set named only there still is a figure
    doc = api.parse_text("Trong 25 chỉ tiêu chủ yếu, có 24 chỉ tiêu đạt và vượt kế hoạch.")
    assert 25 in [f.value for f in doc.figures]


def test_bare_numbers_after_a_colon_that_add_up_to_a_count_before_it_are_its_parts() -> None:
    """`212 vận động viên tại 3 tuyến: đội tuyển 46, trẻ 71, năng khiếu 95`: each item a label and a bare number, the
    numbers adding up to the athletes (not to the tiers): each counts athletes, of that whole. When they do not add up,
    nothing says what they count."""
    doc = dtextract.extract("Hiện tỉnh đang đào tạo 212 vận động viên tại 3 tuyến: đội tuyển 46, trẻ 71, "
                            "năng khiếu 95.")
    parts = {f.text: f for f in doc.figures if f.text in ("46", "71", "95")}
    assert sorted(parts) == ["46", "71", "95"]
    assert {(f.unit, f.kind, f.total) for f in parts.values()} == {("vận động viên", "count", 212)}
    other = dtextract.extract("Tỉnh có 212 vận động viên tại 3 tuyến: đội tuyển 46, trẻ 71, năng khiếu 90.")
    assert [f.text for f in other.figures] == ["212 vận động viên", "3 tuyến"]


def test_a_bare_number_after_a_label_that_names_what_it_counts():
    """`số phiếu phát ra 60, số phiếu thu về 60`: a clause that is only `số …` and the number, with no verb to link
    them, counts what the label names; the subject is the things, not `số`."""
    doc = dtextract.extract("Có 60/62 đại biểu tham gia bỏ phiếu; số phiếu phát ra 60, số phiếu thu về 58.")
    got = {f.text: (f.unit, f.subject) for f in doc.figures}
    assert got["60"] == ("phiếu", "phiếu phát ra") and got["58"] == ("phiếu", "phiếu thu về")


def test_things_counted_are_no_change_of_a_share() -> None:
    """`đưa tỷ lệ hộ nghèo xuống dưới 2%, giảm ít nhất 1.500 hộ nghèo`: a share changes in points or percent; the
    households are a figure of their own (a change in points still is the share's)."""
    doc = dtextract.extract("Năm 2024, tỉnh phấn đấu đưa tỷ lệ hộ nghèo xuống dưới 2%, giảm ít nhất 1.500 hộ "
                            "nghèo. Tỷ lệ hộ nghèo còn 3,1%, giảm 0,8 điểm phần trăm.", published="2024-03-01")
    by_value = {f.value: f for f in doc.figures}
    assert by_value[2].change is None and by_value[1500].unit == "hộ nghèo"
    assert by_value[1500].approx == "at_least"
    assert by_value[3.1].change is not None and by_value[3.1].change.value == 0.8


def test_a_share_after_a_threshold_that_says_which_things_are_counted_is_the_counts() -> None:
    """`3.100 doanh nghiệp có quy mô vốn dưới 10 tỷ đồng, chiếm 73,8%`: the threshold says which firms are counted,
    the share is of the count; the amount things come with (`với hơn 1,5 triệu tín đồ, chiếm 78%`) keeps its own."""
    doc = dtextract.extract("Năm 2024, 4.200 doanh nghiệp giải thể, trong đó 3.100 doanh nghiệp có quy mô vốn dưới "
                            "10 tỷ đồng, chiếm 73,8%. Tỉnh có 9 tôn giáo với hơn 1,5 triệu tín đồ, chiếm 78% dân số.")
    by_text = {f.text: f for f in doc.figures}
    assert by_text["3.100 doanh nghiệp"].percent == 73.8 and by_text["10 tỷ đồng"].percent is None
    assert by_text["1,5 triệu tín đồ"].percent == 78 and by_text["9 tôn giáo"].percent is None


def test_the_bracket_after_an_item_a_list_names_is_the_items() -> None:
    """`Hai địa phương có chỉ số giảm là Hà Tĩnh (giảm 5,2%) và Quảng Bình (giảm 1,1%)`: the count of places has no
    change; each place's bracket is its own figure."""
    doc = dtextract.extract("Hai địa phương có chỉ số giảm là Hà Tĩnh (giảm 5,2%) và Quảng Bình (giảm 1,1%).")
    by_text = {f.text: f for f in doc.figures}
    assert by_text["Hai địa phương"].change is None
    assert by_text["5,2%"].location == "Hà Tĩnh"


def test_the_bracket_after_a_named_item_is_its_figure_not_a_share_of_the_count() -> None:
    """`Ba bộ dẫn đầu là Ngân hàng Nhà nước Việt Nam (91,98%)`: the percent is the named item's, a figure of its own."""
    text = "Ba bộ dẫn đầu là Ngân hàng Nhà nước Việt Nam (91,98%), Bộ Tư pháp (90,23%) và Bộ Tài chính (89,81%)."
    assert covering(text, "Ba bộ").percent is None
    assert covering(text, "91,98").value == 91.98
