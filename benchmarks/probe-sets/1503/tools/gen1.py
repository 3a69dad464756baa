"""p1503-1: province portal (Bình Dương): kitchen-cabinet exports 9 months 2024, a factory in TP Tân Uyên."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Dương
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu tủ bếp 9 tháng ước đạt hơn 412 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu tủ bếp và đồ nội thất nhà bếp của các doanh nghiệp trên địa bàn tỉnh ước đạt 412,6 triệu USD, tăng 21,4% so với cùng kỳ năm 2023, chiếm 11,3% kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh. Trong đó, thị trường Hoa Kỳ 268,5 triệu USD, EU 61,2 triệu USD, Nhật Bản 38,9 triệu USD.

Hiện toàn tỉnh có 146 doanh nghiệp sản xuất tủ bếp, trong đó 58 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 32.000 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại thành phố Tân Uyên, Công ty TNHH Nội thất Thành Phát Wood vận hành hai nhà máy trong Khu công nghiệp Nam Tân Uyên mở rộng giai đoạn 2, công suất 180.000 bộ tủ bếp/năm. Từ đầu năm đến nay, công ty xuất khẩu 47 triệu USD, tăng gần 30% so với cùng kỳ; đơn hàng đã kín đến hết năm. Công ty hiện có hơn 2.050 lao động và đang tuyển thêm 350 công nhân.

Theo ông Lê Quang Vinh, Phó Giám đốc Sở Công Thương, giá ván MDF chống ẩm nhập khẩu tăng 8-10% so với đầu năm; chi phí vận chuyển mỗi container sang bờ Tây Hoa Kỳ vẫn ở mức khoảng 5.500 USD. Quý IV, ngành phấn đấu xuất khẩu thêm 150 triệu USD, đưa kim ngạch tủ bếp cả năm lên trên 560 triệu USD.

Tin liên quan:
- Bình Dương: Hội nghị kết nối doanh nghiệp ngành gỗ năm 2024
- Hướng dẫn thủ tục cấp chứng nhận xuất xứ C/O mẫu AK
- Dự báo đơn hàng đồ gỗ quý I/2025
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("ước đạt hơn 412 triệu", "412", 412e6, "money", "USD", approx="over", status="estimate",
        subject="xuất khẩu tủ bếp", period=NINE_H),
    fig("ước đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD", status="estimate", percent=11.3,
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu tủ bếp và đồ nội thất nhà bếp", period=NINE),
    fig("Hoa Kỳ 268,5 triệu", "268,5", 268.5e6, "money", "USD", total=412.6e6, status="estimate",
        subject="kim ngạch xuất khẩu tủ bếp thị trường Hoa Kỳ", period=inh(NINE)),
    fig("EU 61,2 triệu", "61,2", 61.2e6, "money", "USD", total=412.6e6, status="estimate",
        subject="kim ngạch xuất khẩu tủ bếp thị trường EU", period=inh(NINE)),
    fig("Nhật Bản 38,9 triệu", "38,9", 38.9e6, "money", "USD", total=412.6e6, status="estimate",
        subject="kim ngạch xuất khẩu tủ bếp thị trường Nhật Bản", period=inh(NINE)),
    fig("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tủ bếp"),
    fig("58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", total=146,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 32.000 lao động", "32.000", 32000, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất tủ bếp sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("hai nhà máy", "hai", 2, "count", "nhà máy",
        subject="nhà máy Công ty TNHH Nội thất Thành Phát Wood vận hành", location=TU),
    fig("180.000 bộ", "180.000", 180000, "measure", "bộ tủ bếp/năm", subject="công suất", location=TU),
    fig("khẩu 47 triệu", "47", 47e6, "money", "USD", change=chg("increase", 30, "%", "cùng kỳ", "nearly"),
        subject="xuất khẩu của công ty", period=YTD, location=TU),
    fig("hơn 2.050 lao động", "2.050", 2050, "count", "lao động", approx="over",
        subject="lao động của công ty", location=TU),
    fig("thêm 350 công nhân", "350", 350, "count", "công nhân", subject="công nhân công ty đang tuyển thêm",
        location=TU),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="giá ván MDF chống ẩm nhập khẩu"),
    fig("khoảng 5.500 USD", "5.500", 5500, "money", "USD/container", approx="about",
        subject="chi phí vận chuyển mỗi container sang bờ Tây Hoa Kỳ"),
    fig("thêm 150 triệu", "150", 150e6, "money", "USD", status="target",
        subject="xuất khẩu thêm", period=Q4),
    fig("trên 560 triệu", "560", 560e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch tủ bếp cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bình Dương): kitchen-cabinet exports 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'Khu công nghiệp Nam Tân Uyên mở rộng giai đoạn 2', 'năm 2024' and 'quý I/2025' in links (after the body, so no year leaks into 'Quý IV'), 'C/O mẫu AK'.",
    "Headline '9 tháng ... hơn 412 triệu USD' is its own figure (estimate, over); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts by market after a sentence break: total 412,6 triệu USD, estimate from the whole, period inherited; markets are trade partners, location stays Bình Dương.",
    "Factory passage in TP Tân Uyên: location Tân Uyên; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'tăng 8-10% so với đầu năm' is a growth rate as the claim (percent, no change). 'mỗi container ... 5.500 USD' is a rate: unit USD/container.",
]

if __name__ == "__main__":
    write("p1503-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
