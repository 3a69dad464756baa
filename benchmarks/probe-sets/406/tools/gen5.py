from lib import *

A = """BAN TÔN GIÁO CHÍNH PHỦ - BỘ NỘI VỤ
Trang chủ / Tin hoạt động
Thứ Hai, 15/07/2024 09:30

Sơ kết công tác quản lý nhà nước về tín ngưỡng, tôn giáo 6 tháng đầu năm 2024

Ngày 12/7, tại Hà Nội, Ban Tôn giáo Chính phủ tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024.

Báo cáo cho biết, hiện cả nước có 16 tôn giáo với 43 tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động; khoảng 27,7 triệu tín đồ, chiếm 27% dân số; hơn 54.000 chức sắc, 135.000 chức việc và trên 29.600 cơ sở thờ tự.

Trong 6 tháng đầu năm, Ban Tôn giáo Chính phủ đã tiếp nhận và giải quyết 286 hồ sơ đề nghị của các tổ chức tôn giáo, tăng 6,3% so với cùng kỳ năm 2023; chấp thuận cho 1.457 người nước ngoài vào Việt Nam hoạt động tôn giáo và 2.318 chức sắc, tín đồ xuất cảnh tham dự các sự kiện tôn giáo quốc tế.

Các địa phương có số tín đồ đông nhất là TP Hồ Chí Minh (khoảng 2,5 triệu), Đồng Nai (1,36 triệu), An Giang (1,1 triệu) và Tây Ninh (gần 560.000).

Về đất đai, cả nước còn 5.412 cơ sở tôn giáo chưa được cấp giấy chứng nhận quyền sử dụng đất, giảm 318 cơ sở so với cuối năm 2023. Từ đầu năm đến nay, các tổ chức tôn giáo đã xây mới 214 và sửa chữa, cải tạo 1.052 cơ sở thờ tự.

Giai đoạn 2021-2025, Ban Tôn giáo Chính phủ đặt chỉ tiêu bồi dưỡng kiến thức cho 15.000 lượt cán bộ làm công tác tôn giáo. Từ năm 2021 đến nay, đã có 11.860 lượt cán bộ được bồi dưỡng, đạt 79,1% chỉ tiêu.

Địa chỉ: số 2 Phạm Văn Bạch, Cầu Giấy, Hà Nội. Điện thoại: 024.3823.5218.
"""

h6 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")

figs = [
    F("có 16 tôn giáo", "16", 16, "count", "tôn giáo", "tôn giáo"),
    F("với 43 tổ chức tôn giáo", "43", 43, "count", "tổ chức tôn giáo",
      "tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động"),
    F("khoảng 27,7 triệu tín đồ", "27,7", 27700000, "count", "tín đồ", "tín đồ", approx="about", percent=27),
    F("hơn 54.000 chức sắc", "54.000", 54000, "count", "chức sắc", "chức sắc", approx="over"),
    F("135.000 chức việc", "135.000", 135000, "count", "chức việc", "chức việc"),
    F("trên 29.600 cơ sở thờ tự", "29.600", 29600, "count", "cơ sở thờ tự", "cơ sở thờ tự", approx="over"),
    F("giải quyết 286 hồ sơ", "286", 286, "count", "hồ sơ", "hồ sơ đề nghị của các tổ chức tôn giáo tiếp nhận và giải quyết",
      change=ch("increase", 6.3, "%", "cùng kỳ năm 2023"), period=h6),
    F("cho 1.457 người nước ngoài", "1.457", 1457, "count", "người nước ngoài",
      "người nước ngoài được chấp thuận vào Việt Nam hoạt động tôn giáo", period=h6),
    F("và 2.318 chức sắc", "2.318", 2318, "count", "chức sắc, tín đồ",
      "chức sắc, tín đồ xuất cảnh tham dự các sự kiện tôn giáo quốc tế", period=h6),
    F("TP Hồ Chí Minh (khoảng 2,5 triệu)", "2,5", 2500000, "count", "tín đồ", "số tín đồ",
      approx="about", location="TP Hồ Chí Minh"),
    F("Đồng Nai (1,36 triệu)", "1,36", 1360000, "count", "tín đồ", "số tín đồ", location="Đồng Nai"),
    F("An Giang (1,1 triệu)", "1,1", 1100000, "count", "tín đồ", "số tín đồ", location="An Giang"),
    F("Tây Ninh (gần 560.000)", "560.000", 560000, "count", "tín đồ", "số tín đồ", approx="nearly", location="Tây Ninh"),
    F("còn 5.412 cơ sở tôn giáo", "5.412", 5412, "count", "cơ sở tôn giáo",
      "cơ sở tôn giáo chưa được cấp giấy chứng nhận quyền sử dụng đất",
      change=ch("decrease", 318, "cơ sở", "cuối năm 2023")),
    F("xây mới 214", "214", 214, "count", "cơ sở thờ tự", "cơ sở thờ tự xây mới", period=ytd),
    F("cải tạo 1.052 cơ sở thờ tự", "1.052", 1052, "count", "cơ sở thờ tự", "cơ sở thờ tự sửa chữa, cải tạo", period=ytd),
    F("cho 15.000 lượt cán bộ", "15.000", 15000, "count", "lượt cán bộ", "lượt cán bộ làm công tác tôn giáo được bồi dưỡng kiến thức",
      status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("có 11.860 lượt cán bộ", "11.860", 11860, "count", "lượt cán bộ", "lượt cán bộ được bồi dưỡng",
      percent=79.1, period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-07-15")),
]

write("p406-5", A, figs, [
    "Ministry site (Ban Tôn giáo Chính phủ, Bộ Nội vụ): national mid-year review 2024; dateline 'Thứ Hai, dd/mm/yyyy hh:mm'.",
    "'hiện cả nước có …' stock figures and the province list have no period phrase: no period. 'Trong 6 tháng đầu năm' takes 2024 (headline/dateline).",
    "List 'TP Hồ Chí Minh (khoảng 2,5 triệu), …': items take the list's indicator 'số tín đồ', unit tín đồ, place = location.",
    "'giảm 318 cơ sở so với cuối năm 2023' = change of 5.412 (a baseline, not a period). 'Từ đầu năm đến nay' ends at the dateline 2024-07-15.",
    "Plan 15.000 in its own sentence is a figure with status target; the later result 11.860 carries only its share 'đạt 79,1% chỉ tiêu' (no target attribute).",
    "Distractors: 'Ngày 12/7', '6 tháng cuối năm 2024' (no figure), 'vào Việt Nam' (not a location cue), address, phone 024.3823.5218.",
], published="2024-07-15", location="Việt Nam")
