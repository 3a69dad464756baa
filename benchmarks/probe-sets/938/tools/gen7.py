"""p938-7: Sở NN&PTNT Lai Châu site (no dateline) — one-cell-per-line table of area by district."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LAI CHÂU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Cây dâu tây mở hướng làm giàu cho nông dân vùng cao

Năm 2024, toàn tỉnh Lai Châu trồng 27 ha dâu tây, tăng 5,2 ha so với năm 2023 và đạt 103,8% kế hoạch. Sản lượng đạt 486 tấn, năng suất bình quân 18 tấn/ha; giá bán tại vườn 100.000-120.000 đồng/kg, cao điểm dịp Tết lên tới 180.000 đồng/kg.

Toàn tỉnh có 7 hợp tác xã và 58 hộ trồng dâu; trong đó 4 hợp tác xã đón khách du lịch trải nghiệm, năm 2024 đón khoảng 12.000 lượt khách. Dâu tây được trồng chủ yếu tại các xã Bản Giang, Nùng Nàng (huyện Tam Đường) và xã Phăng Sô Lin (huyện Sìn Hồ), ở độ cao trên 1.500 m so với mực nước biển.

Diện tích trồng dâu tây phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2023
Năm 2024
Kế hoạch 2025
Tam Đường
12,5
15,0
18,0
Sìn Hồ
6,2
8,4
10,0
Phong Thổ
3,1
3,6
5,0
Tổng số
21,8
27,0
33,0

Thực hiện Quyết định số 45/QĐ-UBND của UBND tỉnh, nông dân trồng dâu được hỗ trợ 40% chi phí làm nhà màng, tối đa 100 triệu đồng/hộ.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LAI CHÂU
Địa chỉ: Tầng 3, Nhà B, Trung tâm Hành chính - Chính trị tỉnh, phường Đông Phong, thành phố Lai Châu
Điện thoại: 0213.3876.554
Lượt truy cập: 845.102
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
SUBJ = "diện tích trồng dâu tây"
ROWS = [("Tam Đường", "Tam Đường", ["12,5", "15,0", "18,0"]),
        ("Sìn Hồ", "Sìn Hồ", ["6,2", "8,4", "10,0"]),
        ("Phong Thổ", "Phong Thổ", ["3,1", "3,6", "5,0"]),
        ("Tổng số", "Lai Châu", ["21,8", "27,0", "33,0"])]


def table():
    out = []
    for label, loc, cells in ROWS:
        prev = label
        for per, cell in zip((Y23, Y24, K25), cells):
            kw = {"status": "target"} if per is K25 else {}
            out.append(F(prev + "\n" + cell, cell, float(cell.replace(",", ".")), "measure", "ha", SUBJ, per,
                         location=loc, **kw))
            prev = cell
    return out


FIGS = [
    F("trồng 27 ha", "27", 27, "measure", "ha", "diện tích dâu tây", Y24, percent=103.8,
      change=C("increase", 5.2, "ha", "năm 2023")),
    F("đạt 486 tấn", "486", 486, "measure", "tấn", "sản lượng dâu tây", I(Y24)),
    F("18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất bình quân dâu tây", I(Y24)),
    F("100.000-120.000 đồng/kg", "100.000", 100000, "money", "đồng/kg", "giá bán dâu tây tại vườn",
      value_max=120000),
    F("lên tới 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá bán dâu tây cao điểm dịp Tết"),
    F("có 7 hợp tác xã", "7", 7, "count", "hợp tác xã", "hợp tác xã trồng dâu"),
    F("58 hộ", "58", 58, "count", "hộ", "hộ trồng dâu"),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã đón khách du lịch trải nghiệm", total=7),
    F("khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách đến các hợp tác xã trồng dâu",
      Y24b, approx="about"),
    F("trên 1.500 m", "1.500", 1500, "measure", "m", "độ cao vùng trồng dâu so với mực nước biển", approx="over",
      optional=True),
] + table() + [
    F("hỗ trợ 40%", "40", 40, "percent", "%", "mức hỗ trợ chi phí làm nhà màng"),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ", "mức hỗ trợ làm nhà màng", approx="at_most"),
]

NOTES = [
    "Department site (Sở NN&PTNT Lai Châu) with no dateline: published absent. Footer address (Tầng 3, Nhà B), phone and",
    "'Lượt truy cập: 845.102' are page furniture. 'đạt 103,8% kế hoạch' -> percent of the 27 ha (no plan amount stated).",
    "'7 hợp tác xã và 58 hộ; trong đó 4 hợp tác xã' -> total 7 (the whole counting the same thing, not the sibling 58 hộ).",
    "'lên tới 180.000 đồng/kg' is the peak price itself (exact; 'lên tới' is not a bound). Altitude 'trên 1.500 m': optional.",
    "One-cell-per-line table (Đơn vị tính: ha): 12 cells, district rows -> location, 'Tổng số' -> Lai Châu, periods from the",
    "column headers (scored), 'Kế hoạch 2025' -> status target. Distractors: Quyết định số 45/QĐ-UBND, menu, footer.",
]

if __name__ == "__main__":
    emit("p938-7", TEXT, NOTES, FIGS, location="Lai Châu")
