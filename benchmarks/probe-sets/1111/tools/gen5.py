"""p1111-5: Báo Bình Định (provincial Party paper), Quy Nhơn coastal resorts, 11 months 2023; byline + bare date at end."""
from lib import F, P, I, C, T, emit

TEXT = """Resort ven biển Quy Nhơn: Nguồn cung tăng nhanh, công suất phòng chưa cao

Hiện trên địa bàn tỉnh có 27 resort ven biển đang hoạt động với tổng cộng 3.840 phòng, gấp 1,6 lần so với năm 2019. Tuy nhiên, công suất phòng bình quân 11 tháng năm 2023 chỉ đạt khoảng 52%, thấp hơn 8 điểm phần trăm so với mục tiêu đề ra.

Theo Sở Du lịch, 11 tháng năm 2023, các resort ven biển đón 1,42 triệu lượt khách lưu trú, bằng 108% cùng kỳ; doanh thu đạt 2.960 tỷ đồng. Khách quốc tế chiếm khoảng 18%, chủ yếu là khách Hàn Quốc đến qua đường bay thẳng Seoul - Phù Cát. Các resort giải quyết việc làm cho khoảng 5.200 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Ông Trần Văn Bảy, Giám đốc một resort tại xã Nhơn Lý (TP Quy Nhơn), cho biết khu nghỉ có 186 phòng, mùa hè công suất đạt 85-90% nhưng từ tháng 10 đến nay chỉ còn dưới 30%.

Khu kinh tế Nhơn Hội hiện có 9 dự án resort đang xây dựng với tổng vốn đăng ký trên 21.000 tỷ đồng, quy mô khoảng 4.500 phòng. Lớn nhất là dự án rộng 112 ha, vốn đầu tư 5.600 tỷ đồng, dự kiến hoàn thành giai đoạn 1 vào năm 2025 với 650 phòng. Dự kiến đến năm 2026, tổng số phòng resort ven biển của tỉnh sẽ vượt 8.000 phòng.

Tại Kỳ họp thứ 15 HĐND tỉnh khóa XIII, tỉnh đặt mục tiêu năm 2025 đón 2 triệu lượt khách lưu trú tại các resort, công suất phòng đạt 60%. Để hút khách mùa thấp điểm, tỉnh đang hoàn thiện Quốc lộ 19B và kêu gọi mở thêm đường bay quốc tế.

HOÀI THU
18/12/2023
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 27 resort", "27", 27, "count", "resort", subject="resort ven biển đang hoạt động"),
    F("tổng cộng 3.840 phòng", "3.840", 3840, "count", "phòng",
      change=C("increase", 1.6, "lần", "năm 2019"), subject="phòng của các resort ven biển"),
    F("khoảng 52%", "52", 52, "percent", "%", approx="about",
      change=C("decrease", 8, "điểm phần trăm", "mục tiêu đề ra"),
      subject="công suất phòng bình quân", period=M11),
    F("đón 1,42 triệu lượt", "1,42", 1420000, "count", "lượt khách", percent=108,
      subject="lượt khách lưu trú tại các resort ven biển", period=M11),
    F("đạt 2.960 tỷ đồng", "2.960", 2960e9, "money", "đồng", subject="doanh thu của các resort ven biển", period=M11),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="khách quốc tế trong lượt khách lưu trú tại các resort", period=I(M11)),
    F("khoảng 5.200 lao động", "5.200", 5200, "count", "lao động", approx="about",
      subject="lao động có việc làm tại các resort"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động tại các resort"),
    F("có 186 phòng", "186", 186, "count", "phòng", location="Quy Nhơn", subject="phòng của một resort tại xã Nhơn Lý"),
    F("đạt 85-90%", "85", 85, "percent", "%", value_max=90, location="Quy Nhơn",
      subject="công suất phòng mùa hè của resort"),
    F("dưới 30%", "30", 30, "percent", "%", approx="under", location="Quy Nhơn",
      subject="công suất phòng của resort", period=P("từ tháng 10 đến nay", "2023-10-01", "2023-12-18")),
    F("có 9 dự án", "9", 9, "count", "dự án", subject="dự án resort đang xây dựng tại Khu kinh tế Nhơn Hội"),
    F("trên 21.000 tỷ đồng", "21.000", 21000e9, "money", "đồng", approx="over",
      subject="tổng vốn đăng ký các dự án resort đang xây dựng"),
    F("khoảng 4.500 phòng", "4.500", 4500, "count", "phòng", approx="about",
      subject="quy mô phòng các dự án resort đang xây dựng"),
    F("rộng 112 ha", "112", 112, "measure", "ha", subject="diện tích dự án resort lớn nhất"),
    F("5.600 tỷ đồng", "5.600", 5600e9, "money", "đồng", subject="vốn đầu tư dự án resort lớn nhất"),
    F("với 650 phòng", "650", 650, "count", "phòng", status="forecast",
      subject="phòng giai đoạn 1 của dự án resort lớn nhất", period=Y25),
    F("vượt 8.000 phòng", "8.000", 8000, "count", "phòng", approx="over", status="forecast",
      subject="tổng số phòng resort ven biển của tỉnh", period=P("đến năm 2026", None, "2026-12-31")),
    F("đón 2 triệu lượt", "2", 2000000, "count", "lượt khách", status="target",
      subject="lượt khách lưu trú tại các resort", period=Y25),
    F("đạt 60%", "60", 60, "percent", "%", status="target", subject="công suất phòng", period=Y25),
]

COMMENTS = [
    "Báo Bình Định style: headline, body, byline 'HOÀI THU' and bare date '18/12/2023' at the end. No province name in the body",
    "except via Quy Nhơn / Nhơn Hội / Phù Cát: location Bình Định; the single resort in xã Nhơn Lý (TP Quy Nhơn) → Quy Nhơn.",
    "'gấp 1,6 lần so với năm 2019' after 3.840 phòng is its change (×1,6). 'thấp hơn 8 điểm phần trăm so với mục tiêu' is a change of 52%.",
    "'bằng 108% cùng kỳ' is the percent of 1,42 triệu. 'mùa hè' gives no dates: no period for 85-90%.",
    "'Hiện …' sentences have no period. 'từ tháng 10 đến nay' ends at the date 2023-12-18.",
    "Not figures: 'Seoul - Phù Cát', 'giai đoạn 1', 'Kỳ họp thứ 15', 'khóa XIII', 'Quốc lộ 19B', name 'Trần Văn Bảy'.",
]

if __name__ == "__main__":
    emit("p1111-5", TEXT, FIGS, COMMENTS, published="2023-12-18", location="Bình Định")
