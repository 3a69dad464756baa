"""p1570-7: department site (Sở Du lịch Quảng Ninh), no dateline: coal-art souvenirs, one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Đồ lưu niệm từ than đá - quà tặng đặc trưng của vùng mỏ

Quảng Ninh hiện có 14 cơ sở sản xuất đồ lưu niệm từ than đá, chủ yếu là móc khóa, tượng nhỏ, tranh than và chặn giấy, sử dụng khoảng 260 lao động. Năm 2023, các cơ sở tiêu thụ 212.000 sản phẩm, doanh thu 38,5 tỷ đồng; ước năm 2024 đạt 246.000 sản phẩm, tăng 16% so với năm 2023.

Số sản phẩm lưu niệm từ than đá bán ra theo địa phương
Đơn vị tính: nghìn sản phẩm
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Hạ Long
131
150
114,5
TP Cẩm Phả
52
61
117,3
Huyện Vân Đồn
29
35
120,7
Tổng số
212
246
116,0

Giá một móc khóa than đá từ 30.000 đến 50.000 đồng; tượng nhỏ khắc hình vịnh Hạ Long có giá 150.000-400.000 đồng/chiếc. Năm 2025, Sở phấn đấu đưa thêm 5 sản phẩm than đá vào danh mục quà tặng đặc trưng của tỉnh và đạt doanh thu khoảng 50 tỷ đồng từ nhóm sản phẩm này.

Tin cùng chuyên mục:
- Hướng dẫn viên du lịch tập huấn kỹ năng thuyết minh
- Quảng Ninh quảng bá du lịch tại hội chợ quốc tế

SỞ DU LỊCH TỈNH QUẢNG NINH
Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.226
Lượt truy cập: 1.904.377 | Đang trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)"]
IND = "số sản phẩm lưu niệm từ than đá bán ra"


def cell(anchor, number, place, col):
    v = float(number.replace(",", "."))
    lead = "tổng " if place is None else ""
    kw = {"location": place} if place else {}
    if col.startswith("So với"):
        return fig(anchor, number, v, "percent", "%", subject=f"{lead}{IND} so với cùng kỳ", **kw)
    if col.startswith("Ước"):
        kw["status"] = "estimate"
    p = {"Năm 2023": Y23, "Ước thực hiện 2024": E24}[col]
    return fig(anchor, number, v * 1e3, "count", "sản phẩm", subject=f"{lead}{IND} {col.lower()}",
               period=p, **kw)


ROWS = [("TP Hạ Long", "Hạ Long", ["131", "150", "114,5"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["52", "61", "117,3"]),
        ("Huyện Vân Đồn", "Vân Đồn", ["29", "35", "120,7"]),
        ("Tổng số", None, ["212", "246", "116,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, place, col))
        prev = n

FIGS = [
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất đồ lưu niệm từ than đá"),
    fig("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
        subject="lao động các cơ sở sử dụng"),
    fig("tiêu thụ 212.000 sản phẩm", "212.000", 212000, "count", "sản phẩm",
        subject="sản phẩm các cơ sở tiêu thụ", period=Y23),
    fig("doanh thu 38,5 tỷ", "38,5", 38.5e9, "money", "đồng", subject="doanh thu các cơ sở", period=Y23),
    fig("đạt 246.000 sản phẩm", "246.000", 246000, "count", "sản phẩm", status="estimate",
        change=chg("increase", 16, "%", "năm 2023"), subject="sản phẩm các cơ sở tiêu thụ", period=Y24),
] + CELLS + [
    fig("từ 30.000 đến 50.000", "30.000", 30000, "money", "đồng", value_max=50000,
        subject="giá một móc khóa than đá"),
    fig("150.000-400.000 đồng/chiếc", "150.000", 150000, "money", "đồng/chiếc", value_max=400000,
        subject="giá tượng nhỏ khắc hình vịnh Hạ Long"),
    fig("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm than đá đưa thêm vào danh mục quà tặng đặc trưng của tỉnh", period=Y25),
    fig("khoảng 50 tỷ", "50", 50e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu từ nhóm sản phẩm than đá", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Quảng Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Tầng 9', 'Trụ sở Liên cơ quan số 3', phone 0203.3835.226, counters 1.904.377 and 52; 'một móc khóa' (= per item).",
    "One-cell-per-line table with a place column, 'Đơn vị tính: nghìn sản phẩm': a place row label goes to location (Hạ Long,",
    "Cẩm Phả, Vân Đồn; 'Tổng số' → the province), subject = caption indicator + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' cells are percent figures with no period, status actual; no totals.",
    "'ước năm 2024 đạt 246.000 sản phẩm, tăng 16%' → estimate with change; 'Năm 2025, Sở phấn đấu ... và đạt ...' → both target.",
]

if __name__ == "__main__":
    write("p1570-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
