"""p1106-3: UBND tỉnh Thanh Hóa formal report, 9 months 2023, ports; flattened | table by locality."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH THANH HÓA
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 06 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động các cảng cá, bến cá 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tàu cá và sản lượng qua cảng
Trong 9 tháng năm 2023, các cảng cá trên địa bàn tỉnh đã tiếp nhận 31.564 lượt tàu cập cảng, tăng 4,8% so với cùng kỳ; sản lượng thủy sản bốc dỡ qua cảng đạt 58.920 tấn, đạt 78,6% kế hoạch năm. Kết quả cụ thể theo địa phương:

Đơn vị tính: lượt tàu; tấn; triệu đồng
Địa phương | Lượt tàu cập cảng | Sản lượng qua cảng | Thu phí, giá dịch vụ
Sầm Sơn | 11.208 | 19.460 | 2.315
Nghi Sơn | 8.736 | 17.250 | 1.980
Hậu Lộc | 6.915 | 12.840 | 1.126
Hoằng Hóa | 4.705 | 9.370 | 742
Tổng cộng | 31.564 | 58.920 | 6.163

2. Cơ sở hậu cần nghề cá
Toàn tỉnh hiện có 27 cơ sở sản xuất nước đá, tổng công suất khoảng 2.600 tấn/ngày, đáp ứng trên 90% nhu cầu của tàu cá; 3 chợ đầu mối thủy sản với trên 1.200 tiểu thương. Giá nước đá bình quân 1.200-1.400 đồng/kg, ổn định so với cùng kỳ.

3. Công tác quản lý
Đã kiểm tra 1.417 lượt tàu xuất, nhập bến theo Thông tư số 01/2022/TT-BNNPTNT; phát hiện, xử lý 23 trường hợp vi phạm, phạt tiền 312 triệu đồng. Tỷ lệ tàu cá từ 15 m trở lên lắp thiết bị giám sát hành trình đạt 97,8%.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 sản lượng qua cảng đạt 75.000 tấn; dự kiến quý IV tiếp nhận khoảng 9.500 lượt tàu. Hoàn thành nâng cấp cảng cá Lạch Bạng giai đoạn 2 với tổng mức đầu tư 96,5 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
TAB = I(M9)  # the table's period stands in the lead sentence above it
rows = [("Sầm Sơn", "11.208", "19.460", "2.315"), ("Nghi Sơn", "8.736", "17.250", "1.980"),
        ("Hậu Lộc", "6.915", "12.840", "1.126"), ("Hoằng Hóa", "4.705", "9.370", "742")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("tiếp nhận 31.564 lượt tàu", "31.564", 31564, "count", "lượt tàu", "lượt tàu cập cảng", M9,
      change=C("increase", 4.8, "%", "cùng kỳ")),
    F("đạt 58.920 tấn", "58.920", 58920, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", M9, percent=78.6),
]
for place, a, b, c in rows:
    line = f"{place} | {a} | {b} | {c}"
    FIGS += [
        F(f"{place} | {a}", a, num(a), "count", "lượt tàu", "lượt tàu cập cảng", TAB, location=place),
        F(f"{a} | {b} |", b, num(b), "measure", "tấn", "sản lượng qua cảng", TAB, location=place),
        F(f"{b} | {c}", c, num(c) * 1e6, "money", "đồng", "thu phí, giá dịch vụ", TAB, location=place),
    ]
FIGS += [
    F("Tổng cộng | 31.564", "31.564", 31564, "count", "lượt tàu", "tổng cộng lượt tàu cập cảng", TAB),
    F("| 58.920 |", "58.920", 58920, "measure", "tấn", "tổng cộng sản lượng qua cảng", TAB),
    F("| 6.163", "6.163", 6163e6, "money", "đồng", "tổng cộng thu phí, giá dịch vụ", TAB),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất nước đá"),
    F("khoảng 2.600 tấn/ngày", "2.600", 2600, "measure", "tấn/ngày", "tổng công suất cơ sở sản xuất nước đá",
      approx="about"),
    F("trên 90% nhu cầu", "90", 90, "percent", "%", "tỷ lệ đáp ứng nhu cầu nước đá của tàu cá", approx="over"),
    F("3 chợ đầu mối", "3", 3, "count", "chợ đầu mối", "chợ đầu mối thủy sản"),
    F("trên 1.200 tiểu thương", "1.200", 1200, "count", "tiểu thương", "tiểu thương tại chợ đầu mối thủy sản",
      approx="over"),
    F("1.200-1.400 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá nước đá bình quân", value_max=1400),
    F("kiểm tra 1.417 lượt tàu", "1.417", 1417, "count", "lượt tàu", "lượt tàu xuất, nhập bến được kiểm tra", I(M9)),
    F("xử lý 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", I(M9)),
    F("312 triệu đồng", "312", 312e6, "money", "đồng", "tiền phạt vi phạm", I(M9)),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu cá", approx="at_least", optional=True),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ tàu cá từ 15 m trở lên lắp thiết bị giám sát hành trình"),
    F("đạt 75.000 tấn", "75.000", 75000, "measure", "tấn", "sản lượng qua cảng",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("khoảng 9.500 lượt tàu", "9.500", 9500, "count", "lượt tàu", "lượt tàu tiếp nhận",
      P("quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
    F("96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "tổng mức đầu tư nâng cấp cảng cá Lạch Bạng giai đoạn 2"),
]

COMMENTS = [
    "UBND tỉnh Thanh Hóa, Báo cáo số 318/BC-UBND: hoạt động các cảng cá, bến cá 9 tháng năm 2023 (flattened '|' table by locality).",
    "Table: 'Đơn vị tính: lượt tàu; tấn; triệu đồng' gives each column its unit (triệu đồng x10^6). Row labels are places (location);",
    "the 'Tổng cộng' row is a figure of its own (Thanh Hóa); cells carry no totals. Table period comes from the lead sentence above (inherited).",
    "Not figures: 'Số: 318/BC-UBND', letterhead date, section numbers I./1./2./3./II., 'Thông tư số 01/2022/TT-BNNPTNT',",
    "'giai đoạn 2' (phase label), heading 'QUÝ IV/2023'. 'đáp ứng trên 90% nhu cầu' is a share of demand, not of the 2.600 tấn/ngày: own figure.",
    "Sections 2 and 3 of a 9-month report: section 3 counts (inspections, violations) inherit '9 tháng năm 2023'; section 2 stocks ('hiện có') get no period.",
]

if __name__ == "__main__":
    build("p1106-3", TEXT, FIGS, COMMENTS, published="2023-10-06", location="Thanh Hóa")
