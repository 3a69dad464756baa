"""p883-1: Thái Bình province portal, wedding-culture results for H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 96% đám cưới thực hiện nếp sống văn minh

Cập nhật: 15/07/2024 10:20 | Lượt xem: 2.317

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, toàn tỉnh Thái Bình có 6.842 đám cưới, trong đó 6.591 đám cưới thực hiện đúng quy định về nếp sống văn minh, chiếm 96,3%, tăng 1,8 điểm phần trăm so với cùng kỳ năm 2023. Số cặp đăng ký kết hôn tại bộ phận một cửa cấp xã đạt 7.105 cặp, tăng 4,2% so với cùng kỳ.

Các địa phương có tỷ lệ đám cưới văn minh cao là thành phố Thái Bình (99,1%), huyện Vũ Thư (98,4%) và huyện Kiến Xương (97,6%); thấp nhất là huyện Quỳnh Phụ với 92,7%. Toàn tỉnh có 1.786/1.792 thôn, tổ dân phố đưa nội dung việc cưới vào hương ước, quy ước; 214 nhà văn hóa thôn được sử dụng làm nơi tổ chức tiệc cưới, tăng 23 nhà so với cuối năm 2023.

Mức chi phổ biến cho mỗi mâm cỗ cưới từ 1,2 đến 1,8 triệu đồng/mâm; nhiều gia đình chỉ tổ chức khoảng 25 mâm, giảm khoảng 40% so với trước đây. Từ đầu năm đến nay, ngành văn hóa đã tổ chức 38 lớp tập huấn cho 2.650 lượt cán bộ thôn, xã; các tổ công tác nhắc nhở 47 trường hợp sử dụng loa đài sau 22 giờ, xử phạt hành chính 6 trường hợp với tổng số tiền 21,5 triệu đồng.

Thực hiện Quyết định số 18/2019/QĐ-UBND của UBND tỉnh, năm nay tỉnh lần thứ 2 tổ chức biểu dương "Gia đình văn hóa tiêu biểu", khen thưởng 120 gia đình tổ chức đám cưới tiết kiệm. Phấn đấu đến hết năm 2024, tỷ lệ đám cưới thực hiện nếp sống văn minh đạt trên 97% và 100% thôn, tổ dân phố có quy ước về việc cưới.

Sở VHTTDL Thái Bình - Số 24 Hai Bà Trưng, TP Thái Bình - ĐT: 0227.3831.246
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
TGT = P("đến hết năm 2024", None, "2024-12-31")
RATE = "tỷ lệ đám cưới văn minh"

FIGS = [
    F("Hơn 96% đám cưới", "96", 96, "percent", "%", "đám cưới thực hiện nếp sống văn minh", I(H1), approx="over"),
    F("có 6.842 đám cưới", "6.842", 6842, "count", "đám cưới", "đám cưới", H1),
    F("trong đó 6.591 đám cưới", "6.591", 6591, "count", "đám cưới",
      "đám cưới thực hiện đúng quy định về nếp sống văn minh", H1, total=6842, percent=96.3,
      change=C("increase", 1.8, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("đạt 7.105 cặp", "7.105", 7105, "count", "cặp", "cặp đăng ký kết hôn tại bộ phận một cửa cấp xã", I(H1),
      change=C("increase", 4.2, "%", "cùng kỳ")),
    F("Thái Bình (99,1%)", "99,1", 99.1, "percent", "%", RATE, I(H1), location="thành phố Thái Bình"),
    F("Vũ Thư (98,4%)", "98,4", 98.4, "percent", "%", RATE, I(H1), location="Vũ Thư"),
    F("Kiến Xương (97,6%)", "97,6", 97.6, "percent", "%", RATE, I(H1), location="Kiến Xương"),
    F("Quỳnh Phụ với 92,7%", "92,7", 92.7, "percent", "%", RATE, I(H1), location="Quỳnh Phụ"),
    F("có 1.786/1.792 thôn", "1.786", 1786, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố đưa nội dung việc cưới vào hương ước, quy ước", total=1792),
    F("214 nhà văn hóa thôn", "214", 214, "count", "nhà văn hóa thôn",
      "nhà văn hóa thôn được sử dụng làm nơi tổ chức tiệc cưới", change=C("increase", 23, "nhà", "cuối năm 2023")),
    F("từ 1,2 đến 1,8 triệu đồng/mâm", "1,2", 1200000, "money", "đồng/mâm", "mức chi cho mỗi mâm cỗ cưới",
      value_max=1800000),
    F("khoảng 25 mâm", "25", 25, "count", "mâm", "mâm cỗ cưới mỗi gia đình tổ chức", approx="about",
      change=C("decrease", 40, "%", "trước đây", "about")),
    F("tổ chức 38 lớp tập huấn", "38", 38, "count", "lớp", "lớp tập huấn", YTD),
    F("cho 2.650 lượt cán bộ", "2.650", 2650, "count", "lượt cán bộ", "lượt cán bộ thôn, xã được tập huấn", YTD),
    F("nhắc nhở 47 trường hợp", "47", 47, "count", "trường hợp",
      "trường hợp sử dụng loa đài sau 22 giờ bị nhắc nhở", YTD),
    F("xử phạt hành chính 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp bị xử phạt hành chính", YTD),
    F("tổng số tiền 21,5 triệu đồng", "21,5", 21500000, "money", "đồng", "tiền xử phạt hành chính", YTD),
    F("khen thưởng 120 gia đình", "120", 120, "count", "gia đình",
      "gia đình tổ chức đám cưới tiết kiệm được khen thưởng", P("năm nay", "2024-01-01", "2024-12-31")),
    F("đạt trên 97%", "97", 97, "percent", "%", "tỷ lệ đám cưới thực hiện nếp sống văn minh", TGT,
      approx="over", status="target"),
    F("và 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có quy ước về việc cưới", TGT, status="target"),
]

NOTES = [
    "Cổng TTĐT Thái Bình: kết quả thực hiện nếp sống văn minh trong việc cưới 6 tháng đầu năm 2024.",
    "Not figures: dateline 15/07/2024 10:20, Lượt xem 2.317, '22 giờ' (time), Quyết định số 18/2019/QĐ-UBND, 'lần thứ 2',",
    "'Số 24 Hai Bà Trưng', phone 0227.3831.246. The headline percent takes the H1 period from the body (inherited).",
    "'tăng 1,8 điểm phần trăm' follows the share of 6.591 and is that figure's change; 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p883-1", TEXT, NOTES, FIGS, published="2024-07-15", location="Thái Bình")
