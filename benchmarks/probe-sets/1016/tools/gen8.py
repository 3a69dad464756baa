"""p1016-8: provincial newspaper online (Báo Quảng Bình, tag QBĐT), online birth registration in Q1/2025."""
from lib import F, period, inherit, change, write_set

TEXT = """Báo Quảng Bình điện tử
Xã hội | Cập nhật lúc 15:40, Thứ năm, 10/04/2025

Gần 4.800 hồ sơ khai sinh được giải quyết trực tuyến trong quý I

(QBĐT) - Quý I/2025, các cơ quan đăng ký hộ tịch trên địa bàn tỉnh đã tiếp nhận và giải quyết 5.316 hồ sơ đăng ký khai sinh, tăng 4,6% so với cùng kỳ năm 2024; trong đó 4.782 hồ sơ được thực hiện trực tuyến, chiếm 90%, tăng 18,5% so với cùng kỳ.

Trong số hồ sơ trực tuyến, có 3.915 hồ sơ liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế, tăng gần gấp đôi so với quý IV/2024. Các địa phương có số hồ sơ khai sinh lớn là TP. Đồng Hới (1.024 hồ sơ), thị xã Ba Đồn (786 hồ sơ) và huyện Bố Trạch (742 hồ sơ). Thời gian giải quyết trung bình 1,5 ngày/hồ sơ, thấp hơn 0,5 ngày so với thời hạn quy định.

Cũng trong quý I, toàn tỉnh đăng ký kết hôn cho 1.958 cặp, đăng ký khai tử 1.487 trường hợp; cấp 6.240 bản sao trích lục hộ tịch, thu lệ phí khoảng 50 triệu đồng.

Số liệu trên được Sở Tư pháp báo cáo tại phiên họp thường kỳ lần thứ 3 năm 2025 của UBND tỉnh. Năm 2025, Sở Tư pháp phấn đấu tỷ lệ hồ sơ khai sinh trực tuyến đạt trên 92%; hoàn thành số hóa 100% sổ hộ tịch còn lại của 8 huyện, thị xã, thành phố trước ngày 30/9/2025. Hiện Sở đang phối hợp với Viettel Quảng Bình hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trên ứng dụng VNeID.

Thu Hằng
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
HEAD = period("trong quý I", "2025-01-01", "2025-03-31")
Q1b = period("Cũng trong quý I", "2025-01-01", "2025-03-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
BY = period("trước ngày 30/9/2025", None, "2025-09-30")

FIGS = [
    F("Gần 4.800 hồ sơ", "4.800", 4800, "count", "hồ sơ", "hồ sơ khai sinh được giải quyết trực tuyến", HEAD,
      approx="nearly"),
    F("giải quyết 5.316 hồ sơ", "5.316", 5316, "count", "hồ sơ", "hồ sơ đăng ký khai sinh tiếp nhận và giải quyết", Q1,
      change=change("increase", 4.6, "%", "cùng kỳ năm 2024")),
    F("trong đó 4.782 hồ sơ", "4.782", 4782, "count", "hồ sơ", "hồ sơ đăng ký khai sinh thực hiện trực tuyến", Q1,
      total=5316, percent=90, change=change("increase", 18.5, "%", "cùng kỳ")),
    F("có 3.915 hồ sơ", "3.915", 3915, "count", "hồ sơ",
      "hồ sơ liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế", inherit(Q1),
      total=4782, change=change("increase", 2, "lần", "quý IV/2024", approx="nearly")),
    F("(1.024 hồ sơ)", "1.024", 1024, "count", "hồ sơ", "hồ sơ khai sinh", inherit(Q1), location="Đồng Hới"),
    F("(786 hồ sơ)", "786", 786, "count", "hồ sơ", "hồ sơ khai sinh", inherit(Q1), location="Ba Đồn"),
    F("(742 hồ sơ)", "742", 742, "count", "hồ sơ", "hồ sơ khai sinh", inherit(Q1), location="Bố Trạch"),
    F("1,5 ngày/hồ sơ", "1,5", 1.5, "measure", "ngày/hồ sơ", "thời gian giải quyết trung bình", inherit(Q1),
      change=change("decrease", 0.5, "ngày", "thời hạn quy định")),
    F("1.958 cặp", "1.958", 1958, "count", "cặp", "cặp đăng ký kết hôn", Q1b),
    F("khai tử 1.487 trường hợp", "1.487", 1487, "count", "trường hợp", "trường hợp đăng ký khai tử", Q1b),
    F("cấp 6.240 bản", "6.240", 6240, "count", "bản", "bản sao trích lục hộ tịch được cấp", Q1b),
    F("khoảng 50 triệu đồng", "50", 50e6, "money", "đồng", "lệ phí thu được", Q1b, approx="about"),
    F("đạt trên 92%", "92", 92, "percent", "%", "tỷ lệ hồ sơ khai sinh trực tuyến", Y25, approx="over",
      status="target"),
    F("số hóa 100% sổ", "100", 100, "percent", "%", "sổ hộ tịch còn lại được số hóa", BY, status="target"),
    F("của 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố", optional=True),
]

NOTES = [
    "Báo Quảng Bình online: headline figure 'Gần 4.800 hồ sơ', 'Cập nhật lúc 15:40, Thứ năm, 10/04/2025', tag '(QBĐT) -' (implies Quảng Bình).",
    "'trong quý I' (headline) and 'Cũng trong quý I' take 2025. 'Trong số hồ sơ trực tuyến, có 3.915' → total 4.782 (the whole the cue names);",
    "'tăng gần gấp đôi so với quý IV/2024' is its change (2 lần, nearly). 'thấp hơn 0,5 ngày so với thời hạn quy định' is the change of 1,5 ngày/hồ sơ.",
    "100% takes its own clause's deadline 'trước ngày 30/9/2025'; 92% takes 'Năm 2025'. '8 huyện, thị xã, thành phố' (all units) is optional.",
    "Distractors: 'lần thứ 3', 'mức độ 2', 'quý IV/2024' (a baseline), 'Viettel Quảng Bình', time '15:40', byline.",
]

if __name__ == "__main__":
    write_set("p1016-8", TEXT, NOTES, FIGS, published="2025-04-10", location="Quảng Bình")
