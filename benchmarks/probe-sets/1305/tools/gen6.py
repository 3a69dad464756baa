"""p1305-6: department site (Sở NN&PTNT TP Cần Thơ), no dateline, one-cell-per-line table by flower type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Sản xuất hoa kiểng phục vụ Tết Nguyên đán Ất Tỵ

Năm 2024, diện tích hoa kiểng toàn thành phố đạt khoảng 520 ha, tập trung tại quận Bình Thủy, huyện Phong Điền và quận Ninh Kiều; trong đó làng hoa Bà Bộ (phường Long Tuyền, quận Bình Thủy) có 82 hộ chuyên canh với diện tích 46 ha.

Sản lượng hoa kiểng theo chủng loại
Đơn vị tính: nghìn chậu
Chủng loại
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Mai vàng
185
196
105,9
Cúc mâm xôi
240
262
109,2
Cúc vạn thọ
310
295
95,2
Hoa, kiểng khác
415
447
107,7
Tổng số
1.150
1.200
104,3

Sản lượng cúc vạn thọ giảm do năm trước giá xuống thấp, nhiều hộ chuyển sang trồng cúc mâm xôi và mai vàng ghép. Giá cúc vạn thọ tại vườn hiện từ 25.000 đến 35.000 đồng/chậu, mai vàng ghép từ 400.000 đồng/chậu trở lên.

Sở khuyến cáo nông dân không tăng diện tích cúc vạn thọ ồ ạt; phấn đấu đến năm 2030 diện tích hoa kiểng toàn thành phố đạt 700 ha, trong đó có ít nhất 100 ha ứng dụng công nghệ cao.

Bài viết liên quan:
- Hướng dẫn kỹ thuật trồng cúc mâm xôi phục vụ Tết
- Lễ hội Bánh dân gian Nam Bộ lần thứ 11
SỞ NÔNG NGHIỆP VÀ PTNT TP CẦN THƠ
Địa chỉ: Số 176/30 đường Trần Hưng Đạo, phường An Nghiệp, quận Ninh Kiều
Điện thoại: 0292.3820.115
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện năm 2024", per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Mai vàng", ["185", "196", "105,9"]), ("Cúc mâm xôi", ["240", "262", "109,2"]),
        ("Cúc vạn thọ", ["310", "295", "95,2"]), ("Hoa, kiểng khác", ["415", "447", "107,7"]),
        ("Tổng số", ["1.150", "1.200", "104,3"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    row = "hoa kiểng tổng số" if label == "Tổng số" else label.lower()
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        v = float(n.replace(".", "").replace(",", "."))
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ", **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v * 1000, "count", "chậu", subject=f"sản lượng {row} {col}", **kw))
        prev = n

FIGS = [
    fig("khoảng 520 ha", "520", 520, "measure", "ha", approx="about",
        subject="diện tích hoa kiểng toàn thành phố", period=Y24),
    fig("có 82 hộ", "82", 82, "count", "hộ", subject="hộ chuyên canh làng hoa Bà Bộ", period=Y24,
        location="Bình Thủy"),
    fig("diện tích 46 ha", "46", 46, "measure", "ha", total=520, subject="diện tích hộ chuyên canh làng hoa Bà Bộ",
        period=Y24, location="Bình Thủy"),
] + CELLS + [
    fig("từ 25.000 đến 35.000", "25.000", 25000, "money", "đồng/chậu", value_max=35000,
        subject="giá cúc vạn thọ tại vườn"),
    fig("từ 400.000 đồng/chậu", "400.000", 400000, "money", "đồng/chậu", approx="at_least",
        subject="giá mai vàng ghép"),
    fig("đạt 700 ha", "700", 700, "measure", "ha", status="target",
        subject="diện tích hoa kiểng toàn thành phố", period=T30),
    fig("ít nhất 100 ha", "100", 100, "measure", "ha", approx="at_least", status="target", total=700,
        subject="diện tích hoa kiểng ứng dụng công nghệ cao", period=T30),
]

NOTES = [
    "Department site (Sở NN&PTNT TP Cần Thơ), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 176/30 đường Trần Hưng Đạo', phone 0292.3820.115, counters 1.204.377 and 52, 'lần thứ 11', Tết Ất Tỵ.",
    "'trong đó làng hoa Bà Bộ ... có 82 hộ ... với diện tích 46 ha': 46 ha is a part of 520 ha (total); 82 hộ counts another thing (no total).",
    "revised after the first run: 46 ha subject 'diện tích làng hoa Bà Bộ' → 'diện tích hộ chuyên canh làng hoa Bà Bộ' ('với diện tích 46 ha' is the area of the 82 households).",
    "Bà Bộ figures → location Bình Thủy (the district named with them). Period 'Năm 2024' stands in their sentence.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chậu' → count, chậu ×1000; 'Ước thực hiện năm 2024' column → estimate;",
    "'So với cùng kỳ (%)' column → percent figures (the header overrides the unit line), no period stated, status actual; cells get no total.",
    "'từ 400.000 đồng/chậu trở lên' → at_least. 'phấn đấu đến năm 2030' → target, start null; 'trong đó có ít nhất 100 ha' → total 700.",
]

if __name__ == "__main__":
    write("p1305-6", TEXT, NOTES, FIGS, location="Cần Thơ")
