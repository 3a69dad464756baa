"""p1012-8: provincial newspaper online (Bà Rịa - Vũng Tàu), headline figure, '(BRVT) -' tag; Long Sơn commune."""
from lib import fig, period, inherit, change, write

TEXT = """BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ
Kinh tế › Nông nghiệp
Long Sơn thay hơn 46.000 phao xốp trong 6 tháng
19/07/2024 - 16:05

(BRVT) - 6 tháng đầu năm 2024, người nuôi hàu, cá lồng trên sông Chà Và, sông Dinh thuộc xã Long Sơn (TP Vũng Tàu) đã thay thế 46.300 quả phao xốp bằng phao nhựa HDPE, tăng 2,1 lần so với cùng kỳ năm 2023.

Toàn xã hiện có 1.086 hộ nuôi với 6.950 lồng bè, gồm 4.120 lồng nuôi hàu và 2.830 lồng nuôi cá. Đến nay, số lồng bè sử dụng phao HDPE đạt 3.480 lồng, chiếm hơn 50% tổng số lồng bè trên địa bàn.

Ông Nguyễn Văn Mười (ấp 3, xã Long Sơn) cho biết, phao HDPE loại 120 lít giá khoảng 220.000 đồng/quả, trong khi phao xốp cùng cỡ chỉ khoảng 55.000 đồng/quả. Gia đình ông có 36 lồng hàu, đã thay 420 quả phao với chi phí hơn 92 triệu đồng. "Phao xốp dùng chừng một năm là bể, hạt xốp trôi khắp sông", ông Mười nói.

Theo UBND TP Vũng Tàu, thành phố hỗ trợ 50% giá phao nhưng không quá 20 triệu đồng/hộ. Từ đầu năm đến nay, thành phố đã chi 2,35 tỷ đồng, đạt 47% kế hoạch năm, hỗ trợ 214 hộ nuôi. Mục tiêu đến cuối năm 2025, 100% lồng bè trên địa bàn xã Long Sơn sử dụng phao đạt chuẩn.

Để thu gom phao xốp cũ, xã bố trí điểm tập kết tại bến Đá, gần nút giao Quốc lộ 51, và yêu cầu các hộ không xả bỏ phao ra sông.

QUANG VŨ
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TDN = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-19")

F = [
    fig("hơn 46.000 phao xốp", "46.000", 46000, "count", "phao xốp", "phao xốp được thay thế",
        period("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    fig("thay thế 46.300 quả", "46.300", 46300, "count", "quả phao xốp", "phao xốp được thay thế bằng phao nhựa HDPE", H1,
        change=change("increase", 2.1, "lần", "cùng kỳ năm 2023")),
    fig("có 1.086 hộ", "1.086", 1086, "count", "hộ", "hộ nuôi"),
    fig("với 6.950 lồng bè", "6.950", 6950, "count", "lồng bè", "lồng bè nuôi"),
    fig("gồm 4.120 lồng", "4.120", 4120, "count", "lồng", "lồng nuôi hàu", total=6950),
    fig("và 2.830 lồng", "2.830", 2830, "count", "lồng", "lồng nuôi cá", total=6950),
    fig("đạt 3.480 lồng", "3.480", 3480, "count", "lồng", "lồng bè sử dụng phao HDPE", period("Đến nay", None, "2024-07-19"),
        percent=50),
    fig("loại 120 lít", "120", 120, "measure", "lít", "thể tích phao HDPE", optional=True),
    fig("khoảng 220.000 đồng/quả", "220.000", 220000, "money", "đồng/quả", "giá phao HDPE loại 120 lít", approx="about"),
    fig("khoảng 55.000 đồng/quả", "55.000", 55000, "money", "đồng/quả", "giá phao xốp", approx="about"),
    fig("có 36 lồng", "36", 36, "count", "lồng", "lồng hàu của gia đình ông Mười"),
    fig("thay 420 quả", "420", 420, "count", "quả phao", "phao gia đình ông Mười đã thay"),
    fig("hơn 92 triệu đồng", "92", 92e6, "money", "đồng", "chi phí thay phao của gia đình ông Mười", approx="over"),
    fig("chừng một năm", "một", 1, "measure", "năm", "thời gian sử dụng phao xốp", approx="about", optional=True),
    fig("hỗ trợ 50% giá phao", "50", 50, "percent", "%", "mức hỗ trợ giá phao"),
    fig("không quá 20 triệu đồng/hộ", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", approx="at_most"),
    fig("chi 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí hỗ trợ đã chi", TDN, percent=47),
    fig("hỗ trợ 214 hộ", "214", 214, "count", "hộ", "hộ nuôi được hỗ trợ", TDN),
    fig("2025, 100% lồng bè", "100", 100, "percent", "%", "lồng bè sử dụng phao đạt chuẩn",
        period("đến cuối năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Bà Rịa - Vũng Tàu), headline figure 'hơn 46.000 phao xốp trong 6 tháng', '(BRVT) -' tag:",
    "xã Long Sơn, TP Vũng Tàu → location Vũng Tàu (the city the commune lies in). Headline '6 tháng' has no year: 2024 (published).",
    "'gồm 4.120 … và 2.830' parts of 6.950 (sum). 'chiếm hơn 50%' → percent 50 of 3.480. 'đạt 47% kế hoạch năm' → percent of 2,35 tỷ.",
    "'dùng chừng một năm là bể' inside a farmer's quote is a loose lifetime remark: optional (measure 1 năm, about).",
    "'loại 120 lít' is the buoy type (optional). Distractors: 16:05, ấp 3, ông Nguyễn Văn Mười, Quốc lộ 51, (BRVT).",
]

write(8, TEXT, F, NOTES, published="2024-07-19", location="Vũng Tàu")
