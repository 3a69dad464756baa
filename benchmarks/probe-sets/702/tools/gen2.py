"""p702-2: ward portal (phường Phong Khê, TP Bắc Ninh), paper craft village, quarter I/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHONG KHÊ - THÀNH PHỐ BẮC NINH
Trang chủ / Kinh tế - Làng nghề
Ngày đăng: 22/03/2024 | Người đăng: Văn phòng - Thống kê

Làng nghề giấy Phong Khê: quý I sản xuất gần 95 nghìn tấn giấy các loại

Quý I/2024, hoạt động sản xuất tại làng nghề giấy Phong Khê cơ bản ổn định. Toàn phường có 86 cơ sở sản xuất giấy, giảm 12 cơ sở so với cuối năm 2023 do di dời vào cụm công nghiệp; trong đó 41 cơ sở sản xuất giấy bao bì, 27 cơ sở sản xuất giấy vệ sinh, giấy ăn và 18 cơ sở sản xuất giấy đế, giấy vàng mã.

Sản lượng giấy các loại trong quý ước đạt gần 95 nghìn tấn, bình quân khoảng 1.050 tấn/ngày; giá trị sản xuất ước đạt 742,5 tỷ đồng, tăng 6,8% so với cùng kỳ, chiếm 78% tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của phường. Làng nghề giải quyết việc làm cho hơn 3.000 lao động, trong đó khoảng 1.200 lao động đến từ các địa phương khác.

Cụm công nghiệp làng nghề Phong Khê I và Phong Khê II có tổng diện tích 81,6 ha, tỷ lệ lấp đầy lần lượt đạt 92% và 64%. Trạm xử lý nước thải tập trung công suất 4.500 m³/ngày đêm đã tiếp nhận nước thải của 53 cơ sở; lượng nước thải chưa qua xử lý còn khoảng 1.800 m³/ngày.

Năm 2024, phường phấn đấu di dời thêm từ 15 đến 20 cơ sở vào cụm công nghiệp và giảm 30% lượng than đá sử dụng so với năm 2023. Người dân phản ánh về môi trường có thể liên hệ đường dây nóng 0222.3871.006 hoặc trực tiếp tại trụ sở UBND phường, số 25 đường Phong Khê.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
FIGS = [
    F("gần 95 nghìn tấn giấy", "95", 95000, "measure", "tấn", "giấy các loại làng nghề giấy Phong Khê sản xuất",
      P("quý I", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("có 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở sản xuất giấy", I(Q1),
      change=CH("decrease", 12, "cơ sở", baseline="cuối năm 2023")),
    F("41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở sản xuất giấy bao bì", I(Q1), total=86),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất giấy vệ sinh, giấy ăn", I(Q1), total=86),
    F("18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở sản xuất giấy đế, giấy vàng mã", I(Q1), total=86),
    F("ước đạt gần 95 nghìn tấn", "95", 95000, "measure", "tấn", "sản lượng giấy các loại",
      P("trong quý", "2024-01-01", "2024-03-31"), approx="nearly", status="estimate"),
    F("khoảng 1.050 tấn/ngày", "1.050", 1050, "measure", "tấn/ngày", "sản lượng giấy các loại bình quân",
      P("trong quý", "2024-01-01", "2024-03-31"), approx="about", status="estimate"),
    F("ước đạt 742,5 tỷ đồng", "742,5", 742500000000, "money", "đồng", "giá trị sản xuất",
      P("trong quý", "2024-01-01", "2024-03-31"), percent=78, change=CH("increase", 6.8, baseline="cùng kỳ"),
      status="estimate"),
    F("hơn 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động làng nghề giải quyết việc làm", approx="over"),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động đến từ các địa phương khác",
      approx="about", total=3000),
    F("diện tích 81,6 ha", "81,6", 81.6, "measure", "ha",
      "tổng diện tích cụm công nghiệp làng nghề Phong Khê I và Phong Khê II"),
    F("đạt 92%", "92", 92, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp làng nghề Phong Khê I"),
    F("và 64%", "64", 64, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp làng nghề Phong Khê II"),
    F("công suất 4.500 m³", "4.500", 4500, "measure", "m³/ngày đêm", "công suất trạm xử lý nước thải tập trung"),
    F("của 53 cơ sở", "53", 53, "count", "cơ sở", "cơ sở có nước thải được trạm xử lý tập trung tiếp nhận"),
    F("khoảng 1.800 m³", "1.800", 1800, "measure", "m³/ngày", "lượng nước thải chưa qua xử lý", approx="about"),
    F("từ 15 đến 20 cơ sở", "15", 15, "count", "cơ sở", "cơ sở di dời thêm vào cụm công nghiệp",
      P("Năm 2024", "2024-01-01", "2024-12-31"), value_max=20, status="target"),
    F("giảm 30%", "30", 30, "percent", "%", "giảm lượng than đá sử dụng so với năm 2023",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Ward portal of phường Phong Khê (TP Bắc Ninh): paper craft village, quarter I/2024.",
    "Location: the ward is below district level; its city is 'thành phố Bắc Ninh' (same name as the province) -> 'Bắc Ninh'.",
    "'trong quý' is the quarter of the lead (quý I/2024). 41 + 27 + 18 = 86 after 'trong đó' -> total 86.",
    "'giảm 30% lượng than đá' is a rate that is the claim (a target): percent figure, no change.",
    "Not figures: Ngày đăng 22/03/2024, 'Phong Khê I/II' (names), hotline 0222.3871.006, số 25 đường Phong Khê, 'cuối năm 2023'.",
]

if __name__ == "__main__":
    emit("p702-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Bắc Ninh")
