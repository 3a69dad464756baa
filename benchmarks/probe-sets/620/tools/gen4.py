"""p620-4: ministry site (Bộ Tư pháp), national adoption figures 2023."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Năm 2023, cả nước giải quyết hơn 3.100 trường hợp nuôi con nuôi

Ngày đăng: 26/02/2024 | Lượt xem: 3.508

Theo số liệu của Cục Con nuôi, năm 2023 cả nước đã giải quyết 3.126 trường hợp nuôi con nuôi, trong đó 2.741 trường hợp trong nước và 385 trường hợp có yếu tố nước ngoài. So với năm 2022, số trường hợp nuôi con nuôi nước ngoài tăng 12,6%.

Các địa phương giải quyết nhiều trường hợp nuôi con nuôi trong nước là Nghệ An (297), Thanh Hóa (264), Hà Nội (203) và Đắk Lắk (151). Có 62/63 tỉnh, thành phố phát sinh hồ sơ đăng ký nuôi con nuôi.

Về nuôi con nuôi nước ngoài, trẻ em Việt Nam được nhận làm con nuôi tại 11 quốc gia, nhiều nhất là Italia với 142 trẻ, tiếp đến là Pháp 71 trẻ, Hoa Kỳ 58 trẻ. Đáng chú ý, có 268 trẻ em có nhu cầu chăm sóc đặc biệt, chiếm 69,6% tổng số trẻ em được giải quyết cho làm con nuôi nước ngoài, cao hơn mức 61,3% của năm 2022.

Hiện cả nước có 34 tổ chức con nuôi nước ngoài được cấp phép hoạt động tại Việt Nam và 89 cơ sở nuôi dưỡng được phép giới thiệu trẻ em làm con nuôi nước ngoài. Năm 2023, các tổ chức này hỗ trợ nhân đạo cho các cơ sở nuôi dưỡng khoảng 2,35 triệu USD, tương đương gần 57 tỷ đồng.

Việc giải quyết nuôi con nuôi được thực hiện theo Luật Nuôi con nuôi số 52/2010/QH12, Nghị định số 24/2019/NĐ-CP và Công ước La Hay năm 1993 về bảo vệ trẻ em và hợp tác trong lĩnh vực nuôi con nuôi quốc tế.

Tại hội nghị, Cục trưởng Cục Con nuôi cho biết năm 2024 dự kiến giải quyết khoảng 3.200 trường hợp. Ngành Tư pháp phấn đấu đến năm 2025 có 100% trẻ em bị bỏ rơi được xem xét tìm gia đình thay thế, tỷ lệ trẻ em được nhận nuôi trong nước đạt trên 85%.

Địa chỉ: 60 Trần Phú, Ba Đình, Hà Nội.
"""

Y23 = YEAR(2023)
Y23h = YEAR(2023, "Năm 2023")
VN = "Việt Nam"
SUBJ_P = "trường hợp nuôi con nuôi trong nước"
SUBJ_C = "trẻ em Việt Nam được nhận làm con nuôi nước ngoài"
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 3.100 trường hợp", "3.100", 3100, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết", Y23h,
      approx="over"),
    F("giải quyết 3.126 trường hợp", "3.126", 3126, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết", Y23),
    F("2.741 trường hợp", "2.741", 2741, "count", "trường hợp", "trường hợp nuôi con nuôi trong nước", Y23, total=3126),
    F("385 trường hợp", "385", 385, "count", "trường hợp", "trường hợp nuôi con nuôi có yếu tố nước ngoài", Y23, total=3126),
    F("tăng 12,6%", "12,6", 12.6, "percent", "%", "số trường hợp nuôi con nuôi nước ngoài tăng so với năm 2022", INH(Y23)),
    F("Nghệ An (297)", "297", 297, "count", "trường hợp", SUBJ_P, INH(Y23), location="Nghệ An"),
    F("Thanh Hóa (264)", "264", 264, "count", "trường hợp", SUBJ_P, INH(Y23), location="Thanh Hóa"),
    F("Hà Nội (203)", "203", 203, "count", "trường hợp", SUBJ_P, INH(Y23), location="Hà Nội"),
    F("Đắk Lắk (151)", "151", 151, "count", "trường hợp", SUBJ_P, INH(Y23), location="Đắk Lắk"),
    F("62/63 tỉnh", "62", 62, "count", "tỉnh, thành phố", "tỉnh, thành phố phát sinh hồ sơ đăng ký nuôi con nuôi", INH(Y23),
      total=63),
    F("tại 11 quốc gia", "11", 11, "count", "quốc gia", "quốc gia nhận trẻ em Việt Nam làm con nuôi", INH(Y23)),
    F("Italia với 142 trẻ", "142", 142, "count", "trẻ", SUBJ_C, INH(Y23)),
    F("Pháp 71 trẻ", "71", 71, "count", "trẻ", SUBJ_C, INH(Y23)),
    F("Hoa Kỳ 58 trẻ", "58", 58, "count", "trẻ", SUBJ_C, INH(Y23)),
    F("có 268 trẻ em", "268", 268, "count", "trẻ em", "trẻ em có nhu cầu chăm sóc đặc biệt được cho làm con nuôi nước ngoài",
      INH(Y23), percent=69.6),
    F("mức 61,3%", "61,3", 61.3, "percent", "%",
      "tỷ lệ trẻ em có nhu cầu chăm sóc đặc biệt được cho làm con nuôi nước ngoài", YEAR(2022)),
    F("có 34 tổ chức", "34", 34, "count", "tổ chức", "tổ chức con nuôi nước ngoài được cấp phép hoạt động tại Việt Nam"),
    F("và 89 cơ sở", "89", 89, "count", "cơ sở nuôi dưỡng",
      "cơ sở nuôi dưỡng được phép giới thiệu trẻ em làm con nuôi nước ngoài"),
    F("khoảng 2,35 triệu USD", "2,35", 2.35e6, "money", "USD",
      "hỗ trợ nhân đạo của tổ chức con nuôi nước ngoài cho cơ sở nuôi dưỡng", Y23h, approx="about"),
    F("gần 57 tỷ đồng", "57", 57e9, "money", "đồng",
      "hỗ trợ nhân đạo của tổ chức con nuôi nước ngoài cho cơ sở nuôi dưỡng", Y23h, approx="nearly"),
    F("khoảng 3.200 trường hợp", "3.200", 3200, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết",
      YEAR(2024), approx="about", status="forecast"),
    F("có 100% trẻ em", "100", 100, "percent", "%", "trẻ em bị bỏ rơi được xem xét tìm gia đình thay thế", D25,
      status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ trẻ em được nhận nuôi trong nước", D25, approx="over", status="target"),
]

COMMENTS = [
    "Bộ Tư pháp portal (invented): nuôi con nuôi năm 2023, national totals, provinces, receiving countries, 2024-2025 plans.",
    "National figures: location Việt Nam; provinces in the bracketed list are their items' location (bare numbers, unit from the indicator);",
    "receiving countries (Italia, Pháp, Hoa Kỳ) are not places of the figure. 'tăng 12,6%' stands in its own sentence with no amount:",
    "a percent figure. 'cao hơn mức 61,3% của năm 2022' is the previous year's level, its own percent figure (period năm 2022), not a change.",
    "'tương đương gần 57 tỷ đồng' is an equivalent amount, its own money figure. Distractors: Lượt xem: 3.508, Luật số 52/2010/QH12,",
    "Nghị định số 24/2019/NĐ-CP, Công ước La Hay năm 1993, address 60 Trần Phú.",
]

if __name__ == "__main__":
    emit("p620-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
