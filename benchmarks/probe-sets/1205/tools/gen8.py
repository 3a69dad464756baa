"""p1205-8: provincial newspaper online (Báo Yên Bái, YBĐT) - hail and whirlwind of 17/4 in three highland districts."""
from lib import F, P, I, C, T, write

TEXT = """Yên Bái: Mưa đá, giông lốc làm hư hỏng hơn 1.300 ngôi nhà

Thứ Sáu, 19/4/2024 | 16:40

(YBĐT) - Trận mưa đá kèm giông lốc chiều tối 17/4 đã gây thiệt hại nặng tại 3 huyện vùng cao của tỉnh. Theo báo cáo nhanh của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, mưa đá, giông lốc đã làm 1.346 ngôi nhà bị hư hỏng, tốc mái, trong đó huyện Mù Cang Chải 782 nhà, Trạm Tấu 403 nhà, Văn Chấn 161 nhà.

Mưa đá có đường kính từ 2 đến 4 cm, kéo dài 20-30 phút, làm dập nát gần 35 ha ngô, lúa nương; một người dân ở xã Pá Hu, huyện Trạm Tấu bị thương do cây đổ. Ước tổng thiệt hại hơn 9 tỷ đồng.

Ngay trong đêm 17/4, các địa phương đã huy động gần 1.200 lượt cán bộ, chiến sĩ, đoàn viên thanh niên giúp dân lợp lại mái nhà. Đến chiều 19/4, đã khắc phục tạm thời 1.105 nhà, đạt 82%.

Tại xã Lao Chải, huyện Mù Cang Chải, nơi thiệt hại nặng nhất với 214 nhà bị tốc mái, Ban Chỉ huy Quân sự huyện đã cử 60 cán bộ, chiến sĩ hỗ trợ. Gia đình anh Giàng A Sình ở bản Lao Chải được tặng 40 tấm lợp và 5 triệu đồng.

UBND tỉnh quyết định hỗ trợ 3 triệu đồng/nhà đối với nhà bị tốc mái trên 70% và 1,5 triệu đồng/nhà với nhà bị hư hỏng dưới 70%; tổng kinh phí dự kiến khoảng 2,4 tỷ đồng. Tỉnh phấn đấu hoàn thành khắc phục toàn bộ nhà bị hư hỏng trước ngày 25/4.

Từ đầu năm đến nay, toàn tỉnh đã xảy ra 6 đợt giông lốc, mưa đá, làm hư hỏng tổng cộng 2.018 ngôi nhà, gấp 2,3 lần cùng kỳ năm 2023.
"""

EVE = P("chiều tối 17/4", "2024-04-17", "2024-04-17")
NIGHT = P("trong đêm 17/4", "2024-04-17", "2024-04-17")
ASOF = P("Đến chiều 19/4", None, "2024-04-19")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-19")

