"""p1467-4: ministry site (Bộ Xây dựng): national mirror industry 2023, forecast 2024, target 2030."""
from lib import F, period, inherited, change, target, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng

Ngành gương: sản lượng giảm, xuất khẩu phục hồi

15/03/2024 | 09:30 | Vụ Vật liệu xây dựng

Theo Vụ Vật liệu xây dựng, năm 2023 cả nước có 23 dây chuyền tráng gương với tổng công suất thiết kế khoảng 52 triệu m2/năm, trong đó 15 dây chuyền sử dụng công nghệ tráng bạc không đồng, không chì. Sản lượng gương tráng bạc năm 2023 ước đạt 38,5 triệu m2, giảm 6,4% so với năm 2022 và chỉ bằng 74% công suất thiết kế.

Các địa phương có sản lượng lớn lần lượt là Bình Dương (11,2 triệu m2), Vĩnh Phúc (6,9 triệu m2) và Hưng Yên (4,3 triệu m2).

Tiêu thụ gương trong nước năm 2023 khoảng 26 triệu m2, bình quân khoảng 0,26 m2/người/năm, thấp hơn nhiều so với các nước phát triển.

Ngược lại, xuất khẩu gương năm 2023 đạt 286 triệu USD, tăng 12,5% so với năm trước; Hoa Kỳ là thị trường lớn nhất với 54% kim ngạch. Việt Nam hiện đứng thứ 3 Đông Nam Á về xuất khẩu gương, sau Thái Lan và Malaysia.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 tỷ lệ gương sản xuất bằng công nghệ không chì, không đồng phải đạt ít nhất 90%. Sản phẩm gương lưu thông phải đáp ứng tiêu chuẩn TCVN 7624:2007.

Bộ Xây dựng dự báo năm 2024 nhu cầu gương trong nước đạt 28-30 triệu m2, xuất khẩu có thể tăng 8-10%.

Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.0271
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 23 dây chuyền", "23", 23, "count", "dây chuyền", "dây chuyền tráng gương", Y23),
    F("khoảng 52 triệu", "52", 52e6, "measure", "m2/năm", "tổng công suất thiết kế các dây chuyền tráng gương",
      Y23, approx="about"),
    F("trong đó 15 dây chuyền", "15", 15, "count", "dây chuyền",
      "dây chuyền sử dụng công nghệ tráng bạc không đồng, không chì", Y23, total=23),
    F("ước đạt 38,5 triệu", "38,5", 38.5e6, "measure", "m2", "sản lượng gương tráng bạc", Y23,
      change=change("decrease", 6.4, "%", "năm 2022"), percent=74, status="estimate"),
    F("Bình Dương (11,2 triệu", "11,2", 11.2e6, "measure", "m2", "sản lượng gương", inherited(Y23),
      location="Bình Dương"),
    F("Vĩnh Phúc (6,9 triệu", "6,9", 6.9e6, "measure", "m2", "sản lượng gương", inherited(Y23),
      location="Vĩnh Phúc"),
    F("Hưng Yên (4,3 triệu", "4,3", 4.3e6, "measure", "m2", "sản lượng gương", inherited(Y23),
      location="Hưng Yên"),
    F("khoảng 26 triệu", "26", 26e6, "measure", "m2", "tiêu thụ gương trong nước", Y23, approx="about"),
    F("khoảng 0,26 m2", "0,26", 0.26, "measure", "m2/người/năm", "tiêu thụ gương bình quân", Y23,
      approx="about"),
    F("đạt 286 triệu", "286", 286e6, "money", "USD", "xuất khẩu gương", Y23,
      change=change("increase", 12.5, "%", "năm trước")),
    F("với 54% kim ngạch", "54", 54, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu gương",
      Y23),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "xuất khẩu gương"),
    F("ít nhất 90%", "90", 90, "percent", "%", "tỷ lệ gương sản xuất bằng công nghệ không chì, không đồng", TO30,
      approx="at_least", status="target"),
    F("đạt 28-30 triệu", "28", 28e6, "measure", "m2", "nhu cầu gương trong nước", Y24,
      value_max=30e6, status="forecast"),
    F("tăng 8-10%", "8", 8, "percent", "%", "xuất khẩu", Y24, value_max=10, status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '15/03/2024 | 09:30 | Vụ Vật liệu xây dựng', address footer. National figures: location Việt Nam.",
    "Distractors: 09:30, 'thời kỳ 2021-2030, định hướng đến năm 2050', 'Quyết định số 1266/QĐ-TTg', 'TCVN 7624:2007', '37 Lê Đại Hành', phone.",
    "'năm 2023' at the head of the first sentence dates its three figures; 'trong đó 15 dây chuyền' → total 23.",
    "'chỉ bằng 74% công suất thiết kế' is the percent attribute of 38,5 triệu m2 (share of capacity).",
    "'lần lượt là Bình Dương (11,2 triệu m2), ...': list items, subject the list's indicator 'sản lượng', location the province; no year",
    "in that sentence (inherited 2023); no 'ước' cue there, so actual.",
    "'Hoa Kỳ là thị trường lớn nhất với 54% kim ngạch': a trade partner is not a place, location stays Việt Nam; period 2023 (same sentence).",
    "'đứng thứ 3 Đông Nam Á': rank of Việt Nam, 'hiện' gives no period. 'đến năm 2030 ... ít nhất 90%': target, period ends 2030-12-31.",
    "'dự báo năm 2024 ...': both clauses are forecasts; '28-30 triệu m2' and 'tăng 8-10%' are ranges (the growth rate is the claim: no change).",
]

if __name__ == "__main__":
    write("p1467-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
