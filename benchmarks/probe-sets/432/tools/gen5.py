from lib import F, P, ch, emit

TEXT = """TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ > Tin hoạt động > Phong trào tình nguyện

Tháng Thanh niên 2024: Triển khai 7.850 công trình, phần việc thanh niên
Ngày đăng: 02/04/2024

Theo báo cáo của Ban Bí thư Trung ương Đoàn, trong tháng 3/2024, hưởng ứng Tháng Thanh niên, các cấp bộ Đoàn trên cả nước đã triển khai 7.850 công trình, phần việc thanh niên, trị giá hơn 2.150 tỷ đồng, tăng 12,4% so với năm 2023; trong đó có 1.245 công trình cấp tỉnh.

Toàn Đoàn đã trồng mới hơn 5,2 triệu cây xanh, tổ chức 1.126 điểm hiến máu, tiếp nhận 96.300 đơn vị máu; thu hút khoảng 3,6 triệu lượt đoàn viên, thanh niên tham gia. Số đơn vị máu tiếp nhận tăng 8,7% so với cùng kỳ năm 2023. Có 63/63 tỉnh, thành đoàn tổ chức Lễ ra quân Tháng Thanh niên và Ngày Chủ nhật xanh.

Một số địa phương có số công trình, phần việc thanh niên nhiều nhất gồm: Hà Nội (612), TP Hồ Chí Minh (548), Nghệ An (305) và Thanh Hóa (289). Tỷ lệ đoàn viên tham gia sinh hoạt chủ điểm trong Tháng Thanh niên đạt 92,3%.

Tính chung quý I/2024, toàn Đoàn kết nạp 248.600 đoàn viên mới, đạt 24,9% chỉ tiêu năm (1 triệu đoàn viên), tăng 3,1% so với cùng kỳ. Các cấp bộ Đoàn đã trao 18.400 suất học bổng, tổng trị giá gần 46 tỷ đồng.

Trung ương Đoàn yêu cầu các tỉnh, thành đoàn triển khai Kế hoạch số 214-KH/TWĐTN-PTTN về Chiến dịch Thanh niên tình nguyện hè năm 2024, phấn đấu mỗi tỉnh, thành đoàn có ít nhất 10 công trình thanh niên cấp tỉnh; giai đoạn 2022-2027, toàn Đoàn trồng mới 100 triệu cây xanh theo Đề án của Thủ tướng Chính phủ, góp phần thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII.

Ban Phong trào Thanh niên, Trung ương Đoàn
"""

M3 = P("trong tháng 3/2024", "2024-03-01", "2024-03-31")
M3i = P("trong tháng 3/2024", "2024-03-01", "2024-03-31", inh=True)
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)

FIGS = [
    F("Triển khai 7.850 công trình", "7.850", 7850, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3i),
    F("triển khai 7.850 công trình", "7.850", 7850, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3),
    F("hơn 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "trị giá công trình, phần việc thanh niên", M3,
      approx="over", change=ch("increase", 12.4, baseline="năm 2023")),
    F("có 1.245 công trình", "1.245", 1245, "count", "công trình", "công trình cấp tỉnh", M3, total=7850),
    F("hơn 5,2 triệu cây", "5,2", 5200000, "count", "cây xanh", "cây xanh trồng mới", M3i, approx="over"),
    F("tổ chức 1.126 điểm", "1.126", 1126, "count", "điểm hiến máu", "điểm hiến máu tổ chức", M3i),
    F("tiếp nhận 96.300 đơn vị", "96.300", 96300, "count", "đơn vị máu", "đơn vị máu tiếp nhận", M3i),
    F("khoảng 3,6 triệu lượt", "3,6", 3600000, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia", M3i,
      approx="about"),
    F("tăng 8,7%", "8,7", 8.7, "percent", "%", "số đơn vị máu tiếp nhận tăng so với cùng kỳ năm 2023", M3i),
    F("Có 63/63", "63", 63, "count", "tỉnh, thành đoàn", "tỉnh, thành đoàn tổ chức Lễ ra quân Tháng Thanh niên", M3i, total=63),
    F("Hà Nội (612)", "612", 612, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3i, location="Hà Nội"),
    F("TP Hồ Chí Minh (548)", "548", 548, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3i,
      location="TP Hồ Chí Minh"),
    F("Nghệ An (305)", "305", 305, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3i, location="Nghệ An"),
    F("Thanh Hóa (289)", "289", 289, "count", "công trình, phần việc", "công trình, phần việc thanh niên", M3i, location="Thanh Hóa"),
    F("đạt 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ đoàn viên tham gia sinh hoạt chủ điểm", M3i),
    F("kết nạp 248.600 đoàn viên", "248.600", 248600, "count", "đoàn viên", "đoàn viên mới kết nạp", Q1,
      percent=24.9, target={"value": 1000000, "unit": "đoàn viên", "met": False}, change=ch("increase", 3.1, baseline="cùng kỳ")),
    F("trao 18.400 suất", "18.400", 18400, "count", "suất học bổng", "suất học bổng trao", Q1i),
    F("gần 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng trị giá học bổng", Q1i, approx="nearly"),
    F("ít nhất 10 công trình", "10", 10, "count", "công trình thanh niên", "công trình thanh niên cấp tỉnh mỗi tỉnh, thành đoàn",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("trồng mới 100 triệu cây", "100", 100000000, "count", "cây xanh", "cây xanh trồng mới",
      P("giai đoạn 2022-2027", "2022-01-01", "2027-12-31"), status="target"),
]

COMMENTS = [
    "Central Youth Union site (national): Youth Month (March) 2024 results and Q1 figures. 'Ngày đăng: 02/04/2024', no time. Location Việt Nam.",
    "Distractors: breadcrumb, 'Kế hoạch số 214-KH/TWĐTN-PTTN', 'Đại hội Đoàn toàn quốc lần thứ XII', 'Tháng Thanh niên 2024' in the title (a name).",
    "Headline 7.850 is a figure (period inherited). 'trong tháng 3/2024' is stated once; the second paragraph's figures inherit it.",
    "'trị giá hơn 2.150 tỷ đồng, tăng 12,4% so với năm 2023' → change on the money figure; '; trong đó có 1.245 công trình cấp tỉnh': total 7.850.",
    "'Số đơn vị máu tiếp nhận tăng 8,7% …' stands in its own sentence with no base amount: a percent figure (growth as the claim).",
    "'63/63 tỉnh, thành đoàn': count with total 63. Province list: location = province, subject = list indicator.",
    "'248.600 đoàn viên mới, đạt 24,9% chỉ tiêu năm (1 triệu đoàn viên), tăng 3,1%': percent + target (not met) + change.",
    "Targets: 'ít nhất 10 công trình' (tied to the 2024 summer campaign in the same sentence), '100 triệu cây' in 'giai đoạn 2022-2027'.",
]

emit("p432-5", TEXT, COMMENTS, FIGS, published="2024-04-02", location="Việt Nam")
