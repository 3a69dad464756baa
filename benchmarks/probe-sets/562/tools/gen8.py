"""p562-8: Báo Thanh Hóa — provincial Border Guard year-end review 2023: rescues, life jackets, outreach."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thứ Tư, 10/01/2024 | 16:45
Biên phòng Thanh Hóa cứu 127 ngư dân gặp nạn trên biển trong năm 2023

(Baothanhhoa.vn) - Ngày 10/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Đến dự có đại diện Hải đội Biên phòng 2 và các đồn biên phòng ven biển.

Trong năm 2023, đơn vị đã chủ trì, phối hợp tổ chức 46 vụ tìm kiếm cứu nạn trên biển, tăng 8 vụ so với năm 2022; cứu 127 ngư dân và 31 phương tiện cùng tài sản trị giá gần 42 tỷ đồng. Riêng quý IV/2023, lực lượng biên phòng đã cứu 39 người.

Đơn vị đã cấp phát 2.500 áo phao cho ngư dân các địa phương ven biển, trong đó thị xã Nghi Sơn 820 chiếc, huyện Hoằng Hóa 640 chiếc, huyện Hậu Lộc 560 chiếc và thành phố Sầm Sơn 480 chiếc. Các đồn biên phòng tổ chức 186 buổi tuyên truyền về an toàn khi hoạt động trên biển cho hơn 9.300 lượt ngư dân, đạt 124% kế hoạch năm.

Toàn tỉnh hiện có 7.021 tàu cá với khoảng 32.500 lao động nghề cá. Tần suất tai nạn năm 2023 là 6,6 vụ/1.000 tàu cá, thấp hơn mức bình quân 5 năm trước đó.

Năm 2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phấn đấu 100% tàu cá xuất bến được kiểm tra trang thiết bị an toàn, tỷ lệ ngư dân mặc áo phao khi làm việc trên boong đạt ít nhất 80%. Đường dây nóng tiếp nhận tin báo: 069.2516.112.

Phạm Hà
"""

Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cứu 127 ngư dân gặp nạn", "127", 127, "count", "ngư dân", "ngư dân gặp nạn trên biển được Biên phòng cứu",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 46 vụ", "46", 46, "count", "vụ", "vụ tìm kiếm cứu nạn trên biển", Y23,
      change=CH("increase", 8, "vụ", "năm 2022")),
    F("cứu 127 ngư dân và", "127", 127, "count", "ngư dân", "ngư dân được cứu", Y23),
    F("và 31 phương tiện", "31", 31, "count", "phương tiện", "phương tiện được cứu", Y23),
    F("gần 42 tỷ đồng", "42", 42e9, "money", "đồng", "tài sản được cứu", Y23, approx="nearly"),
    F("cứu 39 người", "39", 39, "count", "người", "người được lực lượng biên phòng cứu", Q4),
    F("cấp phát 2.500 áo phao", "2.500", 2500, "count", "áo phao", "áo phao cấp phát cho ngư dân", I(Y23)),
    F("Nghi Sơn 820 chiếc", "820", 820, "count", "chiếc", "áo phao cấp phát cho ngư dân", I(Y23),
      total=2500, location="Nghi Sơn"),
    F("Hoằng Hóa 640 chiếc", "640", 640, "count", "chiếc", "áo phao cấp phát cho ngư dân", I(Y23),
      total=2500, location="Hoằng Hóa"),
    F("Hậu Lộc 560 chiếc", "560", 560, "count", "chiếc", "áo phao cấp phát cho ngư dân", I(Y23),
      total=2500, location="Hậu Lộc"),
    F("Sầm Sơn 480 chiếc", "480", 480, "count", "chiếc", "áo phao cấp phát cho ngư dân", I(Y23),
      total=2500, location="Sầm Sơn"),
    F("tổ chức 186 buổi", "186", 186, "count", "buổi", "buổi tuyên truyền về an toàn khi hoạt động trên biển", I(Y23)),
    F("hơn 9.300 lượt", "9.300", 9300, "count", "lượt ngư dân", "lượt ngư dân được tuyên truyền", I(Y23),
      approx="over", percent=124),
    F("có 7.021 tàu cá", "7.021", 7021, "count", "tàu cá", "tàu cá"),
    F("khoảng 32.500 lao động", "32.500", 32500, "count", "lao động", "lao động nghề cá", approx="about"),
    F("là 6,6 vụ", "6,6", 6.6, "measure", "vụ/1.000 tàu cá", "tần suất tai nạn",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tàu cá xuất bến được kiểm tra trang thiết bị an toàn", Y24,
      status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ ngư dân mặc áo phao khi làm việc trên boong", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa (invented provincial-newspaper page; date line at the top, '(Baothanhhoa.vn) -' tag, byline at the end):",
    "Bộ đội Biên phòng tỉnh tổng kết năm 2023 — cứu nạn, áo phao, tuyên truyền; mục tiêu 2024.",
    "The district/town list after 'trong đó' adds up to 2.500 áo phao: each item has total 2.500 and its district as location.",
    "'đạt 124% kế hoạch năm' is the share of 9.300 lượt. '6,6 vụ/1.000 tàu cá' is a rate (1.000 is its denominator); 'mức bình",
    "quân 5 năm trước đó' is a comparison baseline with no number of its own: '5 năm' locates a period, not a figure.",
    "Not figures: 'Hải đội Biên phòng 2' (a unit name), 'Ngày 10/1', the phone number, the time 16:45.",
    "'hiện có' sentence: no period. 'phấn đấu' covers both 2024 targets (the second continues the first clause).",
]

if __name__ == "__main__":
    emit("p562-8", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Thanh Hóa")
