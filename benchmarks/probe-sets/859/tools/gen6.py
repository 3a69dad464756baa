"""p859-6: national newspaper (VnExpress style), quất cảnh Tứ Liên, đào Nhật Tân, Hà Nội before Tết Ất Tỵ."""
from lib import F, P, C, write

S9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
NAY = P("Năm nay", "2025-01-01", "2025-12-31")

text = """
Thứ bảy, 18/1/2025, 08:15 (GMT+7)

Quất cảnh Tứ Liên mất mùa, giá tăng 20-30%

Sau bão Yagi, nhiều nhà vườn quất ở phường Tứ Liên (quận Tây Hồ, Hà Nội) chỉ còn khoảng 60% số cây so với mọi năm, giá bán tại vườn tăng 20-30%.

Theo UBND phường Tứ Liên, toàn phường có khoảng 320 hộ trồng quất cảnh trên diện tích 65 ha. Cơn bão số 3 hồi tháng 9/2024 làm ngập úng hơn 50 ha, khoảng 70.000 cây quất bị chết hoặc hư hỏng, thiệt hại ước tính hơn 40 tỷ đồng.

"Năm nay vườn tôi chỉ còn khoảng 400 chậu", ông Nguyễn Văn Hùng, 58 tuổi, chủ vườn quất ở ngõ 310 Âu Cơ nói. Theo ông, một chậu quất thế cao 1,5-2 m được bán tại vườn giá 2,5-4 triệu đồng, tăng khoảng 1 triệu đồng so với Tết năm ngoái; những cây quất bonsai dáng cổ có giá 15-30 triệu đồng.

Tại làng đào Nhật Tân, giá đào thế dao động 3-10 triệu đồng/cây, có cây đào cổ thụ được rao bán tới 150 triệu đồng. Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, dịp Tết Ất Tỵ, thành phố có khoảng 3.500 ha hoa, cây cảnh phục vụ thị trường, trong đó đào 650 ha, quất 540 ha; sản lượng ước đạt 17 triệu cây, chậu các loại.

Ông Trần Quang Minh, Phó chủ tịch Hội Sinh vật cảnh Việt Nam cho biết, cả nước hiện có khoảng 1,2 triệu hội viên và người chơi cây cảnh; thị trường bonsai, cây cảnh mỗi năm có giá trị khoảng 1 tỷ USD.

Võ Hải
"""

TH = "Tây Hồ"
figs = [
    F("giá tăng 20-30%", "20", 20, "percent", "%", "giá quất cảnh Tứ Liên", value_max=30, location=TH),
    F("khoảng 60% số cây", "60", 60, "percent", "%", "số cây quất còn lại so với mọi năm", approx="about", location=TH),
    F("giá bán tại vườn tăng 20-30%", "20", 20, "percent", "%", "giá bán quất tại vườn", value_max=30, location=TH),
    F("khoảng 320 hộ", "320", 320, "count", "hộ", "hộ trồng quất cảnh", approx="about", location=TH),
    F("diện tích 65 ha", "65", 65, "measure", "ha", "diện tích trồng quất cảnh", location=TH),
    F("hơn 50 ha", "50", 50, "measure", "ha", "diện tích quất bị ngập úng", approx="over", location=TH, period=S9),
    F("khoảng 70.000 cây", "70.000", 70000, "count", "cây", "cây quất bị chết hoặc hư hỏng", approx="about", location=TH, period=S9),
    F("hơn 40 tỷ đồng", "40", 40000000000, "money", "đồng", "thiệt hại", approx="over", status="estimate", location=TH, period=S9),
    F("khoảng 400 chậu", "400", 400, "count", "chậu", "chậu quất còn lại của vườn ông Nguyễn Văn Hùng", approx="about",
      location=TH, period=NAY),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Nguyễn Văn Hùng", optional=True),
    F("cao 1,5-2 m", "1,5", 1.5, "measure", "m", "chiều cao chậu quất thế", value_max=2, optional=True),
    F("giá 2,5-4 triệu đồng", "2,5", 2500000, "money", "đồng/chậu", "giá chậu quất thế bán tại vườn", value_max=4000000,
      change=C("increase", 1000000, "đồng", "Tết năm ngoái", approx="about"), location=TH),
    F("giá 15-30 triệu đồng", "15", 15000000, "money", "đồng/cây", "giá cây quất bonsai dáng cổ", value_max=30000000, location=TH),
    F("3-10 triệu đồng/cây", "3", 3000000, "money", "đồng/cây", "giá đào thế", value_max=10000000, location=TH),
    F("tới 150 triệu đồng", "150", 150000000, "money", "đồng", "giá rao bán cây đào cổ thụ", location=TH),
    F("khoảng 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích hoa, cây cảnh phục vụ thị trường dịp Tết", approx="about",
      location="Hà Nội"),
    F("đào 650 ha", "650", 650, "measure", "ha", "diện tích đào", total=3500, location="Hà Nội"),
    F("quất 540 ha", "540", 540, "measure", "ha", "diện tích quất", total=3500, location="Hà Nội"),
    F("ước đạt 17 triệu cây", "17", 17000000, "count", "cây, chậu", "sản lượng cây, chậu các loại", status="estimate",
      location="Hà Nội"),
    F("khoảng 1,2 triệu hội viên", "1,2", 1200000, "count", "hội viên", "hội viên và người chơi cây cảnh", approx="about",
      location="Việt Nam"),
    F("khoảng 1 tỷ USD", "1", 1000000000, "money", "USD", "giá trị thị trường bonsai, cây cảnh mỗi năm", approx="about",
      location="Việt Nam"),
]

write("p859-6", text, figs, published="2025-01-18", location=None, notes=[
    "National newspaper: quất cảnh Tứ Liên, đào Nhật Tân (quận Tây Hồ, Hà Nội) after storm Yagi, before Tết Ất Tỵ 2025; byline at the end.",
    "Location: phường Tứ Liên / làng đào Nhật Tân figures → district Tây Hồ; the city's Sở figures → Hà Nội; the Hội's national figures → Việt Nam.",
    "Growth rates with no base amount (giá tăng 20-30%) are percent figures with no change; 'tăng khoảng 1 triệu đồng' is the change of the price.",
    "'tới 150 triệu đồng' reads as the price stated (exact; 'tới' is emphasis, no approx cue in the spec).",
    "Optional: '58 tuổi' (a person's age), 'cao 1,5-2 m' (specification of the example pot).",
    "Distractors: Thứ bảy, 08:15 (GMT+7), bão số 3, ngõ 310 Âu Cơ, 'mọi năm', 'Tết năm ngoái'.",
])
