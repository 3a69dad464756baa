"""p1489-6: national newspaper: blenders and slow juicers sell fast in the hot season (May 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 15/6/2024, 09:12 (GMT+7)

Máy xay sinh tố, máy ép chậm bán chạy mùa nắng nóng

Doanh số máy xay sinh tố, máy ép trái cây tại nhiều chuỗi điện máy trên cả nước tăng 30-50% trong tháng 5, khi nắng nóng kéo dài ở miền Bắc và miền Trung.

Theo đại diện chuỗi Điện máy Sao Kim, trong tháng 5, hệ thống bán ra hơn 42.000 máy xay sinh tố, tăng 45% so với tháng 4; máy ép chậm bán được gần 9.000 chiếc, gấp đôi tháng trước. Khoảng 70% doanh số thuộc về nhóm máy xay có giá từ 500.000 đồng đến 1,5 triệu đồng. Chuỗi hiện có 186 cửa hàng tại 41 tỉnh, thành phố.

Trên các sàn thương mại điện tử, theo Công ty nghiên cứu thị trường DataViet, 5 tháng đầu năm, doanh thu ngành hàng gia dụng nhà bếp trên bốn sàn lớn đạt khoảng 3.150 tỷ đồng, tăng 38% so với cùng kỳ; riêng máy ép trái cây đạt 412 tỷ đồng. Giá bán trung bình một máy ép chậm trên sàn khoảng 1,9 triệu đồng, giảm 8%.

Chị Nguyễn Thu Hà, nhân viên văn phòng ở Hà Nội, vừa mua chiếc máy ép chậm giá 2,8 triệu đồng sau khi so sánh ba thương hiệu. "Máy chạy êm, ép được cả rau má, cần tây", chị nói.

Cục Cạnh tranh và Bảo vệ người tiêu dùng cho biết, 5 tháng đầu năm đã tiếp nhận 126 phản ánh liên quan đến đồ điện gia dụng, trong đó 41 trường hợp máy xay, máy ép bị cháy động cơ, rò điện trong thời gian bảo hành. Người tiêu dùng có thể phản ánh qua tổng đài 1800.6838.

Minh Châu
Ý kiến (8)
"""

M5 = per("tháng 5", "2024-05-01", "2024-05-31")
M5b = per("trong tháng 5", "2024-05-01", "2024-05-31")
F5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
HN = "Hà Nội"

FIGS = [
    fig("tăng 30-50%", "30", 30, "percent", "%", value_max=50,
        subject="doanh số máy xay sinh tố, máy ép trái cây tại nhiều chuỗi điện máy", period=M5),
    fig("hơn 42.000 máy", "42.000", 42000, "count", "máy xay sinh tố", approx="over",
        change=chg("increase", 45, "%", "tháng 4"),
        subject="máy xay sinh tố hệ thống bán ra", period=M5b),
    fig("gần 9.000 chiếc", "9.000", 9000, "count", "chiếc", approx="nearly",
        change=chg("increase", 2, "lần", "tháng trước"),
        subject="máy ép chậm bán được", period=M5b),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="doanh số thuộc về nhóm máy xay có giá từ 500.000 đồng đến 1,5 triệu đồng", period=inh(M5b)),
    fig("từ 500.000 đồng", "500.000", 500000, "money", "đồng", value_max=1.5e6,
        subject="giá nhóm máy xay", period=inh(M5b)),
    fig("có 186 cửa hàng", "186", 186, "count", "cửa hàng", subject="cửa hàng của chuỗi"),
    fig("tại 41 tỉnh", "41", 41, "count", "tỉnh, thành phố", subject="tỉnh, thành phố chuỗi có cửa hàng"),
    fig("trên bốn sàn", "bốn", 4, "count", "sàn", optional=True),
    fig("khoảng 3.150 tỷ", "3.150", 3150e9, "money", "đồng", approx="about",
        change=chg("increase", 38, "%", "cùng kỳ"),
        subject="doanh thu ngành hàng gia dụng nhà bếp trên bốn sàn lớn", period=F5),
    fig("đạt 412 tỷ", "412", 412e9, "money", "đồng", subject="doanh thu máy ép trái cây", period=F5),
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "money", "đồng", approx="about",
        change=chg("decrease", 8, "%"), subject="giá bán trung bình một máy ép chậm trên sàn", period=inh(F5)),
    fig("giá 2,8 triệu", "2,8", 2.8e6, "money", "đồng", subject="giá chiếc máy ép chậm chị Hà mua",
        location=HN),
    fig("so sánh ba thương hiệu", "ba", 3, "count", "thương hiệu", location=HN, optional=True),
    fig("nhận 126 phản ánh", "126", 126, "count", "phản ánh",
        subject="phản ánh liên quan đến đồ điện gia dụng", period=F5),
    fig("trong đó 41 trường hợp", "41", 41, "count", "trường hợp", total=126,
        subject="trường hợp máy xay, máy ép bị cháy động cơ, rò điện trong thời gian bảo hành", period=F5),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 15/6/2024, 09:12 (GMT+7)', sapo, quote, byline Minh Châu, comment counter 'Ý kiến (8)'.",
    "Distractors: 09:12, (GMT+7), 'Ý kiến (8)', hotline 1800.6838, 'tháng 4' / 'tháng trước' baselines.",
    "Year-less 'tháng 5', '5 tháng đầu năm' take 2024 from the dateline. The sapo's 'tăng 30-50%' is a growth rate as the claim (range, no change).",
    "'gấp đôi tháng trước' → change increase 2 lần ('đôi' = 2) on the 9.000 juicers.",
    "'Khoảng 70% doanh số thuộc về nhóm máy xay có giá từ 500.000 đồng đến 1,5 triệu đồng': the 70% is its own percent figure;",
    "the price band is a money range (value 500000, value_max 1,5 triệu), required: it states what the segment's blenders cost.",
    "'riêng máy ép trái cây đạt 412 tỷ đồng': 'riêng' is not a part-of cue in the spec: no total.",
    "'giảm 8%' after the average price → change with no stated baseline; the average platform price inherits '5 tháng đầu năm' (not scored).",
    "Location: Việt Nam (cả nước, national chains and platforms); the buyer's purchase is in Hà Nội.",
    "Optional: 'trên bốn sàn lớn' (names the group measured) and 'so sánh ba thương hiệu' (anecdote).",
]

if __name__ == "__main__":
    write("p1489-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Việt Nam")
