"""p534-7: department site (Sở KH&CN Hải Phòng), no dateline, S&T enterprises, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Phát triển doanh nghiệp khoa học và công nghệ giai đoạn 2021-2023

Tính đến hết năm 2023, Hải Phòng có 68 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ, tăng 28 doanh nghiệp so với cuối năm 2020. Doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ năm 2023 đạt 2.345,6 tỷ đồng, chiếm 38,5% tổng doanh thu của các doanh nghiệp này.

Bảng: Số doanh nghiệp khoa học và công nghệ theo lĩnh vực
Đơn vị tính: doanh nghiệp

Lĩnh vực
Năm 2021
Năm 2022
Năm 2023
Công nghệ thông tin - điện tử
14
17
21
Cơ khí - tự động hóa
11
13
16
Công nghệ sinh học - nông nghiệp
8
10
14
Hóa chất - vật liệu mới
6
8
10
Lĩnh vực khác
4
5
7
Tổng số
43
53
68

Năm 2023, các doanh nghiệp khoa học và công nghệ được miễn, giảm thuế thu nhập doanh nghiệp khoảng 47 tỷ đồng; 12 doanh nghiệp được hỗ trợ kinh phí thực hiện dự án đổi mới công nghệ, mức hỗ trợ tối đa 500 triệu đồng/dự án. Trong giai đoạn 2021-2023, có 9 doanh nghiệp khoa học và công nghệ được cấp 15 văn bằng bảo hộ sáng chế, giải pháp hữu ích.

Địa chỉ: Số 1 Lê Đại Hành, quận Hồng Bàng, Hải Phòng
Điện thoại: 0225.3842.135
Tổng số lượt truy cập: 1.208.774
"""

Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
P21 = P("Trong giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")

SUBJ = "Số doanh nghiệp khoa học và công nghệ"
ROWS = [
    ("lĩnh vực công nghệ thông tin - điện tử", [("điện tử\n14", "14", 14), ("14\n17", "17", 17), ("17\n21", "21", 21)]),
    ("lĩnh vực cơ khí - tự động hóa", [("hóa\n11", "11", 11), ("11\n13", "13", 13), ("13\n16", "16", 16)]),
    ("lĩnh vực công nghệ sinh học - nông nghiệp", [("nông nghiệp\n8", "8", 8), ("8\n10\n14", "10", 10), ("10\n14\nHóa", "14", 14)]),
    ("lĩnh vực hóa chất - vật liệu mới", [("mới\n6", "6", 6), ("6\n8", "8", 8), ("8\n10\nLĩnh", "10", 10)]),
    ("lĩnh vực khác", [("khác\n4", "4", 4), ("4\n5", "5", 5), ("5\n7", "7", 7)]),
    ("tổng số", [("Tổng số\n43", "43", 43), ("43\n53", "53", 53), ("53\n68", "68", 68)]),
]
TABLE = []
for label, cells in ROWS:
    for (anchor, num, v), year in zip(cells, (2021, 2022, 2023)):
        subj = f"Tổng số doanh nghiệp khoa học và công nghệ năm {year}" if label == "tổng số" else f"{SUBJ} {label} năm {year}"
        TABLE.append(F(anchor, num, v, "count", "doanh nghiệp", subj, Y[year]))

FIGS = [
    F("có 68 doanh nghiệp", "68", 68, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
      P("Tính đến hết năm 2023", None, "2023-12-31"),
      change=CH("increase", 28, "doanh nghiệp", "cuối năm 2020")),
    F("đạt 2.345,6 tỷ đồng", "2.345,6", 2345.6e9, "money", "đồng",
      "doanh thu từ sản phẩm hình thành từ kết quả khoa học và công nghệ", Y23, percent=38.5),
] + TABLE + [
    F("khoảng 47 tỷ đồng", "47", 47e9, "money", "đồng",
      "thuế thu nhập doanh nghiệp được miễn, giảm cho doanh nghiệp khoa học và công nghệ", Y23b, approx="about"),
    F("12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      "doanh nghiệp được hỗ trợ kinh phí thực hiện dự án đổi mới công nghệ", Y23b),
    F("tối đa 500 triệu đồng/dự án", "500", 500e6, "money", "đồng/dự án",
      "mức hỗ trợ kinh phí thực hiện dự án đổi mới công nghệ", Y23b, approx="at_most"),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp khoa học và công nghệ được cấp văn bằng bảo hộ sáng chế, giải pháp hữu ích", P21),
    F("15 văn bằng", "15", 15, "count", "văn bằng", "văn bằng bảo hộ sáng chế, giải pháp hữu ích được cấp", P21),
]

COMMENTS = [
    "Department site (Sở KH&CN Hải Phòng, invented) with no dateline: doanh nghiệp KH&CN 2021-2023 and a one-cell-per-line table",
    "with 'Đơn vị tính: doanh nghiệp' and year column headers (periods from the headers, scored as in shared h23).",
    "Not figures: menu, 'giai đoạn 2021-2023', address 'Số 1 Lê Đại Hành, quận Hồng Bàng', phone 0225.3842.135,",
    "'Tổng số lượt truy cập: 1.208.774'. The table's 'Tổng số' row is a figure per cell; subject = indicator + row label + column year.",
    "'chiếm 38,5% tổng doanh thu' is the percent attribute of 2.345,6 tỷ đồng (Vietnamese decimal). 'tối đa 500 triệu đồng/dự án' is a",
    "money rate with approx at_most.",
]

if __name__ == "__main__":
    emit("p534-7", TEXT, COMMENTS, FIGS, location="Hải Phòng")
