"""p556-7: department site (Sở NN&PTNT Thừa Thiên Huế), no dateline, one-cell-per-line table with 'Đơn vị tính: ha'."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin tức / Thủy lợi - Phòng chống thiên tai

Thiệt hại sản xuất nông nghiệp do mưa lũ giữa tháng 11/2023

Từ ngày 12 đến 16/11/2023, trên địa bàn tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến 700-1.000 mm, có nơi trên 1.200 mm như A Lưới (1.356 mm), Bạch Mã (1.412,6 mm). Mưa lũ đã làm hơn 1.750 ha cây trồng và gần 1.450 ha nuôi trồng thủy sản bị thiệt hại; 2.560 con gia súc, gia cầm bị chết; giá trị thiệt hại ước 186,4 tỷ đồng. Số liệu chi tiết tại bảng dưới đây.

Bảng: Diện tích bị thiệt hại tại một số địa phương
Đơn vị tính: ha
Địa phương
Diện tích lúa
Diện tích rau màu
Diện tích thủy sản
Phong Điền
412,5
126
85,3
Quảng Điền
638
94,2
310
Phú Vang
205
57
1.046,8
Hương Trà
174
48,6
0
Tổng
1.429,5
325,8
1.442,1

Theo Nghị định số 02/2017/NĐ-CP, mức hỗ trợ lúa thuần bị thiệt hại trên 70% là 2 triệu đồng/ha, thiệt hại từ 30 đến 70% là 1 triệu đồng/ha; diện tích nuôi trồng thủy sản thiệt hại trên 70% được hỗ trợ từ 8 đến 10 triệu đồng/ha.

Sở đã đề nghị UBND tỉnh hỗ trợ 9,8 tỷ đồng để khôi phục sản xuất; dự kiến cấp 120 tấn giống lúa và 15 tấn giống ngô cho vụ đông xuân tới.

Địa chỉ: 15 Phan Chu Trinh, TP. Huế - Điện thoại: 0234.3822.416
Tổng lượt truy cập: 1.284.553
"""

RAIN = P("Từ ngày 12 đến 16/11/2023", "2023-11-12", "2023-11-16")
TAB = I(RAIN)

COLS = ["Diện tích lúa", "Diện tích rau màu", "Diện tích thủy sản"]
ROWS = [
    ("Phong Điền", "Phong Điền", ["412,5", "126", "85,3"]),
    ("Quảng Điền", "Quảng Điền", ["638", "94,2", "310"]),
    ("Phú Vang", "Phú Vang", ["205", "57", "1.046,8"]),
    ("Hương Trà", "Hương Trà", ["174", "48,6", "0"]),
    ("Tổng", None, ["1.429,5", "325,8", "1.442,1"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for label, loc, cells in ROWS:
        for j, cell in enumerate(cells):
            prev = label if j == 0 else cells[j - 1]
            nxt = ROWS[ROWS.index((label, loc, cells)) + 1][0] if j == 2 and label != "Tổng" else None
            anchor = f"{prev}\n{cell}" + (f"\n{nxt}" if nxt else "")
            if label == "Tổng" and j == 2:
                anchor = f"{prev}\n{cell}\n\n"
            subject = COLS[j] + (" tổng" if label == "Tổng" else "")
            kw = {"location": loc} if loc else {}
            out.append(F(anchor, cell, num(cell), "measure", "ha", subject, TAB, **kw))
    return out


FIGS = [
    F("phổ biến 700-1.000 mm", "700", 700, "measure", "mm", "tổng lượng mưa phổ biến", RAIN, value_max=1000),
    F("trên 1.200 mm", "1.200", 1200, "measure", "mm", "tổng lượng mưa có nơi", RAIN, approx="over"),
    F("A Lưới (1.356 mm)", "1.356", 1356, "measure", "mm", "tổng lượng mưa", RAIN, location="A Lưới"),
    F("Bạch Mã (1.412,6 mm)", "1.412,6", 1412.6, "measure", "mm", "tổng lượng mưa tại Bạch Mã", RAIN),
    F("hơn 1.750 ha", "1.750", 1750, "measure", "ha", "cây trồng bị thiệt hại", TAB, approx="over"),
    F("gần 1.450 ha", "1.450", 1450, "measure", "ha", "nuôi trồng thủy sản bị thiệt hại", TAB, approx="nearly"),
    F("2.560 con", "2.560", 2560, "count", "con", "gia súc, gia cầm bị chết", TAB),
    F("ước 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "giá trị thiệt hại", TAB, status="estimate"),
] + table_figs() + [
    F("bị thiệt hại trên 70% là", "70", 70, "percent", "%", "mức thiệt hại lúa thuần", approx="over", optional=True),
    F("là 2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "mức hỗ trợ lúa thuần bị thiệt hại trên 70%"),
    F("từ 30 đến 70%", "30", 30, "percent", "%", "mức thiệt hại lúa thuần", value_max=70, optional=True),
    F("là 1 triệu đồng/ha", "1", 1e6, "money", "đồng/ha", "mức hỗ trợ lúa thuần bị thiệt hại từ 30 đến 70%"),
    F("thiệt hại trên 70% được", "70", 70, "percent", "%", "mức thiệt hại nuôi trồng thủy sản", approx="over", optional=True),
    F("từ 8 đến 10 triệu đồng/ha", "8", 8e6, "money", "đồng/ha", "mức hỗ trợ diện tích nuôi trồng thủy sản thiệt hại trên 70%",
      value_max=10e6),
    F("hỗ trợ 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "kinh phí đề nghị hỗ trợ khôi phục sản xuất"),
    F("cấp 120 tấn", "120", 120, "measure", "tấn", "giống lúa dự kiến cấp", status="forecast"),
    F("15 tấn giống ngô", "15", 15, "measure", "tấn", "giống ngô dự kiến cấp", status="forecast"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Thừa Thiên Huế), no dateline (published absent); footer address, phone and visit counter.",
    "Table one cell per line with 'Đơn vị tính: ha': every numeric cell is a figure (0 too), subject = column label, district rows",
    "give location, the 'Tổng' row stays provincial (no total attribute: no cue). Table period: the lead's 'Từ ngày 12 đến",
    "16/11/2023', stated outside the table, so inherited; so is the damage sentence after the rainfall sentence.",
    "A Lưới is a district (location); Bạch Mã is a national park, not a district, so location stays Thừa Thiên Huế.",
    "Not figures: Nghị định số 02/2017/NĐ-CP, 11/2023 in the headline, 15 Phan Chu Trinh, 0234.3822.416, 1.284.553 (counter).",
    "Damage thresholds 'trên 70%', 'từ 30 đến 70%' are eligibility conditions: optional. 'đề nghị ... 9,8 tỷ' is actual",
    "(a request, no status cue); 'dự kiến cấp 120 tấn ... và 15 tấn' -> forecast.",
]

if __name__ == "__main__":
    emit("p556-7", TEXT, COMMENTS, FIGS, published=None, location="Thừa Thiên Huế")
