"""p778-1: Lào Cai province portal — highland market days, first half of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Chợ phiên vùng cao Lào Cai đón hơn 412 nghìn lượt khách trong 6 tháng đầu năm
Cập nhật: 09/07/2024 15:42 | Lượt xem: 3.184

(LCĐT) - Theo Sở Công Thương, 6 tháng đầu năm 2024, các chợ phiên vùng cao trên địa bàn tỉnh Lào Cai đã đón 412.600 lượt khách, tăng 18,6% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 64.500 lượt, chiếm 15,6%.

Toàn tỉnh hiện có 27 chợ phiên, trong đó 9 chợ được công nhận là điểm du lịch. Các huyện có lượng khách lớn nhất là Bắc Hà (118.000 lượt), Si Ma Cai (47.300 lượt) và Bát Xát (29.800 lượt). Riêng chợ phiên Bắc Hà họp vào Chủ nhật hằng tuần tại tổ dân phố Na Cồ, bình quân mỗi phiên có khoảng 4.500 lượt người mua bán.

Tổng doanh thu hàng hóa, dịch vụ tại các chợ phiên ước đạt 186,4 tỷ đồng, đạt 54,2% kế hoạch năm, tăng 21,3% so với cùng kỳ. Nông sản, dược liệu và thổ cẩm chiếm từ 55 đến 60% tổng doanh thu. Giá thuê một điểm bán tại chợ Bắc Hà từ 150.000 đến 300.000 đồng/phiên.

Hiện có 3.860 tiểu thương, hộ kinh doanh buôn bán thường xuyên tại các chợ phiên, tăng 412 người so với cuối năm 2023. Tỷ lệ tiểu thương sử dụng thanh toán qua mã QR đạt 38,5%.

Thực hiện Kế hoạch số 156/KH-UBND ngày 22/3/2024 của UBND tỉnh, Sở Công Thương phối hợp với các huyện cải tạo 6 chợ dọc Quốc lộ 4E và Quốc lộ 4D với tổng kinh phí gần 14,8 tỷ đồng. Tỉnh phấn đấu đến năm 2025 các chợ phiên đón 1 triệu lượt khách, doanh thu đạt 450 tỷ đồng.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý Thương mại, Sở Công Thương Lào Cai, điện thoại 0214.3820.615.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 412 nghìn lượt khách", "412", 412000, "count", "lượt khách",
      "lượt khách đến chợ phiên vùng cao", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("đã đón 412.600 lượt khách", "412.600", 412600, "count", "lượt khách",
      "lượt khách đến các chợ phiên vùng cao", H1,
      change=CH("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("khách quốc tế khoảng 64.500 lượt", "64.500", 64500, "count", "lượt",
      "khách quốc tế", H1, approx="about", total=412600, percent=15.6),
    F("hiện có 27 chợ phiên", "27", 27, "count", "chợ phiên", "chợ phiên"),
    F("trong đó 9 chợ", "9", 9, "count", "chợ", "chợ được công nhận là điểm du lịch", total=27),
    F("Bắc Hà (118.000 lượt)", "118.000", 118000, "count", "lượt", "lượng khách đến chợ phiên",
      INH(H1), location="Bắc Hà"),
    F("Si Ma Cai (47.300 lượt)", "47.300", 47300, "count", "lượt", "lượng khách đến chợ phiên",
      INH(H1), location="Si Ma Cai"),
    F("Bát Xát (29.800 lượt)", "29.800", 29800, "count", "lượt", "lượng khách đến chợ phiên",
      INH(H1), location="Bát Xát"),
    F("khoảng 4.500 lượt người", "4.500", 4500, "count", "lượt người",
      "lượt người mua bán bình quân mỗi phiên tại chợ phiên Bắc Hà", approx="about", location="Bắc Hà"),
    F("ước đạt 186,4 tỷ đồng", "186,4", 186400000000, "money", "đồng",
      "tổng doanh thu hàng hóa, dịch vụ tại các chợ phiên", INH(H1),
      percent=54.2, change=CH("increase", 21.3, "%", "cùng kỳ"), status="estimate"),
    F("từ 55 đến 60%", "55", 55, "percent", "%",
      "tỷ trọng nông sản, dược liệu và thổ cẩm trong tổng doanh thu", INH(H1), value_max=60),
    F("từ 150.000 đến 300.000 đồng/phiên", "150.000", 150000, "money", "đồng/phiên",
      "giá thuê một điểm bán tại chợ Bắc Hà", value_max=300000, location="Bắc Hà"),
    F("Hiện có 3.860 tiểu thương", "3.860", 3860, "count", "tiểu thương",
      "tiểu thương, hộ kinh doanh buôn bán thường xuyên tại các chợ phiên",
      change=CH("increase", 412, "người", "cuối năm 2023")),
    F("mã QR đạt 38,5%", "38,5", 38.5, "percent", "%",
      "tỷ lệ tiểu thương sử dụng thanh toán qua mã QR"),
    F("cải tạo 6 chợ", "6", 6, "count", "chợ", "chợ dọc Quốc lộ 4E và Quốc lộ 4D được cải tạo"),
    F("gần 14,8 tỷ đồng", "14,8", 14800000000, "money", "đồng", "tổng kinh phí cải tạo chợ",
      approx="nearly"),
    F("đón 1 triệu lượt khách", "1", 1000000, "count", "lượt khách", "lượt khách đến các chợ phiên",
      T25, status="target"),
    F("đạt 450 tỷ đồng", "450", 450000000000, "money", "đồng", "doanh thu chợ phiên",
      T25, status="target"),
]

COMMENTS = [
    "Lào Cai province portal: chợ phiên vùng cao, 6 tháng đầu năm 2024 (khách, doanh thu, tiểu thương, QR, cải tạo chợ, mục tiêu 2025).",
    "Headline '6 tháng đầu năm' has no year and nothing stands before it: year from published (2024).",
    "District list Bắc Hà / Si Ma Cai / Bát Xát: districts go to location, the list's indicator is the subject; no total (no cue, items do not add up).",
    "'chợ Bắc Hà' / 'chợ phiên Bắc Hà' figures take location Bắc Hà (the district of that market).",
    "'Hiện có' sentences carry no period. '412 người' after 3.860 tiểu thương is its change (increase, unit người).",
    "Distractors: Lượt xem 3.184, Kế hoạch số 156/KH-UBND ngày 22/3/2024, Quốc lộ 4E/4D, phone 0214.3820.615, dateline.",
]

if __name__ == "__main__":
    emit("p778-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Lào Cai")
