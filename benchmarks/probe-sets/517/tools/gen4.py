"""p517-4: Ministry (Bộ NN&PTNT) site, national forest protection results 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp
Ngày đăng: 12/01/2024 | Lượt xem: 3.127

Năm 2023, tỷ lệ che phủ rừng toàn quốc đạt 42,02%

Ngày 11/1, tại Hà Nội, Cục Kiểm lâm tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Theo báo cáo, tính đến ngày 31/12/2023, tổng diện tích rừng cả nước là 14.860.309 ha, trong đó rừng tự nhiên 10.129.751 ha, rừng trồng 4.730.558 ha. Tỷ lệ che phủ rừng đạt 42,02%.

Trong năm 2023, cả nước xảy ra 395 vụ cháy rừng, diện tích rừng bị thiệt hại khoảng 1.100 ha, giảm 29% về số vụ và giảm 39% về diện tích so với năm 2022. Các địa phương có diện tích rừng bị cháy lớn là Điện Biên (185,6 ha), Lai Châu (142,3 ha), Sơn La (97 ha) và Hà Giang (88,5 ha).

Lực lượng Kiểm lâm đã chủ trì, phối hợp phát hiện 10.832 vụ vi phạm pháp luật về lâm nghiệp, giảm 8,2% so với năm 2022, trong đó xử lý hình sự 452 vụ; thu nộp ngân sách nhà nước hơn 156,8 tỷ đồng. Hai địa phương có số vụ vi phạm nhiều nhất là Đắk Lắk và Gia Lai, lần lượt 1.126 vụ và 987 vụ.

Cả nước trồng được 245.000 ha rừng tập trung, đạt 102% kế hoạch, trồng gần 98,6 triệu cây phân tán; sản lượng gỗ khai thác từ rừng trồng đạt khoảng 38 triệu m³.

Năm 2024, ngành phấn đấu trồng mới 240.000 ha rừng tập trung, duy trì tỷ lệ che phủ rừng toàn quốc trên 42%; đến năm 2030, tỷ lệ che phủ rừng đạt 43%. Thứ trưởng đề nghị các địa phương bám sát Quyết định số 523/QĐ-TTg ngày 01/4/2021 phê duyệt Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("toàn quốc đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", Y23),
    F("là 14.860.309 ha", "14.860.309", 14860309, "measure", "ha", "tổng diện tích rừng", ASOF),
    F("tự nhiên 10.129.751 ha", "10.129.751", 10129751, "measure", "ha", "diện tích rừng tự nhiên", ASOF, total=14860309),
    F("rừng trồng 4.730.558 ha", "4.730.558", 4730558, "measure", "ha", "diện tích rừng trồng", ASOF, total=14860309),
    F("Tỷ lệ che phủ rừng đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng", I(ASOF)),
    F("xảy ra 395 vụ", "395", 395, "count", "vụ", "vụ cháy rừng", IN23,
      change=CH("decrease", 29, "%", "năm 2022")),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích rừng bị thiệt hại", IN23, approx="about",
      change=CH("decrease", 39, "%", "năm 2022")),
    F("Điện Biên (185,6 ha)", "185,6", 185.6, "measure", "ha", "diện tích rừng bị cháy", I(IN23), location="Điện Biên"),
    F("Lai Châu (142,3 ha)", "142,3", 142.3, "measure", "ha", "diện tích rừng bị cháy", I(IN23), location="Lai Châu"),
    F("Sơn La (97 ha)", "97", 97, "measure", "ha", "diện tích rừng bị cháy", I(IN23), location="Sơn La"),
    F("Hà Giang (88,5 ha)", "88,5", 88.5, "measure", "ha", "diện tích rừng bị cháy", I(IN23), location="Hà Giang"),
    F("phát hiện 10.832 vụ", "10.832", 10832, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", I(IN23),
      change=CH("decrease", 8.2, "%", "năm 2022")),
    F("hình sự 452 vụ", "452", 452, "count", "vụ", "vụ vi phạm xử lý hình sự", I(IN23), total=10832),
    F("hơn 156,8 tỷ đồng", "156,8", 156800000000, "money", "đồng", "thu nộp ngân sách nhà nước", I(IN23), approx="over"),
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương có số vụ vi phạm nhiều nhất", optional=True),
    F("lần lượt 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ vi phạm", I(IN23), location="Đắk Lắk"),
    F("và 987 vụ", "987", 987, "count", "vụ", "vụ vi phạm", I(IN23), location="Gia Lai"),
    F("được 245.000 ha", "245.000", 245000, "measure", "ha", "diện tích trồng rừng tập trung", I(IN23), percent=102),
    F("gần 98,6 triệu cây", "98,6", 98600000, "count", "cây", "cây phân tán trồng được", I(IN23), approx="nearly"),
    F("khoảng 38 triệu m³", "38", 38000000, "measure", "m³", "sản lượng gỗ khai thác từ rừng trồng", I(IN23),
      approx="about"),
    F("mới 240.000 ha", "240.000", 240000, "measure", "ha", "diện tích trồng mới rừng tập trung", Y24, status="target"),
    F("toàn quốc trên 42%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", Y24, approx="over",
      status="target"),
    F("đạt 43%", "43", 43, "percent", "%", "tỷ lệ che phủ rừng", T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: Cục Kiểm lâm tổng kết năm 2023 (diện tích rừng, che phủ, cháy rừng, vi phạm, trồng rừng, mục tiêu 2024/2030).",
    "National figures: location Việt Nam; provinces in the bracketed and 'lần lượt' lists are the items' locations.",
    "'giảm 29% về số vụ và giảm 39% về diện tích' pair off with 395 vụ and 1.100 ha. 'đạt 102% kế hoạch' is the percent of 245.000 ha.",
    "Paragraphs 3-4 carry no period phrase: the year 2023 is inherited. Rates '42%'/'43%' under phấn đấu/đến năm 2030 are targets.",
    "Distractors: Lượt xem 3.127, 'Ngày 11/1', Quyết định số 523/QĐ-TTg ngày 01/4/2021, 'giai đoạn 2021-2030', 'Hai địa phương' is optional (a framing count).",
]

if __name__ == "__main__":
    emit("p517-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
