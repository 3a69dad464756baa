"""p876-7: department site (Sở Tư pháp Bến Tre), no dateline, one-cell-per-line table of court mediation."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TƯ PHÁP TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Phổ biến giáo dục pháp luật | Liên hệ

Hòa giải tại Tòa án góp phần giữ gìn hạnh phúc gia đình

Theo số liệu của Tòa án nhân dân tỉnh, trong 9 tháng đầu năm 2024, các Trung tâm hòa giải, đối thoại tại Tòa án trong tỉnh đã nhận 1.274 đơn về hôn nhân và gia đình, trong đó hòa giải thành 756 đơn, đạt 59,3%. Nhiều cặp vợ chồng đã đoàn tụ sau khi được hòa giải viên phân tích thiệt hơn; riêng huyện Mỏ Cày Nam có 38 cặp vợ chồng rút đơn ly hôn.

Kết quả hòa giải các vụ việc hôn nhân và gia đình tại Tòa án:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Đơn chuyển sang hòa giải (đơn)
1.426
1.588
1.700
Hòa giải thành (vụ việc)
812
937
1.020
Tỷ lệ hòa giải thành (%)
56,9
59,0
60,0

Hiện tỉnh có 42 hòa giải viên tại Tòa án, bình quân mỗi hòa giải viên chủ trì khoảng 3 phiên hòa giải/tuần. Năm 2023, Sở Tư pháp phối hợp với Tòa án tổ chức 27 lớp tập huấn cho hơn 1.600 hòa giải viên ở cơ sở, tổng kinh phí gần 410 triệu đồng.

Theo Thông tư số 04/2023/TT-BTP, thù lao hòa giải viên ở cơ sở tối đa 400.000 đồng/vụ việc. Thời gian tới, Sở tiếp tục tham mưu UBND tỉnh thực hiện Kế hoạch số 3125/KH-UBND, phấn đấu đến năm 2025 tỷ lệ hòa giải thành ở cơ sở đạt từ 85% trở lên.

SỞ TƯ PHÁP TỈNH BẾN TRE
Địa chỉ: Số 17, đường Cách Mạng Tháng Tám, Phường 3, TP Bến Tre
Điện thoại: 0275.3822.465 - Email: stp@bentre.gov.vn
Tổng lượt truy cập: 1.284.906
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def col(anchor, number, value, unit, kind, subject, period, target=False):
    kw = {"status": "target"} if target else {}
    return F(anchor, number, value, kind, unit, subject, period, **kw)


FIGS = [
    F("nhận 1.274 đơn", "1.274", 1274, "count", "đơn", "đơn về hôn nhân và gia đình Trung tâm hòa giải, đối thoại nhận", N9),
    F("hòa giải thành 756 đơn", "756", 756, "count", "đơn", "đơn hòa giải thành", N9, total=1274, percent=59.3),
    F("có 38 cặp", "38", 38, "count", "cặp", "cặp vợ chồng rút đơn ly hôn", I(N9), location="Mỏ Cày Nam"),
    col("(đơn)\n1.426", "1.426", 1426, "đơn", "count", "đơn chuyển sang hòa giải", Y22),
    col("1.426\n1.588", "1.588", 1588, "đơn", "count", "đơn chuyển sang hòa giải", Y23),
    col("1.588\n1.700", "1.700", 1700, "đơn", "count", "đơn chuyển sang hòa giải", K24, True),
    col("(vụ việc)\n812", "812", 812, "vụ việc", "count", "vụ việc hòa giải thành", Y22),
    col("812\n937", "937", 937, "vụ việc", "count", "vụ việc hòa giải thành", Y23),
    col("937\n1.020", "1.020", 1020, "vụ việc", "count", "vụ việc hòa giải thành", K24, True),
    col("(%)\n56,9", "56,9", 56.9, "%", "percent", "tỷ lệ hòa giải thành", Y22),
    col("56,9\n59,0", "59,0", 59.0, "%", "percent", "tỷ lệ hòa giải thành", Y23),
    col("59,0\n60,0", "60,0", 60.0, "%", "percent", "tỷ lệ hòa giải thành", K24, True),
    F("có 42 hòa giải viên", "42", 42, "count", "hòa giải viên", "hòa giải viên tại Tòa án"),
    F("khoảng 3 phiên", "3", 3, "measure", "phiên hòa giải/tuần", "số phiên hòa giải mỗi hòa giải viên chủ trì",
      approx="about"),
    F("tổ chức 27 lớp", "27", 27, "count", "lớp tập huấn", "lớp tập huấn cho hòa giải viên ở cơ sở", Y23),
    F("hơn 1.600 hòa giải viên", "1.600", 1600, "count", "hòa giải viên", "hòa giải viên ở cơ sở được tập huấn", Y23,
      approx="over"),
    F("gần 410 triệu đồng", "410", 410e6, "money", "đồng", "tổng kinh phí tập huấn", Y23, approx="nearly"),
    F("tối đa 400.000 đồng/vụ việc", "400.000", 400000, "money", "đồng/vụ việc", "thù lao hòa giải viên ở cơ sở",
      approx="at_most"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ hòa giải thành ở cơ sở", P("đến năm 2025", None, "2025-12-31"),
      approx="at_least", status="target"),
]

NOTES = [
    "Department site (Sở Tư pháp Bến Tre): no dateline, footer with address (Cách Mạng Tháng Tám, Phường 3), phone and",
    "'Tổng lượt truy cập: 1.284.906'. One-cell-per-line table: header cells, then each row label and its three cells;",
    "the period of each cell is its column header (Năm 2022, Năm 2023, Kế hoạch 2024 -> status target); units from the row label.",
    "Cells get no totals. Thông tư số 04/2023/TT-BTP and Kế hoạch số 3125/KH-UBND are identifiers.",
    "'trong đó hòa giải thành 756 đơn, đạt 59,3%' -> total 1.274, percent 59,3.",
]

if __name__ == "__main__":
    write("p876-7", TEXT, FIGS, NOTES, published=None, location="Bến Tre")
