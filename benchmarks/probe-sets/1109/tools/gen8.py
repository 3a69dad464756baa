"""p1109-8: provincial newspaper online (Báo Đồng Nai), pawn shops and second-hand phone/motorbike dealers, Q1/2025."""
from lib import F, build, change, period, inherit, target

TEXT = """Báo Đồng Nai điện tử > An ninh - Trật tự
Quý I, kiểm tra hơn 1.200 lượt cơ sở cầm đồ, mua bán đồ cũ
22/04/2025 15:10

(BĐN) - Quý I/2025, Công an tỉnh Đồng Nai đã kiểm tra 1.236 lượt cơ sở kinh doanh dịch vụ cầm đồ, mua bán điện thoại, xe máy cũ, đạt 31% kế hoạch năm, phát hiện 148 cơ sở vi phạm, tăng 19 cơ sở so với cùng kỳ năm 2024.

Trong số cơ sở vi phạm, có 63 cơ sở cầm đồ, 52 cơ sở mua bán điện thoại cũ và 33 cơ sở mua bán xe máy cũ. Tổng số tiền xử phạt là 1,86 tỷ đồng, tăng 42% so với cùng kỳ. Đáng chú ý, số cơ sở mua bán điện thoại cũ vi phạm gấp 2 lần quý IV/2024.

Qua kiểm tra, lực lượng chức năng thu giữ 312 điện thoại di động, 45 xe máy không rõ nguồn gốc; qua xác minh, đã trả lại 96 tài sản cho người bị hại, trị giá khoảng 1,1 tỷ đồng.

Hiện toàn tỉnh có 2.487 cơ sở kinh doanh dịch vụ cầm đồ, tập trung chủ yếu tại TP Biên Hòa (1.032 cơ sở) và huyện Trảng Bom (318 cơ sở). Nhiều cơ sở cầm đồ mọc lên ngay gần 32 khu công nghiệp của tỉnh, nơi có đông công nhân thuê trọ; nhiều tiệm dọc Quốc lộ 1A, Quốc lộ 51 và quanh Khu công nghiệp Biên Hòa 2 nhận cầm cả giấy tờ xe, thẻ ATM.

Năm 2025, Công an tỉnh phấn đấu kiểm tra 4.000 lượt cơ sở, trong đó ít nhất 60% là kiểm tra đột xuất. Dự kiến trong quý II, Công an tỉnh mở đợt cao điểm kéo dài 45 ngày, huy động khoảng 500 cán bộ, chiến sĩ tham gia.

HẢI QUÂN
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = period("trong quý II", "2025-04-01", "2025-06-30")

FIGS = [
    F("hơn 1.200 lượt", "1.200", 1200, "count", "lượt cơ sở",
      "lượt cơ sở cầm đồ, mua bán đồ cũ được kiểm tra", period("Quý I", "2025-01-01", "2025-03-31"),
      approx="over"),
    F("kiểm tra 1.236 lượt", "1.236", 1236, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ, mua bán điện thoại, xe máy cũ được kiểm tra", Q1, percent=31),
    F("phát hiện 148 cơ sở", "148", 148, "count", "cơ sở", "cơ sở vi phạm", Q1,
      change=change("increase", 19, "cơ sở", "cùng kỳ năm 2024")),
    F("có 63 cơ sở", "63", 63, "count", "cơ sở", "cơ sở cầm đồ vi phạm", inherit(Q1), total=148),
    F("52 cơ sở mua bán", "52", 52, "count", "cơ sở", "cơ sở mua bán điện thoại cũ vi phạm", inherit(Q1),
      total=148),
    F("33 cơ sở mua bán", "33", 33, "count", "cơ sở", "cơ sở mua bán xe máy cũ vi phạm", inherit(Q1), total=148),
    F("là 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "tổng số tiền xử phạt", inherit(Q1),
      change=change("increase", 42, "%", "cùng kỳ")),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số cơ sở mua bán điện thoại cũ vi phạm so với quý IV/2024",
      inherit(Q1)),
    F("thu giữ 312 điện thoại", "312", 312, "count", "điện thoại di động", "điện thoại di động bị thu giữ",
      inherit(Q1)),
    F("45 xe máy", "45", 45, "count", "xe máy", "xe máy không rõ nguồn gốc bị thu giữ", inherit(Q1)),
    F("trả lại 96 tài sản", "96", 96, "count", "tài sản", "tài sản trả lại cho người bị hại", inherit(Q1)),
    F("khoảng 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "trị giá tài sản trả lại", inherit(Q1),
      approx="about"),
    F("có 2.487 cơ sở", "2.487", 2487, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ"),
    F("Biên Hòa (1.032 cơ sở)", "1.032", 1032, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ",
      location="Biên Hòa"),
    F("Trảng Bom (318 cơ sở)", "318", 318, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ",
      location="Trảng Bom"),
    F("ngay gần 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", "khu công nghiệp"),
    F("kiểm tra 4.000 lượt", "4.000", 4000, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y25,
      status="target"),
    F("ít nhất 60%", "60", 60, "percent", "%", "kiểm tra đột xuất trong số lượt kiểm tra", Y25,
      approx="at_least", status="target"),
    F("kéo dài 45 ngày", "45", 45, "measure", "ngày", "thời gian đợt cao điểm", Q2, status="forecast",
      optional=True),
    F("khoảng 500 cán bộ", "500", 500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia đợt cao điểm", Q2,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Đồng Nai online: Công an tỉnh kiểm tra cơ sở cầm đồ, mua bán điện thoại, xe máy cũ quý I/2025; tag (BĐN).",
    "Headline 'Quý I' without a year = 2025 (dateline). 'đạt 31% kế hoạch năm' after 1.236 lượt is its percent (as 'đạt 70% so kế hoạch').",
    "'Trong số cơ sở vi phạm, có 63 ..., 52 ..., 33 ...' → total 148 (63+52+33). 'gấp 2 lần quý IV/2024' stands alone: multiple.",
    "'ngay gần 32 khu công nghiệp' = right next to the 32 parks (gần = near, a preposition): approx exact.",
    "'Hiện ... 2.487 cơ sở' and the district list (1.032 + 318 != 2.487, no total) get no period.",
    "'kéo dài 45 ngày' (a campaign's length) optional. Distractors: Quốc lộ 1A, Quốc lộ 51, Khu công nghiệp Biên Hòa 2, 15:10.",
]

build("p1109-8", TEXT, FIGS, NOTES, published="2025-04-22", location="Đồng Nai")
