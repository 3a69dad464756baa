"""p1454-5: provincial Party newspaper (Báo Long An): a rice-cooker maker in huyện Đức Hòa."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế | Doanh nghiệp

Nồi cơm điện "made in Long An" vươn ra thị trường

Cập nhật lúc 15:12, Thứ Tư, 17/07/2024

Từ một xưởng lắp ráp nhỏ, sau 8 năm, Công ty TNHH Gia dụng Phước An đã trở thành một trong những nhà sản xuất nồi cơm điện lớn của khu vực phía Nam, mỗi năm cung ứng hàng trăm nghìn sản phẩm.

(BLA) - Công ty TNHH Gia dụng Phước An đặt nhà máy tại Khu công nghiệp Đức Hòa 1, huyện Đức Hòa. 6 tháng đầu năm 2024, công ty sản xuất 236.000 nồi cơm điện và 58.000 bếp hồng ngoại, tổng doanh thu đạt 142 tỷ đồng, tăng 23% so với cùng kỳ năm 2023. Trong đó, doanh thu xuất khẩu sang Campuchia và Lào đạt 44 tỷ đồng, chiếm 31%.

Ông Lê Văn Phước, Giám đốc công ty cho biết, nhà máy hiện có 2 dây chuyền tự động, công suất mỗi dây chuyền 1.200 sản phẩm/ca. Công ty sử dụng 185 công nhân, phần lớn là người địa phương, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Sản phẩm chủ lực là nồi cơm điện nắp gài PA-18 dung tích 1,8 lít, giá bán lẻ khoảng 450.000 đồng/chiếc, rẻ hơn khoảng 30% so với hàng nhập khẩu cùng loại. Năm nay, Phước An dự kiến nâng sản lượng nồi cơm điện lên 500.000 chiếc và ra mắt 3 mẫu nồi cơm điện tử.

Theo Sở Công Thương, toàn tỉnh Long An hiện có 6 doanh nghiệp sản xuất đồ điện gia dụng, trong đó 4 doanh nghiệp đặt tại huyện Đức Hòa và huyện Bến Lức. Tỉnh đang hỗ trợ các doanh nghiệp tham gia Chương trình Thương hiệu quốc gia, phấn đấu đến năm 2025 có ít nhất 2 sản phẩm gia dụng đạt chứng nhận.

MINH THƯ

Tin cùng chuyên mục:
- Long An: Khai mạc Hội chợ Thương mại - Dịch vụ năm 2024
- Doanh nghiệp Bến Lức đẩy mạnh xuất khẩu sang thị trường ASEAN
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NAMNAY = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("sau 8 năm", "8", 8, "measure", "năm", subject="thời gian phát triển của Công ty TNHH Gia dụng Phước An",
        location=DH, optional=True),
    fig("hàng trăm nghìn sản phẩm", "trăm", 1e5, "count", "sản phẩm", approx="about",
        subject="sản phẩm công ty cung ứng mỗi năm", location=DH, optional=True),
    fig("xuất 236.000 nồi", "236.000", 236000, "count", "nồi cơm điện",
        subject="nồi cơm điện công ty sản xuất", period=H1, location=DH),
    fig("và 58.000 bếp", "58.000", 58000, "count", "bếp hồng ngoại",
        subject="bếp hồng ngoại công ty sản xuất", period=H1, location=DH),
    fig("đạt 142 tỷ", "142", 142e9, "money", "đồng", change=chg("increase", 23, "%", "cùng kỳ năm 2023"),
        subject="tổng doanh thu của công ty", period=H1, location=DH),
    fig("đạt 44 tỷ", "44", 44e9, "money", "đồng", total=142e9, percent=31,
        subject="doanh thu xuất khẩu sang Campuchia và Lào", period=inh(H1), location=DH),
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền tự động của nhà máy",
        location=DH),
    fig("chuyền 1.200 sản phẩm", "1.200", 1200, "measure", "sản phẩm/ca",
        subject="công suất mỗi dây chuyền", location=DH),
    fig("dụng 185 công nhân", "185", 185, "count", "công nhân", subject="công nhân công ty sử dụng",
        location=DH),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của công nhân", location=DH),
    fig("dung tích 1,8 lít", "1,8", 1.8, "measure", "lít",
        subject="dung tích nồi cơm điện nắp gài", location=DH),
    fig("khoảng 450.000 đồng", "450.000", 450000, "money", "đồng/chiếc", approx="about",
        change=chg("decrease", 30, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán lẻ nồi cơm điện nắp gài", location=DH),
    fig("lên 500.000 chiếc", "500.000", 500000, "count", "chiếc", status="forecast",
        subject="sản lượng nồi cơm điện của Phước An", period=NAMNAY, location=DH),
    fig("mắt 3 mẫu", "3", 3, "count", "mẫu", status="forecast",
        subject="mẫu nồi cơm điện tử ra mắt", period=NAMNAY, location=DH),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ điện gia dụng"),
    fig("đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6,
        subject="doanh nghiệp đặt tại huyện Đức Hòa và huyện Bến Lức"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm gia dụng đạt chứng nhận Thương hiệu quốc gia", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Long An): 'Cập nhật lúc 15:12, Thứ Tư, 17/07/2024', sapo, tag '(BLA) -', byline 'MINH THƯ', related links.",
    "Distractors: 15:12, 'Khu công nghiệp Đức Hòa 1', model name 'PA-18', '\"made in Long An\"', 'năm 2024' in a link.",
    "Optional: 'sau 8 năm' (the firm's age, a duration that mostly places the story in time) and the vague 'hàng trăm nghìn sản phẩm' (number words, value 10^5 about).",
    "The Phước An passage is placed in huyện Đức Hòa; the province's count of makers (6) is Long An; '4 doanh nghiệp đặt tại huyện Đức Hòa và huyện Bến Lức' names two districts, so it stays Long An.",
    "'Trong đó, doanh thu xuất khẩu ... đạt 44 tỷ đồng, chiếm 31%' → total 142 tỷ, percent 31; period inherited.",
    "'dung tích 1,8 lít' is a stated product fact (required). 'rẻ hơn khoảng 30% so với hàng nhập khẩu' is a change (decrease) of the price.",
    "'Năm nay ... dự kiến nâng ... lên 500.000 chiếc và ra mắt 3 mẫu' → forecast, year of published (2024). 'phấn đấu đến năm 2025 có ít nhất 2 sản phẩm' → target.",
]

if __name__ == "__main__":
    write("p1454-5", TEXT, NOTES, FIGS, published="2024-07-17", location="Long An")
