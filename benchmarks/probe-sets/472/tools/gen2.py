from lib import F, P, Y, write

TEXT = """Yên Thành hoàn thành khám sức khỏe nghĩa vụ quân sự năm 2025
Thứ Tư, 18/12/2024 - 14:30

Từ ngày 2/12 đến ngày 14/12/2024, Hội đồng khám sức khỏe nghĩa vụ quân sự huyện Yên Thành đã tổ chức khám cho công dân trong diện gọi nhập ngũ năm 2025 tại Trung tâm Y tế huyện (khối 3, thị trấn Yên Thành), bố trí 12 bàn khám theo đúng quy trình.

Theo kế hoạch, huyện gọi khám 1.284 công dân; thực tế có 1.197 công dân có mặt, đạt 93,2%. Trong 38 xã, thị trấn, có 35 đơn vị đạt tỷ lệ công dân có mặt khám từ 90% trở lên.

Kết quả, có 842 công dân đạt tiêu chuẩn sức khỏe loại 1, 2, 3 (chiếm 70,3%), trong đó loại 1 có 214 công dân, loại 2 có 395 công dân, loại 3 có 233 công dân; 281 công dân sức khỏe loại 4, 5, 6 và 74 công dân được tạm hoãn khám do đang điều trị bệnh. Qua xét nghiệm, phát hiện 19 trường hợp dương tính với chất ma túy, giảm 7 trường hợp so với năm trước.

Đáng chú ý, tỷ lệ công dân có trình độ cao đẳng, đại học đạt tiêu chuẩn sức khỏe là 11,6%, cao hơn 2,4% so với đợt khám năm 2024. Chiều cao trung bình của công dân đạt sức khỏe là 1,66 m, cân nặng bình quân khoảng 57 kg.

Trên cơ sở kết quả khám, Hội đồng nghĩa vụ quân sự huyện đã lập danh sách 486 công dân đủ điều kiện gọi nhập ngũ, bảo đảm nguồn cho chỉ tiêu giao quân năm 2025 là 270 công dân. Tổng kinh phí tổ chức khám tuyển gần 395 triệu đồng, do ngân sách huyện bảo đảm.

Ông Phan Văn Tùng, Chỉ huy trưởng Ban CHQS huyện cho biết, trong tháng 1/2025, huyện dự kiến tổ chức phúc tra sức khỏe cho 100% công dân có tên trong danh sách gọi nhập ngũ và công khai danh sách tại trụ sở UBND các xã, thị trấn.

Hoàng Minh (Ban CHQS huyện Yên Thành)
"""

EXAM = P("Từ ngày 2/12 đến ngày 14/12/2024", "2024-12-02", "2024-12-14", inherited=True)
S = "công dân đạt tiêu chuẩn sức khỏe"
FIGS = [
    F("bố trí 12 bàn khám", "12", 12, "count", "bàn khám", "bàn khám bố trí",
      period=P("Từ ngày 2/12 đến ngày 14/12/2024", "2024-12-02", "2024-12-14")),
    F("gọi khám 1.284 công dân", "1.284", 1284, "count", "công dân", "công dân gọi khám", status="target",
      period=EXAM),
    F("có 1.197 công dân", "1.197", 1197, "count", "công dân", "công dân có mặt khám", percent=93.2,
      period=EXAM),
    F("Trong 38 xã", "38", 38, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("có 35 đơn vị", "35", 35, "count", "đơn vị", "đơn vị đạt tỷ lệ công dân có mặt khám từ 90% trở lên",
      total=38, period=EXAM),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ công dân có mặt khám", approx="at_least",
      optional=True),
    F("có 842 công dân", "842", 842, "count", "công dân", "công dân đạt tiêu chuẩn sức khỏe loại 1, 2, 3",
      percent=70.3, period=EXAM),
    F("loại 1 có 214", "214", 214, "count", "công dân", S + " loại 1", total=842, period=EXAM),
    F("loại 2 có 395", "395", 395, "count", "công dân", S + " loại 2", total=842, period=EXAM),
    F("loại 3 có 233", "233", 233, "count", "công dân", S + " loại 3", total=842, period=EXAM),
    F("; 281 công dân", "281", 281, "count", "công dân", "công dân sức khỏe loại 4, 5, 6", period=EXAM),
    F("và 74 công dân", "74", 74, "count", "công dân", "công dân được tạm hoãn khám", period=EXAM),
    F("phát hiện 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp dương tính với chất ma túy",
      change={"direction": "decrease", "value": 7, "unit": "trường hợp", "baseline": "năm trước"},
      period=EXAM),
    F("là 11,6%", "11,6", 11.6, "percent", "%",
      "tỷ lệ công dân có trình độ cao đẳng, đại học đạt tiêu chuẩn sức khỏe",
      change={"direction": "increase", "value": 2.4, "unit": "%", "baseline": "đợt khám năm 2024"},
      period=EXAM),
    F("là 1,66 m", "1,66", 1.66, "measure", "m", "chiều cao trung bình của công dân đạt sức khỏe",
      period=EXAM),
    F("khoảng 57 kg", "57", 57, "measure", "kg", "cân nặng bình quân", approx="about", period=EXAM),
    F("danh sách 486 công dân", "486", 486, "count", "công dân", "công dân đủ điều kiện gọi nhập ngũ",
      period=EXAM),
    F("là 270 công dân", "270", 270, "count", "công dân", "chỉ tiêu giao quân", status="target",
      period=Y(2025)),
    F("gần 395 triệu đồng", "395", 395e6, "money", "đồng", "kinh phí tổ chức khám tuyển", approx="nearly",
      period=EXAM),
    F("cho 100% công dân", "100", 100, "percent", "%",
      "công dân có tên trong danh sách gọi nhập ngũ được phúc tra sức khỏe", status="forecast",
      period=P("trong tháng 1/2025", "2025-01-01", "2025-01-31")),
]

COMMENTS = [
    "District portal (huyện Yên Thành, Nghệ An): khám sức khỏe NVQS for the 2025 call-up. Dateline 'Thứ Tư, 18/12/2024 - 14:30', byline at the end.",
    "Distractors: 'khối 3' (address), 'loại 1, 2, 3' / 'loại 4, 5, 6' (health grades as labels), 'năm 2025' in 'diện gọi nhập ngũ năm 2025'.",
    "Figures of the exam take the exam window 'Từ ngày 2/12 đến ngày 14/12/2024' (inherited where it is in an earlier sentence).",
    "'Theo kế hoạch … 1.284' is a plan figure (status target); 1.197 has its share 93,2%. 214+395+233 = 842 after 'trong đó': totals 842.",
    "'Trong 38 xã, thị trấn, có 35 đơn vị' gives 35 total 38; 38 (structure) and the threshold 'từ 90% trở lên' are optional.",
    "'cao hơn 2,4% so với …' after a stated rate is that rate's change. 'dự kiến tổ chức phúc tra … 100%': forecast.",
]

write(2, TEXT, FIGS, COMMENTS, published="2024-12-18", location="Yên Thành")
