from lib import build, F, P, C, T

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động

Chuẩn bị làm việc với Đoàn thanh tra lần thứ 5 của Ủy ban châu Âu về chống khai thác IUU
Thứ Hai, 21/10/2024 - 16:40

Chiều 21/10, tại Hà Nội, Thứ trưởng Phùng Đức Tiến chủ trì cuộc họp chuẩn bị làm việc với Đoàn thanh tra lần thứ 5 của Ủy ban châu Âu (EC). Việt Nam bị EC áp dụng cảnh báo "thẻ vàng" từ ngày 23/10/2017.

Theo báo cáo của Cục Thủy sản, tính đến ngày 15/10/2024, cả nước có 86.820 tàu cá đăng ký, đạt 100% cập nhật trên Cơ sở dữ liệu nghề cá quốc gia (VNFishbase); trong đó có 29.314 tàu cá có chiều dài từ 15 m trở lên. Số tàu từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình là 29.251 chiếc, đạt 99,8%; số tàu chưa lắp còn 63 chiếc, tập trung tại Bình Thuận (17 chiếc), Cà Mau (14 chiếc) và Bà Rịa - Vũng Tàu (9 chiếc).

Từ đầu năm 2024 đến nay, cả nước ghi nhận 3 tàu cá/19 ngư dân bị nước ngoài bắt giữ, giảm mạnh so với năm 2023 (11 tàu/96 ngư dân).

Về xử phạt, từ năm 2023 đến nay, các địa phương đã xử lý 5.246 vụ vi phạm với tổng số tiền phạt hơn 82,6 tỷ đồng; trong đó vi phạm mất kết nối VMS quá 10 ngày trên biển là 1.013 vụ, chiếm 19,3%.

Hiện nay, 28/28 tỉnh, thành phố ven biển đã kết nối hệ thống truy xuất nguồn gốc điện tử (eCDT) tại 61 cảng cá được chỉ định, trong đó 52 cảng đã triển khai thí điểm.

Thứ trưởng yêu cầu các địa phương thực hiện nghiêm Chỉ thị số 32-CT/TW và Quyết định số 81/QĐ-TTg; phấn đấu đến ngày 31/12/2024, 100% tàu cá cập, rời cảng được giám sát qua eCDT, tạo cơ sở để EC gỡ "thẻ vàng" trong năm 2025.

Văn phòng Bộ - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

AS = P("tính đến ngày 15/10/2024", None, "2024-10-15")
ASi = P("tính đến ngày 15/10/2024", None, "2024-10-15", inherited=True)
Y24 = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-10-21")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
S23 = P("từ năm 2023 đến nay", "2023-01-01", "2024-10-21")
S23i = P("từ năm 2023 đến nay", "2023-01-01", "2024-10-21", inherited=True)
END = P("đến ngày 31/12/2024", None, "2024-12-31")

UNL = "tàu chưa lắp thiết bị giám sát hành trình"
FIGS = [
    F("lần thứ 5 của Ủy ban châu Âu về", "5", 5, "count", "lần", "đoàn thanh tra của EC", optional=True),
    F("lần thứ 5 của Ủy ban châu Âu (EC)", "5", 5, "count", "lần", "đoàn thanh tra của EC", optional=True),
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đăng ký", percent=100, period=AS),
    F("có 29.314 tàu cá", "29.314", 29314, "count", "tàu cá", "tàu cá có chiều dài từ 15 m trở lên",
      total=86820, period=AS),
    F("dài từ 15 m trở lên.", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("tàu từ 15 m trở lên đã", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("là 29.251 chiếc", "29.251", 29251, "count", "chiếc", "tàu từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình",
      percent=99.8, period=ASi),
    F("còn 63 chiếc", "63", 63, "count", "chiếc", UNL, period=ASi),
    F("Bình Thuận (17 chiếc)", "17", 17, "count", "chiếc", UNL, location="Bình Thuận", period=ASi),
    F("Cà Mau (14 chiếc)", "14", 14, "count", "chiếc", UNL, location="Cà Mau", period=ASi),
    F("Vũng Tàu (9 chiếc)", "9", 9, "count", "chiếc", UNL, location="Bà Rịa - Vũng Tàu", period=ASi),
    F("ghi nhận 3 tàu cá", "3", 3, "count", "tàu cá", "tàu cá bị nước ngoài bắt giữ", period=Y24),
    F("/19 ngư dân", "19", 19, "count", "ngư dân", "ngư dân bị nước ngoài bắt giữ", period=Y24),
    F("(11 tàu", "11", 11, "count", "tàu", "tàu cá bị nước ngoài bắt giữ", period=Y23),
    F("/96 ngư dân", "96", 96, "count", "ngư dân", "ngư dân bị nước ngoài bắt giữ", period=Y23),
    F("xử lý 5.246 vụ", "5.246", 5246, "count", "vụ", "vụ vi phạm được xử lý", period=S23),
    F("hơn 82,6 tỷ đồng", "82,6", 82600000000, "money", "đồng", "tổng số tiền phạt", approx="over", period=S23),
    F("là 1.013 vụ", "1.013", 1013, "count", "vụ", "vi phạm mất kết nối VMS quá 10 ngày trên biển",
      total=5246, percent=19.3, period=S23),
    F("quá 10 ngày", "10", 10, "measure", "ngày", "thời gian mất kết nối", approx="over", optional=True),
    F("28/28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển đã kết nối hệ thống truy xuất nguồn gốc điện tử (eCDT)",
      total=28),
    F("tại 61 cảng cá", "61", 61, "count", "cảng cá", "cảng cá được chỉ định"),
    F("trong đó 52 cảng", "52", 52, "count", "cảng", "cảng đã triển khai thí điểm eCDT", total=61),
    F("2024, 100% tàu cá", "100", 100, "percent", "%", "tàu cá cập, rời cảng được giám sát qua eCDT",
      status="target", period=END),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), dateline 'Thứ Hai, 21/10/2024 - 16:40'. National figures: location Việt Nam; the meeting venue 'tại Hà Nội' and",
    "the ministry's address are no place of any figure. Provinces in the bracketed list of unfitted vessels are those items' locations.",
    "'lần thứ 5' (inspection edition) is a label: optional. 'thẻ vàng từ ngày 23/10/2017' is a date.",
    "'đạt 100% cập nhật trên … VNFishbase' is the percent of 86.820 tàu cá. 29.314 after 'trong đó' has total 86.820.",
    "'3 tàu cá/19 ngư dân' and '(11 tàu/96 ngư dân)': the slash joins two different counts (vessels and crew), not part and whole: four counts, no total.",
    "The bracketed 2023 counts are figures with period năm 2023 (same sentence). 'giảm mạnh' has no number: no change.",
    "'từ năm 2023 đến nay' runs to the dateline. '1.013 vụ, chiếm 19,3%' after 'trong đó': total 5.246 and percent 19,3. 'quá 10 ngày' threshold optional.",
    "'28/28 tỉnh, thành phố' a count with total 28; '52 cảng' after 'trong đó' total 61. 'Hiện nay' gives no period.",
    "'phấn đấu đến ngày 31/12/2024, 100% …' is a target with an as-of end. Distractors: Chỉ thị số 32-CT/TW, Quyết định số 81/QĐ-TTg, 'Số 2 Ngọc Hà'.",
]

build("p451-4", TEXT, FIGS, COMMENTS, "Việt Nam", "2024-10-21")
