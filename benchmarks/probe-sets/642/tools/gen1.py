from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Tháp
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 18/06/2024 08:30 | Lượt xem: 1.284

Đồng Tháp: Hơn 3.200 ha lúa Hè Thu nhiễm rầy nâu

Vụ Hè Thu 2024, toàn tỉnh đã xuống giống 168.500 ha lúa, đạt 101,2% kế hoạch, chủ yếu là các giống OM 5451, OM 18 và Đài Thơm 8.

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, tính đến ngày 14/6/2024, diện tích lúa Hè Thu nhiễm rầy nâu là 3.245 ha, tăng 1.120 ha so với cùng kỳ năm 2023; trong đó nhiễm nặng 215 ha. Diện tích nhiễm tập trung ở các huyện Tháp Mười (1.050 ha), Tam Nông (820 ha) và Cao Lãnh (640 ha), trên những ruộng gieo sạ dày, bón thừa đạm.

Mật độ rầy phổ biến từ 1.000 đến 1.500 con/m2, nơi cao 3.000-5.000 con/m2, chủ yếu là rầy cám tuổi 1-3 của lứa rầy thứ 4. Qua theo dõi 112 bẫy đèn trên địa bàn, lượng rầy vào đèn dao động 5.000-8.000 con/bẫy/đêm; bẫy đèn đặt tại xã Mỹ Hòa (huyện Tháp Mười) có đêm ghi nhận trên 20.000 con. Lượng rầy vào đèn cao điểm năm nay gấp 2,5 lần vụ Hè Thu 2023.

Đến nay, các địa phương đã phun xịt phòng trừ được 2.980 ha, đạt 91,8% diện tích nhiễm. Dự báo trong 7-10 ngày tới, rầy cám tiếp tục nở rộ, diện tích nhiễm có thể tăng lên khoảng 4.000-4.500 ha.

Chi cục khuyến cáo bà con thăm đồng thường xuyên, chỉ phun thuốc khi mật độ rầy trên 3.000 con/m2 và thực hiện đúng nguyên tắc "4 đúng". Mọi thông tin xin liên hệ Trạm Trồng trọt và BVTV huyện Tháp Mười, số 27 đường 30/4, điện thoại 0277.3822.145.
"""

AS_OF = P("tính đến ngày 14/6/2024", end="2024-06-14")
SUBJ = "diện tích lúa Hè Thu nhiễm rầy nâu"

FIGS = [
    F("Hơn 3.200 ha", "3.200", 3200, "measure", "ha", approx="over", subject=SUBJ, period=I(AS_OF)),
    F("168.500 ha", "168.500", 168500, "measure", "ha", percent=101.2,
      subject="diện tích lúa Hè Thu xuống giống"),
    F("là 3.245 ha", "3.245", 3245, "measure", "ha",
      change=CH("increase", 1120, "ha", baseline="cùng kỳ năm 2023"), subject=SUBJ, period=AS_OF),
    F("nhiễm nặng 215 ha", "215", 215, "measure", "ha", total=3245,
      subject="diện tích lúa Hè Thu nhiễm rầy nâu nặng", period=AS_OF),
    F("Tháp Mười (1.050 ha)", "1.050", 1050, "measure", "ha", subject="diện tích lúa nhiễm rầy nâu",
      period=I(AS_OF), location="Tháp Mười"),
    F("Tam Nông (820 ha)", "820", 820, "measure", "ha", subject="diện tích lúa nhiễm rầy nâu",
      period=I(AS_OF), location="Tam Nông"),
    F("Cao Lãnh (640 ha)", "640", 640, "measure", "ha", subject="diện tích lúa nhiễm rầy nâu",
      period=I(AS_OF), location="Cao Lãnh"),
    F("từ 1.000 đến 1.500 con/m2", "1.000", 1000, "measure", "con/m2", value_max=1500,
      subject="mật độ rầy nâu phổ biến", period=I(AS_OF)),
    F("nơi cao 3.000-5.000", "3.000", 3000, "measure", "con/m2", value_max=5000,
      subject="mật độ rầy nâu nơi cao", period=I(AS_OF)),
    F("theo dõi 112 bẫy đèn", "112", 112, "count", "bẫy đèn", subject="bẫy đèn theo dõi rầy nâu"),
    F("dao động 5.000-8.000", "5.000", 5000, "measure", "con/bẫy/đêm", value_max=8000,
      subject="lượng rầy vào đèn"),
    F("trên 20.000 con", "20.000", 20000, "count", "con", approx="over",
      subject="lượng rầy vào bẫy đèn trong một đêm", location="Tháp Mười"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      subject="lượng rầy vào đèn cao điểm năm nay so với vụ Hè Thu 2023"),
    F("được 2.980 ha", "2.980", 2980, "measure", "ha", percent=91.8,
      subject="diện tích lúa nhiễm rầy nâu đã phun xịt phòng trừ",
      period=P("Đến nay", end="2024-06-18")),
    F("khoảng 4.000-4.500 ha", "4.000", 4000, "measure", "ha", value_max=4500, approx="about",
      status="forecast", subject="diện tích lúa nhiễm rầy nâu"),
    F("trên 3.000 con/m2", "3.000", 3000, "measure", "con/m2", approx="over",
      subject="ngưỡng mật độ rầy nâu cần phun thuốc", optional=True),
]

COMMENTS = [
    "Cổng TTĐT Đồng Tháp: rầy nâu trên lúa Hè Thu 2024 (tính đến 14/6/2024), districts, density, light traps, forecast.",
    "Dateline 'Cập nhật: 18/06/2024 08:30'; 'Lượt xem: 1.284' is page furniture. 'OM 5451', 'OM 18', 'Đài Thơm 8' are rice varieties,",
    "'tuổi 1-3' (instar) and 'lứa rầy thứ 4' (generation) are stage labels, '7-10 ngày tới' only locates the forecast in time, '4 đúng' is a",
    "name, 'số 27 đường 30/4' an address, '0277.3822.145' a phone number: none are figures. The spraying threshold 'trên 3.000 con/m2' is optional.",
    "Crop seasons ('Vụ Hè Thu 2024') have no calendar dates: no period. District list has no part-of cue and does not add up: no total.",
]

if __name__ == "__main__":
    emit("p642-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Đồng Tháp")
