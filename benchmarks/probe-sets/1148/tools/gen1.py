"""p1148-1: Bắc Ninh province portal, hazardous industrial waste 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Bắc Ninh: Gần 98% chất thải nguy hại công nghiệp được chuyển giao xử lý

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.415

(bacninh.gov.vn) - 9 tháng đầu năm 2024, các cơ sở sản xuất công nghiệp trên địa bàn tỉnh Bắc Ninh phát sinh khoảng 61.850 tấn chất thải nguy hại (CTNH), tăng 8,7% so với cùng kỳ năm 2023. Trong đó, khối lượng được chuyển giao cho đơn vị có chức năng xử lý là 60.420 tấn, chiếm 97,7%; số còn lại 1.430 tấn đang được lưu giữ tạm thời tại cơ sở phát sinh. Riêng quý III, lượng CTNH phát sinh là 21.760 tấn.

Toàn tỉnh hiện có 1.126 chủ nguồn thải CTNH đã đăng ký, tập trung tại các khu công nghiệp Yên Phong, Quế Võ và Tiên Sơn. Ngành điện tử phát sinh lớn nhất với khoảng 27.300 tấn (chiếm 44,1%), tiếp đến là cơ khí, xi mạ 9.860 tấn và dệt nhuộm 6.240 tấn.

Trên địa bàn tỉnh có 4 cơ sở được Bộ Tài nguyên và Môi trường cấp phép xử lý CTNH với tổng công suất khoảng 320 tấn/ngày. Tại huyện Thuận Thành, Công ty TNHH Môi trường Đông Á vận hành lò đốt công suất 3.000 kg/giờ, mỗi ngày tiếp nhận từ 45 đến 60 tấn chất thải của gần 400 doanh nghiệp.

Từ đầu năm đến nay, Sở Tài nguyên và Môi trường đã kiểm tra 86 cơ sở, trong đó 19 cơ sở vi phạm quy định về quản lý CTNH; UBND tỉnh đã ban hành 17 quyết định xử phạt theo Nghị định số 45/2022/NĐ-CP với tổng số tiền hơn 2,6 tỷ đồng.

Năm 2024, tỉnh phấn đấu 100% CTNH phát sinh được thu gom, xử lý đúng quy định; dự kiến trong quý IV đưa vào vận hành thêm một lò đốt công suất 2 tấn/giờ tại Khu xử lý chất thải Phù Lãng (huyện Quế Võ).
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
TT = "Thuận Thành"

FIGS = [
    F("Gần 98%", "98", 98, "percent", "%", approx="nearly",
      subject="chất thải nguy hại công nghiệp được chuyển giao xử lý"),
    F("khoảng 61.850 tấn", "61.850", 61850, "measure", "tấn", approx="about",
      change=C("increase", 8.7, "%", "cùng kỳ năm 2023"),
      subject="chất thải nguy hại phát sinh từ các cơ sở sản xuất công nghiệp", period=NINE),
    F("là 60.420 tấn", "60.420", 60420, "measure", "tấn", total=61850, percent=97.7,
      subject="khối lượng CTNH được chuyển giao cho đơn vị có chức năng xử lý", period=I(NINE)),
    F("còn lại 1.430 tấn", "1.430", 1430, "measure", "tấn", total=61850,
      subject="CTNH đang được lưu giữ tạm thời tại cơ sở phát sinh", period=I(NINE)),
    F("là 21.760 tấn", "21.760", 21760, "measure", "tấn", subject="lượng CTNH phát sinh", period=Q3),
    F("có 1.126 chủ", "1.126", 1126, "count", "chủ nguồn thải", subject="chủ nguồn thải CTNH đã đăng ký"),
    F("khoảng 27.300 tấn", "27.300", 27300, "measure", "tấn", approx="about", percent=44.1,
      subject="CTNH phát sinh ngành điện tử", period=I(NINE)),
    F("xi mạ 9.860 tấn", "9.860", 9860, "measure", "tấn",
      subject="CTNH phát sinh ngành cơ khí, xi mạ", period=I(NINE)),
    F("dệt nhuộm 6.240 tấn", "6.240", 6240, "measure", "tấn",
      subject="CTNH phát sinh ngành dệt nhuộm", period=I(NINE)),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở",
      subject="cơ sở được Bộ Tài nguyên và Môi trường cấp phép xử lý CTNH"),
    F("khoảng 320 tấn/ngày", "320", 320, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất các cơ sở xử lý CTNH"),
    F("3.000 kg/giờ", "3.000", 3000, "measure", "kg/giờ",
      subject="công suất lò đốt của Công ty TNHH Môi trường Đông Á", location=TT),
    F("từ 45 đến 60 tấn", "45", 45, "measure", "tấn/ngày", value_max=60,
      subject="chất thải Công ty TNHH Môi trường Đông Á tiếp nhận mỗi ngày", location=TT),
    F("gần 400 doanh nghiệp", "400", 400, "count", "doanh nghiệp", approx="nearly",
      subject="doanh nghiệp có chất thải được Công ty TNHH Môi trường Đông Á tiếp nhận", location=TT),
    F("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", subject="cơ sở được Sở Tài nguyên và Môi trường kiểm tra",
      period=YTD),
    F("19 cơ sở vi phạm", "19", 19, "count", "cơ sở", total=86,
      subject="cơ sở vi phạm quy định về quản lý CTNH", period=YTD),
    F("17 quyết định", "17", 17, "count", "quyết định", subject="quyết định xử phạt", period=YTD),
    F("hơn 2,6 tỷ", "2,6", 2600000000, "money", "đồng", approx="over",
      subject="tổng số tiền xử phạt", period=YTD),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="CTNH phát sinh được thu gom, xử lý đúng quy định", period=Y24),
    F("thêm một lò đốt", "một", 1, "count", "lò đốt", status="forecast",
      subject="lò đốt đưa vào vận hành thêm", period=Q4, location="Quế Võ"),
    F("2 tấn/giờ", "2", 2, "measure", "tấn/giờ", status="forecast",
      subject="công suất lò đốt đưa vào vận hành thêm", period=Q4, location="Quế Võ"),
]

NOTES = [
    "Province portal (Bắc Ninh): hazardous industrial waste 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.415'.",
    "Distractors: view counter 2.415, time 08:30, 'Nghị định số 45/2022/NĐ-CP', KCN names Yên Phong / Quế Võ / Tiên Sơn.",
    "60.420 + 1.430 = 61.850 (parts after 'Trong đó', across a sentence break). 'Riêng quý III' is not a part cue: no total.",
    "Sector figures (điện tử / cơ khí, xi mạ / dệt nhuộm) have no cue: no total; 9 months inherited. 'Từ đầu năm đến nay' ends at the dateline.",
    "Company passage located in huyện Thuận Thành; the new incinerator at Phù Lãng (huyện Quế Võ) gets Quế Võ. 'mỗi ngày tiếp nhận' → tấn/ngày.",
]

if __name__ == "__main__":
    write("p1148-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
