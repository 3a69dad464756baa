"""p1114-5: Party/provincial newspaper (Báo Quảng Nam), làng mộc Kim Bồng, Hội An; byline and bare date at end."""
from lib import F, write, period, year, change

TEXT = """Làng mộc Kim Bồng giữ nghề, đón khách

Làng mộc Kim Bồng (xã Cẩm Kim, TP.Hội An) có lịch sử hơn 500 năm, từng cung cấp thợ mộc trùng tu nhiều ngôi nhà cổ ở phố Hội. Hiện làng còn 62 hộ làm mộc, giảm 48 hộ so với năm 2010; số thợ khoảng 280 người, phần đông đã ngoài 50 tuổi.

Năm 2022, làng mộc đón hơn 45.000 lượt khách tham quan, trong đó khách quốc tế chiếm khoảng 80%; doanh thu từ bán sản phẩm lưu niệm và dịch vụ trải nghiệm đạt 8,6 tỷ đồng. Mỗi cơ sở có doanh thu bình quân 400-600 triệu đồng/năm, thợ lành nghề thu nhập khoảng 300.000 đồng/ngày.

Nguyên liệu chính là gỗ mít, gỗ gõ và gỗ kiền kiền mua từ các huyện miền núi và nhập từ Lào. Giá gỗ mít xẻ hiện khoảng 12 triệu đồng/m3, tăng gần 1,5 lần so với năm 2019, khiến nhiều hộ chuyển sang làm hàng nhỏ, tiết kiệm gỗ. Ông Huỳnh Văn Bảy, chủ xưởng ở tổ 3, thôn Trung Châu, cho biết mỗi tháng xưởng chỉ dám nhập 2-3 m3 gỗ.

Do nhà xưởng xen lẫn nhà ở, chứa nhiều mùn cưa, dầu sơn, từ năm 2021 đến nay, Công an TP.Hội An đã tổ chức 6 đợt tập huấn phòng cháy, chữa cháy cho người dân làng mộc, hỗ trợ 120 bình chữa cháy và thành lập 5 tổ liên gia an toàn phòng cháy, chữa cháy với 94 hộ tham gia.

TP.Hội An đặt mục tiêu đến năm 2025 đón 80.000 lượt khách/năm đến làng mộc, đồng thời hỗ trợ 50% kinh phí cho các hộ mua máy hút bụi gỗ, tối đa 20 triệu đồng/hộ.

VĨNH LỘC
22/6/2023
"""

Y22 = year("Năm 2022", 2022)
SINCE = period("từ năm 2021 đến nay", "2021-01-01", "2023-06-22")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 500 năm", "500", 500, "measure", "năm", "lịch sử làng mộc Kim Bồng", approx="over", optional=True),
    F("còn 62 hộ", "62", 62, "count", "hộ", "hộ làm mộc",
      change=change("decrease", 48, "hộ", baseline="năm 2010")),
    F("khoảng 280 người", "280", 280, "count", "người", "số thợ", approx="about"),
    F("ngoài 50 tuổi", "50", 50, "measure", "tuổi", "tuổi của phần đông thợ", approx="over", optional=True),
    F("hơn 45.000 lượt", "45.000", 45000, "count", "lượt khách", "lượt khách tham quan", Y22, approx="over"),
    F("khoảng 80%", "80", 80, "percent", "%", "tỷ lệ khách quốc tế", Y22, approx="about"),
    F("đạt 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", "doanh thu từ bán sản phẩm lưu niệm và dịch vụ trải nghiệm", Y22),
    F("bình quân 400-600 triệu", "400", 400e6, "money", "đồng/năm", "doanh thu bình quân mỗi cơ sở",
      value_max=600e6),
    F("khoảng 300.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", "thu nhập thợ lành nghề", approx="about"),
    F("khoảng 12 triệu", "12", 12e6, "money", "đồng/m3", "giá gỗ mít xẻ", approx="about",
      change=change("increase", 1.5, "lần", baseline="năm 2019", approx="nearly")),
    F("nhập 2-3 m3", "2", 2, "measure", "m3", "gỗ xưởng nhập mỗi tháng", value_max=3, optional=True),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt tập huấn", "đợt tập huấn phòng cháy, chữa cháy", SINCE),
    F("hỗ trợ 120 bình", "120", 120, "count", "bình chữa cháy", "bình chữa cháy hỗ trợ", SINCE),
    F("thành lập 5 tổ", "5", 5, "count", "tổ liên gia", "tổ liên gia an toàn phòng cháy, chữa cháy", SINCE),
    F("với 94 hộ", "94", 94, "count", "hộ", "hộ tham gia tổ liên gia", SINCE),
    F("đón 80.000 lượt", "80.000", 80000, "measure", "lượt khách/năm", "lượt khách đến làng mộc", T25,
      status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí hỗ trợ các hộ mua máy hút bụi gỗ", T25,
      status="target"),
    F("tối đa 20 triệu", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ tối đa", T25, approx="at_most",
      status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): làng mộc Kim Bồng (xã Cẩm Kim, TP.Hội An); byline VĨNH LỘC and bare date 22/6/2023 at the end.",
    "Location Hội An (a city of Quảng Nam) for every figure; Lào and 'các huyện miền núi' are wood sources, not places of figures.",
    "Optional: 'hơn 500 năm' (the village's age), 'ngoài 50 tuổi' (an age threshold describing workers), 'nhập 2-3 m3' (one workshop's example).",
    "'giảm 48 hộ so với năm 2010' is the change of 62 hộ; 'tăng gần 1,5 lần so với năm 2019' the change (lần, nearly) of the 12 triệu đồng/m3 price.",
    "'khách quốc tế chiếm khoảng 80%' is a part's share with no base amount: a percent figure.",
    "'80.000 lượt khách/năm' is a rate (denominator in the unit): kind measure, as FIGURES.md 'Rates' (19,23 bác sĩ/1 vạn dân). revised after the first run: was count.",
    "Distractors: tổ 3, thôn Trung Châu, person's name Bảy, date 22/6/2023.",
]

write("p1114-5", TEXT, FIGS, NOTES, published="2023-06-22", location="Hội An")
