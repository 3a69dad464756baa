"""p905-7: Chi cục Thủy sản Sóc Trăng (department site, no dateline), review of yards, one-cell-per-line table."""
from lib import F, P, I, CH, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
CHI CỤC THỦY SẢN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Rà soát điều kiện các cơ sở đóng, sửa tàu cá trên địa bàn tỉnh

Thực hiện Kế hoạch số 37/KH-CCTS, Chi cục Thủy sản đã phối hợp với UBND các huyện, thị xã ven biển rà soát toàn bộ cơ sở đóng mới, cải hoán, sửa chữa tàu cá. Kết quả, tính đến ngày 31/12/2024, tỉnh Sóc Trăng có 20 cơ sở đang hoạt động, trong đó 12 cơ sở đã được cấp Giấy chứng nhận đủ điều kiện, chiếm 60%; tổng năng lực sửa chữa khoảng 1.140 lượt tàu/năm. Cụ thể như sau:

Địa bàn
Số cơ sở
Đã cấp chứng nhận
Lao động (người)
Năng lực sửa chữa (lượt tàu/năm)
Huyện Trần Đề
9
6
210
650
Thị xã Vĩnh Châu
5
3
95
280
Huyện Cù Lao Dung
3
1
40
90
Huyện Long Phú
3
2
35
120
Toàn tỉnh
20
12
380
1.140

Năm 2024, các cơ sở đã đóng mới 7 tàu cá, tất cả đều là tàu vỏ gỗ dài dưới 15 m; sửa chữa 836 lượt tàu, đạt 73,3% năng lực. Phần lớn cơ sở có quy mô hộ gia đình, đà tàu bằng gỗ; chỉ 4 cơ sở có đà kéo bằng tời điện và xe goòng.

Năm 2025, Chi cục phấn đấu hỗ trợ 8 cơ sở còn lại hoàn thiện hồ sơ cấp chứng nhận; dự kiến kinh phí nâng cấp nhà xưởng, đà tàu khoảng 3,6 tỷ đồng, do các cơ sở và ngân sách tỉnh cùng bố trí.

CHI CỤC THỦY SẢN TỈNH SÓC TRĂNG
Địa chỉ: số 18 đường Trần Hưng Đạo, Phường 2, TP Sóc Trăng
Điện thoại: 0299.3821.470 - Email: ccts@soctrang.gov.vn
Lượt truy cập: 415.902 | Đang trực tuyến: 17
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 20 cơ sở", "20", "count", "cơ sở", "cơ sở đóng mới, cải hoán, sửa chữa tàu cá đang hoạt động", period=ASOF),
    F("trong đó 12 cơ sở", "12", "count", "cơ sở", "cơ sở được cấp Giấy chứng nhận đủ điều kiện",
      total=20, percent=60, period=ASOF),
    F("khoảng 1.140 lượt", "1.140", "measure", "lượt tàu/năm", "tổng năng lực sửa chữa", approx="about",
      period=ASOF),
]
COLS = [("cơ sở", "count", "số cơ sở đóng, sửa tàu cá"),
        ("cơ sở", "count", "cơ sở đã cấp chứng nhận"),
        ("người", "count", "lao động"),
        ("lượt tàu/năm", "measure", "năng lực sửa chữa")]
ROWS = [("Huyện Trần Đề", "Trần Đề", ["9", "6", "210", "650"]),
        ("Thị xã Vĩnh Châu", "Vĩnh Châu", ["5", "3", "95", "280"]),
        ("Huyện Cù Lao Dung", "Cù Lao Dung", ["3", "1", "40", "90"]),
        ("Huyện Long Phú", "Long Phú", ["3", "2", "35", "120"]),
        ("Toàn tỉnh", None, ["20", "12", "380", "1.140"])]
for label, loc, cells in ROWS:
    for k, cell in enumerate(cells):
        anchor = "\n".join([label] + cells[:k + 1])
        unit, kind, subj = COLS[k]
        if loc is None:
            subj = subj + " toàn tỉnh"
        FIGS.append(F(anchor, cell, kind, unit, subj, period=I(ASOF), location=loc))
FIGS += [
    F("đóng mới 7 tàu cá", "7", "count", "tàu cá", "tàu cá đóng mới", period=Y24),
    F("dài dưới 15 m", "15", "measure", "m", "chiều dài tàu vỏ gỗ", approx="under", optional=True),
    F("sửa chữa 836 lượt tàu", "836", "count", "lượt tàu", "lượt tàu được sửa chữa", percent=73.3, period=Y24),
    F("chỉ 4 cơ sở", "4", "count", "cơ sở", "cơ sở có đà kéo bằng tời điện và xe goòng"),
    F("hỗ trợ 8 cơ sở", "8", "count", "cơ sở", "cơ sở được hỗ trợ hoàn thiện hồ sơ cấp chứng nhận",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 3,6 tỷ đồng", "3,6", "money", "đồng", "kinh phí nâng cấp nhà xưởng, đà tàu", mult=10**9,
      approx="about", status="forecast", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

write("p905-7", TEXT, FIGS, published=None, location="Sóc Trăng", comments=[
    "Chi cục Thủy sản Sóc Trăng (department site): no dateline, footer with address, phone and 'Lượt truy cập: 415.902'.",
    "Table pasted one cell per line (header cells, then each row's cells): row = district (location), 'Toàn tỉnh' = Sóc Trăng; no totals;",
    "units from the column headers ('Lao động (người)', 'lượt tàu/năm'); period from 'tính đến ngày 31/12/2024' above the table (inherited).",
    "'Năm 2025 … phấn đấu …; dự kiến kinh phí' -> 8 cơ sở target, 3,6 tỷ forecast (dự kiến governs its own clause). 'dưới 15 m' optional.",
])
