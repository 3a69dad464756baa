"""p584-5: national press — electricity saved nationwide, 9 months 2024."""
from lib import emit, fig, period, inh, change

TEXT = """Kinh doanh › Năng lượng
Thứ năm, 17/10/2024, 06:30 (GMT+7)

Cả nước tiết kiệm hơn 2,3 tỷ kWh điện sau 9 tháng

Lượng điện tiết kiệm 9 tháng năm nay tăng gần 19% so với cùng kỳ, giúp khách hàng giảm khoảng 4.900 tỷ đồng tiền điện.

Theo Bộ Công Thương, 9 tháng năm 2024, sản lượng điện tiết kiệm toàn quốc đạt 2,34 tỷ kWh, tương đương 1,76% tổng điện thương phẩm, tăng 18,5% so với cùng kỳ năm 2023. Các địa phương tiết kiệm nhiều nhất là TP.HCM với 421 triệu kWh, tiếp đến là Hà Nội 356 triệu kWh và Bình Dương 198 triệu kWh.

Cả nước hiện có 2.856 cơ sở sử dụng năng lượng trọng điểm, gồm 2.517 cơ sở công nghiệp và 339 công trình xây dựng. Tuy nhiên, mới có 1.942 cơ sở nộp báo cáo kiểm toán năng lượng, chiếm 68%.

Theo ông Lê Văn Dũng, đại diện Vụ Tiết kiệm năng lượng và Phát triển bền vững, giá bán lẻ điện bình quân hiện là 2.103,11 đồng/kWh, nên mỗi kWh tiết kiệm đều mang lại lợi ích trực tiếp cho doanh nghiệp.

Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (VNEEP3) đặt mục tiêu tiết kiệm từ 5 đến 7% tổng tiêu thụ năng lượng toàn quốc giai đoạn 2019-2025 và từ 8 đến 10% giai đoạn 2019-2030.

Bộ Công Thương dự kiến cả năm 2024 sẽ tiết kiệm khoảng 3,1 tỷ kWh, giảm phát thải khoảng 1,8 triệu tấn CO2. Bộ cũng đặt chỉ tiêu các địa phương kiểm tra ít nhất 20% số cơ sở trọng điểm trong quý IV.

Phương Dung
"""

M9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9B = period("9 tháng năm nay", "2024-01-01", "2024-09-30")
M9C = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
G25 = period("giai đoạn 2019-2025", "2019-01-01", "2025-12-31")
G30 = period("giai đoạn 2019-2030", "2019-01-01", "2030-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
SAVED = "sản lượng điện tiết kiệm"

FIGS = [
    fig("hơn 2,3 tỷ kWh", "2,3", 2.3e9, "measure", "kWh", "điện tiết kiệm", M9, approx="over"),
    fig("gần 19%", "19", 19, "percent", "%", "lượng điện tiết kiệm tăng so với cùng kỳ", M9B, approx="nearly"),
    fig("khoảng 4.900 tỷ đồng", "4.900", 4900e9, "money", "đồng", "tiền điện khách hàng giảm", M9B, approx="about"),
    fig("đạt 2,34 tỷ kWh", "2,34", 2.34e9, "measure", "kWh", "sản lượng điện tiết kiệm toàn quốc", M9C, percent=1.76,
        change=change("increase", 18.5, baseline="cùng kỳ năm 2023")),
    fig("với 421 triệu kWh", "421", 421e6, "measure", "kWh", SAVED, inh(M9C), location="Thành phố Hồ Chí Minh"),
    fig("Hà Nội 356 triệu kWh", "356", 356e6, "measure", "kWh", SAVED, inh(M9C), location="Hà Nội"),
    fig("Bình Dương 198 triệu kWh", "198", 198e6, "measure", "kWh", SAVED, inh(M9C), location="Bình Dương"),
    fig("có 2.856 cơ sở", "2.856", 2856, "count", "cơ sở", "cơ sở sử dụng năng lượng trọng điểm"),
    fig("gồm 2.517 cơ sở", "2.517", 2517, "count", "cơ sở", "cơ sở công nghiệp sử dụng năng lượng trọng điểm",
        total=2856),
    fig("339 công trình", "339", 339, "count", "công trình", "công trình xây dựng sử dụng năng lượng trọng điểm",
        total=2856),
    fig("có 1.942 cơ sở", "1.942", 1942, "count", "cơ sở", "cơ sở nộp báo cáo kiểm toán năng lượng", percent=68),
    fig("là 2.103,11 đồng/kWh", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân"),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", "tiết kiệm tổng tiêu thụ năng lượng toàn quốc", G25, value_max=7,
        status="target"),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", "tiết kiệm tổng tiêu thụ năng lượng toàn quốc", G30, value_max=10,
        status="target"),
    fig("khoảng 3,1 tỷ kWh", "3,1", 3.1e9, "measure", "kWh", "điện tiết kiệm cả năm", Y24, approx="about",
        status="forecast"),
    fig("khoảng 1,8 triệu tấn", "1,8", 1.8e6, "measure", "tấn CO2", "lượng phát thải giảm", Y24, approx="about",
        status="forecast"),
    fig("ít nhất 20%", "20", 20, "percent", "%", "số cơ sở trọng điểm được kiểm tra", Q4, approx="at_least",
        status="target"),
]

COMMENTS = [
    "National press, 'Thứ năm, 17/10/2024, 06:30 (GMT+7)', byline at the end: electricity saving 9 months 2024.",
    "Distractors: (GMT+7), 06:30, VNEEP3 (programme name), 'giai đoạn 2019-2025/2030', 'quý IV', CO2.",
    "'9 tháng năm nay' dates from the dateline (2024). 'tương đương 1,76% …, tăng 18,5%' after 2,34 tỷ kWh: percent + change (as shared h14).",
    "'TP.HCM' -> canonical 'Thành phố Hồ Chí Minh'. 'gồm 2.517 … và 339 …' add up to 2.856: total. 'chiếm 68%' without a stated whole: percent only.",
    "'giảm phát thải khoảng 1,8 triệu tấn CO2' is its own forecast figure, not a change of 3,1 tỷ kWh. 'đặt chỉ tiêu … ít nhất 20%' -> target, quý IV takes 2024.",
]

if __name__ == "__main__":
    emit("p584-5", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Việt Nam")
