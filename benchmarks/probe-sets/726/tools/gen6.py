"""p726-6: national press, boilers in craft villages not inspected, boiler explosions since 2019."""
from lib import F, P, I, emit

TEXT = """Thứ năm, 14/3/2024, 06:30 (GMT+7)

Gần 40% nồi hơi ở làng nghề chưa được kiểm định

Khảo sát tại 5 tỉnh đồng bằng sông Hồng cho thấy gần 40% nồi hơi đang vận hành trong các làng nghề chưa từng được kiểm định, nhiều lò tự chế có áp suất làm việc trên 0,7 bar.

Theo khảo sát do Viện Khoa học An toàn và Vệ sinh lao động công bố cuối tháng 2, tại Bắc Ninh, Hưng Yên, Hà Nội, Nam Định và Thái Bình có khoảng 1.850 nồi hơi đang hoạt động trong các làng nghề chế biến nông sản, dệt nhuộm, tái chế giấy. Trong số này, 736 nồi hơi chưa từng được kiểm định, chiếm 39,8%; 214 nồi hơi do cơ sở cơ khí địa phương tự chế tạo.

Từ năm 2019 đến nay, cả nước xảy ra 17 vụ nổ nồi hơi, bình chịu áp lực, làm chết 21 người và bị thương 38 người; riêng năm 2023 có 4 vụ.

Ông Lê Quang Vinh, Phó Viện trưởng, cho biết chi phí kiểm định một nồi hơi công suất 1 tấn hơi/giờ chỉ khoảng 2,5 triệu đồng, nhưng nhiều chủ cơ sở vẫn né tránh. Theo Nghị định 12/2022/NĐ-CP, mức phạt hành vi sử dụng nồi hơi chưa kiểm định từ 20 đến 25 triệu đồng.

"Nhiều lò đặt ngay trong nhà ở, cách khu sinh hoạt chưa đến 5 m, nếu nổ sẽ rất thảm khốc", ông Vinh nói.

Viện kiến nghị đến năm 2025 kiểm định 100% nồi hơi tại các làng nghề, hỗ trợ 50% kinh phí thay thế lò tự chế bằng nồi hơi đạt chuẩn, ước cần khoảng 120 tỷ đồng.

Minh Hằng
"""

SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-14")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ40 = "nồi hơi ở làng nghề chưa được kiểm định"

FIGS = [
    F("Gần 40%", "40", 40, "percent", "%", SUBJ40, approx="nearly"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh đồng bằng sông Hồng được khảo sát"),
    F("thấy gần 40%", "40", 40, "percent", "%",
      "nồi hơi đang vận hành trong các làng nghề chưa từng được kiểm định", approx="nearly"),
    F("trên 0,7 bar", "0,7", 0.7, "measure", "bar", "áp suất làm việc của lò tự chế",
      approx="over", optional=True),
    F("khoảng 1.850 nồi hơi", "1.850", 1850, "count", "nồi hơi",
      "nồi hơi đang hoạt động trong các làng nghề", approx="about"),
    F("này, 736 nồi hơi", "736", 736, "count", "nồi hơi", "nồi hơi chưa từng được kiểm định",
      total=1850, percent=39.8),
    F("; 214 nồi hơi", "214", 214, "count", "nồi hơi",
      "nồi hơi do cơ sở cơ khí địa phương tự chế tạo", total=1850),
    F("xảy ra 17 vụ", "17", 17, "count", "vụ", "vụ nổ nồi hơi, bình chịu áp lực", SINCE),
    F("chết 21 người", "21", 21, "count", "người", "người chết do nổ nồi hơi, bình chịu áp lực", SINCE),
    F("thương 38 người", "38", 38, "count", "người", "người bị thương do nổ nồi hơi, bình chịu áp lực", SINCE),
    F("có 4 vụ", "4", 4, "count", "vụ", "vụ nổ nồi hơi, bình chịu áp lực",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("suất 1 tấn hơi/giờ", "1", 1, "measure", "tấn hơi/giờ", "công suất nồi hơi", optional=True),
    F("khoảng 2,5 triệu đồng", "2,5", 2500000, "money", "đồng",
      "chi phí kiểm định một nồi hơi", approx="about"),
    F("từ 20 đến 25 triệu đồng", "20", 20000000, "money", "đồng",
      "mức phạt hành vi sử dụng nồi hơi chưa kiểm định", value_max=25000000),
    F("chưa đến 5 m", "5", 5, "measure", "m", "khoảng cách từ lò đến khu sinh hoạt", approx="under"),
    F("kiểm định 100% nồi hơi", "100", 100, "percent", "%", "nồi hơi tại các làng nghề được kiểm định",
      T25, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%",
      "hỗ trợ kinh phí thay thế lò tự chế bằng nồi hơi đạt chuẩn", I(T25), status="target"),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng",
      "kinh phí cần để thay thế lò tự chế", approx="about", status="estimate"),
]

COMMENTS = [
    "National press ('Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline at the end): survey of boilers in craft villages of five",
    "Red River Delta provinces, boiler / pressure-vessel explosions nationwide since 2019, fines, recommendations to 2025.",
    "Location: the survey figures describe five provinces together (named in a list): no single province, so the article's",
    "'Việt Nam' is kept; no figure here is any one province's.",
    "Not figures: '(GMT+7)', 'cuối tháng 2', 'Nghị định 12/2022/NĐ-CP'. Optional: technical thresholds 'trên 0,7 bar' and",
    "'1 tấn hơi/giờ' (a size class, not a statistic). 'chưa đến 5 m' is a stated distance (measure, under).",
    "'Trong số này' parts take 1.850. 'riêng năm 2023 có 4 vụ' has no part-of cue listed in the spec: no total.",
    "'Từ năm 2019 đến nay' ends at the dateline. 'kiến nghị đến năm 2025 kiểm định 100%' is a target, continued by",
    "'hỗ trợ 50%' (period left unscored); 'ước cần khoảng 120 tỷ đồng' -> estimate.",
]

if __name__ == "__main__":
    emit("p726-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
