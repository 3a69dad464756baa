"""p837-8: provincial newspaper online (Báo Gia Lai, '(GLO) -' tag), maize crop 1 2023, headline with a figure."""
from lib import F, P, Y, C, T, write

text = """Báo Gia Lai điện tử › Kinh tế › Nông nghiệp

Thu hoạch ngô vụ 1, nông dân lãi 15-18 triệu đồng/ha
Thứ năm, 14/09/2023 | 16:20

(GLO) - Những ngày này, nông dân các huyện phía Đông tỉnh đang tập trung thu hoạch ngô vụ 1. Giá ngô tươi năm nay ở mức 5.500-5.800 đồng/kg, cao hơn năm trước khoảng 700 đồng/kg nên bà con khá phấn khởi.

Theo Sở Nông nghiệp và PTNT, vụ 1 năm 2023 toàn tỉnh gieo trồng 48.620 ha ngô, bằng 101,3% so với cùng kỳ; đến ngày 10/9 đã thu hoạch 31.200 ha. Năng suất ước đạt 52 tạ/ha, sản lượng ước đạt gần 253.000 tấn. Các huyện có diện tích ngô lớn lần lượt là Kông Chro (9.450 ha), Kbang (7.820 ha), Đak Pơ (6.300 ha) và Mang Yang (5.140 ha).

Tại huyện Kông Chro, tỷ lệ diện tích sử dụng giống ngô lai chiếm 97%; có 38 tổ liên kết với 1.650 hộ ký hợp đồng bao tiêu với doanh nghiệp. Năm nay, huyện đã chuyển 285 ha lúa nước thiếu nguồn tưới sang trồng ngô và đậu tương.

9 tháng đầu năm, tổng giá trị sản xuất ngô toàn tỉnh ước đạt 1.420/1.380 tỷ đồng kế hoạch, tăng 9,5% so với cùng kỳ năm 2022.

Ông Rơ Mah Tuấn (làng Tơ Kơn, xã Yang Nam, huyện Kông Chro) cho hay: "Gia đình tôi trồng 2 ha ngô dọc Quốc lộ 19, năm nay thu được 11 tấn".

Dự kiến đến cuối tháng 9, toàn tỉnh thu hoạch dứt điểm ngô vụ 1; vụ 2 dự kiến gieo trồng khoảng 21.000 ha.

MINH PHƯƠNG
"""

N23 = Y("năm nay", 2023)
figs = [
    F("lãi 15-18 triệu đồng/ha", "15", 15000000, "money", "đồng/ha", "lãi trồng ngô vụ 1", value_max=18000000),
    F("mức 5.500-5.800 đồng/kg", "5.500", 5500, "money", "đồng/kg", "giá ngô tươi", value_max=5800,
      change=C("increase", 700, "đồng/kg", "năm trước", "about"), period=N23),
    F("gieo trồng 48.620 ha ngô", "48.620", 48620, "measure", "ha", "diện tích ngô vụ 1 gieo trồng",
      percent=101.3, period=Y("vụ 1 năm 2023", 2023)),
    F("thu hoạch 31.200 ha", "31.200", 31200, "measure", "ha", "diện tích ngô vụ 1 đã thu hoạch",
      period=P("đến ngày 10/9", None, "2023-09-10")),
    F("ước đạt 52 tạ/ha", "52", 52, "measure", "tạ/ha", "năng suất ngô vụ 1", status="estimate",
      period=Y("vụ 1 năm 2023", 2023, True)),
    F("gần 253.000 tấn", "253.000", 253000, "measure", "tấn", "sản lượng ngô vụ 1", approx="nearly",
      status="estimate", period=Y("vụ 1 năm 2023", 2023, True)),
    F("Kông Chro (9.450 ha)", "9.450", 9450, "measure", "ha", "diện tích ngô", location="Kông Chro",
      period=Y("vụ 1 năm 2023", 2023, True)),
    F("Kbang (7.820 ha)", "7.820", 7820, "measure", "ha", "diện tích ngô", location="Kbang",
      period=Y("vụ 1 năm 2023", 2023, True)),
    F("Đak Pơ (6.300 ha)", "6.300", 6300, "measure", "ha", "diện tích ngô", location="Đak Pơ",
      period=Y("vụ 1 năm 2023", 2023, True)),
    F("Mang Yang (5.140 ha)", "5.140", 5140, "measure", "ha", "diện tích ngô", location="Mang Yang",
      period=Y("vụ 1 năm 2023", 2023, True)),
    F("chiếm 97%", "97", 97, "percent", "%", "tỷ lệ diện tích sử dụng giống ngô lai", location="Kông Chro"),
    F("có 38 tổ liên kết", "38", 38, "count", "tổ liên kết", "tổ liên kết ký hợp đồng bao tiêu",
      location="Kông Chro"),
    F("1.650 hộ", "1.650", 1650, "count", "hộ", "hộ ký hợp đồng bao tiêu với doanh nghiệp", location="Kông Chro"),
    F("chuyển 285 ha", "285", 285, "measure", "ha", "lúa nước thiếu nguồn tưới chuyển sang trồng ngô và đậu tương",
      location="Kông Chro", period=Y("Năm nay", 2023)),
    F("ước đạt 1.420/1.380 tỷ", "1.420", 1420000000000, "money", "đồng", "tổng giá trị sản xuất ngô toàn tỉnh",
      target=T(1380000000000, "đồng"), change=C("increase", 9.5, "%", "cùng kỳ năm 2022"), status="estimate",
      period=P("9 tháng đầu năm", "2023-01-01", "2023-09-30")),
    F("trồng 2 ha ngô", "2", 2, "measure", "ha", "diện tích ngô gia đình ông Rơ Mah Tuấn", location="Kông Chro",
      optional=True),
    F("thu được 11 tấn", "11", 11, "measure", "tấn", "sản lượng ngô gia đình ông Rơ Mah Tuấn",
      location="Kông Chro", optional=True),
    F("khoảng 21.000 ha", "21.000", 21000, "measure", "ha", "diện tích ngô vụ 2 gieo trồng", approx="about",
      status="forecast"),
]

notes = [
    "Báo Gia Lai online: '(GLO) -' tag, headline with a figure (no year), dateline 'Thứ năm, 14/09/2023 | 16:20', byline at the end.",
    "The province is named only through the paper ('Báo Gia Lai', tag GLO) and 'tỉnh': the tag implies Gia Lai (spec).",
    "Distractors: 'Quốc lộ 19', 'làng Tơ Kơn', 'xã Yang Nam', 'vụ 1'/'vụ 2' (crop numbers), 'đến cuối tháng 9', time 16:20.",
    "'ước đạt 1.420/1.380 tỷ đồng kế hoạch' -> target 1.380 tỷ (plan), not a total. '9 tháng đầu năm' takes 2023 (vụ 1 năm 2023 earlier).",
    "'bằng 101,3% so với cùng kỳ' is the share (percent) of the 48.620 ha. 'đến ngày 10/9' = as-of 2023-09-10.",
    "Ranking list with 'lần lượt' does not add up: no total. Kông Chro paragraph: location Kông Chro.",
    "Quoted farmer's figures optional. 'vụ 2 dự kiến ... khoảng 21.000 ha' is a forecast with no dated period phrase.",
]
write(8, text, figs, notes, published="2023-09-14", location="Gia Lai")
