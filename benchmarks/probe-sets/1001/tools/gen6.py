from lib import F, P, I, C, T, write

TEXT = """
Thời sự › Dân sinh
Chủ nhật, 13/10/2024, 07:30 (GMT+7)

Sân bóng mini ở TP HCM dần biến mất

Hàng loạt sân bóng đá mini trên đất thuê ngắn hạn đóng cửa khi hết hợp đồng, trong khi đất dành cho thể thao công cộng của thành phố ngày càng thu hẹp.

Khu đất hơn 5.000 m2 ở phường Thạnh Mỹ Lợi, TP Thủ Đức, từng có 4 sân bóng đá mini, nay đã được quây tôn chờ xây chung cư. Ông Lê Minh Tuấn, chủ cụm sân, cho biết hợp đồng thuê đất 5 năm kết thúc hồi tháng 8, chủ đất đòi tăng tiền thuê từ 60 triệu lên 110 triệu đồng mỗi tháng nên ông không thể tiếp tục.

Theo Sở Văn hóa và Thể thao TP HCM, thành phố hiện có khoảng 1.350 sân bóng đá mini, trong đó hơn 70% nằm trên đất thuê ngắn hạn hoặc đất chờ triển khai dự án. Riêng năm 2023, khoảng 120 sân đã ngừng hoạt động, tập trung ở TP Thủ Đức, quận 12, Bình Tân và Tân Phú.

Diện tích đất thể dục thể thao bình quân của TP HCM chỉ khoảng 0,6 m2/người, thấp hơn nhiều so với bình quân cả nước. Khi nguồn cung giảm, giá thuê sân tăng theo: sân 5 người giờ cao điểm nay từ 500.000 đến 700.000 đồng/giờ, tăng 20-25% so với năm 2022.

Theo quy hoạch sử dụng đất, đến năm 2030 thành phố dành khoảng 1.700 ha cho đất thể dục thể thao, gấp 2,4 lần hiện nay. Ông Nguyễn Văn Đông, Phó giám đốc Sở, cho biết ngành đang khảo sát 24 khu đất công để kêu gọi doanh nghiệp xây sân thể thao theo hình thức xã hội hóa, dự kiến mỗi khu rộng 3.000-5.000 m2.

Thu Hằng
"""

FIGS = [
    F("hơn 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích khu đất có sân bóng đá mini", approx="over",
      location="Thủ Đức"),
    F("có 4 sân", "4", 4, "count", "sân", "sân bóng đá mini trên khu đất", location="Thủ Đức"),
    F("đất 5 năm", "5", 5, "measure", "năm", "thời hạn hợp đồng thuê đất", location="Thủ Đức", optional=True),
    F("từ 60 triệu", "60", 60e6, "money", "đồng/tháng", "tiền thuê đất trước đây", location="Thủ Đức"),
    F("lên 110 triệu đồng", "110", 110e6, "money", "đồng/tháng", "tiền thuê đất chủ đất đòi", location="Thủ Đức"),
    F("khoảng 1.350 sân", "1.350", 1350, "count", "sân", "sân bóng đá mini", approx="about"),
    F("hơn 70%", "70", 70, "percent", "%", "sân nằm trên đất thuê ngắn hạn hoặc đất chờ triển khai dự án",
      approx="over"),
    F("khoảng 120 sân", "120", 120, "count", "sân", "sân bóng đá mini ngừng hoạt động",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("khoảng 0,6 m2/người", "0,6", 0.6, "measure", "m2/người", "diện tích đất thể dục thể thao bình quân",
      approx="about"),
    F("sân 5 người", "5", 5, "count", "người", "sân 5 người", optional=True),
    F("từ 500.000 đến 700.000 đồng/giờ", "500.000", 500000, "money", "đồng/giờ",
      "giá thuê sân 5 người giờ cao điểm", value_max=700000, change=C("increase", 20, "%", "năm 2022")),
    F("khoảng 1.700 ha", "1.700", 1700, "measure", "ha", "đất thể dục thể thao",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target",
      change=C("increase", 2.4, "lần", "hiện nay")),
    F("khảo sát 24 khu", "24", 24, "count", "khu đất", "khu đất công khảo sát để xây sân thể thao"),
    F("3.000-5.000 m2", "3.000", 3000, "measure", "m2", "diện tích mỗi khu đất", value_max=5000, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 13/10/2024, 07:30 (GMT+7)', byline at the end): mini pitches in TP HCM",
    "closing when short leases end; rent of one site, city count and share on leased land, closures 2023, land per head,",
    "rental prices vs 2022, 2030 land plan, surveyed public plots.",
    "Not figures: 07:30, tháng 8 (a date), quận 12 (a name), names Lê Minh Tuấn / Nguyễn Văn Đông, năm 2030 as period only.",
    "Location: the Thủ Đức site's figures are 'Thủ Đức' (TP Thủ Đức is district-level); city figures 'TP Hồ Chí Minh'; the list of",
    "districts after '120 sân … tập trung ở' does not localise the city count.",
    "'tiền thuê từ 60 triệu lên 110 triệu đồng mỗi tháng': both money in đồng/tháng, no change value (difference not written).",
    "'hợp đồng thuê đất 5 năm' and 'sân 5 người' optional. 'tăng 20-25%' -> change value 20 on the price range.",
    "'khoảng 1.700 ha …, gấp 2,4 lần hiện nay' -> target with change increase 2.4 lần (baseline hiện nay), not a multiple figure.",
]

write("p1001-6", TEXT, FIGS, NOTES, published="2024-10-13", location="TP Hồ Chí Minh")
