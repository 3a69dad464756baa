"""p1473-1: province portal (Nam Định): new industrial sewing machines 9 months 2024, repair shops, a dealer in Nghĩa Hưng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, doanh nghiệp dệt may đầu tư gần 3.400 máy may mới

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp dệt may trên địa bàn tỉnh Nam Định đã mua sắm 3.380 máy may công nghiệp mới, tăng 18,6% so với cùng kỳ năm 2023, tổng giá trị ước đạt 142 tỷ đồng. Trong đó, máy may 1 kim điện tử 2.150 chiếc, máy vắt sổ 740 chiếc, máy chuyên dùng (thùa khuy, đính cúc, trần đè) 490 chiếc.

Toàn tỉnh hiện có 46 cơ sở kinh doanh, sửa chữa máy may, tập trung chủ yếu tại TP Nam Định (29 cơ sở) và huyện Ý Yên (8 cơ sở), sử dụng khoảng 320 lao động kỹ thuật. Thu nhập bình quân của thợ sửa máy may đạt 9,5 triệu đồng/người/tháng, thợ bậc cao từ 14 đến 18 triệu đồng/người/tháng.

Tại huyện Nghĩa Hưng, Công ty TNHH Máy may Thành Phát, đại lý cấp 1 của nhiều hãng máy may Nhật Bản, mỗi tháng cung ứng khoảng 250 máy cho các xưởng may trong và ngoài tỉnh. Từ đầu năm đến nay, công ty đã thực hiện hơn 1.800 lượt bảo trì, sửa chữa; doanh thu đạt 37,5 tỷ đồng, bằng 81% kế hoạch năm.

Quý IV, Sở Công Thương phấn đấu hỗ trợ thêm 12 cơ sở sửa chữa máy may tiếp cận chương trình khuyến công, dự kiến kinh phí khoảng 1,2 tỷ đồng. Mục tiêu đến năm 2025, 100% doanh nghiệp dệt may quy mô vừa và lớn sử dụng máy may điện tử tiết kiệm điện.

Tin liên quan:
- Nam Định: Khai mạc Hội chợ Công Thương vùng đồng bằng Bắc Bộ năm 2024
- Hội nghị đối thoại với doanh nghiệp quý III/2024
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
NH = "Nghĩa Hưng"

FIGS = [
    fig("gần 3.400 máy", "3.400", 3400, "count", "máy may", approx="nearly",
        subject="máy may mới doanh nghiệp dệt may đầu tư", period=NINE_H),
    fig("mua sắm 3.380 máy", "3.380", 3380, "count", "máy may",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="máy may công nghiệp mới các doanh nghiệp dệt may mua sắm", period=NINE),
    fig("ước đạt 142 tỷ", "142", 142e9, "money", "đồng", status="estimate",
        subject="tổng giá trị máy may công nghiệp mới mua sắm", period=NINE),
    fig("điện tử 2.150 chiếc", "2.150", 2150, "count", "chiếc", total=3380,
        subject="máy may 1 kim điện tử", period=inh(NINE)),
    fig("vắt sổ 740 chiếc", "740", 740, "count", "chiếc", total=3380,
        subject="máy vắt sổ", period=inh(NINE)),
    fig("đè) 490 chiếc", "490", 490, "count", "chiếc", total=3380,
        subject="máy chuyên dùng (thùa khuy, đính cúc, trần đè)", period=inh(NINE)),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở kinh doanh, sửa chữa máy may"),
    fig("(29 cơ sở)", "29", 29, "count", "cơ sở", subject="cơ sở kinh doanh, sửa chữa máy may",
        location="TP Nam Định"),
    fig("(8 cơ sở)", "8", 8, "count", "cơ sở", subject="cơ sở kinh doanh, sửa chữa máy may",
        location="Ý Yên"),
    fig("khoảng 320 lao động", "320", 320, "count", "lao động", approx="about",
        subject="lao động kỹ thuật các cơ sở kinh doanh, sửa chữa máy may sử dụng"),
    fig("đạt 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của thợ sửa máy may"),
    fig("từ 14 đến 18 triệu", "14", 14e6, "money", "đồng/người/tháng", value_max=18e6,
        subject="thu nhập thợ sửa máy may bậc cao"),
    fig("khoảng 250 máy", "250", 250, "measure", "máy/tháng", approx="about",
        subject="máy Công ty TNHH Máy may Thành Phát cung ứng mỗi tháng", location=NH),
    fig("hơn 1.800 lượt", "1.800", 1800, "count", "lượt", approx="over",
        subject="lượt bảo trì, sửa chữa công ty thực hiện", period=YTD, location=NH),
    fig("đạt 37,5 tỷ", "37,5", 37.5e9, "money", "đồng", percent=81,
        subject="doanh thu của công ty", period=YTD, location=NH),
    fig("thêm 12 cơ sở", "12", 12, "count", "cơ sở", status="target",
        subject="cơ sở sửa chữa máy may được hỗ trợ tiếp cận chương trình khuyến công", period=Q4),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ cơ sở sửa chữa máy may", period=Q4),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp dệt may quy mô vừa và lớn sử dụng máy may điện tử tiết kiệm điện", period=TO25),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.286', related links.",
    "Distractors: 08:45, Lượt xem 1.286, 'máy may 1 kim' (product name), 'đại lý cấp 1', 'năm 2024' and 'quý III/2024' in link titles.",
    "The three parts after 'Trong đó' take the whole 3.380 (counted in chiếc); the whole is actual, so they stay actual although",
    "the next figure of the sentence (142 tỷ) is 'ước đạt'. 'TP Nam Định (29 cơ sở) và huyện Ý Yên (8 cơ sở)' do not add up to 46",
    "and follow 'tập trung chủ yếu tại', no cue: no total. 'mỗi tháng cung ứng khoảng 250 máy' is a monthly rate (máy/tháng).",
    "'Từ đầu năm đến nay' ends at the dateline. 'Quý IV' takes 2024. 'bằng 81% kế hoạch năm' is the percent of 37,5 tỷ.",
    "'dự kiến kinh phí' → forecast; 'Mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1473-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Nam Định")
