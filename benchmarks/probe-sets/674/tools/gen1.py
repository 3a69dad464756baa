"""p674-1: Đồng Tháp province portal — trẻ em tử vong do đuối nước 5 tháng đầu năm 2024, lớp dạy bơi, bể bơi, chiến dịch hè."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Cổng thông tin điện tử tỉnh Đồng Tháp
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Đồng Tháp: 5 tháng đầu năm 2024 có 14 trẻ em tử vong do đuối nước

Cập nhật: 18/06/2024 08:30
Lượt xem: 1.482

(ĐTO) - Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 5 tháng đầu năm 2024, toàn tỉnh xảy ra 12 vụ đuối nước làm 14 trẻ em tử vong, giảm 5 em so với cùng kỳ năm 2023. Trong đó, nhóm trẻ dưới 5 tuổi có 3 em, nhóm từ 5 đến 9 tuổi có 7 em và nhóm từ 10 đến 15 tuổi có 4 em.

Các vụ việc tập trung ở huyện Tháp Mười (4 em), huyện Tam Nông (3 em), huyện Cao Lãnh (3 em), huyện Lấp Vò (2 em) và thành phố Hồng Ngự (2 em). Phần lớn các trường hợp xảy ra vào cuối tuần, tại ao, mương, kênh rạch gần nhà khi trẻ không có người lớn trông coi. Năm 2023, toàn tỉnh có 31 trẻ em tử vong do đuối nước, tỷ suất 6,8 trẻ/100.000 trẻ em.

Để chủ động phòng ngừa, từ đầu năm đến nay, các địa phương đã tổ chức 215 lớp dạy bơi an toàn cho hơn 6.400 trẻ em, đạt 71,1% kế hoạch năm; riêng huyện Tháp Mười mở 38 lớp với 1.120 em tham gia. Toàn tỉnh hiện có 42 bể bơi, trong đó có 16 bể bơi di động được lắp đặt tại các trường học; tỷ lệ học sinh tiểu học biết bơi ước đạt 38,5%.

Hưởng ứng Tháng hành động vì trẻ em năm 2024, UBND tỉnh phát động chiến dịch hè với tổng kinh phí dự kiến 2,35 tỷ đồng, trong đó ngân sách tỉnh 1,5 tỷ đồng, phần còn lại vận động xã hội hóa. Tỉnh đặt mục tiêu đến năm 2025 giảm 10% số trẻ em tử vong do đuối nước so với năm 2020.

Mọi thông tin về nguy cơ mất an toàn cho trẻ em xin báo về Tổng đài 111 hoặc đường dây nóng 0277.3851.253 của Sở (số 12 đường 30/4, Phường 1, TP. Cao Lãnh).
"""

H1 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-06-18")
S_DEAD = "trẻ em tử vong do đuối nước"

FIGS = [
    F("có 14 trẻ em tử vong do đuối nước\n", "14", 14, "count", "trẻ em", S_DEAD, H1),
    F("xảy ra 12 vụ", "12", 12, "count", "vụ", "vụ đuối nước", H1),
    F("làm 14 trẻ em", "14", 14, "count", "trẻ em", S_DEAD, H1,
      change=CH("decrease", 5, "em", "cùng kỳ năm 2023")),
    AGE("dưới 5 tuổi", "5", 5, approx="under"),
    F("tuổi có 3 em", "3", 3, "count", "em", "trẻ em tử vong do đuối nước nhóm dưới 5 tuổi", I(H1), total=14),
    AGE("từ 5 đến 9 tuổi", "5", 5, 9),
    F("tuổi có 7 em", "7", 7, "count", "em", "trẻ em tử vong do đuối nước nhóm từ 5 đến 9 tuổi", I(H1), total=14),
    AGE("từ 10 đến 15 tuổi", "10", 10, 15),
    F("tuổi có 4 em", "4", 4, "count", "em", "trẻ em tử vong do đuối nước nhóm từ 10 đến 15 tuổi", I(H1), total=14),
    # district list: no cue and not right after the whole, so no total
    F("Tháp Mười (4 em)", "4", 4, "count", "em", S_DEAD, I(H1), location="Tháp Mười"),
    F("Tam Nông (3 em)", "3", 3, "count", "em", S_DEAD, I(H1), location="Tam Nông"),
    F("Cao Lãnh (3 em)", "3", 3, "count", "em", S_DEAD, I(H1), location="Cao Lãnh"),
    F("Lấp Vò (2 em)", "2", 2, "count", "em", S_DEAD, I(H1), location="Lấp Vò"),
    F("Hồng Ngự (2 em)", "2", 2, "count", "em", S_DEAD, I(H1), location="Hồng Ngự"),
    F("có 31 trẻ em", "31", 31, "count", "trẻ em", S_DEAD, Y23),
    F("tỷ suất 6,8 trẻ", "6,8", 6.8, "measure", "trẻ/100.000 trẻ em",
      "tỷ suất trẻ em tử vong do đuối nước", Y23),
    F("tổ chức 215 lớp", "215", 215, "count", "lớp", "lớp dạy bơi an toàn", YTD),
    F("hơn 6.400 trẻ em", "6.400", 6400, "count", "trẻ em", "trẻ em được dạy bơi an toàn", YTD,
      approx="over", percent=71.1),
    F("mở 38 lớp", "38", 38, "count", "lớp", "lớp dạy bơi", YTD, location="Tháp Mười"),
    F("với 1.120 em", "1.120", 1120, "count", "em", "em tham gia lớp dạy bơi", YTD, location="Tháp Mười"),
    F("có 42 bể bơi", "42", 42, "count", "bể bơi", "bể bơi"),
    F("có 16 bể bơi", "16", 16, "count", "bể bơi", "bể bơi di động được lắp đặt tại các trường học", total=42),
    F("ước đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi", status="estimate"),
    F("dự kiến 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí chiến dịch hè",
      status="forecast"),
    F("ngân sách tỉnh 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "kinh phí chiến dịch hè từ ngân sách tỉnh",
      total=2350000000, status="forecast"),
    F("giảm 10% số trẻ", "10", 10, "percent", "%", "giảm số trẻ em tử vong do đuối nước so với năm 2020",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT Đồng Tháp (ĐTO): 5 tháng đầu năm 2024 có 14 trẻ em tử vong do đuối nước; lớp dạy bơi, bể bơi, chiến dịch hè.",
    "Dateline 'Cập nhật: 18/06/2024 08:30'; 'Lượt xem: 1.482', 'Tổng đài 111', phone, 'số 12 đường 30/4, Phường 1' are not figures.",
    "Age bounds of the groups are optional. The age-group parts follow 'Trong đó' after 14 trẻ em: total 14. The district list in the",
    "next paragraph adds up to 14 but has no cue and is not right after the whole: no total. 'riêng huyện Tháp Mười mở 38 lớp': 'riêng'",
    "is not a part-of cue, no total. '42 bể bơi, trong đó có 16 bể bơi di động': total 42. 'dự kiến' governs the 'trong đó' clause.",
    "'Tháng hành động vì trẻ em năm 2024' is a name: the campaign money has no period. 'hiện có' gives no period.",
]

if __name__ == "__main__":
    emit("p674-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Đồng Tháp")
