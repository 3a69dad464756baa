"""p1034-6: national newspaper (VnExpress style), TP HCM: công chứng nhà đất trước khi áp giá đất mới."""
from lib import C, F, I, P, write

TEXT = """Thời sự › Pháp luật
Thứ năm, 15/8/2024, 17:40 (GMT+7)

Người dân đổ xô công chứng nhà đất trước khi áp giá đất mới

TP HCM - Hồ sơ công chứng nhà đất tại nhiều văn phòng tăng 30-40% từ đầu tháng 8 đến nay, có nơi phải làm việc đến 21h.

Sáng 14/8, tại một văn phòng công chứng trên đường 3/2, quận 10, hơn 200 người ngồi chờ ký hợp đồng chuyển nhượng. Trưởng văn phòng cho biết những ngày này đơn vị tiếp nhận khoảng 350 hồ sơ mỗi ngày, gấp đôi ngày thường.

Theo Hội Công chứng viên TP HCM, 7 tháng đầu năm, 137 tổ chức hành nghề công chứng trên địa bàn đã công chứng khoảng 612.000 việc, trong đó hơn 58% là hợp đồng, giao dịch liên quan đến nhà, đất. Riêng tháng 7, số việc đạt 103.500, tăng 21% so với tháng 6.

Nguyên nhân là từ ngày 1/8, Luật Đất đai 2024 có hiệu lực và bảng giá đất điều chỉnh đang được xây dựng, khiến nhiều người lo chi phí thuế, phí tăng. Theo dự thảo, giá đất tại một số tuyến đường ở quận 1 dự kiến tăng gấp 4-5 lần, như đường Đồng Khởi lên tới 687,2 triệu đồng/m2.

Phí công chứng hợp đồng chuyển nhượng tính theo giá trị tài sản, tối đa 70 triệu đồng/trường hợp. Với căn nhà trị giá 5 tỷ đồng, người mua phải trả 3,2 triệu đồng phí công chứng.

Ông Nguyễn Văn Bảy, công chứng viên tại TP Thủ Đức, cho biết thời gian chờ hiện là 2-3 giờ, thay vì khoảng 30 phút như trước. Sở Tư pháp dự kiến bổ sung 15 công chứng viên cho các văn phòng quá tải trong tháng 9.

Lê Tuyết
"""

P7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
FIGS = [
    F("tăng 30-40%", "30", 30, "percent", "%", "tốc độ tăng hồ sơ công chứng nhà đất",
      P("từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-15"), value_max=40),
    F("hơn 200 người", "200", 200, "count", "người", "người chờ ký hợp đồng chuyển nhượng",
      P("Sáng 14/8", "2024-08-14", "2024-08-14"), approx="over", location="Quận 10"),
    F("khoảng 350 hồ sơ", "350", 350, "measure", "hồ sơ/ngày",
      "hồ sơ văn phòng công chứng tiếp nhận mỗi ngày", approx="about", location="Quận 10",
      change=C("increase", 2, "lần", "ngày thường")),
    F("137 tổ chức", "137", 137, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng", P7),
    F("khoảng 612.000 việc", "612.000", 612000, "count", "việc", "việc công chứng", P7,
      approx="about"),
    F("hơn 58%", "58", 58, "percent", "%",
      "tỷ lệ hợp đồng, giao dịch liên quan đến nhà, đất", P7, approx="over"),
    F("đạt 103.500", "103.500", 103500, "count", "việc", "số việc công chứng",
      P("tháng 7", "2024-07-01", "2024-07-31"), change=C("increase", 21, "%", "tháng 6")),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "giá đất tại một số tuyến đường ở quận 1",
      value_max=5, status="forecast", location="Quận 1"),
    F("687,2 triệu đồng/m2", "687,2", 687.2e6, "money", "đồng/m2", "giá đất đường Đồng Khởi",
      status="forecast", location="Quận 1"),
    F("tối đa 70 triệu", "70", 70e6, "money", "đồng/trường hợp",
      "phí công chứng hợp đồng chuyển nhượng", approx="at_most"),
    F("trị giá 5 tỷ đồng", "5", 5e9, "money", "đồng", "giá trị căn nhà", optional=True),
    F("trả 3,2 triệu đồng", "3,2", 3.2e6, "money", "đồng",
      "phí công chứng cho căn nhà trị giá 5 tỷ đồng"),
    F("là 2-3 giờ", "2", 2, "measure", "giờ", "thời gian chờ công chứng", value_max=3,
      location="Thủ Đức"),
    F("khoảng 30 phút", "30", 30, "measure", "phút", "thời gian chờ công chứng trước đây",
      approx="about", location="Thủ Đức"),
    F("bổ sung 15 công chứng viên", "15", 15, "count", "công chứng viên",
      "công chứng viên bổ sung cho các văn phòng quá tải", P("tháng 9", "2024-09-01", "2024-09-30"),
      status="forecast"),
]

HEADER = [
    "National newspaper (VnExpress style), TP HCM: rush to notarise land transfers before the new land price table (August 2024).",
    "Dateline 'Thứ năm, 15/8/2024, 17:40 (GMT+7)'. 'đường 3/2', 'quận 10', 'quận 1', 'TP Thủ Đức', '21h', 'ngày 1/8',",
    "'Luật Đất đai 2024', the names 'Nguyễn Văn Bảy', 'Lê Tuyết' are not figures.",
    "Year-less periods ('Sáng 14/8', '7 tháng đầu năm', 'tháng 7', 'tháng 9') take 2024 from the dateline.",
    "'khoảng 350 hồ sơ mỗi ngày' is a rate (measure, hồ sơ/ngày) with change 'gấp đôi ngày thường' (2 lần); no period ('những ngày này').",
    "'tăng gấp 4-5 lần' stands as the claim (no base amount): a multiple, forecast ('dự kiến'); the example house value '5 tỷ đồng' is optional.",
    "The quận/TP Thủ Đức of an office is the location of its figures; the fee cap keeps the article's TP Hồ Chí Minh (the text does not say national).",
]

write("p1034-6", TEXT, HEADER, FIGS, published="2024-08-15", location="TP Hồ Chí Minh")
