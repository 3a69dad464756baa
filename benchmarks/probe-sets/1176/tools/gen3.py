"""p1176-3: formal report (UBND tỉnh Bắc Ninh) on vehicle registration 2024, flattened | table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 16/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 20 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác đăng ký, quản lý phương tiện giao thông cơ giới đường bộ năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Đăng ký xe
Năm 2024, toàn tỉnh đăng ký mới 68.415 phương tiện, tăng 4,8% so với năm 2023, gồm 14.906 xe ô tô và 53.509 xe mô tô. Kết quả theo địa bàn:

Đơn vị tính: xe
Địa bàn | Ô tô | Mô tô | Cộng
TP Bắc Ninh | 5.214 | 12.380 | 17.594
TP Từ Sơn | 3.026 | 9.845 | 12.871
Huyện Tiên Du | 1.892 | 7.416 | 9.308
Các huyện còn lại | 4.774 | 23.868 | 28.642
Tổng cộng | 14.906 | 53.509 | 68.415

Tính đến ngày 31/12/2024, toàn tỉnh quản lý 168.420 xe ô tô và hơn 1,05 triệu xe mô tô, bình quân 112 xe ô tô/1.000 dân.

2. Đấu giá biển số xe ô tô
Từ ngày 15/9/2023 đến ngày 31/12/2024, có 2.318 biển số của tỉnh được đưa ra đấu giá, trong đó 1.562 biển số trúng đấu giá (chiếm 67,4%); số tiền trúng đấu giá 98,74 tỷ đồng, đã nộp ngân sách 91,2 tỷ đồng. Có 127 trường hợp trúng đấu giá nhưng không nộp tiền, chiếm 8,1% số biển trúng.

3. Thu hồi, xử lý vi phạm
Thu hồi 1.046 chứng nhận đăng ký, biển số xe; xử lý 382 trường hợp không làm thủ tục sang tên, phạt tiền 1,15 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% Công an cấp xã thực hiện đăng ký xe trực tuyến toàn trình; giảm ít nhất 10% số xe hết niên hạn chưa thu hồi đăng ký.

Nơi nhận:
- Bộ Công an (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CAT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
AUC = per("Từ ngày 15/9/2023 đến ngày 31/12/2024", "2023-09-15", "2024-12-31")
Y24T = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)   # report title
Y25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

COLS = {"Ô tô": "xe ô tô đăng ký mới", "Mô tô": "xe mô tô đăng ký mới", "Cộng": "xe đăng ký mới cộng"}
ROWS = {"TP Bắc Ninh": ("Bắc Ninh", ""), "TP Từ Sơn": ("Từ Sơn", ""), "Huyện Tiên Du": ("Tiên Du", ""),
        "Các huyện còn lại": ("Bắc Ninh", " các huyện còn lại"), "Tổng cộng": ("Bắc Ninh", " tổng cộng")}


def cell(anchor, number, value, row, col):
    loc, extra = ROWS[row]
    return fig(anchor, number, value, "count", "xe", subject=COLS[col] + extra, period=inh(Y24), location=loc)


FIGS = [
    fig("mới 68.415 phương tiện", "68.415", 68415, "count", "phương tiện",
        change=chg("increase", 4.8, "%", "năm 2023"), subject="phương tiện đăng ký mới", period=Y24),
    fig("gồm 14.906 xe ô tô", "14.906", 14906, "count", "xe ô tô", total=68415,
        subject="xe ô tô đăng ký mới", period=Y24),
    fig("và 53.509 xe mô tô", "53.509", 53509, "count", "xe mô tô", total=68415,
        subject="xe mô tô đăng ký mới", period=Y24),
    cell("TP Bắc Ninh | 5.214", "5.214", 5214, "TP Bắc Ninh", "Ô tô"),
    cell("5.214 | 12.380", "12.380", 12380, "TP Bắc Ninh", "Mô tô"),
    cell("12.380 | 17.594", "17.594", 17594, "TP Bắc Ninh", "Cộng"),
    cell("TP Từ Sơn | 3.026", "3.026", 3026, "TP Từ Sơn", "Ô tô"),
    cell("3.026 | 9.845", "9.845", 9845, "TP Từ Sơn", "Mô tô"),
    cell("9.845 | 12.871", "12.871", 12871, "TP Từ Sơn", "Cộng"),
    cell("Tiên Du | 1.892", "1.892", 1892, "Huyện Tiên Du", "Ô tô"),
    cell("1.892 | 7.416", "7.416", 7416, "Huyện Tiên Du", "Mô tô"),
    cell("7.416 | 9.308", "9.308", 9308, "Huyện Tiên Du", "Cộng"),
    cell("còn lại | 4.774", "4.774", 4774, "Các huyện còn lại", "Ô tô"),
    cell("4.774 | 23.868", "23.868", 23868, "Các huyện còn lại", "Mô tô"),
    cell("23.868 | 28.642", "28.642", 28642, "Các huyện còn lại", "Cộng"),
    cell("Tổng cộng | 14.906", "14.906", 14906, "Tổng cộng", "Ô tô"),
    cell("14.906 | 53.509", "53.509", 53509, "Tổng cộng", "Mô tô"),
    cell("53.509 | 68.415", "68.415", 68415, "Tổng cộng", "Cộng"),
    fig("quản lý 168.420 xe", "168.420", 168420, "count", "xe ô tô",
        subject="xe ô tô toàn tỉnh quản lý", period=ASOF),
    fig("hơn 1,05 triệu", "1,05", 1050000, "count", "xe mô tô", approx="over",
        subject="xe mô tô toàn tỉnh quản lý", period=ASOF),
    fig("bình quân 112 xe", "112", 112, "measure", "xe ô tô/1.000 dân",
        subject="xe ô tô bình quân trên 1.000 dân", period=ASOF),
    fig("có 2.318 biển số", "2.318", 2318, "count", "biển số",
        subject="biển số của tỉnh được đưa ra đấu giá", period=AUC),
    fig("trong đó 1.562 biển số", "1.562", 1562, "count", "biển số", total=2318, percent=67.4,
        subject="biển số trúng đấu giá", period=AUC),
    fig("đấu giá 98,74 tỷ", "98,74", 98740000000, "money", "đồng",
        subject="số tiền trúng đấu giá", period=AUC),
    fig("ngân sách 91,2 tỷ", "91,2", 91200000000, "money", "đồng",
        subject="số tiền trúng đấu giá đã nộp ngân sách", period=AUC),
    fig("Có 127 trường hợp", "127", 127, "count", "trường hợp", percent=8.1,
        subject="trường hợp trúng đấu giá nhưng không nộp tiền", period=inh(AUC)),
    fig("Thu hồi 1.046", "1.046", 1046, "count", "chứng nhận đăng ký, biển số xe",
        subject="chứng nhận đăng ký, biển số xe thu hồi", period=Y24T),
    fig("xử lý 382 trường hợp", "382", 382, "count", "trường hợp",
        subject="trường hợp không làm thủ tục sang tên bị xử lý", period=Y24T),
    fig("phạt tiền 1,15 tỷ", "1,15", 1150000000, "money", "đồng",
        subject="tiền phạt trường hợp không làm thủ tục sang tên", period=Y24T),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ Công an cấp xã thực hiện đăng ký xe trực tuyến toàn trình", period=Y25),
    fig("giảm ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số xe hết niên hạn chưa thu hồi đăng ký", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 16/BC-UBND', 'Bắc Ninh, ngày 20 tháng 01 năm 2025' (published 2025-01-20).",
    "Flattened '|' table, 'Đơn vị tính: xe'; rows are places (TP Bắc Ninh, TP Từ Sơn, Huyện Tiên Du -> location) plus 'Các huyện còn lại'",
    "and 'Tổng cộng' (not places: row label kept in the subject, location Bắc Ninh). Subject = column label + indicator 'đăng ký mới'.",
    "Table cells: period 'Năm 2024' inherited from the sentence above; no totals (the Tổng cộng row and Cộng column are figures).",
    "'gồm 14.906 xe ô tô và 53.509 xe mô tô' are parts of 68.415. 'trong đó 1.562 biển số ... (chiếm 67,4%)': total 2.318 and percent 67,4.",
    "'chiếm 8,1% số biển trúng' gives percent only. '112 xe ô tô/1.000 dân' is a rate (measure). 'giảm ít nhất 10%' is a target rate (percent).",
    "Section 3 figures inherit 'năm 2024' from the title; section II targets inherit 'PHƯƠNG HƯỚNG NĂM 2025'.",
    "Distractors: Số: 16/BC-UBND, section numbers I./II./1.-3., 15/9/2023, 'Lưu: VT, CAT', '(b/c)'.",
]

if __name__ == "__main__":
    write("p1176-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Bắc Ninh")
