"""p833-7: department site (Sở Du lịch Quảng Ninh), Quang Hanh hot mineral baths, Cẩm Phả; no dateline;
one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """SỞ DU LỊCH TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khoáng nóng Quang Hanh - sản phẩm du lịch chăm sóc sức khỏe đặc trưng của Cẩm Phả

Nguồn nước khoáng nóng Quang Hanh (TP Cẩm Phả) có nhiệt độ 38-42 độ C, hàm lượng muối khoáng 12-16 g/l, được đánh giá có tác dụng hỗ trợ điều trị các bệnh về xương khớp, da liễu. Năm 2023, các cơ sở tắm khoáng trên địa bàn phường Quang Hanh đón 862.000 lượt khách, tăng 23,5% so với năm 2022; doanh thu đạt 705 tỷ đồng.

Kết quả đón khách của các cơ sở tắm khoáng Quang Hanh
Đơn vị tính: lượt khách
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Khách nội địa
640.000
781.000
850.000
Khách quốc tế
58.000
81.000
100.000
Tổng cộng
698.000
862.000
950.000

Lượng khách quốc tế năm 2023 gấp gần 1,4 lần năm 2022. Hiện phường có 11 cơ sở kinh doanh dịch vụ tắm khoáng, trong đó 3 cơ sở quy mô trên 100 phòng. Mức chi tiêu bình quân của khách khoảng 1,8 triệu đồng/lượt; tỷ lệ khách quay lại đạt khoảng 40%. Năm 2024, thành phố phấn đấu doanh thu từ dịch vụ tắm khoáng đạt 800 tỷ đồng.

Sở Du lịch tỉnh Quảng Ninh
Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3628.118 - Email: sdl@quangninh.gov.vn
Tổng lượt truy cập: 3.412.907 | Đang trực tuyến: 126
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nhiệt độ 38-42 độ C", "38", 38, "measure", "độ C", value_max=42, subject="nhiệt độ nguồn nước khoáng nóng"),
    F("12-16 g/l", "12", 12, "measure", "g/l", value_max=16, subject="hàm lượng muối khoáng"),
    F("đón 862.000 lượt khách", "862.000", 862000, "count", "lượt khách",
      change=C("increase", 23.5, baseline="năm 2022"), subject="lượt khách các cơ sở tắm khoáng", period=Y23),
    F("đạt 705 tỷ đồng", "705", 705e9, "money", "đồng", subject="doanh thu các cơ sở tắm khoáng", period=Y23),
]
ROWS = [("Khách nội địa", "khách nội địa", ["640.000", "781.000", "850.000"]),
        ("Khách quốc tế", "khách quốc tế", ["58.000", "81.000", "100.000"]),
        ("Tổng cộng", "tổng cộng lượt khách", ["698.000", "862.000", "950.000"])]
for label, subj, cells in ROWS:
    anchors = [f"{label}\n{cells[0]}", f"{cells[0]}\n{cells[1]}", f"{cells[1]}\n{cells[2]}"]
    for col, (cell, anchor, per) in enumerate(zip(cells, anchors, (Y22, Y23, K24))):
        extra = {"status": "target"} if col == 2 else {}
        # revised after the first run: the plan column's label goes into the subject (row label + column
        # label, FIGURES.md Tables; as done for the plan column of p833-3); year-only columns give the period.
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "lượt khách",
                      subject=("kế hoạch " + subj) if col == 2 else subj, period=per, **extra))

FIGS += [
    F("gấp gần 1,4 lần", "1,4", 1.4, "multiple", "lần", approx="nearly", subject="lượng khách quốc tế",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở kinh doanh dịch vụ tắm khoáng"),
    F("3 cơ sở quy mô", "3", 3, "count", "cơ sở", total=11, subject="cơ sở quy mô trên 100 phòng"),
    F("trên 100 phòng", "100", 100, "count", "phòng", approx="over", subject="quy mô cơ sở", optional=True),
    F("khoảng 1,8 triệu đồng/lượt", "1,8", 1.8e6, "money", "đồng/lượt", approx="about",
      subject="mức chi tiêu bình quân của khách"),
    F("đạt khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ lệ khách quay lại"),
    F("đạt 800 tỷ đồng", "800", 800e9, "money", "đồng", status="target",
      subject="doanh thu từ dịch vụ tắm khoáng", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build("p833-7", TEXT, FIGS, published=None, location="Cẩm Phả", notes=[
    "Department site (Sở Du lịch Quảng Ninh), no dateline: Quang Hanh hot mineral baths (phường Quang Hanh, TP Cẩm Phả).",
    "One-cell-per-line table (Đơn vị tính: lượt khách): subject = row label; period from the column header",
    "  (scored); 'Kế hoạch 2024' column = status target, 'kế hoạch' joins the subject; no totals on cells.",
    "revised: plan-column subjects now carry 'kế hoạch' (row label + column label), as in p833-3.",
    "'gấp gần 1,4 lần năm 2022' stands alone as the claim (no base amount): multiple, approx nearly.",
    "'trên 100 phòng' is the size class of the 3 establishments: optional.",
    "Distractors: Tầng 7, Trụ sở Liên cơ quan số 3, phone 0203.3628.118, Tổng lượt truy cập 3.412.907, Đang trực tuyến 126.",
])
