from lib import F, P, I, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Chi cục Trồng trọt và Bảo vệ thực vật

Hậu Giang: cánh đồng lớn vụ Hè Thu 2024 cho lợi nhuận cao
Ngày đăng: 25/09/2024 | Lượt xem: 748

Vụ Hè Thu 2024, toàn tỉnh xây dựng 86 cánh đồng lớn với diện tích 19.850 ha, tăng 2.310 ha so với vụ Hè Thu 2023. Có 14 doanh nghiệp tham gia bao tiêu sản phẩm; trong đó 4 doanh nghiệp ký hợp đồng trực tiếp với nông dân, số còn lại liên kết thông qua hợp tác xã. Huyện Phụng Hiệp và huyện Long Mỹ có diện tích cánh đồng lớn lớn nhất, lần lượt 5.120 ha và 4.380 ha.

Diện tích áp dụng quy trình "1 phải 5 giảm" đạt 16.300 ha, chiếm 82,1% diện tích cánh đồng lớn; còn lại áp dụng "3 giảm 3 tăng". Kết quả chính như sau:

Bảng: Một số chỉ tiêu cánh đồng lớn
Chỉ tiêu | Đơn vị tính | Hè Thu 2023 | Hè Thu 2024 | So sánh (%)
Diện tích | ha | 17.540 | 19.850 | 113,2
Số hộ tham gia | hộ | 8.920 | 9.760 | 109,4
Năng suất bình quân | tạ/ha | 60,5 | 62,3 | 103,0
Giá thành sản xuất | đồng/kg | 4.350 | 4.120 | 94,7
Giá bán bình quân | đồng/kg | 6.900 | 7.650 | 110,9
Lợi nhuận | triệu đồng/ha | 17,4 | 22,0 | 126,4

Từ đầu năm đến nay, Chi cục đã tổ chức 42 lớp tập huấn cho 1.260 lượt nông dân về canh tác giảm phát thải, ghi chép nhật ký đồng ruộng. Theo ông Phạm Văn Mười, Chi cục trưởng, vụ Thu Đông 2024 tỉnh dự kiến xây dựng thêm 20 cánh đồng lớn với khoảng 4.500 ha.

Chi cục Trồng trọt và BVTV - Số 09 đường 3/2, phường V, TP Vị Thanh.
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-25")


def row(label, unit, mult, kind, a, b, c, tunit=None):
    """One table row: anchors '| a | b' / '| b | c' / '| c\\n' are unique in this text."""
    u = tunit or unit
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    return [
        F(f"{unit} | {a} |", a, num(a) * mult, kind, u, f"{label} Hè Thu 2023"),
        F(f"| {a} | {b} |", b, num(b) * mult, kind, u, f"{label} Hè Thu 2024"),
        F(f"| {b} | {c}\n", c, num(c), "percent", "%", f"{label} So sánh"),
    ]


FIGS = [
    F("xây dựng 86 cánh đồng lớn", "86", 86, "count", "cánh đồng lớn", "cánh đồng lớn xây dựng"),
    F("với diện tích 19.850 ha", "19.850", 19850, "measure", "ha", "diện tích cánh đồng lớn",
      change=C("increase", 2310, "ha", "vụ Hè Thu 2023")),
    F("Có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp tham gia bao tiêu sản phẩm"),
    F("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng trực tiếp với nông dân", total=14),
    F("lần lượt 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích cánh đồng lớn", location="Phụng Hiệp"),
    F("và 4.380 ha", "4.380", 4380, "measure", "ha", "diện tích cánh đồng lớn", location="Long Mỹ"),
    F("đạt 16.300 ha", "16.300", 16300, "measure", "ha", "diện tích áp dụng quy trình \"1 phải 5 giảm\"", percent=82.1),
]
FIGS += row("Diện tích", "ha", 1, "measure", "17.540", "19.850", "113,2")
FIGS += row("Số hộ tham gia", "hộ", 1, "count", "8.920", "9.760", "109,4")
FIGS += row("Năng suất bình quân", "tạ/ha", 1, "measure", "60,5", "62,3", "103,0")
FIGS += row("Giá thành sản xuất", "đồng/kg", 1, "money", "4.350", "4.120", "94,7")
FIGS += row("Giá bán bình quân", "đồng/kg", 1, "money", "6.900", "7.650", "110,9")
FIGS += row("Lợi nhuận", "triệu đồng/ha", 1e6, "money", "17,4", "22,0", "126,4", tunit="đồng/ha")
FIGS += [
    F("tổ chức 42 lớp", "42", 42, "count", "lớp tập huấn", "lớp tập huấn", SINCE),
    F("cho 1.260 lượt", "1.260", 1260, "count", "lượt nông dân", "lượt nông dân được tập huấn", SINCE),
    F("thêm 20 cánh đồng", "20", 20, "count", "cánh đồng lớn", "cánh đồng lớn xây dựng thêm vụ Thu Đông 2024", status="forecast"),
    F("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích cánh đồng lớn xây dựng thêm", approx="about", status="forecast"),
]

COMMENTS = [
    "Department site (Chi cục Trồng trọt và BVTV, Sở NN&PTNT Hậu Giang): large fields, Hè Thu 2024; 'Ngày đăng: 25/09/2024 | Lượt xem: 748'.",
    "Table FLATTENED WITH '|': Chỉ tiêu | Đơn vị tính | Hè Thu 2023 | Hè Thu 2024 | So sánh (%). Every numeric cell is a figure: unit from",
    "the 'Đơn vị tính' cell ('triệu đồng/ha' → ×10^6, unit đồng/ha), subject = row label + column label, 'So sánh (%)' cells are percents.",
    "Column headers are seasons, which have no dates in FIGURES.md: no period on the cells (nor on the season-located text figures).",
    "Distractors: technique names '1 phải 5 giảm', '3 giảm 3 tăng' (in quotes; the subject of 16.300 ha keeps the name as written),",
    "'Số 09 đường 3/2, phường V', view counter, person 'Phạm Văn Mười', 'vụ Thu Đông 2024'.",
    "19.850 ha with change +2.310 ha vs vụ Hè Thu 2023. '14 doanh nghiệp …; trong đó 4 doanh nghiệp' → total 14.",
    "'Huyện Phụng Hiệp và huyện Long Mỹ … lần lượt 5.120 ha và 4.380 ha' → list items with their district as location.",
    "16.300 ha 'chiếm 82,1%' → share. 'Từ đầu năm đến nay' ends at the dateline (2024-09-25).",
    "'dự kiến xây dựng thêm 20 cánh đồng lớn với khoảng 4.500 ha' → forecast (both figures in the cue's clause).",
]

emit("p365-6", TEXT, COMMENTS, FIGS, published="2024-09-25", location="Hậu Giang")
