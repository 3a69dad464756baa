"""p1210-7: department site (Sở NN&PTNT Lai Châu), no dateline; one-cell-per-line table by crop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LAI CHÂU
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Lai Châu mở rộng vùng dược liệu dưới tán rừng

Đến hết năm 2023, toàn tỉnh có 2.800 ha cây dược liệu trồng dưới tán rừng, tăng 700 ha so với năm 2022; ước năm 2024 đạt 3.550 ha, bằng 88,8% mục tiêu đến năm 2025 (4.000 ha).

Diện tích dược liệu dưới tán rừng theo loại cây:
Đơn vị tính: ha
Loại cây
Năm 2022
Năm 2023
Ước năm 2024
Sâm Lai Châu
420
610
850
Khoai nưa
1.350
1.720
2.100
Tam thất
95
140
180
Các loại khác
235
330
420
Tổng cộng
2.100
2.800
3.550

Sâm Lai Châu được trồng chủ yếu ở huyện Mường Tè và Sìn Hồ. Tại xã Tà Tổng, huyện Mường Tè, 312 hộ đang trồng sâm dưới tán rừng với mật độ khoảng 2,5 vạn cây/ha; giá sâm củ tươi từ 60 đến 80 triệu đồng/kg. Khoai nưa trồng dưới tán rừng cho năng suất 20-25 tấn/ha.

Năm 2023, có 4 doanh nghiệp và 11 hợp tác xã tham gia liên kết trồng, thu mua dược liệu với người dân, bao tiêu khoảng 60% sản lượng.

Tỉnh hỗ trợ 50% giá giống sâm, tối đa 150 triệu đồng/ha theo Nghị quyết số 04/2022/NQ-HĐND.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LAI CHÂU
Địa chỉ: Tầng 7, Nhà B, Trung tâm Hành chính - Chính trị tỉnh, phường Tân Phong, TP Lai Châu
Điện thoại: 0213.3876.368
Tổng lượt truy cập: 3.204.771 | Đang trực tuyến: 41
"""

ASOF = per("Đến hết năm 2023", None, "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COL = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
       "Ước năm 2024": per("Ước năm 2024", "2024-01-01", "2024-12-31")}
MT = "Mường Tè"


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return fig(anchor, number, value, "measure", "ha", subject=f"diện tích {row} dưới tán rừng {col.lower()}",
               period=COL[col], **kw)


A, B, C = COL
FIGS = [
    fig("có 2.800 ha", "2.800", 2800, "measure", "ha", change=chg("increase", 700, "ha", "năm 2022"),
        subject="diện tích cây dược liệu trồng dưới tán rừng", period=ASOF),
    fig("đạt 3.550 ha", "3.550", 3550, "measure", "ha", percent=88.8, target=tgt(4000, "ha"), status="estimate",
        subject="diện tích cây dược liệu trồng dưới tán rừng", period=Y24),
    cell("Sâm Lai Châu\n420", "420", 420, "sâm Lai Châu", A),
    cell("420\n610", "610", 610, "sâm Lai Châu", B),
    cell("610\n850", "850", 850, "sâm Lai Châu", C),
    cell("Khoai nưa\n1.350", "1.350", 1350, "khoai nưa", A),
    cell("1.350\n1.720", "1.720", 1720, "khoai nưa", B),
    cell("1.720\n2.100", "2.100", 2100, "khoai nưa", C),
    cell("Tam thất\n95", "95", 95, "tam thất", A),
    cell("95\n140", "140", 140, "tam thất", B),
    cell("140\n180", "180", 180, "tam thất", C),
    cell("Các loại khác\n235", "235", 235, "các loại khác", A),
    cell("235\n330", "330", 330, "các loại khác", B),
    cell("330\n420", "420", 420, "các loại khác", C),
    cell("Tổng cộng\n2.100", "2.100", 2100, "dược liệu tổng cộng", A),
    cell("2.100\n2.800", "2.800", 2800, "dược liệu tổng cộng", B),
    cell("2.800\n3.550", "3.550", 3550, "dược liệu tổng cộng", C),
    fig("312 hộ", "312", 312, "count", "hộ", subject="hộ trồng sâm Lai Châu dưới tán rừng", location=MT),
    fig("khoảng 2,5 vạn", "2,5", 25000, "measure", "cây/ha", approx="about",
        subject="mật độ trồng sâm Lai Châu", location=MT),
    fig("từ 60 đến", "60", 60000000, "money", "đồng/kg", value_max=80000000,
        subject="giá sâm Lai Châu củ tươi", location=MT),
    fig("20-25 tấn/ha", "20", 20, "measure", "tấn/ha", value_max=25,
        subject="năng suất khoai nưa trồng dưới tán rừng"),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia liên kết trồng, thu mua dược liệu", period=COL["Năm 2023"]),
    fig("11 hợp tác xã", "11", 11, "count", "hợp tác xã",
        subject="hợp tác xã tham gia liên kết trồng, thu mua dược liệu", period=COL["Năm 2023"]),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng dược liệu được bao tiêu", period=COL["Năm 2023"]),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá giống sâm"),
    fig("tối đa 150 triệu", "150", 150000000, "money", "đồng/ha", approx="at_most",
        subject="mức hỗ trợ giống sâm tối đa"),
]

NOTES = [
    "Department site (Sở NN&PTNT Lai Châu), no dateline: published absent. Footer address, phone, 'Tổng lượt truy cập: 3.204.771 | Đang trực tuyến: 41'.",
    "'ước năm 2024 đạt 3.550 ha, bằng 88,8% mục tiêu đến năm 2025 (4.000 ha)' → estimate, percent 88.8, target 4.000 ha.",
    "One-cell-per-line table, 'Đơn vị tính: ha', rows are crops (not places): subject = row label + column label; periods from the headers;",
    "column 'Ước năm 2024' → estimate. 'Sâm Lai Châu' is a crop name, not a place label. 'Tổng cộng' row is its own figures; cells get no total.",
    "Tà Tổng is a commune of Mường Tè: its sentence gets Mường Tè. '2,5 vạn cây/ha' = 25000 (vạn ×10⁴). Distractors: Nghị quyết số 04/2022/NQ-HĐND, 'Tầng 7, Nhà B', phone, counters.",
]

if __name__ == "__main__":
    write("p1210-7", TEXT, NOTES, FIGS, location="Lai Châu")
