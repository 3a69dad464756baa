from lib import F, P, inh, CH, emit

TEXT = """Kinh doanh > Hàng hóa
Thứ hai, 15/1/2024, 07:00 (GMT+7)

Làng hương Quảng Phú Cầu làm ra 5.000 tấn sản phẩm mỗi năm

Hà Nội - Những ngày cận Tết, xã Quảng Phú Cầu, huyện Ứng Hòa, cách trung tâm thành phố khoảng 40 km, rực đỏ sắc tăm hương phơi kín sân, ven đường.

Theo UBND xã, Quảng Phú Cầu có gần 1.000 hộ làm hương và tăm hương, chiếm 70% số hộ toàn xã; nghề này tạo việc làm cho khoảng 3.000 lao động địa phương và hơn 1.500 lao động từ các xã lân cận. Mỗi năm, làng nghề sản xuất khoảng 5.000 tấn tăm hương và hương thành phẩm, doanh thu trên 500 tỷ đồng. Khoảng 60% sản lượng tăm hương được xuất khẩu sang Ấn Độ, Trung Quốc, Đài Loan.

Ông Nguyễn Văn Tuấn, chủ cơ sở ở thôn Cầu Bầu, cho biết tháng cao điểm trước Tết, mỗi ngày cơ sở xuất từ 3 đến 4 tấn hàng. Giá tăm hương nhuộm màu hiện 25.000-30.000 đồng/kg, tăng khoảng 10% so với cùng kỳ năm ngoái. Thợ phơi, đóng bó được trả 250.000-300.000 đồng/ngày. Riêng hương trầm có giá cao gấp 3 lần hương thường.

Năm 2023, xã có 12 sản phẩm hương đạt chứng nhận OCOP 3 sao và 4 sao; 7/13 thôn có trên 80% số hộ làm nghề. Huyện Ứng Hòa hiện có 21 làng nghề được thành phố công nhận, trong đó 4 làng nghề hương.

Để hạn chế ô nhiễm, huyện dự kiến đầu tư khoảng 45 tỷ đồng xây dựng cụm công nghiệp làng nghề rộng 10 ha gần Quốc lộ 21B, di dời khoảng 150 cơ sở nhuộm, phơi tăm ra khỏi khu dân cư.

Ngọc Thành
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("ra 5.000 tấn", "5.000", 5000, "measure", "tấn", "sản phẩm làng hương Quảng Phú Cầu làm ra mỗi năm"),
    F("khoảng 40 km", "40", 40, "measure", "km", "khoảng cách từ xã Quảng Phú Cầu đến trung tâm thành phố",
      approx="about"),
    F("gần 1.000 hộ", "1.000", 1000, "count", "hộ", "hộ làm hương và tăm hương", approx="nearly", percent=70),
    F("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động địa phương làm nghề hương", approx="about"),
    F("hơn 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động từ các xã lân cận", approx="over"),
    F("khoảng 5.000 tấn", "5.000", 5000, "measure", "tấn", "tăm hương và hương thành phẩm làng nghề sản xuất mỗi năm",
      approx="about"),
    F("trên 500 tỷ", "500", 500e9, "money", "đồng", "doanh thu làng nghề mỗi năm", approx="over"),
    F("Khoảng 60%", "60", 60, "percent", "%", "tỷ lệ sản lượng tăm hương được xuất khẩu", approx="about"),
    F("từ 3 đến 4 tấn", "3", 3, "measure", "tấn", "hàng cơ sở xuất mỗi ngày tháng cao điểm", value_max=4),
    F("hiện 25.000-30.000", "25.000", 25000, "money", "đồng/kg", "giá tăm hương nhuộm màu", value_max=30000,
      change=CH("increase", 10, "%", "cùng kỳ năm ngoái", approx="about")),
    F("trả 250.000-300.000", "250.000", 250000, "money", "đồng/ngày", "tiền công thợ phơi, đóng bó", value_max=300000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "giá hương trầm so với hương thường"),
    F("có 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm hương đạt chứng nhận OCOP", Y23),
    F("7/13 thôn", "7", 7, "count", "thôn", "thôn có trên 80% số hộ làm nghề", Y23, total=13),
    F("trên 80% số hộ", "80", 80, "percent", "%", "tỷ lệ hộ làm nghề", Y23, approx="over", optional=True),
    F("có 21 làng nghề", "21", 21, "count", "làng nghề", "làng nghề được thành phố công nhận"),
    F("4 làng nghề hương", "4", 4, "count", "làng nghề", "làng nghề hương", total=21),
    F("khoảng 45 tỷ", "45", 45e9, "money", "đồng", "vốn đầu tư xây dựng cụm công nghiệp làng nghề",
      approx="about", status="forecast"),
    F("rộng 10 ha", "10", 10, "measure", "ha", "diện tích cụm công nghiệp làng nghề", status="forecast"),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở nhuộm, phơi tăm di dời ra khỏi khu dân cư",
      approx="about", status="forecast"),
]

emit("p780-6", TEXT, [
    "National press (VnExpress style), 15/1/2024: Quảng Phú Cầu incense village (huyện Ứng Hòa, Hà Nội) before Tết.",
    "Location: the district Ứng Hòa for the village's figures. 'Mỗi năm' is no dated period.",
    "'gấp 3 lần' standing alone (no base amount) is a multiple. 'trên 80% số hộ' is the threshold that defines the 7 villages: optional.",
    "'OCOP 3 sao và 4 sao' are rating levels (like 'mức độ 3, 4'), not figures.",
    "'dự kiến' governs its clause and the continuing clauses (forecast).",
    "Distractors: (GMT+7) dateline, Quốc lộ 21B, OCOP 3/4 sao, thôn Cầu Bầu.",
], FIGS, published="2024-01-15", location="Ứng Hòa")
