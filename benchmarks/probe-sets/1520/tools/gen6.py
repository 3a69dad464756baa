"""p1520-6: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table with a place column."""
from lib import F, P, year, inh, ch, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp

Khung tranh, khung ảnh gỗ Đồng Nai giữ đà tăng trưởng xuất khẩu

Năm 2023, kim ngạch xuất khẩu khung tranh, khung ảnh bằng gỗ của Đồng Nai đạt 127,5 triệu USD, tăng 6,4% so với năm 2022, xếp thứ 2 cả nước sau Bình Dương. Hiện toàn tỉnh có 58 doanh nghiệp sản xuất, trong đó 23 doanh nghiệp có vốn đầu tư nước ngoài.

Doanh nghiệp, lao động và sản lượng khung tranh, khung ảnh theo địa bàn
Địa bàn
Số doanh nghiệp
Lao động (người)
Sản lượng năm 2023 (nghìn sản phẩm)
TP Biên Hòa
12
2.140
3.860
Huyện Trảng Bom
19
4.350
7.920
Huyện Vĩnh Cửu
8
1.270
2.150
Huyện Thống Nhất
11
1.960
3.410
Các địa bàn khác
8
890
1.460
Tổng số
58
10.610
18.800

Quý I/2024, kim ngạch xuất khẩu nhóm hàng này đạt 34,2 triệu USD, tăng 11,8% so với cùng kỳ. Giá thanh nẹp gỗ cao su thành phẩm hiện từ 42.000 đến 55.000 đồng/mét. Năm 2024, ngành phấn đấu kim ngạch đạt 140 triệu USD; mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên liệu đạt 80%.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu hàng hóa năm 2024
- Triển lãm quốc tế đồ gỗ và mỹ nghệ VIFA EXPO 2024

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.519 | Lượt truy cập: 1.904.337
"""

Y23 = year("Năm 2023", 2023)
S23 = year("Sản lượng năm 2023", 2023)
ROWS = [("TP Biên Hòa", "Biên Hòa", ["12", "2.140", "3.860"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["19", "4.350", "7.920"]),
        ("Huyện Vĩnh Cửu", "Vĩnh Cửu", ["8", "1.270", "2.150"]),
        ("Huyện Thống Nhất", "Thống Nhất", ["11", "1.960", "3.410"]),
        ("Các địa bàn khác", "Đồng Nai", ["8", "890", "1.460"]),
        ("Tổng số", "Đồng Nai", ["58", "10.610", "18.800"])]


def cells():
    out = []
    for label, place, (dn, ld, sl) in ROWS:
        tail = "" if place != "Đồng Nai" else (" các địa bàn khác" if label.startswith("Các") else " tổng số")
        out.append(F(f"{label}\n{dn}\n", dn, float(dn), "count", "doanh nghiệp",
                     subject="số doanh nghiệp" + tail, location=place))
        out.append(F(f"{dn}\n{ld}\n", ld, float(ld.replace(".", "")), "count", "người",
                     subject="lao động" + tail, location=place))
        out.append(F(f"{ld}\n{sl}\n", sl, float(sl.replace(".", "")) * 1e3, "count", "sản phẩm",
                     subject="sản lượng năm 2023" + tail, period=S23, location=place))
    return out


FIGS = [
    F("đạt 127,5 triệu", "127,5", 127.5e6, "money", "USD", change=ch("increase", 6.4, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu khung tranh, khung ảnh bằng gỗ", period=Y23),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu khung tranh, khung ảnh bằng gỗ",
      period=Y23),
    F("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất"),
    F("trong đó 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", total=58,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
] + cells() + [
    F("đạt 34,2 triệu", "34,2", 34.2e6, "money", "USD", change=ch("increase", 11.8, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu nhóm hàng khung tranh, khung ảnh", period=P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("từ 42.000 đến 55.000", "42.000", 42000, "money", "đồng/mét", value_max=55000,
      subject="giá thanh nẹp gỗ cao su thành phẩm"),
    F("đạt 140 triệu", "140", 140e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu của ngành",
      period=year("Năm 2024", 2024)),
    F("liệu đạt 80%", "80", 80, "percent", "%", status="target", subject="tỷ lệ nội địa hóa nguyên liệu",
      period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. No published.",
    "Distractors: 'VIFA EXPO 2024', 'năm 2024' in a link title, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.519, 'Lượt truy cập: 1.904.337'.",
    "One-cell-per-line table with a place column: the district is each cell's location; 'Các địa bàn khác' and 'Tổng số' are Đồng Nai.",
    "Units from the headers: doanh nghiệp, 'Lao động (người)', 'Sản lượng năm 2023 (nghìn sản phẩm)' (3.860 = 3 860 000 sản phẩm).",
    "Only the output column names a period (năm 2023, scored); the firm and worker counts have none. Cells get no total.",
    "'xếp thứ 2 cả nước sau Bình Dương' → rank 2 of Đồng Nai (cả nước is the field of the ranking). 'trong đó 23' → total 58.",
    "'hiện' price range has no period. 'phấn đấu' and 'mục tiêu đến năm 2030' → target.",
]

if __name__ == "__main__":
    write("p1520-6", TEXT, NOTES, FIGS, location="Đồng Nai")
