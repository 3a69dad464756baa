"""p1007-6: national newspaper, village health workers quitting over low allowances (Nghệ An, Sơn La, national), 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Sức khỏe
Nhân viên y tế thôn bản bỏ việc vì phụ cấp chưa đến 1,2 triệu đồng
Thứ sáu, 18/10/2024, 06:00 (GMT+7)
Nghệ An - Sau 9 năm làm nhân viên y tế bản Huồi Giảng 1, xã Tà Cạ, huyện Kỳ Sơn, anh Lầu Bá Chò vừa xin nghỉ để xuống Bình Dương làm công nhân.
Phụ cấp hằng tháng của anh là 702.000 đồng, tính theo hệ số 0,3 mức lương cơ sở, trong khi anh phải đi bộ hơn 20 km mỗi tháng để theo dõi sức khỏe 87 hộ dân. "Làm công nhân được khoảng 8 triệu đồng mỗi tháng, gấp hơn 11 lần phụ cấp", anh nói.
Theo Sở Y tế Nghệ An, từ đầu năm 2023 đến nay, toàn tỉnh có 146 nhân viên y tế thôn bản nghỉ việc, tập trung ở các huyện Kỳ Sơn (38 người), Tương Dương (29 người) và Quế Phong (24 người). Số thôn, bản không có nhân viên y tế vì thế tăng lên 112, tăng 55 thôn so với đầu năm 2023.
Tại Sơn La, năm 2023 có 2.994 nhân viên y tế bản, tiểu khu, trong đó 215 người xin nghỉ; tỉnh mới tuyển bổ sung được 168 người. Ông Lò Văn Tám, Trưởng phòng Tổ chức cán bộ Sở Y tế Sơn La, cho biết ở các huyện Sốp Cộp, Bắc Yên có bản phải mất 3-4 tháng mới tìm được người thay thế.
Theo Bộ Y tế, cả nước có khoảng 46.000 nhân viên y tế thôn bản và hơn 2.700 cô đỡ thôn bản; tỷ lệ thôn, bản có nhân viên y tế hoạt động đạt 95,6%, giảm so với mức 97,2% của năm 2021.
Dù mức lương cơ sở đã tăng lên 2,34 triệu đồng, phụ cấp cao nhất của nhân viên y tế thôn bản cũng chỉ là 1.170.000 đồng/tháng. Bộ Y tế dự kiến trình Chính phủ nâng phụ cấp lên hệ số 0,7 đối với thôn đặc biệt khó khăn và 0,5 đối với các thôn còn lại.
Hoàng Lâm"""

SINCE = P("từ đầu năm 2023 đến nay", "2023-01-01", "2024-10-18")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", end="2024-10-18", inherited=True)
NV = "nhân viên y tế thôn bản"
LBS = "mức lương cơ sở"

