"""p1246-6: national newspaper (VnExpress-style dateline): bí xanh prices in Hà Nội after typhoon Yagi; an exporter."""
from lib import fig, per, inh, year, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 10/10/2024, 06:00 (GMT+7)

Giá bí xanh tăng gấp đôi sau bão

Sau bão Yagi, giá bí xanh tại các chợ đầu mối Hà Nội lên 16.000-18.000 đồng/kg, gấp đôi tháng 8, nhiều tiểu thương phải giảm lượng nhập.

Tại chợ đầu mối nông sản Long Biên, bà Phạm Thị Hoa, người có 15 năm buôn bí, cho biết mỗi đêm sạp của bà chỉ nhập khoảng 2 tấn bí xanh, giảm khoảng 50% so với trước bão. "Bí loại một giá 18.000 đồng/kg, loại hai cũng 14.000 đồng/kg, khách lẻ mua ít hẳn", bà nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, bão lũ đã làm hư hỏng khoảng 1.300 ha rau màu của thành phố, trong đó có gần 400 ha bí xanh, bí đỏ ở các huyện Chương Mỹ, Mỹ Đức, Phúc Thọ. Lượng bí xanh về chợ Long Biên hiện chỉ 35-40 tấn mỗi đêm, trong khi bình thường khoảng 80 tấn.

Ông Trần Minh Khải, Giám đốc Công ty cổ phần Nông sản Xanh Việt ở Hà Nội, cho biết 9 tháng năm nay công ty xuất khẩu 420 tấn bí xanh sấy và trà bí đao sang Nhật Bản, Singapore, đạt 70% kế hoạch năm. Do thiếu nguyên liệu, giá thu mua bí xanh của công ty đã tăng từ 6.000 lên 11.000 đồng/kg; dự kiến quý IV công ty chỉ xuất được khoảng 90 tấn.

"Khi nguồn cung ổn định trở lại, giá bí sẽ giảm dần, có thể từ cuối tháng 11", ông Khải dự báo.

Ngọc Anh

12 bình luận
Chia sẻ | Lưu bài
"""

M9 = per("9 tháng năm nay", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("tăng gấp đôi sau", "đôi", 2, "multiple", "lần", subject="giá bí xanh"),
    fig("lên 16.000-18.000", "16.000", 16000, "money", "đồng/kg", value_max=18000,
        change=chg("increase", 2, "lần", "tháng 8"), subject="giá bí xanh tại các chợ đầu mối"),
    fig("có 15 năm", "15", 15, "measure", "năm", subject="thời gian buôn bí của bà Phạm Thị Hoa", optional=True),
    fig("khoảng 2 tấn", "2", 2, "measure", "tấn/đêm", approx="about",
        change=chg("decrease", 50, "%", "trước bão", approx="about"), subject="bí xanh sạp nhập mỗi đêm"),
    fig("giá 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", subject="giá bí xanh loại một"),
    fig("cũng 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", subject="giá bí xanh loại hai"),
    fig("khoảng 1.300 ha", "1.300", 1300, "measure", "ha", approx="about", subject="diện tích rau màu bị hư hỏng"),
    fig("gần 400 ha", "400", 400, "measure", "ha", approx="nearly", total=1300,
        subject="diện tích bí xanh, bí đỏ bị hư hỏng"),
    fig("chỉ 35-40 tấn", "35", 35, "measure", "tấn/đêm", value_max=40, subject="lượng bí xanh về chợ Long Biên"),
    fig("khoảng 80 tấn", "80", 80, "measure", "tấn/đêm", approx="about",
        subject="lượng bí xanh về chợ Long Biên bình thường"),
    fig("khẩu 420 tấn", "420", 420, "measure", "tấn", percent=70,
        subject="bí xanh sấy và trà bí đao công ty xuất khẩu", period=M9),
    fig("từ 6.000 lên", "6.000", 6000, "money", "đồng/kg", subject="giá thu mua bí xanh trước đây", optional=True),
    fig("lên 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", subject="giá thu mua bí xanh của công ty"),
    fig("khoảng 90 tấn", "90", 90, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng công ty xuất khẩu", period=Q4),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 10/10/2024, 06:00 (GMT+7)' (published), headline, sapo, quotes, byline, comment count.",
    "All figures are in Hà Nội (chợ Long Biên, the city's Sở NN&PTNT, a company in Hà Nội). Nhật Bản, Singapore are markets, not places.",
    "Headline 'tăng gấp đôi' stands alone → multiple 2 lần. Sapo '16.000-18.000 đồng/kg, gấp đôi tháng 8' → the range carries change 2 lần (baseline tháng 8).",
    "'mỗi đêm ... khoảng 2 tấn', '35-40 tấn mỗi đêm', 'bình thường khoảng 80 tấn' → tấn/đêm. 'giảm khoảng 50% so với trước bão' → change of the 2 tấn.",
    "'trong đó có gần 400 ha bí xanh, bí đỏ' → part of 'khoảng 1.300 ha' rau màu (the whole is named; bí is a kind of rau màu).",
    "'tăng từ 6.000 lên 11.000 đồng/kg': 11.000 is the figure; the old price 6.000 is optional. '15 năm buôn bí' (a person's career) is optional.",
    "'9 tháng năm nay' and 'quý IV' → 2024 (published; quý IV follows '9 tháng năm nay'). 'đạt 70% kế hoạch năm' → percent. 'dự kiến' → forecast.",
    "Distractors: '(GMT+7)', '06:00', 'tháng 8' (baseline), 'loại một', 'loại hai', 'cuối tháng 11', '12 bình luận', 'bão Yagi'.",
]

if __name__ == "__main__":
    write("p1246-6", TEXT, NOTES, FIGS, published="2024-10-10", location="Hà Nội")
