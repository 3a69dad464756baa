"""p760-7: Sở LĐ-TB&XH Bắc Giang (department site, no dateline), hearing aids for children; one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

ROWS = [
    ("Lục Ngạn", "14", "19", "22"),
    ("Lục Nam", "11", "13", "15"),
    ("Yên Thế", "8", "12", "12"),
    ("Hiệp Hòa", "10", "9", "14"),
    ("TP Bắc Giang", "6", "7", "8"),
    ("Toàn tỉnh", "49", "60", "71"),
]
TABLE = "\n".join(["Huyện, thành phố", "Năm 2022", "Năm 2023", "Kế hoạch năm 2024"] + [c for r in ROWS for c in r])

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC GIANG
Bảo trợ xã hội - Trẻ em

Hỗ trợ máy trợ thính cho 60 trẻ em khuyết tật thính giác

Năm 2023, thực hiện Kế hoạch số 156/KH-UBND của UBND tỉnh về chăm sóc trẻ em có hoàn cảnh đặc biệt, Sở đã phối hợp với Bệnh viện Sản Nhi tỉnh hỗ trợ máy trợ thính cho 60 trẻ em khuyết tật thính giác, tăng 22,4% so với năm 2022. Tổng kinh phí thực hiện là 756 triệu đồng, mức hỗ trợ bình quân 12,6 triệu đồng/trẻ.

Hiện toàn tỉnh có 1.318 trẻ em khuyết tật, trong đó trẻ khuyết tật nghe, nói là 274 em, chiếm 20,8%. Tỷ lệ trẻ khuyết tật nghe được học hòa nhập tại trường mầm non, phổ thông đạt 76,5%.

Số trẻ được hỗ trợ phân theo địa phương như sau:

Đơn vị tính: trẻ

""" + TABLE + """

Năm 2024, Sở dự kiến hỗ trợ máy trợ thính cho 71 trẻ với kinh phí khoảng 920 triệu đồng, đồng thời phối hợp mở 3 lớp tập huấn kỹ năng chăm sóc, sử dụng máy trợ thính cho 120 phụ huynh và giáo viên. Trẻ em khuyết tật thính giác thuộc hộ nghèo, hộ cận nghèo được ưu tiên lựa chọn trước.

Địa chỉ: Số 10 đường Nguyễn Văn Cừ, TP Bắc Giang. Điện thoại: 0204.3854.286.
Tổng số lượt truy cập: 2.115.904
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [
    (per("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", "actual"),
    (per("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", "actual"),
    (per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "kế hoạch năm 2024", "target"),
]
SUBJ = "trẻ em khuyết tật thính giác được hỗ trợ máy trợ thính"

FIGS = [
    fig("thính cho 60 trẻ em khuyết tật thính giác\n", "60", 60, "count", "trẻ em", SUBJ, inh(Y23)),
    fig("cho 60 trẻ em khuyết tật thính giác, tăng", "60", 60, "count", "trẻ em", SUBJ, Y23,
        change=chg("increase", 22.4, baseline="năm 2022")),
    fig("là 756 triệu đồng", "756", 756000000, "money", "đồng", "tổng kinh phí thực hiện hỗ trợ máy trợ thính", inh(Y23)),
    fig("bình quân 12,6 triệu đồng/trẻ", "12,6", 12600000, "money", "đồng/trẻ", "mức hỗ trợ bình quân", inh(Y23)),
    fig("có 1.318 trẻ em", "1.318", 1318, "count", "trẻ em", "trẻ em khuyết tật"),
    fig("là 274 em", "274", 274, "count", "em", "trẻ khuyết tật nghe, nói", total=1318, percent=20.8),
    fig("đạt 76,5%", "76,5", 76.5, "percent", "%", "tỷ lệ trẻ khuyết tật nghe được học hòa nhập tại trường mầm non, phổ thông"),
]
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS += [
    fig("cho 71 trẻ", "71", 71, "count", "trẻ", "trẻ được hỗ trợ máy trợ thính", Y24, status="forecast"),
    fig("khoảng 920 triệu đồng", "920", 920000000, "money", "đồng", "kinh phí hỗ trợ máy trợ thính", Y24, approx="about",
        status="forecast"),
    fig("mở 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn kỹ năng chăm sóc, sử dụng máy trợ thính", Y24, status="forecast"),
    fig("cho 120 phụ huynh", "120", 120, "count", "phụ huynh", "phụ huynh và giáo viên được tập huấn", Y24, status="forecast"),
]
# one cell per line: anchor each cell by its neighbours so that the number is the first whole occurrence
for i, (label, *cells) in enumerate(ROWS):
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else "\nNăm 2024, Sở"
    loc = "Bắc Giang" if label in ("Toàn tỉnh", "TP Bắc Giang") else label
    anchors = [f"{label}\n{cells[0]}\n", f"\n{cells[1]}\n{cells[2]}\n{nxt}", f"\n{cells[2]}\n{nxt}"]
    if cells[1] == cells[2]:
        anchors[1] = f"{label}\n{cells[0]}\n{cells[1]}"
    for (p, ptxt, status), cell, anchor in zip(COLS, cells, anchors):
        kw = {"status": "target"} if status == "target" else {}
        FIGS.append(fig(anchor, cell, int(cell), "count", "trẻ", f"{SUBJ} {ptxt}", p, location=loc, **kw))

COMMENTS = [
    "Sở LĐ-TB&XH tỉnh Bắc Giang (department site): no dateline, so no published; visit counter 'Tổng số lượt truy cập: 2.115.904' in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: trẻ': columns Năm 2022 | Năm 2023 | Kế hoạch năm 2024 (target), rows = districts (location)",
    "and 'Toàn tỉnh' (Bắc Giang; TP Bắc Giang also normalises to Bắc Giang). Cell periods come from the column headers (scored, as h23).",
    "'trong đó trẻ khuyết tật nghe, nói là 274 em, chiếm 20,8%' → total 1318, percent 20.8. 'Hiện' gives no period.",
    "'Năm 2024, Sở dự kiến …, đồng thời …' — forecast continues into the đồng thời clause.",
    "Distractors: Kế hoạch số 156/KH-UBND, header years, 'Số 10 đường Nguyễn Văn Cừ', phone 0204.3854.286, the visit counter.",
]

if __name__ == "__main__":
    emit("p760-7", TEXT, COMMENTS, FIGS, location="Bắc Giang")
