"""p1212-6: national newspaper (Thứ Sáu, 20/9/2024, 16:25 (GMT+7)): a 340 kg bomb at a building site in TP Thuận An, Bình Dương."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự

Thứ Sáu, 20/9/2024, 16:25 (GMT+7)

Sơ tán gần 600 người để di dời quả bom 340 kg

Bình Dương - Lực lượng công binh phong tỏa khu vực, sơ tán người dân để đưa quả bom còn nguyên ngòi nổ ra khỏi công trường ở TP Thuận An.

Sáng 18/9, công nhân đào móng một dự án nhà ở trên đường ĐT743, phường An Phú, TP Thuận An, phát hiện quả bom ở độ sâu khoảng 2,5 m. Quả bom dài 1,8 m, đường kính 0,4 m, nặng khoảng 340 kg, loại bom phá do Mỹ sản xuất.

Bộ Chỉ huy Quân sự tỉnh điều 35 cán bộ, chiến sĩ cùng 4 xe chuyên dụng đến hiện trường. Sáng 20/9, trước khi cẩu bom lên xe, chính quyền phường sơ tán 148 hộ với gần 600 nhân khẩu trong bán kính 500 m; đường ĐT743 bị cấm lưu thông khoảng 3 giờ. Quả bom được đưa về thao trường của tỉnh ở huyện Dầu Tiếng để hủy nổ.

Theo Đại tá Lê Văn Quang, Phó chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, từ đầu năm đến nay lực lượng công binh tỉnh đã thu gom, xử lý 27 quả bom và hơn 1.100 quả đạn pháo, đạn cối, chủ yếu phát hiện khi thi công các công trình hạ tầng. Chi phí cho mỗi lần xử lý bom lớn từ 30 đến 50 triệu đồng.

Theo Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC), cả nước còn khoảng 5,6 triệu ha đất bị ô nhiễm bom mìn, chiếm 17,71% diện tích. Mỗi năm các lực lượng chỉ rà phá được khoảng 50.000 ha; với tốc độ này, cần hơn 100 năm mới làm sạch hoàn toàn.

Phước Tuấn

Chia sẻ | 15 bình luận
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-20")
TA = "Thuận An"
VN = "Việt Nam"

FIGS = [
    F("Sơ tán gần 600 người", "600", 600, "count", "người", approx="nearly",
      subject="người được sơ tán", location=TA),
    F("quả bom 340 kg", "340", 340, "measure", "kg",
      subject="trọng lượng quả bom được di dời", location=TA),
    F("độ sâu khoảng 2,5 m", "2,5", 2.5, "measure", "m", approx="about",
      subject="độ sâu phát hiện quả bom", location=TA),
    F("dài 1,8 m", "1,8", 1.8, "measure", "m", subject="chiều dài quả bom", location=TA),
    F("đường kính 0,4 m", "0,4", 0.4, "measure", "m", subject="đường kính quả bom", location=TA),
    F("nặng khoảng 340 kg", "340", 340, "measure", "kg", approx="about",
      subject="trọng lượng quả bom", location=TA),
    F("điều 35 cán bộ", "35", 35, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ được điều đến hiện trường", location=TA),
    F("cùng 4 xe", "4", 4, "count", "xe chuyên dụng",
      subject="xe chuyên dụng được điều đến hiện trường", location=TA),
    F("sơ tán 148 hộ", "148", 148, "count", "hộ", subject="hộ dân được sơ tán", location=TA),
    F("gần 600 nhân khẩu", "600", 600, "count", "nhân khẩu", approx="nearly",
      subject="nhân khẩu được sơ tán", location=TA),
    F("bán kính 500 m", "500", 500, "measure", "m", subject="bán kính sơ tán", location=TA),
    F("khoảng 3 giờ", "3", 3, "measure", "giờ", approx="about",
      subject="thời gian cấm lưu thông đường ĐT743", location=TA),
    F("xử lý 27 quả bom", "27", 27, "count", "quả bom",
      subject="bom được lực lượng công binh tỉnh thu gom, xử lý", period=YTD),
    F("hơn 1.100 quả", "1.100", 1100, "count", "quả đạn pháo, đạn cối", approx="over",
      subject="đạn pháo, đạn cối được lực lượng công binh tỉnh thu gom, xử lý", period=YTD),
    F("từ 30 đến 50 triệu", "30", 30000000, "money", "đồng/lần", value_max=50000000,
      subject="chi phí cho mỗi lần xử lý bom lớn"),
    F("khoảng 5,6 triệu ha", "5,6", 5600000, "measure", "ha", approx="about", percent=17.71,
      subject="đất bị ô nhiễm bom mìn", location=VN),
    F("khoảng 50.000 ha", "50.000", 50000, "measure", "ha", approx="about",
      subject="diện tích rà phá được mỗi năm", location=VN),
    F("hơn 100 năm", "100", 100, "measure", "năm", approx="over", optional=True, status="forecast",
      subject="thời gian cần để làm sạch hoàn toàn", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 20/9/2024, 16:25 (GMT+7)', byline 'Phước Tuấn', '15 bình luận' (page furniture).",
    "Distractors: 'đường ĐT743' (twice), 'Sáng 18/9', 'Sáng 20/9', time 16:25, 'GMT+7', comment counter.",
    "The bomb passage (headline + three paragraphs, phường An Phú) is placed in TP Thuận An: location Thuận An.",
    "The province's own yearly figures are Bình Dương (default); VNMAC's national figures are Việt Nam.",
    "'hơn 100 năm' is a projected duration (optional). 'khoảng 3 giờ' is how long the road was closed (a measure, not a time of day).",
]

if __name__ == "__main__":
    write("p1212-6", TEXT, NOTES, FIGS, published="2024-09-20", location="Bình Dương")
