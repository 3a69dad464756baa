"""p1023-7: department site (Sở TN&MT Bến Tre), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Bến Tre: Kết quả phân loại, xử lý rác hữu cơ tại hộ gia đình

Năm 2024, toàn tỉnh có 168.530 hộ thực hiện phân loại rác hữu cơ tại nguồn, chiếm 42,8% tổng số hộ, tăng 5,6 điểm phần trăm so với năm 2023. Rác hữu cơ chủ yếu được ủ làm phân bón cho vườn dừa, cây ăn trái hoặc tận dụng làm thức ăn cho gia súc, gia cầm; tổng lượng rác hữu cơ tự xử lý tại hộ ước khoảng 54.000 tấn.

Sở đã phối hợp với Hội Nông dân tỉnh cấp 6.250 thùng ủ compost và xây dựng 320 hố ủ tập trung tại các ấp. Trong số thùng ủ, có 4.100 thùng do Dự án Ấp Xanh giai đoạn 2 tài trợ. Mức hỗ trợ hiện nay là 250.000 đồng/thùng ủ và tối đa 5 triệu đồng/hố ủ tập trung.

Kết quả phân loại rác hữu cơ tại hộ ở một số địa bàn:
Đơn vị tính: hộ
Địa bàn
Năm 2023
Năm 2024
Kế hoạch 2025
Châu Thành
21.460
24.815
27.000
Mỏ Cày Nam
18.930
22.140
25.000
Ba Tri
15.275
19.030
22.500
Toàn tỉnh
146.300
168.530
190.000

Năm 2025, tỉnh phấn đấu giảm 15% lượng rác hữu cơ đưa về Nhà máy xử lý chất thải rắn sinh hoạt tại xã Hữu Định, huyện Châu Thành.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẾN TRE
Địa chỉ: Số 25 Đoàn Hoàng Minh, phường 5, TP Bến Tre
Điện thoại: 0275.3822.156 - Fax: 0275.3825.218
Tổng lượt truy cập: 1.386.204
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", Y23, "actual"), ("Năm 2024", Y24, "actual"), ("Kế hoạch 2025", K25, "target")]
ROWS = [
    ("Châu Thành", "Châu Thành", ["21.460", "24.815", "27.000"]),
    ("Mỏ Cày Nam", "Mỏ Cày Nam", ["18.930", "22.140", "25.000"]),
    ("Ba Tri", "Ba Tri", ["15.275", "19.030", "22.500"]),
    ("Toàn tỉnh", "Bến Tre", ["146.300", "168.530", "190.000"]),
]
SUBJ = "hộ phân loại rác hữu cơ tại hộ"


def table_figs():
    out = []
    for label, place, cells in ROWS:
        for j, ((col, per, status), cell) in enumerate(zip(COLS, cells)):
            if j == 0:
                anchor = f"{label}\n{cell}"
            else:
                anchor = f"{cells[j - 1]}\n{cell}"
            subj = f"{SUBJ} {col}" if label != "Toàn tỉnh" else f"{SUBJ} toàn tỉnh {col}"
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "hộ", subj, per, location=place, **kw))
    return out


FIGS = [
    F("có 168.530 hộ", "168.530", 168530, "count", "hộ", "hộ thực hiện phân loại rác hữu cơ tại nguồn", Y24,
      percent=42.8, change=C("increase", 5.6, "điểm phần trăm", "năm 2023")),
    F("ước khoảng 54.000 tấn", "54.000", 54000, "measure", "tấn", "tổng lượng rác hữu cơ tự xử lý tại hộ", I(Y24),
      approx="about", status="estimate"),
    F("cấp 6.250 thùng", "6.250", 6250, "count", "thùng", "thùng ủ compost cấp cho hộ"),
    F("xây dựng 320 hố", "320", 320, "count", "hố ủ", "hố ủ tập trung tại các ấp"),
    F("có 4.100 thùng", "4.100", 4100, "count", "thùng", "thùng ủ do Dự án Ấp Xanh tài trợ", total=6250),
    F("là 250.000 đồng/thùng", "250.000", 250000, "money", "đồng/thùng", "mức hỗ trợ mỗi thùng ủ"),
    F("tối đa 5 triệu đồng/hố", "5", 5e6, "money", "đồng/hố", "mức hỗ trợ mỗi hố ủ tập trung", approx="at_most"),
] + table_figs() + [
    F("giảm 15%", "15", 15, "percent", "%", "lượng rác hữu cơ đưa về nhà máy xử lý chất thải rắn sinh hoạt giảm", Y25,
      status="target"),
]

NOTES = [
    "Sở TN&MT Bến Tre department site: no dateline (published absent), footer with address, phone, fax and 'Tổng lượt truy cập'; invented for probe set 1023.",
    "Table pasted one cell per line ('Đơn vị tính: hộ'; columns Năm 2023 / Năm 2024 / Kế hoạch 2025): every cell a count in hộ, period from the column",
    "header (scored), 'Kế hoạch 2025' -> status target; row label = location (Toàn tỉnh -> Bến Tre); no totals for table cells.",
    "'tăng 5,6 điểm phần trăm so với năm 2023' -> change of 168.530 hộ (unit điểm phần trăm). 'ước khoảng 54.000 tấn' -> estimate, approx about, period inherited.",
    "'Trong số thùng ủ, có 4.100 thùng' -> total 6250. 'tối đa 5 triệu đồng/hố' -> at_most.",
    "Distractors: 'Dự án Ấp Xanh giai đoạn 2', 'Số 25 Đoàn Hoàng Minh, phường 5', phone and fax, 'Tổng lượt truy cập: 1.386.204', menu line.",
]

write_set("p1023-7", TEXT, FIGS, NOTES, published=None, location="Bến Tre")
