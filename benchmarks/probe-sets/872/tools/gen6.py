"""p872-6: national newspaper (VnExpress style), 3D-printed prostheses at a TP HCM hospital, national amputee figures, 2024."""
from lib import F, P, I, C, build

TEXT = """Sức khỏe › Tin tức
Thứ tư, 15/5/2024, 10:05 (GMT+7)
Hơn 300 bệnh nhân được lắp chân giả in 3D

Bệnh viện Chấn thương Chỉnh hình TP HCM từ tháng 3 năm ngoái đến nay đã lắp chân giả in 3D cho 312 bệnh nhân, trong đó 47 trẻ em.

Theo bác sĩ Phan Minh Tuấn, Trưởng khoa Phục hồi chức năng, chi phí một chân giả in 3D khoảng 15-20 triệu đồng, thấp hơn khoảng 35% so với chân giả truyền thống cùng chức năng. Nhờ quét hình ảnh mỏm cụt và in theo số đo riêng, thời gian chế tạo rút ngắn còn 3 ngày, thay vì 7-10 ngày như trước. Mỗi chân giả nặng khoảng 1,2 kg, nhẹ hơn loại thông thường.

"Trẻ em lớn nhanh nên cứ 12-18 tháng phải thay chân giả một lần, chi phí in lại thấp giúp gia đình đỡ gánh nặng", bác sĩ Tuấn nói.

Theo Hội Phục hồi chức năng Việt Nam, cả nước có khoảng 300.000 người bị cụt chi, mỗi năm phát sinh thêm hơn 10.000 ca cắt cụt do tai nạn giao thông, tai nạn lao động và biến chứng tiểu đường. Tuy nhiên, chỉ khoảng 30% người cụt chi được lắp chân tay giả phù hợp. Riêng bàn chân giả bằng sợi carbon nhập khẩu có giá 40-60 triệu đồng, ngoài khả năng của nhiều gia đình.

Năm nay, bệnh viện dự kiến lắp thêm khoảng 250 chân giả in 3D và chuyển giao kỹ thuật cho 5 bệnh viện tuyến tỉnh ở Đồng Nai, Long An, Tây Ninh, Bình Dương và Cà Mau. Mỗi bệnh viện được hỗ trợ một máy quét trị giá khoảng 1,5 tỷ đồng.

Lê Phương
"""

SINCE = P("từ tháng 3 năm ngoái đến nay", "2023-03-01", "2024-05-15")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
HCM = "Hồ Chí Minh"
VN = "Việt Nam"

FIGS = [
    F("Hơn 300 bệnh nhân", "300", 300, "count", "bệnh nhân", "bệnh nhân được lắp chân giả in 3D",
      approx="over", location=HCM),
    F("cho 312 bệnh nhân", "312", 312, "count", "bệnh nhân", "bệnh nhân được lắp chân giả in 3D",
      period=SINCE, location=HCM),
    F("47 trẻ em", "47", 47, "count", "trẻ em", "trẻ em được lắp chân giả in 3D", total=312,
      period=SINCE, location=HCM),
    F("khoảng 15-20 triệu đồng", "15", 15000000, "money", "đồng", "chi phí một chân giả in 3D",
      value_max=20000000, approx="about", change=C("decrease", 35, "%", "chân giả truyền thống cùng chức năng", "about"),
      location=HCM),
    F("còn 3 ngày", "3", 3, "measure", "ngày", "thời gian chế tạo chân giả in 3D", location=HCM),
    F("7-10 ngày", "7", 7, "measure", "ngày", "thời gian chế tạo chân giả trước đây", value_max=10,
      location=HCM),
    F("khoảng 1,2 kg", "1,2", 1.2, "measure", "kg", "khối lượng mỗi chân giả in 3D", approx="about",
      location=HCM),
    F("cứ 12-18 tháng", "12", 12, "measure", "tháng", "thời gian phải thay chân giả cho trẻ em",
      value_max=18, location=HCM),
    F("khoảng 300.000 người", "300.000", 300000, "count", "người", "người bị cụt chi",
      approx="about", location=VN),
    F("hơn 10.000 ca", "10.000", 10000, "count", "ca", "ca cắt cụt phát sinh mỗi năm",
      approx="over", location=VN),
    F("khoảng 30% người", "30", 30, "percent", "%", "người cụt chi được lắp chân tay giả phù hợp",
      approx="about", location=VN),
    F("giá 40-60 triệu đồng", "40", 40000000, "money", "đồng", "giá bàn chân giả bằng sợi carbon nhập khẩu",
      value_max=60000000, location=VN),
    F("khoảng 250 chân giả", "250", 250, "count", "chân giả", "chân giả in 3D lắp thêm",
      approx="about", status="forecast", period=Y24, location=HCM),
    F("cho 5 bệnh viện", "5", 5, "count", "bệnh viện", "bệnh viện tuyến tỉnh được chuyển giao kỹ thuật",
      status="forecast", period=Y24, location=HCM),
    F("khoảng 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "giá trị máy quét hỗ trợ mỗi bệnh viện",
      approx="about", status="forecast", period=I(Y24), location=HCM),
]

COMMENTS = [
    "National newspaper: chân giả in 3D at Bệnh viện Chấn thương Chỉnh hình TP HCM; national amputee figures (invented, probe set 872).",
    "Hospital figures: location Hồ Chí Minh; the Hội's national figures (cả nước) and the carbon-foot import price: Việt Nam. The five",
    "recipient provinces (Đồng Nai ... Cà Mau) are where the technology goes, not the place of the figures: location stays Hồ Chí Minh.",
    "'từ tháng 3 năm ngoái đến nay' = 2023-03-01 to the dateline 2024-05-15; 'Năm nay' = 2024. 'thấp hơn khoảng 35% so với ...' is the change of the 15-20 triệu price.",
    "The headline 'Hơn 300 bệnh nhân' restates the 312 of the lead: a figure of its own (no period in the headline).",
    "'mỗi năm phát sinh thêm hơn 10.000 ca': unit 'ca', 'mỗi năm' kept in the subject. The quoted '12-18 tháng' interval is a measure range.",
    "Distractors: Thứ tư, 15/5/2024, 10:05 (GMT+7); byline Lê Phương.",
]

if __name__ == "__main__":
    build("p872-6", TEXT, FIGS, COMMENTS, published="2024-05-15")
