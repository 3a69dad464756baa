from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự > Chính trị

Thứ ba, 2/7/2024, 06:30 (GMT+7)

Lương cơ sở tăng 30% từ ngày 1/7

Từ ngày 1/7, lương cơ sở của cán bộ, công chức, viên chức và lực lượng vũ trang tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tương đương mức tăng 30%.

Theo Nghị định 73/2024/NĐ-CP, việc điều chỉnh áp dụng với khoảng 2,8 triệu người hưởng lương từ ngân sách nhà nước. Lương hưu, trợ cấp bảo hiểm xã hội cũng tăng 15%, áp dụng với hơn 3,2 triệu người; người có lương hưu dưới 3,5 triệu đồng/tháng được tăng thêm 300.000 đồng/tháng.

Với mức mới, công chức loại A1 bậc 1 có hệ số lương 2,34 sẽ nhận 5,48 triệu đồng/tháng, cao hơn khoảng 1,26 triệu đồng so với trước.

Bộ Tài chính cho biết tổng nhu cầu kinh phí thực hiện cải cách tiền lương giai đoạn 2024-2026 khoảng 664.000 tỷ đồng, trong đó năm 2024 cần khoảng 102.000 tỷ đồng. Nguồn cải cách tiền lương tích lũy đến hết năm 2023 còn hơn 560.000 tỷ đồng, đủ bảo đảm chi trả.

Cùng ngày, mức lương tối thiểu vùng đối với người lao động trong doanh nghiệp tăng 6%; mức cao nhất ở vùng I là 4,96 triệu đồng/tháng, thấp nhất ở vùng IV là 3,45 triệu đồng/tháng.

Theo Nghị quyết của Quốc hội thông qua tại kỳ họp thứ 7, giai đoạn 2025-2026 lương cơ sở dự kiến được điều chỉnh tăng bình quân khoảng 7% mỗi năm, gắn với sắp xếp tinh gọn bộ máy và tinh giản biên chế.

Hồng Chiêu
"""

FIGS = [
    F("tăng 30% từ", "30", 30, "percent", "%", "lương cơ sở tăng"),
    F("từ 1,8 triệu đồng", "1,8", 1.8e6, "money", "đồng", "lương cơ sở của cán bộ, công chức, viên chức và lực lượng vũ trang trước điều chỉnh"),
    F("lên 2,34 triệu đồng/tháng", "2,34", 2.34e6, "money", "đồng/tháng", "lương cơ sở của cán bộ, công chức, viên chức và lực lượng vũ trang",
      change=CH("increase", 30)),
    F("khoảng 2,8 triệu người", "2,8", 2.8e6, "count", "người", "người hưởng lương từ ngân sách nhà nước được điều chỉnh",
      approx="about"),
    F("cũng tăng 15%", "15", 15, "percent", "%", "lương hưu, trợ cấp bảo hiểm xã hội tăng"),
    F("hơn 3,2 triệu người", "3,2", 3.2e6, "count", "người", "người hưởng lương hưu, trợ cấp bảo hiểm xã hội",
      approx="over"),
    F("dưới 3,5 triệu đồng/tháng", "3,5", 3.5e6, "money", "đồng/tháng", "lương hưu", approx="under", optional=True),
    F("thêm 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng",
      "lương hưu tăng thêm cho người có lương hưu dưới 3,5 triệu đồng/tháng"),
    F("hệ số lương 2,34", "2,34", 2.34, "measure", "hệ số", "hệ số lương công chức loại A1 bậc 1", optional=True),
    F("nhận 5,48 triệu đồng/tháng", "5,48", 5.48e6, "money", "đồng/tháng", "lương công chức loại A1 bậc 1",
      change=CH("increase", 1.26e6, "đồng", baseline="trước", approx="about")),
    F("khoảng 664.000 tỷ đồng", "664.000", 664000e9, "money", "đồng",
      "tổng nhu cầu kinh phí thực hiện cải cách tiền lương", P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"),
      approx="about"),
    F("khoảng 102.000 tỷ đồng", "102.000", 102000e9, "money", "đồng", "nhu cầu kinh phí cải cách tiền lương",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", total=664000e9),
    F("hơn 560.000 tỷ đồng", "560.000", 560000e9, "money", "đồng", "nguồn cải cách tiền lương tích lũy",
      P("đến hết năm 2023", None, "2023-12-31"), approx="over"),
    F("tăng 6%", "6", 6, "percent", "%", "mức lương tối thiểu vùng tăng"),
    F("là 4,96 triệu đồng/tháng", "4,96", 4.96e6, "money", "đồng/tháng", "mức lương tối thiểu vùng I"),
    F("là 3,45 triệu đồng/tháng", "3,45", 3.45e6, "money", "đồng/tháng", "mức lương tối thiểu vùng IV"),
    F("khoảng 7% mỗi năm", "7", 7, "percent", "%", "lương cơ sở điều chỉnh tăng bình quân mỗi năm",
      P("giai đoạn 2025-2026", "2025-01-01", "2026-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ ba, 2/7/2024, 06:30 (GMT+7)', byline at end): cải cách tiền lương, lương cơ sở từ 1/7/2024. Location Việt Nam.",
    "'Nghị định 73/2024/NĐ-CP', 'kỳ họp thứ 7', 'vùng I/IV', 'bậc 1', 'loại A1', 'ngày 1/7' are not figures; 'từ ngày 1/7' is a date, not a period.",
    "'tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tương đương mức tăng 30%': 2,34 triệu carries change +30%; 1,8 triệu is a figure of its own.",
    "'tăng 30%' (headline), 'tăng 15%', 'tăng 6%' are rates as the claim (percent, no change). 'tăng thêm 300.000 đồng/tháng' is a money figure.",
    "'dưới 3,5 triệu đồng/tháng' is an eligibility threshold and 'hệ số lương 2,34' a pay coefficient: both optional.",
    "Money per month keeps '/tháng' in the unit (đồng/tháng), as the spec does for đồng/ha.",
    "revised after first scoring: the 1,8 triệu subject now names the indicator as the sentence does (same as 2,34 triệu) plus 'trước điều chỉnh'.",
]

if __name__ == "__main__":
    emit("p608-6", TEXT, COMMENTS, FIGS, published="2024-07-02", location="Việt Nam")
