"""p605-5: Party newspaper (Báo Bình Dương) — one-time BHXH withdrawals 2023 and 7 months 2024; byline and bare date at the end."""
from lib import F, P, I, CH, emit

TEXT = """BÁO BÌNH DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH DƯƠNG
Xã hội

Nỗi lo người lao động rút bảo hiểm xã hội một lần

Năm 2023, toàn tỉnh Bình Dương có 71.354 người hưởng BHXH một lần, tăng 14,7% so với năm 2022, với tổng số tiền chi trả hơn 3.215 tỷ đồng. Chỉ trong 7 tháng đầu năm 2024, đã có thêm 46.180 người nộp hồ sơ rút BHXH một lần.

Theo BHXH tỉnh, trong số 71.354 người hưởng BHXH một lần năm 2023 có 48.920 người dưới 35 tuổi, chiếm 68,6%; 54.117 người là lao động nữ, chiếm 75,8%. Số người rút một lần tập trung ở TP Thuận An (14.230 người), TP Dĩ An (12.815 người) và TP Thủ Dầu Một (10.472 người), nơi có nhiều khu công nghiệp.

Chị Lê Thị Hoa (32 tuổi), công nhân Công ty TNHH Giày da Tân Phú 2 tại TP Bến Cát, cho biết chị vừa nghỉ việc và định rút một lần để trang trải chi phí sinh hoạt.

Ông Nguyễn Văn Minh, Phó Giám đốc BHXH tỉnh, cho biết: “Mỗi người rút BHXH một lần nhận bình quân khoảng 45 triệu đồng, nhưng mất đi cơ hội hưởng lương hưu và thẻ BHYT do quỹ BHXH đóng khi về già”.

Luật BHXH số 41/2024/QH15, có hiệu lực từ ngày 1/7/2025, đã có nhiều quy định nhằm hạn chế tình trạng này. Năm 2024, tỉnh phấn đấu tỷ lệ lao động tham gia BHXH đạt 62%, số người hưởng BHXH một lần giảm ít nhất 10% so với năm 2023.

MINH ĐỨC

20/08/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 71.354 người", "71.354", 71354, "count", "người", "người hưởng BHXH một lần", Y23,
      change=CH("increase", 14.7, baseline="năm 2022")),
    F("hơn 3.215 tỷ đồng", "3.215", 3215e9, "money", "đồng", "tổng số tiền chi trả BHXH một lần", Y23, approx="over"),
    F("thêm 46.180 người", "46.180", 46180, "count", "người", "người nộp hồ sơ rút BHXH một lần", M7),
    F("trong số 71.354 người", "71.354", 71354, "count", "người", "người hưởng BHXH một lần", Y23b, optional=True),
    F("có 48.920 người", "48.920", 48920, "count", "người", "người hưởng BHXH một lần dưới 35 tuổi", Y23b,
      total=71354, percent=68.6),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("54.117 người", "54.117", 54117, "count", "người", "lao động nữ hưởng BHXH một lần", Y23b, total=71354, percent=75.8),
    F("Thuận An (14.230 người)", "14.230", 14230, "count", "người", "người rút BHXH một lần", I(Y23b), location="Thuận An"),
    F("Dĩ An (12.815 người)", "12.815", 12815, "count", "người", "người rút BHXH một lần", I(Y23b), location="Dĩ An"),
    F("Dầu Một (10.472 người)", "10.472", 10472, "count", "người", "người rút BHXH một lần", I(Y23b), location="Thủ Dầu Một"),
    F("(32 tuổi)", "32", 32, "measure", "tuổi", optional=True),
    F("khoảng 45 triệu đồng", "45", 45e6, "money", "đồng", "số tiền bình quân mỗi người rút BHXH một lần nhận", approx="about"),
    F("đạt 62%", "62", 62, "percent", "%", "tỷ lệ lao động tham gia BHXH", Y24, status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "số người hưởng BHXH một lần giảm so với năm 2023", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bình Dương (Party newspaper): one-time BHXH withdrawals in 2023 and 7 months 2024, by age, sex and city; official's quote; 2024 targets.",
    "Byline 'MINH ĐỨC' and a bare date '20/08/2024' at the end give published. Distractors: 'Luật BHXH số 41/2024/QH15', 'ngày 1/7/2025',",
    "'Công ty TNHH Giày da Tân Phú 2' (a name). Ages ('32 tuổi', 'dưới 35 tuổi') and the restated whole 'trong số 71.354 người' are optional.",
    "'trong số 71.354 người … có 48.920 …; 54.117 …' gives total 71.354 to both parts, each with its share. Cities in the list go to location.",
    "'giảm ít nhất 10% so với năm 2023' is a target rate that is itself the claim: a percent figure (at_least), no change object.",
]

if __name__ == "__main__":
    emit("p605-5", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Bình Dương")
