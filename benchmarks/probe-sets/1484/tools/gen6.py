"""p1484-6: national newspaper: parents buying notebooks in TP Hồ Chí Minh, August 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 19/8/2024, 07:15 (GMT+7)

Phụ huynh chi tiền triệu sắm vở đầu năm học

Giá vở năm nay nhích nhẹ, nhiều nhà sách tung chương trình giảm giá để hút khách mùa tựu trường.

Sáng chủ nhật, chị Lê Thu Trang cùng hai con đến nhà sách trên đường Nguyễn Thị Minh Khai, quận 3, mua 32 cuốn vở và dụng cụ học tập. Hết gần 1,2 triệu đồng, chị cho biết chi phí cao hơn năm ngoái khoảng 150.000 đồng dù số lượng vở gần như không đổi.

Tại hệ thống nhà sách Tân Việt, vở 200 trang loại thường có giá từ 12.000 đến 15.000 đồng/cuốn, tăng khoảng 1.000 đồng so với năm ngoái. Từ đầu tháng 8 đến nay, doanh số văn phòng phẩm của hệ thống tăng 35% so với tháng 7. Hệ thống đã chuẩn bị 1,5 triệu cuốn vở, gấp 1,3 lần năm trước, trong đó hàng Việt chiếm trên 85%.

Ông Phạm Quốc Bảo, Giám đốc kinh doanh của Tân Việt, cho biết mỗi lượt khách chi trung bình 250.000-300.000 đồng. Ở chợ sỉ Bình Tây, vở cùng loại chỉ 9.000-11.000 đồng/cuốn, thấp hơn nhà sách 20-25%.

Theo Sở Công Thương TP HCM, năm nay có 48 doanh nghiệp tham gia chương trình bình ổn thị trường đồ dùng học tập, với hơn 6.000 điểm bán, giá thấp hơn giá thị trường 5-15%. Thành phố có khoảng 1,7 triệu học sinh phổ thông; nhu cầu vở mỗi năm ước 35-40 triệu cuốn.

Nhiều trường học cũng khuyến khích phụ huynh tận dụng vở cũ còn trang trắng, không bắt buộc mua vở theo mẫu riêng của trường.

Minh Thư
"""

AUG = per("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-19")
NAY = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cùng hai con", "hai", 2, "count", "con", subject="con của chị Lê Thu Trang", optional=True),
    fig("mua 32 cuốn", "32", 32, "count", "cuốn vở", subject="vở chị Lê Thu Trang mua"),
    fig("gần 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="nearly",
        change=chg("increase", 150000, "đồng", "năm ngoái", approx="about"),
        subject="chi phí mua vở và dụng cụ học tập"),
    fig("vở 200 trang", "200", 200, "measure", "trang", subject="số trang vở", optional=True),
    fig("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/cuốn", value_max=15000,
        change=chg("increase", 1000, "đồng", "năm ngoái", approx="about"),
        subject="giá vở 200 trang loại thường"),
    fig("tăng 35%", "35", 35, "percent", "%", subject="doanh số văn phòng phẩm của hệ thống", period=AUG),
    fig("chuẩn bị 1,5 triệu", "1,5", 1.5e6, "count", "cuốn vở",
        change=chg("increase", 1.3, "lần", "năm trước"), subject="vở hệ thống đã chuẩn bị"),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", subject="hàng Việt trong lượng vở đã chuẩn bị"),
    fig("250.000-300.000", "250.000", 250000, "money", "đồng/lượt khách", value_max=300000,
        subject="chi tiêu trung bình mỗi lượt khách"),
    fig("9.000-11.000", "9.000", 9000, "money", "đồng/cuốn", value_max=11000,
        change=chg("decrease", 20, "%", "nhà sách"), subject="giá vở ở chợ sỉ Bình Tây"),
    fig("có 48 doanh nghiệp", "48", 48, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia chương trình bình ổn thị trường đồ dùng học tập", period=NAY),
    fig("hơn 6.000 điểm", "6.000", 6000, "count", "điểm bán", approx="over", subject="điểm bán bình ổn",
        period=NAY),
    fig("thị trường 5-15%", "5", 5, "percent", "%", value_max=15,
        subject="giá hàng bình ổn thấp hơn giá thị trường", period=NAY),
    fig("khoảng 1,7 triệu", "1,7", 1.7e6, "count", "học sinh", approx="about", subject="học sinh phổ thông"),
    fig("ước 35-40 triệu", "35", 35e6, "measure", "cuốn/năm", value_max=40e6, status="estimate",
        subject="nhu cầu vở mỗi năm"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 19/8/2024, 07:15 (GMT+7)', sapo, quotes, byline 'Minh Thư' at the end; location TP Hồ Chí Minh.",
    "Distractors: 07:15, (GMT+7), 'đường Nguyễn Thị Minh Khai, quận 3', 'tháng 7' (a baseline).",
    "'hai con' (the parent's children) and 'vở 200 trang' (a product type) are optional.",
    "'Hết gần 1,2 triệu đồng, chị cho biết chi phí cao hơn năm ngoái khoảng 150.000 đồng' → the change (đồng, about) belongs to 1,2 triệu.",
    "'gấp 1,3 lần năm trước' after 1,5 triệu cuốn → change 1.3 lần. 'trong đó hàng Việt chiếm trên 85%' → percent figure of its own.",
    "'9.000-11.000 đồng/cuốn, thấp hơn nhà sách 20-25%' → change decrease 20 (lower end), baseline 'nhà sách'.",
    "'giá thấp hơn giá thị trường 5-15%' has no price amount: a percent figure. 'nhu cầu vở mỗi năm ước 35-40 triệu cuốn' → rate cuốn/năm, estimate.",
    "'Từ đầu tháng 8 đến nay' → 2024-08-01..2024-08-19 (dateline). 'năm nay' = 2024.",
]

if __name__ == "__main__":
    write("p1484-6", TEXT, NOTES, FIGS, published="2024-08-19", location="TP Hồ Chí Minh")
