"""p1565-5: national newspaper: dried seafood prices and supply in TP HCM before Tết 2025."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 13/1/2025, 08:30 (GMT+7)

Khô mực tăng giá 10-15% trước Tết

Giá nhiều loại khô hải sản tại TP HCM tăng 10-15% so với cùng kỳ, song sức mua mới bằng khoảng 70% năm trước.

Tại chợ Bình Tây (quận 6), khô mực câu loại lớn được bán 1,4-1,7 triệu đồng/kg, tăng khoảng 150.000 đồng/kg so với tháng trước; cá khô dứa 320.000-380.000 đồng/kg; tôm khô Cà Mau loại 1 khoảng 1,1 triệu đồng/kg.

Bà Lê Ngọc Hân, tiểu thương có sạp số 112 chuyên bán đồ khô, cho biết năm nay sạp chỉ nhập khoảng 300 kg khô các loại, giảm khoảng 40% so với Tết năm ngoái. "Khách giờ mua ít, chủ yếu mua làm quà biếu", bà nói.

Theo Ban quản lý chợ đầu mối Bình Điền, từ đầu tháng 12/2024 đến nay lượng khô hải sản về chợ bình quân 45-50 tấn/ngày, tăng khoảng 20% so với cùng kỳ. Nguồn hàng chủ yếu từ Cà Mau, Kiên Giang và Bình Thuận.

Cục Quản lý thị trường TP HCM cho biết trong tháng 12/2024 đã phát hiện 7 vụ kinh doanh khô mực không rõ nguồn gốc, tạm giữ hơn 1,2 tấn hàng, trị giá gần 500 triệu đồng. Phần lớn là mực khô nhập lậu được gắn nhãn "đặc sản Phan Thiết".

Theo các chuyên gia, người mua nên chọn khô có độ ẩm dưới 20%, bảo quản ở nhiệt độ 2-5 độ C và dùng trong vòng 3 tháng. Khô mực thật khi nướng có màu vàng nhạt, thịt dày, xé ra có sợi.

Thu Hằng
"""

NOW = per("năm nay", "2025-01-01", "2025-12-31")
SINCE = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-13")
Q6 = "Quận 6"
DEC = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")

FIGS = [
    fig("giá 10-15% trước", "10", 10, "percent", "%", value_max=15, subject="giá khô mực"),
    fig("tăng 10-15% so với", "10", 10, "percent", "%", value_max=15, subject="giá nhiều loại khô hải sản"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="sức mua"),
    fig("1,4-1,7 triệu", "1,4", 1.4e6, "money", "đồng/kg", value_max=1.7e6,
        change=chg("increase", 150000, "đồng/kg", "tháng trước", approx="about"),
        subject="giá khô mực câu loại lớn", location=Q6),
    fig("320.000-380.000", "320.000", 320000, "money", "đồng/kg", value_max=380000,
        subject="giá cá khô dứa", location=Q6),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "đồng/kg", approx="about",
        subject="giá tôm khô Cà Mau loại 1", location=Q6),
    fig("khoảng 300 kg", "300", 300, "measure", "kg", approx="about",
        change=chg("decrease", 40, "%", "Tết năm ngoái", approx="about"),
        subject="khô các loại sạp nhập", period=NOW),
    fig("45-50 tấn/ngày", "45", 45, "measure", "tấn/ngày", value_max=50,
        change=chg("increase", 20, "%", "cùng kỳ", approx="about"),
        subject="lượng khô hải sản về chợ bình quân", period=SINCE),
    fig("phát hiện 7 vụ", "7", 7, "count", "vụ", subject="vụ kinh doanh khô mực không rõ nguồn gốc",
        period=DEC),
    fig("hơn 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="over", subject="hàng tạm giữ", period=DEC),
    fig("gần 500 triệu", "500", 500e6, "money", "đồng", approx="nearly", subject="trị giá hàng tạm giữ",
        period=DEC),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", subject="độ ẩm của khô", location=""),
    fig("2-5 độ C", "2", 2, "measure", "độ C", value_max=5, subject="nhiệt độ bảo quản khô", location=""),
    fig("trong vòng 3 tháng", "3", 3, "measure", "tháng", approx="at_most", optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 13/1/2025, 08:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 08:30, (GMT+7), 'quận 6', 'sạp số 112'; provinces in 'Nguồn hàng chủ yếu từ Cà Mau, ...' carry no number.",
    "Headline and sapo growth rates ('tăng giá 10-15%', 'tăng 10-15% so với cùng kỳ') are percent figures (ranges), no change. 'bằng khoảng 70% năm trước' has no base amount: a percent figure.",
    "Market prices at 'chợ Bình Tây (quận 6)': location Quận 6 (a district of TP HCM), also for 'tôm khô Cà Mau' (origin in the product name, not the place of the price).",
    "revised after the first run: these three prices had location TP HCM; the spec takes the district a figure describes, as done for Phú Quốc, Phan Thiết, Vân Đồn in this set.",
    "'năm nay' takes the year of published (2025); 'từ đầu tháng 12/2024 đến nay' ends at the dateline.",
    "Expert advice (humidity under 20%, 2-5 độ C) describes no place: location null (borderline; the article's place is TP HCM).",
    "'dùng trong vòng 3 tháng' (shelf life) is a duration that might or might not be counted: optional.",
]

if __name__ == "__main__":
    write("p1565-5", TEXT, NOTES, FIGS, published="2025-01-13", location="TP Hồ Chí Minh")
