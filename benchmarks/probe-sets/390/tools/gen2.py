from lib import F, P, I, C, T, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAI CHÂU
Trang chủ / Tin hoạt động / Chính sách dân tộc

Tiếp nhận, cấp phát gạo hỗ trợ học sinh năm học 2024-2025
Ngày đăng: 18/10/2024 | Lượt xem: 642

Thực hiện Nghị định số 116/2016/NĐ-CP của Chính phủ, từ đầu năm học 2024-2025 đến nay, Sở GD&ĐT đã phối hợp với Cục Dự trữ Nhà nước khu vực Bắc Tây Bắc tiếp nhận 1.386,6 tấn gạo, đạt 52,4% kế hoạch năm học. Trong đó, huyện Mường Tè nhận nhiều nhất với 312,4 tấn, tiếp đến là Sìn Hồ 287,9 tấn, Phong Thổ 251,3 tấn; thành phố Lai Châu nhận ít nhất, khoảng 18 tấn.

Số học sinh được hưởng chính sách hỗ trợ gạo là 19.648 em, tăng 4,1% so với năm học 2023-2024; học sinh các trường PTDTBT chiếm khoảng 71%. Mỗi học sinh được hỗ trợ 15 kg gạo/tháng, thời gian hưởng không quá 9 tháng/năm học. Năm học trước, toàn tỉnh đã cấp phát 2.518,2 tấn gạo cho 18.874 học sinh.

Do nhiều điểm trường nằm cách trung tâm huyện từ 15 đến 60 km, đường sá đi lại khó khăn vào mùa mưa, đơn vị cung ứng phải trung chuyển bằng xe máy. Chi phí vận chuyển gạo đến 138 điểm trường khoảng 1,2 tỷ đồng, do ngân sách tỉnh bảo đảm. Đến ngày 15/10/2024, gần 97% số gạo đã được giao đến tay học sinh.

Qua kiểm tra đột xuất tại 24 trường, đoàn công tác của Sở chưa phát hiện trường hợp gạo kém chất lượng; có 3 trường được nhắc nhở về việc bảo quản kho. Tại buổi kiểm tra ở Trường PTDTBT THCS Ka Lăng, nhà trường cho biết bếp ăn phục vụ cùng lúc hơn 400 học sinh.

Dự kiến trong tháng 11/2024, Sở tiếp nhận thêm khoảng 600 tấn gạo để cấp phát cho học kỳ II.

Mọi ý kiến phản ánh xin liên hệ Phòng Kế hoạch - Tài chính, số điện thoại 0213.3876.512.
"""

DN = P("từ đầu năm học 2024-2025 đến nay", "2024-09-01", "2024-10-18")
NT = P("Năm học trước", "2023-09-01", "2024-05-31")

FIGS = [
    F("tiếp nhận 1.386,6 tấn gạo", "1.386,6", 1386.6, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", DN, percent=52.4),
    F("với 312,4 tấn", "312,4", 312.4, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", I(DN), total=1386.6,
      location="Mường Tè"),
    F("Sìn Hồ 287,9 tấn", "287,9", 287.9, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", I(DN), total=1386.6,
      location="Sìn Hồ"),
    F("Phong Thổ 251,3 tấn", "251,3", 251.3, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", I(DN), total=1386.6,
      location="Phong Thổ"),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", I(DN), total=1386.6,
      approx="about", location="thành phố Lai Châu"),
    F("là 19.648 em", "19.648", 19648, "count", "em", "học sinh được hưởng chính sách hỗ trợ gạo", I(DN),
      change=C("increase", 4.1, "%", "năm học 2023-2024")),
    F("chiếm khoảng 71%", "71", 71, "percent", "%", "học sinh các trường PTDTBT trong số học sinh được hỗ trợ gạo", I(DN),
      approx="about"),
    F("15 kg gạo/tháng", "15", 15, "measure", "kg/tháng", "gạo hỗ trợ mỗi học sinh"),
    F("không quá 9 tháng", "9", 9, "measure", "tháng", "thời gian hưởng hỗ trợ gạo", approx="at_most", optional=True),
    F("cấp phát 2.518,2 tấn", "2.518,2", 2518.2, "measure", "tấn", "gạo cấp phát", NT),
    F("cho 18.874 học sinh", "18.874", 18874, "count", "học sinh", "học sinh được cấp phát gạo", NT),
    F("từ 15 đến 60 km", "15", 15, "measure", "km", "khoảng cách từ điểm trường đến trung tâm huyện",
      value_max=60),
    F("đến 138 điểm trường", "138", 138, "count", "điểm trường", "điểm trường được vận chuyển gạo", I(DN)),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "chi phí vận chuyển gạo", I(DN), approx="about"),
    F("gần 97%", "97", 97, "percent", "%", "số gạo đã được giao đến tay học sinh",
      P("Đến ngày 15/10/2024", None, "2024-10-15"), approx="nearly"),
    F("tại 24 trường", "24", 24, "count", "trường", "trường được kiểm tra đột xuất", I(DN)),
    F("có 3 trường", "3", 3, "count", "trường", "trường được nhắc nhở về việc bảo quản kho", I(DN)),
    F("hơn 400 học sinh", "400", 400, "count", "học sinh", "học sinh bếp ăn phục vụ cùng lúc", approx="over"),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn", "gạo tiếp nhận thêm",
      P("trong tháng 11/2024", "2024-11-01", "2024-11-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Sở GD&ĐT Lai Châu (department site): rice support for pupils, school year 2024-2025. 'Ngày đăng:' date without time + view counter.",
    "Distractors: 'Lượt xem: 642', 'Nghị định số 116/2016/NĐ-CP', 'ngày 15/10/2024' (as-of date), 'học kỳ II', phone 0213.3876.512, school name 'Ka Lăng'.",
    "'Trong đó, huyện Mường Tè … 312,4 tấn, tiếp đến là …' after the whole 1.386,6 tấn: each district part has total 1.386,6 and its district as location.",
    "'từ đầu năm học 2024-2025 đến nay' runs 2024-09-01 to the dateline. '15 kg gạo/tháng' is the per-pupil ration (measure kg/tháng);",
    "'không quá 9 tháng/năm học' is a rule's ceiling (optional). '3 trường' of the 24 inspected: no cue (trong đó, trong số), so no total.",
    "Transport, inspection figures take the school-year period from the lead (inherited). 'chiếm khoảng 71%' has no count of its own: a percent figure. 'Dự kiến … khoảng 600 tấn' is a forecast.",
]

emit("p390-2", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Lai Châu")
