"""p880-4: ministry site (Cục Thủy lợi, Bộ NN&PTNT), national pump-station statistics, March 2025."""
from lib import F, P, I, C, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY LỢI
Trang chủ » Tin tức » Tin hoạt động

Cả nước có hơn 19.000 trạm bơm điện phục vụ tưới, tiêu

Ngày đăng: 22/03/2025 | Lượt xem: 1.467

Theo số liệu tổng hợp của Cục Thủy lợi, tính đến 31/12/2024, cả nước có 19.426 trạm bơm điện các loại, trong đó 1.120 trạm bơm lớn có lưu lượng thiết kế từ 10.000 m3/h trở lên và 6.780 trạm bơm tiêu, tưới tiêu kết hợp. Tổng công suất lắp đặt của các trạm bơm khoảng 2.850 MW. Các hệ thống thủy lợi bảo đảm tưới cho khoảng 4,3 triệu ha lúa và tiêu úng cho trên 2,2 triệu ha đất nông nghiệp. Các địa phương có nhiều trạm bơm tiêu nhất lần lượt là Hà Nội (612 trạm), Thái Bình (486 trạm), Nam Định (431 trạm) và Hải Dương (395 trạm).

Năm 2024, tổng vốn đầu tư xây dựng, nâng cấp trạm bơm từ ngân sách trung ương đạt 3.240 tỷ đồng, tăng 12,5% so với năm 2023; 214 trạm bơm được cải tạo, thay thế máy bơm. Tổng điện năng tiêu thụ cho bơm tưới, tiêu ước khoảng 3,9 tỷ kWh, chi phí tiền điện khoảng 7.100 tỷ đồng, chiếm 38% tổng chi phí vận hành của các công ty khai thác thủy lợi. Đến nay, 63/63 tỉnh, thành phố đã ban hành giá cụ thể sản phẩm, dịch vụ công ích thủy lợi.

Theo Chiến lược thủy lợi Việt Nam đến năm 2030, tầm nhìn đến năm 2050, mục tiêu đến năm 2030 bảo đảm tiêu thoát nước cho 3,3 triệu ha đất nông nghiệp và cải tạo 2.000 trạm bơm đã xuống cấp. Bộ dự kiến năm 2025 bố trí khoảng 2.500 tỷ đồng cho các dự án trạm bơm tiêu lớn.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5703
"""

ASOF = P("tính đến 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 19.000 trạm bơm điện", "19.000", 19000, "count", "trạm bơm điện", "trạm bơm điện phục vụ tưới, tiêu",
      approx="over"),
    F("có 19.426 trạm bơm điện", "19.426", 19426, "count", "trạm bơm điện", "trạm bơm điện các loại", ASOF),
    F("1.120 trạm bơm lớn", "1.120", 1120, "count", "trạm bơm", "trạm bơm lớn", ASOF, total=19426),
    F("từ 10.000 m3/h trở lên", "10.000", 10000, "measure", "m3/h", "lưu lượng thiết kế trạm bơm lớn",
      approx="at_least", optional=True),
    F("6.780 trạm bơm tiêu", "6.780", 6780, "count", "trạm bơm", "trạm bơm tiêu, tưới tiêu kết hợp", ASOF, total=19426),
    F("khoảng 2.850 MW", "2.850", 2850, "measure", "MW", "tổng công suất lắp đặt của các trạm bơm", I(ASOF),
      approx="about"),
    F("khoảng 4,3 triệu ha", "4,3", 4.3e6, "measure", "ha", "diện tích lúa được bảo đảm tưới", I(ASOF), approx="about"),
    F("trên 2,2 triệu ha", "2,2", 2.2e6, "measure", "ha", "diện tích đất nông nghiệp được tiêu úng", I(ASOF),
      approx="over"),
    F("Hà Nội (612 trạm)", "612", 612, "count", "trạm", "trạm bơm tiêu", I(ASOF), location="Hà Nội"),
    F("Thái Bình (486 trạm)", "486", 486, "count", "trạm", "trạm bơm tiêu", I(ASOF), location="Thái Bình"),
    F("Nam Định (431 trạm)", "431", 431, "count", "trạm", "trạm bơm tiêu", I(ASOF), location="Nam Định"),
    F("Hải Dương (395 trạm)", "395", 395, "count", "trạm", "trạm bơm tiêu", I(ASOF), location="Hải Dương"),
    F("đạt 3.240 tỷ đồng", "3.240", 3240e9, "money", "đồng",
      "vốn đầu tư xây dựng, nâng cấp trạm bơm từ ngân sách trung ương", Y24,
      change=C("increase", 12.5, "%", "năm 2023")),
    F("214 trạm bơm", "214", 214, "count", "trạm bơm", "trạm bơm được cải tạo, thay thế máy bơm", Y24),
    F("khoảng 3,9 tỷ kWh", "3,9", 3.9e9, "measure", "kWh", "điện năng tiêu thụ cho bơm tưới, tiêu", I(Y24),
      approx="about", status="estimate"),
    F("khoảng 7.100 tỷ đồng", "7.100", 7100e9, "money", "đồng", "chi phí tiền điện bơm tưới, tiêu", I(Y24),
      approx="about", status="estimate", percent=38),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành giá cụ thể sản phẩm, dịch vụ công ích thủy lợi",
      P("Đến nay", None, "2025-03-22"), total=63),
    F("cho 3,3 triệu ha", "3,3", 3.3e6, "measure", "ha", "diện tích đất nông nghiệp được bảo đảm tiêu thoát nước", T30,
      status="target"),
    F("cải tạo 2.000 trạm bơm", "2.000", 2000, "count", "trạm bơm", "trạm bơm đã xuống cấp được cải tạo", T30,
      status="target"),
    F("khoảng 2.500 tỷ đồng", "2.500", 2500e9, "money", "đồng", "vốn bố trí cho các dự án trạm bơm tiêu lớn",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Cục Thủy lợi, Bộ NN&PTNT): national pump-station statistics. 'Ngày đăng: 22/03/2025 | Lượt xem: 1.467'.",
    "Distractors: 'Chiến lược thủy lợi Việt Nam đến năm 2030, tầm nhìn đến năm 2050' (a name), address 'Số 2 Ngọc Hà', phone, view counter.",
    "National figures are Việt Nam; the list 'lần lượt là Hà Nội (612 trạm), ...' is a ranking: each item takes its province, no total.",
    "'từ 10.000 m3/h trở lên' is the class threshold of a large station (optional). '63/63 tỉnh' → total 63; 'Đến nay' ends at the dateline.",
    "'chiếm 38% tổng chi phí' is the share of 7.100 tỷ đồng; 'ước khoảng' makes 3,9 tỷ kWh and the continuing clause estimates.",
]

if __name__ == "__main__":
    write("p880-4", TEXT, FIGS, NOTES, published="2025-03-22", location="Việt Nam")
