"""p991-1: province portal (Hà Giang), 9 months 2024 suspension-bridge programme."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hà Giang: 38 cầu treo dân sinh về đích trong 9 tháng

Cập nhật: 14/10/2024 09:20 | Lượt xem: 1.236

Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, toàn tỉnh đã hoàn thành, đưa vào sử dụng 38 cầu treo dân sinh, đạt 76% kế hoạch năm, tăng 11 cầu so với cùng kỳ năm 2023. Tổng chiều dài các cầu gần 2.950 m; tổng mức đầu tư ước đạt 96,4 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi chiếm 62,5%.

Các huyện hoàn thành nhiều cầu nhất là Hoàng Su Phì (9 cầu), Xín Mần (7 cầu), Bắc Mê (6 cầu) và Mèo Vạc (5 cầu). Các cầu có chiều dài từ 35 đến 120 m, mặt cầu rộng 1,5 m, tải trọng thiết kế 350 kg/m2. Suất đầu tư bình quân khoảng 32 triệu đồng/m dài cầu. Đáng chú ý, cầu treo Bản Tằng (xã Yên Định, huyện Bắc Mê) nối thôn với Quốc lộ 34 được thi công vượt tiến độ 20 ngày.

Từ đầu năm đến nay, các cầu mới đã giúp hơn 12.400 hộ dân ở 57 xã rút ngắn quãng đường đi lại; nhiều nơi người dân không còn phải lội suối hay đi vòng 8-10 km như trước. Riêng tại xã Nấm Dẩn (huyện Xín Mần), cây cầu dài 86 m bắc qua suối giúp khoảng 420 học sinh đến trường an toàn.

Theo Kế hoạch số 112/KH-UBND ngày 12/3/2024, năm 2024 tỉnh phấn đấu hoàn thành 50 cầu treo; quý IV/2024 dự kiến khởi công thêm 14 cầu với tổng vốn khoảng 41 tỷ đồng. Mục tiêu đến năm 2025, 100% thôn, bản có cầu hoặc đường kết nối an toàn với trung tâm xã.
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIG = [
    F("Hà Giang: 38 cầu", "38", 38, "count", "cầu treo dân sinh", "cầu treo dân sinh về đích",
      P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("sử dụng 38 cầu", "38", 38, "count", "cầu treo dân sinh", "cầu treo dân sinh hoàn thành, đưa vào sử dụng", N9,
      percent=76, change=C("increase", 11, "cầu", "cùng kỳ năm 2023")),
    F("gần 2.950 m", "2.950", 2950, "measure", "m", "tổng chiều dài các cầu", I(N9), approx="nearly"),
    F("ước đạt 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng mức đầu tư", I(N9), status="estimate"),
    F("chiếm 62,5%", "62,5", 62.5, "percent", "%",
      "vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
      I(N9), status="estimate"),
    F("Hoàng Su Phì (9 cầu)", "9", 9, "count", "cầu", "cầu hoàn thành", I(N9), location="Hoàng Su Phì"),
    F("Xín Mần (7 cầu)", "7", 7, "count", "cầu", "cầu hoàn thành", I(N9), location="Xín Mần"),
    F("Bắc Mê (6 cầu)", "6", 6, "count", "cầu", "cầu hoàn thành", I(N9), location="Bắc Mê"),
    F("Mèo Vạc (5 cầu)", "5", 5, "count", "cầu", "cầu hoàn thành", I(N9), location="Mèo Vạc"),
    F("từ 35 đến 120 m", "35", 35, "measure", "m", "chiều dài các cầu", value_max=120),
    F("rộng 1,5 m", "1,5", 1.5, "measure", "m", "mặt cầu rộng"),
    F("350 kg/m2", "350", 350, "measure", "kg/m2", "tải trọng thiết kế"),
    F("khoảng 32 triệu đồng/m", "32", 32e6, "money", "đồng/m", "suất đầu tư bình quân", approx="about"),
    F("vượt tiến độ 20 ngày", "20", 20, "measure", "ngày", "cầu treo Bản Tằng thi công vượt tiến độ",
      location="Bắc Mê"),
    F("hơn 12.400 hộ", "12.400", 12400, "count", "hộ dân", "hộ dân rút ngắn quãng đường đi lại",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14"), approx="over"),
    F("ở 57 xã", "57", 57, "count", "xã", "xã có hộ dân rút ngắn quãng đường đi lại",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("đi vòng 8-10 km", "8", 8, "measure", "km", "quãng đường đi vòng", value_max=10),
    F("dài 86 m", "86", 86, "measure", "m", "chiều dài cầu bắc qua suối tại xã Nấm Dẩn", location="Xín Mần"),
    F("khoảng 420 học sinh", "420", 420, "count", "học sinh", "học sinh đến trường an toàn", approx="about",
      location="Xín Mần"),
    F("hoàn thành 50 cầu treo", "50", 50, "count", "cầu treo", "cầu treo hoàn thành", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("thêm 14 cầu", "14", 14, "count", "cầu", "cầu khởi công thêm", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      status="forecast"),
    F("khoảng 41 tỷ đồng", "41", 41e9, "money", "đồng", "tổng vốn cầu khởi công thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%", "thôn, bản có cầu hoặc đường kết nối an toàn với trung tâm xã",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Giang: 9 tháng 2024, cầu treo dân sinh hoàn thành, vốn, huyện, hộ dân hưởng lợi, kế hoạch năm.",
    "Headline 'trong 9 tháng' has no year: takes 2024 from published. District list in brackets: ranking, does not add to 38, no total.",
    "'đạt 76% kế hoạch năm' -> percent of 38; 'tăng 11 cầu so với cùng kỳ' -> change in cầu. 62,5% after 'trong đó ... chiếm' is a share of",
    "another whole (the capital), so a percent figure of its own; it continues the 'ước đạt' clause -> estimate.",
    "Specifications of the bridges built (length range, width, design load) are facts about them: required. 'đi vòng 8-10 km như trước' has no period.",
    "Distractors: breadcrumb, Lượt xem: 1.236, 09:20, Quốc lộ 34, Kế hoạch số 112/KH-UBND ngày 12/3/2024.",
]

write("p991-1", TEXT, FIG, NOTES, published="2024-10-14", location="Hà Giang")
