"""p987-8: Báo Phú Yên online (headline figure, (BPY) - tag), pearl farms on vịnh Xuân Đài, thị xã Sông Cầu, 2023."""
from lib import F, P, I, C, write

TEXT = """BÁO PHÚ YÊN ONLINE
Kinh tế | Thứ Hai, 19/06/2023 10:05

Sông Cầu thu gần 15 tỷ đồng từ ngọc trai

(BPY) - Từ đầu năm đến nay, các cơ sở nuôi trai cấy ngọc trên vịnh Xuân Đài (TX Sông Cầu) đã thu hoạch 265 kg ngọc trai, đạt 53% kế hoạch năm, doanh thu gần 15 tỷ đồng, tăng 22% so với cùng kỳ năm 2022.

Theo Phòng Kinh tế thị xã, hiện trên vịnh Xuân Đài có 9 cơ sở nuôi trai ngọc với khoảng 1.250 bè nuôi, tổng số trai đang nuôi trên 380.000 con. Trong số 9 cơ sở, có 4 cơ sở đã đầu tư xưởng chế tác trang sức, mỗi năm làm ra 12.000-15.000 sản phẩm. Ngọc loại đẹp chiếm khoảng 30% sản lượng thu hoạch.

Giá ngọc trai thành phẩm dao động 300.000-2,5 triệu đồng/viên; mỗi bộ trang sức ngọc trai có giá từ 3 đến 15 triệu đồng. Xưởng chế tác lớn nhất nằm trên Quốc lộ 1A, phường Xuân Yên, mỗi ngày đón 200-300 lượt khách. Nghề nuôi trai ngọc giải quyết việc làm cho khoảng 340 lao động, thu nhập 7-9 triệu đồng/người/tháng.

Với diện tích nuôi hơn 180 ha, Phú Yên hiện đứng thứ 4 cả nước về diện tích nuôi trai cấy ngọc, sau Kiên Giang, Quảng Ninh và Khánh Hòa.

Năm 2023, thị xã phấn đấu sản lượng ngọc trai đạt 500 kg; đến năm 2025 hình thành vùng nuôi tập trung 250 ha. Dự kiến 6 tháng cuối năm, các cơ sở thu hoạch thêm khoảng 240 kg. UBND thị xã đã có Công văn số 1125/UBND-KT đề nghị tỉnh hỗ trợ quy hoạch vùng nuôi.

NGUYỄN HOÀNG
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-06-19")
SC = "Sông Cầu"

FIGS = [
    F("Cầu thu gần 15 tỷ đồng", "15", 15e9, "money", "đồng", "doanh thu từ ngọc trai", approx="nearly"),
    F("thu hoạch 265 kg", "265", 265, "measure", "kg", "ngọc trai thu hoạch", YTD, percent=53),
    F("doanh thu gần 15 tỷ đồng", "15", 15e9, "money", "đồng", "doanh thu từ ngọc trai", YTD, approx="nearly",
      change=C("increase", 22, baseline="cùng kỳ năm 2022")),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở nuôi trai ngọc"),
    F("khoảng 1.250 bè", "1.250", 1250, "count", "bè nuôi", "bè nuôi trai ngọc", approx="about"),
    F("trên 380.000 con", "380.000", 380000, "count", "con", "trai đang nuôi", approx="over"),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở đầu tư xưởng chế tác trang sức", total=9),
    F("12.000-15.000 sản phẩm", "12.000", 12000, "count", "sản phẩm", "sản phẩm trang sức làm ra mỗi năm",
      value_max=15000),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", "ngọc loại đẹp trong sản lượng thu hoạch", approx="about"),
    F("dao động 300.000-2,5 triệu", "300.000", 300000, "money", "đồng/viên", "giá ngọc trai thành phẩm",
      value_max=2.5e6),
    F("từ 3 đến 15 triệu", "3", 3e6, "money", "đồng", "giá mỗi bộ trang sức ngọc trai", value_max=15e6),
    F("đón 200-300 lượt", "200", 200, "count", "lượt khách", "lượt khách đến xưởng chế tác lớn nhất mỗi ngày",
      value_max=300),
    F("khoảng 340 lao động", "340", 340, "count", "lao động", "lao động nghề nuôi trai ngọc", approx="about"),
    F("7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập của lao động nghề nuôi trai ngọc",
      value_max=9e6),
    F("hơn 180 ha", "180", 180, "measure", "ha", "diện tích nuôi trai cấy ngọc", approx="over", location="Phú Yên"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "diện tích nuôi trai cấy ngọc", location="Phú Yên"),
    F("đạt 500 kg", "500", 500, "measure", "kg", "sản lượng ngọc trai",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("tập trung 250 ha", "250", 250, "measure", "ha", "vùng nuôi tập trung",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 240 kg", "240", 240, "measure", "kg", "ngọc trai thu hoạch thêm",
      P("6 tháng cuối năm", "2023-07-01", "2023-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Phú Yên online: headline figure, (BPY) - tag, dateline 'Thứ Hai, 19/06/2023 10:05', byline at the end.",
    "'Từ đầu năm đến nay' runs to the dateline. 'đạt 53% kế hoạch năm' is the percent of 265 kg.",
    "'Trong số 9 cơ sở, có 4 cơ sở' gives total 9; the repeated 9 is the total, not a figure. Location Sông Cầu (the thị xã);",
    "the ranking and its area belong to Phú Yên. Year-less '6 tháng cuối năm' takes 2023. Sentences with 'hiện' get no period.",
    "'300.000-2,5 triệu' is a range with the multiplier only on the upper end. 'đến năm 2025 ... 250 ha' continues the target.",
    "Distractors: 19/06/2023 10:05, (BPY), Quốc lộ 1A, Công văn số 1125/UBND-KT.",
]

write("p987-8", TEXT, FIGS, NOTES, published="2023-06-19", location=SC)
