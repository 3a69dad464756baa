"""p881-7: department site (Sở NN&PTNT Thanh Hóa), no dateline, one-cell-per-line table, footer."""
from lib import F, write, period, year, change

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Sản xuất, chế biến gấc ở Thanh Hóa: tiềm năng còn bỏ ngỏ

Thanh Hóa có điều kiện đất đai, khí hậu phù hợp với cây gấc, nhất là vùng trung du và miền núi. Năm 2023, diện tích gấc toàn tỉnh đạt 265 ha, sản lượng 6.890 tấn; trong đó lượng gấc đưa vào chế biến mới đạt 1.950 tấn, chiếm 28,3%. Diện tích tập trung ở các huyện Thọ Xuân, Ngọc Lặc và Như Thanh, lần lượt là 82 ha, 64 ha và 51 ha. Sản phẩm chế biến còn đơn điệu, chủ yếu là màng gấc sấy bán cho các cơ sở ở Hà Nội và Bắc Ninh.

Kết quả sản xuất, chế biến gấc năm 2022, 2023 và kế hoạch năm 2024
Đơn vị tính: tấn
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Gấc quả tươi
5.420
6.890
7.500
Gấc quả đưa vào chế biến
1.460
1.950
2.600
Màng gấc sấy
210
285
340
Dầu gấc
9,5
12,8
16

Năm 2024, tỉnh đã hỗ trợ 1,2 tỷ đồng cho 3 hợp tác xã đầu tư máy sấy, máy ép dầu và hỗ trợ 50% chi phí giống cho các hộ trồng mới. Mục tiêu đến năm 2025, diện tích gấc toàn tỉnh đạt 400 ha, có ít nhất 5 sản phẩm từ gấc đạt chuẩn OCOP.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Địa chỉ: Số 141 đường Lê Lai, phường Đông Sơn, TP. Thanh Hóa
Điện thoại: 0237.3852.148 - Fax: 0237.3852.291
Tổng lượt truy cập: 1.284.605 | Đang trực tuyến: 37
"""

Y23 = year(2023, "Năm 2023")
Y23i = year(2023, "Năm 2023", inherited=True)
COLS = [(year(2022, "Năm 2022"), "", "actual"),
        (year(2023, "Năm 2023"), "", "actual"),
        (year(2024, "Kế hoạch 2024"), " kế hoạch", "target")]
ROWS = [("Gấc quả tươi", ["5.420", "6.890", "7.500"]),
        ("Gấc quả đưa vào chế biến", ["1.460", "1.950", "2.600"]),
        ("Màng gấc sấy", ["210", "285", "340"]),
        ("Dầu gấc", ["9,5", "12,8", "16"])]

TABLE = []
for label, cells in ROWS:
    prev = label
    for (per, suffix, status), cell in zip(COLS, cells):
        val = float(cell.replace(".", "").replace(",", "."))
        TABLE.append(F(f"{prev}\n{cell}", cell, val, "measure", "tấn", label + suffix, per, status=status))
        prev = cell

FIGS = [
    F("toàn tỉnh đạt 265 ha", "265", 265, "measure", "ha", "diện tích gấc", Y23),
    F("sản lượng 6.890 tấn", "6.890", 6890, "measure", "tấn", "sản lượng gấc", Y23),
    F("mới đạt 1.950 tấn", "1.950", 1950, "measure", "tấn", "lượng gấc đưa vào chế biến", Y23,
      total=6890, percent=28.3),
    F("lần lượt là 82 ha", "82", 82, "measure", "ha", "diện tích gấc", Y23i, location="Thọ Xuân"),
    F("82 ha, 64 ha", "64", 64, "measure", "ha", "diện tích gấc", Y23i, location="Ngọc Lặc"),
    F("và 51 ha", "51", 51, "measure", "ha", "diện tích gấc", Y23i, location="Như Thanh"),
] + TABLE + [
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí tỉnh hỗ trợ hợp tác xã đầu tư máy sấy, máy ép dầu",
      year(2024, "Năm 2024")),
    F("cho 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ đầu tư máy sấy, máy ép dầu",
      year(2024, "Năm 2024")),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí giống cho hộ trồng mới",
      year(2024, "Năm 2024")),
    F("đạt 400 ha", "400", 400, "measure", "ha", "diện tích gấc", period("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm từ gấc đạt chuẩn OCOP",
      period("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Sở NN&PTNT Thanh Hóa: sản xuất, chế biến gấc. No dateline (no published); footer address, phone, visit counter.",
    "Table pasted one cell per line (Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024; Đơn vị tính: tấn): every cell a figure,",
    "subject = row label (+ 'kế hoạch'), period from the column header, Kế hoạch column -> target. No totals for cells.",
    "District list with 'lần lượt là' -> each item located at its district, period inherited from 'Năm 2023'.",
    "Distractors: Số 141 đường Lê Lai, 0237.3852.148, 0237.3852.291, Tổng lượt truy cập 1.284.605, Đang trực tuyến 37.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Thanh Hóa")
