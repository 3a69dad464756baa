from lib import F, P, I, CH, T, emit

TEXT = """BÁO QUẢNG NINH
Văn hóa - Du lịch

Yên Tử đón hơn 1,1 triệu lượt khách mùa lễ hội Xuân 2024

Tính đến ngày 15/4/2024, Khu di tích và danh thắng Yên Tử (TP Uông Bí) đã đón 1.126.000 lượt khách, tăng 14,5% so với cùng kỳ mùa lễ hội năm 2023. Trong đó, lượng khách đi cáp treo đạt 682.300 lượt, chiếm 60,6%.

Khu di tích hiện vận hành 2 tuyến cáp treo Giải Oan - Hoa Yên và An Kỳ Sinh - Vân Tiêu với chiều dài lần lượt là 1.150 m và 1.520 m, tổng công suất 3.600 khách/giờ, đưa du khách lên gần chùa Đồng trên đỉnh núi cao 1.068 m. Giá vé cáp treo khứ hồi cả 2 tuyến là 400.000 đồng/người; người cao tuổi, người khuyết tật được giảm 50%.

Doanh thu phí tham quan đạt 38,6 tỷ đồng, doanh thu dịch vụ cáp treo đạt 212,4 tỷ đồng, lần lượt tăng 12% và 17% so với cùng kỳ. Trong mùa lễ hội, các lực lượng chức năng bố trí 350 cán bộ, chiến sĩ trực bảo đảm an ninh trật tự; hỗ trợ tìm kiếm 12 trường hợp du khách bị lạc trên các tuyến đường rừng.

Cùng với Yên Tử, quý I/2024 toàn tỉnh Quảng Ninh đón khoảng 4,9 triệu lượt khách, bằng 28% kế hoạch năm. Năm 2024, TP Uông Bí phấn đấu đón 2,5 triệu lượt khách, doanh thu du lịch đạt 1.150 tỷ đồng.

Tại lễ tổng kết, lãnh đạo thành phố đề nghị tiếp tục chỉnh trang tuyến đường Trần Nhân Tông, hoàn thiện bãi đỗ xe dọc Quốc lộ 18 và tuyên truyền về tư tưởng Thiền phái Trúc Lâm do Phật hoàng Trần Nhân Tông (1258-1308) sáng lập.

Mạnh Trường
16/04/2024
"""

AS = P("Tính đến ngày 15/4/2024", None, "2024-04-15")

FIGS = [
    F("hơn 1,1 triệu", "1,1", 1100000, "count", "lượt khách", "lượt khách mùa lễ hội Xuân", approx="over"),
    F("đón 1.126.000 lượt", "1.126.000", 1126000, "count", "lượt khách",
      "lượt khách Khu di tích và danh thắng Yên Tử", AS,
      change=CH("increase", 14.5, "%", "cùng kỳ mùa lễ hội năm 2023")),
    F("đạt 682.300 lượt", "682.300", 682300, "count", "lượt", "lượng khách đi cáp treo", I(AS),
      total=1126000, percent=60.6),
    F("vận hành 2 tuyến", "2", 2, "count", "tuyến cáp treo", "tuyến cáp treo"),
    F("là 1.150 m", "1.150", 1150, "measure", "m", "chiều dài tuyến cáp treo Giải Oan - Hoa Yên"),
    F("và 1.520 m", "1.520", 1520, "measure", "m", "chiều dài tuyến cáp treo An Kỳ Sinh - Vân Tiêu"),
    F("công suất 3.600 khách/giờ", "3.600", 3600, "measure", "khách/giờ", "tổng công suất cáp treo"),
    F("cao 1.068 m", "1.068", 1068, "measure", "m", "độ cao đỉnh núi chùa Đồng"),
    F("là 400.000 đồng/người", "400.000", 400000, "money", "đồng/người", "giá vé cáp treo khứ hồi cả 2 tuyến"),
    F("cả 2 tuyến là", "2", 2, "count", "tuyến", "tuyến cáp treo", optional=True),
    F("giảm 50%", "50", 50, "percent", "%", "giảm giá vé cho người cao tuổi, người khuyết tật"),
    F("đạt 38,6 tỷ", "38,6", 38600000000, "money", "đồng", "doanh thu phí tham quan", I(AS),
      change=CH("increase", 12, "%", "cùng kỳ")),
    F("đạt 212,4 tỷ", "212,4", 212400000000, "money", "đồng", "doanh thu dịch vụ cáp treo", I(AS),
      change=CH("increase", 17, "%", "cùng kỳ")),
    F("bố trí 350 cán bộ", "350", 350, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ trực bảo đảm an ninh trật tự"),
    F("tìm kiếm 12 trường hợp", "12", 12, "count", "trường hợp", "du khách bị lạc được hỗ trợ tìm kiếm"),
    F("khoảng 4,9 triệu", "4,9", 4900000, "count", "lượt khách", "lượt khách",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about", percent=28, location="Quảng Ninh"),
    F("đón 2,5 triệu", "2,5", 2500000, "count", "lượt khách", "lượt khách",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 1.150 tỷ", "1.150", 1150000000000, "money", "đồng", "doanh thu du lịch",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper), byline and bare date '16/04/2024' at the end: Yên Tử spring festival season, cable cars.",
    "Default location Uông Bí (TP Uông Bí named for Yên Tử, the city's targets); the province's quarterly count is Quảng Ninh.",
    "Headline 'mùa lễ hội Xuân 2024' is a season without dates: no period. 'Tính đến ngày 15/4/2024' is as-of (start null).",
    "'Trong đó … 682.300 lượt, chiếm 60,6%': part of 1.126.000 (total) with its share (percent).",
    "'chiều dài lần lượt là 1.150 m và 1.520 m': one figure per line; 'lần lượt tăng 12% và 17%' distributes the changes over the two revenues.",
    "'được giảm 50%' is a discount rate that is the claim: percent figure, no change. '1.068 m' is the mountain's height: measure.",
    "'cả 2 tuyến' in the price sentence restates the two lines already counted ('vận hành 2 tuyến'): optional.",
    "Distractors: '(1258-1308)', 'Quốc lộ 18', 'đường Trần Nhân Tông', the bare date at the end.",
]

emit("p695-5", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Uông Bí")
