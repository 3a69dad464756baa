"""p887-5: Party/provincial newspaper (Báo Nghệ An): press photo contest awards; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """
Trao giải Cuộc thi ảnh báo chí “Nghệ An – Đổi mới và phát triển”

Sáng 21/6, tại TP Vinh, Hội Nhà báo tỉnh phối hợp với Báo Nghệ An trao giải Cuộc thi ảnh báo chí “Nghệ An – Đổi mới và phát triển” lần thứ 2, năm 2023, nhân kỷ niệm 98 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2023).

Sau 3 tháng phát động, Ban tổ chức nhận được 1.137 tác phẩm của 164 tác giả, trong đó có 97 phóng viên, biên tập viên, cộng tác viên của các cơ quan báo chí; số tác phẩm tăng gần 1,6 lần so với cuộc thi lần thứ nhất năm 2021. Ảnh dự thi phản ánh nhiều lĩnh vực: kinh tế chiếm 34%, văn hóa - xã hội 41%, quốc phòng - an ninh 13%, còn lại là ảnh đời thường.

Ban Giám khảo chọn 60 tác phẩm vào vòng chung khảo, trao 1 giải A, 2 giải B, 3 giải C và 6 giải Khuyến khích. Giải A trị giá 15 triệu đồng thuộc về bộ ảnh “Cảng Cửa Lò vươn mình” của phóng viên Hồ Văn Sáu (Báo Nghệ An). Theo Ban Giám khảo, chất lượng ảnh năm nay đồng đều hơn, nhiều tác phẩm có góc nhìn mới về công trình trọng điểm, đời sống đồng bào miền núi.

Tổng kinh phí tổ chức cuộc thi khoảng 180 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 120 triệu đồng, chiếm 66,7%, phần còn lại do xã hội hóa.

Hiện Chi hội Nhiếp ảnh báo chí tỉnh có 52 hội viên, bình quân mỗi năm cung cấp trên 6.000 ảnh cho các báo, đài. Năm 2024, Hội Nhà báo tỉnh dự kiến nâng giá trị giải A lên 25 triệu đồng và phấn đấu thu hút trên 1.500 tác phẩm dự thi.

THANH HƯƠNG

21/06/2023
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("kỷ niệm 98 năm", "98", 98, "measure", "năm", "năm Ngày Báo chí Cách mạng Việt Nam", optional=True),
    F("nhận được 1.137 tác phẩm", "1.137", 1137, "count", "tác phẩm", "tác phẩm dự thi nhận được",
      change=C("increase", 1.6, "lần", "cuộc thi lần thứ nhất năm 2021", approx="nearly")),
    F("của 164 tác giả", "164", 164, "count", "tác giả", "tác giả dự thi"),
    F("có 97 phóng viên", "97", 97, "count", "phóng viên, biên tập viên, cộng tác viên",
      "phóng viên, biên tập viên, cộng tác viên của các cơ quan báo chí", total=164),
    F("kinh tế chiếm 34%", "34", 34, "percent", "%", "ảnh dự thi lĩnh vực kinh tế"),
    F("văn hóa - xã hội 41%", "41", 41, "percent", "%", "ảnh dự thi lĩnh vực văn hóa - xã hội"),
    F("an ninh 13%", "13", 13, "percent", "%", "ảnh dự thi lĩnh vực quốc phòng - an ninh"),
    F("chọn 60 tác phẩm", "60", 60, "count", "tác phẩm", "tác phẩm vào vòng chung khảo"),
    F("trao 1 giải A", "1", 1, "count", "giải", "giải A"),
    F("2 giải B", "2", 2, "count", "giải", "giải B"),
    F("3 giải C", "3", 3, "count", "giải", "giải C"),
    F("6 giải Khuyến khích", "6", 6, "count", "giải", "giải Khuyến khích"),
    F("trị giá 15 triệu đồng", "15", 15e6, "money", "đồng", "giá trị giải A"),
    F("khoảng 180 triệu đồng", "180", 180e6, "money", "đồng", "tổng kinh phí tổ chức cuộc thi", approx="about"),
    F("hỗ trợ 120 triệu đồng", "120", 120e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=180e6, percent=66.7),
    F("có 52 hội viên", "52", 52, "count", "hội viên", "hội viên Chi hội Nhiếp ảnh báo chí tỉnh"),
    F("trên 6.000 ảnh", "6.000", 6000, "count", "ảnh", "ảnh cung cấp cho các báo, đài mỗi năm", approx="over"),
    F("lên 25 triệu đồng", "25", 25e6, "money", "đồng", "giá trị giải A", Y24, status="forecast"),
    F("trên 1.500 tác phẩm", "1.500", 1500, "count", "tác phẩm", "tác phẩm dự thi", Y24, approx="over",
      status="target"),
]

NOTES = [
    "Báo Nghệ An: awards of the provincial press photo contest (lần thứ 2, 2023); byline THANH HƯƠNG and bare date 21/06/2023.",
    "Not figures: lần thứ 2, lần thứ nhất, 21/6/1925 - 21/6/2023, 'Sau 3 tháng phát động' (duration locating the receipt),",
    "the name Hồ Văn Sáu, TP Vinh (venue only). '98 năm Ngày Báo chí' is an anniversary name: optional.",
    "97 phóng viên… 'trong đó' follows 164 tác giả (same thing). 'số tác phẩm tăng gần 1,6 lần' after the semicolon is the",
    "change of 1.137 tác phẩm (unit lần, approx nearly). The field shares are a list of percent figures, the subject the",
    "indicator with the field. Prize counts have no stated whole. 120 triệu: part of 180 triệu ('trong đó'), share 66,7%.",
    "'dự kiến' governs the 25 triệu clause (forecast); 'phấn đấu' its own clause (target). 'Hiện'/'bình quân mỗi năm': no period.",
]

write(5, TEXT, FIGS, NOTES, published="2023-06-21", location="Nghệ An")
