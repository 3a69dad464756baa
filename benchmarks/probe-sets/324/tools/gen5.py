from lib import F, P, CH, TG, emit

TEXT = """Thời sự › Nông nghiệp

Cà Mau: Gần 100 tàu cá mất kết nối giám sát hành trình quá 10 ngày

Thứ ba, 12/11/2024 - 07:15 (GMT+7)

Từ đầu năm đến nay, Trung tâm giám sát tàu cá tỉnh Cà Mau ghi nhận 2.874 lượt tàu cá mất kết nối thiết bị giám sát hành trình (VMS) trên 6 giờ, giảm gần 40% so với cùng kỳ năm 2023. Trong đó, 312 lượt mất kết nối quá 10 ngày, liên quan đến 96 tàu cá.

Trong số 96 tàu này, 58 tàu đã về bờ làm việc với cơ quan chức năng, 21 tàu đang neo đậu tại các cửa biển do hư hỏng thiết bị, 17 tàu còn lại chưa xác định được vị trí. Điển hình là tàu cá CM-99555-TS của ngư dân ở thị trấn Sông Đốc mất kết nối suốt 27 ngày khi đang hoạt động ở vùng biển giáp ranh.

Lực lượng chức năng đã lập biên bản, xử phạt 43 chủ tàu với tổng số tiền 1,72 tỷ đồng; riêng huyện Trần Văn Thời 19 trường hợp, huyện Ngọc Hiển 11 trường hợp. Theo Nghị định số 38/2024/NĐ-CP, hành vi không duy trì hoạt động thiết bị VMS đối với tàu từ 24 m trở lên bị phạt từ 50 đến 100 triệu đồng.

Riêng tháng 10/2024, số lượt tàu mất kết nối trên 6 giờ là 226 lượt, giảm 18,7% so với tháng 9. Toàn tỉnh hiện có 4.318 tàu cá, trong đó 2.126 tàu thuộc diện phải lắp VMS; đã có 2.119 tàu lắp đặt, đạt 99,67%.

Ông Lâm Văn Bi, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Cà Mau cho biết, tỉnh phấn đấu đến cuối năm 2024 giảm số lượt tàu mất kết nối trên 6 giờ xuống dưới 200 lượt/tháng, xử lý dứt điểm các tàu mất kết nối quá 10 ngày.

HỮU NGHĨA
"""

Y = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
YI = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12", inh=True)
T10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")

FIGS = [
    F("Gần 100 tàu cá", "100", "count", "tàu cá", "tàu cá mất kết nối giám sát hành trình quá 10 ngày", YI,
      approx="nearly"),
    F("hành trình quá 10 ngày\n", "10", "measure", "ngày", optional=True),
    F("ghi nhận 2.874 lượt", "2.874", "count", "lượt tàu cá", "lượt tàu cá mất kết nối thiết bị giám sát hành trình (VMS) trên 6 giờ",
      Y, change=CH("decrease", 40, baseline="cùng kỳ năm 2023", approx="nearly")),
    F("(VMS) trên 6 giờ", "6", "measure", "giờ", optional=True),
    F("312 lượt", "312", "count", "lượt", "lượt mất kết nối quá 10 ngày", YI, total=2874),
    F("kết nối quá 10 ngày, liên", "10", "measure", "ngày", optional=True),
    F("đến 96 tàu cá", "96", "count", "tàu cá", "tàu cá mất kết nối quá 10 ngày", YI),
    F("Trong số 96 tàu", "96", "count", "tàu", optional=True),
    F("58 tàu", "58", "count", "tàu", "tàu đã về bờ làm việc với cơ quan chức năng", YI, total=96),
    F("21 tàu", "21", "count", "tàu", "tàu đang neo đậu tại các cửa biển do hư hỏng thiết bị", YI, total=96),
    F("17 tàu", "17", "count", "tàu", "tàu chưa xác định được vị trí", YI, total=96),
    F("suốt 27 ngày", "27", "measure", "ngày", "thời gian mất kết nối của tàu cá CM-99555-TS", location="Sông Đốc",
      optional=True),
    F("phạt 43 chủ tàu", "43", "count", "chủ tàu", "chủ tàu bị xử phạt", YI),
    F("tiền 1,72 tỷ đồng", "1,72", "money", "đồng", "tổng số tiền xử phạt", YI, 10**9),
    F("Trần Văn Thời 19 trường hợp", "19", "count", "trường hợp", "trường hợp bị xử phạt", YI,
      location="Trần Văn Thời"),
    F("Ngọc Hiển 11 trường hợp", "11", "count", "trường hợp", "trường hợp bị xử phạt", YI, location="Ngọc Hiển"),
    F("từ 24 m trở lên", "24", "measure", "m", approx="at_least", optional=True),
    F("từ 50 đến 100 triệu đồng", "50", "money", "đồng", "mức phạt không duy trì hoạt động thiết bị VMS",
      None, 10**6, value_max=100 * 10**6, optional=True),
    F("là 226 lượt", "226", "count", "lượt", "số lượt tàu mất kết nối trên 6 giờ", T10,
      change=CH("decrease", 18.7, baseline="tháng 9")),
    F("kết nối trên 6 giờ là", "6", "measure", "giờ", optional=True),
    F("có 4.318 tàu cá", "4.318", "count", "tàu cá", "tàu cá"),
    F("trong đó 2.126 tàu", "2.126", "count", "tàu", "tàu thuộc diện phải lắp VMS", total=4318),
    F("có 2.119 tàu", "2.119", "count", "tàu", "tàu đã lắp đặt VMS", percent=99.67),
    F("dưới 200 lượt/tháng", "200", "measure", "lượt/tháng", "số lượt tàu mất kết nối trên 6 giờ",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="under", status="target"),
    F("kết nối trên 6 giờ xuống", "6", "measure", "giờ", optional=True),
]

COMMENTS = [
    "National press (online newspaper), section breadcrumb, headline before 'Thứ ba, dd/mm/yyyy - hh:mm (GMT+7)'; byline in capitals at the end.",
    "The text names Cà Mau: location Cà Mau; districts Trần Văn Thời, Ngọc Hiển are list items' locations. 'Từ đầu năm đến nay' ends at the dateline.",
    "'Trong đó, 312 lượt' takes total 2.874 (same unit, lượt); '96 tàu cá' is another unit: no total. 'Trong số 96 tàu này, 58/21/17 tàu' take",
    "total 96 (the repeated '96' is a back-reference: optional). 'riêng huyện … 19 trường hợp' has no part cue and another unit: no total.",
    "'giảm gần 40%' -> change 40, approx nearly. 'dưới 200 lượt/tháng' is a rate target (measure, unit lượt/tháng, under, end 2024-12-31).",
    "Optional: thresholds (6 giờ, 10 ngày, từ 24 m trở lên), the legal fine scale 'từ 50 đến 100 triệu đồng' (a rule, not a statistic), the",
    "27 days of one vessel (anecdote). Distractors: vessel number CM-99555-TS, Nghị định số 38/2024/NĐ-CP, '(GMT+7)', 'Ông Lâm Văn Bi'.",
]

emit("p324-5", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Cà Mau")
