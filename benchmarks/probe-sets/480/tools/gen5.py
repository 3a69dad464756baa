"""p480-5: Báo Đắk Lắk (Party newspaper), Hành trình Đỏ 2024 in Đắk Lắk."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Hành trình Đỏ 2024: Đắk Lắk tiếp nhận hơn 2.100 đơn vị máu

(ĐLO) - Trong 3 ngày (từ ngày 1 đến 3/8/2024), chương trình Hành trình Đỏ lần thứ XII tại tỉnh Đắk Lắk đã tổ chức 5 điểm hiến máu, thu hút 2.587 người đăng ký, tiếp nhận 2.136 đơn vị máu, đạt 106,8% kế hoạch.

Trong đó, Sư đoàn 320 và các đơn vị lực lượng vũ trang đóng quân trên địa bàn đóng góp 684 đơn vị; Trường Đại học Tây Nguyên 512 đơn vị; TP Buôn Ma Thuột 395 đơn vị; các huyện Krông Pắc, Ea H'leo lần lượt 287 và 258 đơn vị.

Điểm hiến máu tại Hội trường Trường Đại học Tây Nguyên (số 567 Lê Duẩn) đông nhất với hơn 700 người đến đăng ký ngay trong buổi sáng ngày đầu.

Bên cạnh hiến máu, chương trình còn tư vấn, tầm soát bệnh tan máu bẩm sinh (Thalassemia) cho 1.150 người, phát hiện 96 trường hợp mang gen bệnh, chiếm 8,3%.

Theo Trung tâm Truyền máu khu vực Tây Nguyên, sau 12 năm tổ chức (2013-2024), Hành trình Đỏ đã tiếp nhận tại Đắk Lắk tổng cộng hơn 19.400 đơn vị máu. Năm 2024, toàn tỉnh phấn đấu tiếp nhận 16.000 đơn vị máu; 7 tháng đầu năm đã đạt 9.870 đơn vị, bằng 61,7% kế hoạch.

Ông Y Jút Niê, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, cho biết nhu cầu máu của các bệnh viện trên địa bàn tỉnh và khu vực Tây Nguyên mỗi năm khoảng 45.000 - 50.000 đơn vị, trong khi lượng máu tiếp nhận tại chỗ mới đáp ứng khoảng 70%. Dịp hè, các điểm hiến máu dọc Quốc lộ 14 và Quốc lộ 26 thường vắng người do sinh viên về quê.

HOÀNG GIA

05/08/2024
"""

EV = P("từ ngày 1 đến 3/8/2024", "2024-08-01", "2024-08-03")

FIGS = [
    F("hơn 2.100 đơn vị máu", "2.100", 2100, "count", "đơn vị máu", "đơn vị máu Hành trình Đỏ tiếp nhận", INH(EV),
      approx="over"),
    F("tổ chức 5 điểm", "5", 5, "count", "điểm hiến máu", "điểm hiến máu", EV),
    F("thu hút 2.587 người", "2.587", 2587, "count", "người", "người đăng ký hiến máu", EV),
    F("tiếp nhận 2.136 đơn vị máu", "2.136", 2136, "count", "đơn vị máu", "đơn vị máu tiếp nhận", EV, percent=106.8),
    F("đóng góp 684 đơn vị", "684", 684, "count", "đơn vị",
      "đơn vị máu Sư đoàn 320 và các đơn vị lực lượng vũ trang đóng quân trên địa bàn đóng góp", INH(EV), total=2136),
    F("Nguyên 512 đơn vị", "512", 512, "count", "đơn vị", "đơn vị máu Trường Đại học Tây Nguyên đóng góp", INH(EV),
      total=2136),
    F("Thuột 395 đơn vị", "395", 395, "count", "đơn vị", "đơn vị máu đóng góp", INH(EV), total=2136,
      location="Buôn Ma Thuột"),
    F("lần lượt 287", "287", 287, "count", "đơn vị", "đơn vị máu đóng góp", INH(EV), total=2136, location="Krông Pắc"),
    F("và 258 đơn vị", "258", 258, "count", "đơn vị", "đơn vị máu đóng góp", INH(EV), total=2136, location="Ea H'leo"),
    F("hơn 700 người", "700", 700, "count", "người",
      "người đến đăng ký tại điểm hiến máu Hội trường Trường Đại học Tây Nguyên", INH(EV), approx="over"),
    F("cho 1.150 người", "1.150", 1150, "count", "người", "người được tư vấn, tầm soát bệnh tan máu bẩm sinh (Thalassemia)",
      INH(EV)),
    F("phát hiện 96 trường hợp", "96", 96, "count", "trường hợp", "trường hợp mang gen bệnh", INH(EV), percent=8.3),
    F("tổng cộng hơn 19.400", "19.400", 19400, "count", "đơn vị máu", "đơn vị máu Hành trình Đỏ đã tiếp nhận tại Đắk Lắk",
      P("(2013-2024)", "2013-01-01", "2024-12-31"), approx="over"),
    F("tiếp nhận 16.000 đơn vị máu", "16.000", 16000, "count", "đơn vị máu", "đơn vị máu toàn tỉnh tiếp nhận",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 9.870 đơn vị", "9.870", 9870, "count", "đơn vị", "đơn vị máu toàn tỉnh tiếp nhận",
      P("7 tháng đầu năm", "2024-01-01", "2024-07-31"), percent=61.7),
    F("khoảng 45.000 - 50.000", "45.000", 45000, "count", "đơn vị",
      "nhu cầu máu của các bệnh viện trên địa bàn tỉnh và khu vực Tây Nguyên mỗi năm", value_max=50000, approx="about"),
    F("khoảng 70%", "70", 70, "percent", "%", "lượng máu tiếp nhận tại chỗ đáp ứng nhu cầu", approx="about"),
]

COMMENTS = [
    "Báo Đắk Lắk (ĐLO), Party newspaper: Hành trình Đỏ lần thứ XII, 1-3/8/2024; byline and bare date at the end (published).",
    "Distractors: 'Trong 3 ngày' and 'sau 12 năm tổ chức' (durations that only locate in time), 'lần thứ XII', 'Sư đoàn 320',",
    "'số 567 Lê Duẩn', 'Quốc lộ 14', 'Quốc lộ 26', the date line. The period of the lead is '1 đến 3/8/2024' (the most specific phrase).",
    "The five parts after 'Trong đó' add up to 2.136 (total), including the 'lần lượt' pair; districts go to location.",
    "'96 trường hợp ... chiếm 8,3%': share as attribute; no total (no part-of cue to the 1.150 screened).",
    "'phấn đấu 16.000' is a target; the next clause '7 tháng đầu năm đã đạt 9.870' has its own verb: actual, share 61,7%.",
    "'(2013-2024)' read as a giai đoạn period. 'mỗi năm khoảng 45.000 - 50.000' is a yearly need: no period; 'khoảng' applies to the range.",
]

if __name__ == "__main__":
    emit("p480-5", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Đắk Lắk")
