"""p901-1: Ninh Bình province portal, handmade lime kilns removed (as of 31/5/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Ninh Bình: Xóa bỏ 118 lò vôi thủ công, giảm ô nhiễm vùng núi đá
Cập nhật: 12/06/2024 09:45 | Lượt xem: 1.236

Thực hiện Kế hoạch số 96/KH-UBND ngày 18/7/2022 của UBND tỉnh về chấm dứt hoạt động lò vôi thủ công, tính đến ngày 31/5/2024, toàn tỉnh Ninh Bình đã xóa bỏ 118/142 lò vôi thủ công, đạt 83,1%. Trong đó, huyện Gia Viễn xóa bỏ 64 lò, huyện Hoa Lư 31 lò, thành phố Tam Điệp 23 lò. Toàn tỉnh còn 24 lò đang hoạt động, chủ yếu tại các xã Gia Thanh, Gia Hòa dọc Quốc lộ 12B, dự kiến dừng đốt trước ngày 31/12/2024.

Năm 2023, sản lượng vôi toàn tỉnh ước đạt 1,25 triệu tấn, tăng 6,8% so với năm 2022, trong đó vôi sản xuất bằng lò công nghiệp chiếm 78%. Toàn tỉnh hiện có 9 doanh nghiệp sản xuất vôi bằng lò công nghiệp với 16 lò đứng và 2 lò quay, tổng công suất thiết kế khoảng 1,4 triệu tấn/năm.

Theo Sở Xây dựng, khi chuyển sang lò công nghiệp, lượng bụi phát thải giảm khoảng 90%; mức tiêu hao than giảm từ 180-200 kg xuống còn 120-130 kg cho mỗi tấn vôi. Người lao động tại các lò công nghiệp có thu nhập bình quân 8,5 triệu đồng/người/tháng, cao hơn khoảng 2 triệu đồng so với khi làm lò thủ công.

Mục tiêu đến năm 2025, tỉnh chấm dứt 100% lò vôi thủ công và nâng tỷ lệ vôi sản xuất bằng lò công nghiệp lên trên 95%. Theo Nghị quyết số 12/2022/NQ-HĐND, mỗi lò thủ công tự nguyện tháo dỡ trước thời hạn được hỗ trợ 50 triệu đồng; đến nay tỉnh đã chi hỗ trợ 3,2 tỷ đồng cho 64 hộ.
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("đến nay", None, "2024-06-12")
REMOVED = "lò vôi thủ công đã xóa bỏ"

FIGS = [
    F("Xóa bỏ 118 lò vôi", "118", 118, "count", "lò vôi", REMOVED, I(ASOF)),
    F("118/142 lò vôi thủ công, đạt 83,1%", "118", 118, "count", "lò vôi", REMOVED, ASOF,
      total=142, percent=83.1),
    F("Gia Viễn xóa bỏ 64 lò", "64", 64, "count", "lò", REMOVED, I(ASOF), total=118, location="Gia Viễn"),
    F("Hoa Lư 31 lò", "31", 31, "count", "lò", REMOVED, I(ASOF), total=118, location="Hoa Lư"),
    F("Tam Điệp 23 lò", "23", 23, "count", "lò", REMOVED, I(ASOF), total=118, location="Tam Điệp"),
    F("còn 24 lò đang hoạt động", "24", 24, "count", "lò", "lò vôi thủ công còn đang hoạt động", I(ASOF)),
    F("ước đạt 1,25 triệu tấn", "1,25", 1250000, "measure", "tấn", "sản lượng vôi toàn tỉnh", Y23,
      change=C("increase", 6.8, "%", "năm 2022"), status="estimate"),
    F("chiếm 78%", "78", 78, "percent", "%", "tỷ trọng vôi sản xuất bằng lò công nghiệp trong sản lượng vôi", Y23,
      status="estimate"),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất vôi bằng lò công nghiệp"),
    F("với 16 lò đứng", "16", 16, "count", "lò đứng", "lò đứng công nghiệp"),
    F("và 2 lò quay", "2", 2, "count", "lò quay", "lò quay công nghiệp"),
    F("khoảng 1,4 triệu tấn/năm", "1,4", 1400000, "measure", "tấn/năm",
      "tổng công suất thiết kế lò vôi công nghiệp", approx="about"),
    F("giảm khoảng 90%", "90", 90, "percent", "%", "mức giảm lượng bụi phát thải khi chuyển sang lò công nghiệp",
      approx="about"),
    F("từ 180-200 kg", "180", 180, "measure", "kg/tấn vôi", "mức tiêu hao than cho mỗi tấn vôi của lò thủ công",
      value_max=200),
    F("còn 120-130 kg", "120", 120, "measure", "kg/tấn vôi", "mức tiêu hao than cho mỗi tấn vôi của lò công nghiệp",
      value_max=130),
    F("bình quân 8,5 triệu đồng/người/tháng", "8,5", 8500000, "money", "đồng/người/tháng",
      "thu nhập bình quân người lao động tại các lò công nghiệp",
      change=C("increase", 2000000, "đồng", "khi làm lò thủ công")),
    F("chấm dứt 100% lò", "100", 100, "percent", "%", "lò vôi thủ công chấm dứt hoạt động", T25, status="target"),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ vôi sản xuất bằng lò công nghiệp", T25,
      approx="over", status="target"),
    F("được hỗ trợ 50 triệu đồng", "50", 50000000, "money", "đồng/lò",
      "mức hỗ trợ mỗi lò thủ công tự nguyện tháo dỡ trước thời hạn"),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí hỗ trợ tháo dỡ lò vôi thủ công đã chi", NOW),
    F("cho 64 hộ", "64", 64, "count", "hộ", "hộ được hỗ trợ tháo dỡ lò vôi thủ công", NOW),
]

COMMENTS = [
    "Ninh Bình province portal: removal of handmade lime kilns as of 31/5/2024, lime output 2023, targets 2025.",
    "Headline 118 is the body's figure; its period (tính đến ngày 31/5/2024) stands in the body: inherited.",
    "64/31/23 follow 'Trong đó' after 118/142 and add up to 118: total 118, inherited as-of period.",
    "78% after 'trong đó ... chiếm' has no count of its own: a percent figure, estimate (continues the 'ước đạt' clause).",
    "'giảm từ 180-200 kg xuống còn 120-130 kg': the old and the new level, two range figures, no change attribute.",
    "Distractors: Kế hoạch số 96/KH-UBND ngày 18/7/2022, Quốc lộ 12B, 31/12/2024, Nghị quyết số 12/2022/NQ-HĐND,",
    "Lượt xem: 1.236, 09:45. 'hiện' sentences get no period; 'đến nay' ends at the dateline.",
]

write("p901-1", TEXT, FIGS, COMMENTS, published="2024-06-12", location="Ninh Bình")
