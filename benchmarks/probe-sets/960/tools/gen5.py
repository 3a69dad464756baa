from lib import F, P, I, C, T, build

TEXT = """Chú trọng bồi dưỡng tiếng Ê Đê cho cán bộ cơ sở

Những năm qua, việc bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức, viên chức công tác ở vùng đồng bào dân tộc thiểu số được tỉnh Đắk Lắk quan tâm thực hiện theo Kế hoạch số 3312/KH-UBND. Từ năm 2021 đến nay, Trường Chính trị tỉnh đã mở 23 lớp tiếng Ê Đê với 1.058 học viên tốt nghiệp, trong đó có 312 học viên là cán bộ lực lượng vũ trang.

9 tháng đầu năm 2023, trường mở 6 lớp cho 274 học viên tại các huyện Krông Búk, Ea Súp, M'Drắk và thị xã Buôn Hồ, tăng 2 lớp so với cùng kỳ năm 2022.

Theo ThS Y Kô Niê, giảng viên Khoa Dân tộc - Tôn giáo, mỗi khóa học kéo dài khoảng 4 tháng với 360 tiết; tỷ lệ học viên giao tiếp thành thạo sau khóa học đạt trên 75%. Học phí do ngân sách chi trả, bình quân gần 9 triệu đồng/học viên. Nhiều học viên là người Kinh, sau khóa học đã tự tin trò chuyện với bà con ở buôn, làm tốt hơn công tác dân vận.

Giai đoạn 2022-2023, Công an tỉnh tổ chức 11 lớp tiếng Ê Đê, tiếng Mnông cho 430 cán bộ, chiến sĩ công an xã; Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở 2 lớp cho 68 cán bộ các đồn biên phòng.

Tỉnh đặt mục tiêu đến năm 2025 có 100% cán bộ, công chức cấp xã là người Kinh ở 45 xã vùng đặc biệt khó khăn được bồi dưỡng tiếng dân tộc. Đắk Lắk có 49 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 35,7% dân số toàn tỉnh, trong đó người Ê Đê đông nhất với hơn 400.000 người.

Thực hiện Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg, thời gian tới, tỉnh tiếp tục biên soạn tài liệu, chuẩn hóa đội ngũ giảng viên dạy tiếng dân tộc.

H'XUÂN
22/11/2023
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-11-22")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
GD = P("Giai đoạn 2022-2023", "2022-01-01", "2023-12-31")
FIGS = [
    F("mở 23 lớp", "23", 23, "count", "lớp", subject="lớp tiếng Ê Đê", period=SINCE),
    F("1.058 học viên", "1.058", 1058, "count", "học viên", subject="học viên tốt nghiệp", period=SINCE),
    F("có 312 học viên", "312", 312, "count", "học viên", total=1058,
      subject="học viên là cán bộ lực lượng vũ trang", period=SINCE),
    F("mở 6 lớp", "6", 6, "count", "lớp", change=C("increase", 2, "lớp", "cùng kỳ năm 2022"),
      subject="lớp tiếng Ê Đê", period=M9),
    F("274 học viên", "274", 274, "count", "học viên", subject="học viên", period=M9),
    F("khoảng 4 tháng", "4", 4, "measure", "tháng", approx="about", subject="thời gian mỗi khóa học"),
    F("360 tiết", "360", 360, "measure", "tiết", subject="thời lượng mỗi khóa học"),
    F("trên 75%", "75", 75, "percent", "%", approx="over", subject="tỷ lệ học viên giao tiếp thành thạo sau khóa học"),
    F("gần 9 triệu đồng/học viên", "9", 9e6, "money", "đồng/học viên", approx="nearly", subject="học phí bình quân"),
    F("11 lớp", "11", 11, "count", "lớp", subject="lớp tiếng Ê Đê, tiếng Mnông của Công an tỉnh", period=GD),
    F("430 cán bộ", "430", 430, "count", "cán bộ, chiến sĩ", subject="cán bộ, chiến sĩ công an xã", period=GD),
    F("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp của Bộ Chỉ huy Bộ đội Biên phòng tỉnh", period=GD),
    F("68 cán bộ", "68", 68, "count", "cán bộ", subject="cán bộ các đồn biên phòng", period=GD),
    F("có 100%", "100", 100, "percent", "%", status="target",
      subject="cán bộ, công chức cấp xã là người Kinh được bồi dưỡng tiếng dân tộc",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("45 xã", "45", 45, "count", "xã", subject="xã vùng đặc biệt khó khăn", optional=True),
    F("49 dân tộc", "49", 49, "count", "dân tộc", subject="dân tộc cùng sinh sống"),
    F("khoảng 35,7%", "35,7", 35.7, "percent", "%", approx="about", subject="đồng bào dân tộc thiểu số trong dân số"),
    F("hơn 400.000 người", "400.000", 400000, "count", "người", approx="over", subject="người Ê Đê"),
]

build("p960-5", TEXT, FIGS, published="2023-11-22", location="Đắk Lắk", notes=[
    "Báo Đắk Lắk (Party paper): tiếng Ê Đê classes for officials, police, border guards; byline and bare date at the end.",
    "'Từ năm 2021 đến nay' ends at the bare date 22/11/2023. The districts where the 6 classes were held do not localise the figure (four places).",
    "'45 xã vùng đặc biệt khó khăn' describes the target group (optional). 'trong đó người Ê Đê ... hơn 400.000 người' follows a percent, not a count: no total.",
    "Distractors: Kế hoạch số 3312/KH-UBND, Quyết định số 1719/QĐ-TTg, 'ThS', 'H'XUÂN', bare date.",
])
