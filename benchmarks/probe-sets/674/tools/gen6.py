"""p674-6: national press (VnExpress style) — TP HCM: tỷ lệ học sinh tiểu học biết bơi, bể bơi trường học, học phí, ngân sách."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Giáo dục › Tin tức
Thứ bảy, 20/7/2024, 06:00 (GMT+7)

Gần 60% học sinh tiểu học TP HCM biết bơi

Sau 3 năm triển khai chương trình phổ cập bơi, tỷ lệ học sinh tiểu học biết bơi an toàn ở TP HCM đạt 58,7%, tăng 9,4 điểm phần trăm so với năm học trước.

Theo Sở Giáo dục và Đào tạo, năm học 2023-2024 toàn thành phố có 182.400 học sinh tiểu học được học bơi, trong đó 96.300 em học tại bể bơi trong trường. Thành phố hiện có 412 bể bơi đạt chuẩn, trong đó 156 bể đặt tại trường học, gồm 38 bể bơi lắp ghép.

Một số địa phương có tỷ lệ học sinh tiểu học biết bơi cao là Quận 7 (81,2%), quận Bình Thạnh (74,5%), TP Thủ Đức (70,3%); thấp nhất là huyện Cần Giờ với 31,6% và huyện Củ Chi 35,4%, dù đây là các địa phương có nhiều sông, rạch.

Mỗi khóa học gồm 12 buổi, học phí bình quân 600.000-800.000 đồng/em; học sinh thuộc hộ nghèo được thành phố hỗ trợ 100%. Năm 2024, ngân sách thành phố bố trí 45 tỷ đồng cho chương trình, gấp 1,5 lần năm 2023.

Tại Trường Tiểu học Lê Văn Tám (Quận 3), bể bơi lắp ghép rộng 150 m2 được đưa vào sử dụng từ tháng 3, mỗi tuần đón khoảng 300 lượt học sinh. "Trước đây các em phải đi xe hơn 5 km đến Bể bơi Kỳ Hòa 2, nay học ngay tại trường", hiệu trưởng cho biết.

"Mục tiêu đến năm 2025, 100% trường tiểu học tổ chức dạy bơi và 70% học sinh tiểu học biết bơi", ông Nguyễn Bảo Quốc, Phó giám đốc Sở, cho biết. Năm 2023, thành phố ghi nhận 21 trẻ em tử vong do đuối nước, giảm 7 em so với năm 2022.

Lê Nguyễn
"""

S_SWIM = "tỷ lệ học sinh tiểu học biết bơi"
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 60%", "60", 60, "percent", "%", "học sinh tiểu học biết bơi", approx="nearly"),
    F("đạt 58,7%", "58,7", 58.7, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn",
      change=CH("increase", 9.4, "điểm phần trăm", "năm học trước")),
    F("có 182.400 học sinh", "182.400", 182400, "count", "học sinh", "học sinh tiểu học được học bơi"),
    F("trong đó 96.300 em", "96.300", 96300, "count", "em", "học sinh học bơi tại bể bơi trong trường", total=182400),
    F("có 412 bể", "412", 412, "count", "bể bơi", "bể bơi đạt chuẩn"),
    F("trong đó 156 bể", "156", 156, "count", "bể", "bể bơi đạt chuẩn đặt tại trường học", total=412),
    F("gồm 38 bể", "38", 38, "count", "bể bơi", "bể bơi lắp ghép", total=156),
    F("(81,2%)", "81,2", 81.2, "percent", "%", S_SWIM, location="Quận 7"),
    F("(74,5%)", "74,5", 74.5, "percent", "%", S_SWIM, location="Bình Thạnh"),
    F("(70,3%)", "70,3", 70.3, "percent", "%", S_SWIM, location="Thủ Đức"),
    F("với 31,6%", "31,6", 31.6, "percent", "%", S_SWIM, location="Cần Giờ"),
    F("Củ Chi 35,4%", "35,4", 35.4, "percent", "%", S_SWIM, location="Củ Chi"),
    F("gồm 12 buổi", "12", 12, "count", "buổi", "số buổi mỗi khóa học bơi"),
    F("600.000-800.000 đồng/em", "600.000", 600000, "money", "đồng/em", "học phí bình quân mỗi khóa học bơi",
      value_max=800000),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "học sinh thuộc hộ nghèo được thành phố hỗ trợ học phí"),
    F("bố trí 45 tỷ đồng", "45", 45000000000, "money", "đồng", "ngân sách thành phố bố trí cho chương trình phổ cập bơi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 1.5, "lần", "năm 2023")),
    F("rộng 150 m2", "150", 150, "measure", "m2", "bể bơi lắp ghép rộng", location="Quận 3"),
    F("khoảng 300 lượt", "300", 300, "count", "lượt học sinh", "lượt học sinh học bơi mỗi tuần", approx="about",
      location="Quận 3"),
    F("hơn 5 km", "5", 5, "measure", "km", "các em phải đi xe đến Bể bơi Kỳ Hòa 2", approx="over",
      location="Quận 3"),
    F("2025, 100% trường", "100", 100, "percent", "%", "trường tiểu học tổ chức dạy bơi", T25, status="target"),
    F("và 70% học sinh", "70", 70, "percent", "%", "học sinh tiểu học biết bơi", T25, status="target"),
    F("ghi nhận 21 trẻ em", "21", 21, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 7, "em", "năm 2022")),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ bảy, 20/7/2024, 06:00 (GMT+7)': TP HCM — tỷ lệ học sinh tiểu học biết bơi, bể bơi, học phí.",
    "'Sau 3 năm' is a duration, 'Quận 7'/'Quận 3' and 'Bể bơi Kỳ Hòa 2' are names, 'năm học 2023-2024' a school year (left without period:",
    "FIGURES.md gives no dates for it), 'từ tháng 3' a date. '58,7%, tăng 9,4 điểm phần trăm': a level with its change in điểm phần trăm.",
    "District list: subject = indicator, district = location ('Quận 7', 'Bình Thạnh', 'Thủ Đức', 'Cần Giờ', 'Củ Chi').",
    "'156 bể …, gồm 38 bể bơi lắp ghép': 38 is a part of 156 (the figure the cue follows). 'gấp 1,5 lần năm 2023' after 45 tỷ: its change.",
    "revised: subjects of 100%, 150 m2 and 5 km re-worded with the sentence's own words (were 'mức hỗ trợ …', 'diện tích …', 'quãng đường …').",
    "The school paragraph (Trường Tiểu học Lê Văn Tám, Quận 3) is located in Quận 3.",
]

if __name__ == "__main__":
    emit("p674-6", TEXT, COMMENTS, FIGS, published="2024-07-20", location="TP Hồ Chí Minh")
