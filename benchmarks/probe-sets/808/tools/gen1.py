"""p808-1: province portal (Khánh Hòa), sea cucumber (hải sâm cát) farming, mid-2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Khánh Hòa: Nuôi hải sâm cát cho lãi gần 200 triệu đồng/ha
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT Khánh Hòa) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 186 ha nuôi hải sâm cát, tăng 42 ha so với cuối năm 2023; trong đó thị xã Ninh Hòa 74 ha, thành phố Cam Ranh 63 ha và huyện Vạn Ninh 49 ha.

Trong 6 tháng đầu năm, người nuôi đã thả khoảng 2,4 triệu con giống hải sâm cát; sản lượng thu hoạch ước đạt 315 tấn, tăng 18,5% so với cùng kỳ năm 2023. Giá hải sâm cát thương phẩm loại 10-12 con/kg hiện dao động từ 160.000 đến 185.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với đầu năm.

Theo khuyến cáo của ngành nông nghiệp, hải sâm được thả trong ao đất với mật độ 1-2 con/m2, thời gian nuôi 8-10 tháng, tỷ lệ sống bình quân đạt trên 60%. Mỗi ha cho lợi nhuận 180-195 triệu đồng. Mức lãi này gấp khoảng 1,5 lần nuôi tôm thẻ chân trắng. Gia đình ông Lê Văn Sáu ở phường Cam Phúc Bắc, thành phố Cam Ranh nuôi 1,2 ha, vụ vừa qua thu 3,8 tấn, lãi hơn 230 triệu đồng.

Từ đầu năm đến nay, Trung tâm Khuyến nông tỉnh đã hỗ trợ 35 hộ tại huyện Vạn Ninh thả nuôi hải sâm dưới đáy 120 lồng tôm hùm với kinh phí khoảng 1,15 tỷ đồng, trong đó ngân sách tỉnh 805 triệu đồng, chiếm 70%.

Theo Kế hoạch số 215/KH-UBND ngày 09/3/2023 của UBND tỉnh, Khánh Hòa phấn đấu đến năm 2025 nâng diện tích nuôi hải sâm lên 250 ha, sản lượng đạt 700 tấn/năm. Để đáp ứng, mỗi năm tỉnh dự kiến cần khoảng 5 triệu con giống.

Địa chỉ: Số 01 Trần Phú, phường Xương Huân, TP. Nha Trang | Điện thoại: 0258.3822.661
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T2025 = P("đến năm 2025", None, "2025-12-31")
S_AREA = "diện tích nuôi hải sâm cát"

FIGS = [
    F("cho lãi gần 200 triệu đồng/ha", "200", 200e6, "money", "đồng/ha", "lãi nuôi hải sâm cát", approx="nearly"),
    F("toàn tỉnh có 186 ha", "186", 186, "measure", "ha", S_AREA, ASOF,
      change=C("increase", 42, "ha", "cuối năm 2023")),
    F("thị xã Ninh Hòa 74 ha", "74", 74, "measure", "ha", S_AREA, ASOF, total=186, location="Ninh Hòa"),
    F("thành phố Cam Ranh 63 ha", "63", 63, "measure", "ha", S_AREA, ASOF, total=186, location="Cam Ranh"),
    F("huyện Vạn Ninh 49 ha", "49", 49, "measure", "ha", S_AREA, ASOF, total=186, location="Vạn Ninh"),
    F("khoảng 2,4 triệu con giống", "2,4", 2.4e6, "count", "con giống", "con giống hải sâm cát thả nuôi", H1,
      approx="about"),
    F("ước đạt 315 tấn", "315", 315, "measure", "tấn", "sản lượng hải sâm cát thu hoạch", H1,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("loại 10-12 con/kg", "10", 10, "measure", "con/kg", "cỡ hải sâm cát thương phẩm", value_max=12, optional=True),
    F("từ 160.000 đến 185.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá hải sâm cát thương phẩm",
      value_max=185000, change=C("increase", 20000, "đồng/kg", "đầu năm", approx="about")),
    F("mật độ 1-2 con/m2", "1", 1, "measure", "con/m2", "mật độ thả hải sâm trong ao đất", value_max=2),
    F("thời gian nuôi 8-10 tháng", "8", 8, "measure", "tháng", "thời gian nuôi hải sâm", value_max=10),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ sống bình quân của hải sâm", approx="over"),
    F("lợi nhuận 180-195 triệu đồng", "180", 180e6, "money", "đồng/ha", "lợi nhuận nuôi hải sâm mỗi ha",
      value_max=195e6),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "mức lãi nuôi hải sâm so với nuôi tôm thẻ chân trắng",
      approx="about"),
    F("nuôi 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích nuôi hải sâm của gia đình ông Lê Văn Sáu",
      location="Cam Ranh"),
    F("thu 3,8 tấn", "3,8", 3.8, "measure", "tấn", "sản lượng hải sâm thu hoạch vụ vừa qua", location="Cam Ranh"),
    F("lãi hơn 230 triệu đồng", "230", 230e6, "money", "đồng", "lãi vụ nuôi hải sâm vừa qua", approx="over",
      location="Cam Ranh"),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ được hỗ trợ thả nuôi hải sâm dưới đáy lồng tôm hùm", YTD,
      location="Vạn Ninh"),
    F("đáy 120 lồng tôm hùm", "120", 120, "count", "lồng tôm hùm", "lồng tôm hùm thả nuôi hải sâm dưới đáy", YTD,
      location="Vạn Ninh"),
    F("khoảng 1,15 tỷ đồng", "1,15", 1.15e9, "money", "đồng", "kinh phí hỗ trợ thả nuôi hải sâm dưới đáy lồng tôm hùm",
      YTD, approx="about", location="Vạn Ninh"),
    F("ngân sách tỉnh 805 triệu đồng", "805", 805e6, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", YTD,
      total=1.15e9, percent=70, location="Vạn Ninh"),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích nuôi hải sâm", T2025, status="target"),
    F("đạt 700 tấn/năm", "700", 700, "measure", "tấn/năm", "sản lượng hải sâm", T2025, status="target"),
    F("khoảng 5 triệu con giống", "5", 5e6, "count", "con giống", "con giống hải sâm cần mỗi năm", I(T2025),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Khánh Hòa: nuôi hải sâm cát (diện tích, con giống, sản lượng, giá, lợi nhuận, hỗ trợ, mục tiêu 2025).",
    "Dateline 'Cập nhật: 14/08/2024 09:45'; 'Lượt xem: 2.316', Kế hoạch số 215/KH-UBND, address and phone are not figures.",
    "Year-less '6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024'. District list after 'trong đó' adds up to 186 ha.",
    "'loại 10-12 con/kg' is a size class (optional). 'gấp khoảng 1,5 lần' stands as its own sentence: a multiple.",
    "The farmer's figures are located in Cam Ranh; the Vạn Ninh support programme (households, cages, funding) in Vạn Ninh.",
    "'mỗi năm ... cần khoảng 5 triệu con giống' is a forecast (dự kiến); its period 'đến năm 2025' stands in the sentence before.",
]

if __name__ == "__main__":
    build("p808-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Khánh Hòa")
