"""p1492-7: news agency (TTXVN): a suitcase factory breaks ground in huyện Đức Hòa, Long An; FDI of the province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Long An: Khởi công nhà máy sản xuất vali vốn 45 triệu USD

Thứ Sáu, 15/11/2024 10:22 GMT+7 | Kinh tế

Long An (TTXVN) - Ngày 15/11, tại Khu công nghiệp Tân Đức, huyện Đức Hòa, Công ty TNHH Hành lý Quốc tế Sao Phương Nam khởi công xây dựng nhà máy sản xuất vali, túi du lịch với tổng vốn đầu tư 45 triệu USD (tương đương khoảng 1.140 tỷ đồng).

Nhà máy được xây dựng trên diện tích 6,8 ha, chia làm 2 giai đoạn. Giai đoạn 1 có công suất thiết kế 1,2 triệu vali/năm; giai đoạn 2 dự kiến nâng công suất lên 2,5 triệu sản phẩm/năm vào năm 2027. Khi đi vào hoạt động ổn định, nhà máy dự kiến tạo việc làm cho khoảng 2.500 lao động, doanh thu xuất khẩu từ 80 đến 100 triệu USD/năm.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh Long An cho biết, 10 tháng năm 2024, tỉnh thu hút 42 dự án FDI với tổng vốn đăng ký hơn 680 triệu USD, bằng 113% kế hoạch năm. Trong đó, lĩnh vực dệt may, da giày, túi xách có 9 dự án, vốn đăng ký 156 triệu USD.

Hiện trên địa bàn tỉnh có 1.216 dự án FDI còn hiệu lực. Năm 2023, kim ngạch xuất khẩu túi xách, vali, mũ, ô dù của tỉnh đạt 318 triệu USD, đứng thứ 5 cả nước.

Hoàng Nhân (TTXVN)

Tin liên quan:
- Long An công bố Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050
- Khánh thành cầu Long Hậu 3
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y27 = per("vào năm 2027", "2027-01-01", "2027-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
DH = "Đức Hòa"
FDI = 680e6

FIGS = [
    fig("vali vốn 45 triệu", "45", 45e6, "money", "USD", subject="vốn nhà máy sản xuất vali", location="Long An"),
    fig("đầu tư 45 triệu", "45", 45e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy sản xuất vali, túi du lịch", location=DH),
    fig("khoảng 1.140 tỷ", "1.140", 1140e9, "money", "đồng", approx="about", optional=True, location=DH),
    fig("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích nhà máy", location=DH),
    fig("chia làm 2 giai đoạn", "2", 2, "count", "giai đoạn", optional=True, location=DH),
    fig("thiết kế 1,2 triệu", "1,2", 1.2e6, "measure", "vali/năm", subject="công suất thiết kế giai đoạn 1",
        location=DH),
    fig("lên 2,5 triệu", "2,5", 2.5e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất giai đoạn 2", period=Y27, location=DH),
    fig("khoảng 2.500 lao động", "2.500", 2500, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy tạo việc làm", location=DH),
    fig("từ 80 đến 100 triệu", "80", 80e6, "money", "USD/năm", value_max=100e6, status="forecast",
        subject="doanh thu xuất khẩu", location=DH),
    fig("thu hút 42 dự án", "42", 42, "count", "dự án", subject="dự án FDI tỉnh thu hút", period=M10),
    fig("hơn 680 triệu", "680", FDI, "money", "USD", approx="over", percent=113,
        subject="tổng vốn đăng ký", period=M10),
    fig("có 9 dự án", "9", 9, "count", "dự án", total=42,
        subject="dự án lĩnh vực dệt may, da giày, túi xách", period=inh(M10)),
    fig("đăng ký 156 triệu", "156", 156e6, "money", "USD", total=FDI,
        subject="vốn đăng ký lĩnh vực dệt may, da giày, túi xách", period=inh(M10)),
    fig("có 1.216 dự án", "1.216", 1216, "count", "dự án", subject="dự án FDI còn hiệu lực"),
    fig("đạt 318 triệu", "318", 318e6, "money", "USD",
        subject="kim ngạch xuất khẩu túi xách, vali, mũ, ô dù của tỉnh", period=Y23),
    fig("đứng thứ 5", "5", 5, "rank", "hạng",
        subject="kim ngạch xuất khẩu túi xách, vali, mũ, ô dù của tỉnh", period=Y23),
]

NOTES = [
    "News agency (TTXVN): headline first, 'Thứ Sáu, 15/11/2024 10:22 GMT+7 | Kinh tế', 'Long An (TTXVN) -', byline, related links.",
    "Distractors: 10:22, 'GMT+7', 'Ngày 15/11' (a date), 'Giai đoạn 1'/'giai đoạn 2' (names), 'thời kỳ 2021-2030', 'năm 2050',",
    "'cầu Long Hậu 3' (a name), baseline-free years.",
    "Headline '45 triệu USD' and body '45 triệu USD' are two mentions, two figures; the headline names only Long An, so it is",
    "located in Long An; the factory passage in huyện Đức Hòa gets Đức Hòa. The bracketed 'tương đương khoảng 1.140 tỷ đồng' restates",
    "the same amount in đồng: optional. 'chia làm 2 giai đoạn' counts the project's phases (structure): optional.",
    "Design capacity of phase 1 is stated as a fact (actual, no period); 'giai đoạn 2 dự kiến ... vào năm 2027' → forecast, 2027.",
    "'dự kiến tạo việc làm ..., doanh thu ...' → forecast for both clauses; 'USD/năm' keeps its denominator.",
    "'10 tháng năm 2024' → 2024-01-01..2024-10-31; 'bằng 113% kế hoạch năm' → percent attribute; 'Trong đó' (after a sentence break)",
    "→ 9 dự án of 42 and 156 triệu of 680 triệu. 'đứng thứ 5 cả nước' → rank of the province (location Long An), period 2023.",
]

if __name__ == "__main__":
    write("p1492-7", TEXT, NOTES, FIGS, published="2024-11-15", location="Long An")
