"""p1112-1: Quảng Ninh province portal, cruise fleet and visitors on Hạ Long Bay, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Du lịch
Vịnh Hạ Long đón hơn 1,9 triệu lượt khách tham quan bằng tàu trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Ban Quản lý vịnh Hạ Long, 6 tháng đầu năm 2024, vịnh Hạ Long đón hơn 1,9 triệu lượt khách, tăng 12,4% so với cùng kỳ năm 2023, trong đó khách quốc tế đạt khoảng 820.000 lượt, chiếm 43,2%. Doanh thu phí tham quan ước đạt 512 tỷ đồng, đạt 56% kế hoạch năm.

Hiện toàn tỉnh có 498 tàu du lịch được cấp phép hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long, trong đó có 176 tàu lưu trú nghỉ đêm và 322 tàu tham quan ban ngày. Số du thuyền 5 sao đạt 38 chiếc, tăng 6 chiếc so với cuối năm 2023. Công suất phòng bình quân trên các tàu lưu trú đạt 68%, riêng dịp cao điểm hè đạt 90-95%.

Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 1.245 lượt tàu, phát hiện và xử lý 37 trường hợp vi phạm, phạt tiền gần 420 triệu đồng. Các lỗi chủ yếu là chở quá số người quy định, thiếu áo phao và thuyền viên không có chứng chỉ chuyên môn.

Giá vé tham quan tuyến 1 và tuyến 2 lần lượt là 290.000 đồng/người và 390.000 đồng/người; giá một đêm trên du thuyền hạng sang dao động từ 3,5 đến 7 triệu đồng/khách. Cảng tàu khách quốc tế Hạ Long và bến tàu Tuần Châu có tổng cộng 120 vị trí cập bến.

Năm 2024, tỉnh phấn đấu đón 4 triệu lượt khách tham quan vịnh, doanh thu phí tham quan đạt 1.000 tỷ đồng. Dự kiến đến cuối năm sẽ có thêm 12 du thuyền mới được hạ thủy.

Cổng thông tin điện tử tỉnh Quảng Ninh - Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long. Điện thoại: 0203.3634.999
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("1,9 triệu lượt khách tham quan bằng tàu", "1,9", 1_900_000, "count", "lượt khách",
      "lượt khách tham quan vịnh Hạ Long bằng tàu", P("trong 6 tháng", "2024-01-01", "2024-06-30"),
      approx="over"),
    F("1,9 triệu lượt khách, tăng", "1,9", 1_900_000, "count", "lượt khách",
      "lượt khách đến vịnh Hạ Long", H1, approx="over",
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("khoảng 820.000 lượt", "820.000", 820_000, "count", "lượt",
      "khách quốc tế đến vịnh Hạ Long", H1, approx="about", total=1_900_000, percent=43.2),
    F("ước đạt 512 tỷ đồng", "512", 512e9, "money", "đồng",
      "doanh thu phí tham quan vịnh Hạ Long", I(H1), percent=56, status="estimate"),
    F("có 498 tàu du lịch", "498", 498, "count", "tàu du lịch",
      "tàu du lịch được cấp phép hoạt động trên vịnh Hạ Long và vịnh Bái Tử Long"),
    F("có 176 tàu lưu trú", "176", 176, "count", "tàu lưu trú",
      "tàu lưu trú nghỉ đêm", total=498),
    F("322 tàu tham quan", "322", 322, "count", "tàu tham quan",
      "tàu tham quan ban ngày", total=498),
    F("du thuyền 5 sao", "5", 5, "count", "sao", optional=True),
    F("đạt 38 chiếc", "38", 38, "count", "chiếc", "du thuyền 5 sao",
      change=C("increase", 6, "chiếc", "cuối năm 2023")),
    F("tàu lưu trú đạt 68%", "68", 68, "percent", "%",
      "công suất phòng bình quân trên các tàu lưu trú"),
    F("đạt 90-95%", "90", 90, "percent", "%",
      "công suất phòng trên các tàu lưu trú dịp cao điểm hè", value_max=95),
    F("kiểm tra 1.245 lượt tàu", "1.245", 1245, "count", "lượt tàu",
      "lượt tàu được lực lượng chức năng kiểm tra", YTD),
    F("xử lý 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp vi phạm bị phát hiện và xử lý", YTD),
    F("gần 420 triệu đồng", "420", 420e6, "money", "đồng", "tiền phạt vi phạm", YTD,
      approx="nearly"),
    F("290.000 đồng/người", "290.000", 290_000, "money", "đồng/người",
      "giá vé tham quan vịnh Hạ Long tuyến 1"),
    F("390.000 đồng/người", "390.000", 390_000, "money", "đồng/người",
      "giá vé tham quan vịnh Hạ Long tuyến 2"),
    F("từ 3,5 đến 7 triệu", "3,5", 3_500_000, "money", "đồng/khách",
      "giá một đêm trên du thuyền hạng sang", value_max=7_000_000),
    F("tổng cộng 120 vị trí", "120", 120, "count", "vị trí cập bến",
      "vị trí cập bến tại Cảng tàu khách quốc tế Hạ Long và bến tàu Tuần Châu"),
    F("đón 4 triệu lượt khách", "4", 4_000_000, "count", "lượt khách",
      "lượt khách tham quan vịnh", Y, status="target"),
    F("đạt 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "doanh thu phí tham quan", Y,
      status="target"),
    F("thêm 12 du thuyền", "12", 12, "count", "du thuyền", "du thuyền mới được hạ thủy",
      P("đến cuối năm", None, "2024-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT Quảng Ninh (province portal): Hạ Long Bay visitors, licensed tourist boats, inspections, ticket prices, 2024 targets.",
    "Distractors: 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.316', 'tuyến 1', 'tuyến 2', 'Trụ sở Liên cơ quan số 3', phone 0203.3634.999, 'một đêm'.",
    "The headline's year-less 'trong 6 tháng' takes 2024 from the dateline. 'du thuyền 5 sao' is a class label (optional).",
    "'đạt 56% kế hoạch năm' is the percent of 512 tỷ; '820.000 lượt' follows 'trong đó' after the 1,9 triệu whole.",
]

if __name__ == "__main__":
    write("p1112-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Quảng Ninh")
