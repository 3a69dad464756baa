"""p1173-7: department site (Sở Xây dựng Bình Dương), no dateline, one-cell-per-line table in nghìn m3."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Vật liệu xây dựng | Liên hệ

Cung ứng đá xây dựng cho các công trình trọng điểm

Bình Dương hiện có 11 mỏ đá xây dựng đang khai thác, tập trung tại TP Dĩ An, TP Tân Uyên và huyện Bắc Tân Uyên, tổng diện tích khoảng 690 ha. Năm 2024, sản lượng đá các loại đạt 9,6 triệu m3, vượt 4,3% kế hoạch, trong đó khoảng 35% được cung cấp cho các tỉnh lân cận và TP Hồ Chí Minh.

Sản lượng đá xây dựng khai thác theo chủng loại
Đơn vị tính: nghìn m3
Chủng loại
Năm 2023
Năm 2024
Kế hoạch 2025
Đá 1x2
4.120
4.360
4.500
Đá 0x4
2.870
3.050
3.200
Đá 4x6
1.240
1.180
1.200
Đá hộc
960
1.010
1.100
Tổng số
9.190
9.600
10.000

Giá bán đá 1x2 tại mỏ bình quân 335.000 đồng/m3 (chưa gồm thuế VAT), tăng 15.000 đồng/m3 so với cuối năm 2023. Các doanh nghiệp khai thác sử dụng khoảng 1.450 lao động; nộp ngân sách năm 2024 hơn 1.120 tỷ đồng. Trong quý I/2025, sản lượng khai thác đạt 2,38 triệu m3, bằng 23,8% kế hoạch năm.

Tỉnh phấn đấu đến năm 2030 đóng cửa, hoàn nguyên ít nhất 4 mỏ đá trong khu vực đô thị TP Dĩ An.

Bài viết liên quan:
- Tập huấn an toàn vật liệu nổ công nghiệp lần thứ 5
- Công bố giá vật liệu xây dựng tháng 02/2025

SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 8, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.349
Tổng lượt truy cập: 3.204.517 | Đang trực tuyến: 57
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
T30 = P("đến năm 2030", None, "2030-12-31")
COLS = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value * 1000, "measure", "m3",
             subject=f"sản lượng {row.lower()} khai thác {col.lower()}", period=COLS[col], **kw)


FIGS = [
    F("có 11 mỏ", "11", 11, "count", "mỏ", subject="mỏ đá xây dựng đang khai thác"),
    F("khoảng 690 ha", "690", 690, "measure", "ha", approx="about",
      subject="tổng diện tích các mỏ đá xây dựng đang khai thác"),
    F("đạt 9,6 triệu", "9,6", 9600000, "measure", "m3",
      change=C("increase", 4.3, "%", "kế hoạch"), subject="sản lượng đá các loại", period=Y24),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ đá được cung cấp cho các tỉnh lân cận và TP Hồ Chí Minh", period=Y24),
    cell("1x2\n4.120", "4.120", 4120, "Đá 1x2", "Năm 2023"),
    cell("4.120\n4.360", "4.360", 4360, "Đá 1x2", "Năm 2024"),
    cell("4.360\n4.500", "4.500", 4500, "Đá 1x2", "Kế hoạch 2025"),
    cell("0x4\n2.870", "2.870", 2870, "Đá 0x4", "Năm 2023"),
    cell("2.870\n3.050", "3.050", 3050, "Đá 0x4", "Năm 2024"),
    cell("3.050\n3.200", "3.200", 3200, "Đá 0x4", "Kế hoạch 2025"),
    cell("4x6\n1.240", "1.240", 1240, "Đá 4x6", "Năm 2023"),
    cell("1.240\n1.180", "1.180", 1180, "Đá 4x6", "Năm 2024"),
    cell("1.180\n1.200", "1.200", 1200, "Đá 4x6", "Kế hoạch 2025"),
    cell("hộc\n960", "960", 960, "Đá hộc", "Năm 2023"),
    cell("960\n1.010", "1.010", 1010, "Đá hộc", "Năm 2024"),
    cell("1.010\n1.100", "1.100", 1100, "Đá hộc", "Kế hoạch 2025"),
    cell("số\n9.190", "9.190", 9190, "tổng số", "Năm 2023"),
    cell("9.190\n9.600", "9.600", 9600, "tổng số", "Năm 2024"),
    cell("9.600\n10.000", "10.000", 10000, "tổng số", "Kế hoạch 2025"),
    F("bình quân 335.000 đồng", "335.000", 335000, "money", "đồng/m3",
      change=C("increase", 15000, "đồng/m3", "cuối năm 2023"), subject="giá bán đá 1x2 tại mỏ bình quân"),
    F("khoảng 1.450 lao động", "1.450", 1450, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp khai thác sử dụng"),
    F("hơn 1.120 tỷ", "1.120", 1120000000000, "money", "đồng", approx="over",
      subject="nộp ngân sách của các doanh nghiệp khai thác", period=Y24b),
    F("đạt 2,38 triệu", "2,38", 2380000, "measure", "m3", percent=23.8,
      subject="sản lượng khai thác", period=Q1),
    F("ít nhất 4 mỏ", "4", 4, "count", "mỏ", approx="at_least", status="target",
      subject="mỏ đá trong khu vực đô thị đóng cửa, hoàn nguyên", period=T30, location="Dĩ An"),
]

NOTES = [
    "Department site (Sở Xây dựng Bình Dương) with NO dateline: published absent. Menu, related links, footer address, phone, counters.",
    "Distractors: row labels 'Đá 1x2', 'Đá 0x4', 'Đá 4x6' (stone sizes), 'lần thứ 5', 'tháng 02/2025' (a link title), 'Tầng 8', phone,",
    "'Tổng lượt truy cập: 3.204.517', 'Đang trực tuyến: 57', 'VAT'.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m3' -> every cell x1000, unit m3; subject = caption indicator + row + column label;",
    "periods from the column headers (scored); 'Kế hoạch 2025' -> target. The 'Tổng số' row is its own figures; cells get no total.",
    "'vượt 4,3% kế hoạch' is a change with baseline 'kế hoạch'. 'trong đó khoảng 35% được cung cấp ...' is a percent figure of its own.",
    "'tăng 15.000 đồng/m3 so với cuối năm 2023' -> change of the price (no period for a current price). 'bằng 23,8% kế hoạch năm' -> percent.",
    "'đóng cửa ... ít nhất 4 mỏ đá trong khu vực đô thị TP Dĩ An' -> location Dĩ An, target to 2030.",
]

if __name__ == "__main__":
    write("p1173-7", TEXT, NOTES, FIGS, location="Bình Dương")
