"""p577-7: Sở Y tế Cần Thơ department site, no dateline — GPP certificates and retail outlets by district, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Phòng Nghiệp vụ Dược

Tình hình cơ sở bán lẻ thuốc trên địa bàn thành phố năm 2023

Năm 2023, Sở Y tế thành phố Cần Thơ đã thẩm định và cấp 327 giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP), gồm 142 giấy cấp mới và 185 giấy tái đánh giá. Thời gian giải quyết hồ sơ trung bình là 18 ngày làm việc, rút ngắn 7 ngày so với quy định. Trong năm, Sở đã thu hồi 23 giấy chứng nhận do cơ sở ngừng hoạt động.

Tính đến ngày 31/12/2023, toàn thành phố có 1.214 cơ sở bán lẻ thuốc, tăng 46 cơ sở so với cuối năm 2022. Số lượng cơ sở bán lẻ thuốc tại một số quận, huyện như sau:

Đơn vị tính: cơ sở
Quận, huyện
Nhà thuốc
Quầy thuốc
Tổng số
Ninh Kiều
412
18
430
Bình Thủy
96
35
131
Cái Răng
88
41
129
Thốt Nốt
74
102
176
Phong Điền
31
87
118

Tổng số nhà thuốc của 5 quận, huyện trên là 701 cơ sở, chiếm 71,4% số nhà thuốc toàn thành phố. Tỷ lệ nhà thuốc có dược sĩ đại học phụ trách chuyên môn đạt 100%; khoảng 65% quầy thuốc do dược sĩ cao đẳng phụ trách.

Năm 2024, Sở phấn đấu tái đánh giá GPP cho khoảng 250 cơ sở và hoàn thành kết nối đơn thuốc điện tử tại tất cả nhà thuốc.

Mọi thông tin xin liên hệ: Phòng Nghiệp vụ Dược, số 71 Lý Tự Trọng, quận Ninh Kiều; điện thoại: 0292.3820.473.

Tổng lượt truy cập: 2.651.034
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = inh(per("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

COLS = ("số lượng nhà thuốc", "số lượng quầy thuốc", "tổng số cơ sở bán lẻ thuốc")
ROWS = [("Ninh Kiều", "412", "18", "430"), ("Bình Thủy", "96", "35", "131"), ("Cái Răng", "88", "41", "129"),
        ("Thốt Nốt", "74", "102", "176"), ("Phong Điền", "31", "87", "118")]

CELLS = []
for place, a, b, c in ROWS:
    CELLS += [
        fig(f"{place}\n{a}\n", a, int(a), "count", "cơ sở", COLS[0], T23, location=place),
        fig(f"{a}\n{b}\n{c}", b, int(b), "count", "cơ sở", COLS[1], T23, location=place),
        fig(f"{b}\n{c}\n", c, int(c), "count", "cơ sở", COLS[2], T23, location=place),
    ]

FIGS = [
    fig("cấp 327 giấy", "327", 327, "count", "giấy chứng nhận",
        "giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP) được cấp", Y23),
    fig("gồm 142 giấy", "142", 142, "count", "giấy", "giấy chứng nhận GPP cấp mới", Y23, total=327),
    fig("185 giấy", "185", 185, "count", "giấy", "giấy chứng nhận GPP tái đánh giá", Y23, total=327),
    fig("là 18 ngày", "18", 18, "measure", "ngày làm việc", "thời gian giải quyết hồ sơ trung bình", inh(Y23),
        change=chg("decrease", 7, "ngày", "quy định")),
    fig("thu hồi 23 giấy", "23", 23, "count", "giấy chứng nhận", "giấy chứng nhận bị thu hồi do cơ sở ngừng hoạt động",
        inh(Y23)),
    fig("có 1.214 cơ sở", "1.214", 1214, "count", "cơ sở", "cơ sở bán lẻ thuốc",
        per("Tính đến ngày 31/12/2023", None, "2023-12-31"), change=chg("increase", 46, "cơ sở", "cuối năm 2022")),
] + CELLS + [
    fig("của 5 quận", "5", 5, "count", "quận, huyện", "quận, huyện trong bảng", optional=True),
    fig("là 701 cơ sở", "701", 701, "count", "cơ sở", "tổng số nhà thuốc của 5 quận, huyện", T23, percent=71.4),
    fig("đạt 100%", "100", 100, "percent", "%", "tỷ lệ nhà thuốc có dược sĩ đại học phụ trách chuyên môn", T23),
    fig("khoảng 65%", "65", 65, "percent", "%", "quầy thuốc do dược sĩ cao đẳng phụ trách", T23, approx="about"),
    fig("khoảng 250 cơ sở", "250", 250, "count", "cơ sở", "cơ sở được tái đánh giá GPP", Y24, approx="about",
        status="target"),
]

NOTES = [
    "Sở Y tế TP Cần Thơ department site, no dateline (published absent); footer counter 'Tổng lượt truy cập: 2.651.034'.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở': row labels are districts (location), column labels give the subject;",
    "period from the title 'năm 2023' (another line: inherited). 'Tổng số' column cells are figures too.",
    "'Tính đến ngày 31/12/2023 ... 1.214 cơ sở, tăng 46 cơ sở so với cuối năm 2022' -> as-of period, change in cơ sở.",
    "Distractors: 'số 71 Lý Tự Trọng', phone 0292.3820.473, visitor counter. '5 quận, huyện trên' refers back to the table: optional.",
    "'gồm 142 ... và 185' -> total 327. 'rút ngắn 7 ngày so với quy định' is the change (decrease) of 18 ngày làm việc.",
    "Sentences after the table carry no period: inherited from the title year (unscored). 'tất cả nhà thuốc' has no number.",
]

if __name__ == "__main__":
    emit("p577-7", TEXT, NOTES, FIGS, location="Cần Thơ")
