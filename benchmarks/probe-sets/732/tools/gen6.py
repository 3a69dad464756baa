"""p732-6: national press (VnExpress style), oyster farmers in Vân Đồn after typhoon Yagi (9/2024)."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 19/9/2024, 06:00 (GMT+7)

Người nuôi hàu Vân Đồn mất trắng hơn 90% sản lượng sau bão Yagi

Bão số 3 (Yagi) cuốn trôi phần lớn bè hàu ở huyện Vân Đồn, tỉnh Quảng Ninh, thiệt hại ước khoảng 1.500 tỷ đồng.

Theo UBND huyện Vân Đồn, toàn huyện có 1.380 ha nuôi hàu với khoảng 35.000 ô lồng bè; sau bão, 92% diện tích bị thiệt hại hoàn toàn. Khoảng 1.700 hộ nuôi bị ảnh hưởng, trong đó 620 hộ mất trắng. Tính đến ngày 18/9, huyện đã thống kê được 410 bè bị chìm.

Ông Nguyễn Văn Hải, 52 tuổi, ở xã Bản Sen, cho biết gia đình đầu tư 2,5 tỷ đồng cho 120 ô lồng nuôi hàu, nay chỉ còn lại hơn 10 ô. "Hàu đang đến kỳ thu hoạch, mỗi ô cho khoảng 1,5 tấn, giờ mất hết", ông nói.

Theo Hiệp hội Nghề cá Việt Nam, cả nước có khoảng 5.200 ha nuôi hàu, sản lượng năm 2023 đạt 220.000 tấn; riêng Quảng Ninh chiếm khoảng 25%. Tại Vân Đồn, trước bão giá hàu giống dao động 1.500-2.000 đồng/con, nay tăng lên 3.000 đồng/con do khan hiếm.

Tỉnh Quảng Ninh đã tạm cấp 200 tỷ đồng hỗ trợ người nuôi trồng thủy sản khôi phục sản xuất theo Nghị định số 02/2017/NĐ-CP; mức hỗ trợ tối đa 60 triệu đồng/ha nuôi nhuyễn thể. Agribank chi nhánh Quảng Ninh dự kiến cơ cấu lại thời hạn trả nợ cho các khoản vay khoảng 800 tỷ đồng của người nuôi.

Lệ Hằng
"""

QN = "Quảng Ninh"
VN = "Việt Nam"

FIGS = [
    F("hơn 90% sản lượng", "90", 90, "percent", "%", "sản lượng hàu mất trắng sau bão Yagi", approx="over"),
    F("ước khoảng 1.500 tỷ đồng", "1.500", 1500000000000, "money", "đồng", "thiệt hại", approx="about",
      status="estimate"),
    F("có 1.380 ha", "1.380", 1380, "measure", "ha", "diện tích nuôi hàu"),
    F("khoảng 35.000 ô lồng bè", "35.000", 35000, "count", "ô lồng bè", "ô lồng bè nuôi hàu", approx="about"),
    F("92% diện tích", "92", 92, "percent", "%", "diện tích bị thiệt hại hoàn toàn"),
    F("Khoảng 1.700 hộ", "1.700", 1700, "count", "hộ", "hộ nuôi bị ảnh hưởng", approx="about"),
    F("trong đó 620 hộ", "620", 620, "count", "hộ", "hộ mất trắng", total=1700),
    F("được 410 bè", "410", 410, "count", "bè", "bè bị chìm", P("Tính đến ngày 18/9", None, "2024-09-18")),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi", optional=True),
    F("đầu tư 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "vốn gia đình đầu tư nuôi hàu"),
    F("cho 120 ô lồng", "120", 120, "count", "ô lồng", "ô lồng nuôi hàu"),
    F("hơn 10 ô", "10", 10, "count", "ô", "ô lồng còn lại", approx="over"),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", "sản lượng hàu mỗi ô", approx="about"),
    F("khoảng 5.200 ha", "5.200", 5200, "measure", "ha", "diện tích nuôi hàu", approx="about", location=VN),
    F("đạt 220.000 tấn", "220.000", 220000, "measure", "tấn", "sản lượng hàu",
      P("năm 2023", "2023-01-01", "2023-12-31"), location=VN),
    F("chiếm khoảng 25%", "25", 25, "percent", "%", "tỷ trọng trong sản lượng hàu cả nước",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location=QN),
    F("dao động 1.500-2.000 đồng/con", "1.500", 1500, "money", "đồng/con", "giá hàu giống trước bão",
      value_max=2000),
    F("lên 3.000 đồng/con", "3.000", 3000, "money", "đồng/con", "giá hàu giống"),
    F("cấp 200 tỷ đồng", "200", 200000000000, "money", "đồng",
      "kinh phí hỗ trợ người nuôi trồng thủy sản khôi phục sản xuất", location=QN),
    F("tối đa 60 triệu đồng/ha", "60", 60000000, "money", "đồng/ha", "mức hỗ trợ nuôi nhuyễn thể",
      approx="at_most", location=QN),
    F("khoảng 800 tỷ đồng", "800", 800000000000, "money", "đồng", "khoản vay được cơ cấu lại thời hạn trả nợ",
      approx="about", status="forecast", location=QN),
]

COMMENTS = [
    "National press (VnExpress style): người nuôi hàu Vân Đồn sau bão Yagi; thiệt hại, hộ, lồng bè, giá giống, hỗ trợ, giãn nợ.",
    "Dateline 'Thứ năm, 19/9/2024, 06:00 (GMT+7)', byline at the end. Distractors: Bão số 3, (GMT+7), Nghị định số 02/2017/NĐ-CP, xã Bản Sen;",
    "'52 tuổi' is a person's age: optional.",
    "Default location Vân Đồn; 'cả nước' figures Việt Nam; 'riêng Quảng Ninh chiếm khoảng 25%' is Quảng Ninh's own share (a percent figure",
    "with its own subject, not an attribute of the national 220.000 tấn); the province's support and the Agribank branch's loans are Quảng Ninh.",
    "'ước khoảng 1.500 tỷ' -> approx about, status estimate. 'dự kiến … khoảng 800 tỷ' -> forecast. 'nay tăng lên 3.000 đồng/con' is the new level, not a change.",
]

COMMENTS += [
    "revised after the first run: 25% subject 'tỷ trọng sản lượng hàu của Quảng Ninh trong cả nước' -> 'tỷ trọng trong sản lượng hàu cả nước'",
    "(Quảng Ninh is the figure's location, not part of its subject).",
]

emit("p732-6", TEXT, COMMENTS, FIGS, published="2024-09-19", location="Vân Đồn")
