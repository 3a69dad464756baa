from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Thứ Sáu, 11/10/2024 - 16:20

Hoàng Mai: Tăng tốc các công trình chống úng ngập mùa mưa năm 2024

Theo Phòng Quản lý đô thị quận, trong quý III/2024, quận đã hoàn thành cải tạo, xây mới 6,8 km tuyến cống, rãnh thoát nước, trong đó có 2,4 km cống hộp và 4,4 km rãnh xây nắp đan. Lũy kế 9 tháng năm 2024, tổng chiều dài tuyến thoát nước được đầu tư đạt 15,3 km, bằng 87% kế hoạch năm và tăng 21,4% so với cùng kỳ năm 2023.

Tổng kinh phí thực hiện ước đạt 96,5 tỷ đồng, trong đó ngân sách quận 71,2 tỷ đồng (chiếm 73,8%), còn lại là ngân sách thành phố.

Cùng với đó, quận đã nạo vét 12 hồ điều hòa, ao hồ với khối lượng khoảng 35.000 m3 bùn; lắp đặt 3 trạm bơm cục bộ công suất từ 1.000 đến 2.500 m3/h tại các điểm trũng ven sông Kim Ngưu và khu vực Đền Lừ. Các công trình được triển khai theo Kế hoạch số 185/KH-UBND của UBND quận.

Hiện trên địa bàn quận còn 7 điểm có nguy cơ úng ngập khi lượng mưa vượt 50 mm, giảm 5 điểm so với năm 2023. Trong trận mưa ngày 24/9 vừa qua, lượng mưa đo tại trạm Hoàng Mai là 87 mm, nhưng chỉ có 2 điểm bị ngập cục bộ, nước rút sau khoảng 1 giờ.

Quý IV/2024, quận phấn đấu hoàn thành thêm 3,5 km cống, nâng tổng chiều dài cả năm lên khoảng 18,8 km, vượt kế hoạch gần 7%. Đồng thời, quận dự kiến bố trí khoảng 150 tỷ đồng để cải tạo tuyến mương Đồng Tàu dài 1,6 km trong năm 2025.

Mọi phản ánh về úng ngập, người dân liên hệ đường dây nóng 024.3645.0123 hoặc trực tiếp tại trụ sở UBND quận, số 8 ngõ 6 Bùi Huy Bích.

Thanh Hà - Phòng Quản lý đô thị
Lượt truy cập: 356.772"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
D24 = P("ngày 24/9", "2024-09-24", "2024-09-24")
FIGS = [
    F("xây mới 6,8 km", "6,8", 6.8, "measure", "km", "tuyến cống, rãnh thoát nước cải tạo, xây mới", period=Q3),
    F("có 2,4 km", "2,4", 2.4, "measure", "km", "cống hộp", total=6.8, period=Q3),
    F("và 4,4 km", "4,4", 4.4, "measure", "km", "rãnh xây nắp đan", total=6.8, period=Q3),
    F("đạt 15,3 km", "15,3", 15.3, "measure", "km", "tổng chiều dài tuyến thoát nước được đầu tư", percent=87,
      change={"direction": "increase", "value": 21.4, "unit": "%", "approx": "exact", "baseline": "cùng kỳ năm 2023"},
      period=M9),
    F("ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "tổng kinh phí thực hiện", status="estimate", period=M9I),
    F("quận 71,2 tỷ đồng", "71,2", 71.2e9, "money", "đồng", "ngân sách quận", total=96.5e9, percent=73.8,
      status="estimate", period=M9I),
    F("nạo vét 12 hồ", "12", 12, "count", "hồ điều hòa, ao hồ", "hồ điều hòa, ao hồ được nạo vét"),
    F("khoảng 35.000 m3", "35.000", 35000, "measure", "m3", "khối lượng bùn nạo vét", approx="about"),
    F("lắp đặt 3 trạm bơm", "3", 3, "count", "trạm bơm cục bộ", "trạm bơm cục bộ lắp đặt"),
    F("từ 1.000 đến 2.500 m3/h", "1.000", 1000, "measure", "m3/h", "công suất trạm bơm cục bộ", value_max=2500),
    F("còn 7 điểm", "7", 7, "count", "điểm", "điểm có nguy cơ úng ngập",
      change={"direction": "decrease", "value": 5, "unit": "điểm", "approx": "exact", "baseline": "năm 2023"}),
    F("vượt 50 mm", "50", 50, "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("Hoàng Mai là 87 mm", "87", 87, "measure", "mm", "lượng mưa đo tại trạm Hoàng Mai", period=D24),
    F("có 2 điểm bị ngập", "2", 2, "count", "điểm", "điểm bị ngập cục bộ", period=D24),
    F("sau khoảng 1 giờ", "1", 1, "measure", "giờ", "thời gian nước rút", approx="about", period=D24),
    F("thêm 3,5 km", "3,5", 3.5, "measure", "km", "cống hoàn thành thêm", status="target",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 18,8 km", "18,8", 18.8, "measure", "km", "tổng chiều dài cống cả năm", approx="about", status="target",
      change={"direction": "increase", "value": 7, "unit": "%", "approx": "nearly", "baseline": "kế hoạch"},
      period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "kinh phí cải tạo tuyến mương Đồng Tàu",
      approx="about", status="forecast", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("dài 1,6 km", "1,6", 1.6, "measure", "km", "chiều dài tuyến mương Đồng Tàu", status="forecast",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "District portal (quận Hoàng Mai, Hà Nội): drainage works in quý III/2024 and 9 months, budget, dredging, pumps, flooding spots, plans for Q4 and 2025.",
    "Dateline 'Thứ Sáu, 11/10/2024 - 16:20'; byline at the end; 'Lượt truy cập: 356.772' is page furniture.",
    "Distractors: Kế hoạch số 185/KH-UBND, phone 024.3645.0123, address 'số 8 ngõ 6 Bùi Huy Bích', 'ngày 24/9' (date).",
    "'trong đó có 2,4 km ... và 4,4 km' are parts of 6,8 km (same unit and period). '15,3 km, bằng 87% kế hoạch năm và tăng 21,4% so với cùng kỳ' -> percent and change.",
    "'ước đạt 96,5 tỷ' is an estimate and the 'trong đó' clause continuing it (71,2 tỷ, chiếm 73,8%) is too; its period '9 tháng năm 2024' is in the previous paragraph (inherited).",
    "'Hiện ... còn 7 điểm' has no dated period (none given); 'giảm 5 điểm so với năm 2023' is its change; 'vượt 50 mm' is a threshold (optional).",
    "'vượt kế hoạch gần 7%' is the plan gap of 18,8 km (a change with baseline kế hoạch, FIGURES.md). 'phấn đấu' governs both Q4 figures (target).",
    "'dự kiến bố trí khoảng 150 tỷ đồng ... dài 1,6 km trong năm 2025': 'dự kiến' governs its clause, so both are forecast.",
]
build("p343-5", TEXT, COMMENTS, {"published": "2024-10-11", "location": "Hoàng Mai"}, FIGS)
