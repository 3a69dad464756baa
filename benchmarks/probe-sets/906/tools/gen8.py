"""p906-8: Báo Sóc Trăng online - kitchen upgrades, semi-boarding kindergartens, school milk (02/2025)."""
from lib import F, P, I, CH, write

TEXT = """Sóc Trăng: Gần 46 tỷ đồng nâng cấp bếp ăn bán trú trường học

Cập nhật lúc 15:05, Thứ hai, 17/02/2025

(STO) - Theo Sở Giáo dục và Đào tạo, giai đoạn 2023-2025, tỉnh Sóc Trăng phân bổ gần 46 tỷ đồng để xây mới, cải tạo bếp ăn, nhà ăn cho 58 trường mầm non và tiểu học; đến cuối năm 2024 đã hoàn thành 41 công trình, đạt 70,7% kế hoạch. Riêng quý I/2025, dự kiến khởi công thêm 9 công trình tại các huyện Châu Thành, Kế Sách và Long Phú.

Năm học 2024-2025, toàn tỉnh có 214/236 trường mầm non, mẫu giáo tổ chức bán trú với 31.750 trẻ, tăng 1.240 trẻ so với năm học trước. Các địa phương có tỷ lệ trẻ ăn bán trú cao là TP Sóc Trăng (92%), thị xã Vĩnh Châu (78%) và huyện Mỹ Xuyên (74%); thấp nhất là huyện Cù Lao Dung với 41%.

Tại Trường Mầm non Hoa Mai (huyện Trần Đề), bếp ăn mới rộng 120 m2 đưa vào sử dụng từ tháng 9/2024, phục vụ 265 trẻ với mức tiền ăn 25.000 đồng/trẻ/ngày, trong đó phụ huynh đóng 20.000 đồng, phần còn lại từ nguồn xã hội hóa. Trường nằm trên Quốc lộ Nam Sông Hậu, cách trung tâm huyện khoảng 4 km.

Cũng theo Sở GD&ĐT, thực hiện Quyết định số 1340/QĐ-TTg về Chương trình Sữa học đường, năm 2024 có 128.600 trẻ mầm non, học sinh tiểu học được uống sữa 5 lần/tuần, đạt 96,4% kế hoạch. Năm 2025, tỉnh phấn đấu 100% bếp ăn trường học được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm và tổ chức ít nhất 2 đợt kiểm tra liên ngành; kinh phí chương trình sữa học đường dự kiến khoảng 52 tỷ đồng.

Thạch Sô Phol
"""

GD = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
NH = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
RATE = "tỷ lệ trẻ ăn bán trú"
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 46 tỷ đồng nâng cấp", "46", 46e9, "money", "đồng", "kinh phí nâng cấp bếp ăn bán trú trường học",
      approx="nearly"),
    F("phân bổ gần 46 tỷ đồng", "46", 46e9, "money", "đồng", "kinh phí xây mới, cải tạo bếp ăn, nhà ăn", GD,
      approx="nearly"),
    F("cho 58 trường", "58", 58, "count", "trường", "trường mầm non và tiểu học được xây mới, cải tạo bếp ăn, nhà ăn", GD),
    F("hoàn thành 41 công trình", "41", 41, "count", "công trình", "công trình bếp ăn, nhà ăn hoàn thành",
      P("đến cuối năm 2024", None, "2024-12-31"), percent=70.7),
    F("thêm 9 công trình", "9", 9, "count", "công trình", "công trình khởi công",
      P("quý I/2025", "2025-01-01", "2025-03-31"), status="forecast"),
    F("có 214/236 trường", "214", 214, "count", "trường", "trường mầm non, mẫu giáo tổ chức bán trú", NH, total=236),
    F("với 31.750 trẻ", "31.750", 31750, "count", "trẻ", "trẻ ăn bán trú", NH,
      change=CH("increase", 1240, "trẻ", "năm học trước")),
    F("Sóc Trăng (92%)", "92", 92, "percent", "%", RATE, I(NH), location="Sóc Trăng"),
    F("Vĩnh Châu (78%)", "78", 78, "percent", "%", RATE, I(NH), location="Vĩnh Châu"),
    F("Mỹ Xuyên (74%)", "74", 74, "percent", "%", RATE, I(NH), location="Mỹ Xuyên"),
    F("với 41%", "41", 41, "percent", "%", RATE, I(NH), location="Cù Lao Dung"),
    F("rộng 120 m2", "120", 120, "measure", "m2", "diện tích bếp ăn mới", location="Trần Đề"),
    F("phục vụ 265 trẻ", "265", 265, "count", "trẻ", "trẻ ăn bán trú tại Trường Mầm non Hoa Mai", location="Trần Đề"),
    F("ăn 25.000 đồng/trẻ/ngày", "25.000", 25000, "money", "đồng/trẻ/ngày", "mức tiền ăn", location="Trần Đề"),
    F("đóng 20.000 đồng", "20.000", 20000, "money", "đồng", "tiền ăn phụ huynh đóng", total=25000, location="Trần Đề"),
    F("khoảng 4 km", "4", 4, "measure", "km", "khoảng cách từ trường đến trung tâm huyện", approx="about",
      location="Trần Đề", optional=True),
    F("có 128.600 trẻ", "128.600", 128600, "count", "trẻ", "trẻ mầm non, học sinh tiểu học được uống sữa học đường",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=96.4),
    F("sữa 5 lần/tuần", "5", 5, "measure", "lần/tuần", "số lần uống sữa mỗi tuần", optional=True),
    F("phấn đấu 100% bếp ăn", "100", 100, "percent", "%",
      "bếp ăn trường học được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", Y25, status="target"),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt kiểm tra liên ngành", Y25, approx="at_least", status="target"),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "kinh phí chương trình sữa học đường", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Sóc Trăng online (headline figure, 'Cập nhật lúc 15:05, Thứ hai, 17/02/2025', tag '(STO) -'): kitchen upgrades,",
    "semi-boarding kindergartens by district, a school in Trần Đề, school milk 2024, 2025 targets.",
    "'đạt 70,7% kế hoạch' after 41 công trình is its percent (41/58); '214/236 trường' -> total 236 (not a plan).",
    "District list of rates: each district is the location (TP Sóc Trăng -> Sóc Trăng). 'cách trung tâm huyện khoảng 4 km' optional;",
    "'uống sữa 5 lần/tuần' is the programme's specification: optional.",
    "'tổ chức ít nhất 2 đợt' continues the 'phấn đấu' clause: target. 'dự kiến khoảng 52 tỷ' forecast.",
    "Distractors: Quyết định số 1340/QĐ-TTg, Quốc lộ Nam Sông Hậu, 'từ tháng 9/2024', time 15:05, weekday.",
]

if __name__ == "__main__":
    write("p906-8", TEXT, FIGS, NOTES, published="2025-02-17", location="Sóc Trăng")
