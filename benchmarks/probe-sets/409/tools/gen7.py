from lib import F, P, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN

Chăn nuôi Nghệ An chuyển dịch theo hướng trang trại, an toàn sinh học

Ngày cập nhật: 26/08/2024

Những năm gần đây, chăn nuôi lợn và gia cầm của Nghệ An chuyển mạnh từ nông hộ sang trang trại. Năm 2023, giá trị sản xuất chăn nuôi đạt 9.846 tỷ đồng, chiếm 31,4% giá trị sản xuất nông nghiệp toàn tỉnh. 6 tháng đầu năm 2024, tổng sản lượng thịt hơi xuất chuồng ước đạt 143.500 tấn, tăng 4,7% so với cùng kỳ.

Kết quả một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: nghìn con

Chỉ tiêu

Năm 2022

Năm 2023

Ước 6 tháng 2024

Đàn lợn

1.045,2

1.082,6

1.096,3

Đàn gà

24.310

25.870

26.450

Đàn vịt, ngan

3.120,5

3.204,8

3.186,0

Toàn tỉnh hiện có 1.236 trang trại chăn nuôi, tăng 118 trang trại so với cuối năm 2023; trong đó có 86 trang trại quy mô lớn ứng dụng công nghệ cao. Các huyện có nhiều trang trại là Yên Thành (214 trang trại), Diễn Châu (187 trang trại), Quỳnh Lưu (165 trang trại).

Theo Sở Nông nghiệp và PTNT, mục tiêu đến năm 2025, tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp đạt 35%; giai đoạn 2021-2025, tốc độ tăng trưởng ngành chăn nuôi bình quân 5-6%/năm. Tỉnh khuyến khích phát triển chuỗi liên kết chăn nuôi khép kín, xây dựng vùng an toàn dịch bệnh tại các huyện Nghĩa Đàn, Đô Lương, Thanh Chương.

Văn Hải - Trung tâm Thông tin
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("Ước 6 tháng 2024", "2024-01-01", "2024-06-30")

def row(label, cells):
    out = []
    for (anchor, number, value), per in zip(cells, (Y22, Y23, H24)):
        col = per["text"]
        est = {"status": "estimate"} if per is H24 else {}
        out.append(F(anchor, number, value, "count", "con", f"{label} {col}", per, **est))
    return out

FIGS = [
    F("đạt 9.846 tỷ đồng", "9.846", 9846000000000, "money", "đồng", "giá trị sản xuất chăn nuôi", Y23, percent=31.4),
    F("ước đạt 143.500 tấn", "143.500", 143500, "measure", "tấn", "tổng sản lượng thịt hơi xuất chuồng",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), status="estimate",
      change=C("increase", 4.7, "%", "cùng kỳ")),
    *row("Đàn lợn", [("1.045,2", "1.045,2", 1045200), ("1.082,6", "1.082,6", 1082600), ("1.096,3", "1.096,3", 1096300)]),
    *row("Đàn gà", [("24.310", "24.310", 24310000), ("25.870", "25.870", 25870000), ("26.450", "26.450", 26450000)]),
    *row("Đàn vịt, ngan", [("3.120,5", "3.120,5", 3120500), ("3.204,8", "3.204,8", 3204800), ("3.186,0", "3.186,0", 3186000)]),
    F("có 1.236 trang trại", "1.236", 1236, "count", "trang trại", "trang trại chăn nuôi",
      change=C("increase", 118, "trang trại", "cuối năm 2023")),
    F("có 86 trang trại", "86", 86, "count", "trang trại", "trang trại quy mô lớn ứng dụng công nghệ cao", total=1236),
    F("Yên Thành (214 trang trại)", "214", 214, "count", "trang trại", "trang trại", location="Yên Thành"),
    F("Diễn Châu (187 trang trại)", "187", 187, "count", "trang trại", "trang trại", location="Diễn Châu"),
    F("Quỳnh Lưu (165 trang trại)", "165", 165, "count", "trang trại", "trang trại", location="Quỳnh Lưu"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ trọng chăn nuôi trong giá trị sản xuất nông nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("bình quân 5-6%/năm", "5", 5, "percent", "%", "tốc độ tăng trưởng ngành chăn nuôi bình quân",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=6, status="target"),
]

COMMENTS = [
    "Province portal (Nghệ An): shift to farm-scale pig and poultry raising; 2023 value, H1/2024 meat output, a one-cell-per-line herd table, farms, targets.",
    "'Ngày cập nhật: 26/08/2024' without time is the dateline. Distractors: '2021-2025' period, byline, district names in a non-figure sentence.",
    "Table 'Đơn vị tính: nghìn con': cells like '1.045,2' = 1.045,2 nghìn = 1.045.200 con (dot groups thousands, comma is decimal), unit 'con'.",
    "Subject = row label + column label; period from the column header; the 'Ước 6 tháng 2024' column gives status estimate (2024-01-01..06-30).",
    "'9.846 tỷ đồng, chiếm 31,4% giá trị sản xuất nông nghiệp' → percent 31,4 (no figure for the whole). '1.236 trang trại, tăng 118 trang trại so với cuối năm 2023' → change 118.",
    "'hiện có' gives no period; '86 trang trại' after 'trong đó' has total 1.236. District list: places to location.",
    "'mục tiêu đến năm 2025 … đạt 35%' target ending 2025-12-31; 'giai đoạn 2021-2025 … bình quân 5-6%/năm' target range 5–6.",
]

emit("p409-7", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Nghệ An")
