"""p1462-2: district portal (huyện Đức Hòa, Long An): a scaffolding maker's 2023 results and 2024 plan."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Kinh tế

Doanh nghiệp giàn giáo tăng tốc ngay từ đầu năm
15/03/2024 - 08:40

Những ngày này, tại xưởng của Công ty cổ phần Giàn giáo Tân Phú Long trong Khu công nghiệp Đức Hòa 1 (xã Đức Hòa Hạ), gần ba chục công nhân làm việc liên tục để kịp giao giàn giáo nêm, giàn giáo khung cho các công trình ở TP Hồ Chí Minh.

Năm 2023, công ty sản xuất 4.850 tấn giàn giáo và cốp pha thép, tăng 12% so với năm 2022; doanh thu đạt 132 tỷ đồng, vượt 10% kế hoạch; nộp ngân sách hơn 6 tỷ đồng. Công ty hiện có 146 lao động (118 lao động trực tiếp, 28 lao động gián tiếp), thu nhập bình quân 8,5 triệu đồng/người/tháng.

Ông Trần Văn Lộc, Giám đốc công ty cho biết, 2 tháng đầu năm 2024, công ty đã ký hợp đồng cung cấp khoảng 900 tấn giàn giáo, bằng 18% kế hoạch năm. Năm 2024, công ty phấn đấu đạt sản lượng 5.000 tấn, doanh thu 140 tỷ đồng; dự kiến tuyển thêm từ 20 đến 25 lao động. Giá cho thuê giàn giáo khung hiện khoảng 1.200 đồng/bộ/ngày.

Theo Phòng Kinh tế và Hạ tầng huyện, trên địa bàn có 9 doanh nghiệp sản xuất thang nhôm, giàn giáo, gồm 6 doanh nghiệp giàn giáo và 3 doanh nghiệp thang nhôm, sử dụng khoảng 1.100 lao động. Huyện phấn đấu đến năm 2025 có thêm ít nhất 2 doanh nghiệp cơ khí phụ trợ đầu tư vào lĩnh vực này.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện Đức Hòa

Tin khác:
- Ra quân thu gom rác thải ven Tỉnh lộ 825
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12

Địa chỉ: Số 18, đường Nguyễn Văn Trỗi, thị trấn Hậu Nghĩa, huyện Đức Hòa. Điện thoại: 0272.3850.213
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần ba chục", "ba chục", 30, "count", "công nhân", approx="nearly",
        subject="công nhân làm việc liên tục"),
    fig("sản xuất 4.850 tấn", "4.850", 4850, "measure", "tấn",
        change=chg("increase", 12, "%", "năm 2022"),
        subject="giàn giáo và cốp pha thép công ty sản xuất", period=Y23),
    fig("đạt 132 tỷ", "132", 132e9, "money", "đồng",
        change=chg("increase", 10, "%", "kế hoạch"), subject="doanh thu", period=Y23),
    fig("hơn 6 tỷ", "6", 6e9, "money", "đồng", approx="over", subject="nộp ngân sách", period=Y23),
    fig("có 146 lao động", "146", 146, "count", "lao động", subject="lao động của công ty"),
    fig("(118 lao động", "118", 118, "count", "lao động", total=146, subject="lao động trực tiếp"),
    fig("28 lao động gián tiếp", "28", 28, "count", "lao động", total=146, subject="lao động gián tiếp"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 900 tấn", "900", 900, "measure", "tấn", approx="about", percent=18,
        subject="giàn giáo công ty đã ký hợp đồng cung cấp", period=M2),
    fig("sản lượng 5.000 tấn", "5.000", 5000, "measure", "tấn", status="target",
        subject="sản lượng", period=Y24),
    fig("doanh thu 140 tỷ", "140", 140e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("từ 20 đến 25", "20", 20, "count", "lao động", value_max=25, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("khoảng 1.200 đồng", "1.200", 1200, "money", "đồng/bộ/ngày", approx="about",
        subject="giá cho thuê giàn giáo khung"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thang nhôm, giàn giáo"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp giàn giáo"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp thang nhôm"),
    fig("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp cơ khí phụ trợ đầu tư vào lĩnh vực này", period=T25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner names the district; '15/03/2024 - 08:40' under the headline; 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Khu công nghiệp Đức Hòa 1', 'Tỉnh lộ 825', 'lần thứ 12', 'Số 18', phone 0272.3850.213, 08:40.",
    "'gần ba chục công nhân' = nearly 30 (number word 'ba chục').",
    "'vượt 10% kế hoạch' is a gap to plan: change increase 10 %, baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "Bracketed breakdown '(118 lao động trực tiếp, 28 lao động gián tiếp)' adds up to 146: total 146. 'gồm 6 ... và 3 ...' → total 9.",
    "'bằng 18% kế hoạch năm' → percent 18 of the 900 tấn. 'phấn đấu' → target; 'dự kiến tuyển thêm từ 20 đến 25' → forecast.",
    "Location: the district for everything (KCN Đức Hòa 1 is in the district); 'công trình ở TP Hồ Chí Minh' is the customer, not the place.",
    "'Giá cho thuê ... hiện khoảng 1.200 đồng/bộ/ngày': rate unit keeps both denominators; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1462-2", TEXT, NOTES, FIGS, published="2024-03-15", location="Đức Hòa")
