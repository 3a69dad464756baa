"""p674-5: Báo Quảng Bình (Party newspaper) — điểm nước nguy hiểm, biển cảnh báo, chiến dịch hè và kinh phí."""
from lib import F, P, I, CH, AGE, emit

TEXT = """BÁO QUẢNG BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG BÌNH
Xã hội

Lắp đặt gần 400 biển cảnh báo tại các điểm nước nguy hiểm

(QBĐT) - Tính đến ngày 30/6/2024, các địa phương trong tỉnh đã rà soát, xác định 512 điểm nước có nguy cơ cao gây đuối nước (gồm ao, hồ, sông, suối, bến đò, hố sâu công trình), tăng 47 điểm so với cuối năm 2023. Đến nay đã có 396 điểm được lắp đặt biển cảnh báo, đạt 77,3%; 128 điểm được làm rào chắn.

Huyện Lệ Thủy là địa phương lắp đặt nhiều biển cảnh báo nhất với 84 biển, tiếp đến là Bố Trạch 71 biển, Quảng Ninh 58 biển, Quảng Trạch 49 biển; thành phố Đồng Hới lắp đặt 35 biển tại các bãi tắm ven biển Nhật Lệ, Bảo Ninh.

Hè năm nay, tỉnh triển khai chiến dịch "Mùa hè an toàn cho trẻ em" với tổng kinh phí 3,6 tỷ đồng, tăng 0,8 tỷ đồng so với năm 2023. Trong đó, kinh phí mua sắm, lắp đặt biển cảnh báo, rào chắn là 1,15 tỷ đồng; hỗ trợ mở lớp dạy bơi 1,7 tỷ đồng; còn lại dành cho truyền thông. Bình quân mỗi biển cảnh báo có chi phí khoảng 2,5 triệu đồng.

6 tháng đầu năm 2024, toàn tỉnh có 5 trẻ em tử vong do đuối nước, giảm 4 em so với cùng kỳ; trong đó 3 em ở độ tuổi tiểu học. Theo ông Nguyễn Văn Hùng, Phó Giám đốc Sở LĐ-TB&XH, tỷ lệ học sinh tiểu học biết bơi của tỉnh hiện đạt 45,2%. Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ này lên 55%.

Người dân phát hiện điểm nước nguy hiểm chưa có biển báo có thể phản ánh qua đường dây nóng 0232.3822.111 hoặc tại trụ sở Sở LĐ-TB&XH, số 2 Hùng Vương, TP. Đồng Hới. Thời gian cao điểm là từ 15 giờ đến 18 giờ hằng ngày, dọc Quốc lộ 1A và các bãi tắm.

Minh Phong
12/07/2024
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
NOW = P("Đến nay", None, "2024-07-12")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S_SIGN = "biển cảnh báo lắp đặt"

FIGS = [
    F("gần 400 biển", "400", 400, "count", "biển cảnh báo", "biển cảnh báo lắp đặt tại các điểm nước nguy hiểm",
      approx="nearly"),
    F("xác định 512 điểm", "512", 512, "count", "điểm nước", "điểm nước có nguy cơ cao gây đuối nước", ASOF,
      change=CH("increase", 47, "điểm", "cuối năm 2023")),
    F("có 396 điểm", "396", 396, "count", "điểm", "điểm được lắp đặt biển cảnh báo", NOW, percent=77.3),
    F("128 điểm", "128", 128, "count", "điểm", "điểm được làm rào chắn", NOW),
    F("nhất với 84 biển", "84", 84, "count", "biển", S_SIGN, location="Lệ Thủy"),
    F("Bố Trạch 71 biển", "71", 71, "count", "biển", S_SIGN, location="Bố Trạch"),
    F("Quảng Ninh 58 biển", "58", 58, "count", "biển", S_SIGN, location="Quảng Ninh"),
    F("Quảng Trạch 49 biển", "49", 49, "count", "biển", S_SIGN, location="Quảng Trạch"),
    F("lắp đặt 35 biển", "35", 35, "count", "biển", "biển cảnh báo lắp đặt tại các bãi tắm ven biển", location="Đồng Hới"),
    F("phí 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng",
      "tổng kinh phí chiến dịch \"Mùa hè an toàn cho trẻ em\"",
      change=CH("increase", 800000000, "đồng", "năm 2023")),
    F("là 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "kinh phí mua sắm, lắp đặt biển cảnh báo, rào chắn",
      total=3600000000),
    F("dạy bơi 1,7 tỷ đồng", "1,7", 1700000000, "money", "đồng", "kinh phí hỗ trợ mở lớp dạy bơi", total=3600000000),
    F("khoảng 2,5 triệu đồng", "2,5", 2500000, "money", "đồng", "chi phí bình quân mỗi biển cảnh báo", approx="about"),
    F("có 5 trẻ em", "5", 5, "count", "trẻ em", "trẻ em tử vong do đuối nước", H1,
      change=CH("decrease", 4, "em", "cùng kỳ")),
    F("trong đó 3 em", "3", 3, "count", "em", "trẻ em tử vong do đuối nước ở độ tuổi tiểu học", H1, total=5),
    F("hiện đạt 45,2%", "45,2", 45.2, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi"),
    F("lên 55%", "55", 55, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Báo Quảng Bình (QBĐT): điểm nước nguy hiểm, biển cảnh báo by district, chiến dịch hè 2024 and its budget, trẻ tử vong 6 tháng.",
    "Byline and bare date at the end ('Minh Phong / 12/07/2024') give published. 'Đến nay' ends at that date (start null).",
    "'396 điểm … đạt 77,3%': percent only (no part-of cue to the 512). District list: every item a figure, subject = the indicator.",
    "'tăng 0,8 tỷ đồng so với năm 2023': change 800000000 đồng (multiplier applied, as shared gold does for thuê bao).",
    "'Trong đó' after a sentence break: the two budget parts take 3,6 tỷ as total. 'Hè năm nay' (summer) is left without period.",
    "Distractors: phone 0232.3822.111, 'số 2 Hùng Vương', 'từ 15 giờ đến 18 giờ' (times of day), 'Quốc lộ 1A', QBĐT tag.",
]

if __name__ == "__main__":
    emit("p674-5", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Quảng Bình")
