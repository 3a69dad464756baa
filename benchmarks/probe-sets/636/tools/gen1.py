from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Giang: Hơn 82% trường công lập đạt chuẩn quốc gia

Cập nhật: 18/06/2024 14:20
Lượt xem: 1.873

Tính đến ngày 31/5/2024, toàn tỉnh có 1.037/1.255 trường mầm non, phổ thông công lập đạt chuẩn quốc gia, đạt tỷ lệ 82,6%, tăng 46 trường so với cùng kỳ năm 2023. Trong đó, 312 trường đạt chuẩn quốc gia mức độ 2, chiếm 30,1% số trường đạt chuẩn.

Theo từng cấp học, tỷ lệ trường đạt chuẩn quốc gia lần lượt là: mầm non 76,4%, tiểu học 91,2%, trung học cơ sở 84,7% và trung học phổ thông 65,9%. Các huyện, thị xã có tỷ lệ cao gồm Hiệp Hòa (94,3%), Việt Yên (92,8%), Lạng Giang (90,1%); thấp nhất là huyện Sơn Động với 58,7%.

Về kiểm định chất lượng giáo dục, đã có 1.109 trường được đánh giá ngoài, trong đó 426 trường đạt cấp độ 3 và 118 trường đạt cấp độ 4.

Giai đoạn 2021-2023, tỉnh đã huy động hơn 2.350 tỷ đồng cho xây dựng trường chuẩn, trong đó ngân sách tỉnh khoảng 1.120,5 tỷ đồng; bình quân 3,8 tỷ đồng/trường.

Theo Kế hoạch số 214/KH-UBND ngày 06/4/2022 của UBND tỉnh, phấn đấu đến năm 2025 có 88% trường công lập đạt chuẩn quốc gia, trong đó ít nhất 35% đạt mức độ 2; tỷ lệ trường đạt kiểm định từ cấp độ 2 trở lên đạt 70%.

Sở Giáo dục và Đào tạo đề nghị các địa phương rà soát quỹ đất, ưu tiên xóa phòng học tạm tại các điểm trường lẻ.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.338
"""

AS = ASOF("Tính đến ngày 31/5/2024", "2024-05-31")
GD = YY("Giai đoạn 2021-2023", 2021, 2023)
TG = ASOF("đến năm 2025", "2025-12-31")
SUBJ = "tỷ lệ trường đạt chuẩn quốc gia"

FIGS = [
    F("Hơn 82%", "82", 82, "percent", "%", "tỷ lệ trường công lập đạt chuẩn quốc gia", I(AS), approx="over"),
    F("có 1.037/1.255 trường", "1.037", 1037, "count", "trường",
      "trường mầm non, phổ thông công lập đạt chuẩn quốc gia", AS, total=1255, percent=82.6,
      change=CH("increase", 46, "trường", "cùng kỳ năm 2023")),
    F("312 trường", "312", 312, "count", "trường", "trường đạt chuẩn quốc gia mức độ 2", I(AS),
      total=1037, percent=30.1),
    F("mầm non 76,4%", "76,4", 76.4, "percent", "%", "tỷ lệ trường mầm non đạt chuẩn quốc gia", I(AS)),
    F("tiểu học 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ trường tiểu học đạt chuẩn quốc gia", I(AS)),
    F("trung học cơ sở 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ trường trung học cơ sở đạt chuẩn quốc gia", I(AS)),
    F("phổ thông 65,9%", "65,9", 65.9, "percent", "%", "tỷ lệ trường trung học phổ thông đạt chuẩn quốc gia", I(AS)),
    F("(94,3%)", "94,3", 94.3, "percent", "%", SUBJ, I(AS), location="Hiệp Hòa"),
    F("(92,8%)", "92,8", 92.8, "percent", "%", SUBJ, I(AS), location="Việt Yên"),
    F("(90,1%)", "90,1", 90.1, "percent", "%", SUBJ, I(AS), location="Lạng Giang"),
    F("với 58,7%", "58,7", 58.7, "percent", "%", SUBJ, I(AS), location="Sơn Động"),
    F("1.109 trường", "1.109", 1109, "count", "trường", "trường được đánh giá ngoài"),
    F("426 trường", "426", 426, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 3", total=1109),
    F("118 trường", "118", 118, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 4", total=1109),
    F("hơn 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "vốn huy động cho xây dựng trường chuẩn", GD,
      approx="over"),
    F("khoảng 1.120,5 tỷ đồng", "1.120,5", 1120.5e9, "money", "đồng",
      "ngân sách tỉnh cho xây dựng trường chuẩn", GD, approx="about", total=2350e9),
    F("3,8 tỷ đồng/trường", "3,8", 3.8e9, "money", "đồng/trường", "vốn đầu tư xây dựng trường chuẩn bình quân", GD),
    F("có 88% trường", "88", 88, "percent", "%", "tỷ lệ trường công lập đạt chuẩn quốc gia", TG, status="target"),
    F("ít nhất 35%", "35", 35, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia mức độ 2", TG,
      approx="at_least", status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ trường đạt kiểm định từ cấp độ 2 trở lên", TG, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (invented): trường công lập đạt chuẩn quốc gia tính đến 31/5/2024, by level and district;",
    "external evaluation and accreditation levels; investment 2021-2023; 2025 targets of Kế hoạch 214/KH-UBND.",
    "Not figures: 'mức độ 2', 'cấp độ 3/4', 'từ cấp độ 2 trở lên' (levels), Kế hoạch số 214/KH-UBND ngày 06/4/2022,",
    "'Lượt xem: 1.873', address 'Số 82 đường Hùng Vương', phone, 'Giai đoạn 2021-2023', breadcrumb.",
    "Headline 'Hơn 82%' and the list items take the as-of date of the lead (inherited).",
]

if __name__ == "__main__":
    emit("p636-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Bắc Giang")
