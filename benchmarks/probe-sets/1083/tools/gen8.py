"""p1083-8: Báo Lạng Sơn online, headline figure, '(BLS) -' tag; peach area, output, prices, targets."""
from lib import F, write, year, period, change, target

TEXT = """BÁO LẠNG SƠN ĐIỆN TỬ
Kinh tế | Nông nghiệp
Cập nhật lúc 15:40, Thứ năm, 25/01/2024
Hơn 1.100 ha đào phục vụ Tết Giáp Thìn

(BLS) - Năm 2023, toàn tỉnh Lạng Sơn có 1.126 ha trồng đào, tăng 45 ha so với năm 2022. Trong đó, huyện Cao Lộc có diện tích lớn nhất với 412 ha, tiếp đến là Lộc Bình 286 ha, TP Lạng Sơn 158 ha. Lạng Sơn hiện là địa phương có diện tích đào lớn thứ 2 cả nước, sau Hà Nội.

Vụ Tết năm nay, các nhà vườn trong tỉnh dự kiến cung ứng khoảng 1,2 triệu cành đào và hơn 35.000 cây đào thế. Riêng xã Mẫu Sơn (huyện Lộc Bình) có 132 hộ trồng đào, ước thu trên 9 tỷ đồng, bình quân mỗi hộ khoảng 70 triệu đồng. Những ngày này, bà con Mẫu Sơn đang tất bật chặt cành, đóng gói đào để kịp giao cho thương lái các tỉnh miền xuôi.

Dọc Quốc lộ 4B và tại các chợ hoa TP Lạng Sơn, giá đào cành phổ biến từ 150.000 đến 600.000 đồng/cành; đào Mẫu Sơn loại đẹp giá 1-2 triệu đồng/cành. Nhiều nhà vườn cho biết, đào năm nay ra nụ đều, màu hoa thắm hơn mọi năm.

Theo Sở NN&PTNT, năm 2023 tỷ lệ đào nở đúng Tết chỉ đạt 78%, thấp hơn 7% so với kế hoạch (85%) do thời tiết ấm. Tỉnh đặt mục tiêu đến năm 2025 diện tích đào đạt 1.300 ha, trong đó 200 ha đạt chứng nhận VietGAP. Lễ hội hoa đào Xứ Lạng lần thứ 3 sẽ diễn ra từ ngày 2 đến 4/2/2024 tại TP Lạng Sơn.

HOÀNG MINH
"""

AREA = "diện tích trồng đào"
INH = year(2023, "Năm 2023", True)
TO25 = period("đến năm 2025", None, "2025-12-31")
LB = "Lộc Bình"
FIGS = [
    F("Hơn 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích đào phục vụ Tết", approx="over"),
    F("có 1.126 ha", "1.126", 1126, "measure", "ha", AREA, change=change("increase", 45, "ha", "năm 2022"),
      period=year(2023, "Năm 2023")),
    F("với 412 ha", "412", 412, "measure", "ha", AREA, total=1126, period=INH, location="Cao Lộc"),
    F("Lộc Bình 286 ha", "286", 286, "measure", "ha", AREA, total=1126, period=INH, location=LB),
    F("TP Lạng Sơn 158 ha", "158", 158, "measure", "ha", AREA, total=1126, period=INH, location="Lạng Sơn"),
    F("lớn thứ 2 cả nước", "2", 2, "rank", "hạng", "diện tích đào"),
    F("khoảng 1,2 triệu cành", "1,2", 1200000, "count", "cành", "cành đào cung ứng", approx="about",
      status="forecast"),
    F("hơn 35.000 cây", "35.000", 35000, "count", "cây", "cây đào thế cung ứng", approx="over",
      status="forecast"),
    F("có 132 hộ", "132", 132, "count", "hộ", "hộ trồng đào", location=LB),
    F("trên 9 tỷ đồng", "9", 9000000000, "money", "đồng", "thu từ đào", approx="over", status="estimate",
      location=LB),
    F("khoảng 70 triệu đồng", "70", 70000000, "money", "đồng/hộ", "thu bình quân mỗi hộ", approx="about",
      status="estimate", location=LB),
    F("từ 150.000 đến 600.000 đồng/cành", "150.000", 150000, "money", "đồng/cành", "giá đào cành phổ biến",
      value_max=600000),
    F("giá 1-2 triệu đồng/cành", "1", 1000000, "money", "đồng/cành", "giá đào Mẫu Sơn loại đẹp",
      value_max=2000000),
    F("chỉ đạt 78%", "78", 78, "percent", "%", "tỷ lệ đào nở đúng Tết",
      change=change("decrease", 7, "%", "kế hoạch"), target=target(85, "%", False), period=year(2023)),
    F("đạt 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích đào", status="target", period=TO25),
    F("200 ha", "200", 200, "measure", "ha", "diện tích đào đạt chứng nhận VietGAP", total=1300,
      status="target", period=TO25),
]

NOTES = [
    "Báo Lạng Sơn online: headline figure, 'Cập nhật lúc 15:40, Thứ năm, 25/01/2024', '(BLS) -' tag (implies Lạng Sơn).",
    "'Trong đó' after a sentence break: the district areas take total 1.126 ha (they need not add up); their period",
    "'Năm 2023' stands in the previous sentence (inherited). 'lớn thứ 2 cả nước' is a rank of Lạng Sơn.",
    "'Vụ Tết năm nay' (a season) gives no period; 'dự kiến' governs both quantities. Mẫu Sơn commune -> Lộc Bình.",
    "Market prices 'tại các chợ hoa TP Lạng Sơn' -> Lạng Sơn. 78%: change 'thấp hơn 7% so với kế hoạch' (a gap to plan)",
    "and target 85% (met false). Distractors: 'Quốc lộ 4B', 'lần thứ 3', 'từ ngày 2 đến 4/2/2024', '15:40', 'Thứ năm'.",
]

write(8, TEXT, FIGS, NOTES, published="2024-01-25", location="Lạng Sơn")
