from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÙNG KHÁNH - TỈNH CAO BẰNG
Tin hoạt động | Kinh tế - Xã hội

Trùng Khánh: Siết chặt phòng, chống buôn lậu tại khu vực cửa khẩu Trà Lĩnh
Ngày đăng: 20/11/2024 | Lượt xem: 614

Từ đầu năm đến nay, Ban Chỉ đạo 389 huyện Trùng Khánh đã chỉ đạo các lực lượng chức năng phát hiện, bắt giữ 63 vụ với 71 đối tượng vận chuyển hàng cấm, hàng nhập lậu qua biên giới, nhiều hơn 11 vụ so với cùng kỳ năm 2023. Tang vật thu giữ gồm 3.860 bao thuốc lá điếu, 4,5 tấn đường kính, 126 con gia súc và 1.750 kg nầm lợn, chân gà đông lạnh không rõ nguồn gốc; tổng trị giá ước khoảng 1,36 tỷ đồng. Các cơ quan chức năng đã xử phạt vi phạm hành chính 58 vụ, nộp ngân sách nhà nước 512 triệu đồng; khởi tố 5 vụ, 6 bị can.

Tuy nhiên, tình trạng cư dân biên giới vận chuyển hàng hóa qua các đường mòn, lối mở từ mốc 77 đến mốc 82 vẫn diễn biến phức tạp, nhất là vào ban đêm.

Theo Cục Hải quan tỉnh Cao Bằng, 10 tháng năm 2024, kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Trà Lĩnh đạt 618,4 triệu USD, bằng 88,3% kế hoạch năm, gấp 1,4 lần cùng kỳ. Bình quân mỗi ngày có từ 150 đến 200 xe hàng làm thủ tục qua cửa khẩu; tổng lượt người xuất nhập cảnh đạt trên 42.000 lượt.

Giai đoạn 2021-2025, huyện phấn đấu kim ngạch qua cửa khẩu tăng bình quân 12%/năm, thu hút 30 doanh nghiệp đầu tư kho bãi tại khu kinh tế cửa khẩu. Để đạt được mục tiêu, Ban Chỉ đạo 389 huyện yêu cầu các xã biên giới tăng cường tuần tra, không để hình thành điểm tập kết hàng lậu.

Mọi tin báo về buôn lậu xin gọi số 0206.3826.113 hoặc đến trụ sở Công an huyện, tổ 4, thị trấn Trùng Khánh.
"""

DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-20")
DNi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-20", True)
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("bắt giữ 63 vụ", "63", 63, "count", "vụ", "vụ phát hiện, bắt giữ", DN,
      change={"direction": "increase", "value": 11, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}),
    F("với 71 đối tượng", "71", 71, "count", "đối tượng", "đối tượng vận chuyển hàng cấm, hàng nhập lậu qua biên giới", DN),
    F("gồm 3.860 bao", "3.860", 3860, "count", "bao", "thuốc lá điếu thu giữ", DNi),
    F("4,5 tấn đường kính", "4,5", 4.5, "measure", "tấn", "đường kính thu giữ", DNi),
    F("126 con gia súc", "126", 126, "count", "con", "gia súc thu giữ", DNi),
    F("1.750 kg", "1.750", 1750, "measure", "kg", "nầm lợn, chân gà đông lạnh không rõ nguồn gốc thu giữ", DNi),
    F("khoảng 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "tổng trị giá tang vật", DNi, approx="about",
      status="estimate"),
    F("hành chính 58 vụ", "58", 58, "count", "vụ", "vụ xử phạt vi phạm hành chính", DNi),
    F("512 triệu đồng", "512", 512e6, "money", "đồng", "nộp ngân sách nhà nước", DNi),
    F("khởi tố 5 vụ", "5", 5, "count", "vụ", "vụ khởi tố", DNi),
    F("6 bị can", "6", 6, "count", "bị can", "bị can khởi tố", DNi),
    F("đạt 618,4 triệu USD", "618,4", 618.4e6, "money", "USD", "kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Trà Lĩnh",
      M10, percent=88.3, change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "cùng kỳ"}),
    F("từ 150 đến 200 xe hàng", "150", 150, "count", "xe hàng", "xe hàng làm thủ tục qua cửa khẩu bình quân mỗi ngày",
      M10i, value_max=200),
    F("trên 42.000 lượt", "42.000", 42000, "count", "lượt", "lượt người xuất nhập cảnh", M10i, approx="over"),
    F("bình quân 12%/năm", "12", 12, "percent", "%", "tăng trưởng bình quân kim ngạch qua cửa khẩu", GD, status="target"),
    F("thu hút 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp đầu tư kho bãi tại khu kinh tế cửa khẩu",
      GD, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Trùng Khánh, Cao Bằng (district portal): anti-smuggling at the Trà Lĩnh border gate since the start of 2024; gate turnover 10 months; trucks; 2021-2025 targets.",
    "Dateline 'Ngày đăng: 20/11/2024 | Lượt xem: 614' (view counter = furniture). Distractors: 'Ban Chỉ đạo 389' (name, twice), 'từ mốc 77 đến mốc 82' (border markers, not a range),",
    "phone 0206.3826.113, 'tổ 4', 'Cục Hải quan tỉnh Cao Bằng' (the source, not the place of the figures: the gate lies in the district, so location stays Trùng Khánh).",
    "'nhiều hơn 11 vụ so với cùng kỳ' is the change (in vụ) of 63 vụ — not an 'over' approximation. 'Tang vật thu giữ gồm' lists goods of other units: no totals.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-20. 'bằng 88,3% kế hoạch năm' is the percent and 'gấp 1,4 lần cùng kỳ' the change of 618,4 triệu USD.",
    "revised after the first run: 63 vụ subject is 'vụ phát hiện, bắt giữ' — the modifier 'vận chuyển hàng cấm, …' belongs to '71 đối tượng', not to the cases.",
    "'tăng bình quân 12%/năm' is a target growth rate (percent figure, unit %); 'phấn đấu' also governs '30 doanh nghiệp'. 58 + 5 = 63 but no part-of cue: no totals.",
]

write(5, TEXT, COMMENTS, FIGS, published="2024-11-20", location="Trùng Khánh")