FIGS = [
    F("hơn 1.300 ngôi nhà", "1.300", 1300, "count", "ngôi nhà", approx="over",
      subject="ngôi nhà bị hư hỏng do mưa đá, giông lốc"),
    F("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện vùng cao bị thiệt hại nặng", period=EVE),
    F("làm 1.346 ngôi nhà", "1.346", 1346, "count", "ngôi nhà",
      subject="ngôi nhà bị hư hỏng, tốc mái", period=I(EVE)),
    F("Mù Cang Chải 782 nhà", "782", 782, "count", "nhà", total=1346, location="Mù Cang Chải",
      subject="nhà bị hư hỏng, tốc mái", period=I(EVE)),
    F("Trạm Tấu 403 nhà", "403", 403, "count", "nhà", total=1346, location="Trạm Tấu",
      subject="nhà bị hư hỏng, tốc mái", period=I(EVE)),
    F("Văn Chấn 161 nhà", "161", 161, "count", "nhà", total=1346, location="Văn Chấn",
      subject="nhà bị hư hỏng, tốc mái", period=I(EVE)),
    F("từ 2 đến 4 cm", "2", 2, "measure", "cm", value_max=4, subject="đường kính mưa đá", period=I(EVE)),
    F("kéo dài 20-30 phút", "20", 20, "measure", "phút", value_max=30,
      subject="thời gian mưa đá kéo dài", period=I(EVE)),
    F("gần 35 ha", "35", 35, "measure", "ha", approx="nearly",
      subject="diện tích ngô, lúa nương bị dập nát", period=I(EVE)),
    F("một người dân", "một", 1, "count", "người dân", location="Trạm Tấu",
      subject="người dân bị thương do cây đổ", period=I(EVE)),
    F("hơn 9 tỷ", "9", 9000000000, "money", "đồng", approx="over", status="estimate",
      subject="tổng thiệt hại", period=I(EVE)),
    F("gần 1.200 lượt", "1.200", 1200, "count", "lượt", approx="nearly",
      subject="lượt cán bộ, chiến sĩ, đoàn viên thanh niên được huy động giúp dân lợp lại mái nhà",
      period=NIGHT),
    F("tạm thời 1.105 nhà", "1.105", 1105, "count", "nhà", percent=82,
      subject="nhà đã được khắc phục tạm thời", period=ASOF),
    F("với 214 nhà", "214", 214, "count", "nhà", location="Mù Cang Chải",
      subject="nhà bị tốc mái tại xã Lao Chải"),
    F("cử 60 cán bộ", "60", 60, "count", "cán bộ, chiến sĩ", location="Mù Cang Chải",
      subject="cán bộ, chiến sĩ Ban Chỉ huy Quân sự huyện cử hỗ trợ"),
    F("40 tấm lợp", "40", 40, "count", "tấm lợp", location="Mù Cang Chải",
      subject="tấm lợp tặng gia đình anh Giàng A Sình"),
    F("và 5 triệu", "5", 5000000, "money", "đồng", location="Mù Cang Chải",
      subject="tiền tặng gia đình anh Giàng A Sình"),
    F("hỗ trợ 3 triệu", "3", 3000000, "money", "đồng/nhà",
      subject="mức hỗ trợ nhà bị tốc mái trên 70%"),
    F("tốc mái trên 70%", "70", 70, "percent", "%", approx="over", optional=True,
      subject="mức độ tốc mái"),
    F("1,5 triệu", "1,5", 1500000, "money", "đồng/nhà",
      subject="mức hỗ trợ nhà bị hư hỏng dưới 70%"),
    F("hư hỏng dưới 70%", "70", 70, "percent", "%", approx="under", optional=True,
      subject="mức độ hư hỏng"),
    F("khoảng 2,4 tỷ", "2,4", 2400000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ"),
    F("xảy ra 6 đợt", "6", 6, "count", "đợt", subject="đợt giông lốc, mưa đá", period=YTD),
    F("2.018 ngôi nhà", "2.018", 2018, "count", "ngôi nhà", change=C("increase", 2.3, "lần", "cùng kỳ năm 2023"),
      subject="ngôi nhà bị hư hỏng do giông lốc, mưa đá", period=YTD),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): headline figure, 'Thứ Sáu, 19/4/2024 | 16:40', tag '(YBĐT) -'.",
    "Distractors: time 16:40, dates 'chiều tối 17/4', 'trong đêm 17/4', 'Đến chiều 19/4', 'trước ngày 25/4', 'bản Lao Chải', 'cùng kỳ năm 2023'.",
    "782 + 403 + 161 = 1.346 after 'trong đó': parts with total; districts are locations. The headline figure has no period.",
    "Thresholds 'trên 70%' / 'dưới 70%' that define the support classes are optional. 'tổng kinh phí dự kiến' forecast; 'Ước tổng thiệt hại' estimate.",
    "'gấp 2,3 lần cùng kỳ năm 2023' is the change of 2.018 ngôi nhà. 1.105 nhà 'đạt 82%' is a share (no stated total).",
    "The Lao Chải passage (huyện Mù Cang Chải) gets location Mù Cang Chải and no period.",
]

if __name__ == "__main__":
    write("p1205-8", TEXT, NOTES, FIGS, published="2024-04-19", location="Yên Bái")
