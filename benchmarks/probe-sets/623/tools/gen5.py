"""p623-5: Báo Hải Dương (Party newspaper), mushroom cooperatives linked with companies."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO HẢI DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HẢI DƯƠNG
Kinh tế » Nông nghiệp

Liên kết với doanh nghiệp, trồng nấm lãi khoảng 300 triệu đồng/ha

Từ chỗ sản xuất nhỏ lẻ, tự tìm đầu ra, nhiều hộ trồng nấm ở Hải Dương đã liên kết với doanh nghiệp, thu nhập tăng gấp đôi.

Năm 2023, sản lượng nấm toàn tỉnh Hải Dương đạt 18.500 tấn, tăng 6,2% so với năm 2022; 7 tháng đầu năm 2024 ước đạt 11.240 tấn. Tỉnh có 14 HTX và 62 tổ hợp tác sản xuất nấm, trong đó 9 HTX đã ký hợp đồng liên kết bao tiêu với 4 doanh nghiệp chế biến, xuất khẩu.

Tại huyện Cẩm Giàng, HTX Dịch vụ nông nghiệp Cẩm Văn có 45 thành viên, mỗi năm thu mua khoảng 1.200 tấn rơm của nông dân để trồng nấm rơm, nấm sò. Năm 2023, HTX cung ứng cho Công ty TNHH Xuất khẩu nông sản Hải Hưng (Km 47, Quốc lộ 5) 380 tấn nấm muối, doanh thu đạt 7,6 tỷ đồng.

Ông Nguyễn Văn Tám, Giám đốc HTX, cho biết: "Có hợp đồng, giá nấm sò ổn định ở mức 28.000 đồng/kg, cao hơn giá thị trường 3.000-4.000 đồng/kg. Mỗi lao động của HTX có thu nhập 7-9 triệu đồng/tháng".

Theo Sở Nông nghiệp và PTNT, mô hình trồng nấm liên kết cho giá trị sản xuất 1,2-1,5 tỷ đồng/ha nhà xưởng mỗi năm, lãi khoảng 300 triệu đồng, gấp 4-5 lần trồng lúa trên cùng diện tích.

Tuy vậy, toàn tỉnh có 2.150 hộ trồng nấm nhưng mới khoảng 35% số hộ tham gia liên kết. Mục tiêu đến năm 2025, Hải Dương có 20 HTX liên kết tiêu thụ nấm với doanh nghiệp, 60% sản lượng nấm được tiêu thụ qua hợp đồng.

THANH HÀ
22/08/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CG = "Cẩm Giàng"

FIGS = [
    F("lãi khoảng 300 triệu đồng/ha", "300", 300e6, "money", "đồng/ha", "lãi trồng nấm liên kết với doanh nghiệp",
      approx="about"),
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "thu nhập hộ trồng nấm liên kết với doanh nghiệp",
      optional=True),
    F("đạt 18.500 tấn", "18.500", 18500, "measure", "tấn", "sản lượng nấm toàn tỉnh", Y23,
      change=CH("increase", 6.2, baseline="năm 2022")),
    F("ước đạt 11.240 tấn", "11.240", 11240, "measure", "tấn", "sản lượng nấm toàn tỉnh",
      P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31"), status="estimate"),
    F("có 14 HTX", "14", 14, "count", "HTX", "HTX sản xuất nấm"),
    F("62 tổ hợp tác", "62", 62, "count", "tổ hợp tác", "tổ hợp tác sản xuất nấm"),
    F("đó 9 HTX", "9", 9, "count", "HTX", "HTX ký hợp đồng liên kết bao tiêu", total=14),
    F("với 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu liên kết bao tiêu"),
    F("có 45 thành viên", "45", 45, "count", "thành viên", "thành viên HTX Dịch vụ nông nghiệp Cẩm Văn",
      location=CG),
    F("khoảng 1.200 tấn rơm", "1.200", 1200, "measure", "tấn", "rơm HTX thu mua mỗi năm", approx="about",
      location=CG),
    F(") 380 tấn", "380", 380, "measure", "tấn", "nấm muối HTX cung ứng cho doanh nghiệp", Y23, location=CG),
    F("đạt 7,6 tỷ đồng", "7,6", 7.6e9, "money", "đồng", "doanh thu HTX", Y23, location=CG),
    F("mức 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá nấm sò theo hợp đồng",
      change=CH("increase", 3000, "đồng/kg", baseline="giá thị trường"), location=CG),
    F("thu nhập 7-9 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "thu nhập mỗi lao động của HTX",
      value_max=9e6, location=CG),
    F("xuất 1,2-1,5 tỷ đồng/ha", "1,2", 1.2e9, "money", "đồng/ha", "giá trị sản xuất mô hình trồng nấm liên kết",
      value_max=1.5e9),
    F("lãi khoảng 300 triệu đồng,", "300", 300e6, "money", "đồng", "lãi mô hình trồng nấm liên kết",
      approx="about", change=CH("increase", 4, "lần", baseline="trồng lúa")),
    F("có 2.150 hộ", "2.150", 2150, "count", "hộ", "hộ trồng nấm"),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ hộ trồng nấm tham gia liên kết", approx="about"),
    F("có 20 HTX", "20", 20, "count", "HTX", "HTX liên kết tiêu thụ nấm với doanh nghiệp", T25, status="target"),
    F("60% sản lượng", "60", 60, "percent", "%", "sản lượng nấm được tiêu thụ qua hợp đồng", T25, status="target"),
]

COMMENTS = [
    "Báo Hải Dương (Party newspaper): HTX nấm liên kết với doanh nghiệp; byline and bare date at the end (published 2024-08-22).",
    "Distractors: name 'Nguyễn Văn Tám' (tám = 8), 'Km 47, Quốc lộ 5', company name, the date line.",
    "'thu nhập tăng gấp đôi' (sapo) is a multiple claim without a number written as digits: optional.",
    "HTX Cẩm Văn figures are located in huyện Cẩm Giàng; the quote's price/income belong to that HTX too.",
    "'cao hơn giá thị trường 3.000-4.000 đồng/kg' is the price's change (value 3.000, the lower end; change has no max).",
    "'gấp 4-5 lần trồng lúa' after the profit is its change (lần, lower end 4), as '1,6 lần' in p623-1.",
    "'mới khoảng 35% số hộ tham gia liên kết' is a percent figure of its own; 2.150 hộ is a separate count (no total on a percent).",
]

if __name__ == "__main__":
    emit("p623-5", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Hải Dương")
