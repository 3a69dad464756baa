from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Xã hội

Mái ấm của hơn 200 mảnh đời bất hạnh

Những năm qua, Trung tâm Bảo trợ xã hội tỉnh Thái Bình (đóng tại xã Vũ Chính, thành phố Thái Bình) luôn là điểm tựa của những người già neo đơn, trẻ em mồ côi và người khuyết tật không nơi nương tựa.

Hiện Trung tâm đang chăm sóc, nuôi dưỡng 214 đối tượng, tăng 18 người so với cùng kỳ năm trước; trong đó có 37 trẻ em mồ côi, 68 người cao tuổi cô đơn, 109 người tâm thần, người khuyết tật nặng. Đối tượng nhỏ tuổi nhất mới 3 tháng tuổi, lớn tuổi nhất đã 96 tuổi.

Trung tâm có 52 cán bộ, nhân viên, trong đó 31 người trực tiếp chăm sóc đối tượng, bình quân mỗi nhân viên chăm sóc gần 7 đối tượng. Mức trợ cấp nuôi dưỡng từ 1,5 đến 2,5 triệu đồng/người/tháng tùy nhóm đối tượng, chưa kể tiền thuốc, quần áo.

Năm 2024, tổng kinh phí hoạt động của Trung tâm là 8,9 tỷ đồng, trong đó ngân sách tỉnh cấp 7,6 tỷ đồng; nguồn xã hội hóa đạt 1,3 tỷ đồng, tăng 30% so với năm 2023. Trong 11 tháng qua, Trung tâm đã tiếp nhận 2 trẻ sơ sinh bị bỏ rơi, đưa 5 đối tượng về tái hòa nhập cộng đồng và làm thủ tục cho 3 trẻ được nhận làm con nuôi.

"Năm 2025, chúng tôi phấn đấu nâng quy mô lên 250 giường, đưa khu nhà A2 vào sử dụng và tăng thêm 8 nhân viên chăm sóc", ông Nguyễn Văn Thịnh, Giám đốc Trung tâm cho biết. Mọi sự giúp đỡ xin liên hệ số điện thoại 0227.3847.125.

Minh Hương
12/12/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M11 = P("11 tháng qua", "2024-01-01", "2024-11-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIG = [
    F("hơn 200 mảnh đời", "200", 200, "count", "mảnh đời", "mảnh đời bất hạnh", approx="over"),
    F("nuôi dưỡng 214 đối tượng", "214", 214, "count", "đối tượng",
      "đối tượng Trung tâm đang chăm sóc, nuôi dưỡng",
      change=CH("increase", 18, unit="người", baseline="cùng kỳ năm trước")),
    F("có 37 trẻ em", "37", 37, "count", "trẻ em", "trẻ em mồ côi", total=214),
    F("68 người cao tuổi", "68", 68, "count", "người cao tuổi", "người cao tuổi cô đơn", total=214),
    F("109 người", "109", 109, "count", "người", "người tâm thần, người khuyết tật nặng", total=214),
    F("mới 3 tháng tuổi", "3", 3, "measure", "tháng tuổi", "đối tượng nhỏ tuổi nhất", optional=True),
    F("đã 96 tuổi", "96", 96, "measure", "tuổi", "đối tượng lớn tuổi nhất", optional=True),
    F("có 52 cán bộ", "52", 52, "count", "cán bộ, nhân viên", "cán bộ, nhân viên của Trung tâm"),
    F("31 người trực tiếp", "31", 31, "count", "người", "người trực tiếp chăm sóc đối tượng", total=52),
    F("gần 7 đối tượng", "7", 7, "measure", "đối tượng", "đối tượng bình quân mỗi nhân viên chăm sóc",
      approx="nearly"),
    F("từ 1,5 đến 2,5 triệu", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức trợ cấp nuôi dưỡng",
      value_max=2.5e6),
    F("là 8,9 tỷ đồng", "8,9", 8.9e9, "money", "đồng", "tổng kinh phí hoạt động của Trung tâm", Y24),
    F("cấp 7,6 tỷ đồng", "7,6", 7.6e9, "money", "đồng", "ngân sách tỉnh cấp", Y24, total=8.9e9),
    F("đạt 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "nguồn xã hội hóa", Y24, total=8.9e9,
      change=CH("increase", 30, baseline="năm 2023")),
    F("tiếp nhận 2 trẻ", "2", 2, "count", "trẻ sơ sinh", "trẻ sơ sinh bị bỏ rơi được tiếp nhận", M11),
    F("đưa 5 đối tượng", "5", 5, "count", "đối tượng", "đối tượng về tái hòa nhập cộng đồng", M11),
    F("cho 3 trẻ", "3", 3, "count", "trẻ", "trẻ được nhận làm con nuôi", M11),
    F("lên 250 giường", "250", 250, "count", "giường", "quy mô Trung tâm", Y25, status="target"),
    F("thêm 8 nhân viên", "8", 8, "count", "nhân viên", "nhân viên chăm sóc tăng thêm", Y25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình), byline and bare date '12/12/2024' at the end: the provincial social protection centre.",
    "214 'tăng 18 người so với cùng kỳ năm trước' → change; 37 + 68 + 109 = 214 after 'trong đó'. 31 of 52 staff ('trong đó').",
    "'trong đó ngân sách tỉnh cấp 7,6 tỷ đồng; nguồn xã hội hóa đạt 1,3 tỷ đồng' are parts of 8,9 tỷ (the cue continues after ';'), 7,6 + 1,3 = 8,9.",
    "'bình quân mỗi nhân viên chăm sóc gần 7 đối tượng' is a rate (measure). '11 tháng qua' = Jan-Nov 2024 (published 12/12/2024).",
    "Optional: the ages of the youngest and oldest residents. Distractors: 'xã Vũ Chính', 'khu nhà A2', phone 0227.3847.125, closing date.",
]

emit("p568-5", TEXT, COMMENTS, FIG, published="2024-12-12", location="Thái Bình")
