"""p1378-4: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): a printing company, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang > Kinh tế > Doanh nghiệp

Công ty In Xương Giang: Doanh thu 9 tháng tăng hơn 8%

Thứ Hai, 07/10/2024 - 08:12

Đầu tư đổi mới thiết bị, mở rộng sang in bao bì giúp doanh nghiệp in của tỉnh duy trì tăng trưởng dù đơn hàng in báo, sách giảm.

(BGĐT) - 9 tháng năm 2024, Công ty cổ phần In Xương Giang in được khoảng 1,85 tỷ trang in quy đổi, tăng 6,1% so với cùng kỳ; nộp ngân sách ước đạt 3,1 tỷ đồng; doanh thu đạt 68,4 tỷ đồng, tăng 8,3%, bằng 76% kế hoạch năm. Trong cơ cấu doanh thu, mảng in bao bì, nhãn mác chiếm 54%, in báo và tạp chí chỉ còn khoảng 12%.

Hiện công ty in 5 đầu báo, tạp chí, trong đó có Báo Bắc Giang phát hành 3 kỳ/tuần với số lượng bình quân 5.600 tờ/kỳ. Năm 2023, công ty đầu tư 2 máy in offset 4 màu Heidelberg Speedmaster SM 74 với tổng giá trị hơn 11 tỷ đồng, nâng tốc độ in lên 15.000 tờ/giờ, gấp đôi dây chuyền cũ.

Công ty có 126 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng, tăng khoảng 700.000 đồng so với năm 2023.

Theo Sở Thông tin và Truyền thông, toàn tỉnh có 41 cơ sở in được cấp phép, gồm 12 doanh nghiệp và 29 hộ kinh doanh; tổng doanh thu ngành in năm 2023 đạt khoảng 420 tỷ đồng. Công ty In Xương Giang đứng thứ 2 về doanh thu, sau một doanh nghiệp in bao bì tại Khu công nghiệp Song Khê - Nội Hoàng.

Năm 2024, công ty phấn đấu doanh thu đạt 90 tỷ đồng và dự kiến tuyển thêm 15 lao động khi mở rộng xưởng ở đường Lê Lợi, phường Hoàng Văn Thụ.

Ngọc Mai

Tin cùng chuyên mục:
- Bắc Giang: Hội báo Xuân Giáp Thìn 2024 thu hút đông đảo bạn đọc
"""

M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty cổ phần In Xương Giang"

FIGS = [
    fig("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
        subject="doanh thu Công ty In Xương Giang", period=M9h),
    fig("khoảng 1,85 tỷ", "1,85", 1.85e9, "count", "trang in", approx="about",
        change=chg("increase", 6.1, "%", "cùng kỳ"),
        subject="trang in quy đổi Công ty cổ phần In Xương Giang in được", period=M9),
    fig("ước đạt 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", status="estimate",
        subject="nộp ngân sách", period=M9),
    fig("đạt 68,4 tỷ", "68,4", 68.4e9, "money", "đồng", percent=76, change=chg("increase", 8.3, "%"),
        subject="doanh thu", period=M9),
    fig("chiếm 54%", "54", 54, "percent", "%",
        subject="mảng in bao bì, nhãn mác trong cơ cấu doanh thu", period=inh(M9)),
    fig("còn khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="in báo và tạp chí trong cơ cấu doanh thu", period=inh(M9)),
    fig("in 5 đầu báo", "5", 5, "count", "đầu báo, tạp chí", subject="đầu báo, tạp chí công ty in"),
    fig("3 kỳ/tuần", "3", 3, "measure", "kỳ/tuần", subject="kỳ phát hành Báo Bắc Giang"),
    fig("bình quân 5.600 tờ/kỳ", "5.600", 5600, "measure", "tờ/kỳ",
        subject="số lượng phát hành bình quân Báo Bắc Giang"),
    fig("tư 2 máy", "2", 2, "count", "máy in", subject="máy in offset công ty đầu tư", period=Y23),
    fig("hơn 11 tỷ", "11", 11e9, "money", "đồng", approx="over", subject="tổng giá trị máy in đầu tư", period=Y23),
    fig("lên 15.000 tờ/giờ", "15.000", 15000, "measure", "tờ/giờ",
        change=chg("increase", 2, "lần", "dây chuyền cũ"), subject="tốc độ in", period=Y23),
    fig("có 126 lao động", "126", 126, "count", "lao động", subject="lao động của công ty"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 700000, "đồng", "năm 2023", approx="about"),
        subject="thu nhập bình quân lao động công ty"),
    fig("có 41 cơ sở", "41", 41, "count", "cơ sở in", subject="cơ sở in được cấp phép"),
    fig("gồm 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=41, subject="doanh nghiệp in được cấp phép"),
    fig("và 29 hộ", "29", 29, "count", "hộ kinh doanh", total=41, subject="hộ kinh doanh in được cấp phép"),
    fig("khoảng 420 tỷ", "420", 420e9, "money", "đồng", approx="about",
        subject="tổng doanh thu ngành in", period=Y23b),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="doanh thu Công ty In Xương Giang trong ngành in của tỉnh",
        period=inh(Y23b)),
    fig("đạt 90 tỷ", "90", 90e9, "money", "đồng", status="target", subject="doanh thu công ty", period=Y24),
    fig("thêm 15 lao động", "15", 15, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): breadcrumb, headline figure, 'Thứ Hai, 07/10/2024 - 08:12', sapo, tag '(BGĐT) -', byline, related link.",
    "Distractors: 08:12, 'máy in offset 4 màu' (a machine type), 'Heidelberg Speedmaster SM 74' (product name), 'Song Khê - Nội Hoàng',",
    "'đường Lê Lợi, phường Hoàng Văn Thụ', 'Giáp Thìn 2024' in a link.",
    "Headline 'Doanh thu 9 tháng tăng hơn 8%' → percent figure (growth as the claim), over; '9 tháng' takes 2024 from the dateline.",
    "'nộp ngân sách ước đạt' is its own ';' clause → estimate; 'doanh thu đạt ...' after the next ';' is actual; 'bằng 76% kế hoạch năm' → percent attribute.",
    "'Trong cơ cấu doanh thu, ... chiếm 54%, ... khoảng 12%' → percent figures of their own; period inherited from the previous sentence.",
    "'3 kỳ/tuần', '5.600 tờ/kỳ', '15.000 tờ/giờ' are rates (measure). 'gấp đôi dây chuyền cũ' → change ×2 (lần), 'đôi' = 2.",
    "'Năm 2023' stands in the investment sentence and gives its period to 2 máy, hơn 11 tỷ and the new speed.",
    "'41 cơ sở in ..., gồm 12 doanh nghiệp và 29 hộ kinh doanh' → total 41. Rank 'đứng thứ 2 về doanh thu': period 2023 inherited.",
    "'Năm 2024, công ty phấn đấu ... và dự kiến tuyển thêm 15 lao động' → 90 tỷ target, 15 forecast (own cue).",
]

if __name__ == "__main__":
    write("p1378-4", TEXT, NOTES, FIGS, published="2024-10-07", location="Bắc Giang")
