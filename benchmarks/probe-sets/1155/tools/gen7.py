"""p1155-7: department site (Sở TN&MT Kon Tum), no dateline, one-cell-per-line table of stations by type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KON TUM
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Mạng lưới trạm khí tượng, đo mưa tự động trên địa bàn tỉnh

Thực hiện Kế hoạch số 86/KH-UBND về nâng cao năng lực cảnh báo thiên tai, năm 2024 Sở Tài nguyên và Môi trường đã lắp đặt mới 15 trạm, nâng tổng số trạm quan trắc tự động trên địa bàn tỉnh lên 73 trạm. Số lượng trạm theo loại như sau:
Đơn vị tính: trạm
Loại trạm
Đến 31/12/2023
Lắp mới năm 2024
Kế hoạch năm 2025
Trạm khí tượng tự động
9
3
4
Trạm đo mưa tự động
41
10
12
Trạm đo mực nước tự động
8
2
3
Tổng số
58
15
19

Các trạm đo mưa tập trung ở các huyện Đăk Glei (11 trạm), Tu Mơ Rông (9 trạm) và Kon Plông (8 trạm), nơi thường xảy ra lũ quét, sạt lở. Năm 2024, trạm đo mưa Đăk Môn (huyện Đăk Glei) ghi nhận lượng mưa ngày lớn nhất 198 mm; tổng lượng mưa cả năm tại trạm đạt 2.870 mm, cao hơn khoảng 12% so với trung bình nhiều năm.

Nhờ số liệu từ các trạm, năm 2024 tỉnh đã phát 46 bản tin cảnh báo lũ quét, sạt lở đến 102 xã, phường, thị trấn. Kinh phí vận hành, truyền số liệu của mạng lưới năm 2024 khoảng 1,05 tỷ đồng, bình quân hơn 14 triệu đồng/trạm.

Tin liên quan:
- Tập huấn vận hành trạm đo mưa tự động đợt 2
- Lắp đặt trạm đo mưa tại xã Đăk Nhoong

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KON TUM
Địa chỉ: 509 Trần Hưng Đạo, TP Kon Tum. Điện thoại: 0260.3862.547
Lượt truy cập: 486.215 | Trực tuyến: 17
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24N = per("Năm 2024", "2024-01-01", "2024-12-31")
COL = {
    "Đến 31/12/2023": (per("Đến 31/12/2023", None, "2023-12-31"), {}),
    "Lắp mới năm 2024": (per("Lắp mới năm 2024", "2024-01-01", "2024-12-31"), {}),
    "Kế hoạch năm 2025": (per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), {"status": "target"}),
}
RAINLIST = "trạm đo mưa"


def cell(anchor, number, value, row, col):
    period, kw = COL[col]
    return fig(anchor, number, value, "count", "trạm", subject=f"{row} {col.lower()}", period=period, **kw)


FIGS = [
    fig("mới 15 trạm", "15", 15, "count", "trạm", subject="trạm lắp đặt mới", period=Y24),
    fig("lên 73 trạm", "73", 73, "count", "trạm", subject="tổng số trạm quan trắc tự động", period=Y24),
    cell("tự động\n9", "9", 9, "trạm khí tượng tự động", "Đến 31/12/2023"),
    cell("9\n3", "3", 3, "trạm khí tượng tự động", "Lắp mới năm 2024"),
    cell("3\n4", "4", 4, "trạm khí tượng tự động", "Kế hoạch năm 2025"),
    cell("tự động\n41", "41", 41, "trạm đo mưa tự động", "Đến 31/12/2023"),
    cell("41\n10", "10", 10, "trạm đo mưa tự động", "Lắp mới năm 2024"),
    cell("10\n12", "12", 12, "trạm đo mưa tự động", "Kế hoạch năm 2025"),
    cell("tự động\n8", "8", 8, "trạm đo mực nước tự động", "Đến 31/12/2023"),
    cell("8\n2", "2", 2, "trạm đo mực nước tự động", "Lắp mới năm 2024"),
    cell("2\n3", "3", 3, "trạm đo mực nước tự động", "Kế hoạch năm 2025"),
    cell("Tổng số\n58", "58", 58, "tổng số trạm", "Đến 31/12/2023"),
    cell("58\n15", "15", 15, "tổng số trạm", "Lắp mới năm 2024"),
    cell("15\n19", "19", 19, "tổng số trạm", "Kế hoạch năm 2025"),
    fig("Đăk Glei (11 trạm)", "11", 11, "count", "trạm", subject=RAINLIST, location="Đăk Glei"),
    fig("Tu Mơ Rông (9 trạm)", "9", 9, "count", "trạm", subject=RAINLIST, location="Tu Mơ Rông"),
    fig("Kon Plông (8 trạm)", "8", 8, "count", "trạm", subject=RAINLIST, location="Kon Plông"),
    fig("nhất 198 mm", "198", 198, "measure", "mm", subject="lượng mưa ngày lớn nhất trạm đo mưa Đăk Môn",
        period=Y24N, location="Đăk Glei"),
    fig("đạt 2.870 mm", "2.870", 2870, "measure", "mm",
        change=chg("increase", 12, "%", "trung bình nhiều năm", approx="about"),
        subject="tổng lượng mưa cả năm tại trạm Đăk Môn", period=Y24N, location="Đăk Glei"),
    fig("phát 46 bản tin", "46", 46, "count", "bản tin", subject="bản tin cảnh báo lũ quét, sạt lở", period=Y24),
    fig("đến 102 xã", "102", 102, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn nhận bản tin cảnh báo", period=Y24),
    fig("khoảng 1,05 tỷ", "1,05", 1.05e9, "money", "đồng", approx="about",
        subject="kinh phí vận hành, truyền số liệu của mạng lưới", period=Y24),
    fig("hơn 14 triệu", "14", 14e6, "money", "đồng/trạm", approx="over",
        subject="kinh phí vận hành, truyền số liệu bình quân mỗi trạm", period=Y24),
]

NOTES = [
    "Department site (Sở TN&MT Kon Tum) with no dateline: no published. Menu, related links, footer address, phone, counters.",
    "One-cell-per-line table ('Đơn vị tính: trạm'): subject = row label + column label; periods from column headers (scored):",
    "'Đến 31/12/2023' as-of, 'Lắp mới năm 2024' the year, 'Kế hoạch năm 2025' the year and status target. Cells get no total.",
    "District list 'tập trung ở các huyện Đăk Glei (11 trạm) …' does not add up to 51: no total, no period (present).",
    "Distractors: Kế hoạch số 86/KH-UBND, 'đợt 2', '509 Trần Hưng Đạo', 0260.3862.547, 'Lượt truy cập: 486.215', 'Trực tuyến: 17'.",
    "'cao hơn khoảng 12% so với trung bình nhiều năm' is the change of 2.870 mm; 'cả năm' and 'Năm 2024' are in the same sentence.",
]

if __name__ == "__main__":
    write("p1155-7", TEXT, NOTES, FIGS, published=None, location="Kon Tum")
