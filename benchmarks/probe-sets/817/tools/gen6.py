"""p817-6: national newspaper, pollution complaints about charcoal kilns in huyện Thống Nhất (Đồng Nai), 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường
Thứ ba, 14/5/2024, 06:30 (GMT+7)

Dân Đồng Nai ngộp thở vì khói lò than

Khoảng 300 hộ dân ấp Võ Dõng 3, xã Gia Kiệm, huyện Thống Nhất phản ánh khói từ cụm 42 lò than thủ công khiến họ phải đóng kín cửa suốt ngày.

Bà Nguyễn Thị Hoa, 56 tuổi, cho biết mỗi lần các lò ra than, khói trắng bao phủ khu dân cư trong bán kính gần 2 km, nhiều người bị ho, rát họng. "Nhà tôi cách lò chưa tới 300 m, phơi đồ là ám mùi khói", bà Hoa nói.

Theo UBND huyện Thống Nhất, từ năm 2022 đến nay huyện nhận 37 đơn phản ánh về ô nhiễm từ lò than, riêng 4 tháng đầu năm 2024 là 15 đơn, gấp 2,5 lần cùng kỳ năm 2023. Kết quả quan trắc hồi tháng 3 cho thấy nồng độ bụi tổng tại khu dân cư là 0,52 mg/m3, vượt 1,7 lần giới hạn của QCVN 05:2023/BTNMT.

Ông Trần Văn Hùng, Phó chủ tịch UBND huyện, cho biết năm 2023 huyện đã xử phạt 9 chủ lò với tổng số tiền 315 triệu đồng và buộc tháo dỡ 14 lò. Huyện đặt mục tiêu đến hết năm 2025 chấm dứt toàn bộ lò than thủ công, di dời các cơ sở còn nhu cầu sản xuất vào Cụm công nghiệp Gia Kiệm. Cụm công nghiệp này rộng 65 ha, hiện đã lấp đầy khoảng 60%.

Chủ một cơ sở có 6 lò cho biết mỗi mẻ đốt kéo dài 10-12 ngày, cho khoảng 4 tấn than, bán 7.000-8.000 đồng/kg. Nếu chuyển sang lò công nghệ kín, chi phí đầu tư lên tới 1,2 tỷ đồng, vượt khả năng của hộ nhỏ.

Theo Bộ Tài nguyên và Môi trường, cả nước hiện còn khoảng 1.800 lò than thủ công, tập trung chủ yếu ở Đông Nam Bộ và Tây Nguyên.

Phước Tuấn
"""

FIGS = [
    F("Khoảng 300 hộ dân", "300", 300, "count", "hộ dân", "hộ dân phản ánh khói lò than", approx="about"),
    F("cụm 42 lò than", "42", 42, "count", "lò than", "lò than thủ công trong cụm"),
    F("Hoa, 56 tuổi", "56", 56, "measure", "tuổi", "tuổi bà Nguyễn Thị Hoa", optional=True),
    F("gần 2 km", "2", 2, "measure", "km", "bán kính khói bao phủ khu dân cư", approx="nearly"),
    F("chưa tới 300 m", "300", 300, "measure", "m", "khoảng cách từ nhà bà Hoa tới lò", approx="under"),
    F("nhận 37 đơn", "37", 37, "count", "đơn", "đơn phản ánh về ô nhiễm từ lò than",
      P("từ năm 2022 đến nay", "2022-01-01", "2024-05-14")),
    F("là 15 đơn", "15", 15, "count", "đơn", "đơn phản ánh về ô nhiễm từ lò than",
      P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"),
      change=C("increase", 2.5, unit="lần", baseline="cùng kỳ năm 2023")),
    F("là 0,52 mg/m3", "0,52", 0.52, "measure", "mg/m3", "nồng độ bụi tổng tại khu dân cư",
      P("tháng 3", "2024-03-01", "2024-03-31"), change=C("increase", 1.7, unit="lần", baseline="giới hạn của QCVN")),
    F("xử phạt 9 chủ lò", "9", 9, "count", "chủ lò", "chủ lò bị xử phạt", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tiền 315 triệu đồng", "315", 315000000, "money", "đồng", "tổng số tiền xử phạt chủ lò",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tháo dỡ 14 lò", "14", 14, "count", "lò", "lò bị buộc tháo dỡ", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("rộng 65 ha", "65", 65, "measure", "ha", "diện tích Cụm công nghiệp Gia Kiệm"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ lấp đầy Cụm công nghiệp Gia Kiệm", approx="about"),
    F("có 6 lò", "6", 6, "count", "lò", "lò của một cơ sở"),
    F("kéo dài 10-12 ngày", "10", 10, "measure", "ngày", "thời gian mỗi mẻ đốt", value_max=12),
    F("khoảng 4 tấn than", "4", 4, "measure", "tấn", "than mỗi mẻ đốt", approx="about"),
    F("bán 7.000-8.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá bán than", value_max=8000),
    F("lên tới 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "chi phí đầu tư lò công nghệ kín"),
    F("khoảng 1.800 lò", "1.800", 1800, "count", "lò", "lò than thủ công còn lại", approx="about",
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (Thứ ba, 14/5/2024, 06:30 (GMT+7)): khói lò than ở xã Gia Kiệm, huyện Thống Nhất, Đồng Nai; byline at the end.",
    "Location: the figures describe huyện Thống Nhất (the commune lies in it); the Ministry's count 'cả nước' is Việt Nam.",
    "'từ năm 2022 đến nay' ends at the dateline. '15 đơn' in 4 months is not a part of the 37 (no cue, different period): no total.",
    "'gấp 2,5 lần cùng kỳ năm 2023' after the count is its change (increase, 2.5 lần), like 'tăng hơn 2,8 lần so với cùng kỳ';",
    "  'vượt 1,7 lần giới hạn của QCVN' is the measured value's change against the standard (cf. 'vượt 5% kế hoạch').",
    "'hồi tháng 3' takes 2024 from the nearest earlier period (4 tháng đầu năm 2024). 'bà Hoa, 56 tuổi' (a person's age) optional.",
    "'đặt mục tiêu đến hết năm 2025 chấm dứt toàn bộ lò' has no number. '65 ha' stands in its own sentence: actual.",
    "Distractors: ấp Võ Dõng 3, QCVN 05:2023/BTNMT, 'Thứ ba, 14/5/2024, 06:30 (GMT+7)', names.",
]

write("p817-6", TEXT, NOTES, FIGS, published="2024-05-14", location="Thống Nhất")
