"""p1332-6: national newspaper: tenants' electricity bills in TP Hồ Chí Minh (landlord prices vs tariff)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 20/5/2025, 07:30 (GMT+7)

Người thuê trọ trả tiền điện cao gần gấp đôi hộ gia đình

Nhiều chủ nhà trọ ở TP HCM vẫn thu tiền điện 3.500-4.000 đồng/kWh, cao hơn nhiều so với giá quy định.

Chị Lê Thị Ngọc thuê căn phòng 18 m2 trong hẻm 58 đường số 7, phường An Lạc. Mỗi tháng, phòng chị dùng khoảng 150 kWh và trả theo giá 4.000 đồng/kWh, tức 600.000 đồng. "Tiền điện chiếm gần 20% tiền thuê phòng", chị nói. Với cùng lượng điện này, một hộ gia đình chỉ trả khoảng 320.000 đồng, bằng 53% số tiền chị Ngọc trả.

Theo quy định, trường hợp chủ nhà không kê khai số người thuê để được cấp định mức, giá điện cho người thuê được tính theo giá bậc 3, hiện là 2.380 đồng/kWh (chưa gồm thuế GTGT).

Năm 2024, ngành điện thành phố tiếp nhận 1.420 phản ánh về giá điện nhà trọ, gấp 1,3 lần năm 2023; qua kiểm tra phát hiện 312 trường hợp thu sai giá, buộc hoàn trả cho người thuê hơn 1,2 tỷ đồng. Hiện thành phố có khoảng 2,9 triệu khách hàng sinh hoạt, trong đó hơn 58.000 khách hàng là chủ nhà trọ đã đăng ký định mức cho khoảng 720.000 người thuê.

Theo ước tính của Hội Bảo vệ người tiêu dùng, cả nước có khoảng 3,6 triệu người thuê trọ, tập trung nhiều nhất ở TP HCM, Hà Nội, Bình Dương và Đồng Nai.

"Cần cho phép người thuê trọ tự đăng ký công tơ riêng", ông Phạm Quang Huy, chuyên gia năng lượng, đề xuất.

Hà An
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
        subject="tiền điện người thuê trọ trả so với hộ gia đình"),
    fig("3.500-4.000 đồng", "3.500", 3500, "money", "đồng/kWh", value_max=4000,
        subject="tiền điện chủ nhà trọ thu"),
    fig("phòng 18 m2", "18", 18, "measure", "m2", subject="diện tích căn phòng chị Lê Thị Ngọc thuê"),
    fig("khoảng 150 kWh", "150", 150, "measure", "kWh/tháng", approx="about",
        subject="điện năng phòng chị Ngọc sử dụng"),
    fig("giá 4.000 đồng", "4.000", 4000, "money", "đồng/kWh", subject="giá điện chị Ngọc trả"),
    fig("tức 600.000 đồng", "600.000", 600000, "money", "đồng/tháng", subject="tiền điện chị Ngọc trả"),
    fig("gần 20%", "20", 20, "percent", "%", approx="nearly", subject="tiền điện trong tiền thuê phòng"),
    fig("khoảng 320.000 đồng", "320.000", 320000, "money", "đồng", approx="about", percent=53,
        subject="tiền điện một hộ gia đình trả cho cùng lượng điện"),
    fig("là 2.380 đồng", "2.380", 2380, "money", "đồng/kWh",
        subject="giá điện cho người thuê tính theo giá bậc 3"),
    fig("tiếp nhận 1.420 phản ánh", "1.420", 1420, "count", "phản ánh",
        change=chg("increase", 1.3, "lần", "năm 2023"),
        subject="phản ánh về giá điện nhà trọ", period=Y24),
    fig("phát hiện 312 trường hợp", "312", 312, "count", "trường hợp",
        subject="trường hợp thu sai giá", period=Y24),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="tiền hoàn trả cho người thuê", period=Y24),
    fig("khoảng 2,9 triệu", "2,9", 2.9e6, "count", "khách hàng", approx="about",
        subject="khách hàng sinh hoạt"),
    fig("hơn 58.000 khách", "58.000", 58000, "count", "khách hàng", approx="over", total=2.9e6,
        subject="khách hàng là chủ nhà trọ đã đăng ký định mức"),
    fig("khoảng 720.000 người", "720.000", 720000, "count", "người thuê", approx="about",
        subject="người thuê được đăng ký định mức"),
    fig("khoảng 3,6 triệu", "3,6", 3.6e6, "count", "người thuê trọ", approx="about", status="estimate",
        subject="người thuê trọ", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ ba, 20/5/2025, 07:30 (GMT+7)', sapo, quotes, byline 'Hà An' at the end. Place: TP Hồ Chí Minh.",
    "Distractors: 07:30, (GMT+7), 'hẻm 58 đường số 7' (address), 'bậc 3' (tier name), 'năm 2023' (baseline).",
    "Headline 'cao gần gấp đôi hộ gia đình' stands alone: multiple 2, nearly. Sapo range 3.500-4.000 đồng/kWh.",
    "Only a ward is named for chị Ngọc (phường An Lạc): location stays TP Hồ Chí Minh. 'Mỗi tháng ... khoảng 150 kWh' → kWh/tháng,",
    "'tức 600.000 đồng' in the same 'Mỗi tháng' sentence → đồng/tháng. 'bằng 53% số tiền chị Ngọc trả' → percent attribute of 320.000.",
    "'gấp 1,3 lần năm 2023' → change of 1.420 phản ánh (lần). 312 trường hợp count a different thing than phản ánh: no total.",
    "'hơn 58.000 khách hàng là chủ nhà trọ' after 'trong đó' → total 2,9 triệu khách hàng. 720.000 người thuê: no total.",
    "'Theo ước tính ..., cả nước có khoảng 3,6 triệu' → estimate, about, location Việt Nam (the provinces listed after it do not localise it).",
    "'Hiện' sentence: no period; 'Năm 2024' governs the ';' chain (1.420, 312, 1,2 tỷ).",
]

if __name__ == "__main__":
    write("p1332-6", TEXT, NOTES, FIGS, published="2025-05-20", location="Hồ Chí Minh")
