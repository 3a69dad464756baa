"""p1263-7: department site (Chi cục Chăn nuôi và Thú y Nghệ An), no dateline, one-cell-per-line table by locality."""
from lib import fig, per, chg, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NGHỆ AN
Giới thiệu | Tin tức | Văn bản | Dịch bệnh | Liên hệ

Kết quả tiêm phòng dại cho chó năm 2024

Năm 2024, toàn tỉnh Nghệ An ước tiêm phòng dại cho 241.600 con chó, đạt 68,2% tổng đàn, tăng 5,9% so với năm 2023. Kết quả tại một số địa phương trọng điểm:

Số chó được tiêm phòng dại
Đơn vị tính: con
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
TP Vinh
18.420
19.650
106,7
21.000
Quỳnh Lưu
22.310
23.180
103,9
25.000
Diễn Châu
20.950
22.740
108,5
24.000
Tổng số toàn tỉnh
228.150
241.600
105,9
260.000

Toàn tỉnh hiện có khoảng 354.000 con chó, trong đó chó nuôi nhốt chiếm 41%. Năm 2024 xảy ra 9 ổ dịch dại tại 6 huyện, làm 11 người tử vong, đứng thứ 2 cả nước sau Gia Lai. Kinh phí tỉnh hỗ trợ vắc xin năm 2025 dự kiến 4,2 tỷ đồng, tăng 0,6 tỷ đồng so với năm 2024.

Chi cục đề nghị UBND các huyện, thành phố, thị xã chỉ đạo thực hiện nghiêm Chỉ thị số 15/CT-UBND về tăng cường quản lý chó nuôi, xử lý chó thả rông.

Tin đã đưa:
- Hướng dẫn tiêm phòng vụ Xuân năm 2025
- Tập huấn nâng cao năng lực cho thú y cơ sở

Bản quyền thuộc Chi cục Chăn nuôi và Thú y tỉnh Nghệ An
Địa chỉ: Số 5 đường Nguyễn Sỹ Sách, TP Vinh | ĐT: 0238.3844.125
Lượt truy cập: 1.204.377 | Trực tuyến: 26
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None, "count"), ("ước thực hiện 2024", E24, "estimate", "count"),
        ("so với cùng kỳ", None, None, "percent"), ("kế hoạch 2025", K25, "target", "count")]
ROWS = [("TP Vinh", "Vinh", ["18.420", "19.650", "106,7", "21.000"]),
        ("Quỳnh Lưu", "Quỳnh Lưu", ["22.310", "23.180", "103,9", "25.000"]),
        ("Diễn Châu", "Diễn Châu", ["20.950", "22.740", "108,5", "24.000"]),
        ("Tổng số toàn tỉnh", None, ["228.150", "241.600", "105,9", "260.000"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, cells in ROWS:
    prev = label
    for (col, p, st, kind), n in zip(COLS, cells):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if place:
            kw["location"] = place
        head = "số chó được tiêm phòng dại" if place else "tổng số chó được tiêm phòng dại"
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), kind, "%" if kind == "percent" else "con",
                         subject=f"{head} {col}", **kw))
        prev = n

FIGS = [
    fig("cho 241.600 con", "241.600", 241600, "count", "con", status="estimate", percent=68.2,
        change=chg("increase", 5.9, "%", "năm 2023"),
        subject="chó được tiêm phòng dại", period=Y24),
] + CELLS + [
    fig("khoảng 354.000 con", "354.000", 354000, "count", "con", approx="about", subject="chó"),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="chó nuôi nhốt trong tổng đàn chó"),
    fig("ra 9 ổ", "9", 9, "count", "ổ dịch", subject="ổ dịch dại", period=Y24),
    fig("tại 6 huyện", "6", 6, "count", "huyện", subject="huyện có ổ dịch dại", period=Y24),
    fig("làm 11 người", "11", 11, "count", "người", subject="người tử vong do bệnh dại", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số người tử vong do bệnh dại",
        period=Y24),
    fig("dự kiến 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="forecast",
        change=chg("increase", 0.6e9, "đồng", "năm 2024"),
        subject="kinh phí tỉnh hỗ trợ vắc xin", period=Y25),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Nghệ An), no dateline: menu, 'Tin đã đưa', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Chỉ thị số 15/CT-UBND', 'vụ Xuân năm 2025' in a link, 'Số 5 đường Nguyễn Sỹ Sách', phone 0238.3844.125, counters 1.204.377 and 26.",
    "One-cell-per-line table, 'Đơn vị tính: con'; rows are places → location (TP Vinh → Vinh; 'Tổng số toàn tỉnh' → Nghệ An);",
    "subject = caption + column; 'Năm 2023' → 2023 actual, 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target;",
    "'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023) with no period in their header and no status cue (actual; borderline).",
    "'ước tiêm phòng ... 241.600 con, đạt 68,2% ..., tăng 5,9% so với năm 2023' → estimate, percent, change.",
    "'đứng thứ 2 cả nước' → rank of the province (location Nghệ An), continues the 'Năm 2024' sentence.",
    "revised after the first run: rank subject 'số người tử vong do bệnh dại so với cả nước' → 'số người tử vong do bệnh dại'",
    "('so với cả nước' is not in the sentence; the shared gold's ranks and this set's p8 rank name only the ranked indicator).",
    "'dự kiến 4,2 tỷ đồng, tăng 0,6 tỷ đồng so với năm 2024' → forecast with a change in đồng.",
    "'Toàn tỉnh hiện có khoảng 354.000 con chó, trong đó chó nuôi nhốt chiếm 41%' → 41% is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1263-7", TEXT, NOTES, FIGS, location="Nghệ An")
