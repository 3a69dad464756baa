"""p848-2: huyện Chợ Mới (An Giang) district portal, riverbank erosion 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI
Tin tức - Sự kiện > Kinh tế
Thứ Hai, 18/09/2023 - 10:20

Chợ Mới khẩn trương khắc phục sạt lở bờ sông

Từ đầu năm đến nay, trên địa bàn huyện Chợ Mới đã xảy ra 11 vụ sạt lở bờ sông, tăng 3 vụ so với cùng kỳ năm 2022, tổng chiều dài khoảng 620 m, làm 23 căn nhà bị ảnh hưởng, trong đó 8 căn phải di dời khẩn cấp; thiệt hại ước khoảng 4,2 tỷ đồng. Các điểm sạt lở tập trung ở xã Kiến An, xã Mỹ Hội Đông và thị trấn Mỹ Luông, ven sông Tiền và sông Vàm Nao; nghiêm trọng nhất là vụ sạt lở tại ấp Kiến Hưng 1, xã Kiến An, đoạn ven Tỉnh lộ 942.

Huyện đã hỗ trợ mỗi hộ phải di dời 20 triệu đồng, đồng thời bố trí 8 nền nhà tại cụm dân cư Long Điền A cho các hộ có nhu cầu.

Đến nay, huyện đã hoàn thành 3 công trình kè chống sạt lở với tổng chiều dài 2.350 m, tổng vốn đầu tư 186 tỷ đồng. Công trình kè bảo vệ thị trấn Mỹ Luông giai đoạn 2 dài 1.120 m đang thi công, khối lượng hoàn thành ước đạt khoảng 60%.

Hiện huyện đang theo dõi 15 điểm có nguy cơ sạt lở cao với chiều dài 4,7 km; đã cắm 120 biển cảnh báo và vận động 146 hộ dân sống ven sông di dời đến nơi an toàn.

Năm 2024, huyện dự kiến đầu tư thêm khoảng 95 tỷ đồng để xây dựng 1,8 km kè tại các điểm xung yếu. Mục tiêu đến năm 2025, không còn hộ dân sinh sống trong vùng có nguy cơ sạt lở cao.

Ngọc Hân (Văn phòng HĐND và UBND huyện)
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-18")
NOW = P("Đến nay", None, "2023-09-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", "vụ sạt lở bờ sông", YTD,
      change=C("increase", 3, "vụ", "cùng kỳ năm 2022")),
    F("khoảng 620 m", "620", 620, "measure", "m", "tổng chiều dài sạt lở", YTD, approx="about"),
    F("làm 23 căn nhà", "23", 23, "count", "căn nhà", "căn nhà bị ảnh hưởng", YTD),
    F("8 căn phải di dời", "8", 8, "count", "căn", "căn nhà phải di dời khẩn cấp", YTD, total=23),
    F("ước khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "thiệt hại do sạt lở", YTD,
      approx="about", status="estimate"),
    F("di dời 20 triệu đồng", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ phải di dời"),
    F("bố trí 8 nền nhà", "8", 8, "count", "nền nhà", "nền nhà bố trí tại cụm dân cư"),
    F("hoàn thành 3 công trình", "3", 3, "count", "công trình",
      "công trình kè chống sạt lở hoàn thành", NOW),
    F("dài 2.350 m", "2.350", 2350, "measure", "m", "tổng chiều dài kè chống sạt lở", NOW),
    F("tư 186 tỷ đồng", "186", 186e9, "money", "đồng", "tổng vốn đầu tư kè chống sạt lở", NOW),
    F("dài 1.120 m", "1.120", 1120, "measure", "m",
      "chiều dài công trình kè bảo vệ thị trấn Mỹ Luông giai đoạn 2"),
    F("khoảng 60%", "60", 60, "percent", "%", "khối lượng hoàn thành công trình kè Mỹ Luông",
      approx="about", status="estimate"),
    F("dõi 15 điểm", "15", 15, "count", "điểm", "điểm có nguy cơ sạt lở cao"),
    F("dài 4,7 km", "4,7", 4.7, "measure", "km", "chiều dài các điểm có nguy cơ sạt lở cao"),
    F("cắm 120 biển cảnh báo", "120", 120, "count", "biển cảnh báo", "biển cảnh báo đã cắm"),
    F("vận động 146 hộ", "146", 146, "count", "hộ", "hộ dân sống ven sông được vận động di dời"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "vốn đầu tư thêm để xây dựng kè", Y24,
      approx="about", status="forecast"),
    F("xây dựng 1,8 km kè", "1,8", 1.8, "measure", "km", "kè xây dựng tại các điểm xung yếu", Y24,
      status="forecast"),
]

NOTES = [
    "Chợ Mới district portal (An Giang): riverbank erosion since the start of 2023, embankments built, forecast for 2024.",
    "'Đến nay' is an as-of period ending at the dateline; 'Hiện' gives no period. 'mỗi hộ ... 20 triệu đồng' is đồng/hộ.",
    "60% is the progress of one embankment (its own percent figure, estimate), not a share of 1.120 m.",
    "Distractors: ấp Kiến Hưng 1, Tỉnh lộ 942, giai đoạn 2, 'Mục tiêu đến năm 2025' (no number), Thứ Hai, 10:20.",
]

if __name__ == "__main__":
    write("p848-2", TEXT, FIGS, NOTES, published="2023-09-18", location="Chợ Mới")
