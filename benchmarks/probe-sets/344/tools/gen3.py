from lib import *

text = """
Cổng thông tin điện tử thị xã Sa Pa

Sa Pa xử phạt 27 cơ sở lưu trú vi phạm trong quý III
Thứ Hai, 14/10/2024 - 10:20

Thực hiện Kế hoạch số 189/KH-UBND của UBND thị xã, trong quý III/2024, Đoàn kiểm tra liên ngành đã kiểm tra 126 cơ sở kinh doanh dịch vụ lưu trú, gồm 47 khách sạn, 61 nhà nghỉ và 18 homestay.

Qua kiểm tra, đoàn phát hiện 31 cơ sở vi phạm, chiếm 24,6% số cơ sở được kiểm tra, gồm: không niêm yết giá phòng 14 cơ sở, không bảo đảm điều kiện phòng cháy, chữa cháy 11 cơ sở và không khai báo lưu trú 6 cơ sở. Đoàn đã ra quyết định xử phạt 27 cơ sở với tổng số tiền 214,5 triệu đồng theo Nghị định số 45/2019/NĐ-CP; nhắc nhở, yêu cầu khắc phục đối với 4 cơ sở.

Lũy kế 9 tháng năm 2024, thị xã đã kiểm tra 302 lượt cơ sở lưu trú, xử phạt hơn 496 triệu đồng, tăng 38% so với cùng kỳ năm trước.

Hiện trên địa bàn thị xã có khoảng 1.150 cơ sở lưu trú với gần 12.000 phòng, trong đó hơn 500 cơ sở là homestay, chủ yếu ở các xã Tả Van, Bản Hồ và dọc Quốc lộ 4D. Sau cơn bão số 3 (Yagi), nhiều cơ sở đã sửa chữa, đón khách trở lại; công suất phòng tháng 9 chỉ đạt khoảng 35%, giảm 20 điểm phần trăm so với cùng kỳ.

Quý IV, thị xã phấn đấu kiểm tra tối thiểu 150 cơ sở, tập trung vào các cơ sở mới đi vào hoạt động. Người dân, du khách phản ánh qua đường dây nóng 0214.3871.234 hoặc Zalo "Sa Pa trực tuyến".

Minh Thư - Trung tâm Văn hóa, Thể thao và Truyền thông
"""

Q3t = P("trong quý III", "2024-07-01", "2024-09-30")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", True)
M9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOWi = P("Hiện", None, "2024-10-14", True)

figs = [
    F("xử phạt 27 cơ sở lưu trú", "27", 27, "count", "cơ sở lưu trú", "cơ sở lưu trú vi phạm bị xử phạt", Q3t),
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở kinh doanh dịch vụ lưu trú được kiểm tra", Q3),
    F("gồm 47 khách sạn", "47", 47, "count", "khách sạn", "khách sạn được kiểm tra", Q3, total=126),
    F("61 nhà nghỉ", "61", 61, "count", "nhà nghỉ", "nhà nghỉ được kiểm tra", Q3, total=126),
    F("18 homestay", "18", 18, "count", "homestay", "homestay được kiểm tra", Q3, total=126),
    F("phát hiện 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở vi phạm", Q3i, percent=24.6),
    F("giá phòng 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở không niêm yết giá phòng", Q3i, total=31),
    F("chữa cháy 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở không bảo đảm điều kiện phòng cháy, chữa cháy", Q3i, total=31),
    F("lưu trú 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở không khai báo lưu trú", Q3i, total=31),
    F("xử phạt 27 cơ sở với", "27", 27, "count", "cơ sở", "cơ sở bị xử phạt", Q3i),
    F("số tiền 214,5 triệu đồng", "214,5", 214.5e6, "money", "đồng", "tổng số tiền xử phạt", Q3i),
    F("đối với 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị nhắc nhở, yêu cầu khắc phục", Q3i),
    F("kiểm tra 302 lượt", "302", 302, "count", "lượt cơ sở", "lượt cơ sở lưu trú được kiểm tra", M9),
    F("hơn 496 triệu đồng", "496", 496e6, "money", "đồng", "tiền xử phạt", M9, approx="over",
      change=C("increase", 38, "%", "cùng kỳ năm trước")),
    F("khoảng 1.150 cơ sở", "1.150", 1150, "count", "cơ sở lưu trú", "cơ sở lưu trú", NOWi, approx="about"),
    F("gần 12.000 phòng", "12.000", 12000, "count", "phòng", "phòng lưu trú", NOWi, approx="nearly"),
    F("hơn 500 cơ sở", "500", 500, "count", "cơ sở", "cơ sở homestay", NOWi, approx="over", total=1150),
    F("khoảng 35%", "35", 35, "percent", "%", "công suất phòng", P("tháng 9", "2024-09-01", "2024-09-30"), approx="about",
      change=C("decrease", 20, "điểm phần trăm", "cùng kỳ")),
    F("tối thiểu 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở được kiểm tra", P("Quý IV", "2024-10-01", "2024-12-31"),
      approx="at_least", status="target"),
]

comments = [
    "Cổng TTĐT thị xã Sa Pa (district-level portal, Lào Cai): quarterly inspection of accommodation establishments, Q3/2024.",
    "Dateline 'Thứ Hai, 14/10/2024 - 10:20'; byline at the end. Distractors: 'Kế hoạch số 189/KH-UBND', 'Nghị định số 45/2019/NĐ-CP',",
    "'Quốc lộ 4D', 'cơn bão số 3 (Yagi)' (names with numbers), hotline 0214.3871.234.",
    "Title 'trong quý III' takes the year of the dateline (no earlier date). 'gồm' after a whole: 47+61+18 = 126 and 14+11+6 = 31 (totals).",
    "'31 cơ sở vi phạm, chiếm 24,6%': percent of 31. 'xử phạt 27 …; nhắc nhở … 4 cơ sở' have no cue: no total.",
    "'Hiện' (now) is an as-of reading of the dateline, inherited (unscored). 'tăng 38% so với cùng kỳ năm trước' is the change of the fine amount.",
    "'công suất phòng tháng 9 … khoảng 35%, giảm 20 điểm phần trăm': percent with a change in điểm phần trăm. 'tối thiểu 150' is at_least, target.",
]
build(3, text, figs, comments, published="2024-10-14", location="Sa Pa")
