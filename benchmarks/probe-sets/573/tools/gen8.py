"""p573-8: provincial broadcaster (KGTV, Kiên Giang), land violations and disputes in Phú Quốc, 2023."""
from lib import F, P, INH, CH, emit

TEXT = """Đài Phát thanh và Truyền hình Kiên Giang
Thời sự | Kinh tế | Xã hội
Phú Quốc: Xử lý 215 trường hợp vi phạm đất đai trong năm 2023
16:05, 20/02/2024

(KGTV) - Năm 2023, UBND TP Phú Quốc đã phát hiện, xử lý 215 trường hợp vi phạm pháp luật về đất đai và xây dựng, giảm 31% so với năm 2022; ban hành 174 quyết định xử phạt vi phạm hành chính với tổng số tiền phạt hơn 6,4 tỷ đồng. Lực lượng chức năng đã cưỡng chế, tháo dỡ 96 công trình xây dựng trái phép trên đất rừng phòng hộ và đất nông nghiệp, thu hồi 12,6 ha đất bị lấn chiếm.

Cũng trong năm 2023, thành phố tiếp nhận 387 đơn tranh chấp, khiếu nại về đất đai, gồm 241 đơn tranh chấp và 146 đơn khiếu nại; đã giải quyết 342 đơn, đạt 88,4%.

Về cấp giấy chứng nhận, Chi nhánh Văn phòng Đăng ký đất đai Phú Quốc đã cấp 3.968 giấy chứng nhận, trong đó có 1.120 giấy chứng nhận cấp lần đầu. Quý I/2024, thành phố đặt chỉ tiêu cấp khoảng 1.000 giấy chứng nhận.

Theo ông Lê Quốc Anh, Phó Chủ tịch UBND TP Phú Quốc, năm 2023 toàn tỉnh Kiên Giang thu tiền sử dụng đất đạt 2.154 tỷ đồng, trong đó Phú Quốc chiếm gần 60%. Thành phố phấn đấu năm 2024 thu từ 1.300 đến 1.500 tỷ đồng tiền sử dụng đất.

Người dân phản ánh vi phạm đất đai qua đường dây nóng 0297.3846.115 hoặc trực tiếp tại trụ sở số 1 đường 30/4, phường Dương Đông.

Tuấn Anh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("215 trường hợp vi phạm đất đai", "215", 215, "count", "trường hợp", "trường hợp vi phạm đất đai xử lý",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("215 trường hợp vi phạm pháp luật", "215", 215, "count", "trường hợp",
      "trường hợp vi phạm pháp luật về đất đai và xây dựng phát hiện, xử lý", Y23,
      change=CH("decrease", 31, "%", "năm 2022")),
    F("ban hành 174 quyết định", "174", 174, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", Y23),
    F("hơn 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "tổng số tiền phạt", Y23, approx="over"),
    F("tháo dỡ 96 công trình", "96", 96, "count", "công trình", "công trình xây dựng trái phép cưỡng chế, tháo dỡ",
      INH(Y23)),
    F("thu hồi 12,6 ha", "12,6", 12.6, "measure", "ha", "đất bị lấn chiếm thu hồi", INH(Y23)),
    F("tiếp nhận 387 đơn", "387", 387, "count", "đơn", "đơn tranh chấp, khiếu nại về đất đai tiếp nhận", Y23c),
    F("gồm 241 đơn", "241", 241, "count", "đơn", "đơn tranh chấp", Y23c, total=387),
    F("và 146 đơn", "146", 146, "count", "đơn", "đơn khiếu nại", Y23c, total=387),
    F("giải quyết 342 đơn", "342", 342, "count", "đơn", "đơn đã giải quyết", Y23c, percent=88.4),
    F("cấp 3.968 giấy chứng nhận", "3.968", 3968, "count", "giấy chứng nhận", "giấy chứng nhận đã cấp"),
    F("có 1.120 giấy chứng nhận", "1.120", 1120, "count", "giấy chứng nhận", "giấy chứng nhận cấp lần đầu",
      total=3968),
    F("khoảng 1.000 giấy chứng nhận", "1.000", 1000, "count", "giấy chứng nhận", "giấy chứng nhận cấp",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="about", status="target"),
    F("đạt 2.154 tỷ đồng", "2.154", 2154e9, "money", "đồng", "thu tiền sử dụng đất", Y23b, location="Kiên Giang"),
    F("chiếm gần 60%", "60", 60, "percent", "%", "tỷ trọng thu tiền sử dụng đất của Phú Quốc trong toàn tỉnh", Y23b,
      approx="nearly"),
    F("từ 1.300 đến 1.500 tỷ đồng", "1.300", 1300e9, "money", "đồng", "thu tiền sử dụng đất",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=1500e9, status="target"),
]

COMMENTS = [
    "p573-8 — Đài PT-TH Kiên Giang (KGTV, provincial broadcaster): vi phạm, tranh chấp đất đai, cấp GCN, tiền sử dụng đất ở TP Phú Quốc 2023 (invented).",
    "Published from '16:05, 20/02/2024'. Default location Phú Quốc (a city, the article's subject); the province's 2.154 tỷ is Kiên Giang.",
    "Distractors: hotline, 'số 1 đường 30/4' (a road named by a date), 'phường Dương Đông', '(KGTV)', dateline.",
    "'đặt chỉ tiêu' -> target; 'gồm 241 … và 146' are parts of 387 (they add up); 342 'đạt 88,4%' is a share, no part-of cue.",
    "'trong đó Phú Quốc chiếm gần 60%' is a percent figure (share of the province's fee), not a total.",
]

if __name__ == "__main__":
    emit("p573-8", TEXT, COMMENTS, FIGS, published="2024-02-20", location="Phú Quốc")
