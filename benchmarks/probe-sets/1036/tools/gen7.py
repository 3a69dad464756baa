"""p1036-7: department site (Sở Công Thương Ninh Thuận), no dateline; wind output 2023, one-cell-per-line table, 2024 plan."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH NINH THUẬN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy
Kết quả sản xuất điện gió năm 2023 và kế hoạch năm 2024

Năm 2023, các nhà máy điện gió trên địa bàn tỉnh sản xuất 1.642 triệu kWh, bằng 96,8% so với năm 2022 do tốc độ gió bình quân giảm và tình trạng cắt giảm công suất. Toàn tỉnh hiện có 14 nhà máy điện gió với tổng công suất 617 MW, chiếm 13,4% tổng công suất năng lượng tái tạo đã vận hành của tỉnh. Sản lượng của một số nhà máy như sau:
Đơn vị tính: triệu kWh
Nhà máy
Năm 2022
Năm 2023
Kế hoạch 2024
Điện gió Đầm Nại
118,6
109,2
115
Điện gió Phước Hữu
154,3
147,5
160
Điện gió Công Hải 1
95,0
92,1
100
Tổng cộng
367,9
348,8
375
Trong năm 2023, các nhà máy bị cắt giảm khoảng 86 triệu kWh, tương đương 5% sản lượng có thể phát. Giá bán điện bình quân đạt 1.915 đồng/kWh; doanh thu điện gió toàn tỉnh ước đạt 3.150 tỷ đồng.

Năm 2024, Sở phấn đấu sản lượng điện gió toàn tỉnh đạt 1.750 triệu kWh, tăng 6,6% so với năm 2023; đưa dự án điện gió Phước Dinh mở rộng công suất 48 MW vào vận hành trước quý IV. Theo Kế hoạch số 1125/KH-SCT, Sở sẽ phối hợp kiểm tra an toàn đập, hồ chứa và hành lang tuyến đường dây 110 kV tại các nhà máy.

SỞ CÔNG THƯƠNG TỈNH NINH THUẬN
Địa chỉ: 468 đường 16 tháng 4, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận
Điện thoại: 0259.3822.547 - Fax: 0259.3822.548
Lượt truy cập: 1.284.936 | Đang truy cập: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COLS = (("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch 2024", K24, "target"))
ROWS = [("Điện gió Đầm Nại", ("118,6", "109,2", "115")),
        ("Điện gió Phước Hữu", ("154,3", "147,5", "160")),
        ("Điện gió Công Hải 1", ("95,0", "92,1", "100")),
        ("Tổng cộng", ("367,9", "348,8", "375"))]


def num(s):
    return float(s.replace(",", "."))


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (col, per, status), cell in zip(COLS, cells):
            anchor = f"{prev}\n{cell}\n"
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, num(cell) * 1e6, "measure", "kWh", f"sản lượng {label} {col}", per, **kw))
            prev = cell
    return out


FIGS = [
    F("sản xuất 1.642 triệu kWh", "1.642", 1642e6, "measure", "kWh", "sản lượng các nhà máy điện gió", Y23,
      percent=96.8),
    F("có 14 nhà máy", "14", 14, "count", "nhà máy", "nhà máy điện gió"),
    F("công suất 617 MW", "617", 617, "measure", "MW", "tổng công suất nhà máy điện gió", percent=13.4),
    *table(),
    F("khoảng 86 triệu kWh", "86", 86e6, "measure", "kWh", "sản lượng điện gió bị cắt giảm",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=5),
    F("đạt 1.915 đồng/kWh", "1.915", 1915, "money", "đồng/kWh", "giá bán điện bình quân", I(Y23)),
    F("ước đạt 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "doanh thu điện gió toàn tỉnh", I(Y23),
      status="estimate"),
    F("đạt 1.750 triệu kWh", "1.750", 1750e6, "measure", "kWh", "sản lượng điện gió toàn tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 6.6, "%", "năm 2023"), status="target"),
    F("công suất 48 MW", "48", 48, "measure", "MW", "công suất dự án điện gió Phước Dinh mở rộng",
      status="target"),
    F("đường dây 110 kV", "110", 110, "measure", "kV", "cấp điện áp đường dây", optional=True),
]

NOTES = [
    "Department site (Sở Công Thương Ninh Thuận), no dateline (published absent); footer address, phone, visit counters.",
    "One-cell-per-line table (Đơn vị tính: triệu kWh): subject = row label + column label, period from the column header,",
    "'Kế hoạch 2024' column -> status target; the Tổng cộng row is its own figures, cells get no totals. 'Công Hải 1' is a name.",
    "'bằng 96,8% so với năm 2022' is the share (percent) of 1.642 triệu kWh; 'tương đương 5%' the share of 86 triệu kWh.",
    "'phấn đấu' governs the continuing clause (48 MW, target). Distractors: 1125/KH-SCT, 16 tháng 4 street, phone/fax, counters.",
]

if __name__ == "__main__":
    emit("p1036-7", TEXT, NOTES, FIGS, published=None, location="Ninh Thuận")
