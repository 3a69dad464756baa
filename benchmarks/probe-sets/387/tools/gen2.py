from lib import *

TEXT = """Hòa Vang nhân rộng mô hình phân loại rác tại nguồn
Ngày đăng: 22/08/2024 | Lượt xem: 748

Sau hơn 2 năm triển khai Kế hoạch số 95/KH-UBND của UBND huyện, đến nay mô hình phân loại chất thải rắn sinh hoạt tại nguồn đã được nhân rộng ra 11/11 xã với 28.640 hộ gia đình tham gia, chiếm 81,4% tổng số hộ trên địa bàn huyện Hòa Vang.

Tỷ lệ hộ tham gia cao nhất thuộc về các xã Hòa Phong (96,2%), Hòa Tiến (93,5%) và Hòa Châu (90,8%); thấp nhất là xã Hòa Bắc với 54,7% do địa bàn miền núi, dân cư phân tán.

Bình quân, các hộ phân loại được khoảng 18,5 tấn/ngày rác hữu cơ để ủ phân compost tại vườn, nhờ đó lượng rác phải vận chuyển về Bãi rác Khánh Sơn giảm 22%.

Năm 2023, tổng khối lượng rác thải sinh hoạt được thu gom trên địa bàn huyện là 41.975 tấn, bình quân 115 tấn/ngày; tỷ lệ thu gom đạt 95%. 7 tháng đầu năm 2024, lượng rác thu gom ước đạt 25.830 tấn, tăng 2,8% so với cùng kỳ.

Để hỗ trợ người dân, huyện đã cấp 1.200 bộ thùng phân loại và 350 thùng ủ compost; kinh phí từ ngân sách huyện hơn 1,36 tỷ đồng. Mức thu giá dịch vụ thu gom, vận chuyển rác đối với hộ gia đình ở các xã đồng bằng là 20.000 đồng/hộ/tháng, các xã miền núi từ 10.000 đến 15.000 đồng/hộ/tháng.

Huyện phấn đấu đến cuối năm 2025, 100% hộ gia đình thực hiện phân loại rác tại nguồn, tỷ lệ thu gom rác thải sinh hoạt đạt trên 98%. Người dân có thể phản ánh qua số điện thoại 0236.3846.135 hoặc ứng dụng Danang Smartcity, trụ sở Phòng Tài nguyên và Môi trường đặt tại thôn La Bông, xã Hòa Tiến.

Phòng Tài nguyên và Môi trường huyện
"""

NOW = lambda inh=False: P("đến nay", None, "2024-08-22", inh)
SUBJ = "tỷ lệ hộ tham gia phân loại rác tại nguồn"
FIGS = [
    F("Sau hơn 2 năm", "2", 2, "measure", "năm", approx="over", optional=True),
    F("11/11 xã", "11", 11, "count", "xã", "xã nhân rộng mô hình phân loại chất thải rắn sinh hoạt tại nguồn", total=11, period=NOW()),
    F("28.640 hộ gia đình", "28.640", 28640, "count", "hộ gia đình", "hộ gia đình tham gia phân loại chất thải rắn sinh hoạt tại nguồn",
      percent=81.4, period=NOW()),
    F("Hòa Phong (96,2%)", "96,2", 96.2, "percent", "%", SUBJ, location="Hòa Phong", period=NOW(True)),
    F("Hòa Tiến (93,5%)", "93,5", 93.5, "percent", "%", SUBJ, location="Hòa Tiến", period=NOW(True)),
    F("Hòa Châu (90,8%)", "90,8", 90.8, "percent", "%", SUBJ, location="Hòa Châu", period=NOW(True)),
    F("với 54,7%", "54,7", 54.7, "percent", "%", SUBJ, location="Hòa Bắc", period=NOW(True)),
    F("khoảng 18,5 tấn/ngày", "18,5", 18.5, "measure", "tấn/ngày", "rác hữu cơ các hộ phân loại để ủ phân compost",
      approx="about", period=NOW(True)),
    F("giảm 22%", "22", 22, "percent", "%", "lượng rác phải vận chuyển về Bãi rác Khánh Sơn giảm", period=NOW(True)),
    F("là 41.975 tấn", "41.975", 41975, "measure", "tấn", "tổng khối lượng rác thải sinh hoạt được thu gom",
      period=Y("Năm 2023", 2023)),
    F("bình quân 115 tấn/ngày", "115", 115, "measure", "tấn/ngày", "khối lượng rác thải sinh hoạt được thu gom bình quân",
      period=Y("Năm 2023", 2023)),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ thu gom", period=Y("Năm 2023", 2023)),
    F("ước đạt 25.830 tấn", "25.830", 25830, "measure", "tấn", "lượng rác thu gom", status="estimate",
      change=C("increase", 2.8, "%", "cùng kỳ"), period=P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")),
    F("cấp 1.200 bộ", "1.200", 1200, "count", "bộ thùng phân loại", "bộ thùng phân loại cấp cho người dân"),
    F("350 thùng ủ compost", "350", 350, "count", "thùng ủ compost", "thùng ủ compost cấp cho người dân"),
    F("hơn 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "kinh phí từ ngân sách huyện", approx="over"),
    F("là 20.000 đồng/hộ/tháng", "20.000", 20000, "money", "đồng/hộ/tháng",
      "Mức thu giá dịch vụ thu gom, vận chuyển rác đối với hộ gia đình ở các xã đồng bằng"),
    F("từ 10.000 đến 15.000", "10.000", 10000, "money", "đồng/hộ/tháng",
      "Mức thu giá dịch vụ thu gom, vận chuyển rác đối với hộ gia đình ở các xã miền núi", value_max=15000),
    F("2025, 100% hộ", "100", 100, "percent", "%", "hộ gia đình thực hiện phân loại rác tại nguồn", status="target",
      period=P("đến cuối năm 2025", None, "2025-12-31")),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ thu gom rác thải sinh hoạt", approx="over", status="target",
      period=P("đến cuối năm 2025", None, "2025-12-31")),
]

emit(2, [
    "Cổng TTĐT huyện Hòa Vang, Đà Nẵng (district portal): phân loại rác tại nguồn, thu gom rác, giá dịch vụ. 'Ngày đăng: 22/08/2024 | Lượt xem: 748'.",
    "Distractors: 'Kế hoạch số 95/KH-UBND', phone 0236.3846.135, 'Bãi rác Khánh Sơn', 'Danang Smartcity', address 'thôn La Bông, xã Hòa Tiến'.",
    "Location: the district for district figures; commune list items take the commune as location (a place item is never the subject).",
    "'đến nay' is an as-of phrase ending at the dateline. 'Sau hơn 2 năm' is a duration (optional).",
    "'nhờ đó lượng rác … giảm 22%' is a rate with its own subject (a percent figure), not the change of 18,5 tấn/ngày.",
    "Year-2023 sentence: 41.975 tấn, 115 tấn/ngày and 95% all take 'Năm 2023'. 'ước đạt' → estimate. Price range 10.000-15.000 → value_max.",
    "Support counts and fees: no period phrase in their paragraph, so no period.",
], TEXT, FIGS, published="2024-08-22", location="Hòa Vang")
