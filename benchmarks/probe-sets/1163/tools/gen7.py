"""p1163-7: department site (Sở Công Thương Quảng Trị), no dateline, boilers switched to biomass; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Doanh nghiệp chuyển đổi lò hơi sang nhiên liệu sinh khối

Đến hết năm 2023, trên địa bàn tỉnh có 37 doanh nghiệp sử dụng lò hơi công nghiệp, trong đó 29 doanh nghiệp đã chuyển từ than đá sang đốt viên nén gỗ, trấu và mùn cưa. Chi phí nhiên liệu của các doanh nghiệp chuyển đổi giảm bình quân 15-20%, lượng phát thải CO2 giảm khoảng 46.000 tấn/năm.

Khối lượng nhiên liệu sinh khối các doanh nghiệp sử dụng:
Đơn vị tính: tấn
Loại nhiên liệu
Năm 2022
Năm 2023
Kế hoạch 2024
Viên nén gỗ
18.600
24.300
28.000
Trấu, củi trấu
9.400
11.200
12.500
Mùn cưa, dăm gỗ
7.800
8.900
9.500
Tổng số
35.800
44.400
50.000

Giá viên nén gỗ tiêu thụ trong tỉnh hiện khoảng 2,8-3 triệu đồng/tấn, thấp hơn khoảng 25% so với than cám có cùng nhiệt lượng. Năm 2024, Sở phấn đấu hỗ trợ thêm ít nhất 5 doanh nghiệp chuyển đổi lò hơi. Mức hỗ trợ tối đa 300 triệu đồng/doanh nghiệp cho chi phí tư vấn, lắp đặt.

Bài viết liên quan:
- Hội nghị tập huấn sử dụng năng lượng tiết kiệm lần thứ 5
- Kiểm tra an toàn lò hơi tại Khu công nghiệp Nam Đông Hà

SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ
Địa chỉ: 204 Hùng Vương, TP Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.457
Tổng lượt truy cập: 2.036.914 | Đang truy cập: 41
"""

ASOF = P("Đến hết năm 2023", None, "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "tấn",
             subject=f"khối lượng nhiên liệu sinh khối {row.lower()} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", subject="doanh nghiệp sử dụng lò hơi công nghiệp",
      period=ASOF),
    F("29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=37,
      subject="doanh nghiệp đã chuyển từ than đá sang đốt viên nén gỗ, trấu và mùn cưa", period=ASOF),
    F("bình quân 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="chi phí nhiên liệu của các doanh nghiệp chuyển đổi giảm bình quân", period=I(ASOF)),
    F("khoảng 46.000 tấn/năm", "46.000", 46000, "measure", "tấn/năm", approx="about",
      subject="lượng phát thải CO2 giảm", period=I(ASOF)),
    cell("Viên nén gỗ\n18.600", "18.600", 18600, "Viên nén gỗ", "Năm 2022"),
    cell("18.600\n24.300", "24.300", 24300, "Viên nén gỗ", "Năm 2023"),
    cell("24.300\n28.000", "28.000", 28000, "Viên nén gỗ", "Kế hoạch 2024"),
    cell("Trấu, củi trấu\n9.400", "9.400", 9400, "Trấu, củi trấu", "Năm 2022"),
    cell("9.400\n11.200", "11.200", 11200, "Trấu, củi trấu", "Năm 2023"),
    cell("11.200\n12.500", "12.500", 12500, "Trấu, củi trấu", "Kế hoạch 2024"),
    cell("dăm gỗ\n7.800", "7.800", 7800, "Mùn cưa, dăm gỗ", "Năm 2022"),
    cell("7.800\n8.900", "8.900", 8900, "Mùn cưa, dăm gỗ", "Năm 2023"),
    cell("8.900\n9.500", "9.500", 9500, "Mùn cưa, dăm gỗ", "Kế hoạch 2024"),
    cell("Tổng số\n35.800", "35.800", 35800, "Tổng số", "Năm 2022"),
    cell("35.800\n44.400", "44.400", 44400, "Tổng số", "Năm 2023"),
    cell("44.400\n50.000", "50.000", 50000, "Tổng số", "Kế hoạch 2024"),
    F("khoảng 2,8-3 triệu", "2,8", 2.8e6, "money", "đồng/tấn", value_max=3e6, approx="about",
      change=C("decrease", 25, "%", "than cám có cùng nhiệt lượng", approx="about"),
      subject="giá viên nén gỗ tiêu thụ trong tỉnh"),
    F("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp được hỗ trợ chuyển đổi lò hơi", period=Y24),
    F("tối đa 300 triệu", "300", 300e6, "money", "đồng/doanh nghiệp", approx="at_most",
      subject="mức hỗ trợ chi phí tư vấn, lắp đặt"),
]

NOTES = [
    "Department site (Sở Công Thương Quảng Trị): no dateline (published null); menu, related links, address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are fuel types, columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target).",
    "Cell subject = caption indicator + row label + column label; period from the column header (scored). 'Tổng số' row is its own figures.",
    "'giảm bình quân 15-20%' is a rate standing as the claim: percent figure, range, no change object.",
    "'thấp hơn khoảng 25% so với than cám' is the change of the price range before it.",
    "Distractors: 'CO2', '204 Hùng Vương', phone 0233.3852.457, 'Tổng lượt truy cập: 2.036.914', 'Đang truy cập: 41', 'lần thứ 5' (ordinal in a link title).",
    "The support ceiling 'Mức hỗ trợ tối đa 300 triệu đồng/doanh nghiệp' is a standing rule in its own sentence: actual, no period.",
]

if __name__ == "__main__":
    write("p1163-7", TEXT, NOTES, FIGS, published=None, location="Quảng Trị")
