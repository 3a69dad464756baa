"""p902-2: district portal (huyện Chương Mỹ, Hà Nội), mây tre giang đan xã Phú Nghĩa."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Phú Nghĩa: Nghề mây tre giang đan vững bước ra thế giới
Thứ Tư, 22/11/2023 - 10:05

Toàn huyện Chương Mỹ hiện có 48 làng nghề được UBND thành phố Hà Nội công nhận, trong đó 29 làng nghề mây tre đan, chiếm hơn 60%. Nằm sát Quốc lộ 6, xã Phú Nghĩa là trung tâm của nghề mây tre giang đan với khoảng 1.250 hộ làm nghề, chiếm 78% số hộ trong xã, thu hút 2.600 lao động thường xuyên.

10 tháng năm 2023, giá trị sản xuất ngành nghề của xã ước đạt 215,4 tỷ đồng, tăng 8,6% so với cùng kỳ; trong đó giá trị hàng xuất khẩu khoảng 142 tỷ đồng. Từ đầu năm đến nay, các doanh nghiệp, hộ kinh doanh trong xã đã xuất đi hơn 370 container hàng sang Mỹ, Nhật Bản, Hàn Quốc và các nước EU.

Sản phẩm chủ yếu là giỏ, khay, lẵng hoa, đèn trang trí. Một chiếc giỏ giang đan cỡ lớn có giá xuất xưởng 120.000-180.000 đồng. Xã hiện có 14 sản phẩm OCOP, trong đó 5 sản phẩm đạt 4 sao.

Thu nhập bình quân đầu người của xã năm 2022 đạt 72,5 triệu đồng/người/năm. Con số này gấp 1,4 lần mức bình quân chung của huyện. Theo ông Nguyễn Văn Tám, Chủ tịch UBND xã, khó khăn lớn nhất hiện nay là nguyên liệu giang phải mua từ Thanh Hóa, Hòa Bình, giá tăng gần 20% so với năm trước.

Thực hiện Kế hoạch số 156/KH-UBND của UBND huyện, năm 2024 xã phấn đấu giá trị sản xuất ngành nghề đạt 270 tỷ đồng, đào tạo nghề cho 150 lao động. Hội chợ làng nghề lần thứ 5 của huyện dự kiến thu hút khoảng 12.000 lượt khách.

Thu Hà - Trung tâm VH-TT&TT huyện

Địa chỉ: Thị trấn Chúc Sơn, huyện Chương Mỹ, TP Hà Nội. Điện thoại: 024.3386.6512
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 48 làng nghề", "48", 48, "count", "làng nghề", "làng nghề được UBND thành phố Hà Nội công nhận"),
    F("trong đó 29 làng nghề", "29", 29, "count", "làng nghề", "làng nghề mây tre đan", total=48, percent=60),
    F("khoảng 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ làm nghề mây tre giang đan xã Phú Nghĩa", approx="about",
      percent=78),
    F("thu hút 2.600 lao động", "2.600", 2600, "count", "lao động", "lao động thường xuyên"),
    F("ước đạt 215,4 tỷ đồng", "215,4", 215.4e9, "money", "đồng", "giá trị sản xuất ngành nghề của xã", M10,
      change=C("increase", 8.6, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 142 tỷ đồng", "142", 142e9, "money", "đồng", "giá trị hàng xuất khẩu", M10, approx="about",
      total=215.4e9, status="estimate"),
    F("hơn 370 container", "370", 370, "count", "container", "container hàng xuất đi", YTD, approx="over"),
    F("120.000-180.000 đồng", "120.000", 120000, "money", "đồng", "giá xuất xưởng giỏ giang đan cỡ lớn",
      value_max=180000),
    F("có 14 sản phẩm OCOP", "14", 14, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("5 sản phẩm đạt", "5", 5, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=14),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("72,5 triệu đồng/người/năm", "72,5", 72.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người của xã", Y22),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
      "thu nhập bình quân đầu người của xã so với mức bình quân chung của huyện", I(Y22)),
    F("giá tăng gần 20%", "20", 20, "percent", "%", "giá nguyên liệu giang", approx="nearly"),
    F("đạt 270 tỷ đồng", "270", 270e9, "money", "đồng", "giá trị sản xuất ngành nghề", Y24, status="target"),
    F("cho 150 lao động", "150", 150, "count", "lao động", "lao động được đào tạo nghề", Y24, status="target"),
    F("khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách hội chợ làng nghề",
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Chương Mỹ (Hà Nội): nghề mây tre giang đan xã Phú Nghĩa, 10 tháng 2023. Dateline 'Thứ Tư, 22/11/2023 - 10:05'.",
    "All figures are located in the district Chương Mỹ (the commune lies in it; 'thành phố Hà Nội' only names who recognises villages).",
    "'chiếm hơn 60%' is the 29 villages' share (percent 60; the 'hơn' belongs to the share). '4 sao' is an OCOP class: optional.",
    "'gấp 1,4 lần' stands as its own sentence: a multiple. 'giá tăng gần 20%' has no base amount: a percent figure.",
    "Distractors: Quốc lộ 6, Nguyễn Văn Tám, Kế hoạch số 156/KH-UBND, lần thứ 5, phone 024.3386.6512, time 10:05.",
]

write(2, TEXT, FIGS, NOTES, published="2023-11-22", location="Chương Mỹ")
