"""p1212-2: district portal (huyện A Lưới, Thừa Thiên Huế): handover of cleared land for a border road."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN A LƯỚI
Trang chủ / Tin tức - Sự kiện / Quốc phòng - Quân sự địa phương

Bàn giao hơn 52 ha mặt bằng sạch bom mìn cho tuyến đường vùng biên

Thứ Tư, 17/07/2024 - 15:40

Sáng 16/7, Ban Chỉ huy Quân sự huyện A Lưới phối hợp với Đội rà phá bom mìn số 3 (Bộ Chỉ huy Quân sự tỉnh) bàn giao 52,6 ha mặt bằng đã rà phá bom mìn, vật liệu nổ cho Ban Quản lý dự án đầu tư xây dựng huyện.

Tuyến đường nối trung tâm xã Hồng Thủy với các thôn vùng biên có điểm đầu tại Km 12 đường Hồ Chí Minh nhánh Tây, dài 7,8 km, tổng mức đầu tư 86 tỷ đồng. Sau hơn 4 tháng thực hiện, hai tổ rà phá với 46 cán bộ, chiến sĩ đã dò tìm đến độ sâu 3 m, phát hiện và thu gom 318 vật liệu nổ các loại, gồm 214 quả đạn cối, 97 quả lựu đạn và 7 quả bom bi. Toàn bộ số vật liệu nổ đã được đưa về kho để hủy nổ theo quy định.

Thôn Pa Ay, xã Hồng Thủy, nơi tuyến đường đi qua, có 64 hộ với 271 nhân khẩu, phần lớn là đồng bào Pa Cô. Trước đây người dân chỉ dám canh tác trên khoảng 15 ha đất quanh khu dân cư. Có đường và mặt bằng sạch, thôn dự kiến mở rộng thêm 20 ha trồng keo và cây dược liệu. Trong năm 2023, người dân trong thôn đã phát hiện, báo cho lực lượng chức năng 9 điểm nghi có bom mìn.

6 tháng đầu năm, toàn huyện đã rà phá 138 ha, đạt 69% kế hoạch năm; hỗ trợ 12 nạn nhân bom mìn có hoàn cảnh khó khăn với mức 1,5 triệu đồng/người. Từ năm 2015 đến nay, A Lưới ghi nhận 14 vụ tai nạn do vật liệu nổ, làm 19 người thương vong, trong đó 6 người chết.

Hồ Thị Mai - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

# revised after the first run: FIGURES.md §3 gives a year-less phrase the year of the nearest earlier period or date
# anywhere in the article; that is "Trong năm 2023" of the paragraph before, not the dateline (was 2024).
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-07-17")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 52 ha", "52", 52, "measure", "ha", approx="over",
      subject="mặt bằng sạch bom mìn bàn giao cho tuyến đường vùng biên"),
    F("bàn giao 52,6 ha", "52,6", 52.6, "measure", "ha",
      subject="mặt bằng đã rà phá bom mìn, vật liệu nổ bàn giao"),
    F("dài 7,8 km", "7,8", 7.8, "measure", "km",
      subject="chiều dài tuyến đường nối trung tâm xã Hồng Thủy với các thôn vùng biên"),
    F("đầu tư 86 tỷ đồng", "86", 86000000000, "money", "đồng",
      subject="tổng mức đầu tư tuyến đường"),
    F("Sau hơn 4 tháng", "4", 4, "measure", "tháng", approx="over", optional=True,
      subject="thời gian rà phá"),
    F("hai tổ rà phá", "hai", 2, "count", "tổ rà phá", subject="tổ rà phá"),
    F("với 46 cán bộ", "46", 46, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ tham gia rà phá"),
    F("độ sâu 3 m", "3", 3, "measure", "m", subject="độ sâu dò tìm"),
    F("thu gom 318 vật liệu nổ", "318", 318, "count", "vật liệu nổ",
      subject="vật liệu nổ được phát hiện và thu gom"),
    F("gồm 214 quả đạn cối", "214", 214, "count", "quả đạn cối", total=318,
      subject="đạn cối được thu gom"),
    F("97 quả lựu đạn", "97", 97, "count", "quả lựu đạn", total=318,
      subject="lựu đạn được thu gom"),
    F("7 quả bom bi", "7", 7, "count", "quả bom bi", total=318,
      subject="bom bi được thu gom"),
    F("có 64 hộ", "64", 64, "count", "hộ", subject="hộ dân thôn Pa Ay"),
    F("với 271 nhân khẩu", "271", 271, "count", "nhân khẩu", subject="nhân khẩu thôn Pa Ay"),
    F("khoảng 15 ha", "15", 15, "measure", "ha", approx="about",
      subject="đất canh tác quanh khu dân cư trước đây"),
    F("thêm 20 ha", "20", 20, "measure", "ha", status="forecast",
      subject="diện tích mở rộng trồng keo và cây dược liệu"),
    F("chức năng 9 điểm", "9", 9, "count", "điểm",
      subject="điểm nghi có bom mìn người dân phát hiện, báo cho lực lượng chức năng", period=Y23),
    F("rà phá 138 ha", "138", 138, "measure", "ha", percent=69,
      subject="diện tích rà phá bom mìn", period=H1),
    F("hỗ trợ 12 nạn nhân", "12", 12, "count", "nạn nhân",
      subject="nạn nhân bom mìn có hoàn cảnh khó khăn được hỗ trợ", period=H1),
    F("mức 1,5 triệu", "1,5", 1500000, "money", "đồng/người",
      subject="mức hỗ trợ nạn nhân bom mìn", period=H1),
    F("ghi nhận 14 vụ", "14", 14, "count", "vụ tai nạn",
      subject="vụ tai nạn do vật liệu nổ", period=SINCE),
    F("làm 19 người", "19", 19, "count", "người",
      subject="người thương vong do tai nạn vật liệu nổ", period=SINCE),
    F("trong đó 6 người", "6", 6, "count", "người", total=19,
      subject="người chết do tai nạn vật liệu nổ", period=SINCE),
]

NOTES = [
    "District portal (huyện A Lưới, Thừa Thiên Huế): 'Thứ Tư, 17/07/2024 - 15:40', byline at the end. Default location = the district.",
    "Distractors: 'Đội rà phá bom mìn số 3', 'Km 12 đường Hồ Chí Minh', 'Sáng 16/7', time 15:40.",
    "'Sau hơn 4 tháng thực hiện' is the length of the work (optional: it also locates the result in time).",
    "Thôn Pa Ay passage (four sentences, xã Hồng Thủy) stays in A Lưới. 'thêm 20 ha' after 'dự kiến' is a forecast of its own (no base in its clause).",
    "'6 tháng đầu năm' takes 2023 from 'Trong năm 2023', the nearest earlier period (FIGURES.md §3; revised, was 2024 from the dateline).",
    "'Từ năm 2015 đến nay' ends at the dateline. 318 = 214 + 97 + 7 after 'gồm'.",
]

if __name__ == "__main__":
    write("p1212-2", TEXT, NOTES, FIGS, published="2024-07-17", location="A Lưới")
