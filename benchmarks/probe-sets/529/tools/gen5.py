"""p529-5: Báo Bắc Giang (Party newspaper), BHYT-funded care and overspend in 2023."""
from lib import F, P, INH, CH, emit

TEXT = """Bắc Giang: Chi khám, chữa bệnh BHYT năm 2023 vượt dự toán hơn 150 tỷ đồng

(BBG) - Năm 2023, toàn tỉnh có 3,46 triệu lượt người khám, chữa bệnh BHYT, tăng 11,7% so với năm 2022; tổng chi phí khám, chữa bệnh BHYT là 2.486 tỷ đồng, vượt 152,3 tỷ đồng so với dự toán được giao. Trong đó, chi khám, chữa bệnh ngoại trú 1.102 tỷ đồng, chi điều trị nội trú 1.384 tỷ đồng.

Một số huyện có mức chi vượt dự toán cao là Lục Ngạn (21,6 tỷ đồng), Yên Thế (18,4 tỷ đồng), Lạng Giang (15,9 tỷ đồng). Riêng chi phí tại Bệnh viện Đa khoa tỉnh và Bệnh viện Sản Nhi đã chiếm gần 38% tổng chi.

Theo ông Nguyễn Văn Tuấn, Giám đốc BHXH tỉnh, chi phí tăng chủ yếu do giá dịch vụ y tế được điều chỉnh theo Thông tư số 22/2023/TT-BYT và số lượt chuyển tuyến ra Hà Nội còn cao. Qua giám định, BHXH tỉnh đã từ chối thanh toán gần 19,8 tỷ đồng chi phí không đúng quy định, chiếm 0,8% tổng chi; phát hiện 1.245 hồ sơ đề nghị thanh toán có chi phí tăng bất thường.

Bình quân chi phí một lượt khám ngoại trú là 412.000 đồng, một đợt điều trị nội trú là 7,15 triệu đồng, tăng lần lượt 5,2% và 8,6% so với năm 2022.

Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95,2% dân số; dự kiến chi khám, chữa bệnh BHYT khoảng 2.650 tỷ đồng và ký hợp đồng thêm với hai phòng khám đa khoa tư nhân. Người dân có thể tra cứu quá trình khám, chữa bệnh trên ứng dụng VssID hoặc gọi tổng đài 1900 9068 để được hướng dẫn. Trụ sở BHXH tỉnh đặt tại số 108 đường Hùng Vương, TP. Bắc Giang.

Minh Hà
18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
OVER = "mức chi khám, chữa bệnh BHYT vượt dự toán"

FIGS = [
    F("hơn 150 tỷ đồng", "150", 150000000000, "money", "đồng", "chi khám, chữa bệnh BHYT vượt dự toán",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 3,46 triệu lượt người", "3,46", 3460000, "count", "lượt người", "lượt người khám, chữa bệnh BHYT", Y23,
      change=CH("increase", 11.7, baseline="năm 2022")),
    F("là 2.486 tỷ đồng", "2.486", 2486000000000, "money", "đồng", "tổng chi phí khám, chữa bệnh BHYT", Y23,
      change=CH("increase", 152300000000, "đồng", "dự toán được giao")),
    F("ngoại trú 1.102 tỷ đồng", "1.102", 1102000000000, "money", "đồng", "chi khám, chữa bệnh ngoại trú", INH(Y23),
      total=2486000000000),
    F("nội trú 1.384 tỷ đồng", "1.384", 1384000000000, "money", "đồng", "chi điều trị nội trú", INH(Y23),
      total=2486000000000),
    F("Lục Ngạn (21,6 tỷ đồng)", "21,6", 21600000000, "money", "đồng", OVER, INH(Y23), location="Lục Ngạn"),
    F("Yên Thế (18,4 tỷ đồng)", "18,4", 18400000000, "money", "đồng", OVER, INH(Y23), location="Yên Thế"),
    F("Lạng Giang (15,9 tỷ đồng)", "15,9", 15900000000, "money", "đồng", OVER, INH(Y23), location="Lạng Giang"),
    F("chiếm gần 38%", "38", 38, "percent", "%", "chi phí tại Bệnh viện Đa khoa tỉnh và Bệnh viện Sản Nhi trong tổng chi",
      INH(Y23), approx="nearly"),
    F("gần 19,8 tỷ đồng", "19,8", 19800000000, "money", "đồng", "chi phí không đúng quy định BHXH tỉnh từ chối thanh toán",
      INH(Y23), approx="nearly", percent=0.8),
    F("phát hiện 1.245 hồ sơ", "1.245", 1245, "count", "hồ sơ",
      "hồ sơ đề nghị thanh toán có chi phí tăng bất thường", INH(Y23)),
    F("là 412.000 đồng", "412.000", 412000, "money", "đồng", "bình quân chi phí một lượt khám ngoại trú", INH(Y23),
      change=CH("increase", 5.2, baseline="năm 2022")),
    F("là 7,15 triệu đồng", "7,15", 7150000, "money", "đồng", "bình quân chi phí một đợt điều trị nội trú", INH(Y23),
      change=CH("increase", 8.6, baseline="năm 2022")),
    F("đạt 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ bao phủ BHYT", Y24, status="target"),
    F("khoảng 2.650 tỷ đồng", "2.650", 2650000000000, "money", "đồng", "chi khám, chữa bệnh BHYT", Y24,
      approx="about", status="forecast"),
    F("với hai phòng khám", "hai", 2, "count", "phòng khám", "phòng khám đa khoa tư nhân ký hợp đồng thêm", Y24,
      status="forecast"),
]

COMMENTS = [
    "Báo Bắc Giang (BBG): chi khám, chữa bệnh BHYT năm 2023 — visits, spending, overspend by district, claims refused, unit costs, 2024 plan.",
    "Party-newspaper layout: tag '(BBG) -', byline 'Minh Hà' and bare date '18/01/2024' at the end (published).",
    "Not figures: 'Thông tư số 22/2023/TT-BYT', switchboard '1900 9068', 'số 108 đường Hùng Vương', app name 'VssID'.",
    "Headline 'vượt dự toán hơn 150 tỷ đồng' has no base amount: the overspend is the claim (money figure). In the lead the",
    "'vượt 152,3 tỷ đồng so với dự toán' follows 2.486 tỷ: a change (gap to plan), value with multiplier applied.",
    "1.102 + 1.384 = 2.486 tỷ ('Trong đó' across a sentence break). District list: location = district, subject = the list's indicator.",
    "'hai phòng khám' is a number word (count 2, forecast: continues the 'dự kiến' clause). 'tăng lần lượt 5,2% và 8,6%' distributes one change to each of the two amounts.",
    "'phấn đấu' → target; 'dự kiến' → forecast (own clause after ';').",
]

if __name__ == "__main__":
    emit("p529-5", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Bắc Giang")
