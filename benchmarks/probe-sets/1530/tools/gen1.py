"""p1530-1: province portal (Long An): food-contact packaging 9 months 2024, a cling-film plant in Đức Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bao bì tiếp xúc thực phẩm 9 tháng tăng hơn 11%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất nhóm sản phẩm bao bì tiếp xúc thực phẩm (màng bọc thực phẩm, giấy bạc nhôm, túi zip) trên địa bàn tỉnh ước đạt 4.820 tỷ đồng, tăng 11,6% so với cùng kỳ năm 2023, bằng 76,3% kế hoạch năm. Trong đó, màng bọc thực phẩm 2.150 tỷ đồng, giấy bạc nhôm 1.470 tỷ đồng, túi zip và túi hút chân không 1.200 tỷ đồng.

Từ đầu năm đến nay, tỉnh thu hút thêm 3 dự án sản xuất bao bì thực phẩm với tổng vốn đăng ký hơn 62 triệu USD, nâng tổng số dự án trong lĩnh vực này lên 27 dự án.

Tại Khu công nghiệp Tân Đức, huyện Đức Hòa, Công ty TNHH Màng bọc Hưng Phát mỗi tháng sản xuất khoảng 1.800 tấn màng bọc PE, trong đó gần 60% xuất khẩu sang Nhật Bản, Hàn Quốc và Úc. Dòng sản phẩm HP-Wrap 300 của công ty hiện được hơn 1.500 bếp ăn, nhà hàng và cơ sở chế biến thực phẩm sử dụng. Công ty đang lắp đặt thêm hai dây chuyền thổi màng; khi hoàn thành, công suất nhà máy dự kiến nâng lên 25.000 tấn/năm.

Giá màng bọc PE xuất xưởng hiện từ 42.000 đến 46.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với đầu năm do giá hạt nhựa tăng.

Quý IV, ngành công thương phấn đấu đưa giá trị sản xuất nhóm sản phẩm này cả năm đạt trên 6.300 tỷ đồng. Sở cũng dự kiến phối hợp kiểm tra ít nhất 40 cơ sở kinh doanh màng bọc, túi đựng thực phẩm trước Tết Nguyên đán.

Tin liên quan:
- Long An: Hội chợ hàng Việt lần thứ 12 tại TP Tân An
- Đức Hòa đối thoại với doanh nghiệp khu công nghiệp năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("9 tháng tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="bao bì tiếp xúc thực phẩm", period=NINE_H),
    fig("ước đạt 4.820 tỷ", "4.820", 4820e9, "money", "đồng", status="estimate", percent=76.3,
        change=chg("increase", 11.6, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm bao bì tiếp xúc thực phẩm", period=NINE),
    fig("màng bọc thực phẩm 2.150 tỷ", "2.150", 2150e9, "money", "đồng", total=4820e9, status="estimate",
        subject="giá trị sản xuất màng bọc thực phẩm", period=inh(NINE)),
    fig("giấy bạc nhôm 1.470 tỷ", "1.470", 1470e9, "money", "đồng", total=4820e9, status="estimate",
        subject="giá trị sản xuất giấy bạc nhôm", period=inh(NINE)),
    fig("chân không 1.200 tỷ", "1.200", 1200e9, "money", "đồng", total=4820e9, status="estimate",
        subject="giá trị sản xuất túi zip và túi hút chân không", period=inh(NINE)),
    fig("thêm 3 dự án", "3", 3, "count", "dự án",
        subject="dự án sản xuất bao bì thực phẩm thu hút thêm", period=YTD),
    fig("hơn 62 triệu USD", "62", 62e6, "money", "USD", approx="over",
        subject="tổng vốn đăng ký của dự án sản xuất bao bì thực phẩm", period=YTD),
    fig("lên 27 dự án", "27", 27, "count", "dự án",
        subject="tổng số dự án trong lĩnh vực sản xuất bao bì thực phẩm"),
    fig("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn/tháng", approx="about",
        subject="màng bọc PE Công ty TNHH Màng bọc Hưng Phát sản xuất mỗi tháng", location=DH),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ lệ màng bọc PE của công ty xuất khẩu", location=DH),
    fig("hơn 1.500 bếp ăn", "1.500", 1500, "count", "bếp ăn", approx="over",
        subject="bếp ăn, nhà hàng và cơ sở chế biến thực phẩm sử dụng sản phẩm HP-Wrap 300", location=DH),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền thổi màng công ty lắp đặt thêm", location=DH),
    fig("lên 25.000 tấn/năm", "25.000", 25000, "measure", "tấn/năm", status="forecast",
        subject="công suất nhà máy", location=DH),
    fig("từ 42.000 đến 46.000", "42.000", 42000, "money", "đồng/kg", value_max=46000,
        change=chg("increase", 3000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá màng bọc PE xuất xưởng"),
    fig("trên 6.300 tỷ", "6.300", 6300e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất nhóm sản phẩm bao bì tiếp xúc thực phẩm cả năm", period=YEAR),
    fig("ít nhất 40 cơ sở", "40", 40, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở kinh doanh màng bọc, túi đựng thực phẩm được kiểm tra"),
]

NOTES = [
    "Province portal (Long An): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, product name 'HP-Wrap 300', 'lần thứ 12' and 'năm 2024' in link titles.",
    "Headline '9 tháng tăng hơn 11%' is a growth rate as the claim: percent figure, approx over, year from published (2024).",
    "'bằng 76,3% kế hoạch năm' is the percent attribute of 4.820 tỷ; 'Trong đó' parts after a sentence break take total 4.820 tỷ",
    "and the whole's status (estimate); their period is inherited (not scored).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'nâng tổng số ... lên 27 dự án' is a stock as of now: no period given.",
    "The Hưng Phát passage (KCN Tân Đức, huyện Đức Hòa) is located in Đức Hòa; the next paragraph (provincial ex-works price) goes",
    "back to Long An. 'mỗi tháng ... 1.800 tấn' is a rate (tấn/tháng). 'trong đó gần 60% xuất khẩu' is a percent figure of its own.",
    "Japan, Korea, Australia are trade partners, not places. 'dự kiến nâng lên 25.000 tấn/năm' → forecast; 'dự kiến ... kiểm tra",
    "ít nhất 40 cơ sở' → forecast. 'phấn đấu ... cả năm đạt trên 6.300 tỷ' → target, period 'cả năm' (2024), not 'Quý IV'.",
]

if __name__ == "__main__":
    write("p1530-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
