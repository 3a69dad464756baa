from lib import build, F, P, C

TEXT = """Thời sự > Năng lượng
Thứ tư, 13/11/2024, 16:20 (GMT+7)

Hàng loạt thủy điện nhỏ ở Tây Nguyên vi phạm quy trình vận hành

Thanh tra Bộ Công Thương vừa công bố kết luận thanh tra việc chấp hành pháp luật trong vận hành các nhà máy thủy điện nhỏ tại ba tỉnh Kon Tum, Gia Lai và Đắk Lắk.

Từ đầu năm đến nay, đoàn thanh tra đã làm việc với 36 nhà máy có tổng công suất 512 MW. Kết quả, 21 nhà máy có vi phạm, trong đó Kon Tum 9 nhà máy, Gia Lai 8 nhà máy, Đắk Lắk 4 nhà máy. Các lỗi phổ biến là không duy trì dòng chảy tối thiểu (11 trường hợp), vận hành sai quy trình liên hồ chứa (6 trường hợp) và chậm kiểm định an toàn đập.

Đáng chú ý, tại Nhà máy thủy điện Đăk Re 2 (huyện Kon Plông), dữ liệu giám sát cho thấy có thời điểm lưu lượng xả sau đập chỉ còn 0,5 m3/s, bằng khoảng 34% mức quy định (1,45 m3/s); tổng cộng 47 ngày nhà máy không bảo đảm dòng chảy tối thiểu.

Thanh tra Bộ đã ban hành 18 quyết định xử phạt vi phạm hành chính với tổng số tiền hơn 1,26 tỷ đồng, gấp 2,3 lần so với đợt thanh tra năm 2022. Mức phạt cao nhất là 140 triệu đồng. Ngoài ra, 5 chủ đầu tư bị yêu cầu nộp lại gần 3,8 tỷ đồng lợi ích thu được do vi phạm.

Theo ông Trần Văn Lực, Chánh Thanh tra Bộ Công Thương, năm 2025 Bộ dự kiến thanh tra khoảng 40-50 nhà máy tại các tỉnh miền Trung và Tây Nguyên.

Hiện Tây Nguyên có khoảng 320 nhà máy thủy điện nhỏ, tổng công suất trên 2.900 MW, chiếm khoảng 42% công suất thủy điện nhỏ cả nước.

Minh Khang
"""

ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-13")
ytdi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-13", inh=True)
VIOL = "nhà máy có vi phạm"

FIGS = [
    F("ba tỉnh", "ba", 3, "count", "tỉnh", "tỉnh được thanh tra", optional=True),
    F("với 36 nhà máy", "36", 36, "count", "nhà máy", "nhà máy được thanh tra", period=ytd),
    F("công suất 512 MW", "512", 512, "measure", "MW", "tổng công suất", period=ytd),
    F("Kết quả, 21 nhà máy", "21", 21, "count", "nhà máy", VIOL, period=ytdi),
    F("Kon Tum 9 nhà máy", "9", 9, "count", "nhà máy", VIOL, total=21, location="Kon Tum", period=ytdi),
    F("Gia Lai 8 nhà máy", "8", 8, "count", "nhà máy", VIOL, total=21, location="Gia Lai", period=ytdi),
    F("Đắk Lắk 4 nhà máy", "4", 4, "count", "nhà máy", VIOL, total=21, location="Đắk Lắk", period=ytdi),
    F("(11 trường hợp)", "11", 11, "count", "trường hợp", "không duy trì dòng chảy tối thiểu", period=ytdi),
    F("(6 trường hợp)", "6", 6, "count", "trường hợp", "vận hành sai quy trình liên hồ chứa", period=ytdi),
    F("chỉ còn 0,5 m3/s", "0,5", 0.5, "measure", "m3/s", "lưu lượng xả sau đập", percent=34, location="Kon Plông"),
    F("(1,45 m3/s)", "1,45", 1.45, "measure", "m3/s", "mức quy định lưu lượng xả sau đập", location="Kon Plông"),
    F("tổng cộng 47 ngày", "47", 47, "count", "ngày", "ngày nhà máy không bảo đảm dòng chảy tối thiểu",
      location="Kon Plông"),
    F("ban hành 18 quyết định", "18", 18, "count", "quyết định", "quyết định xử phạt vi phạm hành chính"),
    F("hơn 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng số tiền xử phạt", approx="over",
      change=C("increase", 2.3, "lần", "đợt thanh tra năm 2022")),
    F("cao nhất là 140 triệu đồng", "140", 140e6, "money", "đồng", "mức phạt cao nhất"),
    F("Ngoài ra, 5 chủ đầu tư", "5", 5, "count", "chủ đầu tư", "chủ đầu tư bị yêu cầu nộp lại lợi ích thu được do vi phạm"),
    F("gần 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "lợi ích thu được do vi phạm phải nộp lại", approx="nearly"),
    F("khoảng 40-50 nhà máy", "40", 40, "count", "nhà máy", "nhà máy dự kiến thanh tra", value_max=50, approx="about",
      status="forecast", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 320 nhà máy", "320", 320, "count", "nhà máy", "nhà máy thủy điện nhỏ Tây Nguyên", approx="about"),
    F("trên 2.900 MW", "2.900", 2900, "measure", "MW", "tổng công suất", approx="over", percent=42),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ tư, 13/11/2024, 16:20 (GMT+7)', byline at the end): ministry inspection of small hydropower in Kon Tum, Gia Lai, Đắk Lắk.",
    "Default location Việt Nam: the inspectorate's totals span three provinces (a ministry's total) and 'Tây Nguyên' is a region, not a province; list items and the named district (Kon Plông) are locations.",
    "Distractors: '(GMT+7)', time 16:20, plant name 'Đăk Re 2', the '3' in 'm3/s', person's name. 'ba tỉnh' (list head) optional.",
    "'21 nhà máy có vi phạm, trong đó Kon Tum 9 …' → total 21 for the province parts. Bracketed '(11 trường hợp)', '(6 trường hợp)' follow no whole: no total.",
    "'chỉ còn 0,5 m3/s, bằng khoảng 34% mức quy định (1,45 m3/s)': 34 is the share of 0,5; 1,45 is a figure of its own (a regulated level, not a plan/target).",
    "'47 ngày' counts days with a violation (count, unit ngày), not a period. 'gấp 2,3 lần so với đợt thanh tra năm 2022' is the change of 1,26 tỷ (unit lần).",
    "'năm 2025 Bộ dự kiến thanh tra khoảng 40-50 nhà máy' → forecast range, approx about. 'chiếm khoảng 42%' is the share of 2.900 MW.",
]

build(7, TEXT, COMMENTS, FIGS, published="2024-11-13", location="Việt Nam")
