"""p637-6: national press, fake and substandard fertiliser seized by market surveillance, Q1/2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 17/4/2024, 06:30 (GMT+7)

Hơn 1.100 tấn phân bón giả, kém chất lượng bị thu giữ trong quý I

Lực lượng quản lý thị trường cả nước đã phát hiện, xử lý 612 vụ vi phạm trong lĩnh vực phân bón, thuốc bảo vệ thực vật trong quý I/2024, tăng 23% so với cùng kỳ năm trước.

Theo Tổng cục Quản lý thị trường (Bộ Công Thương), tổng số tiền xử phạt và trị giá hàng tịch thu trong 3 tháng đầu năm là 9,3 tỷ đồng, trong đó phạt vi phạm hành chính 6,1 tỷ đồng. Lượng phân bón giả, kém chất lượng, không rõ nguồn gốc bị thu giữ là 1.127 tấn, gấp 1,6 lần cùng kỳ; thuốc bảo vệ thực vật nhập lậu bị thu giữ khoảng 3.400 kg.

Các địa phương phát hiện nhiều vụ việc là Đồng Nai (54 vụ), Long An (47 vụ), Đắk Lắk (41 vụ) và Thanh Hóa (38 vụ). Riêng Đồng Nai thu giữ 215 tấn phân bón giả, chiếm gần 19% tổng lượng bị thu giữ trên cả nước.

Theo ông Nguyễn Văn Hòa, Phó tổng cục trưởng, phân bón giả thường chỉ đạt từ 10 đến 20% hàm lượng dinh dưỡng công bố, có lô hàng gần như không có hoạt chất. Nông dân mua phải có thể thiệt hại khoảng 3-5 triệu đồng mỗi ha do giảm năng suất.

Năm 2024, Tổng cục đặt mục tiêu giảm ít nhất 15% số vụ vi phạm về phân bón so với năm 2023. Người dân có thể phản ánh qua đường dây nóng 1800.6838 hoặc ứng dụng "Kiểm tra hàng giả".

Hoàng Minh
"""

NOTES = [
    "National press (e-newspaper): market surveillance seizures of fake/substandard fertiliser and smuggled pesticides, Q1/2024.",
    "Dateline 'Thứ tư, 17/4/2024, 06:30 (GMT+7)'. National figures: location Việt Nam; provinces in the list are the items' locations.",
    "Headline 'quý I' takes the year of the dateline (the nearest earlier date). '3 tháng đầu năm' = Q1/2024.",
    "6,1 tỷ after 'trong đó' has total 9,3 tỷ. 'gấp 1,6 lần cùng kỳ' after 1.127 tấn is its change (lần). '215 tấn ..., chiếm gần 19%':",
    "percent 19 (the share's own 'gần' is not kept). 'từ 10 đến 20%' and 'ít nhất 15%' are rates that are the claim (percent figures).",
    "'3-5 triệu đồng mỗi ha' is money per hectare (unit written as the rate đồng/ha). 'đặt mục tiêu' → target.",
    "Distractors: '(GMT+7)', '06:30', hotline '1800.6838', 'Kiểm tra hàng giả', byline.",
]

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
M3 = per("3 tháng đầu năm", "2024-01-01", "2024-03-31")
V = "vụ việc vi phạm phát hiện"

FIGS = [
    fig("Hơn 1.100 tấn", "1.100", 1100, "measure", "tấn", "phân bón giả, kém chất lượng bị thu giữ",
        per("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    fig("xử lý 612 vụ", "612", 612, "count", "vụ", "vụ vi phạm trong lĩnh vực phân bón, thuốc bảo vệ thực vật", Q1,
        change=chg("increase", 23, baseline="cùng kỳ năm trước")),
    fig("là 9,3 tỷ đồng", "9,3", 9300000000, "money", "đồng", "tổng số tiền xử phạt và trị giá hàng tịch thu", M3),
    fig("hành chính 6,1 tỷ đồng", "6,1", 6100000000, "money", "đồng", "phạt vi phạm hành chính", M3, total=9300000000),
    fig("là 1.127 tấn", "1.127", 1127, "measure", "tấn", "phân bón giả, kém chất lượng, không rõ nguồn gốc bị thu giữ", inh(M3),
        change=chg("increase", 1.6, unit="lần", baseline="cùng kỳ")),
    fig("khoảng 3.400 kg", "3.400", 3400, "measure", "kg", "thuốc bảo vệ thực vật nhập lậu bị thu giữ", inh(M3), approx="about"),
    fig("Đồng Nai (54 vụ)", "54", 54, "count", "vụ", V, inh(M3), location="Đồng Nai"),
    fig("Long An (47 vụ)", "47", 47, "count", "vụ", V, inh(M3), location="Long An"),
    fig("Đắk Lắk (41 vụ)", "41", 41, "count", "vụ", V, inh(M3), location="Đắk Lắk"),
    fig("Thanh Hóa (38 vụ)", "38", 38, "count", "vụ", V, inh(M3), location="Thanh Hóa"),
    fig("thu giữ 215 tấn", "215", 215, "measure", "tấn", "phân bón giả bị thu giữ", inh(M3), percent=19, location="Đồng Nai"),
    fig("từ 10 đến 20%", "10", 10, "percent", "%", "hàm lượng dinh dưỡng của phân bón giả so với công bố", value_max=20),
    fig("khoảng 3-5 triệu", "3", 3000000, "money", "đồng/ha", "thiệt hại của nông dân do giảm năng suất",
        value_max=5000000, approx="about"),
    fig("ít nhất 15%", "15", 15, "percent", "%", "giảm số vụ vi phạm về phân bón so với năm 2023",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

write("p637-6", TEXT, NOTES, FIGS, published="2024-04-17", location="Việt Nam")
