from lib import F, P, I, CH, TG, emit

TEXT = """Văn hóa › Sân khấu
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Sân khấu cải lương TP HCM mất gần 40% khán giả sau 5 năm

Năm 2023, các sân khấu ở TP HCM tổ chức khoảng 260 suất cải lương, bằng 60% năm 2018; lượng khán giả đạt khoảng 78.000 lượt, giảm 38,5% so với năm 2018.

Theo Sở Văn hóa và Thể thao TP HCM, thành phố hiện chỉ còn 5 sân khấu diễn cải lương thường xuyên, trong đó 2 sân khấu thuộc Nhà hát Trần Hữu Trang. Giá vé phổ biến từ 200.000 đến 500.000 đồng/vé, nhiều suất chỉ bán được 50-60% số ghế.

Nghệ sĩ Ưu tú Minh Tâm cho biết, tại sân khấu trên đường 3 Tháng 2, doanh thu một suất chỉ đạt 20-30 triệu đồng. Trong khi đó, chi phí dựng một vở mới lên tới từ 800 triệu đến 1,5 tỷ đồng. Chi phí tổ chức một suất diễn cao gấp 1,5 lần doanh thu.

Tín hiệu tích cực là 5 tháng đầu năm 2024, số suất diễn cải lương tăng 12% so với cùng kỳ nhờ chương trình sân khấu học đường; riêng Nhà hát Trần Hữu Trang diễn 46 suất phục vụ khoảng 9.800 học sinh.

Nguồn nhân lực cũng thiếu hụt: năm 2023, Trường Cao đẳng Văn hóa Nghệ thuật TP HCM chỉ tuyển được 18 học viên ngành nghệ thuật cải lương trên 50 chỉ tiêu.

Năm 2024, thành phố dự kiến chi 12 tỷ đồng hỗ trợ 40 suất diễn cải lương phục vụ miễn phí, tương đương 300 triệu đồng/suất. Sở đặt mục tiêu đến năm 2025 đưa lượng khán giả cải lương trở lại mức 120.000 lượt/năm.

Hà Thu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("mất gần 40% khán giả", "40", 40, "percent", "%", "khán giả sân khấu cải lương TP HCM mất", approx="nearly"),
    F("khoảng 260 suất", "260", 260, "count", "suất", "suất cải lương các sân khấu tổ chức", Y23, approx="about",
      percent=60),
    F("khoảng 78.000 lượt", "78.000", 78000, "count", "lượt", "lượng khán giả", Y23, approx="about",
      change=CH("decrease", 38.5, "%", "năm 2018")),
    F("còn 5 sân khấu", "5", 5, "count", "sân khấu", "sân khấu diễn cải lương thường xuyên"),
    F("trong đó 2 sân khấu", "2", 2, "count", "sân khấu", "sân khấu thuộc Nhà hát Trần Hữu Trang", total=5),
    F("từ 200.000 đến 500.000 đồng/vé", "200.000", 200000, "money", "đồng/vé", "Giá vé phổ biến", value_max=500000),
    F("50-60% số ghế", "50", 50, "percent", "%", "số ghế bán được của nhiều suất", value_max=60),
    F("20-30 triệu đồng", "20", 20e6, "money", "đồng", "doanh thu một suất", value_max=30e6),
    F("từ 800 triệu đến 1,5 tỷ đồng", "800", 800e6, "money", "đồng", "chi phí dựng một vở mới", value_max=1.5e9),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "chi phí tổ chức một suất diễn so với doanh thu"),
    F("tăng 12% so với", "12", 12, "percent", "%", "số suất diễn cải lương", M5),
    F("diễn 46 suất", "46", 46, "count", "suất", "suất Nhà hát Trần Hữu Trang diễn phục vụ học sinh", M5),
    F("khoảng 9.800 học sinh", "9.800", 9800, "count", "học sinh", "học sinh được phục vụ", M5, approx="about"),
    F("được 18 học viên", "18", 18, "count", "học viên",
      "học viên ngành nghệ thuật cải lương Trường Cao đẳng Văn hóa Nghệ thuật TP HCM tuyển được", Y23b,
      target=TG(50, "học viên", False)),
    F("chi 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí hỗ trợ suất diễn cải lương phục vụ miễn phí", Y24,
      status="forecast"),
    F("hỗ trợ 40 suất", "40", 40, "count", "suất", "suất diễn cải lương phục vụ miễn phí", Y24, status="forecast"),
    F("300 triệu đồng/suất", "300", 300e6, "money", "đồng/suất", "kinh phí hỗ trợ mỗi suất", Y24, status="forecast"),
    F("mức 120.000 lượt/năm", "120.000", 120000, "measure", "lượt/năm", "lượng khán giả cải lương",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style 'Thứ hai, 3/6/2024, 07:00 (GMT+7)'): cải lương in TP HCM — suất diễn, khán giả, giá vé,",
    "chi phí, tuyển sinh, 2024 support and 2025 target. Location TP. Hồ Chí Minh throughout; byline 'Hà Thu'.",
    "'bằng 60% năm 2018' after 260 suất is its percent; '5 tháng đầu năm 2024 … tăng 12% so với cùng kỳ' is a growth rate (percent, no change).",
    "'18 học viên … trên 50 chỉ tiêu': the 50 is the quota (target 50, met false), not 'trên' = over and not a total.",
    "'gấp 1,5 lần' standing alone as its own sentence is a multiple. '120.000 lượt/năm' is a rate: measure.",
    "'tương đương 300 triệu đồng/suất' is an equivalent amount (own money figure), forecast like its clause.",
    "Distractors: '(GMT+7)', 'sau 5 năm' (duration), 'đường 3 Tháng 2' (road name), headline year-less.",
]

if __name__ == "__main__":
    emit("p708-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="TP. Hồ Chí Minh")
