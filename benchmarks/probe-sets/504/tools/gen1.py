"""p504-1: Bắc Ninh province portal - social housing, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ » Tin tức - Sự kiện » Kinh tế - Xây dựng

Bắc Ninh hoàn thành hơn 4.600 căn nhà ở xã hội trong 6 tháng đầu năm
Cập nhật: 08/07/2024 15:20
Lượt xem: 3.482

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, toàn tỉnh đã hoàn thành 4.628 căn nhà ở xã hội với tổng diện tích sàn khoảng 231.400 m², tăng 18,6% so với cùng kỳ năm 2023. Trong đó, nhà ở xã hội dành cho công nhân khu công nghiệp là 3.915 căn, chiếm 84,6%.

Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 42 dự án nhà ở xã hội đang triển khai, tập trung tại thành phố Bắc Ninh (14 dự án), thị xã Quế Võ (9 dự án), huyện Yên Phong (7 dự án) và thành phố Từ Sơn (5 dự án). Tổng mức đầu tư của các dự án khoảng 38.750 tỷ đồng.

Giá bán căn hộ nhà ở xã hội phổ biến từ 14 đến 17 triệu đồng/m², thấp hơn khoảng 40% so với nhà ở thương mại cùng khu vực. Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân 312,5 tỷ đồng cho 1.146 hộ gia đình vay mua, thuê mua nhà ở xã hội.

Theo Kế hoạch số 215/KH-UBND, tỉnh phấn đấu đến năm 2025 hoàn thành thêm khoảng 20.000 căn nhà ở xã hội; diện tích nhà ở bình quân toàn tỉnh đạt 33 m² sàn/người. Hiện nay, diện tích nhà ở bình quân của tỉnh đạt 31,2 m² sàn/người.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý nhà và Thị trường bất động sản, Sở Xây dựng, số 11 đường Lý Thái Tổ, phường Suối Hoa; điện thoại 0222.3822.516.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
T2025 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 4.600 căn", "4.600", 4600, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("hoàn thành 4.628 căn", "4.628", 4628, "count", "căn", "căn nhà ở xã hội hoàn thành", H1),
    F("khoảng 231.400 m²", "231.400", 231400, "measure", "m²", "tổng diện tích sàn nhà ở xã hội hoàn thành", H1,
      approx="about", change=CH("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("là 3.915 căn", "3.915", 3915, "count", "căn", "nhà ở xã hội dành cho công nhân khu công nghiệp", I(H1),
      total=4628, percent=84.6),
    F("có 42 dự án", "42", 42, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF),
    F("(14 dự án)", "14", 14, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF, location="Bắc Ninh"),
    F("(9 dự án)", "9", 9, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF, location="Quế Võ"),
    F("(7 dự án)", "7", 7, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF, location="Yên Phong"),
    F("(5 dự án)", "5", 5, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF, location="Từ Sơn"),
    F("khoảng 38.750 tỷ đồng", "38.750", 38750e9, "money", "đồng", "tổng mức đầu tư của các dự án nhà ở xã hội", I(ASOF),
      approx="about"),
    F("từ 14 đến 17 triệu", "14", 14e6, "money", "đồng/m²", "giá bán căn hộ nhà ở xã hội",
      value_max=17e6, change=CH("decrease", 40, baseline="nhà ở thương mại cùng khu vực", approx="about")),
    F("giải ngân 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng",
      "vốn Ngân hàng Chính sách xã hội giải ngân cho vay mua, thuê mua nhà ở xã hội"),
    F("cho 1.146 hộ", "1.146", 1146, "count", "hộ gia đình", "hộ gia đình vay mua, thuê mua nhà ở xã hội"),
    F("khoảng 20.000 căn", "20.000", 20000, "count", "căn", "căn nhà ở xã hội hoàn thành thêm", T2025,
      approx="about", status="target"),
    F("đạt 33 m²", "33", 33, "measure", "m² sàn/người", "diện tích nhà ở bình quân toàn tỉnh", T2025, status="target"),
    F("đạt 31,2 m²", "31,2", 31.2, "measure", "m² sàn/người", "diện tích nhà ở bình quân của tỉnh"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh (invented): nhà ở xã hội 6 tháng đầu năm 2024. 'Cập nhật: 08/07/2024 15:20' is the date;",
    "'Lượt xem: 3.482', 'Kế hoạch số 215/KH-UBND', 'số 11 đường Lý Thái Tổ', the phone number are not figures.",
    "The bracketed district list after 42 dự án (14+9+7+5 = 35) neither adds up nor follows a part cue: no total.",
    "'thấp hơn khoảng 40% so với nhà ở thương mại' is the change of the price range; the target clause after ';' keeps 'đến năm 2025'.",
]

if __name__ == "__main__":
    emit("p504-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bắc Ninh")
