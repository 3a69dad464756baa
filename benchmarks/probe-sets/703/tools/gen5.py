#!/usr/bin/env python3
"""p703-5: Party newspaper (Báo Quảng Nam) — Cù Lao Chàm MPA 2023: visitors, fees, coral cover, reef fish, co-management, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """Cù Lao Chàm thu hơn 9 tỷ đồng phí tham quan năm 2023

(QNO) - Theo Ban Quản lý Khu bảo tồn biển Cù Lao Chàm (TP Hội An), năm 2023 khu bảo tồn đón 468.200 lượt khách, tăng 35,6% so với năm 2022; trong đó khách quốc tế 121.500 lượt, chiếm 26%. Tổng thu phí tham quan đạt 9,36 tỷ đồng, vượt 17% kế hoạch.

Theo quy định, 30% số phí thu được dành cho công tác bảo tồn, 20% hỗ trợ cộng đồng xã Tân Hiệp thực hiện các hoạt động sinh kế.

Kết quả giám sát năm 2023 tại 10 điểm rạn cho thấy độ phủ san hô sống đạt 38,5% (năm 2018 là 31,2%). Số loài cá rạn ghi nhận tăng từ 202 loài (năm 2018) lên 235 loài. Đặc biệt, tại khu vực Hòn Dài và Hòn Lá, mật độ tôm hùm con tăng gấp 3 lần sau 5 năm khoanh vùng bảo vệ nghiêm ngặt.

Mô hình đồng quản lý tiếp tục phát huy hiệu quả với 4 tổ cộng đồng gồm 86 thành viên. Năm 2023, các tổ đã phối hợp phát hiện 15 vụ vi phạm, trong đó 11 vụ bị xử phạt với tổng số tiền gần 70 triệu đồng; vụ việc tàu cá QNa 90125 TS dùng lưới kéo trong phân khu bảo vệ nghiêm ngặt đã được chuyển cơ quan chức năng xử lý.

Ông Nguyễn Văn Lành, Trưởng Ban Quản lý cho biết, năm 2024 TP Hội An phấn đấu đón 500.000 lượt khách đến Cù Lao Chàm, đồng thời duy trì giới hạn tối đa 3.000 lượt khách/ngày để giảm áp lực lên hệ sinh thái rạn san hô và cỏ biển.

MINH HẢI

22/01/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y18 = P("năm 2018", "2018-01-01", "2018-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 9 tỷ đồng", "9", 9e9, "money", "đồng", "thu phí tham quan Cù Lao Chàm", Y23, approx="over"),
    F("đón 468.200 lượt khách", "468.200", 468200, "count", "lượt khách", "lượt khách đến khu bảo tồn", Y23,
      change=CH("increase", 35.6, "%", "năm 2022")),
    F("quốc tế 121.500 lượt", "121.500", 121500, "count", "lượt", "khách quốc tế", Y23, total=468200, percent=26),
    F("đạt 9,36 tỷ đồng", "9,36", 9.36e9, "money", "đồng", "tổng thu phí tham quan", I(Y23),
      change=CH("increase", 17, "%", "kế hoạch")),
    F("quy định, 30% số phí", "30", 30, "percent", "%", "số phí thu được dành cho công tác bảo tồn"),
    F("bảo tồn, 20% hỗ trợ", "20", 20, "percent", "%", "số phí thu được hỗ trợ cộng đồng xã Tân Hiệp"),
    F("tại 10 điểm rạn", "10", 10, "count", "điểm rạn", "điểm rạn giám sát", Y23),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "độ phủ san hô sống", Y23),
    F("là 31,2%", "31,2", 31.2, "percent", "%", "độ phủ san hô sống", Y18),
    F("từ 202 loài", "202", 202, "count", "loài", "số loài cá rạn ghi nhận", Y18),
    F("lên 235 loài", "235", 235, "count", "loài", "số loài cá rạn ghi nhận", I(Y23)),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "mật độ tôm hùm con tại khu vực Hòn Dài và Hòn Lá"),
    F("với 4 tổ", "4", 4, "count", "tổ cộng đồng", "tổ cộng đồng đồng quản lý"),
    F("gồm 86 thành viên", "86", 86, "count", "thành viên", "thành viên các tổ cộng đồng"),
    F("phát hiện 15 vụ", "15", 15, "count", "vụ", "vụ vi phạm được phát hiện", Y23),
    F("trong đó 11 vụ", "11", 11, "count", "vụ", "vụ vi phạm bị xử phạt", Y23, total=15),
    F("gần 70 triệu đồng", "70", 70e6, "money", "đồng", "tổng số tiền xử phạt", Y23, approx="nearly"),
    F("đón 500.000 lượt khách", "500.000", 500000, "count", "lượt khách", "lượt khách đến Cù Lao Chàm", Y24, status="target"),
    F("tối đa 3.000 lượt khách/ngày", "3.000", 3000, "measure", "lượt khách/ngày", "giới hạn lượt khách mỗi ngày", Y24,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Báo Quảng Nam (Party newspaper, QNO tag): Khu bảo tồn biển Cù Lao Chàm năm 2023 — khách, phí tham quan, độ phủ san hô, cá rạn,",
    "đồng quản lý, kế hoạch 2024. Byline 'MINH HẢI' and the bare date '22/01/2024' at the end give `published`.",
    "Location: the text places the MPA in 'TP Hội An', so Hội An (not only the province implied by QNO). 'vượt 17% kế hoạch' is the",
    "change of 9,36 tỷ against the plan (FIGURES.md 'A gap to a plan'). '(năm 2018 là 31,2%)' is a bracketed figure of its own with its",
    "own year. 'tăng từ 202 loài (năm 2018) lên 235 loài': two counts, no change attribute (the amount is not stated); 'gấp 3 lần' stands",
    "alone: a multiple; 'sau 5 năm' is a duration, not a figure. '4 tổ … gồm 86 thành viên' is not a part-of (different things).",
    "Tàu 'QNa 90125 TS' is an identifier. 'đồng thời duy trì giới hạn tối đa' continues the 'phấn đấu' clause: target.",
]

if __name__ == "__main__":
    emit("p703-5", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Hội An")
