from lib import F, P, Y, build

TEXT = """Đức Trọng: 9 tháng năm 2024 có 54 hộ kinh doanh chuyển đổi lên doanh nghiệp

Từ đầu năm đến nay, Phòng Tài chính - Kế hoạch huyện Đức Trọng đã phối hợp với Hiệp hội Doanh nghiệp tỉnh Lâm Đồng tổ chức 7 lớp tập huấn khởi sự và quản trị doanh nghiệp cho 412 học viên là chủ hộ kinh doanh, chủ doanh nghiệp nhỏ và vừa, thanh niên khởi nghiệp. Riêng quý III/2024, huyện mở 3 lớp với 186 học viên, chiếm 45,1% tổng số học viên.

Nội dung tập huấn tập trung vào thủ tục thành lập doanh nghiệp, chế độ kế toán, thuế và kỹ năng bán hàng trên sàn thương mại điện tử. Theo khảo sát sau khóa học, 92% học viên đánh giá nội dung phù hợp với nhu cầu thực tế; khoảng 60 học viên đã đăng ký tham gia chương trình tư vấn chuyên sâu của tỉnh.

Nhờ đó, 9 tháng năm 2024, toàn huyện có 54 hộ kinh doanh chuyển đổi lên doanh nghiệp, vượt 8% kế hoạch năm (50 hộ), nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 1.137 doanh nghiệp. Các xã có nhiều hộ chuyển đổi là xã Hiệp An (17 hộ), xã Hiệp Thạnh (9 hộ), xã N'Thôn Hạ (6 hộ). Mỗi doanh nghiệp mới thành lập được hỗ trợ miễn phí 3 tháng sử dụng hóa đơn điện tử và chữ ký số.

Năm 2025, huyện phấn đấu có thêm ít nhất 60 hộ kinh doanh chuyển đổi lên doanh nghiệp và đào tạo từ 500 đến 600 lượt học viên. Kinh phí dự kiến khoảng 350 triệu đồng từ ngân sách huyện.

Thông tin chi tiết liên hệ: Phòng Tài chính - Kế hoạch huyện Đức Trọng, số 12 đường Thống Nhất, thị trấn Liên Nghĩa; điện thoại 0263.3843.210.

Phạm Hùng - Trung tâm VH-TT&TT huyện
25/10/2024
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-25")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-25", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y25 = Y(2025, "Năm 2025")
Y25i = Y(2025, "Năm 2025", inh=True)

FIGS = [
    F("có 54 hộ kinh doanh chuyển đổi lên doanh nghiệp\n", "54", 54, "count", "hộ kinh doanh",
      "hộ kinh doanh chuyển đổi lên doanh nghiệp", period=N9),
    F("tổ chức 7 lớp", "7", 7, "count", "lớp", "lớp tập huấn khởi sự và quản trị doanh nghiệp", period=TD),
    F("cho 412 học viên", "412", 412, "count", "học viên", "học viên lớp tập huấn khởi sự và quản trị doanh nghiệp", period=TD),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn", period=Q3),
    F("với 186 học viên", "186", 186, "count", "học viên", "học viên", percent=45.1, period=Q3),
    F("sát sau khóa học, 92%", "92", 92, "percent", "%", "học viên đánh giá nội dung phù hợp với nhu cầu thực tế", period=TDi),
    F("khoảng 60 học viên", "60", 60, "count", "học viên", "học viên đã đăng ký tham gia chương trình tư vấn chuyên sâu của tỉnh",
      approx="about", period=TDi),
    F("có 54 hộ kinh doanh chuyển đổi lên doanh nghiệp,", "54", 54, "count", "hộ kinh doanh",
      "hộ kinh doanh chuyển đổi lên doanh nghiệp",
      change={"direction": "increase", "value": 8, "unit": "%", "baseline": "kế hoạch năm"},
      target={"value": 50, "unit": "hộ", "met": True}, period=N9),
    F("lên 1.137 doanh", "1.137", 1137, "count", "doanh nghiệp", "tổng số doanh nghiệp đang hoạt động trên địa bàn", period=N9),
    F("(17 hộ)", "17", 17, "count", "hộ", "hộ chuyển đổi", period=N9i),
    F("(9 hộ)", "9", 9, "count", "hộ", "hộ chuyển đổi", period=N9i),
    F("(6 hộ)", "6", 6, "count", "hộ", "hộ chuyển đổi", period=N9i),
    F("miễn phí 3 tháng", "3", 3, "measure", "tháng", "thời gian hỗ trợ miễn phí sử dụng hóa đơn điện tử và chữ ký số",
      optional=True),
    F("ít nhất 60 hộ", "60", 60, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", approx="at_least",
      status="target", period=Y25),
    F("từ 500 đến 600", "500", 500, "count", "lượt học viên", "lượt học viên đào tạo", value_max=600, status="target",
      period=Y25),
    F("khoảng 350 triệu", "350", 350e6, "money", "đồng", "kinh phí", approx="about", status="forecast", period=Y25i),
]

COMMENTS = [
    "District portal (huyện Đức Trọng, Lâm Đồng): SME start-up training, household businesses converting to enterprises, 2025 plan.",
    "No dateline at the top; byline and bare date '25/10/2024' at the end give published. 'Từ đầu năm đến nay' = 2024-01-01..2024-10-25.",
    "Distractors: 'Hiệp hội Doanh nghiệp tỉnh Lâm Đồng' (place in a name), address 'số 12 đường Thống Nhất, thị trấn Liên Nghĩa', phone 0263.3843.210,",
    "'Trung tâm VH-TT&TT'. The title figure 54 is annotated like the body one (period from the title's '9 tháng năm 2024').",
    "'Riêng quý III/2024, … 3 lớp với 186 học viên, chiếm 45,1% …': a different period, no whole cue → no total; 45,1 is the percent of 186.",
    "'vượt 8% kế hoạch năm (50 hộ)': gap to plan = change (baseline kế hoạch năm), bracketed plan = target 50, met.",
    "Commune list (no trong-đó cue, no total): communes are not a location in FIGURES.md (province, city or district), so location stays Đức Trọng; '3 tháng' free use is a benefit term: optional.",
    "'Kinh phí dự kiến khoảng 350 triệu đồng' is forecast ('dự kiến'), period Năm 2025 inherited from the previous sentence.",
    "revised after the first run: commune items keep location Đức Trọng (FIGURES.md location = province, city or district); '412 học viên' subject names the course.",
]

if __name__ == "__main__":
    build("p388-7", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Đức Trọng")
