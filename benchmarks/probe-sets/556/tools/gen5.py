"""p556-5: Party newspaper (Báo Nghệ An), flash flood in huyện Kỳ Sơn, byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Kỳ Sơn khẩn trương khắc phục hậu quả lũ quét

(Baonghean.vn) - Đêm 21 rạng sáng 22/9, mưa lớn với lượng mưa tại xã Mỹ Lý lên tới 368 mm chỉ trong 6 giờ đã gây lũ quét, sạt lở nghiêm trọng tại 4 xã vùng biên của huyện Kỳ Sơn.

Theo thống kê của UBND huyện Kỳ Sơn, lũ quét đã làm 5 người chết, hai người mất tích; 57 ngôi nhà bị cuốn trôi hoàn toàn, 312 ngôi nhà bị ngập, hư hỏng; gần 120 ha lúa nương, ngô bị vùi lấp; 7 cầu treo, cầu tràn bị cuốn trôi. Tổng thiệt hại ước tính hơn 146,5 tỷ đồng.

Ngay trong đêm, Bộ Chỉ huy Quân sự tỉnh cùng Sư đoàn 324 (Quân khu 4) đã huy động hơn 600 cán bộ, chiến sĩ và 12 phương tiện cơ giới tham gia tìm kiếm, cứu nạn, di dời 215 hộ dân đến nơi an toàn.

UBND tỉnh đã trích 5 tỷ đồng hỗ trợ khẩn cấp cho huyện; mỗi người chết, mất tích được hỗ trợ 20 triệu đồng, hộ có nhà bị cuốn trôi được hỗ trợ 40 triệu đồng/hộ để dựng nhà tạm. Đến nay, Ủy ban MTTQ tỉnh đã tiếp nhận trên 9,2 tỷ đồng ủng hộ đồng bào Kỳ Sơn, trong đó đã chuyển về các xã bị thiệt hại 6,8 tỷ đồng.

Huyện dự kiến bố trí tái định cư cho 186 hộ ở vùng có nguy cơ sạt lở cao, với tổng kinh phí khoảng 95 tỷ đồng. Từ năm 2020 đến nay, toàn huyện đã di dời 432 hộ ra khỏi vùng nguy hiểm; phấn đấu đến năm 2025 di dời thêm 250 hộ, nâng tỷ lệ hộ ở vùng nguy cơ cao được bố trí nơi ở an toàn lên 85%.

Hữu Vi
05/10/2023
"""

NIGHT = P("Đêm 21 rạng sáng 22/9", "2023-09-21", "2023-09-22")
INH = I(NIGHT)
NOW = P("Đến nay", None, "2023-10-05")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lên tới 368 mm", "368", 368, "measure", "mm", "lượng mưa tại xã Mỹ Lý", NIGHT),
    F("trong 6 giờ", "6", 6, "measure", "giờ", "thời gian mưa", optional=True),
    F("tại 4 xã", "4", 4, "count", "xã", "xã vùng biên bị lũ quét, sạt lở nghiêm trọng", NIGHT),
    F("làm 5 người chết", "5", 5, "count", "người", "người chết do lũ quét", INH),
    F("hai người mất tích", "hai", 2, "count", "người", "người mất tích", INH),
    F("57 ngôi nhà", "57", 57, "count", "ngôi nhà", "ngôi nhà bị cuốn trôi hoàn toàn", INH),
    F("312 ngôi nhà", "312", 312, "count", "ngôi nhà", "ngôi nhà bị ngập, hư hỏng", INH),
    F("gần 120 ha", "120", 120, "measure", "ha", "lúa nương, ngô bị vùi lấp", INH, approx="nearly"),
    F("7 cầu treo", "7", 7, "count", "cầu", "cầu treo, cầu tràn bị cuốn trôi", INH),
    F("hơn 146,5 tỷ đồng", "146,5", 146.5e9, "money", "đồng", "tổng thiệt hại", INH, approx="over", status="estimate"),
    F("hơn 600 cán bộ", "600", 600, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ huy động tìm kiếm, cứu nạn", approx="over"),
    F("12 phương tiện", "12", 12, "count", "phương tiện", "phương tiện cơ giới huy động"),
    F("di dời 215 hộ", "215", 215, "count", "hộ", "hộ dân được di dời đến nơi an toàn"),
    F("trích 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí hỗ trợ khẩn cấp của UBND tỉnh"),
    F("hỗ trợ 20 triệu đồng", "20", 20e6, "money", "đồng", "mức hỗ trợ mỗi người chết, mất tích"),
    F("40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị cuốn trôi dựng nhà tạm"),
    F("trên 9,2 tỷ đồng", "9,2", 9.2e9, "money", "đồng", "tiền ủng hộ Ủy ban MTTQ tỉnh tiếp nhận", NOW, approx="over"),
    F("bị thiệt hại 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tiền ủng hộ đã chuyển về các xã bị thiệt hại", NOW,
      total=9.2e9),
    F("cho 186 hộ", "186", 186, "count", "hộ", "hộ ở vùng có nguy cơ sạt lở cao được bố trí tái định cư", status="forecast"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng kinh phí bố trí tái định cư", approx="about",
      status="forecast"),
    F("di dời 432 hộ", "432", 432, "count", "hộ", "hộ di dời ra khỏi vùng nguy hiểm",
      P("Từ năm 2020 đến nay", "2020-01-01", "2023-10-05")),
    F("thêm 250 hộ", "250", 250, "count", "hộ", "hộ di dời thêm", T25, status="target"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ hộ ở vùng nguy cơ cao được bố trí nơi ở an toàn", T25, status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper, tag '(Baonghean.vn)'), byline 'Hữu Vi' and bare date 05/10/2023 at the end.",
    "Location: huyện Kỳ Sơn for every figure (the province's and the MTTQ's money is for Kỳ Sơn); communes are not locations.",
    "Not figures: Sư đoàn 324, Quân khu 4 (unit names), 'Đêm 21 rạng sáng 22/9' (date). '6 giờ' qualifies the rainfall: optional.",
    "Period: 'Đêm 21 rạng sáng 22/9' takes the year of published (2023); damage sentences inherit it. 'Đến nay' is as of the",
    "dateline; 'Từ năm 2020 đến nay' runs 2020-01-01 to the dateline. 'dự kiến' -> forecast (continues into 'với tổng kinh phí').",
    "'hai người mất tích' is a number word. 'trong đó ... 6,8 tỷ đồng' is a part of 'trên 9,2 tỷ đồng'.",
]

if __name__ == "__main__":
    emit("p556-5", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Kỳ Sơn")
