from lib import *

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch

Sơ kết 4 năm thực hiện Đề án phát triển kinh tế ban đêm

Sáng 12/9, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị sơ kết 4 năm thực hiện Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ phê duyệt Đề án phát triển kinh tế ban đêm ở Việt Nam.

Theo báo cáo, đến nay đã có 52/63 tỉnh, thành phố ban hành kế hoạch phát triển kinh tế ban đêm; cả nước hình thành 146 tuyến phố đi bộ và 93 chợ đêm, trong đó 38 tuyến phố đi bộ hoạt động thường xuyên hằng đêm.

Năm 2023, khách quốc tế chi tiêu bình quân 1.690 USD/lượt, trong đó chi cho các dịch vụ về đêm chiếm khoảng 22%. Kết quả tại một số địa phương:

Địa phương	Số tuyến phố đi bộ	Lượt khách về đêm năm 2023 (triệu lượt)	Tăng so với năm 2022 (%)
Hà Nội	12	18,4	26,7
TP. Hồ Chí Minh	9	15,2	31,5
Quảng Ninh	5	4,6	19,8
Đà Nẵng	7	6,3	23,1

6 tháng đầu năm 2024, tổng thu từ khách du lịch cả nước ước đạt 416 nghìn tỷ đồng, tăng 36,2% so với cùng kỳ; trong đó doanh thu từ các hoạt động về đêm khoảng 62 nghìn tỷ đồng.

Đề án đặt mục tiêu đến năm 2025 hình thành ít nhất 10 khu vực kinh tế ban đêm tại các trung tâm du lịch lớn, chi tiêu của khách cho dịch vụ về đêm tăng bình quân 10-15%/năm; đến năm 2030, chi tiêu về đêm chiếm 15-20% tổng chi tiêu của khách du lịch.

Phát biểu tại hội nghị, Thứ trưởng đề nghị các địa phương tháo gỡ vướng mắc về quy hoạch không gian, bảo đảm an ninh trật tự và vệ sinh môi trường tại các khu vực hoạt động về đêm.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Sơ kết 4 năm thực hiện Đề án", "4", 4, "measure", "năm", optional=True),
    F("sơ kết 4 năm thực hiện Quyết định", "4", 4, "measure", "năm", optional=True),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố ban hành kế hoạch phát triển kinh tế ban đêm"),
    F("hình thành 146 tuyến", "146", 146, "count", "tuyến phố đi bộ", subject="tuyến phố đi bộ"),
    F("và 93 chợ đêm", "93", 93, "count", "chợ đêm", subject="chợ đêm"),
    F("trong đó 38 tuyến", "38", 38, "count", "tuyến phố đi bộ", total=146,
      subject="tuyến phố đi bộ hoạt động thường xuyên hằng đêm"),
    F("bình quân 1.690 USD", "1.690", 1690, "money", "USD/lượt", subject="chi tiêu bình quân của khách quốc tế", period=Y23),
    F("chiếm khoảng 22%", "22", 22, "percent", "%", approx="about", subject="chi cho các dịch vụ về đêm", period=Y23),
]
rows = [("Hà Nội", "12", "18,4", "26,7"), ("TP. Hồ Chí Minh", "9", "15,2", "31,5"),
        ("Quảng Ninh", "5", "4,6", "19,8"), ("Đà Nẵng", "7", "6,3", "23,1")]
for place, s, v, g in rows:
    FIGS += [
        F(f"{place}\t{s}\t", s, num(s), "count", "tuyến phố đi bộ", subject="Số tuyến phố đi bộ",
          period=P("đến nay", inh=True), location=place),
        F(f"\t{v}\t", v, round(num(v) * 1e6), "count", "lượt", subject="Lượt khách về đêm năm 2023",
          period=Y23, location=place),
        F(f"\t{g}\n", g, num(g), "percent", "%", subject="Tăng lượt khách về đêm so với năm 2022",
          period=Y23i, location=place),
    ]
FIGS += [
    F("ước đạt 416 nghìn tỷ", "416", 416e12, "money", "đồng", status="estimate",
      change=C("increase", 36.2, baseline="cùng kỳ"), subject="tổng thu từ khách du lịch", period=H1),
    F("khoảng 62 nghìn tỷ", "62", 62e12, "money", "đồng", approx="about", status="estimate", total=416e12,
      subject="doanh thu từ các hoạt động về đêm", period=H1),
    F("ít nhất 10 khu vực", "10", 10, "count", "khu vực kinh tế ban đêm", approx="at_least", status="target",
      subject="khu vực kinh tế ban đêm tại các trung tâm du lịch lớn", period=TO25),
    F("bình quân 10-15%/năm", "10", 10, "percent", "%", value_max=15, status="target",
      subject="tăng chi tiêu của khách cho dịch vụ về đêm", period=TO25),
    F("chiếm 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
      subject="chi tiêu về đêm trong tổng chi tiêu của khách du lịch", period=TO30),
]

write("p370-6", [
    "Ministry site (Bộ VHTTDL), national; no dateline (published null), breadcrumb menu. Sơ kết 4 năm Đề án phát triển kinh tế ban đêm (QĐ 1129/QĐ-TTg).",
    "'4 năm' (the span being reviewed) optional. 'tại Hà Nội' is the venue only: national figures keep location Việt Nam.",
    "'đến nay' with no dateline gives no dates, so those figures have no period. '52/63' total 63; 'trong đó 38 tuyến' total 146.",
    "'trong đó chi cho các dịch vụ về đêm chiếm khoảng 22%': a share without its own amount, so a percent figure, not the 1.690 USD's percent.",
    "Tab-flattened table: province rows -> location; '(triệu lượt)' x1e6; growth '(%)' column = percent figures (period inherited from the header",
    "of the neighbouring column); the count-of-streets column has no period ('đến nay', inherited, not scored).",
    "'trong đó ... khoảng 62 nghìn tỷ' is part of the 416 nghìn tỷ (total) and continues 'ước đạt' (estimate). Target ranges with value_max.",
    "Distractors: Sáng 12/9, QĐ số 1129/QĐ-TTg ngày 27/7/2020, '63' inside 52/63 (attribute), breadcrumb.",
], TEXT, FIGS, location="Việt Nam")
