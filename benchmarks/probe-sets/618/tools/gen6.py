"""p618-6: national press — avian influenza, low poultry vaccination coverage, March 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Nông nghiệp
Thứ tư, 13/3/2024, 06:30 (GMT+7)

Hơn 60% đàn gia cầm chưa được tiêm vắc xin cúm

Cả nước có khoảng 557 triệu con gia cầm nhưng năm 2023 chỉ khoảng 215 triệu con được tiêm phòng cúm, tương đương 38,6%, theo Cục Thú y.

Từ đầu năm đến ngày 10/3, cúm gia cầm A/H5N1 đã xuất hiện tại 9 ổ dịch thuộc 7 tỉnh, buộc tiêu hủy gần 12.500 con gia cầm. Trong khi đó, ngày 26/2, Campuchia ghi nhận ca tử vong thứ 5 do cúm A/H5N1 kể từ đầu năm 2023.

Theo ông Nguyễn Văn Long, Cục trưởng Cục Thú y, khoảng 65-70% đàn gia cầm được nuôi trong nông hộ, quy mô dưới 500 con, nên khó tổ chức tiêm phòng. Giá mỗi liều vắc xin chỉ 300-500 đồng, nhưng người nuôi chủ yếu chỉ tiêm khi dịch đã xảy ra.

Việt Nam hiện có 3 doanh nghiệp sản xuất vắc xin cúm gia cầm với năng lực khoảng 600 triệu liều/năm, đủ đáp ứng nhu cầu trong nước. Năm 2023, các doanh nghiệp này xuất khẩu 32 triệu liều, tăng 45% so với năm 2022.

Năm 2024, ngân sách trung ương dự kiến hỗ trợ 20 tỷ đồng vắc xin cho các địa phương có nguy cơ cao. Cục Thú y đặt mục tiêu đến năm 2025 tỷ lệ tiêm phòng cúm gia cầm tại các vùng nguy cơ cao đạt 70% tổng đàn.

Theo Quyết định 02/2017/QĐ-TTg, hộ chăn nuôi có gia cầm buộc phải tiêu hủy do dịch được hỗ trợ 35.000 đồng/con.

Gia Chính
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến ngày 10/3", "2023-01-01", "2023-03-10")

FIGS = [
    F("Hơn 60%", "60", 60, "percent", "%", "đàn gia cầm chưa được tiêm vắc xin cúm", INH(Y23), approx="over"),
    F("khoảng 557 triệu", "557", 557e6, "count", "con gia cầm", "đàn gia cầm cả nước", approx="about"),
    F("khoảng 215 triệu", "215", 215e6, "count", "con", "gia cầm được tiêm phòng cúm", Y23,
      approx="about", percent=38.6),
    F("tại 9 ổ dịch", "9", 9, "count", "ổ dịch", "ổ dịch cúm gia cầm A/H5N1", YTD),
    F("thuộc 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm A/H5N1", YTD),
    F("gần 12.500 con", "12.500", 12500, "count", "con gia cầm", "gia cầm buộc tiêu hủy", YTD, approx="nearly"),
    F("khoảng 65-70%", "65", 65, "percent", "%", "đàn gia cầm được nuôi trong nông hộ",
      value_max=70, approx="about"),
    F("dưới 500 con", "500", 500, "count", "con", "quy mô nuôi trong nông hộ", approx="under", optional=True),
    F("chỉ 300-500 đồng", "300", 300, "money", "đồng", "giá mỗi liều vắc xin cúm gia cầm", value_max=500),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp sản xuất vắc xin cúm gia cầm"),
    F("khoảng 600 triệu liều/năm", "600", 600e6, "measure", "liều/năm",
      "năng lực sản xuất vắc xin cúm gia cầm", approx="about"),
    F("xuất khẩu 32 triệu liều", "32", 32e6, "count", "liều", "vắc xin cúm gia cầm xuất khẩu",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 45, "%", "năm 2022")),
    F("hỗ trợ 20 tỷ đồng", "20", 20e9, "money", "đồng", "ngân sách trung ương hỗ trợ vắc xin cho các địa phương có nguy cơ cao",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("đạt 70% tổng đàn", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm tại các vùng nguy cơ cao",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("35.000 đồng/con", "35.000", 35000, "money", "đồng/con", "mức hỗ trợ gia cầm buộc phải tiêu hủy do dịch"),
]

COMMENTS = [
    "National press, 'Thứ tư, 13/3/2024, 06:30 (GMT+7)', byline at the end: avian influenza and poultry vaccination coverage.",
    "Headline 'Hơn 60%' takes the lead's 'năm 2023' (inherited). 215 triệu con: 'tương đương 38,6%' is its share (percent).",
    "The herd size 'Cả nước có khoảng 557 triệu con' states no period of its own (present tense): none.",
    "Ranges '65-70%' (about) and '300-500 đồng' (per dose, money). 'quy mô dưới 500 con' is a threshold: optional.",
    "'khoảng 600 triệu liều/năm' is a capacity rate (measure, liều/năm). 'dự kiến' → forecast; 'đặt mục tiêu đến năm 2025' → target.",
    "Cambodia's figure is a foreign fact with an ordinal ('ca tử vong thứ 5'): not a figure. Location: Việt Nam throughout.",
    "'Từ đầu năm đến ngày 10/3' has no year: by FIGURES.md it takes the year of the nearest earlier period, the lead's 'năm 2023'",
    "(not the 2024 dateline), so 2023-01-01..2023-03-10, although a reader would take 2024.",
    "revised: that period was first annotated 2024-01-01..2024-03-10 (reader's sense); changed to the spec's nearest-earlier-period rule.",
    "Distractors: (GMT+7), dates 10/3 and 26/2, A/H5N1, 'thứ 5', Quyết định 02/2017/QĐ-TTg.",
]

if __name__ == "__main__":
    emit("p618-6", TEXT, COMMENTS, FIGS, published="2024-03-13", location="Việt Nam")
