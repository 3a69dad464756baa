"""p997-6: national newspaper (VnExpress-like), urea prices, fertilizer imports/exports 9 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 6/10/2024, 07:40 (GMT+7)

Giá phân urê tăng 15% sau ba tháng

Giá urê trong nước tăng liên tục từ tháng 7, lên mức cao nhất trong năm do nguồn khí cấp cho sản xuất hạn chế, trong khi nhu cầu cho vụ Đông Xuân tăng.

Theo Hiệp hội Phân bón Việt Nam, giá urê xuất xưởng tháng 10 dao động 10.800-11.000 đồng/kg, tăng khoảng 15% so với tháng 7. Tại các đại lý ở Cần Thơ, giá bán lẻ lên 12.500-13.000 đồng/kg, mỗi bao 50 kg đắt thêm 60.000-80.000 đồng.

Số liệu của Tổng cục Hải quan cho thấy, 9 tháng đầu năm 2024 cả nước nhập khẩu 3,3 triệu tấn phân bón các loại, trị giá gần 1,06 tỷ USD, tăng 10,4% về lượng nhưng giảm 6,2% về trị giá so với cùng kỳ năm trước. Trung Quốc là thị trường cung cấp lớn nhất với 1,45 triệu tấn, chiếm 44% tổng lượng nhập khẩu. Xuất khẩu phân bón cùng kỳ đạt 1,37 triệu tấn, thu về 543 triệu USD.

Ông Trần Hữu Phước, Phó chủ tịch Hiệp hội, dự báo giá urê sẽ duy trì ở mức cao đến hết quý IV/2024. Nhu cầu phân bón cho vụ Đông Xuân tới dự kiến khoảng 3,5 triệu tấn, trong đó urê khoảng 1,1 triệu tấn. Các nhà máy trong nước hiện chạy khoảng 85-90% công suất.

Hiệp hội cũng kiến nghị sớm hướng dẫn việc áp thuế giá trị gia tăng 5% đối với phân bón theo Luật số 48/2024/QH15, có hiệu lực từ ngày 1/7/2025, để doanh nghiệp được khấu trừ thuế đầu vào và hạ giá thành.

Thanh Hương
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T10 = P("tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    F("urê tăng 15%", "15", 15, "percent", "%", "giá phân urê"),
    F("dao động 10.800-11.000 đồng/kg", "10.800", 10800, "money", "đồng/kg", "giá urê xuất xưởng", T10,
      value_max=11000, change=C("increase", 15, "%", "tháng 7", "about")),
    F("lên 12.500-13.000 đồng/kg", "12.500", 12500, "money", "đồng/kg", "giá bán lẻ urê", I(T10),
      value_max=13000, location="Cần Thơ"),
    F("mỗi bao 50 kg", "50", 50, "measure", "kg", "khối lượng bao phân", optional=True),
    F("thêm 60.000-80.000 đồng", "60.000", 60000, "money", "đồng/bao", "mức tăng giá mỗi bao urê", I(T10),
      value_max=80000, location="Cần Thơ"),
    F("nhập khẩu 3,3 triệu tấn", "3,3", 3300000, "measure", "tấn", "phân bón nhập khẩu", M9,
      change=C("increase", 10.4, "%", "cùng kỳ năm trước")),
    F("gần 1,06 tỷ USD", "1,06", 1060000000, "money", "USD", "trị giá phân bón nhập khẩu", M9, approx="nearly",
      change=C("decrease", 6.2, "%", "cùng kỳ năm trước")),
    F("với 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "phân bón nhập khẩu từ Trung Quốc", I(M9),
      percent=44),
    F("đạt 1,37 triệu tấn", "1,37", 1370000, "measure", "tấn", "phân bón xuất khẩu",
      P("cùng kỳ", "2024-01-01", "2024-09-30", inherited=True)),
    F("về 543 triệu USD", "543", 543000000, "money", "USD", "trị giá phân bón xuất khẩu",
      P("cùng kỳ", "2024-01-01", "2024-09-30", inherited=True)),
    F("khoảng 3,5 triệu tấn", "3,5", 3500000, "measure", "tấn", "nhu cầu phân bón cho vụ Đông Xuân",
      approx="about", status="forecast"),
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "nhu cầu urê cho vụ Đông Xuân",
      approx="about", total=3500000, status="forecast"),
    F("khoảng 85-90%", "85", 85, "percent", "%", "công suất các nhà máy trong nước", approx="about", value_max=90),
    F("gia tăng 5%", "5", 5, "percent", "%", "thuế giá trị gia tăng đối với phân bón", optional=True),
]

COMMENTS = [
    "National newspaper (VnExpress-like), dateline 'Chủ nhật, 6/10/2024, 07:40 (GMT+7)': urea prices and fertilizer trade, 9 months 2024.",
    "Headline 'tăng 15%' is a growth rate as the claim (percent, no change); 'sau ba tháng' is a duration locating it.",
    "'tăng 10,4% về lượng nhưng giảm 6,2% về trị giá' split to the tonnage and the value. Trung Quốc is a trade partner: location Việt Nam.",
    "'Xuất khẩu ... cùng kỳ' refers back to 9 tháng đầu năm 2024: period inherited. 'bao 50 kg' and the 5% VAT rate are optional.",
    "Distractors: 'ba tháng', 'tháng 7', 'quý IV/2024', 'Luật số 48/2024/QH15', 'ngày 1/7/2025', time 07:40, 'GMT+7'.",
]

build("p997-6", TEXT, FIGS, COMMENTS, published="2024-10-06", location="Việt Nam")
