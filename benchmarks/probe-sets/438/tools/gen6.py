from lib import *

TEXT = """Giảm tình trạng học sinh bỏ học ở vùng dân tộc thiểu số và miền núi

(Chinhphu.vn/MOET) - Theo báo cáo của Bộ Giáo dục và Đào tạo, năm học 2023-2024 cả nước có khoảng 17,8 nghìn học sinh phổ thông bỏ học, chiếm 0,1% tổng số học sinh; tình trạng này tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Tỷ lệ học sinh bỏ học cấp trung học cơ sở cao nhất thuộc về các tỉnh Điện Biên (1,42%), Lai Châu (1,35%), Hà Giang (1,18%) và Sơn La (0,97%), cao gấp nhiều lần mức bình quân cả nước (0,21%). Điện Biên đứng thứ nhất và Lai Châu đứng thứ hai cả nước về tỷ lệ bỏ học cấp này.

Hiện cả nước có 320 trường phổ thông dân tộc nội trú với hơn 114.000 học sinh và 1.120 trường phổ thông dân tộc bán trú với khoảng 203.000 học sinh. Năm 2024, ngân sách nhà nước dành gần 2,9 nghìn tỷ đồng thực hiện chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn, tăng 12% so với năm 2023.

Về phổ cập giáo dục, tính đến tháng 9/2024, 63/63 tỉnh, thành phố đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi; 35 tỉnh, thành phố đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 2 đạt 97,9%.

Thứ trưởng Phạm Ngọc Thưởng cho biết, Bộ sẽ tiếp tục triển khai Chương trình giáo dục phổ thông 2018. Mục tiêu đến năm 2030, tỷ lệ học sinh bỏ học cấp trung học cơ sở ở vùng đồng bào dân tộc thiểu số giảm xuống dưới 0,5%; tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 98%; 100% trường phổ thông dân tộc nội trú đạt chuẩn quốc gia.

Bộ đề nghị các địa phương rà soát, bố trí đủ giáo viên, trong đó tỉnh Lai Châu cần bổ sung khoảng 1.500 giáo viên, tỉnh Điện Biên cần từ 1.200 đến 1.300 giáo viên trong giai đoạn 2024-2026.

Ban Biên tập Cổng thông tin điện tử Bộ GD&ĐT - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội

18/10/2024
"""

Y = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
YI = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inh=True)
D = P("tính đến tháng 9/2024", None, "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
S = "tỷ lệ học sinh bỏ học cấp trung học cơ sở"

FIGS = [
    F("khoảng 17,8 nghìn", "17,8", 17800, "count", "học sinh", "học sinh phổ thông bỏ học", Y, approx="about", percent=0.1),
    F("Điện Biên (1,42%)", "1,42", 1.42, "percent", "%", S, YI, location="Điện Biên"),
    F("Lai Châu (1,35%)", "1,35", 1.35, "percent", "%", S, YI, location="Lai Châu"),
    F("Hà Giang (1,18%)", "1,18", 1.18, "percent", "%", S, YI, location="Hà Giang"),
    F("Sơn La (0,97%)", "0,97", 0.97, "percent", "%", S, YI, location="Sơn La"),
    F("cả nước (0,21%)", "0,21", 0.21, "percent", "%", S + " bình quân cả nước", YI),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "tỷ lệ bỏ học cấp trung học cơ sở", YI, location="Điện Biên"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "tỷ lệ bỏ học cấp trung học cơ sở", YI, location="Lai Châu"),
    F("có 320 trường", "320", 320, "count", "trường", "trường phổ thông dân tộc nội trú"),
    F("hơn 114.000 học sinh", "114.000", 114000, "count", "học sinh", "học sinh trường phổ thông dân tộc nội trú", approx="over"),
    F("1.120 trường", "1.120", 1120, "count", "trường", "trường phổ thông dân tộc bán trú"),
    F("khoảng 203.000 học sinh", "203.000", 203000, "count", "học sinh", "học sinh trường phổ thông dân tộc bán trú", approx="about"),
    F("gần 2,9 nghìn tỷ đồng", "2,9", 2.9e12, "money", "đồng", "ngân sách nhà nước thực hiện chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="nearly", change=C("increase", 12, "%", "năm 2023")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", D, total=63),
    F("trẻ em 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("35 tỉnh", "35", 35, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", D),
    F("từ 15 đến 35 tuổi", "15", 15, "measure", "tuổi", value_max=35, optional=True),
    F("đạt 97,9%", "97,9", 97.9, "percent", "%", "tỷ lệ người từ 15 đến 35 tuổi biết chữ mức độ 2", D),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ học sinh bỏ học cấp trung học cơ sở ở vùng đồng bào dân tộc thiểu số", T30,
      approx="under", status="target"),
    F("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", T30, status="target"),
    F("100% trường", "100", 100, "percent", "%", "trường phổ thông dân tộc nội trú đạt chuẩn quốc gia", T30, status="target"),
    F("khoảng 1.500 giáo viên", "1.500", 1500, "count", "giáo viên", "giáo viên cần bổ sung", G, approx="about", location="Lai Châu"),
    F("từ 1.200 đến 1.300", "1.200", 1200, "count", "giáo viên", "giáo viên cần bổ sung", G, value_max=1300, location="Điện Biên"),
]

emit("p438-6", TEXT, [
    "Bộ GD&ĐT news relayed on the ministry portal: national dropouts, provinces with the highest THCS dropout rates, boarding schools,",
    "universal education, 2030 targets. No dateline at the top; bare date '18/10/2024' at the end (published).",
    "Distractors: 'Chương trình giáo dục phổ thông 2018', address '35 Đại Cồ Việt', '(Chinhphu.vn/MOET)'. Ages optional.",
    "National figures: location Việt Nam (default). The province list items carry their province as location, subject the list's indicator.",
    "'Điện Biên đứng thứ nhất và Lai Châu đứng thứ hai': ranks with the named province as location.",
    "'63/63 tỉnh, thành phố' total 63; '35 tỉnh, thành phố' has no cue: no total. '17,8 nghìn … chiếm 0,1%': percent attribute.",
    "'tập trung … miền núi phía Bắc và Tây Nguyên' names regions but gives no figure. 'cao gấp nhiều lần' has no number.",
    "'cần bổ sung khoảng 1.500 / từ 1.200 đến 1.300 giáo viên' are needs (actual), per province.",
], FIGS, published="2024-10-18", location="Việt Nam")
