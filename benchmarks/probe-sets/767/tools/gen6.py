"""p767-6: National press — Côn Đảo submarine cable project, diesel costs, load growth."""
from lib import fig, per, inh, ch, write

TEXT = """Kinh doanh › Năng lượng
Thứ năm, 15/8/2024, 06:30 (GMT+7)

Côn Đảo sắp dùng điện lưới quốc gia, thoát cảnh bù lỗ gần 300 tỷ đồng mỗi năm

Tuyến cáp ngầm 110kV nối Côn Đảo với đất liền dài khoảng 80 km. Công trình dự kiến đóng điện vào quý II/2025, giúp huyện đảo giảm phụ thuộc vào điện diesel đắt đỏ.

Theo Tổng công ty Điện lực miền Nam (EVNSPC), dự án cấp điện lưới quốc gia cho huyện Côn Đảo có tổng vốn hơn 5.200 tỷ đồng, trong đó vốn vay ưu đãi chiếm khoảng 70%. Đến cuối tháng 7/2024, khối lượng thi công phần trên bờ đạt 85%, phần cáp biển đạt 40%.

Hiện nguồn điện trên đảo gồm 12 tổ máy phát diesel với tổng công suất 24 MW, cùng khoảng 3 MW điện mặt trời. Chi phí sản xuất điện diesel tại đây lên tới 8.500 đồng/kWh, trong khi giá bán bình quân chỉ khoảng 2.100 đồng/kWh, nên mỗi năm ngành điện phải bù lỗ gần 300 tỷ đồng.

Phụ tải Côn Đảo tăng trưởng từ 12 đến 15% mỗi năm do du lịch phát triển. Năm 2023, huyện đón hơn 620.000 lượt khách, tăng 35% so với năm 2022. Sản lượng điện tiêu thụ 6 tháng đầu năm 2024 đạt 42,3 triệu kWh, tăng 14,2% so với cùng kỳ.

Theo quy hoạch, đến năm 2030 công suất cực đại của Côn Đảo dự báo khoảng 60 MW, gấp 2,5 lần hiện nay. Ông Lê Văn Phong, Phó Chủ tịch UBND huyện, cho biết khi có điện lưới, toàn bộ các tổ máy diesel sẽ chuyển sang làm nguồn dự phòng.

Đức Minh
"""

END7 = per("Đến cuối tháng 7/2024", end="2024-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("thoát cảnh bù lỗ gần 300 tỷ đồng", "300", 300e9, "money", "đồng", "bù lỗ mỗi năm", approx="nearly"),
    fig("dài khoảng 80 km", "80", 80, "measure", "km", "tuyến cáp ngầm 110kV nối Côn Đảo với đất liền",
        approx="about"),
    fig("hơn 5.200 tỷ đồng", "5.200", 5200e9, "money", "đồng", "tổng vốn dự án cấp điện lưới quốc gia cho huyện Côn Đảo",
        approx="over"),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", "vốn vay ưu đãi trong tổng vốn dự án", approx="about"),
    fig("đạt 85%", "85", 85, "percent", "%", "khối lượng thi công phần trên bờ", END7),
    fig("đạt 40%", "40", 40, "percent", "%", "khối lượng thi công phần cáp biển", END7),
    fig("12 tổ máy", "12", 12, "count", "tổ máy", "tổ máy phát diesel"),
    fig("24 MW", "24", 24, "measure", "MW", "tổng công suất tổ máy phát diesel"),
    fig("khoảng 3 MW", "3", 3, "measure", "MW", "công suất điện mặt trời", approx="about"),
    fig("8.500 đồng/kWh", "8.500", 8500, "money", "đồng/kWh", "chi phí sản xuất điện diesel"),
    fig("khoảng 2.100 đồng/kWh", "2.100", 2100, "money", "đồng/kWh", "giá bán bình quân", approx="about"),
    fig("phải bù lỗ gần 300 tỷ đồng", "300", 300e9, "money", "đồng", "bù lỗ mỗi năm của ngành điện",
        approx="nearly"),
    fig("từ 12 đến 15%", "12", 12, "percent", "%", "tăng trưởng phụ tải Côn Đảo mỗi năm", value_max=15),
    fig("hơn 620.000 lượt khách", "620.000", 620000, "count", "lượt khách", "lượt khách đến huyện", Y23,
        approx="over", change=ch("increase", 35, baseline="năm 2022")),
    fig("đạt 42,3 triệu kWh", "42,3", 42.3e6, "measure", "kWh", "sản lượng điện tiêu thụ", H1,
        change=ch("increase", 14.2, baseline="cùng kỳ")),
    fig("khoảng 60 MW", "60", 60, "measure", "MW", "công suất cực đại của Côn Đảo", T30, approx="about",
        status="forecast", change=ch("increase", 2.5, "lần", baseline="hiện nay")),
]

COMMENTS = [
    "National press (VnExpress style: section line, 'Thứ năm, 15/8/2024, 06:30 (GMT+7)', byline at the end): Côn Đảo submarine cable.",
    "Location Côn Đảo (island district of Bà Rịa - Vũng Tàu) throughout.",
    "'dài khoảng 80 km' stands in its own sentence; 'dự kiến đóng điện vào quý II/2025' is the next sentence: the length is actual.",
    "'trong đó vốn vay ưu đãi chiếm khoảng 70%': the share names its own part (no number for it): a percent figure, not the",
    "percent of 5.200 tỷ. 'Đến cuối tháng 7/2024' → as-of 2024-07-31 for 85% and 40%. 'Hiện …' sentences: no period.",
    "'từ 12 đến 15% mỗi năm' is a growth rate that is the claim: percent, value_max 15, no change.",
    "'đến năm 2030 … dự báo khoảng 60 MW, gấp 2,5 lần hiện nay' → forecast, change ×2,5 (lần) vs hiện nay.",
    "revised after scoring: subject of 'khoảng 3 MW điện mặt trời' was 'điện mặt trời' (the source, not the indicator):",
    "now 'công suất điện mặt trời' (spec: subject = the indicator), parallel to 24 MW 'tổng công suất tổ máy phát diesel'.",
    "Not figures: '110kV', 'quý II/2025', '(GMT+7)', '06:30', 'tháng 7/2024'.",
]

if __name__ == "__main__":
    write("p767-6", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Côn Đảo")
