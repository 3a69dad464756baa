"""p1232-8: provincial newspaper online (Báo Khánh Hòa, '(BKH) -') — electronic games in Nha Trang hotels, 7 months 2025; Cam Lâm casino project."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh tế > Du lịch

Khánh Hòa: Điểm vui chơi có thưởng thu hút khách quốc tế

Thứ Sáu, 15/08/2025 08:50

(BKH) - 7 tháng đầu năm, 6 điểm kinh doanh trò chơi điện tử có thưởng dành cho người nước ngoài tại các khách sạn ở TP Nha Trang đón khoảng 72.500 lượt khách, tăng 9,4% so với cùng kỳ năm 2024; doanh thu đạt 158 tỷ đồng, nộp ngân sách gần 53 tỷ đồng.

Khách đến chủ yếu từ Hàn Quốc, Nga và Trung Quốc, lần lượt chiếm 38%, 24% và 21%. Theo Sở Tài chính, bình quân mỗi lượt khách chi tiêu khoảng 2,2 triệu đồng cho các trò chơi.

Tại Khách sạn Sea Pearl trên đường Trần Phú, TP Nha Trang, điểm kinh doanh có 48 máy, mỗi ngày đón từ 80 đến 120 lượt khách. Quản lý điểm kinh doanh cho biết, đơn vị có 36 nhân viên, trong đó 12 người được đào tạo nghiệp vụ giám sát; mọi khách vào chơi đều phải xuất trình hộ chiếu và đủ 18 tuổi trở lên.

Cũng tại Khánh Hòa, dự án Khu phức hợp du lịch nghỉ dưỡng có casino tại Bãi Dài, huyện Cam Lâm với diện tích khoảng 150 ha, tổng vốn đầu tư dự kiến 2 tỷ USD đang hoàn thiện thủ tục. Khi đi vào hoạt động, dự án dự kiến tạo việc làm cho khoảng 5.000 lao động.

Qua kiểm tra, đoàn liên ngành của tỉnh đã xử phạt một doanh nghiệp 85 triệu đồng do để người Việt Nam vào chơi. Dự báo cả năm 2025, các điểm kinh doanh trên địa bàn tỉnh đón hơn 125.000 lượt khách.
"""

SEVEN = per("7 tháng đầu năm", "2025-01-01", "2025-07-31")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")
SHARE = "tỷ trọng khách đến các điểm kinh doanh trò chơi điện tử có thưởng từ"
NT = "Nha Trang"
CL = "Cam Lâm"

FIGS = [
    fig("6 điểm kinh doanh", "6", 6, "count", "điểm kinh doanh",
        subject="điểm kinh doanh trò chơi điện tử có thưởng dành cho người nước ngoài", period=SEVEN, location=NT),
    fig("khoảng 72.500 lượt", "72.500", 72500, "count", "lượt khách", approx="about",
        change=chg("increase", 9.4, "%", "cùng kỳ năm 2024"),
        subject="lượt khách đến các điểm kinh doanh trò chơi điện tử có thưởng", period=SEVEN, location=NT),
    fig("đạt 158 tỷ", "158", 158e9, "money", "đồng", subject="doanh thu các điểm kinh doanh", period=SEVEN, location=NT),
    fig("gần 53 tỷ", "53", 53e9, "money", "đồng", approx="nearly",
        subject="nộp ngân sách của các điểm kinh doanh", period=SEVEN, location=NT),
    fig("chiếm 38%", "38", 38, "percent", "%", subject=f"{SHARE} Hàn Quốc", period=inh(SEVEN), location=NT),
    fig("38%, 24%", "24", 24, "percent", "%", subject=f"{SHARE} Nga", period=inh(SEVEN), location=NT),
    fig("và 21%", "21", 21, "percent", "%", subject=f"{SHARE} Trung Quốc", period=inh(SEVEN), location=NT),
    fig("khoảng 2,2 triệu", "2,2", 2.2e6, "money", "đồng/lượt khách", approx="about",
        subject="chi tiêu bình quân mỗi lượt khách cho các trò chơi", period=inh(SEVEN), location=NT),
    fig("có 48 máy", "48", 48, "count", "máy",
        subject="máy trò chơi điện tử của điểm kinh doanh tại Khách sạn Sea Pearl", location=NT),
    fig("từ 80 đến 120 lượt", "80", 80, "measure", "lượt khách/ngày", value_max=120,
        subject="lượt khách mỗi ngày của điểm kinh doanh tại Khách sạn Sea Pearl", location=NT),
    fig("có 36 nhân viên", "36", 36, "count", "nhân viên", subject="nhân viên của điểm kinh doanh", location=NT),
    fig("12 người", "12", 12, "count", "người", total=36,
        subject="nhân viên được đào tạo nghiệp vụ giám sát", location=NT),
    fig("đủ 18 tuổi", "18", 18, "measure", "tuổi", approx="at_least", optional=True,
        subject="tuổi tối thiểu của khách vào chơi", location=NT),
    fig("khoảng 150 ha", "150", 150, "measure", "ha", approx="about",
        subject="diện tích dự án Khu phức hợp du lịch nghỉ dưỡng có casino", location=CL),
    fig("dự kiến 2 tỷ USD", "2", 2e9, "money", "USD", status="forecast",
        subject="tổng vốn đầu tư dự án Khu phức hợp du lịch nghỉ dưỡng có casino", location=CL),
    fig("khoảng 5.000 lao động", "5.000", 5000, "count", "lao động", approx="about", status="forecast",
        subject="lao động được tạo việc làm khi dự án đi vào hoạt động", location=CL),
    fig("một doanh nghiệp", "một", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp bị xử phạt do để người Việt Nam vào chơi"),
    fig("85 triệu", "85", 85e6, "money", "đồng", subject="tiền xử phạt doanh nghiệp để người Việt Nam vào chơi"),
    fig("hơn 125.000 lượt", "125.000", 125000, "count", "lượt khách", approx="over", status="forecast",
        subject="lượt khách đến các điểm kinh doanh trò chơi điện tử có thưởng", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Khánh Hòa): breadcrumb, 'Thứ Sáu, 15/08/2025 08:50', tag '(BKH) -'. Electronic games in Nha Trang hotels, 7 months 2025.",
    "Default location Khánh Hòa; the 6 points and the Sea Pearl passage are in TP Nha Trang (location Nha Trang); the casino project is in huyện Cam Lâm.",
    "Distractors: '08:50', 'đường Trần Phú', '(BKH)'. 'đủ 18 tuổi trở lên' is the entry age rule (optional).",
    "Year-less '7 tháng đầu năm' → 2025 (published; also 'cùng kỳ năm 2024'). 'lần lượt chiếm 38%, 24% và 21%': three percent figures, country in the subject.",
    "'mỗi lượt khách … khoảng 2,2 triệu đồng' and 'mỗi ngày đón từ 80 đến 120 lượt khách' are rates (unit with the denominator).",
    "'tổng vốn đầu tư dự kiến 2 tỷ USD', 'dự kiến tạo việc làm', 'Dự báo cả năm 2025' → forecast. The enforcement and the 2025 forecast speak of the province: Khánh Hòa.",
]

if __name__ == "__main__":
    write("p1232-8", TEXT, NOTES, FIGS, published="2025-08-15", location="Khánh Hòa")
