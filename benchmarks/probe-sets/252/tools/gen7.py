from lib import F, P, emit

TEXT = """
Thời sự › Giao thông

TP HCM cải tạo hơn 110 km vỉa hè sau 9 tháng

Thứ sáu, 18/10/2024, 14:20 (GMT+7)

Theo Sở Giao thông Vận tải TP HCM, chín tháng năm 2024, các quận, huyện và TP Thủ Đức đã cải tạo, lát đá khoảng 112 km vỉa hè, đạt 74,7% kế hoạch năm, trong đó Quận 1 hoàn thành 18,6 km, quận Bình Thạnh 14,2 km, TP Thủ Đức 21,5 km, quận Gò Vấp 9,8 km. Tổng kinh phí thực hiện hơn 780 tỷ đồng, chủ yếu từ ngân sách quận, huyện.

Các tuyến được ưu tiên là đường Nguyễn Huệ, Lê Lợi, Điện Biên Phủ và đường 3 Tháng 2 (Quận 10). Việc thi công được bố trí vào ban đêm, từ 22 giờ đến 5 giờ sáng hôm sau, để hạn chế ảnh hưởng đến người đi bộ và hộ kinh doanh.

Chi phí lát đá granite dao động từ 1,2 đến 1,8 triệu đồng/m2. Theo Sở, vỉa hè lát đá có tuổi thọ gấp 3 lần gạch terrazzo, giảm đáng kể chi phí duy tu.

Thành phố hiện có khoảng 4.800 km vỉa hè, gần 30% trong số đó đã xuống cấp, lồi lõm hoặc bị chiếm dụng. Từ đầu năm 2024 đến nay, ngành chức năng thu phí sử dụng tạm thời một phần lòng đường, vỉa hè được hơn 15,6 tỷ đồng, tăng 2,3 lần so với cùng kỳ. Có 1.912 hộ kinh doanh ở 5 quận đã được cấp phép sử dụng tạm thời vỉa hè.

Năm 2025, thành phố đặt mục tiêu cải tạo thêm 180 km vỉa hè, với nguồn vốn dự kiến khoảng 1.200 tỷ đồng. Mỗi tuyến sau khi cải tạo phải bảo đảm phần đi bộ rộng tối thiểu 1,5 m.

Người dân có thể phản ánh tình trạng lấn chiếm vỉa hè qua tổng đài 1022.

Gia Minh
"""

M9 = P("chín tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("chín tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SUBJ = "vỉa hè được cải tạo, lát đá"

FIGS = [
    F("hơn 110 km", "110", "measure", "km", SUBJ, approx="over", optional=True),
    F("khoảng 112 km", "112", "measure", "km", SUBJ, approx="about", percent=74.7, period=M9),
    F("hơn 780 tỷ đồng", "780", "money", "đồng", "tổng kinh phí cải tạo vỉa hè", mult=1e9, approx="over", period=M9i),
    F("Quận 1 hoàn thành 18,6 km", "18,6", "measure", "km", SUBJ, total=112, period=M9, location="Quận 1"),
    F("Bình Thạnh 14,2 km", "14,2", "measure", "km", SUBJ, total=112, period=M9, location="Bình Thạnh"),
    F("Thủ Đức 21,5 km", "21,5", "measure", "km", SUBJ, total=112, period=M9, location="TP Thủ Đức"),
    F("Gò Vấp 9,8 km", "9,8", "measure", "km", SUBJ, total=112, period=M9, location="Gò Vấp"),
    F("từ 1,2 đến 1,8 triệu đồng/m2", "1,2", "money", "đồng/m2", "chi phí lát đá granite", mult=1e6,
      value_max=1.8e6),
    F("gấp 3 lần", "3", "multiple", "lần", "tuổi thọ vỉa hè lát đá so với gạch terrazzo"),
    F("khoảng 4.800 km", "4.800", "measure", "km", "vỉa hè của thành phố", approx="about"),
    F("gần 30%", "30", "percent", "%", "tỷ lệ vỉa hè đã xuống cấp, lồi lõm hoặc bị chiếm dụng", approx="nearly"),
    F("hơn 15,6 tỷ đồng", "15,6", "money", "đồng", "phí sử dụng tạm thời một phần lòng đường, vỉa hè", mult=1e9,
      approx="over", change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ"},
      period=P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-18")),
    F("Có 1.912 hộ", "1.912", "count", "hộ kinh doanh", "hộ kinh doanh được cấp phép sử dụng tạm thời vỉa hè"),
    F("ở 5 quận", "5", "count", "quận", "quận cấp phép sử dụng tạm thời vỉa hè"),
    F("thêm 180 km", "180", "measure", "km", "vỉa hè cải tạo thêm", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 1.200 tỷ đồng", "1.200", "money", "đồng", "nguồn vốn cải tạo vỉa hè", mult=1e9, approx="about",
      status="forecast", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("tối thiểu 1,5 m", "1,5", "measure", "m", "chiều rộng phần đi bộ", approx="at_least", optional=True),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ sáu, 18/10/2024, 14:20 (GMT+7)'): sidewalk renovation in TP HCM, 9 months 2024.",
    "'22 giờ đến 5 giờ' are times of day. 'đạt 74,7% kế hoạch năm' is the percent of 112 km. District items after 'trong đó' are parts of the 112 km (total), districts as location;",
    "  'Quận 1', 'Quận 10', 'đường 3 Tháng 2', 'tổng đài 1022' are names, not figures. 'TP Thủ Đức' is a city (district level).",
    "'gấp 3 lần gạch terrazzo' is a multiple standing alone. '30% trong số đó' is a percent: no whole in km, so no total.",
    "'tăng 2,3 lần so với cùng kỳ' is the change of 15,6 tỷ; 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "'mục tiêu … 180 km' is a target; 'nguồn vốn dự kiến khoảng 1.200 tỷ' carries its own cue (forecast).",
    "Optional: headline 'hơn 110 km' (restates the lead), the design norm 'tối thiểu 1,5 m'. Stock figures (4.800 km, 1.912 hộ) have no period phrase.",
]

emit(7, TEXT, COMMENTS, FIGS, published="2024-10-18", location="TP Hồ Chí Minh")
