"""p1567-7: news agency (VietnamPlus / TTXVN): Hải Phòng slipper makers hiring for Q4 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """VIETNAMPLUS
Kinh tế | Doanh nghiệp | Lao động - Việc làm

Hải Phòng: Doanh nghiệp sản xuất dép cần tuyển 2.200 lao động trong quý IV

Thứ Năm, 03/10/2024 - 16:22

Hải Phòng (TTXVN) - Đơn hàng dép lê, dép tông xuất khẩu phục hồi khiến nhiều doanh nghiệp da giày tại Hải Phòng tăng ca và tuyển thêm công nhân dịp cuối năm.

Theo Sở Lao động - Thương binh và Xã hội Hải Phòng, tính đến ngày 30/9/2024, ngành da giày thành phố có 96 doanh nghiệp, sử dụng hơn 112.000 lao động. Trong quý IV, các doanh nghiệp này cần tuyển khoảng 6.500 lao động, trong đó nhóm sản xuất dép cần khoảng 2.200 người.

9 tháng đầu năm 2024, xuất khẩu giày dép của thành phố đạt 3,05 tỷ USD, tăng 12,4% so với cùng kỳ năm 2023, xếp thứ 4 cả nước sau Bình Dương, Đồng Nai và TP Hồ Chí Minh.

Tại Công ty TNHH Dép Hải Âu (Khu công nghiệp Nomura, huyện An Dương), ba dây chuyền ép dép xốp chạy liên tục cả ngày đêm. Mỗi tháng công ty xuất xưởng khoảng 1,8 triệu đôi dép lê, dép tông. Trong 9 tháng, doanh thu của công ty đạt 46 triệu USD, bằng 78% kế hoạch năm. Công ty đang tuyển thêm 400 công nhân, thu nhập bình quân từ 8,5 đến 10 triệu đồng/người/tháng.

Ông Phạm Đức Long, Giám đốc nhân sự công ty, cho biết đơn hàng đã kín đến hết quý I/2025; từ ngày 1/1/2025, công ty dự kiến tăng lương cơ bản thêm 6%.

Tin cùng chuyên mục:
- Hải Phòng: Khánh thành cầu Nguyễn Trãi
- Quảng Ninh: Hội chợ OCOP lần thứ 6
"""

Q4H = period("trong quý IV", "2024-10-01", "2024-12-31")
Q4 = period("Trong quý IV", "2024-10-01", "2024-12-31")
ASOF = period("tính đến ngày 30/9/2024", None, "2024-09-30")
N9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9S = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
AD = "An Dương"

FIGS = [
    F("tuyển 2.200 lao động", "2.200", 2200, "count", "lao động",
      subject="lao động doanh nghiệp sản xuất dép cần tuyển", period=Q4H),
    F("có 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", subject="doanh nghiệp ngành da giày", period=ASOF),
    F("hơn 112.000 lao động", "112.000", 112000, "count", "lao động", approx="over",
      subject="lao động ngành da giày sử dụng", period=ASOF),
    F("khoảng 6.500 lao động", "6.500", 6500, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp da giày cần tuyển", period=Q4),
    F("khoảng 2.200 người", "2.200", 2200, "count", "người", approx="about", total=6500,
      subject="lao động nhóm sản xuất dép cần tuyển", period=Q4),
    F("đạt 3,05 tỷ", "3,05", 3.05e9, "money", "USD",
      change=change("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="xuất khẩu giày dép của thành phố", period=N9),
    F("xếp thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu giày dép", period=N9),
    F("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền ép dép xốp", location=AD),
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "measure", "đôi/tháng", approx="about",
      subject="dép lê, dép tông công ty xuất xưởng mỗi tháng", location=AD),
    F("đạt 46 triệu", "46", 46e6, "money", "USD", percent=78,
      subject="doanh thu của công ty", period=N9S, location=AD),
    F("thêm 400 công nhân", "400", 400, "count", "công nhân", subject="công nhân công ty đang tuyển thêm",
      location=AD),
    F("từ 8,5 đến 10 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập bình quân công nhân", location=AD),
    F("thêm 6%", "6", 6, "percent", "%", status="forecast", subject="lương cơ bản", location=AD),
]

NOTES = [
    "News agency (VietnamPlus, TTXVN): menu, headline with a figure, 'Thứ Năm, 03/10/2024 - 16:22' (published),",
    "'Hải Phòng (TTXVN) -' lead, related links. Company and people are invented; KCN Nomura and huyện An Dương are real.",
    "Distractors: 16:22, '30/9/2024' (an as-of date), 'quý I/2025', 'ngày 1/1/2025', 'cầu Nguyễn Trãi', 'lần thứ 6'.",
    "City figures → Hải Phòng; the company in huyện An Dương → An Dương for its passage (5 figures and the quote).",
    "Headline 'cần tuyển 2.200 lao động trong quý IV' → own figure; year-less 'quý IV' takes 2024 (published).",
    "'cần tuyển khoảng 6.500 lao động, trong đó nhóm sản xuất dép cần khoảng 2.200 người' → total 6.500; period 'Trong quý IV'",
    "of the same sentence, year of the earlier as-of date. 'tính đến ngày 30/9/2024' → as-of (start null).",
    "'xếp thứ 4 cả nước' continues the export clause: rank of the city's footwear exports, location Hải Phòng, period 9 months.",
    "'Mỗi tháng ... khoảng 1,8 triệu đôi' is a rate (đôi/tháng). 'bằng 78% kế hoạch năm' → percent attribute of 46 triệu USD.",
    "'dự kiến tăng lương cơ bản thêm 6%' → forecast growth rate as the claim; 'từ ngày 1/1/2025' is an effective date, not a period.",
]

if __name__ == "__main__":
    write("p1567-7", TEXT, NOTES, FIGS, published="2024-10-03", location="Hải Phòng")
