from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC SƠN - TỈNH LẠNG SƠN
Trang chủ / Tin tức / Nông nghiệp - Nông thôn
Thứ Năm, 14/03/2024 - 15:20

Bắc Sơn xuống giống 1.150 ha thuốc lá vụ xuân

Tính đến ngày 10/3/2024, các xã, thị trấn trên địa bàn huyện đã trồng được 1.150 ha thuốc lá vụ xuân, đạt 95,8% kế hoạch, giảm 3,2% so với cùng kỳ năm 2023. Các xã có diện tích lớn là Vũ Lăng, Chiến Thắng, Tân Tri với diện tích lần lượt là 245 ha, 198 ha và 176 ha.

Toàn huyện có 3.460 hộ ký hợp đồng trồng thuốc lá với doanh nghiệp, trong đó 2.915 hộ liên kết với Công ty Cổ phần Ngân Sơn. Hai giống chủ lực C9-1 và K326 chiếm trên 90% diện tích. Năm nay, doanh nghiệp ứng trước khoảng 18 triệu đồng/ha tiền phân bón, thuốc bảo vệ thực vật và hỗ trợ 1,5 triệu đồng/ha chi phí làm đất.

Theo ông Hoàng Văn Tám, Trưởng phòng Nông nghiệp và PTNT huyện, chi phí đầu tư trồng 1 ha thuốc lá khoảng 95-105 triệu đồng; giá thu mua vụ này dự kiến từ 50.000 đồng/kg trở lên. Năng suất bình quân những năm gần đây đạt 2,2 tấn/ha, người trồng lãi gần 30 triệu đồng/ha. Vụ xuân năm 2023, sản lượng thuốc lá của huyện đạt 2.680 tấn, doanh thu hơn 132 tỷ đồng.

Để phòng bệnh khảm lá, huyện đã tổ chức 12 lớp tập huấn với gần 600 lượt nông dân tham gia. Phấn đấu cả năm 2024, diện tích thuốc lá toàn huyện đạt 1.200 ha, sản lượng 2.750 tấn.

Lương Hà (Trung tâm VH-TT&TT huyện)
Địa chỉ: khu phố Hoàng Văn Thụ, thị trấn Bắc Sơn. Điện thoại: 0205.3837.112
"""

ASOF = P("Tính đến ngày 10/3/2024", None, "2024-03-10")
NAM = Y("Năm nay", 2024)
Y23 = Y("Vụ xuân năm 2023", 2023)
Y24 = Y("cả năm 2024", 2024)
FIGS = [
    F("xuống giống 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích thuốc lá vụ xuân xuống giống", I(ASOF)),
    F("trồng được 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích thuốc lá vụ xuân trồng được", ASOF,
      percent=95.8, change=CH("decrease", 3.2, "%", "cùng kỳ năm 2023")),
    F("là 245 ha", "245", 245, "measure", "ha", "diện tích thuốc lá xã Vũ Lăng", I(ASOF)),
    F("245 ha, 198 ha", "198", 198, "measure", "ha", "diện tích thuốc lá xã Chiến Thắng", I(ASOF)),
    F("và 176 ha", "176", 176, "measure", "ha", "diện tích thuốc lá xã Tân Tri", I(ASOF)),
    F("có 3.460 hộ", "3.460", 3460, "count", "hộ", "hộ ký hợp đồng trồng thuốc lá với doanh nghiệp"),
    F("2.915 hộ", "2.915", 2915, "count", "hộ", "hộ liên kết với Công ty Cổ phần Ngân Sơn", total=3460),
    F("Hai giống chủ lực", "Hai", 2, "count", "giống", "giống chủ lực", optional=True),
    F("trên 90% diện tích", "90", 90, "percent", "%", "tỷ lệ diện tích trồng giống C9-1 và K326", approx="over"),
    F("khoảng 18 triệu đồng/ha", "18", 18e6, "money", "đồng/ha",
      "tiền phân bón, thuốc bảo vệ thực vật doanh nghiệp ứng trước", NAM, approx="about"),
    F("hỗ trợ 1,5 triệu đồng/ha", "1,5", 1.5e6, "money", "đồng/ha", "hỗ trợ chi phí làm đất", NAM),
    F("khoảng 95-105 triệu đồng", "95", 95e6, "money", "đồng/ha", "chi phí đầu tư trồng thuốc lá",
      value_max=105e6, approx="about"),
    F("từ 50.000 đồng/kg trở lên", "50.000", 50000, "money", "đồng/kg", "giá thu mua vụ này",
      approx="at_least", status="forecast"),
    F("đạt 2,2 tấn/ha", "2,2", 2.2, "measure", "tấn/ha", "năng suất bình quân những năm gần đây"),
    F("gần 30 triệu đồng/ha", "30", 30e6, "money", "đồng/ha", "lãi của người trồng", approx="nearly"),
    F("đạt 2.680 tấn", "2.680", 2680, "measure", "tấn", "sản lượng thuốc lá", Y23),
    F("hơn 132 tỷ đồng", "132", 132e9, "money", "đồng", "doanh thu", Y23, approx="over"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp tập huấn", "lớp tập huấn phòng bệnh khảm lá"),
    F("gần 600 lượt", "600", 600, "count", "lượt nông dân", "lượt nông dân tham gia tập huấn", approx="nearly"),
    F("đạt 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích thuốc lá toàn huyện", Y24, status="target"),
    F("sản lượng 2.750 tấn", "2.750", 2750, "measure", "tấn", "sản lượng thuốc lá", Y24, status="target"),
]

emit("p741-2", TEXT, [
    "District portal (huyện Bắc Sơn, Lạng Sơn): planting progress of the 2024 spring tobacco crop, contract households, inputs, costs, prices.",
    "Location: the spec names province/city/district, so commune items (xã Vũ Lăng …) keep the district Bắc Sơn and carry the commune in the subject.",
    "'lần lượt' list has no part-of cue: no total. 'Hai giống' optional. '1 ha' in 'trồng 1 ha … 95-105 triệu đồng' is a rate denominator.",
    "'Năm nay' = 2024 (dateline year). C9-1, K326, dates, address, phone: not figures.",
], FIGS, published="2024-03-14", location="Bắc Sơn")
