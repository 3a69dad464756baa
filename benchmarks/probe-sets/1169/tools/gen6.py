"""p1169-6: national newspaper, floating rice (lúa mùa nổi) varieties kept in An Giang (Tri Tôn)."""
from lib import F, P, I, C, T, write

TEXT = """Thứ Sáu, 08/11/2024, 06:45 (GMT+7)

Giữ giống lúa mùa nổi trên cánh đồng Tri Tôn

Diện tích lúa mùa nổi ở An Giang từ khoảng 3.000 ha năm 2010 nay chỉ còn gần 300 ha, chủ yếu ở huyện Tri Tôn và thị xã Tịnh Biên. Một số giống quý như Nàng Nhen, Bông Sen, Nàng Tây Đùm đứng trước nguy cơ mất hẳn.

Từ năm 2019 đến nay, Trường Đại học An Giang đã thu thập, lưu giữ 13 giống lúa mùa nổi, trong đó 3 giống được phục tráng và đưa trở lại đồng ruộng. Nông dân tham gia mô hình được hỗ trợ 100% giống và 50% chi phí chứng nhận hữu cơ.

Ông Châu Văn Ly, ngụ xã Vĩnh Phước, huyện Tri Tôn, là một trong số ít nông dân còn giữ giống lúa mùa nổi. Vụ này ông sạ 5 ha, năng suất khoảng 2,5 tấn/ha, thấp hơn lúa cao sản 3,5 tấn/ha, nhưng chi phí chỉ khoảng 4 triệu đồng/ha vì không cần phân, thuốc. Gạo lúa mùa nổi hữu cơ của ông bán được 60.000-70.000 đồng/kg, gấp 3 lần gạo thường. Mỗi năm ông giữ lại khoảng 200 kg lúa làm giống cho vụ sau. Hiện xã Vĩnh Phước có 48 hộ với 132 ha tham gia mô hình, chiếm gần một nửa diện tích lúa mùa nổi của tỉnh.

Theo Sở Nông nghiệp và Phát triển nông thôn An Giang, 9 tháng năm 2024 toàn tỉnh tiêu thụ khoảng 180 tấn gạo lúa mùa nổi, tăng 20% so với cùng kỳ. Tỉnh dự kiến đến năm 2025 khôi phục 500 ha lúa mùa nổi và mở rộng lên 1.000 ha đến năm 2030.

PHƯỚC TUẤN
"""

Y10 = P("năm 2010", "2010-01-01", "2010-12-31")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-11-08")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
TT = "Tri Tôn"

FIGS = [
    F("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", approx="about",
      subject="diện tích lúa mùa nổi", period=Y10),
    F("gần 300 ha", "300", 300, "measure", "ha", approx="nearly", subject="diện tích lúa mùa nổi còn lại"),
    F("lưu giữ 13 giống", "13", 13, "count", "giống lúa mùa nổi",
      subject="giống lúa mùa nổi Trường Đại học An Giang thu thập, lưu giữ", period=SINCE),
    F("trong đó 3 giống", "3", 3, "count", "giống", total=13,
      subject="giống lúa mùa nổi được phục tráng và đưa trở lại đồng ruộng", period=SINCE),
    F("100% giống", "100", 100, "percent", "%", subject="mức hỗ trợ giống cho nông dân tham gia mô hình"),
    F("50% chi phí", "50", 50, "percent", "%", subject="mức hỗ trợ chi phí chứng nhận hữu cơ"),
    F("sạ 5 ha", "5", 5, "measure", "ha", subject="diện tích lúa mùa nổi ông Châu Văn Ly sạ", location=TT),
    F("khoảng 2,5 tấn/ha", "2,5", 2.5, "measure", "tấn/ha", approx="about",
      change=C("decrease", 3.5, "tấn/ha", "lúa cao sản"), subject="năng suất lúa mùa nổi", location=TT),
    F("khoảng 4 triệu", "4", 4000000, "money", "đồng/ha", approx="about",
      subject="chi phí sản xuất lúa mùa nổi", location=TT),
    F("60.000-70.000", "60.000", 60000, "money", "đồng/kg", value_max=70000,
      change=C("increase", 3, "lần", "gạo thường"), subject="giá bán gạo lúa mùa nổi hữu cơ", location=TT),
    F("khoảng 200 kg", "200", 200, "measure", "kg", approx="about",
      subject="lúa ông Ly giữ lại làm giống mỗi năm", location=TT),
    F("48 hộ", "48", 48, "count", "hộ", subject="hộ tham gia mô hình", location=TT),
    F("132 ha", "132", 132, "measure", "ha", percent=50,
      subject="diện tích tham gia mô hình", location=TT),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn", approx="about",
      change=C("increase", 20, "%", "cùng kỳ"), subject="gạo lúa mùa nổi tiêu thụ", period=N9),
    F("khôi phục 500 ha", "500", 500, "measure", "ha", status="forecast",
      subject="diện tích lúa mùa nổi khôi phục", period=TO25),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", status="forecast",
      subject="diện tích lúa mùa nổi mở rộng", period=TO30),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 08/11/2024, 06:45 (GMT+7)' (published), byline 'PHƯỚC TUẤN' at the end.",
    "'từ khoảng 3.000 ha năm 2010 nay chỉ còn gần 300 ha': two figures (2010 and now); no change object (the gap is not stated).",
    "'Từ năm 2019 đến nay' → 2019-01-01 … published date. Support shares '100% giống', '50% chi phí' are standing rules: actual, no period.",
    "Ông Ly's farm (xã Vĩnh Phước, huyện Tri Tôn): location Tri Tôn for the farm and the commune figures; 'Vụ này' is left without period.",
    "'thấp hơn lúa cao sản 3,5 tấn/ha' → change of the yield; 'gấp 3 lần gạo thường' → change of the price range.",
    "'chiếm gần một nửa diện tích lúa mùa nổi của tỉnh' → percent 50 of 132 ha (một nửa = 50%; 'gần' qualifies the share, not the area).",
    "'dự kiến' governs both clauses joined by 'và' (forecast). Distractors: 06:45, (GMT+7), 'Một số giống', 'một trong số ít nông dân'.",
]

if __name__ == "__main__":
    write("p1169-6", TEXT, NOTES, FIGS, published="2024-11-08", location="An Giang")
