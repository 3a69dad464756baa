from lib import F, P, CH, TG, build

TEXT = """Giáo dục > Tuyển sinh
Thứ tư, 4/9/2024, 06:00 (GMT+7)

Ngôi trường bán trú trên đỉnh Mường Lống

Nghệ An - Trường PTDTBT THCS Mường Lống nằm ở độ cao hơn 1.300 m, cách trung tâm huyện Kỳ Sơn khoảng 45 km, năm học mới đón 486 học sinh, tăng 37 em so với năm học trước.

Hầu hết học sinh là người Mông, nhà cách trường từ 7 đến 15 km. Hiện 452 em ở bán trú, chiếm 93% số học sinh toàn trường. 12 phòng ở kiên cố được xây năm 2022 chỉ đủ chỗ cho khoảng 300 em, số còn lại phải ở trong 8 phòng tạm lợp tôn.

"Mỗi tháng các em được nhận 936.000 đồng tiền ăn và 15 kg gạo. Nhà trường tổ chức ba bữa mỗi ngày, bình quân 16.000 đồng một bữa, mỗi tuần có ít nhất 4 bữa có thịt", thầy Lầu Bá Chò, Hiệu trưởng, cho biết. Bếp ăn do 4 nhân viên hợp đồng đảm nhận, mỗi người nhận khoảng 3,5 triệu đồng/tháng.

Trường có 38 giáo viên, trong đó 5 người là dân tộc Mông. Năm học 2023-2024, trường không có học sinh bỏ học; tỷ lệ học sinh lên lớp đạt 99,6%, 2 em đạt giải học sinh giỏi cấp tỉnh.

Đầu năm 2024, một nhà hảo tâm tại TP HCM hỗ trợ hơn 1,2 tỷ đồng để xây dãy nhà ở bán trú 2 tầng với 10 phòng, dự kiến hoàn thành vào tháng 12/2024, nâng sức chứa thêm khoảng 120 chỗ.

Theo UBND huyện Kỳ Sơn, toàn huyện hiện có 21 trường PTDTBT với gần 9.800 học sinh ở bán trú, chiếm khoảng 62% học sinh tiểu học và THCS.

Hải Bình

12 bình luận
"""

FIGS = [
    F("cao hơn 1.300 m", "1.300", 1300, "measure", "m", "độ cao của Trường PTDTBT THCS Mường Lống", approx="over"),
    F("khoảng 45 km", "45", 45, "measure", "km", "khoảng cách từ trường đến trung tâm huyện Kỳ Sơn", approx="about"),
    F("đón 486 học sinh", "486", 486, "count", "học sinh", "học sinh nhà trường đón năm học mới",
      change=CH("+", 37, "em", "năm học trước")),
    F("từ 7 đến 15 km", "7", 7, "measure", "km", "khoảng cách từ nhà học sinh đến trường", value_max=15),
    F("Hiện 452 em", "452", 452, "count", "em", "học sinh ở bán trú", percent=93),
    F("12 phòng ở", "12", 12, "count", "phòng ở", "phòng ở kiên cố"),
    F("khoảng 300 em", "300", 300, "count", "em", "sức chứa của phòng ở kiên cố", approx="about"),
    F("trong 8 phòng", "8", 8, "count", "phòng", "phòng tạm lợp tôn"),
    F("nhận 936.000 đồng", "936.000", 936000, "money", "đồng", "tiền ăn mỗi tháng của học sinh"),
    F("và 15 kg gạo", "15", 15, "measure", "kg", "gạo mỗi tháng của học sinh"),
    F("ba bữa mỗi ngày", "ba", 3, "count", "bữa", "bữa ăn mỗi ngày nhà trường tổ chức"),
    F("16.000 đồng một bữa", "16.000", 16000, "money", "đồng/bữa", "chi phí bình quân một bữa ăn"),
    F("ít nhất 4 bữa", "4", 4, "count", "bữa", "bữa có thịt mỗi tuần", approx="at_least"),
    F("do 4 nhân viên", "4", 4, "count", "nhân viên", "nhân viên hợp đồng nấu ăn"),
    F("khoảng 3,5 triệu đồng/tháng", "3,5", 3500000, "money", "đồng/tháng", "thu nhập mỗi nhân viên nấu ăn",
      approx="about"),
    F("có 38 giáo viên", "38", 38, "count", "giáo viên", "giáo viên của trường"),
    F("đó 5 người", "5", 5, "count", "người", "giáo viên là dân tộc Mông", total=38),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ học sinh lên lớp"),
    F("2 em đạt giải", "2", 2, "count", "em", "học sinh đạt giải học sinh giỏi cấp tỉnh"),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "nhà hảo tâm hỗ trợ xây dãy nhà ở bán trú",
      approx="over"),
    F("trú 2 tầng", "2", 2, "measure", "tầng", "số tầng của dãy nhà ở bán trú", opt=True),
    F("với 10 phòng", "10", 10, "count", "phòng", "phòng của dãy nhà ở bán trú"),
    F("khoảng 120 chỗ", "120", 120, "count", "chỗ", "sức chứa tăng thêm", approx="about", status="forecast"),
    F("có 21 trường", "21", 21, "count", "trường", "trường PTDTBT"),
    F("gần 9.800 học sinh", "9.800", 9800, "count", "học sinh", "học sinh ở bán trú", approx="nearly", percent=62),
]

COMMENTS = [
    "National press feature, section breadcrumb, dateline 'Thứ tư, 4/9/2024, 06:00 (GMT+7)', byline and '12 bình luận' at the end.",
    "A semi-boarding lower-secondary school in Mường Lống commune, huyện Kỳ Sơn (Nghệ An): altitude, distance, pupils, rooms, meals,",
    "allowances, cooks, teachers, a donor's dormitory; district totals. Location Kỳ Sơn throughout (the commune is not a district).",
    "Distractors: '(GMT+7)', 'Năm học 2023-2024', 'năm 2022', 'tháng 12/2024' (completion date), 'TP HCM' (donor's home, not a place",
    "of any figure), 'cấp tỉnh', a person's name, '12 bình luận' (furniture). '2 tầng' (building description) optional.",
    "'tăng 37 em so với năm học trước' is the change (unit em) of 486. 'chiếm 93%' share of 452; '…, chiếm khoảng 62% …' share of 9.800",
    "(the approx 'khoảng' of the share is not scored). 'ba bữa' number word = 3. '16.000 đồng một bữa': unit đồng/bữa (denominator).",
    "'dự kiến hoàn thành …, nâng sức chứa thêm khoảng 120 chỗ': forecast. The quote's 'Mỗi tháng' makes the 936.000 đồng a monthly",
    "amount (stated in the subject, unit đồng). No figure here has a calendar period except through a school year: no gold periods.",
]

build(7, TEXT, FIGS, COMMENTS, published="2024-09-04", location="Kỳ Sơn")
