"""p676-6: national press (VnExpress style) — TP HCM private ambulances licensed, 115 network."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Y tế

Thứ năm, 12/9/2024, 06:30 (GMT+7)

TP HCM cấp phép 27 đơn vị xe cấp cứu tư nhân

Mạng lưới cấp cứu ngoại viện của thành phố có hơn 40 trạm vệ tinh, nhưng 60% ca cấp cứu vẫn do xe của Trung tâm 115 đảm nhận.

Theo Sở Y tế TP Hồ Chí Minh, tính đến hết tháng 8/2024, thành phố đã cấp phép cho 27 đơn vị ngoài công lập cung cấp dịch vụ vận chuyển cấp cứu, với tổng cộng 104 xe. Trong 8 tháng đầu năm, các đơn vị này vận chuyển khoảng 21.500 lượt người bệnh, chủ yếu là chuyển viện và đưa người bệnh về nhà.

Trung tâm Cấp cứu 115 thành phố hiện quản lý 43 trạm vệ tinh đặt tại bệnh viện quận, huyện và 18 xe cấp cứu. Tổng đài 115 nhận bình quân 1.150 cuộc gọi/ngày, song chỉ khoảng 20-25% là cuộc gọi cần điều xe. Từ đầu năm đến nay, tổng đài đã điều phối 28.640 ca cấp cứu, tăng 9,2% so với cùng kỳ.

Ông Nguyễn Duy Long, Giám đốc Trung tâm, cho biết thời gian tiếp cận trung bình hiện là 14,8 phút, có nơi như huyện Cần Giờ phải mất gần 60 phút.

Theo ông Long, giá dịch vụ xe tư nhân dao động 25.000-40.000 đồng/km. Mức giá này gấp 1,5 lần giá xe của Trung tâm 115.

Năm 2023, Sở Y tế đã xử phạt 11 đơn vị với tổng số tiền 640 triệu đồng, đình chỉ 2 đơn vị. Thành phố dự kiến năm 2025 tăng lên 50 trạm vệ tinh, đưa thời gian tiếp cận xuống dưới 12 phút.

Lê Phương
"""

ASOF = P("tính đến hết tháng 8/2024", None, "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("cấp phép 27 đơn vị", "27", 27, "count", "đơn vị", subject="đơn vị xe cấp cứu tư nhân được cấp phép"),
    F("hơn 40 trạm", "40", 40, "count", "trạm vệ tinh", approx="over",
      subject="trạm vệ tinh của mạng lưới cấp cứu ngoại viện"),
    F("60% ca", "60", 60, "percent", "%", subject="ca cấp cứu do xe của Trung tâm 115 đảm nhận"),
    F("cho 27 đơn vị", "27", 27, "count", "đơn vị",
      subject="đơn vị ngoài công lập được cấp phép cung cấp dịch vụ vận chuyển cấp cứu", period=ASOF),
    F("104 xe", "104", 104, "count", "xe", subject="xe của các đơn vị ngoài công lập được cấp phép", period=ASOF),
    F("khoảng 21.500 lượt", "21.500", 21500, "count", "lượt người bệnh", approx="about",
      subject="lượt người bệnh các đơn vị tư nhân vận chuyển",
      period=P("8 tháng đầu năm", "2024-01-01", "2024-08-31")),
    F("quản lý 43 trạm", "43", 43, "count", "trạm vệ tinh", subject="trạm vệ tinh Trung tâm Cấp cứu 115 quản lý"),
    F("18 xe cấp cứu", "18", 18, "count", "xe cấp cứu", subject="xe cấp cứu Trung tâm Cấp cứu 115 quản lý"),
    F("1.150 cuộc gọi/ngày", "1.150", 1150, "measure", "cuộc gọi/ngày", subject="cuộc gọi tổng đài 115 nhận bình quân"),
    F("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about", subject="cuộc gọi cần điều xe"),
    F("28.640 ca", "28.640", 28640, "count", "ca", change=CH("increase", 9.2, baseline="cùng kỳ"),
      subject="ca cấp cứu tổng đài điều phối", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")),
    F("14,8 phút", "14,8", 14.8, "measure", "phút", subject="thời gian tiếp cận trung bình"),
    F("gần 60 phút", "60", 60, "measure", "phút", approx="nearly", subject="thời gian tiếp cận", location="Cần Giờ"),
    F("25.000-40.000 đồng/km", "25.000", 25000, "money", "đồng/km", value_max=40000,
      subject="giá dịch vụ xe tư nhân"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="mức giá xe tư nhân so với giá xe của Trung tâm 115"),
    F("xử phạt 11 đơn vị", "11", 11, "count", "đơn vị", subject="đơn vị bị xử phạt", period=Y23),
    F("640 triệu đồng", "640", 640e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y23),
    F("đình chỉ 2 đơn vị", "2", 2, "count", "đơn vị", subject="đơn vị bị đình chỉ", period=Y23),
    F("lên 50 trạm", "50", 50, "count", "trạm vệ tinh", status="forecast", subject="trạm vệ tinh", period=Y25),
    F("dưới 12 phút", "12", 12, "measure", "phút", approx="under", status="forecast",
      subject="thời gian tiếp cận", period=Y25),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 12/9/2024, 06:30 (GMT+7)' = published): TP HCM private ambulance units licensed, 115 network.",
    "'(GMT+7)', '06:30', '115' (Trung tâm 115, Tổng đài 115) are not figures. Location TP. Hồ Chí Minh throughout ('TP HCM' in the text),",
    "except 'huyện Cần Giờ … gần 60 phút'. 'cuộc gọi/ngày' is a rate (measure, denominator in the unit); the price range is money in đồng/km.",
    "'Mức giá này gấp 1,5 lần …' stands as its own sentence: a multiple. 'Từ đầu năm đến nay' ends at the dateline; 'dự kiến năm 2025' = forecast.",
]

if __name__ == "__main__":
    emit("p676-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="TP. Hồ Chí Minh")
