"""p594-3: Bắc Ninh formal report (letterhead, Số …/BC-UBND), flattened | table, 9 months 2024."""
from lib import fig, per, inh, year, chg, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả hỗ trợ khởi nghiệp đổi mới sáng tạo và phát triển doanh nghiệp khoa học và công nghệ 9 tháng năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/01/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Dự án khởi nghiệp được hỗ trợ | dự án | 40 | 31 | 77,5
Doanh nghiệp KH&CN được chứng nhận mới | doanh nghiệp | 8 | 6 | 75,0
Đơn đăng ký sáng chế, giải pháp hữu ích | đơn | 120 | 97 | 80,8
Kinh phí hỗ trợ từ ngân sách | triệu đồng | 6.500 | 4.872,5 | 75,0

2. Kết quả cụ thể
Tính đến ngày 30/9/2024, toàn tỉnh có 58 doanh nghiệp khoa học và công nghệ, trong đó 21 doanh nghiệp lĩnh vực công nghệ thông tin, 14 doanh nghiệp lĩnh vực nông nghiệp công nghệ cao. Quý III/2024, Quỹ Phát triển khoa học và công nghệ tỉnh đã giải ngân 3,15 tỷ đồng cho 7 dự án ươm tạo công nghệ, nâng tổng dư nợ lên 12,4 tỷ đồng.

9 tháng năm 2024, Trung tâm Đổi mới sáng tạo tỉnh đã tổ chức 18 sự kiện kết nối với khoảng 2.300 lượt người tham dự; 4 doanh nghiệp khởi nghiệp gọi vốn thành công tổng cộng 1,2 triệu USD.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến cả năm 2024 hỗ trợ 42 dự án khởi nghiệp, vượt 5% kế hoạch. Phấn đấu trong quý IV/2024 có thêm ít nhất 2 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
M9 = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9I = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q3 = per("Quý III/2024", "2024-07-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    # table row 1
    fig("hỗ trợ | dự án | 40", "40", 40, "count", "dự án", "Dự án khởi nghiệp được hỗ trợ kế hoạch 2024", Y24,
        status="target"),
    fig("| 40 | 31", "31", 31, "count", "dự án", "Dự án khởi nghiệp được hỗ trợ thực hiện 9 tháng", M9),
    fig("| 31 | 77,5", "77,5", 77.5, "percent", "%", "Dự án khởi nghiệp được hỗ trợ tỷ lệ so với kế hoạch", M9I),
    # row 2
    fig("mới | doanh nghiệp | 8", "8", 8, "count", "doanh nghiệp",
        "Doanh nghiệp KH&CN được chứng nhận mới kế hoạch 2024", Y24, status="target"),
    fig("| 8 | 6", "6", 6, "count", "doanh nghiệp", "Doanh nghiệp KH&CN được chứng nhận mới thực hiện 9 tháng", M9),
    fig("| 6 | 75,0", "75,0", 75, "percent", "%", "Doanh nghiệp KH&CN được chứng nhận mới tỷ lệ so với kế hoạch", M9I),
    # row 3
    fig("| đơn | 120", "120", 120, "count", "đơn",
        "Đơn đăng ký sáng chế, giải pháp hữu ích kế hoạch 2024", Y24, status="target"),
    fig("| 120 | 97", "97", 97, "count", "đơn", "Đơn đăng ký sáng chế, giải pháp hữu ích thực hiện 9 tháng", M9),
    fig("| 97 | 80,8", "80,8", 80.8, "percent", "%", "Đơn đăng ký sáng chế, giải pháp hữu ích tỷ lệ so với kế hoạch", M9I),
    # row 4 (triệu đồng)
    fig("| 6.500 |", "6.500", 6.5e9, "money", "đồng", "Kinh phí hỗ trợ từ ngân sách kế hoạch 2024", Y24,
        status="target"),
    fig("| 4.872,5 |", "4.872,5", 4872.5e6, "money", "đồng", "Kinh phí hỗ trợ từ ngân sách thực hiện 9 tháng", M9),
    fig("4.872,5 | 75,0", "75,0", 75, "percent", "%", "Kinh phí hỗ trợ từ ngân sách tỷ lệ so với kế hoạch", M9I),
    # text
    fig("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp khoa học và công nghệ", ASOF),
    fig("21 doanh nghiệp lĩnh vực", "21", 21, "count", "doanh nghiệp",
        "doanh nghiệp khoa học và công nghệ lĩnh vực công nghệ thông tin", ASOF, total=58),
    fig("14 doanh nghiệp lĩnh vực", "14", 14, "count", "doanh nghiệp",
        "doanh nghiệp khoa học và công nghệ lĩnh vực nông nghiệp công nghệ cao", ASOF, total=58),
    fig("giải ngân 3,15 tỷ đồng", "3,15", 3.15e9, "money", "đồng",
        "Quỹ Phát triển khoa học và công nghệ tỉnh giải ngân", Q3),
    fig("cho 7 dự án", "7", 7, "count", "dự án", "dự án ươm tạo công nghệ được Quỹ giải ngân", Q3),
    fig("lên 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "tổng dư nợ của Quỹ Phát triển khoa học và công nghệ", Q3),
    fig("tổ chức 18 sự kiện", "18", 18, "count", "sự kiện", "sự kiện kết nối Trung tâm Đổi mới sáng tạo tổ chức",
        per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("khoảng 2.300 lượt người", "2.300", 2300, "count", "lượt người", "lượt người tham dự sự kiện kết nối",
        per("9 tháng năm 2024", "2024-01-01", "2024-09-30"), approx="about"),
    fig("; 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp gọi vốn thành công",
        per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("1,2 triệu USD", "1,2", 1.2e6, "money", "USD", "vốn doanh nghiệp khởi nghiệp gọi vốn thành công",
        per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("hỗ trợ 42 dự án", "42", 42, "count", "dự án", "dự án khởi nghiệp được hỗ trợ cả năm",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), change=chg("increase", 5, "%", "kế hoạch"),
        status="forecast"),
    fig("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        "doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
        per("quý IV/2024", "2024-10-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "UBND tỉnh Bắc Ninh, Số: 287/BC-UBND, Bắc Ninh ngày 08/10/2024: formal report, 9 months 2024; flattened '|' table",
    "(Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Thực hiện 9 tháng | Tỷ lệ (%)). Every numeric cell is a figure: plan cells target,",
    "result cells actual (no 'Ước' column), ratio cells percent figures (their period only from the title: inherited).",
    "The money row's unit 'triệu đồng' comes from the Đơn vị cell: 6.500 → 6,5·10⁹ đồng, 4.872,5 → 4 872 500 000 đồng.",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 112/KH-UBND ngày 15/01/2024, section numbers I./II./1./2., 'QUÝ IV/2024' heading, date line.",
    "'trong đó 21 …, 14 …' are parts of 58 (as of 30/9/2024). 'nâng tổng dư nợ lên 12,4 tỷ' is its own money figure.",
    "'Dự kiến … 42 dự án, vượt 5% kế hoạch' : forecast, the gap to plan is a change with baseline 'kế hoạch'.",
]

if __name__ == "__main__":
    emit("p594-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Ninh")
