"""p885-1: province portal (Bắc Ninh), aluminium recycling village Văn Môn (huyện Yên Phong)."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng nghề tái chế nhôm Văn Môn: mỗi ngày xử lý hơn 300 tấn phế liệu

Cập nhật: 14/03/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của UBND huyện Yên Phong, năm 2023 xã Văn Môn có 1.126 hộ tham gia sản xuất, kinh doanh nhôm, đồng phế liệu, trong đó 412 hộ trực tiếp cô đúc, tập trung chủ yếu ở thôn Mẫn Xá và thôn Quan Độ. Tổng giá trị sản xuất của làng nghề ước đạt 2.850 tỷ đồng, tăng 6,4% so với năm 2022, chiếm khoảng 38% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện.

Mỗi ngày, các cơ sở trong xã tiêu thụ hơn 300 tấn nhôm phế liệu, sản xuất khoảng 250 tấn nhôm thỏi, nhôm tấm. Làng nghề thu hút trên 5.000 lao động, trong đó khoảng 1.800 lao động đến từ các địa phương khác; thu nhập bình quân từ 9 đến 12 triệu đồng/người/tháng.

Tuy nhiên, kết quả quan trắc quý IV/2023 của Trung tâm Quan trắc tài nguyên và môi trường tỉnh cho thấy nồng độ bụi tại khu vực sản xuất vượt quy chuẩn từ 1,5 đến 3,2 lần; hàm lượng đồng (Cu) trong nước mặt tại mương tiêu thôn Mẫn Xá vượt 2,4 lần. Ước tính mỗi ngày làng nghề phát sinh khoảng 45 tấn xỉ nhôm và gần 1.200 m3 nước thải chưa qua xử lý.

Để giải quyết ô nhiễm, tỉnh đã đầu tư Cụm công nghiệp làng nghề Văn Môn nằm sát Quốc lộ 18 với diện tích 19,8 ha; đến nay đã có 63/97 cơ sở thuê đất, tỷ lệ lấp đầy đạt 71,5%. Theo Kế hoạch số 186/KH-UBND ngày 12/6/2023, phấn đấu đến năm 2025 di dời 100% cơ sở cô đúc ra khỏi khu dân cư, với tổng kinh phí dự kiến khoảng 120 tỷ đồng.

Mọi ý kiến đóng góp xin gửi về đường dây nóng 0222.3822.456.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
NOW = P("đến nay", None, "2024-03-14")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xử lý hơn 300 tấn", "300", 300, "measure", "tấn/ngày", "nhôm phế liệu xử lý mỗi ngày",
      approx="over"),
    F("có 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ tham gia sản xuất, kinh doanh nhôm, đồng phế liệu", Y23),
    F("trong đó 412 hộ", "412", 412, "count", "hộ", "hộ trực tiếp cô đúc", Y23, total=1126),
    F("ước đạt 2.850 tỷ đồng", "2.850", 2850e9, "money", "đồng", "giá trị sản xuất của làng nghề", I(Y23),
      percent=38, change=C("increase", 6.4, baseline="năm 2022"), status="estimate"),
    F("tiêu thụ hơn 300 tấn", "300", 300, "measure", "tấn/ngày", "nhôm phế liệu tiêu thụ mỗi ngày",
      approx="over"),
    F("khoảng 250 tấn", "250", 250, "measure", "tấn/ngày", "nhôm thỏi, nhôm tấm sản xuất mỗi ngày",
      approx="about"),
    F("trên 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động làng nghề thu hút", approx="over"),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", "lao động đến từ các địa phương khác",
      approx="about", total=5000),
    F("từ 9 đến 12 triệu", "9", 9e6, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=12e6),
    F("từ 1,5 đến 3,2 lần", "1,5", 1.5, "multiple", "lần", "nồng độ bụi tại khu vực sản xuất vượt quy chuẩn", Q4,
      value_max=3.2),
    F("vượt 2,4 lần", "2,4", 2.4, "multiple", "lần", "hàm lượng đồng (Cu) trong nước mặt vượt quy chuẩn", Q4),
    F("khoảng 45 tấn", "45", 45, "measure", "tấn/ngày", "xỉ nhôm phát sinh mỗi ngày", approx="about",
      status="estimate"),
    F("gần 1.200 m3", "1.200", 1200, "measure", "m3/ngày", "nước thải chưa qua xử lý phát sinh mỗi ngày",
      approx="nearly", status="estimate"),
    F("diện tích 19,8 ha", "19,8", 19.8, "measure", "ha", "diện tích Cụm công nghiệp làng nghề Văn Môn"),
    F("63/97 cơ sở", "63", 63, "count", "cơ sở", "cơ sở thuê đất trong cụm công nghiệp", NOW, total=97),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp", NOW),
    F("di dời 100% cơ sở", "100", 100, "percent", "%", "cơ sở cô đúc di dời ra khỏi khu dân cư", T25,
      status="target"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng kinh phí di dời cơ sở cô đúc", T25,
      approx="about", status="forecast"),
]

NOTES = [
    "Bắc Ninh province portal: aluminium/copper scrap village Văn Môn (huyện Yên Phong), 2023 results, pollution, industrial cluster.",
    "Figures about the village/commune take its district Yên Phong as location (the district is named; the province is the portal's).",
    "The headline 'hơn 300 tấn' restates the body figure; both are figures. 'Mỗi ngày' amounts keep the day in the unit (tấn/ngày).",
    "'chiếm khoảng 38%' after 2.850 tỷ is its share (percent attribute). 71,5% (lấp đầy by area) is not 63/97, so a figure of its own.",
    "'vượt quy chuẩn ... lần' with no base amount are multiples. Distractors: Lượt xem, Quốc lộ 18, Kế hoạch số 186/KH-UBND, phone.",
]

write("p885-1", TEXT, NOTES, FIGS, published="2024-03-14", location="Yên Phong")
