"""p724-7: Sở VH&TT TP. Hồ Chí Minh department page, no dateline — public sports facilities, one-cell-per-line table."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Hệ thống công trình thể thao công cộng trên địa bàn Thành phố

Tính đến ngày 31/12/2023, Thành phố có 1.126 bể bơi, trong đó 214 bể thuộc các trường học; 96 nhà thi đấu và 2.350 sân bóng đá mini. Năm 2023, các bể bơi công cộng phục vụ khoảng 6,8 triệu lượt người, tăng 12% so với năm 2022.

Số lượng công trình thể thao tại một số địa phương (tính đến 31/12/2023)
Đơn vị tính: công trình
Địa phương
Bể bơi
Nhà thi đấu
Sân bóng đá mini
Quận 1
18
4
36
Quận 7
57
6
112
Quận Bình Thạnh
46
5
98
Thành phố Thủ Đức
164
12
387
Huyện Củ Chi
39
3
145

Giai đoạn 2024-2025, Thành phố dự kiến đầu tư khoảng 1.850 tỷ đồng để xây mới 15 nhà thi đấu và cải tạo 40 bể bơi công lập; phấn đấu đến năm 2025 tỷ lệ trường tiểu học có bể bơi đạt 40%.

Trong quý I/2024, Thanh tra Sở đã kiểm tra 126 bể bơi kinh doanh dịch vụ, phát hiện 9 bể vi phạm quy định về nhân viên cứu hộ, xử phạt 186 triệu đồng.

Giá sử dụng bể bơi công lập hiện từ 20.000 đến 40.000 đồng/lượt, miễn phí cho người khuyết tật và trẻ em dưới 6 tuổi.

Bản quyền thuộc Sở Văn hóa và Thể thao TP. Hồ Chí Minh
Địa chỉ: 164 Đồng Khởi, Phường Bến Nghé, Quận 1 – Điện thoại: (028) 3829 5936
Lượt truy cập: 2.481.337
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
TAB = I(P("tính đến 31/12/2023", None, "2023-12-31"))
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
COLS = ("Bể bơi", "Nhà thi đấu", "Sân bóng đá mini")


def row(place, cells):
    return [F(anchor, number, value, "count", "công trình", col, TAB, location=place)
            for (anchor, number, value), col in zip(cells, COLS)]


FIGS = [
    F("có 1.126 bể bơi", "1.126", 1126, "count", "bể bơi", "bể bơi", ASOF),
    F("trong đó 214 bể", "214", 214, "count", "bể", "bể bơi thuộc các trường học", ASOF, total=1126),
    F("96 nhà thi đấu", "96", 96, "count", "nhà thi đấu", "nhà thi đấu", ASOF),
    F("2.350 sân bóng đá mini", "2.350", 2350, "count", "sân bóng đá mini", "sân bóng đá mini", ASOF),
    F("khoảng 6,8 triệu lượt người", "6,8", 6.8e6, "count", "lượt người", "lượt người các bể bơi công cộng phục vụ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=CH("increase", 12, "%", "năm 2022")),
]
FIGS += row("Quận 1", [("Quận 1\n18", "18", 18), ("18\n4\n", "4", 4), ("4\n36", "36", 36)])
FIGS += row("Quận 7", [("Quận 7\n57", "57", 57), ("57\n6\n", "6", 6), ("6\n112", "112", 112)])
FIGS += row("Bình Thạnh", [("Thạnh\n46", "46", 46), ("46\n5\n", "5", 5), ("5\n98", "98", 98)])
FIGS += row("Thủ Đức", [("Đức\n164", "164", 164), ("164\n12\n", "12", 12), ("12\n387", "387", 387)])
FIGS += row("Củ Chi", [("Chi\n39", "39", 39), ("39\n3\n", "3", 3), ("3\n145", "145", 145)])
FIGS += [
    F("khoảng 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "vốn đầu tư xây mới nhà thi đấu và cải tạo bể bơi",
      G, approx="about", status="forecast"),
    F("xây mới 15 nhà thi đấu", "15", 15, "count", "nhà thi đấu", "nhà thi đấu xây mới", G, status="forecast"),
    F("cải tạo 40 bể bơi", "40", 40, "count", "bể bơi", "bể bơi công lập cải tạo", G, status="forecast"),
    F("bể bơi đạt 40%", "40", 40, "percent", "%", "tỷ lệ trường tiểu học có bể bơi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("kiểm tra 126 bể bơi", "126", 126, "count", "bể bơi", "bể bơi kinh doanh dịch vụ được kiểm tra", Q1),
    F("phát hiện 9 bể", "9", 9, "count", "bể", "bể vi phạm quy định về nhân viên cứu hộ", Q1),
    F("xử phạt 186 triệu đồng", "186", 186e6, "money", "đồng", "tiền xử phạt bể bơi vi phạm", Q1),
    F("từ 20.000 đến 40.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "Giá sử dụng bể bơi công lập",
      value_max=40000),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em được miễn phí", approx="under", optional=True),
]

COMMENTS = [
    "Sở Văn hóa và Thể thao TP. Hồ Chí Minh page, no dateline (no published): công trình thể thao công cộng.",
    "One-cell-per-line table with 'Đơn vị tính: công trình': every numeric cell a figure, unit công trình, subject the",
    "column label, location the row label (Quận 1, Quận 7, Bình Thạnh, TP Thủ Đức, Củ Chi — 'Quận 1' itself is a",
    "name, not a figure); period from the title line '(tính đến 31/12/2023)', inherited. '96 nhà thi đấu' after ';'",
    "is a sibling, not a part of the 1.126 pools. 'dự kiến' governs the investment clause (forecast), 'phấn đấu' the",
    "40% (target). 'dưới 6 tuổi' optional; the 9 violating pools have no part cue (no total). Distractors: Quận 1/Quận 7 names, 164 Đồng Khởi, phone, Lượt truy cập.",
]

if __name__ == "__main__":
    ok = emit("p724-7", TEXT, COMMENTS, FIGS, published=None, location="Thành phố Hồ Chí Minh")
    sys.exit(0 if ok else 1)
