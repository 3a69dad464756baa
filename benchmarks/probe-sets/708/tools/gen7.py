from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Trang chủ / Di sản văn hóa / Âm nhạc truyền thống

Ca Huế trên sông Hương đón 186.000 lượt khách năm 2023

Năm 2023, các điểm diễn Ca Huế trên sông Hương và trong Kinh thành phục vụ 186.000 lượt khách, tăng 24% so với năm 2022; khách quốc tế chiếm 41%. Giá vé nghe Ca Huế trên thuyền phổ biến là 150.000 đồng/người. Riêng Nhà hát Nghệ thuật truyền thống cung đình Huế biểu diễn 1.460 suất Nhã nhạc tại Duyệt Thị Đường, doanh thu ước đạt 14,6 tỷ đồng.

Toàn tỉnh hiện có 53 câu lạc bộ, nhóm Ca Huế với khoảng 700 nghệ nhân, nghệ sĩ, trong đó 7 người được phong tặng danh hiệu Nghệ nhân Ưu tú.

Số buổi biểu diễn Ca Huế phục vụ cộng đồng theo địa phương
Đơn vị tính: buổi
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Thành phố Huế
412
468
500
Thị xã Hương Thủy
56
64
70
Thị xã Hương Trà
38
45
50
Huyện Phú Vang
27
33
40
Huyện Quảng Điền
19
24
30
Toàn tỉnh
552
634
690

Để nâng cao chất lượng, Sở phối hợp Trung tâm Bảo tồn Di tích Cố đô Huế mở 6 lớp truyền dạy Ca Huế cho 120 học viên; phấn đấu đến năm 2025 mỗi huyện, thị xã có ít nhất 2 câu lạc bộ Ca Huế hoạt động ổn định.

Địa chỉ: 26 Lê Lợi, thành phố Huế | Điện thoại: 0234.3822.470
Tổng lượt truy cập: 2.418.903
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "Số buổi biểu diễn Ca Huế phục vụ cộng đồng"

ROWS = [
    ("Thành phố Huế", "Huế", ("412", "468", "500")),
    ("Thị xã Hương Thủy", "Hương Thủy", ("56", "64", "70")),
    ("Thị xã Hương Trà", "Hương Trà", ("38", "45", "50")),
    ("Huyện Phú Vang", "Phú Vang", ("27", "33", "40")),
    ("Huyện Quảng Điền", "Quảng Điền", ("19", "24", "30")),
    ("Toàn tỉnh", "Thừa Thiên Huế", ("552", "634", "690")),
]


def table():
    out = []
    for label, loc, (a, b, c) in ROWS:
        out.append(F(f"{label}\n{a}\n", a, int(a), "count", "buổi", f"{SUBJ} năm 2022", Y22, location=loc))
        out.append(F(f"\n{a}\n{b}\n", b, int(b), "count", "buổi", f"{SUBJ} năm 2023", Y23, location=loc))
        out.append(F(f"\n{b}\n{c}\n", c, int(c), "count", "buổi", f"{SUBJ} kế hoạch 2024", K24, location=loc,
                     status="target"))
    return out


FIGS = [
    F("đón 186.000 lượt khách", "186.000", 186000, "count", "lượt khách", "lượt khách Ca Huế trên sông Hương",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phục vụ 186.000 lượt khách", "186.000", 186000, "count", "lượt khách",
      "lượt khách các điểm diễn Ca Huế trên sông Hương và trong Kinh thành phục vụ", Y23,
      change=CH("increase", 24, "%", "năm 2022")),
    F("chiếm 41%", "41", 41, "percent", "%", "khách quốc tế", Y23),
    F("là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "Giá vé nghe Ca Huế trên thuyền"),
    F("diễn 1.460 suất", "1.460", 1460, "count", "suất",
      "suất Nhã nhạc Nhà hát Nghệ thuật truyền thống cung đình Huế biểu diễn", I(Y23)),
    F("ước đạt 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "doanh thu Nhà hát Nghệ thuật truyền thống cung đình Huế",
      I(Y23), status="estimate"),
    F("có 53 câu lạc bộ", "53", 53, "count", "câu lạc bộ", "câu lạc bộ, nhóm Ca Huế"),
    F("khoảng 700 nghệ nhân", "700", 700, "count", "nghệ nhân, nghệ sĩ", "nghệ nhân, nghệ sĩ Ca Huế", approx="about"),
    F("7 người được", "7", 7, "count", "người", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú", total=700),
    *table(),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp truyền dạy Ca Huế"),
    F("cho 120 học viên", "120", 120, "count", "học viên", "học viên lớp truyền dạy Ca Huế"),
    F("ít nhất 2 câu lạc bộ", "2", 2, "count", "câu lạc bộ", "câu lạc bộ Ca Huế hoạt động ổn định mỗi huyện, thị xã",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Sở VH&TT Thừa Thiên Huế (department site, NO dateline, visit counter in the footer): Ca Huế 2023 — khách, câu lạc bộ,",
    "nghệ nhân; one-cell-per-line table 'Số buổi biểu diễn … theo địa phương', 'Đơn vị tính: buổi', columns Năm 2022 |",
    "Năm 2023 | Kế hoạch 2024. Every cell is a figure; row labels are places (location; 'Toàn tỉnh' = Thừa Thiên Huế);",
    "period from the column header (scored, as in shared h23); 'Kế hoạch 2024' column status target. No totals for table cells.",
    "'khách quốc tế chiếm 41%' has no base amount of its own: a percent figure. Sentences with 'hiện có' or no period: no period.",
    "Distractors: '26 Lê Lợi', phone 0234.3822.470, 'Tổng lượt truy cập: 2.418.903'.",
]

if __name__ == "__main__":
    emit("p708-7", TEXT, COMMENTS, FIGS, location="Thừa Thiên Huế")
