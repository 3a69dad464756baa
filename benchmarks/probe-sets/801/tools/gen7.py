"""p801-7: department site (Sở Công Thương Thanh Hóa), no dateline; làng đúc đồng Trà Đông (huyện Thiệu Hóa); one-cell-per-line table."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Trang chủ / Khuyến công / Tin hoạt động

Làng đúc đồng Trà Đông đổi mới nhờ khuyến công

Làng nghề đúc đồng Trà Đông, xã Thiệu Trung, huyện Thiệu Hóa hiện có 167 hộ tham gia sản xuất với khoảng 540 lao động, trong đó có 32 nghệ nhân, thợ giỏi.

Giai đoạn 2021-2023, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp đã hỗ trợ 6 đề án với tổng kinh phí 2,35 tỷ đồng, giúp 41 cơ sở chuyển từ lò than sang lò nấu điện trung tần. Nhờ đó, lượng than tiêu thụ giảm khoảng 65%, thời gian nấu một mẻ đồng rút từ 4 giờ xuống còn 1,5 giờ. Năm 2023, giá trị xuất khẩu đồ đồng mỹ nghệ của làng đạt khoảng 320.000 USD, chủ yếu sang Nhật Bản và Hàn Quốc; thu nhập bình quân của thợ đúc từ 8 đến 10 triệu đồng/tháng.

Kết quả sản xuất của làng nghề
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số hộ sản xuất (hộ)
152
167
180
Giá trị sản xuất (tỷ đồng)
64,5
78,2
90
Lao động (người)
490
540
600
Sản phẩm OCOP (sản phẩm)
2
4
5

Dự kiến năm 2025, Sở tiếp tục bố trí 450 triệu đồng xây dựng mô hình xử lý khí thải lò đúc cho 3 cơ sở quy mô lớn theo Nghị định số 45/2012/NĐ-CP về khuyến công.

SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Địa chỉ: Số 14 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.495 - Fax: 0237.3851.398
Đang truy cập: 37 | Tổng lượt truy cập: 2.418.306
"""

GD = span("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
COLP = [year("Năm 2022", 2022), year("Năm 2023", 2023), year("Kế hoạch 2024", 2024)]
ROWS = [("Số hộ sản xuất (hộ)", ["152", "167", "180"], "count", "hộ", 1, "số hộ sản xuất"),
        ("Giá trị sản xuất (tỷ đồng)", ["64,5", "78,2", "90"], "money", "đồng", 1e9, "giá trị sản xuất"),
        ("Lao động (người)", ["490", "540", "600"], "count", "người", 1, "lao động"),
        ("Sản phẩm OCOP (sản phẩm)", ["2", "4", "5"], "count", "sản phẩm", 1, "sản phẩm OCOP")]
COLNAME = ["năm 2022", "năm 2023", "kế hoạch 2024"]

TABLE = []
for label, cells, kind, unit, mult, subj in ROWS:
    for i, cell in enumerate(cells):
        anchor = "\n".join([label] + cells[: i + 1]) if i < 2 else "\n".join(cells)
        value = float(cell.replace(",", ".")) * mult
        kw = {"status": "target"} if i == 2 else {}
        TABLE.append(F(anchor, cell, value, kind, unit, f"{subj} {COLNAME[i]}", COLP[i], **kw))

FIGS = [
    F("có 167 hộ", "167", 167, "count", "hộ", "hộ tham gia sản xuất"),
    F("khoảng 540 lao động", "540", 540, "count", "lao động", "lao động", approx="about"),
    F("có 32 nghệ nhân", "32", 32, "count", "nghệ nhân", "nghệ nhân, thợ giỏi", total=540),
    F("hỗ trợ 6 đề án", "6", 6, "count", "đề án", "đề án khuyến công được hỗ trợ", GD),
    F("tổng kinh phí 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng kinh phí hỗ trợ", GD),
    F("giúp 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở chuyển từ lò than sang lò nấu điện trung tần", GD),
    F("giảm khoảng 65%", "65", 65, "percent", "%", "lượng than tiêu thụ giảm", approx="about"),
    F("từ 4 giờ", "4", 4, "measure", "giờ", "thời gian nấu một mẻ đồng trước đây"),
    F("còn 1,5 giờ", "1,5", 1.5, "measure", "giờ", "thời gian nấu một mẻ đồng"),
    F("khoảng 320.000 USD", "320.000", 320000, "money", "USD", "giá trị xuất khẩu đồ đồng mỹ nghệ", year("Năm 2023", 2023),
      approx="about"),
    F("từ 8 đến 10 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "thu nhập bình quân của thợ đúc",
      year("Năm 2023", 2023), value_max=10e6),
] + TABLE + [
    F("bố trí 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí xây dựng mô hình xử lý khí thải lò đúc",
      year("năm 2025", 2025), status="forecast"),
    F("cho 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở quy mô lớn được xây dựng mô hình xử lý khí thải",
      year("năm 2025", 2025), status="forecast"),
]

build(7, TEXT, FIGS, published=None, location="Thiệu Hóa", comments=[
    "Department site (Sở Công Thương Thanh Hóa), no dateline (published absent); footer address, phone, fax, visit counters.",
    "Làng đúc đồng Trà Đông (xã Thiệu Trung, huyện Thiệu Hóa): location Thiệu Hóa. One-cell-per-line table: row label + column label as subject,",
    "unit and multiplier from the row label, period from the column header (scored), 'Kế hoạch 2024' column -> status target.",
    "'rút từ 4 giờ xuống còn 1,5 giờ': both durations are figures (no change value is stated). 45/2012/NĐ-CP, Số 14, phones, counters: distractors.",
])
