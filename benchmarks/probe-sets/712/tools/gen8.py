"""p712-8: provincial newspaper (Báo Bình Dương style, BDO tag) — nhà trọ công nhân, giá thuê, chỉ số giá nhà ở, mục tiêu NOXH."""
from lib import F, P, I, CH, emit

TEXT = """Nhà trọ công nhân: giá thuê tăng nhẹ, tỷ lệ lấp đầy hơn 85%

Cập nhật: 07-10-2024 | 16:42:10

BDO - Theo kết quả rà soát của Sở Xây dựng, tính đến ngày 30/9/2024, toàn tỉnh có 42.870 khu nhà trọ với khoảng 812.000 phòng, đáp ứng chỗ ở cho hơn 1,3 triệu lao động. Tỷ lệ lấp đầy bình quân 9 tháng năm 2024 đạt 86,4%, tăng 3,1 điểm phần trăm so với cùng kỳ.

Các địa phương có nhiều phòng trọ nhất là TP. Thuận An (214.600 phòng), TP. Dĩ An (186.300 phòng), TP. Thủ Dầu Một (121.500 phòng) và TP. Tân Uyên (98.700 phòng), chủ yếu dọc Quốc lộ 13 và tuyến ĐT743.

Giá thuê phòng trọ phổ biến từ 1,2 đến 1,8 triệu đồng/phòng/tháng, tăng bình quân 6,5% so với đầu năm; phòng có gác lửng, diện tích từ 20 m² trở lên có giá 2-2,5 triệu đồng/phòng/tháng. Bình quân mỗi lao động dành khoảng 22% thu nhập cho tiền thuê nhà.

Theo Cục Thống kê tỉnh, chỉ số giá nhóm nhà ở và vật liệu xây dựng tháng 9/2024 tăng 0,62% so với tháng trước và tăng 5,14% so với cùng kỳ.

Tỉnh đặt mục tiêu đến năm 2030 xây dựng 86.900 căn nhà ở xã hội, trong đó 62.500 căn dành cho công nhân các khu công nghiệp. Hiện 7 dự án nhà ở xã hội với 9.650 căn đang được triển khai tại khu liên hợp Công nghiệp - Dịch vụ - Đô thị.

THANH TÂM

Chia sẻ bài viết
"""

COMMENTS = [
    "Provincial newspaper (Báo Bình Dương style, tag 'BDO -', 'Cập nhật: 07-10-2024 | 16:42:10'): nhà trọ công nhân, giá thuê, chỉ số giá.",
    "The province is only called 'tỉnh', but the BDO tag and its cities (Thuận An, Dĩ An, Thủ Dầu Một, Tân Uyên) imply Bình Dương (as h12).",
    "City items in brackets: location = the city; no total (no cue after 812.000 phòng, separate sentence, do not add up).",
    "86,4% is a level (not a growth rate), so its 'tăng 3,1 điểm phần trăm so với cùng kỳ' is its change. The price index's two rates",
    "(so với tháng trước, so với cùng kỳ) are two percent figures. 62.500 căn is a part of the 86.900 target ('trong đó', same thing).",
    "'từ 20 m² trở lên' is a threshold (optional). Headline 'hơn 85%' has no period. Distractors: dateline, 'Quốc lộ 13', 'ĐT743'.",
]

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
G2030 = P("đến năm 2030", None, "2030-12-31")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("lấp đầy hơn 85%", "85", 85, "percent", "%", "tỷ lệ lấp đầy nhà trọ công nhân", approx="over"),
    F("có 42.870 khu nhà trọ", "42.870", 42870, "count", "khu nhà trọ", "khu nhà trọ", ASOF),
    F("khoảng 812.000 phòng", "812.000", 812000, "count", "phòng", "phòng trọ", ASOF, approx="about"),
    F("hơn 1,3 triệu lao động", "1,3", 1.3e6, "count", "lao động", "lao động được đáp ứng chỗ ở", ASOF, approx="over"),
    F("đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ lấp đầy bình quân", P("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
      change=CH("increase", 3.1, unit="điểm phần trăm", baseline="cùng kỳ")),
    F("Thuận An (214.600 phòng)", "214.600", 214600, "count", "phòng", "phòng trọ", I(ASOF), location="Thuận An"),
    F("Dĩ An (186.300 phòng)", "186.300", 186300, "count", "phòng", "phòng trọ", I(ASOF), location="Dĩ An"),
    F("Thủ Dầu Một (121.500 phòng)", "121.500", 121500, "count", "phòng", "phòng trọ", I(ASOF), location="Thủ Dầu Một"),
    F("Tân Uyên (98.700 phòng)", "98.700", 98700, "count", "phòng", "phòng trọ", I(ASOF), location="Tân Uyên"),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1.2e6, "money", "đồng/phòng/tháng", "giá thuê phòng trọ phổ biến", value_max=1.8e6,
      change=CH("increase", 6.5, baseline="đầu năm")),
    F("từ 20 m² trở lên", "20", 20, "measure", "m²", "diện tích phòng có gác lửng", approx="at_least", optional=True),
    F("giá 2-2,5 triệu", "2", 2e6, "money", "đồng/phòng/tháng", "giá thuê phòng có gác lửng, diện tích từ 20 m² trở lên",
      value_max=2.5e6),
    F("khoảng 22%", "22", 22, "percent", "%", "tỷ lệ thu nhập mỗi lao động dành cho tiền thuê nhà", approx="about"),
    F("tăng 0,62%", "0,62", 0.62, "percent", "%", "chỉ số giá nhóm nhà ở và vật liệu xây dựng so với tháng trước", T9),
    F("tăng 5,14%", "5,14", 5.14, "percent", "%", "chỉ số giá nhóm nhà ở và vật liệu xây dựng so với cùng kỳ", T9),
    F("xây dựng 86.900 căn", "86.900", 86900, "count", "căn", "căn nhà ở xã hội xây dựng", G2030, status="target"),
    F("trong đó 62.500 căn", "62.500", 62500, "count", "căn", "căn nhà ở xã hội dành cho công nhân các khu công nghiệp", G2030,
      total=86900, status="target"),
    F("Hiện 7 dự án", "7", 7, "count", "dự án", "dự án nhà ở xã hội đang được triển khai"),
    F("với 9.650 căn", "9.650", 9650, "count", "căn", "căn nhà ở xã hội đang được triển khai"),
]

if __name__ == "__main__":
    emit("p712-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bình Dương")
