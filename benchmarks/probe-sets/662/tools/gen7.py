"""p662-7: department site (Sở VHTTDL Lâm Đồng), no dateline — Đà Lạt night market and walking spaces, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ > Hoạt động ngành > Du lịch

Chợ đêm Đà Lạt và các không gian đi bộ: lượng khách tăng đều qua từng năm

Chợ đêm Đà Lạt hiện có 426 hộ kinh doanh với hơn 1.000 lao động, hoạt động từ 17h00 đến 23h00 hằng ngày. Cùng với chợ đêm, thành phố duy trì phố đi bộ Nguyễn Thị Minh Khai và không gian đi bộ quanh hồ Xuân Hương vào các tối cuối tuần.

Bảng: Lượt khách tại các không gian kinh tế đêm ở Đà Lạt
Đơn vị tính: nghìn lượt
Khu vực
Năm 2022
Năm 2023
Kế hoạch 2024
Chợ đêm Đà Lạt
1.850
2.420
2.700
Phố đi bộ Nguyễn Thị Minh Khai
640
915
1.050
Không gian đi bộ hồ Xuân Hương
310
468
550
Tổng số
2.800
3.803
4.300

Năm 2023, doanh thu của các hộ kinh doanh tại chợ đêm đạt khoảng 520 tỷ đồng, tăng 31% so với năm 2022. Để giữ vệ sinh, thành phố bố trí 24 công nhân, bình quân mỗi đêm thu gom 2,8 tấn rác; Công an Phường 1 duy trì 12 cán bộ trực mỗi tối tại khu vực chợ. Cũng trong năm 2023, đường dây nóng du lịch của Sở nhận 14 phản ánh về tiếng ồn từ hoạt động ca hát đường phố, giảm 6 phản ánh so với năm 2022.

Sở đặt mục tiêu đến năm 2025 các không gian kinh tế đêm của Đà Lạt đón 5 triệu lượt khách, chi tiêu bình quân đạt 500.000 đồng/lượt.

Sở Văn hóa, Thể thao và Du lịch Lâm Đồng - Số 12 Trần Hưng Đạo, Phường 10, TP. Đà Lạt
Lượt truy cập: 1.284.556
"""

COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [
    ("Chợ đêm Đà Lạt", ["1.850", "2.420", "2.700"], "Đà Lạt\n"),
    ("Phố đi bộ Nguyễn Thị Minh Khai", ["640", "915", "1.050"], "Khai\n"),
    ("Không gian đi bộ hồ Xuân Hương", ["310", "468", "550"], "Hương\n"),
    ("Tổng số", ["2.800", "3.803", "4.300"], "Tổng số\n"),
]

FIGS = [
    F("có 426 hộ", "426", 426, "count", "hộ kinh doanh", "hộ kinh doanh chợ đêm Đà Lạt"),
    F("hơn 1.000 lao động", "1.000", 1000, "count", "lao động", "lao động chợ đêm Đà Lạt", approx="over"),
]
for label, cells, _ in ROWS:
    for (col, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"\n{cell}\n", cell, int(cell.replace(".", "")) * 1000, "count", "lượt",
                      f"lượt khách {label} {col}", per, **kw))
T25 = P("đến năm 2025", None, "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS += [
    F("khoảng 520 tỷ đồng", "520", 520000000000, "money", "đồng", "doanh thu của các hộ kinh doanh tại chợ đêm", Y23,
      approx="about", change=CH("increase", 31, "%", "năm 2022")),
    F("bố trí 24 công nhân", "24", 24, "count", "công nhân", "công nhân giữ vệ sinh"),
    F("thu gom 2,8 tấn rác", "2,8", 2.8, "measure", "tấn", "rác thu gom bình quân mỗi đêm"),
    F("duy trì 12 cán bộ", "12", 12, "count", "cán bộ", "cán bộ công an trực mỗi tối tại khu vực chợ"),
    F("nhận 14 phản ánh", "14", 14, "count", "phản ánh", "phản ánh về tiếng ồn từ hoạt động ca hát đường phố",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 6, "phản ánh", "năm 2022")),
    F("đón 5 triệu lượt khách", "5", 5000000, "count", "lượt khách", "lượt khách các không gian kinh tế đêm", T25,
      status="target"),
    F("đạt 500.000 đồng/lượt", "500.000", 500000, "money", "đồng/lượt", "chi tiêu bình quân", T25, status="target"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Lâm Đồng), no dateline (published absent): Đà Lạt night market and walking spaces.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn lượt': cells ×1000, unit lượt; periods from column headers (scored, as h23);",
    "'Kế hoạch 2024' column -> target. 'Tổng số' row cells are figures without total attributes (no cue). Location Đà Lạt throughout.",
    "Distractors: 17h00/23h00, Phường 1, Số 12 Trần Hưng Đạo, Phường 10, Lượt truy cập 1.284.556, 'Bảng:'.",
]

if __name__ == "__main__":
    emit("p662-7", TEXT, COMMENTS, FIGS, location="Đà Lạt")
