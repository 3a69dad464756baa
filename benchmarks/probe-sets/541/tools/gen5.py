from lib import F, P, I, CH, emit

TEXT = """Báo Quảng Nam > Kinh tế
Duy Xuyên hồi sinh nghề dâu tằm, dệt lụa Mã Châu

(QNO) - Năm 2023, diện tích trồng dâu trên địa bàn huyện Duy Xuyên đạt 185 ha, tăng 27 ha so với năm 2022; sản lượng kén tằm ước đạt khoảng 210 tấn. Làng lụa Mã Châu nằm bên Quốc lộ 14H hiện có 48 hộ và 3 doanh nghiệp tham gia dệt, mỗi năm cung ứng ra thị trường hơn 250.000 mét lụa các loại.

Theo ông Nguyễn Văn Tùng, Trưởng phòng Kinh tế và Hạ tầng huyện, làng nghề hiện có 320 lao động, trong đó có 210 lao động nữ. Giá lụa tơ tằm dao động từ 180.000 đến 350.000 đồng/mét tùy loại; doanh thu của làng nghề năm 2023 đạt hơn 62 tỷ đồng, tăng 1,8 lần so với năm 2020. Thu nhập bình quân của thợ dệt từ 6 - 8 triệu đồng/tháng.

Lụa Mã Châu đã được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký nhãn hiệu tập thể số 312854. Từ năm 2021 đến nay, tỉnh và huyện đã hỗ trợ hơn 2,3 tỷ đồng cho các hộ trồng dâu, nuôi tằm, ươm tơ đầu tư máy móc, khung dệt; riêng năm 2023 hỗ trợ 760 triệu đồng.

"Nhiều gia đình đã quay lại với khung cửi sau thời gian dài bỏ nghề", ông Tùng chia sẻ. Đến năm 2025, huyện phấn đấu mở rộng diện tích dâu lên 250 ha, có 2 sản phẩm lụa đạt OCOP 4 sao và thu hút 60.000 lượt khách đến tham quan làng nghề mỗi năm.

VĂN PHIN
25/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 185 ha", "185", 185, "measure", "ha", "diện tích trồng dâu", Y23,
      change=CH("increase", 27, unit="ha", baseline="năm 2022")),
    F("khoảng 210 tấn", "210", 210, "measure", "tấn", "sản lượng kén tằm", Y23, approx="about", status="estimate"),
    F("có 48 hộ", "48", 48, "count", "hộ", "hộ tham gia dệt lụa Mã Châu"),
    F("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp tham gia dệt lụa Mã Châu"),
    F("hơn 250.000 mét", "250.000", 250000, "measure", "mét", "lụa cung ứng ra thị trường mỗi năm", approx="over"),
    F("có 320 lao động", "320", 320, "count", "lao động", "lao động làng nghề"),
    F("có 210 lao động nữ", "210", 210, "count", "lao động", "lao động nữ", total=320),
    F("từ 180.000 đến 350.000", "180.000", 180000, "money", "đồng/mét", "giá lụa tơ tằm", value_max=350000),
    F("hơn 62 tỷ đồng", "62", 62e9, "money", "đồng", "doanh thu của làng nghề", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="over", change=CH("increase", 1.8, unit="lần", baseline="năm 2020")),
    F("từ 6 - 8 triệu", "6", 6e6, "money", "đồng/tháng", "thu nhập bình quân của thợ dệt", value_max=8e6),
    F("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kinh phí hỗ trợ trồng dâu, nuôi tằm, ươm tơ",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-04-25"), approx="over"),
    F("hỗ trợ 760 triệu đồng", "760", 760e6, "money", "đồng", "kinh phí hỗ trợ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích dâu", T25, status="target"),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm lụa đạt OCOP 4 sao", T25, status="target"),
    F("thu hút 60.000 lượt", "60.000", 60000, "count", "lượt khách", "lượt khách đến tham quan làng nghề mỗi năm", T25,
      status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Nam, QNO): Mã Châu silk village in Duy Xuyên — mulberry area, cocoons, households, prices, revenue,",
    "support, 2025 targets. Byline and bare date at the end give published 2024-04-25. Location: the district, Duy Xuyên.",
    "'riêng năm 2023 hỗ trợ 760 triệu đồng' is not a total cue and the period differs from 'Từ năm 2021 đến nay': no total.",
    "'tăng 1,8 lần so với năm 2020' is the change of 62 tỷ đồng (unit lần).",
    "Distractors: 'Quốc lộ 14H', trademark certificate 'số 312854', 'OCOP 4 sao', the dateline.",
]

emit("p541-5", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Duy Xuyên")
