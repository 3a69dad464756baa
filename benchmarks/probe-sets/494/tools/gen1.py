"""p494-1: Quảng Ninh province portal — visitors, accommodation establishments, occupancy, spending, H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Cập nhật: 08/07/2024 10:25
Lượt xem: 3.482

Quảng Ninh đón gần 10,5 triệu lượt khách trong 6 tháng đầu năm

Theo báo cáo của Sở Du lịch, 6 tháng đầu năm 2024, toàn tỉnh đón gần 10,5 triệu lượt khách du lịch, tăng 12,4% so với cùng kỳ năm 2023, đạt 55,3% kế hoạch năm. Trong đó, khách quốc tế đạt 1,62 triệu lượt, tăng 48,7% so với cùng kỳ; khách nội địa đạt 8,86 triệu lượt. Tổng thu từ du lịch ước đạt 23.150 tỷ đồng, tăng 15,2% so với cùng kỳ.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.642 cơ sở lưu trú với 30.215 buồng, trong đó có 186 cơ sở được xếp hạng từ 1 đến 5 sao. Cơ sở lưu trú tập trung chủ yếu tại TP Hạ Long (1.028 cơ sở), huyện Vân Đồn (214 cơ sở) và huyện Cô Tô (97 cơ sở).

Công suất sử dụng buồng bình quân đạt 58,6%, cao hơn 4,2 điểm phần trăm so với cùng kỳ. Riêng dịp nghỉ lễ 30/4 - 1/5, công suất buồng tại TP Hạ Long đạt từ 85 đến 90%. Chi tiêu bình quân của khách quốc tế ước đạt 2,3 triệu đồng/người/ngày, khách nội địa khoảng 1,4 triệu đồng/người/ngày.

Năm 2024, tỉnh phấn đấu đón 19 triệu lượt khách, tổng thu từ du lịch đạt 45.000 tỷ đồng. Du khách cần hỗ trợ có thể liên hệ đường dây nóng 0203.3628.628 hoặc Trung tâm Thông tin xúc tiến du lịch, số 1 đường 25/4, phường Hồng Gai, TP Hạ Long.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Ninh đón gần 10,5 triệu", "10,5", 10_500_000, "count", "lượt khách", approx="nearly",
      subject="lượt khách đón", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tỉnh đón gần 10,5 triệu", "10,5", 10_500_000, "count", "lượt khách", approx="nearly", percent=55.3,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), subject="lượt khách du lịch toàn tỉnh đón", period=H1),
    F("đạt 1,62 triệu lượt", "1,62", 1_620_000, "count", "lượt", total=10_500_000,
      change=CH("increase", 48.7, baseline="cùng kỳ"), subject="khách quốc tế", period=I(H1)),
    F("đạt 8,86 triệu lượt", "8,86", 8_860_000, "count", "lượt", total=10_500_000,
      subject="khách nội địa", period=I(H1)),
    F("ước đạt 23.150 tỷ đồng", "23.150", 23_150e9, "money", "đồng", change=CH("increase", 15.2, baseline="cùng kỳ"),
      status="estimate", subject="tổng thu từ du lịch", period=I(H1)),
    F("có 1.642 cơ sở lưu trú", "1.642", 1642, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", period=ASOF),
    F("với 30.215 buồng", "30.215", 30215, "count", "buồng", subject="buồng của các cơ sở lưu trú", period=ASOF),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", total=1642,
      subject="cơ sở được xếp hạng từ 1 đến 5 sao", period=ASOF),
    F("(1.028 cơ sở)", "1.028", 1028, "count", "cơ sở", subject="cơ sở lưu trú", period=I(ASOF), location="Hạ Long"),
    F("(214 cơ sở)", "214", 214, "count", "cơ sở", subject="cơ sở lưu trú", period=I(ASOF), location="Vân Đồn"),
    F("(97 cơ sở)", "97", 97, "count", "cơ sở", subject="cơ sở lưu trú", period=I(ASOF), location="Cô Tô"),
    F("đạt 58,6%", "58,6", 58.6, "percent", "%",
      change=CH("increase", 4.2, unit="điểm phần trăm", baseline="cùng kỳ"),
      subject="công suất sử dụng buồng bình quân", period=I(H1)),
    F("từ 85 đến 90%", "85", 85, "percent", "%", value_max=90, subject="công suất buồng dịp nghỉ lễ",
      location="Hạ Long"),
    F("ước đạt 2,3 triệu", "2,3", 2_300_000, "money", "đồng/người/ngày", status="estimate",
      subject="chi tiêu bình quân của khách quốc tế"),
    F("khoảng 1,4 triệu", "1,4", 1_400_000, "money", "đồng/người/ngày", approx="about", status="estimate",
      subject="chi tiêu bình quân của khách nội địa"),
    F("đón 19 triệu lượt khách", "19", 19_000_000, "count", "lượt khách", status="target",
      subject="lượt khách đón", period=Y24),
    F("đạt 45.000 tỷ đồng", "45.000", 45_000e9, "money", "đồng", status="target",
      subject="tổng thu từ du lịch", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: du lịch 6 tháng đầu năm 2024 — khách, cơ sở lưu trú, công suất buồng, chi tiêu, mục tiêu năm.",
    "'Cập nhật: 08/07/2024 10:25' is the dateline; 'Lượt xem: 3.482', the hotline, 'số 1 đường 25/4', '30/4 - 1/5' are not figures.",
    "'xếp hạng từ 1 đến 5 sao': star classes are categories (like 'mức độ 3, 4'), not figures.",
    "Headline '6 tháng đầu năm' takes 2024 from the Cập nhật date. 'Trong đó' parts of the visitor total get total 10,5 triệu.",
    "District list after the establishment count neither adds up nor follows a cue: no total; districts go to location.",
    "'cao hơn 4,2 điểm phần trăm so với cùng kỳ' is the change of the 58,6% level. The 1,4 triệu clause continues 'ước đạt' (estimate).",
    "revised after first scoring: headline subject 'lượt khách Quảng Ninh đón' -> 'lượt khách đón' (a place goes to location, not into the subject).",
]

if __name__ == "__main__":
    emit("p494-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Ninh")
