from lib import F, P, ch, emit

TEXT = """Cổng thông tin điện tử huyện Vĩnh Cửu - tỉnh Đồng Nai
Tin hoạt động

Thứ Sáu, 04/10/2024 - 15:20

Vĩnh Cửu: Xử lý 23 vụ khai thác cát trái phép trong quý III/2024

Trong quý III/2024, Tổ công tác liên ngành phòng, chống khai thác khoáng sản trái phép huyện Vĩnh Cửu đã tổ chức 41 lượt tuần tra trên sông Đồng Nai và hồ Trị An, phát hiện, xử lý 23 vụ vi phạm (tăng 5 vụ so với quý II/2024), trong đó 17 vụ khai thác cát không có giấy phép và 6 vụ vận chuyển, tập kết cát không rõ nguồn gốc.

Qua kiểm tra, lực lượng chức năng tạm giữ 19 phương tiện, gồm 12 ghe hút cát có trọng tải từ 80 đến 250 tấn và 7 xe ben; tịch thu khoảng 1.350 m³ cát. Tổng số tiền xử phạt vi phạm hành chính là 1,86 tỷ đồng, trong đó xã Thạnh Phú 640 triệu đồng, xã Bình Lợi 415 triệu đồng, xã Tân An 380 triệu đồng. Huyện đã chuyển 2 vụ có dấu hiệu tội phạm sang Cơ quan Cảnh sát điều tra Công an tỉnh.

Từ đầu năm đến nay, toàn huyện đã xử lý 58 vụ khai thác, vận chuyển cát trái phép, thu nộp ngân sách trên 4,2 tỷ đồng, gấp 1,5 lần cả năm 2023.

Trong quý IV, huyện tiếp tục duy trì tổ chốt chặn tại bến đò ấp 4, xã Thạnh Phú và dự kiến lắp đặt thêm 3 camera giám sát tại các điểm nóng. Mọi thông tin phản ánh xin gửi về Phòng Tài nguyên và Môi trường huyện, số điện thoại 0251.3861.205.

Minh Tâm - Phòng Văn hóa và Thông tin
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3h = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Trong quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-04")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("Xử lý 23 vụ", "23", 23, "count", "vụ", "vụ khai thác cát trái phép xử lý", Q3h),
    F("41 lượt tuần tra", "41", 41, "count", "lượt tuần tra", "lượt tuần tra", Q3),
    F("xử lý 23 vụ vi phạm", "23", 23, "count", "vụ", "vụ vi phạm phát hiện, xử lý", Q3,
      change=ch("increase", 5, "vụ", "quý II/2024")),
    F("trong đó 17 vụ", "17", 17, "count", "vụ", "vụ khai thác cát không có giấy phép", Q3, total=23),
    F("và 6 vụ vận chuyển", "6", 6, "count", "vụ", "vụ vận chuyển, tập kết cát không rõ nguồn gốc", Q3, total=23),
    F("tạm giữ 19 phương tiện", "19", 19, "count", "phương tiện", "phương tiện tạm giữ", Q3i),
    F("gồm 12 ghe hút cát", "12", 12, "count", "ghe hút cát", "ghe hút cát tạm giữ", Q3i, total=19),
    F("từ 80 đến 250 tấn", "80", 80, "measure", "tấn", "trọng tải ghe hút cát", value_max=250, optional=True),
    F("và 7 xe ben", "7", 7, "count", "xe ben", "xe ben tạm giữ", Q3i, total=19),
    F("khoảng 1.350 m³", "1.350", 1350, "measure", "m³", "cát tịch thu", Q3i, approx="about"),
    F("là 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", Q3i),
    F("Thạnh Phú 640 triệu đồng", "640", 640e6, "money", "đồng", "tiền xử phạt vi phạm hành chính xã Thạnh Phú", Q3i,
      total=1.86e9),
    F("Bình Lợi 415 triệu đồng", "415", 415e6, "money", "đồng", "tiền xử phạt vi phạm hành chính xã Bình Lợi", Q3i,
      total=1.86e9),
    F("Tân An 380 triệu đồng", "380", 380e6, "money", "đồng", "tiền xử phạt vi phạm hành chính xã Tân An", Q3i,
      total=1.86e9),
    F("chuyển 2 vụ", "2", 2, "count", "vụ", "vụ có dấu hiệu tội phạm chuyển Cơ quan Cảnh sát điều tra", Q3i),
    F("xử lý 58 vụ", "58", 58, "count", "vụ", "vụ khai thác, vận chuyển cát trái phép xử lý", YTD),
    F("trên 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "thu nộp ngân sách", YTD, approx="over",
      change=ch("increase", 1.5, "lần", "cả năm 2023")),
    F("thêm 3 camera", "3", 3, "count", "camera", "camera giám sát lắp đặt thêm", Q4, status="forecast"),
]

COMMENTS = [
    "District portal (huyện Vĩnh Cửu, Đồng Nai): illegal sand mining handled in Q3/2024, vehicles, fines by commune, year to date, Q4 plan.",
    "Dateline 'Thứ Sáu, 04/10/2024 - 15:20'. Default location Vĩnh Cửu (the district); communes in the fine list keep Vĩnh Cửu (location is province/city/district level) and name the commune in the subject.",
    "Headline 23 vụ is a figure with its own period. '(tăng 5 vụ so với quý II/2024)' change of 23 vụ; 'trong đó 17 … và 6 …' parts of 23.",
    "'19 phương tiện, gồm 12 … và 7 …' parts of 19. 'trọng tải từ 80 đến 250 tấn' describes the boats: optional.",
    "'1,86 tỷ đồng, trong đó xã … 640/415/380 triệu' parts of 1,86 tỷ (they need not add up). 'chuyển 2 vụ' has no cue to 23 → no total.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline. 'gấp 1,5 lần cả năm 2023' after 4,2 tỷ → its change (lần).",
    "revised: the three commune items had location = commune; FIGURES.md defines location as the province, city or district → Vĩnh Cửu.",
    "'dự kiến lắp đặt thêm 3 camera' in 'quý IV' (2024) → forecast. Distractors: 'ấp 4', phone 0251.3861.205, dateline, 'quý II/2024' baseline.",
]

emit("p319-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Vĩnh Cửu")
