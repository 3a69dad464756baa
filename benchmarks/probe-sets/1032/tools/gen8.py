"""p1032-8: provincial newspaper online (Báo Bạc Liêu, '(BBL) -'), rong câu in extensive shrimp ponds, 2022-2023."""
from lib import F, P, I, C, T, build

TEXT = """BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế › Nông nghiệp

Rong câu mang về hơn 180 tỷ đồng cho nông dân

05/06/2023 16:40

(BBL) - Năm 2022, toàn tỉnh có khoảng 7.600 ha nuôi rong câu xen canh trong ao tôm quảng canh, tập trung ở các huyện Đông Hải (4.850 ha), Hòa Bình (1.420 ha) và thị xã Giá Rai (960 ha). Sản lượng rong câu khô cả năm đạt 12.350 tấn, tăng 8,5% so với năm 2021, mang về cho nông dân hơn 180 tỷ đồng.

5 tháng đầu năm 2023, sản lượng rong câu khô ước đạt 4.900 tấn, bằng 37,7% kế hoạch năm, giảm 6,4% so với cùng kỳ. Kế hoạch năm 2023 của tỉnh là 13.000 tấn rong câu khô.

Giá rong câu khô hiện được thương lái thu mua từ 14.000 - 16.000 đồng/kg, thấp hơn khoảng 2.000 đồng/kg so với cuối năm 2022. Với mức giá này, rong câu vẫn mang lại thêm 20-25 triệu đồng/ha/năm ngoài nguồn thu từ con tôm.

Ông Lâm Văn Chín, ngụ ấp 3, xã Long Điền Đông (huyện Đông Hải), nuôi 3 ha tôm kết hợp rong câu, cho biết mỗi năm gia đình thu khoảng 2,5 tấn rong khô. "Rong câu giúp ổn định môi trường ao nuôi, tôm ít bệnh hơn", ông Chín nói.

Hiện trên địa bàn tỉnh có 2 doanh nghiệp và 14 cơ sở thu mua, sơ chế rong câu; khoảng 70% sản lượng được xuất sang Trung Quốc. Tỉnh phấn đấu đến năm 2025 diện tích nuôi rong câu đạt 9.000 ha, trong đó có ít nhất 1.500 ha đạt chứng nhận VietGAP hoặc ASC.

THANH PHONG
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
CN = P("cả năm", "2022-01-01", "2022-12-31")
M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích nuôi rong câu xen canh trong ao tôm quảng canh"
DH = "Đông Hải"

FIGS = [
    F("mang về hơn 180 tỷ đồng cho", "180", 180e9, "money", "đồng", "giá trị rong câu mang về cho nông dân",
      approx="over"),
    F("khoảng 7.600 ha", "7.600", 7600, "measure", "ha", AREA, Y22, approx="about"),
    F("Đông Hải (4.850 ha)", "4.850", 4850, "measure", "ha", AREA, Y22, location=DH),
    F("Hòa Bình (1.420 ha)", "1.420", 1420, "measure", "ha", AREA, Y22, location="Hòa Bình"),
    F("Giá Rai (960 ha)", "960", 960, "measure", "ha", AREA, Y22, location="Giá Rai"),
    F("đạt 12.350 tấn", "12.350", 12350, "measure", "tấn", "sản lượng rong câu khô", CN,
      change=C("increase", 8.5, baseline="năm 2021")),
    F("nông dân hơn 180 tỷ đồng", "180", 180e9, "money", "đồng", "giá trị rong câu mang về cho nông dân", CN,
      approx="over"),
    F("ước đạt 4.900 tấn", "4.900", 4900, "measure", "tấn", "sản lượng rong câu khô", M5, status="estimate",
      percent=37.7, change=C("decrease", 6.4, baseline="cùng kỳ")),
    F("là 13.000 tấn", "13.000", 13000, "measure", "tấn", "kế hoạch sản lượng rong câu khô",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("từ 14.000 - 16.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá rong câu khô thương lái thu mua",
      value_max=16000, change=C("decrease", 2000, "đồng/kg", baseline="cuối năm 2022", approx="about")),
    F("thêm 20-25 triệu đồng/ha/năm", "20", 20e6, "money", "đồng/ha/năm", "thu nhập thêm từ rong câu",
      value_max=25e6),
    F("nuôi 3 ha", "3", 3, "measure", "ha", "diện tích nuôi tôm kết hợp rong câu của gia đình ông Lâm Văn Chín",
      location=DH),
    F("khoảng 2,5 tấn rong khô", "2,5", 2.5, "measure", "tấn", "rong khô gia đình thu mỗi năm", approx="about",
      location=DH),
    F("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp thu mua, sơ chế rong câu"),
    F("và 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở thu mua, sơ chế rong câu"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "tỷ lệ sản lượng rong câu xuất sang Trung Quốc",
      approx="about"),
    F("đạt 9.000 ha", "9.000", 9000, "measure", "ha", "diện tích nuôi rong câu", T25, status="target"),
    F("ít nhất 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích rong câu đạt chứng nhận VietGAP hoặc ASC", T25,
      approx="at_least", status="target", total=9000),
]

COMMENTS = [
    "Báo Bạc Liêu online: headline figure, dateline '05/06/2023 16:40', tag '(BBL) -' (implies Bạc Liêu); rong câu in shrimp ponds.",
    "The headline 'hơn 180 tỷ đồng' is a figure of its own (no period). District list in brackets after 'tập trung ở' does not add up",
    "to 7.600 (7.230) and has no part cue, so no total. 'cả năm' in the sentence after 'Năm 2022' = 2022 (its own phrase, scored).",
    "'bằng 37,7% kế hoạch năm' → percent of 4.900 tấn; the plan 13.000 tấn is its own target figure (other sentence, so not a target",
    "attribute). 'ít nhất 1.500 ha' after 'trong đó' → total 9.000, at_least, target. Household example → Đông Hải.",
    "Distractors: 'ấp 3', names 'Lâm Văn Chín'/'ông Chín', dateline time 16:40, 'VietGAP', byline THANH PHONG.",
]

build("p1032-8", TEXT, FIGS, COMMENTS, published="2023-06-05", location="Bạc Liêu")
