"""p859-5: provincial Party newspaper (Báo Đồng Tháp), làng hoa kiểng Sa Đéc vào vụ Tết; byline + bare date at the end."""
from lib import F, P, C, write

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

text = """
Làng hoa Sa Đéc tất bật vào vụ Tết

Những ngày này, tại làng hoa kiểng Tân Quy Đông, TP. Sa Đéc, các nhà vườn đang tất bật chăm sóc hoa, kiểng để kịp cung ứng cho thị trường Tết Nguyên đán Giáp Thìn.

Theo Phòng Kinh tế TP. Sa Đéc, vụ hoa Tết năm nay, toàn thành phố xuống giống khoảng 2,8 triệu giỏ hoa, chậu kiểng các loại, tăng khoảng 200.000 giỏ so với vụ Tết năm trước. Trong đó, hoa cúc mâm xôi khoảng 1,1 triệu giỏ, kiểng bonsai và kiểng thú hơn 150.000 chậu, còn lại là hồng, vạn thọ, hướng dương.

Toàn thành phố hiện có 720 ha hoa kiểng với 3.250 hộ trồng, tăng 45 ha so với năm 2022. Năm 2023, giá trị sản xuất hoa kiểng ước đạt 1.350 tỷ đồng, chiếm 25,6% giá trị sản xuất nông nghiệp của thành phố; lợi nhuận bình quân đạt 350-400 triệu đồng/ha/năm. Mức lợi nhuận này gấp 3-4 lần so với trồng lúa.

Ông Lê Văn Bảy, chủ vườn kiểng ở khóm Hòa Khánh, phường Tân Quy Đông cho biết, năm nay gia đình chuẩn bị 3.000 giỏ cúc và khoảng 200 chậu kiểng bonsai. Giá cúc mâm xôi tại vườn hiện từ 120.000 đến 150.000 đồng/cặp, tăng khoảng 10% so với Tết năm ngoái; kiểng bonsai dáng nhỏ giá từ 1,5 triệu đồng/chậu trở lên, cây dáng đẹp bán được 15-20 triệu đồng/chậu.

Theo UBND TP. Sa Đéc, để phục vụ du khách, thành phố tổ chức Lễ hội Hoa Sa Đéc lần thứ 2 từ ngày 25/12/2023; dự kiến thu hút khoảng 250.000 lượt khách tham quan, mua sắm, cao hơn 30% so với lễ hội lần thứ nhất. Hiện Sa Đéc có 12 điểm du lịch làng hoa phục vụ khách tham quan miễn phí.

MINH TRÍ
20/12/2023
"""

W = "giỏ hoa, chậu kiểng"
figs = [
    F("khoảng 2,8 triệu giỏ", "2,8", 2800000, "count", W, "giỏ hoa, chậu kiểng xuống giống vụ hoa Tết", approx="about",
      change=C("increase", 200000, "giỏ", "vụ Tết năm trước", approx="about")),
    F("khoảng 1,1 triệu giỏ", "1,1", 1100000, "count", "giỏ", "hoa cúc mâm xôi", approx="about", total=2800000),
    F("hơn 150.000 chậu", "150.000", 150000, "count", "chậu", "kiểng bonsai và kiểng thú", approx="over", total=2800000),
    F("có 720 ha", "720", 720, "measure", "ha", "diện tích hoa kiểng", change=C("increase", 45, "ha", "năm 2022")),
    F("với 3.250 hộ", "3.250", 3250, "count", "hộ", "hộ trồng hoa kiểng"),
    F("ước đạt 1.350 tỷ đồng", "1.350", 1350000000000, "money", "đồng", "giá trị sản xuất hoa kiểng", percent=25.6,
      status="estimate", period=Y23),
    F("đạt 350-400 triệu đồng/ha/năm", "350", 350000000, "money", "đồng/ha/năm", "lợi nhuận bình quân trồng hoa kiểng",
      value_max=400000000, period=Y23),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "lợi nhuận trồng hoa kiểng so với trồng lúa", value_max=4),
    F("chuẩn bị 3.000 giỏ", "3.000", 3000, "count", "giỏ", "giỏ cúc gia đình ông Lê Văn Bảy chuẩn bị",
      period=P("năm nay", "2023-01-01", "2023-12-31")),
    F("khoảng 200 chậu", "200", 200, "count", "chậu", "chậu kiểng bonsai gia đình ông Lê Văn Bảy chuẩn bị", approx="about",
      period=P("năm nay", "2023-01-01", "2023-12-31")),
    F("từ 120.000 đến 150.000 đồng/cặp", "120.000", 120000, "money", "đồng/cặp", "giá cúc mâm xôi tại vườn",
      value_max=150000, change=C("increase", 10, "%", "Tết năm ngoái", approx="about")),
    F("từ 1,5 triệu đồng/chậu", "1,5", 1500000, "money", "đồng/chậu", "giá kiểng bonsai dáng nhỏ", approx="at_least"),
    F("15-20 triệu đồng/chậu", "15", 15000000, "money", "đồng/chậu", "giá cây kiểng bonsai dáng đẹp", value_max=20000000),
    F("khoảng 250.000 lượt khách", "250.000", 250000, "count", "lượt khách", "lượt khách tham quan, mua sắm Lễ hội Hoa Sa Đéc",
      approx="about", status="forecast", change=C("increase", 30, "%", "lễ hội lần thứ nhất")),
    F("có 12 điểm", "12", 12, "count", "điểm du lịch", "điểm du lịch làng hoa"),
]

write("p859-5", text, figs, published="2023-12-20", location="Sa Đéc", notes=[
    "Báo Đồng Tháp: làng hoa kiểng Sa Đéc vào vụ Tết Giáp Thìn; byline MINH TRÍ and bare date 20/12/2023 at the end.",
    "Location: TP. Sa Đéc (a city, cf. Đà Lạt in the spec). 'vụ hoa Tết năm nay' is a season, not a dated period: no period.",
    "Parts after 'Trong đó' (1,1 triệu giỏ cúc; 150.000 chậu bonsai) take the whole 2,8 triệu giỏ hoa, chậu kiểng (the whole counts both).",
    "'lợi nhuận bình quân đạt ...' has its own verb after ';': actual, not governed by 'ước đạt'. 'gấp 3-4 lần' is its own sentence: multiple.",
    "'từ 1,5 triệu đồng/chậu trở lên' is a price floor: at_least. 'năm nay' = 2023 (published).",
    "Distractors: ông Lê Văn Bảy, khóm Hòa Khánh, Lễ hội ... lần thứ 2 / lần thứ nhất, ngày 25/12/2023, bare date 20/12/2023.",
])
