from lib import *

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin hoạt động > Môi trường

Cả nước phát sinh gần 68.000 tấn chất thải rắn sinh hoạt mỗi ngày
Ngày xuất bản: 05/06/2024

(TN&MT) - Theo Báo cáo hiện trạng môi trường quốc gia, năm 2023 cả nước phát sinh khoảng 67.877 tấn chất thải rắn sinh hoạt mỗi ngày, trong đó khu vực đô thị khoảng 35.624 tấn/ngày (chiếm 52,5%), khu vực nông thôn khoảng 32.253 tấn/ngày.

Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 96,28%, tăng 0,8% so với năm 2022; tại khu vực nông thôn đạt khoảng 66%. Một số địa phương có tỷ lệ thu gom ở nông thôn cao như Nam Định (98,5%), Hà Nam (97,6%), Bắc Ninh (97%), trong khi nhiều tỉnh miền núi mới đạt từ 30 đến 45%.

Về xử lý, 64% chất thải rắn sinh hoạt được chôn lấp trực tiếp, 16% được xử lý tại các cơ sở chế biến phân compost, 20% được đốt. Cả nước hiện có 1.322 cơ sở xử lý, gồm 381 lò đốt, 37 dây chuyền chế biến phân compost và 904 bãi chôn lấp, trong đó chỉ khoảng 20% số bãi là hợp vệ sinh.

Năm 2023, kinh phí chi cho thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt ước khoảng 18.500 tỷ đồng. Theo Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP, chậm nhất ngày 31/12/2024 hộ gia đình, cá nhân phải phân loại chất thải rắn sinh hoạt và chi trả giá dịch vụ theo khối lượng.

Theo Chiến lược quốc gia về quản lý tổng hợp chất thải rắn, mục tiêu đến năm 2030, 100% chất thải rắn sinh hoạt đô thị và 90% ở nông thôn được thu gom, xử lý; tỷ lệ chôn lấp trực tiếp không quá 30%.

Ngọc Anh
"""

Y23 = lambda inh=False: Y("năm 2023", 2023, inh)
RUR = "tỷ lệ thu gom ở nông thôn"
T30 = lambda: P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("gần 68.000 tấn", "68.000", 68000, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh", approx="nearly", period=Y23(True)),
    F("khoảng 67.877 tấn", "67.877", 67877, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh", approx="about", period=Y23()),
    F("khoảng 35.624 tấn/ngày", "35.624", 35624, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh khu vực đô thị",
      approx="about", total=67877, percent=52.5, period=Y23()),
    F("khoảng 32.253 tấn/ngày", "32.253", 32253, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh khu vực nông thôn",
      approx="about", total=67877, period=Y23()),
    F("đạt 96,28%", "96,28", 96.28, "percent", "%", "Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị",
      change=C("increase", 0.8, "%", "năm 2022"), period=Y23(True)),
    F("đạt khoảng 66%", "66", 66, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt khu vực nông thôn",
      approx="about", period=Y23(True)),
    F("Nam Định (98,5%)", "98,5", 98.5, "percent", "%", RUR, location="Nam Định", period=Y23(True)),
    F("Hà Nam (97,6%)", "97,6", 97.6, "percent", "%", RUR, location="Hà Nam", period=Y23(True)),
    F("Bắc Ninh (97%)", "97", 97, "percent", "%", RUR, location="Bắc Ninh", period=Y23(True)),
    F("từ 30 đến 45%", "30", 30, "percent", "%", "tỷ lệ thu gom ở nông thôn của nhiều tỉnh miền núi", value_max=45, period=Y23(True)),
    F("64% chất thải", "64", 64, "percent", "%", "chất thải rắn sinh hoạt được chôn lấp trực tiếp", period=Y23(True)),
    F("16% được xử lý", "16", 16, "percent", "%", "chất thải rắn sinh hoạt được xử lý tại các cơ sở chế biến phân compost", period=Y23(True)),
    F("20% được đốt", "20", 20, "percent", "%", "chất thải rắn sinh hoạt được đốt", period=Y23(True)),
    F("có 1.322 cơ sở", "1.322", 1322, "count", "cơ sở xử lý", "cơ sở xử lý chất thải rắn sinh hoạt", period=Y23(True)),
    F("gồm 381 lò đốt", "381", 381, "count", "lò đốt", "lò đốt", total=1322, period=Y23(True)),
    F("37 dây chuyền", "37", 37, "count", "dây chuyền", "dây chuyền chế biến phân compost", total=1322, period=Y23(True)),
    F("904 bãi chôn lấp", "904", 904, "count", "bãi chôn lấp", "bãi chôn lấp", total=1322, period=Y23(True)),
    F("khoảng 20% số bãi", "20", 20, "percent", "%", "số bãi chôn lấp hợp vệ sinh", approx="about", period=Y23(True)),
    F("ước khoảng 18.500 tỷ đồng", "18.500", 18.5e12, "money", "đồng",
      "kinh phí chi cho thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", approx="about", status="estimate", period=Y("Năm 2023", 2023)),
    F("2030, 100%", "100", 100, "percent", "%", "chất thải rắn sinh hoạt đô thị được thu gom, xử lý", status="target", period=T30()),
    F("và 90% ở nông thôn", "90", 90, "percent", "%", "chất thải rắn sinh hoạt ở nông thôn được thu gom, xử lý", status="target",
      period=T30()),
    F("không quá 30%", "30", 30, "percent", "%", "tỷ lệ chôn lấp trực tiếp", approx="at_most", status="target", period=T30()),
]

emit(4, [
    "Bộ TN&MT (ministry site): national household solid waste, 2023 (Báo cáo hiện trạng môi trường quốc gia); 'Ngày xuất bản: 05/06/2024'.",
    "Distractors: 'Luật Bảo vệ môi trường năm 2020', 'Nghị định số 08/2022/NĐ-CP', 'ngày 31/12/2024', '(TN&MT)', byline.",
    "All figures are national (Việt Nam) except the province list items. 'nhiều tỉnh miền núi … từ 30 đến 45%' names no province: Việt Nam.",
    "'mỗi ngày' makes the unit tấn/ngày. 35.624/32.253 follow 'trong đó' after 67.877 (they add up): total; '(chiếm 52,5%)' is 35.624's percent.",
    "'gồm 381 …, 37 … và 904 …' after 1.322 cơ sở (they add up): total 1322. 'khoảng 20% số bãi' is a percent figure of its own.",
    "'64%, 16%, 20%' are three shares without 'khoảng' (exact). 96,28% carries 'tăng 0,8% so với năm 2022' as change.",
    "Title '68.000' takes its period from the body (inherited). 'ước khoảng' → estimate + about. Targets 'đến năm 2030'.",
], TEXT, FIGS, published="2024-06-05", location="Việt Nam")
