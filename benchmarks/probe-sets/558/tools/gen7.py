"""p558-7: department site (Chi cục Chăn nuôi và Thú y Đồng Nai), no dateline, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Hệ thống cơ sở giết mổ tập trung trên địa bàn tỉnh năm 2023

Năm 2023, toàn tỉnh có 38 cơ sở giết mổ gia súc, gia cầm tập trung đang hoạt động, giảm 5 cơ sở so với năm 2022 do sắp xếp lại; trong đó 6 cơ sở đạt tiêu chuẩn xuất khẩu. Bình quân mỗi ngày đêm, các cơ sở giết mổ khoảng 9.500 con lợn và hơn 62.000 con gia cầm. Tỷ lệ gia súc, gia cầm được kiểm soát giết mổ đạt 96,5%. Trong năm, lực lượng thú y đã kiểm tra 1.420 lượt cơ sở, phát hiện và xử phạt 37 trường hợp vi phạm với tổng số tiền 412 triệu đồng.

Bảng: Cơ sở giết mổ tập trung theo địa phương
Đơn vị tính: cơ sở
Địa phương
Giết mổ lợn
Giết mổ gia cầm
Công suất giết mổ lợn (con/ngày đêm)
Trảng Bom
7
3
2.600
Thống Nhất
5
2
1.850
Xuân Lộc
4
3
1.400
Long Thành
3
1
1.100
Các địa phương khác
6
4
2.550

Theo Chi cục, giai đoạn 2021-2023, tổng vốn đầu tư vào các cơ sở giết mổ hiện đại đạt hơn 1.250 tỷ đồng. Mục tiêu đến năm 2025, 100% gia súc, gia cầm được giết mổ tại cơ sở tập trung và giảm số điểm giết mổ nhỏ lẻ xuống dưới 50 điểm.

Chi cục Chăn nuôi và Thú y Đồng Nai
Địa chỉ: số 233 đường Đồng Khởi, phường Tam Hiệp, TP. Biên Hòa
Điện thoại: 0251.3822.971
Tổng số lượt truy cập: 2.415.308
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TBL = INH(P("năm 2023", "2023-01-01", "2023-12-31"))
Y25 = P("đến năm 2025", None, "2025-12-31")

ROWS = [
    ("Trảng Bom", "Trảng Bom\n7\n3\n2.600", "7", "3", "2.600"),
    ("Thống Nhất", "Thống Nhất\n5\n2\n1.850", "5", "2", "1.850"),
    ("Xuân Lộc", "Xuân Lộc\n4\n3\n1.400", "4", "3", "1.400"),
    ("Long Thành", "Long Thành\n3\n1\n1.100", "3", "1", "1.100"),
    (None, "Các địa phương khác\n6\n4\n2.550", "6", "4", "2.550"),
]

TABLE = []
for place, block, pig, poultry, cap in ROWS:
    extra = {"location": place} if place else {}
    pre = "" if place else "các địa phương khác "
    lines = block.split("\n")
    TABLE += [
        F("\n".join(lines[:2]) + "\n", pig, float(pig), "count", "cơ sở", pre + "cơ sở giết mổ lợn", TBL, **extra),
        F("\n".join(lines[1:3]) + "\n", poultry, float(poultry), "count", "cơ sở", pre + "cơ sở giết mổ gia cầm", TBL,
          **extra),
        F("\n".join(lines[2:4]), cap, float(cap.replace(".", "")), "measure", "con/ngày đêm",
          pre + "công suất giết mổ lợn", TBL, **extra),
    ]

FIGS = [
    F("có 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở giết mổ gia súc, gia cầm tập trung đang hoạt động", Y23,
      change=CH("decrease", 5, "cơ sở", "năm 2022")),
    F("6 cơ sở đạt", "6", 6, "count", "cơ sở", "cơ sở giết mổ đạt tiêu chuẩn xuất khẩu", Y23, total=38),
    F("khoảng 9.500 con lợn", "9.500", 9500, "count", "con", "lợn giết mổ bình quân mỗi ngày đêm", INH(Y23),
      approx="about"),
    F("hơn 62.000 con gia cầm", "62.000", 62000, "count", "con", "gia cầm giết mổ bình quân mỗi ngày đêm",
      INH(Y23), approx="over"),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ gia súc, gia cầm được kiểm soát giết mổ", INH(Y23)),
    F("kiểm tra 1.420 lượt", "1.420", 1420, "count", "lượt cơ sở", "lượt cơ sở được lực lượng thú y kiểm tra",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("xử phạt 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vi phạm bị xử phạt",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("tiền 412 triệu đồng", "412", 412000000, "money", "đồng", "tổng số tiền xử phạt vi phạm",
      P("Trong năm", "2023-01-01", "2023-12-31")),
] + TABLE + [
    F("hơn 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng",
      "tổng vốn đầu tư vào các cơ sở giết mổ hiện đại", P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"),
      approx="over"),
    F("100% gia súc", "100", 100, "percent", "%", "gia súc, gia cầm được giết mổ tại cơ sở tập trung", Y25,
      status="target"),
    F("dưới 50 điểm", "50", 50, "count", "điểm", "điểm giết mổ nhỏ lẻ", Y25, approx="under", status="target"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Đồng Nai), no dateline: cơ sở giết mổ tập trung năm 2023, with a one-cell-per-line",
    "table (Địa phương / Giết mổ lợn / Giết mổ gia cầm / Công suất giết mổ lợn (con/ngày đêm)) under 'Đơn vị tính: cơ sở'; the",
    "capacity column's own unit overrides the unit line. District rows -> location; 'Các địa phương khác' stays Đồng Nai, named in",
    "the subject. Table periods inherit năm 2023 from the headline (no year in the headers, unscored).",
    "'giảm 5 cơ sở so với năm 2022' is the change of 38 cơ sở; the 6 export-standard sites after 'trong đó' get total 38.",
    "'Trong năm' = 2023 (from the lead). Address number, phone, visit counter, 'giai đoạn 2021-2023' are not figures.",
]

if __name__ == "__main__":
    emit("p558-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
