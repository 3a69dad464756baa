"""p947-6: national newspaper (VnExpress style), TP Hồ Chí Minh, year 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ năm, 16/1/2025, 10:20 (GMT+7)

TP HCM đưa hơn 1.300 người lang thang vào cơ sở bảo trợ

Năm 2024, lực lượng chức năng Thành phố Hồ Chí Minh đã tập trung 1.326 người lang thang, xin ăn, sinh sống nơi công cộng, trong đó có 412 người tâm thần và 96 trẻ em. Số người phải đưa vào các cơ sở bảo trợ xã hội của thành phố tăng 15% so với năm 2023.

Ông Lê Văn Khoa, Phó giám đốc Sở Lao động - Thương binh và Xã hội, cho biết thành phố hiện có 8 cơ sở bảo trợ xã hội công lập, như Trung tâm Hỗ trợ xã hội, Cơ sở xã hội Nhị Xuân, Trung tâm Bảo trợ xã hội Tân Hiệp, đang nuôi dưỡng gần 6.000 người, vượt 20% công suất thiết kế. Tại nhiều cơ sở, mỗi nhân viên phải chăm sóc 25-30 người, trong khi định mức là 12 người.

Khoảng 70% người lang thang được tập trung trong năm 2024 có quê ở tỉnh khác; nhiều người đã bị đưa vào trung tâm ba, bốn lần. Ông N.V.H., 62 tuổi, quê Bến Tre, xin ăn ở khu vực chợ Bến Thành, kể mỗi ngày ông xin được khoảng 200.000 đồng.

Theo Sở, chi phí nuôi dưỡng bình quân khoảng 4,5 triệu đồng/người/tháng. Tổng ngân sách chi cho các cơ sở bảo trợ xã hội năm 2024 là 386 tỷ đồng, bằng 104% dự toán.

Năm 2025, thành phố dự kiến đầu tư 1.200 tỷ đồng mở rộng Cơ sở xã hội Nhị Xuân ở huyện Hóc Môn, nâng sức chứa thêm 1.500 chỗ. Dự án phải hoàn thành trước quý IV/2026 để giảm tình trạng quá tải.

Đình Văn
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hơn 1.300 người", "1.300", 1300, "count", "người", "người lang thang đưa vào cơ sở bảo trợ", approx="over"),
    F("tập trung 1.326 người", "1.326", 1326, "count", "người", "người lang thang, xin ăn, sinh sống nơi công cộng được tập trung", Y24),
    F("có 412 người", "412", 412, "count", "người", "người tâm thần được tập trung", Y24, total=1326),
    F("và 96 trẻ em", "96", 96, "count", "trẻ em", "trẻ em được tập trung", Y24, total=1326),
    F("tăng 15%", "15", 15, "percent", "%", "số người phải đưa vào các cơ sở bảo trợ xã hội của thành phố", I(Y24)),
    F("có 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở bảo trợ xã hội công lập"),
    F("gần 6.000 người", "6.000", 6000, "count", "người", "người đang được nuôi dưỡng", approx="nearly",
      change=C("increase", 20, "%", "công suất thiết kế")),
    F("chăm sóc 25-30 người", "25", 25, "measure", "người/nhân viên", "người mỗi nhân viên phải chăm sóc",
      value_max=30),
    F("là 12 người", "12", 12, "measure", "người/nhân viên", "định mức chăm sóc mỗi nhân viên"),
    F("Khoảng 70%", "70", 70, "percent", "%", "người lang thang được tập trung có quê ở tỉnh khác",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("ba, bốn lần", "ba", 3, "count", "lần", "số lần bị đưa vào trung tâm", value_max=4, optional=True),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi của ông N.V.H.", optional=True),
    F("khoảng 200.000 đồng", "200.000", 200000, "money", "đồng/ngày", "tiền xin được mỗi ngày", approx="about"),
    F("khoảng 4,5 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng", "chi phí nuôi dưỡng bình quân",
      approx="about"),
    F("là 386 tỷ đồng", "386", 386e9, "money", "đồng", "ngân sách chi cho các cơ sở bảo trợ xã hội",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=104),
    F("đầu tư 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "đầu tư mở rộng Cơ sở xã hội Nhị Xuân", Y25,
      status="forecast"),
    F("thêm 1.500 chỗ", "1.500", 1500, "count", "chỗ", "sức chứa tăng thêm", Y25, status="forecast"),
]

NOTES = [
    "VnExpress style: TP Hồ Chí Minh, người lang thang đưa vào cơ sở bảo trợ năm 2024; dateline Thứ năm, 16/1/2025, 10:20 (GMT+7).",
    "The year-less headline has no period. 'vượt 20% công suất thiết kế' is the change of the 6.000 (a gap to a planned level).",
    "'tăng 15%' with no base amount is a percent figure. 'ba, bốn lần' (anecdotal) and '62 tuổi' (a person's age) are optional.",
    "Per-carer loads are rates (measure, người/nhân viên). 'mỗi ngày ... khoảng 200.000 đồng' is money per day.",
    "Distractors: 10:20 (GMT+7), chợ Bến Thành, N.V.H., huyện Hóc Môn, quý IV/2026 (a deadline).",
]

write("p947-6", TEXT, FIGS, NOTES, published="2025-01-16", location="TP Hồ Chí Minh")
