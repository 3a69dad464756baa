"""p573-2: district portal (huyện Yên Mỹ, Hưng Yên), land-use fees, auctions, land recovery, 9 months 2023."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường
Thứ Năm, 12/10/2023 - 15:20
Yên Mỹ: Thu tiền sử dụng đất 9 tháng đạt gần 486 tỷ đồng

9 tháng năm 2023, tổng thu tiền sử dụng đất trên địa bàn huyện đạt 485,7 tỷ đồng, bằng 64,8% dự toán năm, giảm 21,3% so với cùng kỳ năm 2022. Nguyên nhân chủ yếu do thị trường bất động sản trầm lắng, một số phiên đấu giá phải tạm dừng.

Từ đầu năm đến nay, huyện đã tổ chức 7 phiên đấu giá quyền sử dụng đất với 126 lô đất ở, trong đó 98 lô đấu giá thành, tổng số tiền trúng đấu giá hơn 212 tỷ đồng, cao hơn giá khởi điểm khoảng 18%. Giá trúng bình quân từ 22 đến 35 triệu đồng/m2 tùy vị trí; lô cao nhất tại khu đất dịch vụ xã Giai Phạm đạt 41,5 triệu đồng/m2.

Về giải phóng mặt bằng, huyện đã thu hồi 63,4 ha đất để thực hiện 11 dự án, chi trả bồi thường, hỗ trợ 327,6 tỷ đồng cho 1.146 hộ; bàn giao 52 lô đất tái định cư. Hiện còn 19 hộ chưa nhận tiền bồi thường tại dự án mở rộng Quốc lộ 39 (đoạn qua xã Trung Hưng).

Trong quý IV, huyện dự kiến tổ chức thêm 3 phiên đấu giá với khoảng 60 lô đất, phấn đấu thu tiền sử dụng đất cả năm đạt 750 tỷ đồng theo dự toán HĐND huyện giao tại Nghị quyết số 112/NQ-HĐND.

Người dân cần tra cứu thông tin đấu giá liên hệ Trung tâm Phát triển quỹ đất huyện, Tổ dân phố số 3, thị trấn Yên Mỹ, điện thoại 0221.3967.204.

Minh Hằng
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-12")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")

FIGS = [
    F("đạt gần 486 tỷ đồng", "486", 486e9, "money", "đồng", "Thu tiền sử dụng đất",
      P("9 tháng", "2023-01-01", "2023-09-30"), approx="nearly"),
    F("đạt 485,7 tỷ đồng", "485,7", 485.7e9, "money", "đồng", "tổng thu tiền sử dụng đất trên địa bàn huyện", M9,
      percent=64.8, change=CH("decrease", 21.3, "%", "cùng kỳ năm 2022")),
    F("tổ chức 7 phiên", "7", 7, "count", "phiên đấu giá", "phiên đấu giá quyền sử dụng đất", YTD),
    F("với 126 lô đất ở", "126", 126, "count", "lô đất ở", "lô đất ở đưa ra đấu giá", YTD),
    F("trong đó 98 lô", "98", 98, "count", "lô", "lô đấu giá thành", YTD, total=126),
    F("hơn 212 tỷ đồng", "212", 212e9, "money", "đồng", "tổng số tiền trúng đấu giá", YTD, approx="over",
      change=CH("increase", 18, "%", "giá khởi điểm", approx="about")),
    F("từ 22 đến 35 triệu đồng/m2", "22", 22e6, "money", "đồng/m2", "Giá trúng bình quân", value_max=35e6),
    F("đạt 41,5 triệu đồng/m2", "41,5", 41.5e6, "money", "đồng/m2",
      "giá trúng lô cao nhất tại khu đất dịch vụ xã Giai Phạm"),
    F("thu hồi 63,4 ha", "63,4", 63.4, "measure", "ha", "đất thu hồi để thực hiện dự án"),
    F("thực hiện 11 dự án", "11", 11, "count", "dự án", "dự án thu hồi đất"),
    F("hỗ trợ 327,6 tỷ đồng", "327,6", 327.6e9, "money", "đồng", "chi trả bồi thường, hỗ trợ"),
    F("cho 1.146 hộ", "1.146", 1146, "count", "hộ", "hộ được chi trả bồi thường, hỗ trợ"),
    F("bàn giao 52 lô", "52", 52, "count", "lô đất tái định cư", "lô đất tái định cư bàn giao"),
    F("còn 19 hộ", "19", 19, "count", "hộ", "hộ chưa nhận tiền bồi thường"),
    F("thêm 3 phiên", "3", 3, "count", "phiên đấu giá", "phiên đấu giá tổ chức thêm", Q4, status="forecast"),
    F("khoảng 60 lô", "60", 60, "count", "lô đất", "lô đất đấu giá", Q4, approx="about", status="forecast"),
    F("đạt 750 tỷ đồng", "750", 750e9, "money", "đồng", "thu tiền sử dụng đất cả năm",
      P("cả năm", "2023-01-01", "2023-12-31"), status="target"),
]

COMMENTS = [
    "p573-2 — Cổng TTĐT huyện Yên Mỹ (Hưng Yên): thu tiền sử dụng đất, đấu giá QSDĐ, thu hồi đất 9 tháng 2023 (invented).",
    "Published from 'Thứ Năm, 12/10/2023 - 15:20'; 'Từ đầu năm đến nay' ends at it. District portal: location Yên Mỹ throughout.",
    "Distractors: Quốc lộ 39, Nghị quyết số 112/NQ-HĐND, 'Tổ dân phố số 3', phone, dateline.",
    "'cao hơn giá khởi điểm khoảng 18%' is the change of 212 tỷ (baseline giá khởi điểm). 'dự kiến' -> forecast for 3 phiên and 60 lô;",
    "'phấn đấu … cả năm đạt 750 tỷ đồng' -> target with the year 2023 ('cả năm' in the 2023 article).",
]

if __name__ == "__main__":
    emit("p573-2", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Yên Mỹ")
