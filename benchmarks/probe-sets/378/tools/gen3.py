from lib import F, P, CH, TG, emit

TEXT = """
UBND HUYỆN CAO PHONG - TỈNH HÒA BÌNH
Chuyên mục: Kinh tế - Nông nghiệp

Tuần lễ Cam Cao Phong năm 2024 thu hút hơn 35 nghìn lượt khách

Tuần lễ Cam Cao Phong và các sản phẩm nông sản đặc trưng năm 2024 diễn ra trong ba ngày, từ 20 đến 22/12, tại sân vận động trung tâm huyện (khu 2, thị trấn Cao Phong). Sự kiện có 120 gian hàng, trong đó 64 gian hàng trưng bày cam, quýt, bưởi của các hợp tác xã trong huyện và 56 gian hàng của các tỉnh bạn như Sơn La, Hà Giang, Tuyên Quang.

Theo Ban tổ chức, sự kiện đã đón hơn 35 nghìn lượt khách tham quan, mua sắm; tiêu thụ khoảng 180 tấn cam, quýt các loại; doanh thu ước đạt 4,2 tỷ đồng, tăng 16,7% so với Tuần lễ năm 2023. Giá cam bán tại gian hàng từ 20.000 đến 30.000 đồng/kg tùy loại.

Năm 2024, diện tích cây có múi toàn huyện là 2.650 ha, giảm 8,3% so với năm trước do chuyển đổi các vườn cam già cỗi; sản lượng ước đạt 58 nghìn tấn. Trong số 2.650 ha, có 410 ha được cấp giấy chứng nhận VietGAP. Toàn huyện có 23 sản phẩm OCOP từ 3 sao trở lên, trong đó hai sản phẩm đạt 4 sao.

Bên lề Tuần lễ, UBND huyện và 7 doanh nghiệp phân phối đã ký biên bản ghi nhớ tiêu thụ gần 2.000 tấn cam mỗi năm. Đây là lần thứ 5 huyện tổ chức sự kiện này. Huyện phấn đấu đến năm 2025 có 100% hợp tác xã trồng cam tham gia bán hàng trên sàn thương mại điện tử; hiện tỷ lệ này mới đạt 42%.

Mọi thông tin xin liên hệ: Phòng Kinh tế và Hạ tầng huyện, ĐT 0218.3880.214.

25/12/2024
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("thu hút hơn 35 nghìn", "35", 35000, "count", "lượt khách", "lượt khách Tuần lễ Cam Cao Phong", approx="over"),
    F("diễn ra trong ba ngày", "ba", 3, "measure", "ngày", "thời gian diễn ra Tuần lễ", optional=True),
    F("có 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng tại Tuần lễ Cam Cao Phong"),
    F("đó 64 gian hàng", "64", 64, "count", "gian hàng",
      "gian hàng trưng bày cam, quýt, bưởi của các hợp tác xã trong huyện", total=120),
    F("và 56 gian hàng", "56", 56, "count", "gian hàng", "gian hàng của các tỉnh bạn", total=120),
    F("đón hơn 35 nghìn", "35", 35000, "count", "lượt khách", "lượt khách tham quan, mua sắm", approx="over"),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn", "cam, quýt các loại tiêu thụ", approx="about"),
    F("ước đạt 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "doanh thu", status="estimate",
      change=CH("increase", 16.7, "%", "Tuần lễ năm 2023")),
    F("từ 20.000 đến 30.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá cam bán tại gian hàng", value_max=30000),
    F("là 2.650 ha", "2.650", 2650, "measure", "ha", "diện tích cây có múi", Y,
      change=CH("decrease", 8.3, "%", "năm trước")),
    F("ước đạt 58 nghìn tấn", "58", 58000, "measure", "tấn", "sản lượng cây có múi", Y, status="estimate"),
    F("Trong số 2.650 ha", "2.650", 2650, "measure", "ha", "diện tích cây có múi", Yi, optional=True),
    F("có 410 ha", "410", 410, "measure", "ha", "diện tích cây có múi được cấp giấy chứng nhận VietGAP", Yi, total=2650),
    F("có 23 sản phẩm OCOP", "23", 23, "count", "sản phẩm OCOP", "sản phẩm OCOP từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", optional=True),
    F("hai sản phẩm đạt", "hai", 2, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=23),
    F("đạt 4 sao", "4", 4, "measure", "sao", optional=True),
    F("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp phân phối ký biên bản ghi nhớ"),
    F("gần 2.000 tấn cam", "2.000", 2000, "measure", "tấn", "cam tiêu thụ theo biên bản ghi nhớ mỗi năm", approx="nearly"),
    F("lần thứ 5", "5", 5, "count", "lần", optional=True),
    F("có 100% hợp tác xã", "100", 100, "percent", "%",
      "hợp tác xã trồng cam tham gia bán hàng trên sàn thương mại điện tử",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("mới đạt 42%", "42", 42, "percent", "%", "tỷ lệ hợp tác xã trồng cam tham gia bán hàng trên sàn thương mại điện tử"),
]

COMMENTS = [
    "District portal (UBND huyện Cao Phong, Hòa Bình): Tuần lễ Cam Cao Phong 2024. Only date is the bare '25/12/2024' at the end (published).",
    "Distractors: 'từ 20 đến 22/12' (event dates), 'khu 2', phone 0218.3880.214, 'năm 2023' in a baseline. 'lần thứ 5' (edition), 'ba ngày'",
    "(event duration), OCOP star levels '3 sao', '4 sao' (levels like 'mức độ 3') and the restated whole 'Trong số 2.650 ha' are optional.",
    "Event figures (booths, visitors, sales) carry no period: the event dates are not a period phrase of the contract. Provinces named after",
    "'56 gian hàng của các tỉnh bạn như …' do not move the figure out of Cao Phong. '64/56 gian hàng' parts of 120 (trong đó … và …).",
    "'ký biên bản ghi nhớ tiêu thụ gần 2.000 tấn cam mỗi năm': measure in tấn, approx nearly. '42%' current level (actual), 100% target đến năm 2025.",
]

emit(3, TEXT, COMMENTS, FIGS, published="2024-12-25", location="Cao Phong")
