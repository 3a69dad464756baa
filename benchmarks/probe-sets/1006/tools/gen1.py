"""p1006-1: Thanh Hóa, province portal (breadcrumb, Cập nhật | Lượt xem), pensions paid into accounts, 7 months 2024."""
from lib import F, period, change, target, write_set

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Lao động - Xã hội

Hơn 61% người hưởng lương hưu ở đô thị nhận tiền qua tài khoản

Cập nhật: 14/08/2024 09:12 | Lượt xem: 2.318

Theo Bảo hiểm xã hội (BHXH) tỉnh, tính đến ngày 31/7/2024, toàn tỉnh Thanh Hóa có 98.457 người hưởng lương hưu, trợ cấp BHXH hàng tháng, trong đó 41.236 người nhận qua tài khoản cá nhân, chiếm 41,9%, tăng 5.870 người so với cuối năm 2023. Riêng khu vực đô thị, tỷ lệ người hưởng nhận qua tài khoản đạt 61,4%, vượt chỉ tiêu 60% tại Kế hoạch số 118/KH-UBND của UBND tỉnh.

Từ đầu năm đến nay, BHXH tỉnh đã chi trả qua tài khoản gần 1.280 tỷ đồng lương hưu, trợ cấp, bằng 43,5% tổng số tiền chi trả. Với trợ cấp thất nghiệp, 100% người hưởng nhận tiền qua tài khoản, số tiền trên 312 tỷ đồng. Mỗi tháng, ngành BHXH chi trả khoảng 420 tỷ đồng lương hưu, trợ cấp cho người hưởng trên địa bàn.

Các địa phương có tỷ lệ nhận qua tài khoản cao là TP Thanh Hóa (72,8%), TP Sầm Sơn (65,1%), thị xã Nghi Sơn (58,6%); thấp nhất là huyện Mường Lát (4,2%) và huyện Quan Sơn (6,7%).

Bà Lê Thị Hương, Phó Giám đốc BHXH tỉnh cho biết, để đạt mục tiêu đến cuối năm 2024 có 50% người hưởng trên toàn tỉnh nhận qua tài khoản, BHXH tỉnh đã phối hợp với Bưu điện tỉnh và 12 ngân hàng thương mại tổ chức 1.146 hội nghị đối thoại, tuyên truyền tại các xã, phường. Dự kiến trong quý IV/2024 sẽ hỗ trợ mở mới khoảng 8.000 tài khoản cho người hưởng, nhất là người cao tuổi ở các huyện miền núi.

Cơ quan chủ quản: UBND tỉnh Thanh Hóa - Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa - Điện thoại: 0237.3852.363
"""

P_ASOF = period("tính đến ngày 31/7/2024", end="2024-07-31")
P_YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
RATE = "tỷ lệ người hưởng nhận qua tài khoản"

FIGS = [
    F("Hơn 61%", "61", 61, "percent", "%", "tỷ lệ người hưởng lương hưu ở đô thị nhận tiền qua tài khoản", approx="over"),
    F("có 98.457 người", "98.457", 98457, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", P_ASOF),
    F("41.236 người nhận", "41.236", 41236, "count", "người", "người hưởng nhận qua tài khoản cá nhân", P_ASOF,
      total=98457, percent=41.9, change=change("increase", 5870, "người", "cuối năm 2023")),
    F("đạt 61,4%", "61,4", 61.4, "percent", "%", "tỷ lệ người hưởng khu vực đô thị nhận qua tài khoản",
      period("tính đến ngày 31/7/2024", end="2024-07-31", inherited=True), target=target(60, met=True)),
    F("gần 1.280 tỷ đồng", "1.280", 1.28e12, "money", "đồng", "lương hưu, trợ cấp chi trả qua tài khoản", P_YTD,
      approx="nearly", percent=43.5),
    F("100% người hưởng", "100", 100, "percent", "%", "người hưởng trợ cấp thất nghiệp nhận tiền qua tài khoản",
      dict(P_YTD, inherited=True)),
    F("trên 312 tỷ đồng", "312", 312e9, "money", "đồng", "trợ cấp thất nghiệp chi trả qua tài khoản",
      dict(P_YTD, inherited=True), approx="over"),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng/tháng", "lương hưu, trợ cấp chi trả mỗi tháng", approx="about"),
    F("(72,8%)", "72,8", 72.8, "percent", "%", RATE, location="TP Thanh Hóa"),
    F("(65,1%)", "65,1", 65.1, "percent", "%", RATE, location="Sầm Sơn"),
    F("(58,6%)", "58,6", 58.6, "percent", "%", RATE, location="Nghi Sơn"),
    F("(4,2%)", "4,2", 4.2, "percent", "%", RATE, location="Mường Lát"),
    F("(6,7%)", "6,7", 6.7, "percent", "%", RATE, location="Quan Sơn"),
    F("có 50% người hưởng", "50", 50, "percent", "%", "tỷ lệ người hưởng trên toàn tỉnh nhận qua tài khoản",
      period("đến cuối năm 2024", end="2024-12-31"), status="target"),
    F("12 ngân hàng thương mại", "12", 12, "count", "ngân hàng thương mại", "ngân hàng thương mại phối hợp với BHXH tỉnh"),
    F("tổ chức 1.146 hội nghị", "1.146", 1146, "count", "hội nghị", "hội nghị đối thoại, tuyên truyền"),
    F("khoảng 8.000 tài khoản", "8.000", 8000, "count", "tài khoản", "tài khoản mở mới cho người hưởng",
      period("trong quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản tính đến 31/7/2024; chi trả từ đầu năm; tỷ lệ theo địa phương.",
    "Distractors: Lượt xem 2.318, 09:12, Kế hoạch số 118/KH-UBND, Số 35 Đại lộ Lê Lợi, phone 0237.3852.363.",
    "vượt chỉ tiêu 60% -> target 60 met; bằng 43,5% tổng số tiền -> percent; tăng 5.870 người -> change of 41.236 (the figure the cue follows).",
    "District list in brackets: location = the district/town; no period (the as-of date stands in another paragraph).",
]

write_set(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Thanh Hóa")
