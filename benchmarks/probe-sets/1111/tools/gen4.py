"""p1111-4: Cục Du lịch Quốc gia Việt Nam (central agency), national coastal resorts 2024."""
from lib import F, P, I, C, T, emit

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ | Tin tức | Số liệu thống kê

Năm 2024: cả nước có gần 1.300 resort ven biển

Ngày đăng: 16/01/2025 | Lượt xem: 1.207

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2024, cả nước có 1.286 khu nghỉ dưỡng (resort) ven biển đang hoạt động tại 28 tỉnh, thành phố có biển, với khoảng 98.500 phòng, chiếm 12,3% tổng số buồng lưu trú toàn quốc. Trong số đó, 312 resort được xếp hạng từ 4 sao trở lên. Số phòng resort 5 sao hiện gấp 2,4 lần năm 2015.

Các địa phương có nhiều resort ven biển nhất lần lượt là Bình Thuận (203 resort), Khánh Hòa (142 resort), Kiên Giang (136 resort), Quảng Nam (97 resort) và Bà Rịa - Vũng Tàu (93 resort).

Năm 2024, các resort ven biển đón khoảng 28,6 triệu lượt khách lưu trú, tăng 14,2% so với năm 2023, trong đó khách quốc tế đạt 7,9 triệu lượt, chiếm 27,6%. Công suất phòng bình quân đạt 62,8%, cao hơn 5,1 điểm phần trăm so với năm 2023 nhưng vẫn thấp hơn mức 68,4% của năm 2019. Tổng thu từ khách lưu trú tại các resort ven biển ước đạt 186.400 tỷ đồng, chiếm khoảng 22% tổng thu từ khách du lịch.

Hiện cả nước còn khoảng 240 dự án resort ven biển đang xây dựng, dự kiến bổ sung thêm 36.000 phòng trong giai đoạn 2025-2027.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg), mục tiêu đến năm 2030 công suất phòng bình quân của các resort ven biển đạt tối thiểu 70%.

Cục Du lịch Quốc gia Việt Nam - 80 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.3760
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
LIST = "resort ven biển"

FIGS = [
    F("gần 1.300 resort", "1.300", 1300, "count", "resort", approx="nearly",
      subject="resort ven biển", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 1.286 khu nghỉ dưỡng", "1.286", 1286, "count", "khu nghỉ dưỡng",
      subject="khu nghỉ dưỡng (resort) ven biển đang hoạt động", period=ASOF),
    F("tại 28 tỉnh, thành phố", "28", 28, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố có biển có resort ven biển đang hoạt động", period=ASOF),
    F("khoảng 98.500 phòng", "98.500", 98500, "count", "phòng", approx="about", percent=12.3,
      subject="phòng của các resort ven biển", period=ASOF),
    F("312 resort", "312", 312, "count", "resort", total=1286,
      subject="resort được xếp hạng từ 4 sao trở lên", period=I(ASOF)),
    F("từ 4 sao trở lên", "4", 4, "measure", "sao", approx="at_least", optional=True,
      subject="hạng sao của resort"),
    F("resort 5 sao", "5", 5, "measure", "sao", optional=True, subject="hạng sao của resort"),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", subject="số phòng resort 5 sao so với năm 2015"),
    F("Bình Thuận (203 resort)", "203", 203, "count", "resort", location="Bình Thuận", subject=LIST, period=I(ASOF)),
    F("Khánh Hòa (142 resort)", "142", 142, "count", "resort", location="Khánh Hòa", subject=LIST, period=I(ASOF)),
    F("Kiên Giang (136 resort)", "136", 136, "count", "resort", location="Kiên Giang", subject=LIST, period=I(ASOF)),
    F("Quảng Nam (97 resort)", "97", 97, "count", "resort", location="Quảng Nam", subject=LIST, period=I(ASOF)),
    F("Bà Rịa - Vũng Tàu (93 resort)", "93", 93, "count", "resort", location="Bà Rịa - Vũng Tàu",
      subject=LIST, period=I(ASOF)),
    F("khoảng 28,6 triệu lượt", "28,6", 28600000, "count", "lượt khách", approx="about",
      change=C("increase", 14.2, "%", "năm 2023"),
      subject="lượt khách lưu trú tại các resort ven biển", period=Y24),
    F("đạt 7,9 triệu lượt", "7,9", 7900000, "count", "lượt", total=28600000, percent=27.6,
      subject="khách quốc tế lưu trú tại các resort ven biển", period=Y24),
    F("đạt 62,8%", "62,8", 62.8, "percent", "%", change=C("increase", 5.1, "điểm phần trăm", "năm 2023"),
      subject="công suất phòng bình quân của các resort ven biển", period=I(Y24)),
    F("mức 68,4%", "68,4", 68.4, "percent", "%", subject="công suất phòng bình quân của các resort ven biển",
      period=P("năm 2019", "2019-01-01", "2019-12-31")),
    F("ước đạt 186.400 tỷ đồng", "186.400", 186400e9, "money", "đồng", status="estimate", percent=22,
      subject="tổng thu từ khách lưu trú tại các resort ven biển", period=I(Y24)),
    F("khoảng 240 dự án", "240", 240, "count", "dự án", approx="about",
      subject="dự án resort ven biển đang xây dựng"),
    F("thêm 36.000 phòng", "36.000", 36000, "count", "phòng", status="forecast",
      subject="phòng resort ven biển bổ sung", period=P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")),
    F("tối thiểu 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="công suất phòng bình quân của các resort ven biển", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam site, 'Ngày đăng: 16/01/2025 | Lượt xem: 1.207'. National figures: location Việt Nam.",
    "'Trong số đó, 312 resort' is a part of 1.286 (the resort whole, not the rooms that stand just before the cue).",
    "'gấp 2,4 lần năm 2015' has no base amount: a multiple figure. '4 sao', '5 sao' star classes: optional.",
    "'lần lượt là Bình Thuận (203 resort), …' is a ranking that does not add up to 1.286: no total; provinces → location.",
    "'thấp hơn mức 68,4% của năm 2019': a level of its own (not a change). 'chiếm khoảng 22%' is the percent of 186.400 tỷ.",
    "Not figures: Lượt xem, Quyết định số 147/QĐ-TTg, 'giai đoạn 2025-2027', address '80 Quán Sứ', phone.",
]

if __name__ == "__main__":
    emit("p1111-4", TEXT, FIGS, COMMENTS, published="2025-01-16", location="Việt Nam")
