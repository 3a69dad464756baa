"""p815-7: Sở VH&TT Quảng Ninh site (no dateline): Đại hội Thể thao người cao tuổi, one-cell-per-line table."""
from lib import F, P, I, C, T, emit, cell_anchor
import unicodedata

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Bế mạc Đại hội Thể thao người cao tuổi tỉnh Quảng Ninh lần thứ IV

Sau 3 ngày thi đấu sôi nổi (từ ngày 14 đến 16/11/2024), Đại hội Thể thao người cao tuổi tỉnh Quảng Ninh lần thứ IV đã bế mạc tại Nhà thi đấu thể thao tỉnh. Đại hội thu hút 13 đoàn với 612 vận động viên tranh tài ở 8 môn gồm cờ tướng, bóng bàn, cầu lông, pickleball, dưỡng sinh, khiêu vũ, đi bộ và kéo co. Vận động viên cao tuổi nhất là cụ Phạm Văn Chín, 88 tuổi, thi đấu môn cờ tướng.

Ban tổ chức đã trao 64 bộ huy chương Vàng, 64 bộ huy chương Bạc và 96 bộ huy chương Đồng. Tổng kinh phí tổ chức khoảng 750 triệu đồng, trong đó xã hội hóa 210 triệu đồng.

Kết quả của 4 đơn vị dẫn đầu toàn đoàn (đơn vị tính: huy chương):
Đơn vị
Vàng
Bạc
Đồng
Tổng số
TP Hạ Long
14
11
9
34
TP Cẩm Phả
11
10
12
33
TP Uông Bí
9
8
10
27
TX Đông Triều
7
9
8
24

Đoàn TP Hạ Long xếp thứ nhất, TP Cẩm Phả xếp thứ hai. Số vận động viên tham gia Đại hội lần này tăng 18% so với Đại hội lần thứ III năm 2020. Theo kế hoạch, năm 2025 các địa phương tổ chức Đại hội cấp cơ sở tại 100% xã, phường.

SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Địa chỉ: Tầng 11, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.617 - Email: svhtt@quangninh.gov.vn
Tổng lượt truy cập: 3.108.452
"""
TEXT_N = unicodedata.normalize("NFC", TEXT.strip("\n") + "\n")

EVENT = P("từ ngày 14 đến 16/11/2024", "2024-11-14", "2024-11-16")
COLS = ["huy chương Vàng", "huy chương Bạc", "huy chương Đồng", "Tổng số huy chương"]
ROWS = [("TP Hạ Long", "Hạ Long", ["14", "11", "9", "34"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["11", "10", "12", "33"]),
        ("TP Uông Bí", "Uông Bí", ["9", "8", "10", "27"]),
        ("TX Đông Triều", "Đông Triều", ["7", "9", "8", "24"])]

table = []
for label, place, cells in ROWS:
    hint = label + "\n"
    pos = TEXT_N.find(hint)
    for col, cell in zip(COLS, cells):
        # anchor: this cell and the lines after it, as long as needed to be unique
        j = TEXT_N.find("\n" + cell + "\n", pos) + 1
        k = len(cell) + 1
        while TEXT_N.count(TEXT_N[j:j + k]) != 1:
            k += 1
        table.append(F(TEXT_N[j:j + k], cell, int(cell), "count", "huy chương", col, I(EVENT), location=place))
        pos = j + len(cell)

FIGS = [
    F("Sau 3 ngày thi đấu", "3", 3, "measure", "ngày", "thời gian thi đấu của Đại hội", optional=True),
    F("thu hút 13 đoàn", "13", 13, "count", "đoàn", "đoàn tham gia Đại hội", I(EVENT)),
    F("612 vận động viên", "612", 612, "count", "vận động viên", "vận động viên tranh tài tại Đại hội", I(EVENT)),
    F("ở 8 môn", "8", 8, "count", "môn", "môn thi đấu tại Đại hội", I(EVENT)),
    F("88 tuổi", "88", 88, "measure", "tuổi", "tuổi của vận động viên cao tuổi nhất", optional=True),
    F("64 bộ huy chương Vàng", "64", 64, "count", "bộ huy chương", "bộ huy chương Vàng đã trao", I(EVENT)),
    F("64 bộ huy chương Bạc", "64", 64, "count", "bộ huy chương", "bộ huy chương Bạc đã trao", I(EVENT)),
    F("96 bộ huy chương Đồng", "96", 96, "count", "bộ huy chương", "bộ huy chương Đồng đã trao", I(EVENT)),
    F("khoảng 750 triệu đồng", "750", 750000000, "money", "đồng", "tổng kinh phí tổ chức Đại hội", I(EVENT), approx="about"),
    F("xã hội hóa 210 triệu đồng", "210", 210000000, "money", "đồng", "kinh phí xã hội hóa", I(EVENT), total=750000000),
    F("của 4 đơn vị", "4", 4, "count", "đơn vị", "đơn vị dẫn đầu toàn đoàn", optional=True),
] + table + [
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn tại Đại hội", I(EVENT), location="Hạ Long"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", "xếp hạng toàn đoàn tại Đại hội", I(EVENT), location="Cẩm Phả"),
    F("tăng 18%", "18", 18, "percent", "%", "số vận động viên tham gia Đại hội", I(EVENT)),
    F("100% xã, phường", "100", 100, "percent", "%", "xã, phường tổ chức Đại hội cấp cơ sở",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

NOTES = [
    "Sở VH&TT Quảng Ninh: closing of the 4th provincial elderly sports games (14-16/11/2024). No dateline: published omitted.",
    "One-cell-per-line medal table (đơn vị tính: huy chương): every numeric cell is a figure, row label = location (city/town),",
    "column label = subject; no totals for cells ('Tổng số' column cells are figures of their own). Period inherited from the event dates.",
    "'Số vận động viên ... tăng 18% so với Đại hội lần thứ III năm 2020' has no base amount in its sentence: a percent figure, no change.",
    "Optional: '3 ngày thi đấu' (event duration), the oldest athlete's age, '4 đơn vị dẫn đầu' (the table's scope).",
    "Distractors: 'lần thứ IV', 'lần thứ III năm 2020', 'cụ Phạm Văn Chín', 'Tầng 11', 'Trụ sở Liên cơ quan số 3', phone, visit counter.",
]

emit("p815-7", TEXT, NOTES, FIGS, published=None, location="Quảng Ninh")
