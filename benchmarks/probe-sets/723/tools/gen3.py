"""p723-3: UBND tỉnh Bình Thuận formal report, ports and anchorages, 9 months of 2024, flattened '|' table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Thuận, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động cảng cá, khu neo đậu tránh trú bão 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động cảng cá
Trong 9 tháng năm 2024, 4 cảng cá do tỉnh quản lý đã tiếp nhận 21.374 lượt tàu cá cập cảng, tăng 6,8% so với cùng kỳ; sản lượng thủy sản qua cảng ước đạt 96.520 tấn, đạt 80,4% kế hoạch năm (120.000 tấn). Kết quả cụ thể như sau:

Bảng 1. Kết quả hoạt động của các cảng cá 9 tháng năm 2024
Cảng cá | Lượt tàu cập cảng (lượt) | Sản lượng qua cảng (tấn) | Thu phí, giá dịch vụ (triệu đồng)
Cảng cá Phan Thiết | 7.862 | 38.410 | 2.315
Cảng cá La Gi | 6.045 | 27.930 | 1.648
Cảng cá Phú Quý | 4.318 | 16.250 | 872
Cảng cá Phan Rí Cửa | 3.149 | 13.930 | 905
Tổng cộng | 21.374 | 96.520 | 5.740

2. Khu neo đậu tránh trú bão
Toàn tỉnh có 5 khu neo đậu tránh trú bão với tổng sức chứa 4.650 tàu cá, bằng 52% số tàu cá của tỉnh (8.940 chiếc). Trong 9 tháng, đã nạo vét 185.000 m3 luồng lạch tại cửa biển La Gi và Phan Rí Cửa, kinh phí 17,6 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt 28.500 lượt tàu cập cảng và 120.000 tấn sản lượng qua cảng; hoàn thành thủ tục đầu tư nâng cấp cảng cá Phú Quý theo Quyết định số 1986/QĐ-UBND ngày 15/8/2024.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
TBL = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Cảng cá Phan Thiết", "Phan Thiết", ("| 7.862 |", "7.862", 7862), ("| 38.410 |", "38.410", 38410), ("| 2.315", "2.315", 2315)),
    ("Cảng cá La Gi", "La Gi", ("| 6.045 |", "6.045", 6045), ("| 27.930 |", "27.930", 27930), ("| 1.648", "1.648", 1648)),
    ("Cảng cá Phú Quý", "Phú Quý", ("| 4.318 |", "4.318", 4318), ("| 16.250 |", "16.250", 16250), ("| 872", "872", 872)),
    ("Cảng cá Phan Rí Cửa", None, ("| 3.149 |", "3.149", 3149), ("| 13.930 |", "13.930", 13930), ("| 905", "905", 905)),
    ("Tổng cộng", None, ("Tổng cộng | 21.374", "21.374", 21374), ("| 96.520 |", "96.520", 96520), ("| 5.740", "5.740", 5740)),
]

TABLE = []
for label, loc, (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) in ROWS:
    who = "" if label == "Tổng cộng" else " " + label
    extra = {"location": loc} if loc else {}
    TABLE += [
        F(a1, n1, v1, "count", "lượt", f"Lượt tàu cập cảng{who}" + (" tổng cộng" if not who else ""), TBL, **extra),
        F(a2, n2, v2, "measure", "tấn", f"Sản lượng qua cảng{who}" + (" tổng cộng" if not who else ""), TBL, **extra),
        F(a3, n3, v3 * 1e6, "money", "đồng", f"Thu phí, giá dịch vụ{who}" + (" tổng cộng" if not who else ""), TBL, **extra),
    ]

FIGS = [
    F("2024, 4 cảng cá", "4", 4, "count", "cảng cá", "cảng cá do tỉnh quản lý", M9),
    F("tiếp nhận 21.374 lượt", "21.374", 21374, "count", "lượt tàu cá", "lượt tàu cá cập cảng", M9,
      change=CH("increase", 6.8, baseline="cùng kỳ")),
    F("ước đạt 96.520 tấn", "96.520", 96520, "measure", "tấn", "sản lượng thủy sản qua cảng", M9,
      percent=80.4, target=T(120000, "tấn"), status="estimate"),
] + TABLE + [
    F("có 5 khu neo đậu", "5", 5, "count", "khu neo đậu", "khu neo đậu tránh trú bão"),
    F("sức chứa 4.650 tàu cá", "4.650", 4650, "count", "tàu cá",
      "tổng sức chứa các khu neo đậu tránh trú bão", percent=52),
    F("(8.940 chiếc)", "8.940", 8940, "count", "chiếc", "tàu cá của tỉnh"),
    F("nạo vét 185.000 m3", "185.000", 185000, "measure", "m3",
      "luồng lạch nạo vét tại cửa biển La Gi và Phan Rí Cửa", P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("kinh phí 17,6 tỷ đồng", "17,6", 17.6e9, "money", "đồng", "kinh phí nạo vét luồng lạch",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 28.500 lượt", "28.500", 28500, "count", "lượt tàu", "lượt tàu cập cảng", Y24, status="target"),
    F("và 120.000 tấn sản lượng", "120.000", 120000, "measure", "tấn", "sản lượng qua cảng", Y24,
      status="target"),
]

COMMENTS = [
    "Formal report under the UBND letterhead ('Số: 412/BC-UBND', 'Bình Thuận, ngày 08 tháng 10 năm 2024' = published):",
    "ports and anchorages, 9 months of 2024, with a flattened '|' table (units in column headers; '(triệu đồng)' multiplies).",
    "Table cells: subject = column + row label, period from the table title (inherited), actual (no Ước column), no total.",
    "Row labels 'Cảng cá <place>': a city/town/district name gives the location (Phan Thiết, La Gi, Phú Quý, cf. shared h21);",
    "Phan Rí Cửa is a thị trấn (commune level) and 'Tổng cộng' is the province. '(120.000 tấn)' after 'kế hoạch năm' is the",
    "target of 96.520 tấn, not a figure. Section numbers I./II./1./2., 'Bảng 1', QĐ 1986/QĐ-UBND, dates are not figures.",
]

if __name__ == "__main__":
    emit("p723-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Thuận")
