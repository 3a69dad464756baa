"""p1476-1: province portal (Long An): exports of crayons, paints and art supplies, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Long An: Xuất khẩu bút màu, họa cụ 9 tháng ước đạt gần 48 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng bút màu, màu vẽ và họa cụ của các doanh nghiệp trên địa bàn tỉnh Long An ước đạt 47,6 triệu USD, tăng 12,3% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Trong đó, bút sáp màu đạt 18,2 triệu USD, màu nước và màu acrylic 15,9 triệu USD, bút chì màu và các loại họa cụ khác 13,5 triệu USD. Với kết quả này, Long An đứng thứ 3 cả nước về xuất khẩu nhóm hàng này.

Hoa Kỳ là thị trường lớn nhất, chiếm 38,5% tổng kim ngạch; tiếp theo là Nhật Bản và các nước EU.

Hiện toàn tỉnh có 11 doanh nghiệp sản xuất họa cụ, trong đó 7 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 4.300 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

Tại Khu công nghiệp Xuyên Á, huyện Đức Hòa, Công ty TNHH Họa cụ Sao Mai trong 9 tháng sản xuất 26 triệu hộp bút sáp màu, chiếm khoảng 40% sản lượng toàn tỉnh. Nhà máy vừa đưa vào vận hành hai dây chuyền ép sáp tự động công suất 9.000 cây/giờ, tổng vốn đầu tư 115 tỷ đồng. Từ đầu năm đến nay, công ty nộp ngân sách hơn 21 tỷ đồng, tăng 8,5% so với cùng kỳ.

Quý IV, ngành công thương phấn đấu đưa kim ngạch xuất khẩu nhóm hàng này cả năm 2024 lên khoảng 62 triệu USD. Dự kiến trong tháng 11, tỉnh sẽ trao giấy chứng nhận đầu tư cho 2 dự án sản xuất màu vẽ với tổng vốn khoảng 30 triệu USD.

Tin liên quan:
- Long An: Hội nghị kết nối doanh nghiệp FDI năm 2024
- Đức Hòa khởi công Khu công nghiệp Hựu Thạnh giai đoạn 2
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
NOV = per("trong tháng 11", "2024-11-01", "2024-11-30")
DH = "Đức Hòa"

FIGS = [
    fig("ước đạt gần 48 triệu", "48", 48e6, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu bút màu, họa cụ", period=NINE_H),
    fig("ước đạt 47,6 triệu", "47,6", 47.6e6, "money", "USD", status="estimate", percent=76.8,
        change=chg("increase", 12.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng bút màu, màu vẽ và họa cụ", period=NINE),
    fig("đạt 18,2 triệu", "18,2", 18.2e6, "money", "USD", total=47.6e6, status="estimate",
        subject="kim ngạch xuất khẩu bút sáp màu", period=inh(NINE)),
    fig("acrylic 15,9 triệu", "15,9", 15.9e6, "money", "USD", total=47.6e6, status="estimate",
        subject="kim ngạch xuất khẩu màu nước và màu acrylic", period=inh(NINE)),
    fig("khác 13,5 triệu", "13,5", 13.5e6, "money", "USD", total=47.6e6, status="estimate",
        subject="kim ngạch xuất khẩu bút chì màu và các loại họa cụ khác", period=inh(NINE)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu nhóm hàng bút màu, màu vẽ và họa cụ",
        period=inh(NINE)),
    fig("chiếm 38,5%", "38,5", 38.5, "percent", "%",
        subject="thị trường Hoa Kỳ trong tổng kim ngạch", period=inh(NINE)),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất họa cụ"),
    fig("trong đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất họa cụ sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("sản xuất 26 triệu hộp", "26", 26e6, "count", "hộp", percent=40,
        subject="bút sáp màu Công ty TNHH Họa cụ Sao Mai sản xuất", period=NINE_H, location=DH),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép sáp tự động đưa vào vận hành", location=DH),
    fig("công suất 9.000 cây/giờ", "9.000", 9000, "measure", "cây/giờ",
        subject="công suất dây chuyền ép sáp tự động", location=DH),
    fig("tư 115 tỷ", "115", 115e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền ép sáp", location=DH),
    fig("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over",
        change=chg("increase", 8.5, "%", "cùng kỳ"),
        subject="nộp ngân sách của công ty", period=YTD, location=DH),
    fig("khoảng 62 triệu", "62", 62e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng này cả năm", period=YEAR),
    fig("cho 2 dự án", "2", 2, "count", "dự án", status="forecast",
        subject="dự án sản xuất màu vẽ được trao giấy chứng nhận đầu tư", period=NOV),
    fig("khoảng 30 triệu", "30", 30e6, "money", "USD", approx="about", status="forecast",
        subject="tổng vốn của 2 dự án sản xuất màu vẽ", period=NOV),
]

NOTES = [
    "Province portal (Long An): exports of crayons, paints and art supplies in 9 months of 2024; breadcrumb,",
    "'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, 'Lượt xem: 1.286', 'năm 2024' and 'giai đoạn 2' in link titles, 'Quý IV' in a target sentence.",
    "Headline 'gần 48 triệu USD' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total 47,6 triệu USD, status estimate from the whole, period inherited.",
    "'chiếm khoảng 40% sản lượng toàn tỉnh' is the percent attribute of 26 triệu hộp; 'Hoa Kỳ ... chiếm 38,5%' has no base amount: a figure.",
    "The Sao Mai passage (huyện Đức Hòa) takes location Đức Hòa; 'Từ đầu năm đến nay' ends at the dateline.",
    "revised after the first run: 38,5% subject 'tỷ trọng của thị trường Hoa Kỳ ...' → 'thị trường Hoa Kỳ trong tổng kim ngạch' ('tỷ trọng' is not in the sentence).",
    "'Quý IV, ... cả năm 2024 lên khoảng 62 triệu USD': the figure is the year's, not the quarter's (period cả năm 2024).",
    "'Dự kiến trong tháng 11' → forecast; tháng 11 takes 2024.",
]

if __name__ == "__main__":
    write("p1476-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
