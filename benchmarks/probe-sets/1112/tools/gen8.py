"""p1112-8: Báo Kiên Giang online (BKG): boat, canoe and yacht tours around the islands of Phú Quốc, 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Phú Quốc: Gần 1,1 triệu lượt khách đi tàu tham quan biển đảo trong 9 tháng
Cập nhật lúc 15:40, Thứ sáu, 18/10/2024

(BKG) - Theo Phòng Văn hóa và Thông tin TP. Phú Quốc, 9 tháng đầu năm 2024, các tàu, ca nô, du thuyền đã phục vụ gần 1,1 triệu lượt khách tham quan biển đảo, tăng 32% so với cùng kỳ năm 2023, đạt 84,6% kế hoạch năm.

Hiện TP. Phú Quốc có 286 phương tiện thủy được cấp phép kinh doanh vận chuyển khách du lịch, trong đó có 31 du thuyền, 104 tàu du lịch và 151 ca nô. Các tuyến có lượng khách đông nhất là quần đảo An Thới (khoảng 620.000 lượt), Hòn Thơm (gần 240.000 lượt) và khu vực Gành Dầu (trên 95.000 lượt).

Giá tour du thuyền 4 đảo ở An Thới dao động 650.000-900.000 đồng/khách; thuê nguyên chiếc du thuyền 20 chỗ khoảng 35 triệu đồng/ngày. Theo Ban Quản lý cảng hành khách An Thới, trung bình mỗi ngày có 70-80 lượt tàu xuất bến; riêng ngày 2/9 có 140 lượt tàu xuất bến.

Từ đầu năm đến nay, Cảng vụ Đường thủy nội địa Kiên Giang đã kiểm tra 412 lượt phương tiện tại Phú Quốc, phát hiện 28 phương tiện vi phạm, chủ yếu chở quá số người quy định và thiếu dụng cụ nổi cứu sinh; xử phạt hơn 180 triệu đồng.

Năm 2025, TP. Phú Quốc phấn đấu có 45 du thuyền hoạt động, đưa vào khai thác bến du thuyền Bãi Vòng với 80 vị trí neo đậu.

LÊ HOÀNG
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ROUTE = "lượt khách tham quan tuyến"

FIGS = [
    F("Gần 1,1 triệu", "1,1", 1_100_000, "count", "lượt khách", "lượt khách đi tàu tham quan biển đảo Phú Quốc",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("gần 1,1 triệu", "1,1", 1_100_000, "count", "lượt khách",
      "lượt khách tham quan biển đảo được tàu, ca nô, du thuyền phục vụ", M9, approx="nearly",
      change=C("increase", 32, "%", "cùng kỳ năm 2023"), percent=84.6),
    F("có 286 phương tiện", "286", 286, "count", "phương tiện",
      "phương tiện thủy được cấp phép kinh doanh vận chuyển khách du lịch"),
    F("có 31 du thuyền", "31", 31, "count", "du thuyền", "du thuyền", total=286),
    F("104 tàu du lịch", "104", 104, "count", "tàu du lịch", "tàu du lịch", total=286),
    F("151 ca nô", "151", 151, "count", "ca nô", "ca nô", total=286),
    F("khoảng 620.000 lượt", "620.000", 620_000, "count", "lượt", ROUTE + " quần đảo An Thới", I(M9),
      approx="about"),
    F("gần 240.000 lượt", "240.000", 240_000, "count", "lượt", ROUTE + " Hòn Thơm", I(M9), approx="nearly"),
    F("trên 95.000 lượt", "95.000", 95_000, "count", "lượt", ROUTE + " khu vực Gành Dầu", I(M9), approx="over"),
    F("du thuyền 4 đảo", "4", 4, "count", "đảo", optional=True),
    F("650.000-900.000 đồng/khách", "650.000", 650_000, "money", "đồng/khách",
      "giá tour du thuyền 4 đảo ở An Thới", value_max=900_000),
    F("du thuyền 20 chỗ", "20", 20, "count", "chỗ", optional=True),
    F("khoảng 35 triệu đồng/ngày", "35", 35e6, "money", "đồng/ngày", "giá thuê nguyên chiếc du thuyền 20 chỗ",
      approx="about"),
    F("có 70-80 lượt tàu", "70", 70, "measure", "lượt tàu/ngày", "lượt tàu xuất bến trung bình mỗi ngày",
      value_max=80),
    F("có 140 lượt tàu", "140", 140, "count", "lượt tàu", "lượt tàu xuất bến",
      P("ngày 2/9", "2024-09-02", "2024-09-02")),
    F("kiểm tra 412 lượt phương tiện", "412", 412, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", YTD),
    F("phát hiện 28 phương tiện", "28", 28, "count", "phương tiện", "phương tiện vi phạm bị phát hiện", YTD),
    F("hơn 180 triệu đồng", "180", 180e6, "money", "đồng", "tiền xử phạt vi phạm", YTD, approx="over"),
    F("có 45 du thuyền", "45", 45, "count", "du thuyền", "du thuyền hoạt động", Y25, status="target"),
    F("với 80 vị trí", "80", 80, "count", "vị trí neo đậu", "vị trí neo đậu của bến du thuyền Bãi Vòng", Y25,
      status="target"),
]

NOTES = [
    "Báo Kiên Giang online: headline figure with year-less 'trong 9 tháng' (2024 from the dateline), 'Cập nhật lúc 15:40,",
    "Thứ sáu, 18/10/2024', tag '(BKG) -', byline at the end. Location: the city Phú Quốc (TP. Phú Quốc).",
    "Distractors: '(BKG)', '15:40', 'ngày 2/9' (a date), 'Cảng vụ Đường thủy nội địa Kiên Giang' (an agency's name).",
    "'tour du thuyền 4 đảo' (a product name) and 'du thuyền 20 chỗ' (a specification) are optional.",
    "31 + 104 + 151 = 286 after 'trong đó': total 286. The route list (no cue, sum 955.000 of 1,1 triệu) gets no total; its period is inherited.",
    "'mỗi ngày có 70-80 lượt tàu' is a rate (measure, lượt tàu/ngày); 'ngày 2/9 có 140 lượt tàu' is a count on that day.",
    "'phấn đấu' governs both the yachts and the berths of 2025 (target).",
]

if __name__ == "__main__":
    write("p1112-8", TEXT, NOTES, FIGS, published="2024-10-18", location="Phú Quốc")
