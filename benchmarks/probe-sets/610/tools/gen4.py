"""p610-4: ministry site (Bộ NN&PTNT), national rural water supply status end 2023, provinces, targets 2025/2030."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy lợi
Ngày đăng: 21/06/2024 | Lượt xem: 2.093

Cả nước có gần 2.600 công trình cấp nước nông thôn không hoạt động

Ngày 20/6, tại Hà Nội, Cục Thủy lợi tổ chức hội nghị sơ kết 3 năm thực hiện Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn (Quyết định số 1978/QĐ-TTg ngày 24/11/2021).

Theo báo cáo, tính đến hết năm 2023, cả nước có 18.540 công trình cấp nước tập trung nông thôn, trong đó 6.120 công trình hoạt động bền vững (chiếm 33%), 6.300 công trình tương đối bền vững (34%), 3.520 công trình kém bền vững (19%) và gần 2.600 công trình không hoạt động (14%).

Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt 98%; tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn đạt 57%, tăng 6 điểm phần trăm so với năm 2020. Có 9/63 tỉnh, thành phố đạt tỷ lệ trên 90%. Dẫn đầu là Bình Dương (99,8%), Đồng Nai (96,1%), Bà Rịa - Vũng Tàu (94,5%); thấp nhất là Lai Châu (23,4%), Điện Biên (25,1%) và Hà Giang (27,9%).

Giai đoạn 2021-2023, tổng vốn đầu tư cho cấp nước sạch nông thôn đạt khoảng 26.800 tỷ đồng, trong đó ngân sách nhà nước chiếm 41%, còn lại là vốn doanh nghiệp và vốn vay ưu đãi. Giá nước sạch nông thôn hiện dao động từ 5.500 đến 15.000 đồng/m³ tùy địa phương.

Chiến lược đặt mục tiêu đến năm 2025 có 65% dân số nông thôn sử dụng nước sạch đạt quy chuẩn với số lượng tối thiểu 60 lít/người/ngày; đến năm 2030, tỷ lệ này là 80%.

Phát biểu tại hội nghị, Thứ trưởng Nguyễn Hoàng Hiệp đề nghị các địa phương rà soát, xử lý dứt điểm các công trình không hoạt động trong năm 2024.

Cục Thủy lợi - số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

END23 = P("tính đến hết năm 2023", end="2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
SUBJ = "tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn"

FIGS = [
    F("có gần 2.600 công trình cấp", "2.600", 2600, "count", "công trình", "công trình cấp nước nông thôn không hoạt động", I(END23),
      approx="nearly"),
    F("có 18.540 công trình", "18.540", 18540, "count", "công trình", "công trình cấp nước tập trung nông thôn", END23),
    F("6.120 công trình", "6.120", 6120, "count", "công trình", "công trình hoạt động bền vững", END23, total=18540, percent=33),
    F("6.300 công trình", "6.300", 6300, "count", "công trình", "công trình tương đối bền vững", END23, total=18540, percent=34),
    F("3.520 công trình", "3.520", 3520, "count", "công trình", "công trình kém bền vững", END23, total=18540, percent=19),
    F("và gần 2.600 công trình", "2.600", 2600, "count", "công trình", "công trình không hoạt động", END23,
      approx="nearly", total=18540, percent=14),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", I(END23)),
    F("đạt 57%", "57", 57, "percent", "%", SUBJ, I(END23), change=CH("increase", 6, "điểm phần trăm", "năm 2020")),
    F("Có 9/63", "9", 9, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn trên 90%", total=63),
    F("tỷ lệ trên 90%", "90", 90, "percent", "%", approx="over", optional=True),
    F("(99,8%)", "99,8", 99.8, "percent", "%", SUBJ, location="Bình Dương"),
    F("(96,1%)", "96,1", 96.1, "percent", "%", SUBJ, location="Đồng Nai"),
    F("(94,5%)", "94,5", 94.5, "percent", "%", SUBJ, location="Bà Rịa - Vũng Tàu"),
    F("(23,4%)", "23,4", 23.4, "percent", "%", SUBJ, location="Lai Châu"),
    F("(25,1%)", "25,1", 25.1, "percent", "%", SUBJ, location="Điện Biên"),
    F("(27,9%)", "27,9", 27.9, "percent", "%", SUBJ, location="Hà Giang"),
    F("khoảng 26.800 tỷ đồng", "26.800", 26800e9, "money", "đồng", "tổng vốn đầu tư cho cấp nước sạch nông thôn", G, approx="about"),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng ngân sách nhà nước trong tổng vốn đầu tư cho cấp nước sạch nông thôn", G),
    F("từ 5.500 đến 15.000", "5.500", 5500, "money", "đồng/m³", "giá nước sạch nông thôn", value_max=15000),
    F("có 65% dân số", "65", 65, "percent", "%", "dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T25, status="target"),
    F("tối thiểu 60 lít", "60", 60, "measure", "lít/người/ngày", "số lượng nước sạch sử dụng", T25,
      approx="at_least", status="target"),
    F("là 80%", "80", 80, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: sơ kết 3 năm Chiến lược quốc gia cấp nước sạch và VSNT; national status to end 2023, provinces, 2025/2030 targets.",
    "Location Việt Nam (national total); provinces in the bracketed best/worst list are the location of their items, subject the list's indicator.",
    "Each work-class count after 'trong đó' has total 18.540 and its bracketed share as percent. '9/63' -> total 63; the threshold 'trên 90%' is optional.",
    "'ngân sách nhà nước chiếm 41%' has no base amount of its own: a percent figure. 'tối thiểu 60 lít/người/ngày' is a target measure, at_least.",
    "Not figures: 'sơ kết 3 năm' (duration), Quyết định số 1978/QĐ-TTg ngày 24/11/2021, 'Ngày 20/6', 'số 2 Ngọc Hà', 'Lượt xem: 2.093', 'trong năm 2024'.",
    "The '9/63' and list sentences have no period phrase (unscored).",
]

if __name__ == "__main__":
    emit("p610-4", TEXT, COMMENTS, FIGS, published="2024-06-21", location="Việt Nam")
