from lib import F, P, C, T, emit

TEXT = """Kinh doanh › Quốc tế
Thứ tư, 17/7/2024, 10:42 (GMT+7)

Mỹ công bố kết quả sơ bộ rà soát thuế chống bán phá giá mật ong Việt Nam

Bộ Thương mại Hoa Kỳ (DOC) vừa công bố kết quả sơ bộ đợt rà soát hành chính lần thứ nhất đối với mật ong nhập khẩu từ Việt Nam, giai đoạn rà soát từ ngày 21/11/2021 đến 31/5/2023.

Theo đó, bị đơn bắt buộc là Công ty TNHH Ong mật Tây Nguyên nhận mức thuế 37,94%, thấp hơn 23,33 điểm phần trăm so với mức 61,27% của cuộc điều tra ban đầu. Các doanh nghiệp khác được hưởng thuế suất riêng rẽ:

Doanh nghiệp\tThuế suất sơ bộ (%)
Công ty CP Mật ong Đồng Nai 3\t37,94
Công ty TNHH XNK Ong Bình Phước\t41,20
Công ty TNHH Mật ong Việt Phát\t58,74

Mức thuế toàn quốc áp cho các doanh nghiệp không chứng minh được tính độc lập vẫn giữ nguyên 61,27%. Các bên liên quan có 30 ngày để gửi bình luận; kết quả cuối cùng dự kiến công bố vào tháng 11/2024.

Theo Hiệp hội Ong mật Việt Nam (VBA), năm 2023 xuất khẩu mật ong đạt khoảng 41.000 tấn, chỉ bằng 68% năm 2021; có thời điểm giá xuất khẩu xuống dưới 2.000 USD/tấn. Trong 6 tháng đầu năm 2024, xuất khẩu đạt 19.800 tấn, tăng 9,5% so với cùng kỳ. Hiện cả nước có khoảng 35.000 hộ nuôi ong với hơn 1,5 triệu đàn, trong đó gần 90% sản lượng mật phụ thuộc vào thị trường Hoa Kỳ.

"Nếu mức thuế cuối cùng dưới 40%, xuất khẩu năm 2025 có thể phục hồi lên 50.000 tấn", đại diện VBA nhận định.

Minh Sơn
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("mức thuế 37,94%", "37,94", 37.94, "percent", "%", "mức thuế chống bán phá giá của bị đơn bắt buộc Công ty TNHH Ong mật Tây Nguyên",
      change=C("decrease", 23.33, "điểm phần trăm", "mức 61,27% của cuộc điều tra ban đầu")),
    F("mức 61,27% của", "61,27", 61.27, "percent", "%", "mức thuế chống bán phá giá của cuộc điều tra ban đầu"),
    F("Đồng Nai 3\t37,94", "37,94", 37.94, "percent", "%", "thuế suất sơ bộ Công ty CP Mật ong Đồng Nai 3"),
    F("Bình Phước\t41,20", "41,20", 41.2, "percent", "%", "thuế suất sơ bộ Công ty TNHH XNK Ong Bình Phước"),
    F("Việt Phát\t58,74", "58,74", 58.74, "percent", "%", "thuế suất sơ bộ Công ty TNHH Mật ong Việt Phát"),
    F("giữ nguyên 61,27%", "61,27", 61.27, "percent", "%", "mức thuế toàn quốc áp cho các doanh nghiệp không chứng minh được tính độc lập"),
    F("có 30 ngày", "30", 30, "measure", "ngày", "thời hạn gửi bình luận", optional=True),
    F("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", "xuất khẩu mật ong", approx="about", percent=68, period=Y23),
    F("dưới 2.000 USD/tấn", "2.000", 2000, "money", "USD/tấn", "giá xuất khẩu", approx="under", period=Y23),
    F("đạt 19.800 tấn", "19.800", 19800, "measure", "tấn", "xuất khẩu mật ong",
      change=C("increase", 9.5, "%", "cùng kỳ"), period=H1),
    F("khoảng 35.000 hộ", "35.000", 35000, "count", "hộ", "hộ nuôi ong", approx="about"),
    F("hơn 1,5 triệu đàn", "1,5", 1500000, "count", "đàn", "đàn ong", approx="over"),
    F("gần 90% sản lượng", "90", 90, "percent", "%", "sản lượng mật phụ thuộc vào thị trường Hoa Kỳ", approx="nearly"),
    F("dưới 40%", "40", 40, "percent", "%", "mức thuế cuối cùng", approx="under", optional=True),
    F("lên 50.000 tấn", "50.000", 50000, "measure", "tấn", "xuất khẩu", status="forecast", period=Y25),
]

COMMENTS = [
    "National press (VnExpress-like): US DOC preliminary administrative review of anti-dumping duties on Vietnamese honey; 'Thứ tư, 17/7/2024, 10:42 (GMT+7)'. Default location Việt Nam.",
    "Tab-separated table 'Doanh nghiệp | Thuế suất sơ bộ (%)': every cell a percent figure; company names (some containing a province or a number) are subjects, not places.",
    "'37,94%, thấp hơn 23,33 điểm phần trăm so với mức 61,27%': change of 37,94 is 23,33 percentage points (decrease); 61,27% is a figure of its own (the baseline rate).",
    "The review period (21/11/2021-31/5/2023) is not given to the rates (left null, unscored). 'chỉ bằng 68% năm 2021' is the percent of 41.000 tấn.",
    "'có thể phục hồi lên 50.000 tấn' = forecast. The conditional threshold 'dưới 40%' and the comment window '30 ngày' are optional.",
    "Distractors: 'lần thứ nhất', dates 21/11/2021 and 31/5/2023, 'tháng 11/2024', '(GMT+7)', time 10:42, 'Đồng Nai 3' (name), byline.",
]

emit("p340-4", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Việt Nam")
