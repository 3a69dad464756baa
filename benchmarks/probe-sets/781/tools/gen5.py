"""p781-5: Party newspaper (Báo Quảng Nam) - turtle eggs moved from Côn Đảo to Cù Lao Chàm (Hội An)."""
from lib import F, P, I, CH, emit

TEXT = """Cù Lao Chàm đón thêm 7 ổ trứng rùa biển từ Côn Đảo

(QNO) - Ngày 20/7, Ban Quản lý Khu bảo tồn biển Cù Lao Chàm phối hợp với Vườn quốc gia Côn Đảo vận chuyển 7 ổ trứng vích (đợt 2 năm 2024) với 684 quả trứng ra ấp tại bãi Ông (xã Tân Hiệp, TP.Hội An). Các ổ trứng được đưa bằng máy bay ATR 72 từ Côn Đảo về Đà Nẵng, sau đó chuyển bằng tàu cao tốc ra đảo.

Như vậy, từ đầu năm đến nay Cù Lao Chàm đã tiếp nhận 12 ổ trứng, đạt 60% kế hoạch năm. Theo ông Lê Văn Tám, Phó Trưởng ban Ban Quản lý, chi phí vận chuyển, ấp nở bình quân khoảng 3,5 triệu đồng/ổ, do Quỹ Bảo tồn rùa biển tài trợ.

Đây là năm thứ sáu chương trình chuyển trứng rùa biển từ Côn Đảo ra Cù Lao Chàm được thực hiện. Từ năm 2019 đến nay, Cù Lao Chàm đã tiếp nhận 86 ổ trứng, ấp nở và thả về biển 6.215 rùa con. Riêng năm 2023, tỷ lệ nở đạt 82,4%, tăng 11,6% so với năm 2022.

Khu bảo tồn biển Cù Lao Chàm có tổng diện tích 6.716 ha, trong đó vùng lõi 1.535 ha. Trong mùa sinh sản, có 42 tình nguyện viên thay phiên canh ổ trứng; khu ấp đã đón khoảng 1.500 lượt khách tham quan, thu phí 30.000 đồng/lượt.

Ông Tám cho biết, năm 2025 đơn vị dự kiến tiếp nhận 25 ổ trứng và phấn đấu nâng tỷ lệ nở lên trên 85%. Để bảo đảm an toàn cho rùa con, người dân và du khách không được bật đèn, đốt lửa trên bãi Ông vào ban đêm.

THANH THẮNG

22/07/2024
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-22")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-22")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thêm 7 ổ", "7", 7, "count", "ổ trứng", "ổ trứng rùa biển từ Côn Đảo"),
    F("chuyển 7 ổ", "7", 7, "count", "ổ trứng", "ổ trứng vích vận chuyển ra ấp"),
    F("với 684 quả", "684", 684, "count", "quả trứng", "quả trứng vận chuyển ra ấp"),
    F("nhận 12 ổ", "12", 12, "count", "ổ trứng", "ổ trứng Cù Lao Chàm đã tiếp nhận", YTD, percent=60),
    F("khoảng 3,5 triệu", "3,5", 3_500_000, "money", "đồng/ổ", "chi phí vận chuyển, ấp nở bình quân",
      approx="about"),
    F("nhận 86 ổ", "86", 86, "count", "ổ trứng", "ổ trứng Cù Lao Chàm đã tiếp nhận", SINCE),
    F("biển 6.215 rùa", "6.215", 6215, "count", "rùa con", "rùa con ấp nở và thả về biển", SINCE),
    F("đạt 82,4%", "82,4", 82.4, "percent", "%", "tỷ lệ nở", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 11.6, "%", "năm 2022")),
    F("diện tích 6.716 ha", "6.716", 6716, "measure", "ha", "tổng diện tích Khu bảo tồn biển Cù Lao Chàm"),
    F("lõi 1.535 ha", "1.535", 1535, "measure", "ha", "diện tích vùng lõi", total=6716),
    F("có 42 tình", "42", 42, "count", "tình nguyện viên", "tình nguyện viên thay phiên canh ổ trứng"),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt khách", "lượt khách tham quan khu ấp", approx="about"),
    F("phí 30.000 đồng", "30.000", 30000, "money", "đồng/lượt", "phí tham quan"),
    F("nhận 25 ổ", "25", 25, "count", "ổ trứng", "ổ trứng dự kiến tiếp nhận", Y25, status="forecast"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ nở", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Quảng Nam (QNO): Cù Lao Chàm (xã Tân Hiệp, TP Hội An) receives turtle eggs moved from Côn Đảo (đợt 2 năm 2024); byline, bare date at the end.",
    "Location: the figures describe Cù Lao Chàm, a commune of the city Hội An, named in the lead: 'Hội An' (Côn Đảo is only the origin).",
    "'đợt 2 năm 2024', 'máy bay ATR 72', 'năm thứ sáu', 'Ngày 20/7' are names, ordinals and dates. 'từ đầu năm đến nay' (year from the lead's",
    "'năm 2024') and 'Từ năm 2019 đến nay' end at the date 22/07/2024. '12 ổ …, đạt 60% kế hoạch năm' → percent 60 (the plan is not stated).",
    "'82,4%, tăng 11,6% so với năm 2022': the change of the rate (FIGURES.md: the change after 'tăng' is an attribute). 1.535 ha after",
    "'trong đó' is part of 6.716 ha. 'dự kiến tiếp nhận 25 ổ' → forecast; 'phấn đấu … trên 85%' → target (each cue governs its own clause).",
]

if __name__ == "__main__":
    emit("p781-5", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Hội An")
