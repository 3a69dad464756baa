"""p1149-6: national newspaper: sturgeon prices fall in Lâm Đồng (Lạc Dương farm), Chinese imports; byline at the end."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp

Giá cá tầm Đà Lạt giảm sâu, người nuôi lao đao

Thứ Ba, 05/11/2024, 14:05 (GMT+7)

Giá cá tầm thương phẩm tại Lâm Đồng hiện chỉ còn 120.000-140.000 đồng/kg, giảm 30-35% so với đầu năm, trong khi giá thức ăn tăng khoảng 12%.

Ông Trần Đình Phúc, chủ trang trại cá tầm ở xã Đạ Sar, huyện Lạc Dương, cho biết trại đang tồn khoảng 15 tấn cá đến lứa, cỡ 3-4 kg/con. "Mỗi ngày tiền thức ăn, tiền điện bơm nước hết gần 5 triệu đồng, bán giá này là lỗ khoảng 20.000 đồng mỗi kg", ông Phúc nói. Trại từng có 9 công nhân, nay chỉ giữ lại ba người.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, toàn tỉnh có 142 cơ sở nuôi cá nước lạnh với tổng thể tích khoảng 160.000 m3, chủ yếu ở Lạc Dương, Đà Lạt và Đơn Dương. 10 tháng đầu năm, sản lượng cá tầm thu hoạch đạt 880 tấn, cá hồi 95 tấn. Nghề nuôi cá nước lạnh đang tạo việc làm cho khoảng 1.200 lao động.

Theo các thương lái, mỗi tháng có khoảng 300 tấn cá tầm nhập từ Trung Quốc tiêu thụ tại Việt Nam, giá bán buôn chỉ 80.000-90.000 đồng/kg, thấp hơn khoảng 40% so với cá tầm Đà Lạt.

Ông Nguyễn Văn Châu, Phó giám đốc Sở, dự báo cả năm 2024 sản lượng cá nước lạnh toàn tỉnh đạt khoảng 1.100 tấn, giảm 4% so với năm 2023. Sở đề nghị tăng kiểm tra nguồn gốc cá nhập khẩu, hỗ trợ người nuôi xây dựng nhãn hiệu chứng nhận "Cá tầm Đà Lạt".

Phước Tuấn
"""

M10 = P("10 tháng đầu năm", "2024-01-01", "2024-10-31")
LD = "Lạc Dương"

FIGS = [
    F("còn 120.000-140.000", "120.000", 120000, "money", "đồng/kg", value_max=140000,
      change=C("decrease", 30, "%", "đầu năm"), subject="giá cá tầm thương phẩm"),
    F("tăng khoảng 12%", "12", 12, "percent", "%", approx="about", subject="giá thức ăn"),
    F("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about", subject="cá đến lứa trại đang tồn",
      location=LD),
    F("3-4 kg/con", "3", 3, "measure", "kg/con", value_max=4, subject="cỡ cá đến lứa", location=LD),
    F("gần 5 triệu", "5", 5000000, "money", "đồng/ngày", approx="nearly",
      subject="tiền thức ăn, tiền điện bơm nước mỗi ngày", location=LD),
    F("lỗ khoảng 20.000 đồng", "20.000", 20000, "money", "đồng/kg", approx="about", subject="lỗ mỗi kg cá bán ra",
      location=LD),
    F("có 9 công nhân", "9", 9, "count", "công nhân", subject="công nhân trại từng có", location=LD),
    F("ba người", "ba", 3, "count", "người", subject="công nhân trại giữ lại", location=LD),
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở nuôi cá nước lạnh"),
    F("khoảng 160.000 m3", "160.000", 160000, "measure", "m3", approx="about", subject="tổng thể tích bể nuôi"),
    F("đạt 880 tấn", "880", 880, "measure", "tấn", subject="sản lượng cá tầm thu hoạch", period=M10),
    F("cá hồi 95 tấn", "95", 95, "measure", "tấn", subject="sản lượng cá hồi thu hoạch", period=M10),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about",
      subject="lao động có việc làm từ nghề nuôi cá nước lạnh"),
    F("khoảng 300 tấn", "300", 300, "measure", "tấn/tháng", approx="about",
      subject="cá tầm nhập từ Trung Quốc tiêu thụ mỗi tháng", location="Việt Nam"),
    F("chỉ 80.000-90.000", "80.000", 80000, "money", "đồng/kg", value_max=90000,
      change=C("decrease", 40, "%", "cá tầm Đà Lạt", approx="about"),
      subject="giá bán buôn cá tầm nhập từ Trung Quốc", location="Việt Nam"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", approx="about", status="forecast",
      change=C("decrease", 4, "%", "năm 2023"), subject="sản lượng cá nước lạnh",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 05/11/2024, 14:05 (GMT+7)', byline 'Phước Tuấn' at the end. Sturgeon prices in Lâm Đồng.",
    "Distractors: time 14:05, GMT+7; 'Cá tầm Đà Lạt' is a brand (no location Đà Lạt). 'ba người' is a number word (3).",
    "'giảm 30-35% so với đầu năm' is the price's change (value 30). 'giá thức ăn tăng khoảng 12%' is a growth rate as the claim.",
    "The Lạc Dương farm passage (incl. the quote and the next sentence) takes location Lạc Dương. Chinese imports: 'tiêu thụ tại Việt Nam'.",
    "'10 tháng đầu năm' takes 2024 from the dateline. 'dự báo cả năm 2024' gives forecast.",
]

if __name__ == "__main__":
    write("p1149-6", TEXT, NOTES, FIGS, published="2024-11-05", location="Lâm Đồng")
