"""p693-8: transport newspaper (byline + time dateline) — motorbike sales Q3 and 9 months 2024, emission-standard mix."""
from lib import F, P, I, CH, emit

TEXT = """Thị trường xe > Xe máy

Doanh số xe máy 9 tháng năm 2024 đạt hơn 1,86 triệu chiếc

HOÀNG LONG 10:15, 05/11/2024

Theo báo cáo của Hiệp hội các nhà sản xuất xe máy Việt Nam (VAMM), quý III/2024, 5 thành viên của hiệp hội bán ra 612.394 xe máy, tăng 4,7% so với quý II/2024 nhưng giảm 1,8% so với cùng kỳ năm 2023.

Lũy kế 9 tháng năm 2024, doanh số đạt 1.865.432 xe, giảm 3,2% so với cùng kỳ. Honda tiếp tục dẫn đầu với thị phần 81,2%, tiếp đến là Yamaha (13,5%) và Suzuki (2,1%); SYM và Piaggio chia nhau phần còn lại.

Đáng chú ý, xe đạt tiêu chuẩn khí thải Euro 3 trở lên chiếm khoảng 76% doanh số, trong khi năm 2023 tỷ lệ này là 68%. Theo Quyết định số 49/2011/QĐ-TTg, xe mô tô sản xuất, lắp ráp và nhập khẩu mới phải đáp ứng mức 3 từ ngày 1/1/2017.

Theo ước tính của hiệp hội, thị trường xe máy điện 9 tháng đạt khoảng 78.000 chiếc, tăng 22% so với cùng kỳ. Năm 2023, các thành viên VAMM chi khoảng 1.350 tỷ đồng cho nghiên cứu, cải tiến động cơ nhằm giảm phát thải.

VAMM dự báo doanh số cả năm 2024 đạt khoảng 2,5 triệu xe, thấp hơn mức 2,6 triệu xe của năm 2023. Theo các doanh nghiệp, sức mua yếu khiến nhiều đại lý phải giảm giá từ 5 đến 10% với các mẫu xe tay ga 125 phân khối.

Bình luận (0)
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,86 triệu", "1,86", 1860000, "count", "chiếc", "doanh số xe máy", M9, approx="over"),
    F("5 thành viên", "5", 5, "count", "thành viên", "thành viên của hiệp hội bán ra xe máy", Q3),
    F("ra 612.394 xe", "612.394", 612394, "count", "xe máy", "xe máy bán ra của các thành viên VAMM", Q3,
      change=CH("increase", 4.7, "%", "quý II/2024")),
    F("giảm 1,8%", "1,8", 1.8, "percent", "%", "doanh số xe máy quý III/2024 so với cùng kỳ năm 2023", Q3,
      optional=True),
    F("đạt 1.865.432 xe", "1.865.432", 1865432, "count", "xe", "doanh số xe máy lũy kế", M9,
      change=CH("decrease", 3.2, "%", "cùng kỳ")),
    F("thị phần 81,2%", "81,2", 81.2, "percent", "%", "thị phần Honda", I(M9)),
    F("(13,5%)", "13,5", 13.5, "percent", "%", "thị phần Yamaha", I(M9)),
    F("(2,1%)", "2,1", 2.1, "percent", "%", "thị phần Suzuki", I(M9)),
    F("khoảng 76%", "76", 76, "percent", "%", "tỷ lệ xe đạt tiêu chuẩn khí thải Euro 3 trở lên trong doanh số", I(M9),
      approx="about"),
    F("là 68%", "68", 68, "percent", "%", "tỷ lệ xe đạt tiêu chuẩn khí thải Euro 3 trở lên trong doanh số", Y23),
    F("khoảng 78.000 chiếc", "78.000", 78000, "count", "chiếc", "thị trường xe máy điện",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate",
      change=CH("increase", 22, "%", "cùng kỳ")),
    F("khoảng 1.350 tỷ", "1.350", 1350000000000, "money", "đồng",
      "chi phí nghiên cứu, cải tiến động cơ nhằm giảm phát thải của các thành viên VAMM", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("khoảng 2,5 triệu", "2,5", 2500000, "count", "xe", "doanh số xe máy cả năm", Y24, approx="about",
      status="forecast"),
    F("mức 2,6 triệu", "2,6", 2600000, "count", "xe", "doanh số xe máy cả năm", Y23),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm giá của đại lý với các mẫu xe tay ga", value_max=10),
    F("125 phân khối", "125", 125, "measure", "phân khối", optional=True),
]

COMMENTS = [
    "Transport newspaper (invented): 'HOÀNG LONG 10:15, 05/11/2024' byline + dateline (published). National: Việt Nam.",
    "Not figures: 'Euro 3', 'mức 3', QĐ 49/2011/QĐ-TTg, 1/1/2017, 'Bình luận (0)', 'quý II/2024'.",
    "612.394 carries two changes: the first (tăng 4,7% so với quý II) is its change; 'giảm 1,8% so với cùng kỳ' is optional.",
    "Brand list: brands are not places; subject = thị phần + brand (the indicator is 'thị phần'). Year-less '9 tháng' takes 2024.",
    "'125 phân khối' (engine class of the models) optional. 'thấp hơn mức 2,6 triệu xe của năm 2023' names the 2023 level (a figure of its own, actual), not a change amount.",
    "'thị trường xe máy điện 9 tháng' is read as 2024 (the report's nine months). FIGURES.md's mechanical rule (nearest earlier period or",
    "date) would point at 'ngày 1/1/2017' or 'năm 2023'; the gold keeps the sense (2024) — see REPORT.md.",
    "The forecast cue 'dự báo' governs 2,5 triệu only; 'Theo ước tính …' → estimate for 78.000 (and its change).",
]

if __name__ == "__main__":
    emit("p693-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
