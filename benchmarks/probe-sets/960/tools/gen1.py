from lib import F, P, I, C, T, build

TEXT = """Cổng Thông tin điện tử tỉnh Sơn La
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 1.100 cán bộ, công chức được bồi dưỡng tiếng Thái, tiếng Mông

Cập nhật: 18/06/2024 09:45 | Lượt xem: 2.317

Thực hiện Kế hoạch số 96/KH-UBND ngày 12/4/2022 của UBND tỉnh về bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức, viên chức giai đoạn 2022-2025, 6 tháng đầu năm 2024, Sở Nội vụ tỉnh Sơn La phối hợp với Trường Chính trị tỉnh mở 38 lớp bồi dưỡng tiếng Thái và tiếng Mông, tăng 9 lớp so với cùng kỳ năm 2023.

Tổng số học viên tham gia là 1.146 người, đạt 82% kế hoạch năm; trong đó tiếng Thái có 27 lớp với 812 học viên, tiếng Mông có 11 lớp với 334 học viên. Học viên là người Kinh chiếm khoảng 64%. Riêng quý II/2024 mở 21 lớp với 637 học viên.

Mỗi lớp học kéo dài từ 2 đến 3 tháng, thời lượng 240 tiết; học viên ở xa được hỗ trợ 50.000 đồng/người/ngày tiền ăn. Kinh phí thực hiện từ đầu năm đến nay ước đạt 3,6 tỷ đồng từ ngân sách tỉnh.

Kết quả kiểm tra cuối khóa, 96,5% học viên đạt yêu cầu, trong đó 31,2% đạt loại khá, giỏi. Các huyện có số học viên đông nhất là Thuận Châu (186 người), Mường La (154 người) và Sốp Cộp (129 người).

Theo kế hoạch, năm 2024 toàn tỉnh phấn đấu mở 52 lớp cho khoảng 1.400 học viên; đến năm 2025 có ít nhất 70% cán bộ, công chức cấp xã ở vùng đồng bào dân tộc thiểu số sử dụng được tiếng dân tộc nơi công tác.

Cơ quan chủ quản: UBND tỉnh Sơn La. Địa chỉ: Số 8 đường Chu Văn Thịnh, phường Chiềng Lề, thành phố Sơn La. Điện thoại: 0212.3852.145
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
FIGS = [
    F("Hơn 1.100 cán bộ", "1.100", 1100, "count", "cán bộ, công chức", approx="over",
      subject="cán bộ, công chức được bồi dưỡng tiếng Thái, tiếng Mông", period=I(H1)),
    F("mở 38 lớp", "38", 38, "count", "lớp", change=C("increase", 9, "lớp", "cùng kỳ năm 2023"),
      subject="lớp bồi dưỡng tiếng Thái và tiếng Mông", period=H1),
    F("là 1.146 người", "1.146", 1146, "count", "người", percent=82,
      subject="tổng số học viên tham gia", period=I(H1)),
    F("có 27 lớp", "27", 27, "count", "lớp", total=38, subject="lớp tiếng Thái", period=I(H1)),
    F("812 học viên", "812", 812, "count", "học viên", total=1146, subject="học viên tiếng Thái", period=I(H1)),
    F("có 11 lớp", "11", 11, "count", "lớp", total=38, subject="lớp tiếng Mông", period=I(H1)),
    F("334 học viên", "334", 334, "count", "học viên", total=1146, subject="học viên tiếng Mông", period=I(H1)),
    F("khoảng 64%", "64", 64, "percent", "%", approx="about", subject="học viên là người Kinh", period=I(H1)),
    F("mở 21 lớp", "21", 21, "count", "lớp", subject="lớp mở", period=Q2),
    F("637 học viên", "637", 637, "count", "học viên", subject="học viên", period=Q2),
    F("từ 2 đến 3 tháng", "2", 2, "measure", "tháng", value_max=3, subject="thời gian mỗi lớp học"),
    F("240 tiết", "240", 240, "measure", "tiết", subject="thời lượng mỗi lớp học"),
    F("50.000 đồng/người/ngày", "50.000", 50000, "money", "đồng/người/ngày",
      subject="hỗ trợ tiền ăn cho học viên ở xa"),
    F("ước đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", status="estimate", subject="kinh phí thực hiện",
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-06-18")),
    F("96,5% học viên", "96,5", 96.5, "percent", "%", subject="học viên đạt yêu cầu kiểm tra cuối khóa", period=I(H1)),
    F("31,2% đạt", "31,2", 31.2, "percent", "%", subject="học viên đạt loại khá, giỏi", period=I(H1)),
    F("(186 người)", "186", 186, "count", "người", subject="học viên", location="Thuận Châu", period=I(H1)),
    F("(154 người)", "154", 154, "count", "người", subject="học viên", location="Mường La", period=I(H1)),
    F("(129 người)", "129", 129, "count", "người", subject="học viên", location="Sốp Cộp", period=I(H1)),
    F("mở 52 lớp", "52", 52, "count", "lớp", status="target", subject="lớp bồi dưỡng tiếng dân tộc",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1.400 học viên", "1.400", 1400, "count", "học viên", approx="about", status="target",
      subject="học viên", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="cán bộ, công chức cấp xã ở vùng đồng bào dân tộc thiểu số sử dụng được tiếng dân tộc",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build("p960-1", TEXT, FIGS, published="2024-06-18", location="Sơn La", notes=[
    "Sơn La province portal: bồi dưỡng tiếng Thái, tiếng Mông cho cán bộ, công chức, H1/2024.",
    "Headline count takes the H1 period from the body (inherited). 'đạt 82% kế hoạch năm' is the percent of 1.146.",
    "Parts after 'trong đó' (27/11 lớp, 812/334 học viên) get the wholes 38 lớp / 1.146 người.",
    "Districts in brackets are locations; they do not add up to 1.146, so no total.",
    "Distractors: Kế hoạch số 96/KH-UBND ngày 12/4/2022, giai đoạn 2022-2025, Lượt xem, address, phone.",
])
