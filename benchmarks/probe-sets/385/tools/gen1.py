from lib import F, P, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế

Bắc Giang: Sản lượng vải thiều năm 2024 ước đạt 160.000 tấn
Cập nhật: 12/06/2024 09:20
Lượt xem: 3.418

Sáng 11/6, tại huyện Lục Ngạn, UBND tỉnh tổ chức Hội nghị xúc tiến tiêu thụ vải thiều và nông sản đặc sản. Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh có 28.900 ha vải thiều, sản lượng ước đạt khoảng 160.000 tấn, giảm 12% so với năm 2023 do thời tiết nồm ấm kéo dài.

Trong đó, vải sớm Phúc Hòa có 6.200 ha, sản lượng ước 40.000 tấn; vải chính vụ có 22.700 ha, sản lượng ước khoảng 120.000 tấn. Diện tích sản xuất theo tiêu chuẩn VietGAP đạt 16.500 ha, chiếm 57% tổng diện tích; GlobalGAP 450 ha.

Về thị trường, dự kiến 48% sản lượng vải được tiêu thụ nội địa và 52% xuất khẩu. Tỉnh dự kiến xuất sang Trung Quốc khoảng 70.000 tấn, sang các thị trường Nhật Bản, Mỹ, EU, Úc trên 3.000 tấn vải tươi. Năm 2023, tổng doanh thu từ vải thiều và các sản phẩm dịch vụ đạt gần 6.500 tỷ đồng, trong đó doanh thu từ quả vải đạt 4.650 tỷ đồng.

Giá vải sớm đầu vụ tại các điểm thu mua dao động từ 35.000 đến 45.000 đồng/kg, cao hơn 10.000 đồng/kg so với vụ trước. Ở huyện Lục Ngạn, giá vải chính vụ ngày đầu ở mức 25.000-30.000 đồng/kg; tại huyện Lục Nam thấp hơn, khoảng 18.000 đồng/kg.

Đến nay, trên địa bàn tỉnh có hơn 420 thương nhân đăng ký thu mua vải, trong đó 160 thương nhân Trung Quốc. Tỉnh đã bố trí 23 điểm cân vải tại các huyện theo Kế hoạch số 96/KH-UBND ngày 4/4/2024 của UBND tỉnh.

Đường dây nóng hỗ trợ tiêu thụ vải thiều: 0204.3854.217 (Sở Công Thương).
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-06-12")

FIGS = [
    F("năm 2024 ước đạt 160.000 tấn", "160.000", 160000, "measure", "tấn", "sản lượng vải thiều", Y24,
      status="estimate"),
    F("có 28.900 ha", "28.900", 28900, "measure", "ha", "diện tích vải thiều", Y24),
    F("khoảng 160.000 tấn, giảm", "160.000", 160000, "measure", "tấn", "sản lượng vải thiều", Y24,
      approx="about", status="estimate", change=CH("decrease", 12, "%", "năm 2023")),
    F("Phúc Hòa có 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích vải sớm Phúc Hòa", Y24i, total=28900),
    F("ước 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng vải sớm Phúc Hòa", Y24i,
      total=160000, status="estimate"),
    F("có 22.700 ha", "22.700", 22700, "measure", "ha", "diện tích vải chính vụ", Y24i, total=28900),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn", "sản lượng vải chính vụ", Y24i,
      approx="about", total=160000, status="estimate"),
    F("đạt 16.500 ha", "16.500", 16500, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP", Y24i,
      percent=57),
    F("GlobalGAP 450 ha", "450", 450, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn GlobalGAP", Y24i),
    F("dự kiến 48% sản lượng", "48", 48, "percent", "%", "tỷ lệ sản lượng vải tiêu thụ nội địa", Y24i,
      status="forecast"),
    F("và 52% xuất khẩu", "52", 52, "percent", "%", "tỷ lệ sản lượng vải xuất khẩu", Y24i, status="forecast"),
    F("khoảng 70.000 tấn", "70.000", 70000, "measure", "tấn", "vải xuất sang Trung Quốc", Y24i,
      approx="about", status="forecast"),
    F("trên 3.000 tấn", "3.000", 3000, "measure", "tấn", "vải tươi xuất sang các thị trường Nhật Bản, Mỹ, EU, Úc",
      Y24i, approx="over", status="forecast"),
    F("gần 6.500 tỷ đồng", "6.500", 6500e9, "money", "đồng", "tổng doanh thu từ vải thiều và các sản phẩm dịch vụ",
      Y23, approx="nearly"),
    F("đạt 4.650 tỷ đồng", "4.650", 4650e9, "money", "đồng", "doanh thu từ quả vải", Y23, total=6500e9),
    F("từ 35.000 đến 45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg",
      "giá vải sớm đầu vụ tại các điểm thu mua", Y24i, value_max=45000,
      change=CH("increase", 10000, "đồng/kg", "vụ trước")),
    F("mức 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá vải chính vụ ngày đầu", Y24i,
      value_max=30000, location="Lục Ngạn"),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá vải chính vụ ngày đầu", Y24i,
      approx="about", location="Lục Nam"),
    F("hơn 420 thương nhân", "420", 420, "count", "thương nhân", "thương nhân đăng ký thu mua vải", NOW,
      approx="over"),
    F("160 thương nhân Trung Quốc", "160", 160, "count", "thương nhân", "thương nhân Trung Quốc đăng ký thu mua vải",
      NOW, total=420),
    F("bố trí 23 điểm cân", "23", 23, "count", "điểm cân", "điểm cân vải tại các huyện"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): vụ vải thiều 2024 — area, output, markets, prices, traders.",
    "Dateline 'Cập nhật: 12/06/2024 09:20'; distractors: 'Lượt xem: 3.418', 'Sáng 11/6', 'Kế hoạch số 96/KH-UBND ngày 4/4/2024',",
    "hotline 0204.3854.217, variety name 'vải sớm Phúc Hòa' (also a commune name: not a location).",
    "Headline figure annotated separately from the body figure. 'Trong đó' after a sentence break: parts take the whole of the same unit",
    "(ha -> 28.900, tấn -> 160.000). 'chiếm 57% tổng diện tích' is a share (percent), not a total. 'dự kiến' governs the clause: forecast.",
    "Trade partners (Trung Quốc, Nhật Bản …) are not places: location Bắc Giang. District prices take the district as location.",
    "'Đến nay' ends at the dateline (2024-06-12).",
]

emit("p385-1", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Bắc Giang")