FIGS = [
    F("chưa đến 1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng", "phụ cấp nhân viên y tế thôn bản", approx="under",
      location="Việt Nam"),
    F("Sau 9 năm", "9", 9, "measure", "năm", "thời gian làm nhân viên y tế bản", optional=True, location="Kỳ Sơn"),
    F("là 702.000 đồng", "702.000", 702000, "money", "đồng", "phụ cấp hằng tháng của anh Lầu Bá Chò", location="Kỳ Sơn"),
    F("hệ số 0,3", "0,3", 0.3, "measure", LBS, "hệ số phụ cấp", location="Kỳ Sơn"),
    F("hơn 20 km", "20", 20, "measure", "km", "quãng đường đi bộ mỗi tháng", approx="over", location="Kỳ Sơn"),
    F("87 hộ dân", "87", 87, "count", "hộ dân", "hộ dân được theo dõi sức khỏe", location="Kỳ Sơn"),
    F("khoảng 8 triệu đồng", "8", 8e6, "money", "đồng", "thu nhập làm công nhân mỗi tháng", approx="about",
      change=C("increase", 11, "lần", "phụ cấp", approx="over"), location="Bình Dương"),
    F("có 146 nhân viên", "146", 146, "count", "nhân viên y tế thôn bản", "nhân viên y tế thôn bản nghỉ việc", SINCE),
    F("Kỳ Sơn (38 người)", "38", 38, "count", "người", "nhân viên y tế thôn bản nghỉ việc", SINCE, location="Kỳ Sơn"),
    F("Tương Dương (29 người)", "29", 29, "count", "người", "nhân viên y tế thôn bản nghỉ việc", SINCE, location="Tương Dương"),
    F("Quế Phong (24 người)", "24", 24, "count", "người", "nhân viên y tế thôn bản nghỉ việc", SINCE, location="Quế Phong"),
    F("tăng lên 112", "112", 112, "count", "thôn, bản", "thôn, bản không có nhân viên y tế", NOW,
      change=C("increase", 55, "thôn", "đầu năm 2023")),
    F("có 2.994 nhân viên", "2.994", 2994, "count", "nhân viên y tế bản, tiểu khu", "nhân viên y tế bản, tiểu khu", Y23,
      location="Sơn La"),
    F("trong đó 215 người", "215", 215, "count", "người", "nhân viên y tế bản, tiểu khu xin nghỉ", Y23, total=2994,
      location="Sơn La"),
    F("được 168 người", "168", 168, "count", "người", "nhân viên y tế bản tuyển bổ sung", Y23, location="Sơn La"),
    F("mất 3-4 tháng", "3", 3, "measure", "tháng", "thời gian tìm người thay thế", value_max=4, location="Sơn La"),
    F("khoảng 46.000 nhân viên", "46.000", 46000, "count", "nhân viên y tế thôn bản", NV, approx="about", location="Việt Nam"),
    F("hơn 2.700 cô đỡ", "2.700", 2700, "count", "cô đỡ thôn bản", "cô đỡ thôn bản", approx="over", location="Việt Nam"),
    F("đạt 95,6%", "95,6", 95.6, "percent", "%", "tỷ lệ thôn, bản có nhân viên y tế hoạt động", location="Việt Nam"),
    F("mức 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ thôn, bản có nhân viên y tế hoạt động",
      P("năm 2021", "2021-01-01", "2021-12-31"), location="Việt Nam"),
    F("lên 2,34 triệu đồng", "2,34", 2.34e6, "money", "đồng", LBS, location="Việt Nam"),
    F("1.170.000 đồng/tháng", "1.170.000", 1170000, "money", "đồng/tháng", "phụ cấp cao nhất của nhân viên y tế thôn bản",
      location="Việt Nam"),
    F("hệ số 0,7", "0,7", 0.7, "measure", LBS, "hệ số phụ cấp đối với thôn đặc biệt khó khăn", status="forecast",
      location="Việt Nam"),
    F("và 0,5 đối", "0,5", 0.5, "measure", LBS, "hệ số phụ cấp đối với các thôn còn lại", status="forecast",
      location="Việt Nam"),
]

NOTES = [
    "p1007-6: national newspaper: nhân viên y tế thôn bản nghỉ việc vì phụ cấp thấp (Nghệ An, Sơn La, national). 'Thứ sáu, 18/10/2024, 06:00 (GMT+7)'.",
    "Headline figure 'chưa đến 1,2 triệu đồng' → under; the national allowance rule → Việt Nam. Not figures: 'Huồi Giảng 1' (a village name),",
    "'Lò Văn Tám' (a name), byline. The one worker's figures → his district Kỳ Sơn; his quoted factory wage is earned in Bình Dương.",
    "'gấp hơn 11 lần phụ cấp' after 8 triệu → its change (increase, 11 lần, over). 'Sau 9 năm' (tenure) optional.",
    "'từ đầu năm 2023 đến nay' ends at published and covers the district list in the same sentence. 'tăng lên 112, tăng 55 thôn so với",
    "đầu năm 2023' → count 112 with change 55 thôn; its as-of 'nay' is inherited. '3-4 tháng' is a duration claim (range measure).",
    "'giảm so với mức 97,2% của năm 2021' gives no change value: 97,2% is its own figure. 'dự kiến trình ... nâng ... hệ số 0,7 / 0,5' → forecast.",
]

write(6, TEXT, NOTES, FIGS, published="2024-10-18", location="Nghệ An")
