from lib import F, P, CH, TG, emit

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Kinh tế | Tài nguyên - Môi trường

Gỡ vướng cấp giấy chứng nhận cho hơn 9.000 trường hợp tồn đọng

(BTB) - Năm 2023, toàn tỉnh đã xét duyệt, cấp 6.874 giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cho hộ gia đình, cá nhân, gấp 1,8 lần năm 2022. Tuy vậy, số trường hợp tồn đọng vẫn còn lớn: toàn tỉnh còn trên 9.000 trường hợp sử dụng đất có nguồn gốc giao đất trái thẩm quyền, đất dôi dư chưa được cấp GCN.

Cụ thể, huyện Thái Thụy còn 2.415 trường hợp, Tiền Hải 1.987 trường hợp, Kiến Xương 1.603 trường hợp, Vũ Thư 1.258 trường hợp; các huyện còn lại từ 150 đến 700 trường hợp mỗi huyện. Hai huyện Hưng Hà và Đông Hưng đã cơ bản xử lý xong.

Nguyên nhân chủ yếu là nhiều thửa đất được UBND xã giao từ trước ngày 15/10/1993 nhưng hồ sơ thất lạc; khoảng 30% trường hợp chưa nộp đủ tiền sử dụng đất.

Theo ông Phạm Văn Tuân, Phó Giám đốc Sở Tài nguyên và Môi trường, tính đến cuối năm 2023, tỉnh đã cấp GCN lần đầu đạt 99,1% diện tích đất nông nghiệp và 97,8% diện tích đất ở cần cấp. Năm 2023, thời gian cấp GCN lần đầu bình quân giảm còn 18 ngày, trong khi quy định là không quá 30 ngày. Thu tiền sử dụng đất năm 2023 đạt 1.245,6 tỷ đồng, bằng 83% dự toán.

Để xử lý dứt điểm, UBND tỉnh đặt mục tiêu trong năm 2024 cấp GCN cho ít nhất 60% số trường hợp tồn đọng, đến năm 2025 cơ bản hoàn thành. Dự kiến, việc cấp GCN cho các trường hợp này sẽ mang lại cho ngân sách khoảng 320 tỷ đồng.

Thu Hiền
12/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
END23 = P("tính đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("cho hơn 9.000 trường hợp", "9.000", 9000, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp giấy chứng nhận",
      approx="over"),
    F("cấp 6.874 giấy", "6.874", 6874, "count", "giấy chứng nhận quyền sử dụng đất",
      "giấy chứng nhận quyền sử dụng đất lần đầu cấp cho hộ gia đình, cá nhân", Y23,
      change=CH("increase", 1.8, "lần", "năm 2022")),
    F("còn trên 9.000 trường hợp", "9.000", 9000, "count", "trường hợp",
      "trường hợp sử dụng đất có nguồn gốc giao đất trái thẩm quyền, đất dôi dư chưa được cấp GCN", approx="over"),
    F("Thái Thụy còn 2.415", "2.415", 2415, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp GCN",
      location="Thái Thụy"),
    F("Tiền Hải 1.987", "1.987", 1987, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp GCN", location="Tiền Hải"),
    F("Kiến Xương 1.603", "1.603", 1603, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp GCN",
      location="Kiến Xương"),
    F("Vũ Thư 1.258", "1.258", 1258, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp GCN", location="Vũ Thư"),
    F("từ 150 đến 700", "150", 150, "count", "trường hợp", "trường hợp tồn đọng chưa được cấp GCN của các huyện còn lại",
      value_max=700),
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện đã cơ bản xử lý xong trường hợp tồn đọng"),
    F("khoảng 30% trường hợp", "30", 30, "percent", "%", "trường hợp chưa nộp đủ tiền sử dụng đất", approx="about"),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "diện tích đất nông nghiệp cấp GCN lần đầu", END23),
    F("và 97,8%", "97,8", 97.8, "percent", "%", "diện tích đất ở cấp GCN lần đầu", END23),
    F("còn 18 ngày", "18", 18, "measure", "ngày", "thời gian cấp GCN lần đầu bình quân", Y23),
    F("không quá 30 ngày", "30", 30, "measure", "ngày", "thời gian cấp GCN lần đầu theo quy định", approx="at_most",
      optional=True),
    F("đạt 1.245,6 tỷ đồng", "1.245,6", 1245600000000, "money", "đồng", "Thu tiền sử dụng đất",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=83),
    F("ít nhất 60%", "60", 60, "percent", "%", "trường hợp tồn đọng được cấp GCN",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("khoảng 320 tỷ đồng", "320", 320000000000, "money", "đồng", "ngân sách mang lại từ việc cấp GCN cho các trường hợp tồn đọng",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình điện tử, tag '(BTB)'), byline and a bare date '12/03/2024' at the end: backlog of first-time GCN.",
    "'(BTB)' implies the province: default location Thái Bình. 'gấp 1,8 lần năm 2022' after a count is its change (unit lần, baseline năm 2022).",
    "Stocks of backlog ('còn trên 9.000', the district list) carry no period phrase: period left null (not scored).",
    "District list: location = district, subject = the list's indicator; no total (cue 'Cụ thể', parts are a selection). Range 'từ 150 đến 700'.",
    "'Hai huyện Hưng Hà và Đông Hưng': number word 'Hai' is a count of districts (location stays Thái Bình).",
    "'tính đến cuối năm 2023' -> as-of 2023-12-31 for both shares. 'giảm còn 18 ngày' states only the new level: no change.",
    "'không quá 30 ngày' is the legal limit (a threshold): optional. '1.245,6 tỷ đồng, bằng 83% dự toán' -> percent 83.",
    "'mục tiêu trong năm 2024 ... ít nhất 60%' target at_least; 'Dự kiến ... khoảng 320 tỷ đồng' forecast about.",
    "Distractors: 'trước ngày 15/10/1993', 'đến năm 2025' without a number, the byline date, person name, section tags.",
]

emit("p255-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Thái Bình")
