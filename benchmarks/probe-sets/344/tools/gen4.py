from lib import *

text = """
BÁO KHÁNH HÒA ĐIỆN TỬ
Du lịch

Cơ sở lưu trú đón 6,8 triệu lượt khách trong 9 tháng

(BKH) - Theo Sở Du lịch, 9 tháng năm 2024, các cơ sở lưu trú trên địa bàn tỉnh ước đón 6,8 triệu lượt khách, tăng 16,3% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 2,75 triệu lượt, tăng 45,6%. Tổng doanh thu du lịch ước đạt 27.300 tỷ đồng, trong đó doanh thu dịch vụ lưu trú khoảng 9.850 tỷ đồng, chiếm 36%.

Toàn tỉnh hiện có 1.430 cơ sở lưu trú với 54.600 phòng; trong đó có 49 khách sạn 5 sao và 52 khách sạn 4 sao. Riêng trong quý III/2024, công suất phòng bình quân đạt 63,5%, trong đó Nha Trang 68,2%, Cam Ranh 59,4%, Vạn Ninh 41,7%. Nhóm khách sạn 4-5 sao có công suất cao nhất, từ 75% đến 80%; nhiều khu nghỉ dưỡng tại Bãi Dài đạt trên 85%.

Ông Nguyễn Văn Dũng, Giám đốc Sở Du lịch cho biết, sau Festival Biển Nha Trang - Khánh Hòa lần thứ 10, thị trường khách Hàn Quốc và Trung Quốc phục hồi mạnh. Quý IV, tỉnh dự kiến đón khoảng 2,1 triệu lượt khách lưu trú, nâng tổng lượt khách lưu trú năm 2024 lên khoảng 8,9 triệu lượt, vượt 7% kế hoạch.

Tuy nhiên, tình trạng "giá phòng ảo", tự ý tăng giá dịp cao điểm vẫn còn xảy ra. Từ tháng 1 đến tháng 9, Thanh tra Sở đã xử phạt 23 cơ sở lưu trú với tổng số tiền 187 triệu đồng. Du khách có thể phản ánh qua đường dây nóng 0258.3822.753 (hoạt động 24/7).

HẢI LĂNG
24/10/2024
"""

M9t = P("trong 9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
NOWi = P("hiện", None, "2024-10-24", True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", True)

figs = [
    F("đón 6,8 triệu lượt khách trong", "6,8", 6.8e6, "count", "lượt khách", "lượt khách cơ sở lưu trú đón", M9t),
    F("ước đón 6,8 triệu lượt khách", "6,8", 6.8e6, "count", "lượt khách", "lượt khách các cơ sở lưu trú đón", M9,
      status="estimate", change=C("increase", 16.3, "%", "cùng kỳ năm 2023")),
    F("đạt 2,75 triệu lượt", "2,75", 2.75e6, "count", "lượt", "lượt khách quốc tế", M9, status="estimate",
      total=6.8e6, change=C("increase", 45.6, "%")),
    F("ước đạt 27.300 tỷ đồng", "27.300", 27300e9, "money", "đồng", "tổng doanh thu du lịch", M9i, status="estimate"),
    F("khoảng 9.850 tỷ đồng", "9.850", 9850e9, "money", "đồng", "doanh thu dịch vụ lưu trú", M9i, status="estimate",
      approx="about", total=27300e9, percent=36),
    F("có 1.430 cơ sở", "1.430", 1430, "count", "cơ sở lưu trú", "cơ sở lưu trú", NOWi),
    F("với 54.600 phòng", "54.600", 54600, "count", "phòng", "phòng lưu trú", NOWi),
    F("có 49 khách sạn", "49", 49, "count", "khách sạn", "khách sạn 5 sao", NOWi, total=1430),
    F("52 khách sạn", "52", 52, "count", "khách sạn", "khách sạn 4 sao", NOWi, total=1430),
    F("đạt 63,5%", "63,5", 63.5, "percent", "%", "công suất phòng bình quân", Q3),
    F("Nha Trang 68,2%", "68,2", 68.2, "percent", "%", "công suất phòng bình quân", Q3, location="Nha Trang"),
    F("Cam Ranh 59,4%", "59,4", 59.4, "percent", "%", "công suất phòng bình quân", Q3, location="Cam Ranh"),
    F("Vạn Ninh 41,7%", "41,7", 41.7, "percent", "%", "công suất phòng bình quân", Q3, location="Vạn Ninh"),
    F("từ 75% đến 80%", "75", 75, "percent", "%", "công suất nhóm khách sạn 4-5 sao", Q3i, value_max=80),
    F("trên 85%", "85", 85, "percent", "%", "công suất khu nghỉ dưỡng tại Bãi Dài", Q3i, approx="over"),
    F("khoảng 2,1 triệu lượt", "2,1", 2.1e6, "count", "lượt khách lưu trú", "lượt khách lưu trú đón",
      P("Quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("khoảng 8,9 triệu lượt", "8,9", 8.9e6, "count", "lượt", "tổng lượt khách lưu trú",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=C("increase", 7, "%", "kế hoạch")),
    F("xử phạt 23 cơ sở", "23", 23, "count", "cơ sở lưu trú", "cơ sở lưu trú bị xử phạt",
      P("Từ tháng 1 đến tháng 9", "2024-01-01", "2024-09-30")),
    F("tiền 187 triệu đồng", "187", 187e6, "money", "đồng", "tổng số tiền xử phạt",
      P("Từ tháng 1 đến tháng 9", "2024-01-01", "2024-09-30")),
]

comments = [
    "Báo Khánh Hòa điện tử (Party newspaper): guests, revenue, stock, occupancy by area, forecast, fines; 9 months and Q3/2024.",
    "No dateline at the top: byline and a bare date '24/10/2024' at the end (published). Distractors: '(BKH)', 'Festival Biển … lần thứ 10'",
    "(an edition in a name), hotline 0258.3822.753, '24/7', star labels ('5 sao', '4 sao', '4-5 sao').",
    "Title 'trong 9 tháng' has no ước: actual; year from the dateline. Body: ước governs the sentence and the 'trong đó' clause (estimate).",
    "'trong đó khách quốc tế đạt 2,75 triệu lượt' total 6,8 triệu; 'trong đó … 9.850 tỷ đồng, chiếm 36%' total 27.300 tỷ and percent 36.",
    "'trong đó Nha Trang 68,2%, …': occupancy rates of places are a list (location each), a rate is no part of a rate: no total.",
    "'hiện có' = as of the dateline (inherited). 'vượt 7% kế hoạch' is a change against plan (baseline kế hoạch). 'dự kiến' = forecast;",
    "Quý IV takes 2024 from the nearest earlier 'quý III/2024'. Bãi Dài is not a province or district: location stays Khánh Hòa.",
]
build(4, text, figs, comments, published="2024-10-24", location="Khánh Hòa")
