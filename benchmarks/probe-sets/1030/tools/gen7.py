"""p1030-7: Sở TT&TT Tuyên Quang site (no dateline), BĐVHX 2024, one-cell-per-line table of points by district."""
from lib import F, P, CH, TG, write

ROWS = [
    ("Lâm Bình", "7", "6", "2"),
    ("Na Hang", "9", "8", "3"),
    ("Chiêm Hóa", "22", "20", "9"),
    ("Hàm Yên", "15", "14", "7"),
    ("Yên Sơn", "26", "24", "12"),
    ("Sơn Dương", "28", "27", "14"),
    ("TP. Tuyên Quang", "6", "5", "4"),
    ("Tổng cộng", "113", "104", "51"),
]
table = "\n".join("\n".join(r) for r in ROWS)

TEXT = f"""SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH TUYÊN QUANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Mạng lưới bưu điện văn hóa xã năm 2024: nhiều chuyển biến

Năm 2024, hệ thống điểm bưu điện văn hóa xã (BĐVHX) trên địa bàn tỉnh Tuyên Quang đạt doanh thu 4,26 tỷ đồng, tăng 9,2% so với năm 2023; hằng tháng chi trả lương hưu, trợ cấp BHXH cho bình quân 5.870 người. Các điểm đã tiếp nhận 3.915 hồ sơ thủ tục hành chính, trả 3.702 kết quả qua dịch vụ bưu chính công ích.

Tính đến 31/12/2024, toàn tỉnh có 113 điểm BĐVHX, trong đó 104 điểm có kết nối internet, đạt 92%. Số điểm theo từng địa phương như sau:

Đơn vị tính: điểm
Địa phương
Số điểm BĐVHX
Có kết nối internet
Doanh thu trên 3 triệu đồng/tháng
{table}

Thời gian tới, Sở phấn đấu đến năm 2025 có 100% điểm BĐVHX kết nối internet và ít nhất 60 điểm có doanh thu trên 3 triệu đồng/tháng; dự kiến hỗ trợ 1,5 tỷ đồng từ Quỹ Dịch vụ viễn thông công ích để nâng cấp trang thiết bị.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH TUYÊN QUANG
Địa chỉ: Số 6, đường 17/8, phường Minh Xuân, TP. Tuyên Quang
Điện thoại: 0207.3822.356 - Email: stttt@tuyenquang.gov.vn
Tổng lượt truy cập: 1.284.503 | Đang truy cập: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
ASOF = P("Tính đến 31/12/2024", None, "2024-12-31")
ASOFi = P("Tính đến 31/12/2024", None, "2024-12-31", inh=True)
TO25 = P("đến năm 2025", None, "2025-12-31")
COLS = ["số điểm BĐVHX", "điểm BĐVHX có kết nối internet", "điểm BĐVHX có doanh thu trên 3 triệu đồng/tháng"]

FIGS = [
    F("doanh thu 4,26 tỷ đồng", "4,26", "money", "đồng", "doanh thu hệ thống điểm BĐVHX",
      change=CH("increase", 9.2, "%", "năm 2023"), period=Y24),
    F("bình quân 5.870 người", "5.870", "count", "người", "người được chi trả lương hưu, trợ cấp BHXH hằng tháng", period=Y24),
    F("tiếp nhận 3.915 hồ sơ", "3.915", "count", "hồ sơ", "hồ sơ thủ tục hành chính các điểm tiếp nhận", period=Y24i),
    F("trả 3.702 kết quả", "3.702", "count", "kết quả", "kết quả trả qua dịch vụ bưu chính công ích", period=Y24i),
    F("có 113 điểm", "113", "count", "điểm", "điểm BĐVHX", period=ASOF),
    F("104 điểm có kết nối", "104", "count", "điểm", "điểm BĐVHX có kết nối internet", total=113, percent=92, period=ASOF),
    F("Doanh thu trên 3 triệu", "3", "money", "đồng/tháng", "ngưỡng doanh thu điểm BĐVHX", approx="over", optional=True),
]
for label, *cells in ROWS:
    loc = "Tuyên Quang" if label in ("Tổng cộng", "TP. Tuyên Quang") else label
    prev = label
    for cell, col in zip(cells, COLS):
        anchor = f"{prev}\n{cell}"
        prev = anchor
        subj = ("tổng " + col) if label == "Tổng cộng" else col
        FIGS.append(F(anchor, cell, "count", "điểm", subj, location=loc, period=ASOFi))
FIGS += [
    F("có 100% điểm", "100", "percent", "%", "điểm BĐVHX kết nối internet", status="target", period=TO25),
    F("ít nhất 60 điểm", "60", "count", "điểm", "điểm BĐVHX có doanh thu trên 3 triệu đồng/tháng",
      approx="at_least", status="target", period=TO25),
    F("doanh thu trên 3 triệu đồng/tháng;", "3", "money", "đồng/tháng", "ngưỡng doanh thu điểm BĐVHX", approx="over", optional=True),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", "money", "đồng", "kinh phí hỗ trợ nâng cấp trang thiết bị điểm BĐVHX từ Quỹ Dịch vụ viễn thông công ích",
      status="forecast"),
]

write("p1030-7", TEXT, FIGS, published=None, location="Tuyên Quang", comments=[
    "Sở TT&TT Tuyên Quang (department site, no dateline; footer address, phone, visit counter): BĐVHX in 2024.",
    "One-cell-per-line table (Đơn vị tính: điểm): each cell is a count of điểm; the district row label is the location",
    "(TP. Tuyên Quang and Tổng cộng -> Tuyên Quang); the period (as of 31/12/2024) stands in the line above the table (inherited).",
    "The header's 'trên 3 triệu đồng/tháng' and the same threshold in the target sentence are category thresholds (optional).",
    "'dự kiến hỗ trợ 1,5 tỷ đồng' is forecast; 'Thời gian tới' is not a datable period, so no period for it.",
    "Distractors: 'đường 17/8', 'Số 6', phone '0207.3822.356', 'Tổng lượt truy cập: 1.284.503', 'Đang truy cập: 37'.",
])
