"""p1394-5: provincial newspaper (Báo Hà Tĩnh, tag (HTO)): a plant's ash dump nearly full in thị xã Kỳ Anh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Môi trường | Bạn đọc

Bãi xỉ sắp đầy, nhà máy nhiệt điện ở Kỳ Anh "chạy đua" tiêu thụ tro xỉ

Thứ Năm, 08/08/2024 - 07:15

(HTO) - Bãi chứa xỉ của Nhà máy Nhiệt điện Hưng Thịnh 1 đã lấp đầy gần 90%, trong khi 7 tháng đầu năm lượng tro xỉ tiêu thụ mới đạt 38% kế hoạch.

Nhà máy Nhiệt điện Hưng Thịnh 1 (thị xã Kỳ Anh) có công suất 1.200 MW, mỗi năm phát sinh khoảng 1,1 triệu tấn tro xỉ. Bãi chứa xỉ rộng 46 ha được thiết kế đủ chứa tro xỉ cho 5 năm vận hành, nhưng đến cuối tháng 7/2024 đã tích lũy gần 4 triệu tấn.

Theo ông Nguyễn Hữu Phong, Phó Giám đốc nhà máy, từ đầu năm đến nay đơn vị mới tiêu thụ được 312.000 tấn, chủ yếu bán cho hai nhà máy xi măng ngoài tỉnh với giá 25.000 đồng/tấn. Kế hoạch cả năm là tiêu thụ 820.000 tấn. "Nhà máy đang làm việc với 3 doanh nghiệp để đưa tro xỉ vào san lấp mặt bằng tại Khu kinh tế Vũng Áng, dự kiến mỗi tháng tiêu thụ thêm 50.000 - 60.000 tấn", ông Phong nói.

Toàn tỉnh hiện có 2 nhà máy nhiệt điện than, tổng lượng tro xỉ tồn tại các bãi chứa khoảng 6,2 triệu tấn. UBND tỉnh đã giao Sở Xây dựng rà soát, đưa tro xỉ vào danh mục vật liệu san lấp cho 12 dự án hạ tầng giai đoạn 2024 - 2025, với nhu cầu khoảng 2,5 triệu m3.

Thu Hà

Tin cùng chuyên mục:
- Kỳ Anh đối thoại với người dân về giải phóng mặt bằng
- Hà Tĩnh kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp
"""

SEVEN = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
ASOF = per("đến cuối tháng 7/2024", None, "2024-07-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-08")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
PHASE = per("giai đoạn 2024 - 2025", "2024-01-01", "2025-12-31")
KA = "Kỳ Anh"

FIGS = [
    fig("lấp đầy gần 90%", "90", 90, "percent", "%", approx="nearly",
        subject="bãi chứa xỉ của Nhà máy Nhiệt điện Hưng Thịnh 1 đã lấp đầy", location=KA),
    fig("mới đạt 38%", "38", 38, "percent", "%",
        subject="lượng tro xỉ tiêu thụ so với kế hoạch", period=SEVEN, location=KA),
    fig("công suất 1.200 MW", "1.200", 1200, "measure", "MW",
        subject="công suất Nhà máy Nhiệt điện Hưng Thịnh 1", location=KA),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "tấn/năm", approx="about",
        subject="tro xỉ phát sinh mỗi năm", location=KA),
    fig("rộng 46 ha", "46", 46, "measure", "ha", subject="diện tích bãi chứa xỉ", location=KA),
    fig("cho 5 năm", "5", 5, "measure", "năm", subject="thời gian vận hành bãi chứa xỉ được thiết kế đủ chứa",
        location=KA, optional=True),
    fig("gần 4 triệu", "4", 4e6, "measure", "tấn", approx="nearly",
        subject="tro xỉ bãi chứa xỉ đã tích lũy", period=ASOF, location=KA),
    fig("được 312.000 tấn", "312.000", 312000, "measure", "tấn",
        subject="tro xỉ nhà máy tiêu thụ", period=YTD, location=KA),
    fig("cho hai nhà máy", "hai", 2, "count", "nhà máy",
        subject="nhà máy xi măng ngoài tỉnh mua tro xỉ", period=YTD, location=KA),
    fig("giá 25.000", "25.000", 25000, "money", "đồng/tấn",
        subject="giá bán tro xỉ", period=YTD, location=KA),
    fig("tiêu thụ 820.000", "820.000", 820000, "measure", "tấn", status="target",
        subject="tro xỉ tiêu thụ theo kế hoạch cả năm", period=YEAR, location=KA),
    fig("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp nhà máy làm việc để đưa tro xỉ vào san lấp mặt bằng", location=KA),
    fig("50.000 - 60.000", "50.000", 50000, "measure", "tấn/tháng", value_max=60000, status="forecast",
        subject="tro xỉ tiêu thụ thêm mỗi tháng", location=KA),
    fig("có 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy nhiệt điện than"),
    fig("khoảng 6,2 triệu", "6,2", 6.2e6, "measure", "tấn", approx="about",
        subject="tổng lượng tro xỉ tồn tại các bãi chứa"),
    fig("cho 12 dự án", "12", 12, "count", "dự án",
        subject="dự án hạ tầng đưa tro xỉ vào danh mục vật liệu san lấp", period=PHASE),
    fig("khoảng 2,5 triệu m3", "2,5", 2.5e6, "measure", "m3", approx="about",
        subject="nhu cầu vật liệu san lấp của các dự án hạ tầng", period=PHASE),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): menu, 'Thứ Năm, 08/08/2024 - 07:15', tag '(HTO) -', sapo, byline 'Thu Hà', related links.",
    "Distractors: time 07:15, 'Nhà máy Nhiệt điện Hưng Thịnh 1' (twice), 'tháng 7/2024' in the as-of phrase, '2024 - 2025' as a phase.",
    "The plant stands in thị xã Kỳ Anh: its figures (sapo, paragraphs 2-3) -> Kỳ Anh; 'Toàn tỉnh' paragraph -> Hà Tĩnh.",
    "'7 tháng đầu năm' (sapo) takes the dateline year 2024. 'mới đạt 38% kế hoạch' is a percent figure with no base amount.",
    "'cho 5 năm vận hành' is a design life that measures the dump's capacity: optional (a duration, but not one that locates a figure).",
    "'đến cuối tháng 7/2024' is an as-of date. 'từ đầu năm đến nay' ends at the dateline and covers the whole sentence",
    "(312.000 tấn, 'hai nhà máy', the price).",
    "'Kế hoạch cả năm là tiêu thụ 820.000 tấn' -> target, its own sentence (not linked as target of 312.000).",
    "'dự kiến mỗi tháng tiêu thụ thêm 50.000 - 60.000 tấn' -> forecast, rate tấn/tháng. 'mỗi năm phát sinh khoảng 1,1 triệu tấn' -> tấn/năm.",
    "'giai đoạn 2024 - 2025' -> 2024-01-01..2025-12-31; the assignment to 12 projects is stated as done (no status cue).",
]

if __name__ == "__main__":
    write("p1394-5", TEXT, NOTES, FIGS, published="2024-08-08", location="Hà Tĩnh")
