"""p809-7: department site (Sở NN&PTNT Nam Định), no dateline; quất, đào cảnh; one-cell-per-line table."""
from lib import F, write, year, span, asof, inherit, up

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
Trang chủ » Tin tức » Trồng trọt - Bảo vệ thực vật

Quất cảnh, đào cảnh Nam Định sẵn sàng phục vụ Tết

Năm 2024, toàn tỉnh có 530 ha quất cảnh và đào cảnh, trong đó huyện Nam Trực 310 ha, huyện Ý Yên 95 ha, TP Nam Định 70 ha. Làng nghề Vị Khê (xã Điền Xá, huyện Nam Trực) có hơn 800 hộ trồng cây cảnh, doanh thu bình quân 1,5-2 tỷ đồng/hộ/năm.

Do ảnh hưởng của cơn bão số 3, khoảng 18% số chậu quất bị hư hại. Tuy vậy, sản lượng quất cảnh phục vụ Tết năm 2024 vẫn đạt 455 nghìn chậu, tăng 8,3% so với năm 2023. Giá bán tại vườn từ 400.000-800.000 đồng/chậu với quất loại 1 (cao trên 1,2 m); quất thế từ 3-15 triệu đồng/chậu. Khoảng 60% sản lượng được thương lái thu mua, chở đi Hà Nội, Quảng Ninh và các tỉnh phía Nam; cước xe tải đi TP Hồ Chí Minh khoảng 25-30 triệu đồng/chuyến.

Bảng: Sản lượng quất, đào cảnh phục vụ Tết
Đơn vị tính: nghìn chậu
Loại cây
Năm 2023
Năm 2024
Kế hoạch 2025
Quất cảnh
420
455
480
Đào cảnh
135
150
160
Cây cảnh khác
60
65
70
Tổng số
615
670
710

Năm 2025, ngành nông nghiệp phấn đấu nâng tổng sản lượng lên 710 nghìn chậu, hỗ trợ 2 làng nghề xây dựng sản phẩm OCOP.

Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định
Địa chỉ: số 6 Đặng Xuân Bảng, TP Nam Định. Điện thoại: 0228.3849.511
Lượt truy cập: 1.284.905
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
Y25 = year("Kế hoạch 2025", 2025)
AREA = "diện tích quất cảnh và đào cảnh"

ROWS = [("Quất cảnh", ("420", "455", "480"), "sản lượng quất cảnh"),
        ("Đào cảnh", ("135", "150", "160"), "sản lượng đào cảnh"),
        ("Cây cảnh khác", ("60", "65", "70"), "sản lượng cây cảnh khác"),
        ("Tổng số", ("615", "670", "710"), "tổng sản lượng quất, đào, cây cảnh")]

FIGS = [
    F("có 530 ha", "530", 530, "measure", "ha", AREA, Y24),
    F("Nam Trực 310 ha", "310", 310, "measure", "ha", AREA, Y24, total=530, location="Nam Trực"),
    F("Ý Yên 95 ha", "95", 95, "measure", "ha", AREA, Y24, total=530, location="Ý Yên"),
    F("Nam Định 70 ha", "70", 70, "measure", "ha", AREA, Y24, total=530, location="TP Nam Định"),
    F("hơn 800 hộ", "800", 800, "count", "hộ", "hộ trồng cây cảnh làng nghề Vị Khê", inherit(Y24), approx="over",
      location="Nam Trực"),
    F("1,5-2 tỷ đồng/hộ/năm", "1,5", 1.5e9, "money", "đồng/hộ/năm", "doanh thu bình quân hộ trồng cây cảnh",
      inherit(Y24), value_max=2e9, location="Nam Trực"),
    F("khoảng 18% số chậu", "18", 18, "percent", "%", "số chậu quất bị hư hại", approx="about"),
    F("đạt 455 nghìn chậu", "455", 455000, "count", "chậu", "sản lượng quất cảnh phục vụ Tết",
      year("năm 2024", 2024), change=up(8.3, baseline="năm 2023")),
    F("từ 400.000-800.000 đồng/chậu", "400.000", 400000, "money", "đồng/chậu", "giá quất loại 1 tại vườn",
      value_max=800000),
    F("cao trên 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao quất loại 1", approx="over", optional=True),
    F("từ 3-15 triệu đồng/chậu", "3", 3e6, "money", "đồng/chậu", "giá quất thế", value_max=15e6),
    F("Khoảng 60% sản lượng", "60", 60, "percent", "%", "sản lượng được thương lái thu mua", approx="about"),
    F("khoảng 25-30 triệu đồng/chuyến", "25", 25e6, "money", "đồng/chuyến", "cước xe tải đi TP Hồ Chí Minh",
      value_max=30e6, approx="about"),
]
for label, nums, subj in ROWS:
    anchors = [f"{label}\n{nums[0]}", f"{nums[0]}\n{nums[1]}", f"{nums[1]}\n{nums[2]}"]
    for anchor, num, per in zip(anchors, nums, (Y23, Y24, Y25)):
        extra = {"status": "target"} if per is Y25 else {}
        FIGS.append(F(anchor, num, float(num) * 1000, "count", "chậu", subj, per, **extra))
FIGS += [
    F("lên 710 nghìn chậu", "710", 710000, "count", "chậu", "tổng sản lượng quất, đào, cây cảnh",
      year("Năm 2025", 2025), status="target"),
    F("hỗ trợ 2 làng nghề", "2", 2, "count", "làng nghề", "làng nghề được hỗ trợ xây dựng sản phẩm OCOP",
      year("Năm 2025", 2025), status="target"),
]

NOTES = [
    "Department site (Sở NN&PTNT Nam Định), no dateline: published absent. Footer address, phone 0228.3849.511 and",
    "'Lượt truy cập: 1.284.905' are not figures; nor 'cơn bão số 3', 'quất loại 1'. One-cell-per-line table,",
    "'Đơn vị tính: nghìn chậu' (x1000, unit chậu); column headers give the period (Năm 2023, Năm 2024, Kế hoạch 2025 → target).",
    "'trong đó huyện Nam Trực 310 ha, ...' parts get total 530. Vị Khê (xã Điền Xá) lies in huyện Nam Trực.",
    "The first paragraph's 'Năm 2024' is not carried into the price/transport sentences of the next paragraph.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Nam Định")
