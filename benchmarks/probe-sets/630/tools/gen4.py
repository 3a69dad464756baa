from lib import fig, per, inh, chg, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ | Tin tức | Việc làm

Năm 2023, gần 1,1 triệu người nộp hồ sơ hưởng trợ cấp thất nghiệp

Ngày đăng: 22/01/2024 | Lượt xem: 3.205

(Molisa) - Theo báo cáo của Cục Việc làm, năm 2023 cả nước có 1.087.540 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 11,2% so với năm 2022; trong đó 1.041.236 người có quyết định hưởng trợ cấp thất nghiệp hằng tháng. Tổng số tiền chi trả trợ cấp thất nghiệp ước đạt 18.520 tỷ đồng.

Các địa phương có số người nộp hồ sơ lớn nhất là TP. Hồ Chí Minh (226.415 người), Bình Dương (154.870 người), Đồng Nai (78.312 người) và Hà Nội (72.940 người). Riêng TP. Hồ Chí Minh chiếm 20,8% tổng số người nộp hồ sơ cả nước.

Cũng trong năm 2023, các trung tâm dịch vụ việc làm đã tư vấn, giới thiệu việc làm cho hơn 1,5 triệu lượt người, tổ chức 2.364 phiên giao dịch việc làm, kết nối thành công khoảng 430.000 lượt người. Số người được hỗ trợ học nghề là 31.560 người, chỉ bằng 3% số người có quyết định hưởng.

Tính đến hết tháng 12/2023, cả nước có 14,26 triệu người tham gia bảo hiểm thất nghiệp, chiếm khoảng 29,7% lực lượng lao động trong độ tuổi. Mục tiêu đến năm 2025 có 35% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp, đến năm 2030 đạt 45%.

Dự báo năm 2024, số người nộp hồ sơ hưởng sẽ ở mức từ 1,0 đến 1,2 triệu người do đơn hàng của doanh nghiệp chưa ổn định.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9554.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LIST = "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp"

FIGS = [
    fig("gần 1,1 triệu người", "1,1", 1100000, "count", "người", approx="nearly",
        subject="người nộp hồ sơ hưởng trợ cấp thất nghiệp", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 1.087.540 người", "1.087.540", 1087540, "count", "người",
        change=chg("increase", 11.2, baseline="năm 2022"),
        subject=LIST, period=Y23),
    fig("đó 1.041.236 người", "1.041.236", 1041236, "count", "người", total=1087540,
        subject="người có quyết định hưởng trợ cấp thất nghiệp hằng tháng", period=Y23),
    fig("ước đạt 18.520 tỷ", "18.520", 18520000000000, "money", "đồng", status="estimate",
        subject="tổng số tiền chi trả trợ cấp thất nghiệp", period=inh(Y23)),
    fig("(226.415 người)", "226.415", 226415, "count", "người", subject=LIST, period=inh(Y23),
        location="TP. Hồ Chí Minh"),
    fig("(154.870 người)", "154.870", 154870, "count", "người", subject=LIST, period=inh(Y23), location="Bình Dương"),
    fig("(78.312 người)", "78.312", 78312, "count", "người", subject=LIST, period=inh(Y23), location="Đồng Nai"),
    fig("(72.940 người)", "72.940", 72940, "count", "người", subject=LIST, period=inh(Y23), location="Hà Nội"),
    fig("chiếm 20,8%", "20,8", 20.8, "percent", "%",
        subject="tỷ lệ người nộp hồ sơ trong tổng số người nộp hồ sơ cả nước", period=inh(Y23),
        location="TP. Hồ Chí Minh"),
    fig("hơn 1,5 triệu lượt", "1,5", 1500000, "count", "lượt người", approx="over",
        subject="lượt người được tư vấn, giới thiệu việc làm", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("tổ chức 2.364 phiên", "2.364", 2364, "count", "phiên",
        subject="phiên giao dịch việc làm", period=Y23),
    fig("khoảng 430.000 lượt", "430.000", 430000, "count", "lượt người", approx="about",
        subject="lượt người kết nối việc làm thành công", period=Y23),
    fig("là 31.560 người", "31.560", 31560, "count", "người", percent=3,
        subject="người được hỗ trợ học nghề", period=inh(Y23)),
    fig("có 14,26 triệu", "14,26", 14260000, "count", "người", percent=29.7,
        subject="người tham gia bảo hiểm thất nghiệp",
        period=per("Tính đến hết tháng 12/2023", None, "2023-12-31")),
    fig("có 35%", "35", 35, "percent", "%", status="target",
        subject="tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("đạt 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp",
        period=per("đến năm 2030", None, "2030-12-31")),
    fig("từ 1,0 đến 1,2 triệu", "1,0", 1000000, "count", "người", value_max=1200000, status="forecast",
        subject="người nộp hồ sơ hưởng trợ cấp thất nghiệp", period=per("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): national BHTN results 2023 (invented). 'Ngày đăng: 22/01/2024 | Lượt xem: 3.205' = dateline + counter.",
    "National figures → location Việt Nam; the province list 'TP. Hồ Chí Minh (226.415 người), …' puts each province in location,",
    "subject = the list's indicator. The list follows no figure (no total). 'Riêng TP. Hồ Chí Minh chiếm 20,8%' is a percent figure (no count before it).",
    "'trong đó 1.041.236 người' → total 1.087.540. 'chỉ bằng 3%' / 'chiếm khoảng 29,7%' → percent attributes.",
    "Targets: 'Mục tiêu đến năm 2025 … 35%', 'đến năm 2030 đạt 45%' (as-of periods ending in that year). 'Dự báo năm 2024' → forecast.",
    "Not figures: address 'Số 12 Ngô Quyền', phone 024.3826.9554, counter 3.205.",
]

emit("p630-4", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Việt Nam")
