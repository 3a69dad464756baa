from lib import F, P, CH, TG, emit

TEXT = """UBND HUYỆN KIM SƠN
Tin kinh tế

Làng nghề cói Kim Sơn giữ vững thị trường xuất khẩu

Quý I/2024, các làng nghề chế biến cói trên địa bàn huyện Kim Sơn sản xuất khoảng 1,9 triệu sản phẩm các loại; kim ngạch xuất khẩu ước đạt 5,6 triệu USD, tăng 11,3% so với cùng kỳ.

Huyện hiện có 10 làng nghề cói được công nhận với 2.350 hộ, 7.200 lao động thường xuyên và hơn 5.000 lao động thời vụ, chủ yếu là phụ nữ và người cao tuổi. Thu nhập bình quân của lao động làng nghề đạt 4,8 triệu đồng/người/tháng. Toàn huyện có 28 doanh nghiệp, hợp tác xã thu mua và xuất khẩu sản phẩm cói sang hơn 30 quốc gia, vùng lãnh thổ. Diện tích trồng cói năm 2023 là 480 ha, năng suất bình quân 13,5 tấn/ha.

Kết quả sản xuất, tiêu thụ sản phẩm cói quý I
Chỉ tiêu	Đơn vị tính	Quý I/2023	Quý I/2024	So sánh (%)
Sản phẩm cói xuất khẩu	nghìn sản phẩm	1.540	1.720	111,7
Giá trị sản xuất	tỷ đồng	132,4	148,9	112,5
Kim ngạch xuất khẩu	triệu USD	5,03	5,6	111,3

Để giảm ô nhiễm từ công đoạn nhuộm màu, huyện đã hỗ trợ 3 cơ sở đầu tư hệ thống xử lý nước thải với kinh phí 1,2 tỷ đồng. Năm 2024, huyện phấn đấu kim ngạch xuất khẩu sản phẩm cói đạt 24 triệu USD, tăng 8% so với năm 2023.

Phòng Kinh tế và Hạ tầng huyện Kim Sơn
Địa chỉ: Thị trấn Phát Diệm, huyện Kim Sơn, tỉnh Ninh Bình
15/04/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
Q1_23 = P("Quý I/2023", "2023-01-01", "2023-03-31")
ROWS = [
    ("Sản phẩm cói xuất khẩu", "1.540", "1.720", "111,7", "count", "sản phẩm", 1e3),
    ("Giá trị sản xuất", "132,4", "148,9", "112,5", "money", "đồng", 1e9),
    ("Kim ngạch xuất khẩu", "5,03", "5,6", "111,3", "money", "USD", 1e6),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("khoảng 1,9 triệu sản phẩm", "1,9", 1.9e6, "count", "sản phẩm", "sản phẩm cói sản xuất", Q1, approx="about"),
    F("ước đạt 5,6 triệu USD", "5,6", 5.6e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói", Q1, status="estimate",
      change=CH("increase", 11.3, "%", "cùng kỳ")),
    F("có 10 làng nghề", "10", 10, "count", "làng nghề", "làng nghề cói được công nhận"),
    F("với 2.350 hộ", "2.350", 2350, "count", "hộ", "hộ làng nghề cói"),
    F("7.200 lao động", "7.200", 7200, "count", "lao động", "lao động thường xuyên"),
    F("hơn 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động thời vụ", approx="over"),
    F("đạt 4,8 triệu", "4,8", 4.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề"),
    F("có 28 doanh nghiệp", "28", 28, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã thu mua và xuất khẩu sản phẩm cói"),
    F("hơn 30 quốc gia", "30", 30, "count", "quốc gia, vùng lãnh thổ", "quốc gia, vùng lãnh thổ nhập khẩu sản phẩm cói",
      approx="over"),
    F("là 480 ha", "480", 480, "measure", "ha", "diện tích trồng cói", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 13,5 tấn/ha", "13,5", 13.5, "measure", "tấn/ha", "năng suất cói bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
]
for label, a, b, c, kind, unit, mult in ROWS:
    FIGS += [
        F(f"\t{a}\t", a, num(a) * mult, kind, unit, f"{label} Quý I/2023", Q1_23),
        F(f"\t{b}\t", b, num(b) * mult, kind, unit, f"{label} Quý I/2024", Q1),
        F(f"\t{c}\n", c, num(c), "percent", "%", f"{label} so sánh Quý I/2024 với Quý I/2023", Q1i),
    ]
FIGS += [
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư hệ thống xử lý nước thải"),
    F("kinh phí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ đầu tư hệ thống xử lý nước thải"),
    F("đạt 24 triệu USD", "24", 24e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target", change=CH("increase", 8, "%", "năm 2023")),
]

COMMENTS = [
    "District portal (UBND huyện Kim Sơn, Ninh Bình): làng nghề cói quý I/2024; tab-separated table Quý I/2023 | Quý I/2024 | So sánh (%).",
    "Bare date '15/04/2024' at the end under the office and address → published. Default location Kim Sơn; Phát Diệm (address) is furniture.",
    "Table: unit column 'nghìn sản phẩm' (×10³), 'tỷ đồng' (×10⁹), 'triệu USD' (×10⁶); period from the column headers (scored);",
    "the 'So sánh (%)' column (index, previous year = 100) takes the period of what was done (Quý I/2024, inherited: not written in the column).",
    "'hiện có' gives no period; 'Diện tích trồng cói năm 2023' dates the sentence's 480 ha and 13,5 tấn/ha. 24 triệu USD target with change 8%.",
]

emit("p323-8", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Kim Sơn")
