"""p1321-6: department site (Sở Du lịch Ninh Bình), no dateline: travel firms' visitors, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH NINH BÌNH
Giới thiệu | Tin tức - Sự kiện | Quản lý lữ hành | Văn bản | Hỏi đáp

Hoạt động lữ hành năm 2024: khách quốc tế tăng mạnh

Năm 2024, các doanh nghiệp lữ hành trên địa bàn tỉnh Ninh Bình ước đón, phục vụ hơn 1,5 triệu lượt khách, tăng 18% so với năm 2023. Toàn tỉnh hiện có 132 doanh nghiệp kinh doanh dịch vụ lữ hành, trong đó 41 doanh nghiệp lữ hành quốc tế; 1.126 hướng dẫn viên được cấp thẻ, tăng 97 người so với năm trước.

Số lượt khách do các doanh nghiệp lữ hành đón, phục vụ
Đơn vị tính: nghìn lượt khách
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
1.284,5
1.516,0
1.700,0
Trong đó: Khách quốc tế
402,3
488,6
560,0
Khách nội địa
882,2
1.027,4
1.140,0

Tại Khu du lịch Tràng An, đội ngũ thuyết minh viên tại điểm hiện có 86 người, sử dụng 7 ngoại ngữ. Giá tour ghép trong ngày từ Hà Nội đi Tràng An - Hang Múa phổ biến từ 850.000 đến 1,1 triệu đồng/khách, trong đó phí hướng dẫn viên chiếm khoảng 15%.

Năm 2025, Sở phấn đấu 100% hướng dẫn viên tại điểm được bồi dưỡng kỹ năng ứng xử, văn hóa du lịch; tổ chức 4 đoàn famtrip mời doanh nghiệp lữ hành quốc tế khảo sát sản phẩm mới.

Tin khác:
- Hội nghị sơ kết 6 tháng công tác quản lý lữ hành
- Ninh Bình tham gia Hội chợ Du lịch quốc tế VITM Hà Nội

SỞ DU LỊCH TỈNH NINH BÌNH
Địa chỉ: Số 2 đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình
Điện thoại: 0229.3884.101
Lượt truy cập: 1.902.447 | Đang online: 58
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng số", "tổng số lượt khách", ["1.284,5", "1.516,0", "1.700,0"]),
        ("Trong đó: Khách quốc tế", "khách quốc tế", ["402,3", "488,6", "560,0"]),
        ("Khách nội địa", "khách nội địa", ["882,2", "1.027,4", "1.140,0"])]
TOTALS = [1284500, 1516000, 1700000]


def rd(s):
    return float(s.replace(".", "").replace(",", ".")) * 1e3


CELLS = []
for label, row, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label != "Tổng số":
            kw["total"] = TOTALS[i]
        CELLS.append(fig(f"{prev}\n{n}", n, rd(n), "count", "lượt khách", subject=f"{row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("hơn 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", approx="over", status="estimate",
        change=chg("increase", 18, "%", "năm 2023"),
        subject="lượt khách các doanh nghiệp lữ hành đón, phục vụ", period=Y24),
    fig("có 132 doanh nghiệp", "132", 132, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh dịch vụ lữ hành"),
    fig("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=132,
        subject="doanh nghiệp lữ hành quốc tế"),
    fig("1.126 hướng dẫn viên", "1.126", 1126, "count", "hướng dẫn viên",
        change=chg("increase", 97, "người", "năm trước"), subject="hướng dẫn viên được cấp thẻ"),
] + CELLS + [
    fig("có 86 người", "86", 86, "count", "người",
        subject="thuyết minh viên tại điểm của Khu du lịch Tràng An"),
    fig("sử dụng 7 ngoại ngữ", "7", 7, "count", "ngoại ngữ", subject="ngoại ngữ thuyết minh viên sử dụng"),
    fig("từ 850.000 đến 1,1 triệu", "850.000", 850000, "money", "đồng/khách", value_max=1.1e6,
        subject="giá tour ghép trong ngày từ Hà Nội đi Tràng An - Hang Múa"),
    fig("chiếm khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="phí hướng dẫn viên trong giá tour"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="hướng dẫn viên tại điểm được bồi dưỡng kỹ năng ứng xử, văn hóa du lịch", period=Y25),
    fig("tổ chức 4 đoàn", "4", 4, "count", "đoàn", status="target",
        subject="đoàn famtrip mời doanh nghiệp lữ hành quốc tế khảo sát sản phẩm mới", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Ninh Bình), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập: 1.902.447 | Đang online: 58'.",
    "Distractors: 'Số 2 đường Lê Hồng Phong', phone, counters, '6 tháng' in a link title (a period), 'VITM', 'famtrip' is a word, 'Năm 2023' headers.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt khách' (×1000); subject = row label + column label; period from the column header",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The rows after 'Trong đó:' (khách quốc tế, and its sibling",
    "khách nội địa) are parts of the 'Tổng số' row of the same column (they add up): total = that cell (annotator's reading of the spec's 'trong đó').",
    "'ước đón, phục vụ hơn 1,5 triệu' → estimate, over; the '; 1.126 hướng dẫn viên' clause stands with 'hiện có' (actual, no period).",
    "'trong đó phí hướng dẫn viên chiếm khoảng 15%' is a percent figure of its own (share of the tour price). 'Năm 2025, Sở phấn đấu' → target.",
    "No place below the province is named for a figure (Tràng An is a tourist site): location Ninh Bình throughout.",
]

if __name__ == "__main__":
    write("p1321-6", TEXT, NOTES, FIGS, published=None, location="Ninh Bình")
