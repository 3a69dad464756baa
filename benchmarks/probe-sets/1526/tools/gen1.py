"""p1526-1: province portal (Hưng Yên): hand-wash and liquid soap output 9 months 2024; a maker in huyện Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hưng Yên: Sản lượng nước rửa tay, xà phòng nước 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Hưng Yên sản xuất khoảng 18,6 triệu lít nước rửa tay và xà phòng nước các loại, tăng 11,8% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Trong đó, xà phòng nước 13,9 triệu lít, nước rửa tay diệt khuẩn 3,2 triệu lít, nước rửa tay khô 1,5 triệu lít.

Toàn tỉnh hiện có 7 doanh nghiệp sản xuất nước rửa tay, xà phòng nước, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, tổng công suất thiết kế hơn 32 triệu lít/năm, sử dụng khoảng 1.400 lao động.

Tại huyện Văn Lâm, Công ty cổ phần Hóa mỹ phẩm Phố Hiến vừa đưa vào vận hành dây chuyền chiết rót tự động thứ hai, công suất 12.000 chai/giờ, tổng vốn đầu tư 85 tỷ đồng. Từ đầu năm đến nay, công ty xuất khẩu 46 container xà phòng nước sang Hàn Quốc, Nhật Bản và Úc, kim ngạch đạt 3,4 triệu USD, gấp 1,5 lần cùng kỳ.

Thu ngân sách từ các doanh nghiệp trong ngành 9 tháng ước đạt 126 tỷ đồng, chiếm 0,4% tổng thu nội địa của tỉnh.

Giá bán buôn xà phòng nước phổ biến từ 28.000 đến 35.000 đồng/lít; nước rửa tay khô khoảng 95.000 đồng/lít, giảm khoảng 40% so với thời điểm dịch COVID-19.

Quý IV, ngành công thương phấn đấu cùng doanh nghiệp sản xuất thêm 6 triệu lít, đưa sản lượng cả năm lên trên 24,5 triệu lít.

Tin liên quan:
- Hưng Yên: Hỗ trợ doanh nghiệp hóa mỹ phẩm tham gia chương trình OCOP
- Khai mạc Hội chợ hàng Việt Nam chất lượng cao tại TP Hưng Yên
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản lượng nước rửa tay, xà phòng nước", period=NINE_H),
    fig("khoảng 18,6 triệu", "18,6", 18.6e6, "measure", "lít", approx="about", percent=76,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="nước rửa tay và xà phòng nước các loại các doanh nghiệp sản xuất", period=NINE),
    fig("xà phòng nước 13,9 triệu", "13,9", 13.9e6, "measure", "lít", total=18.6e6,
        subject="xà phòng nước", period=inh(NINE)),
    fig("diệt khuẩn 3,2 triệu", "3,2", 3.2e6, "measure", "lít", total=18.6e6,
        subject="nước rửa tay diệt khuẩn", period=inh(NINE)),
    fig("khô 1,5 triệu", "1,5", 1.5e6, "measure", "lít", total=18.6e6,
        subject="nước rửa tay khô", period=inh(NINE)),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất nước rửa tay, xà phòng nước"),
    fig("hơn 32 triệu", "32", 32e6, "measure", "lít/năm", approx="over",
        subject="tổng công suất thiết kế"),
    fig("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("công suất 12.000 chai/giờ", "12.000", 12000, "measure", "chai/giờ",
        subject="công suất dây chuyền chiết rót tự động", location=VL),
    fig("vốn đầu tư 85 tỷ", "85", 85e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền chiết rót", location=VL),
    fig("khẩu 46 container", "46", 46, "count", "container",
        subject="container xà phòng nước công ty xuất khẩu", period=YTD, location=VL),
    fig("đạt 3,4 triệu USD", "3,4", 3.4e6, "money", "USD",
        change=chg("increase", 1.5, "lần", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=VL),
    fig("ước đạt 126 tỷ", "126", 126e9, "money", "đồng", status="estimate", percent=0.4,
        subject="thu ngân sách từ các doanh nghiệp trong ngành", period=NINE_H),
    fig("từ 28.000 đến 35.000", "28.000", 28000, "money", "đồng/lít", value_max=35000,
        subject="giá bán buôn xà phòng nước"),
    fig("khoảng 95.000 đồng", "95.000", 95000, "money", "đồng/lít", approx="about",
        change=chg("decrease", 40, "%", "thời điểm dịch COVID-19", approx="about"),
        subject="giá bán buôn nước rửa tay khô"),
    fig("thêm 6 triệu", "6", 6e6, "measure", "lít", status="target",
        subject="sản lượng sản xuất thêm", period=Q4),
    fig("trên 24,5 triệu", "24,5", 24.5e6, "measure", "lít", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): hand-wash and liquid soap output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, KCN 'Thăng Long II', 'dây chuyền ... thứ hai' (ordinal), 'COVID-19', related-link titles.",
    "Headline 'tăng gần 12%' is a growth rate standing as the claim: percent figure, approx nearly, no change; '9 tháng' → 2024.",
    "'bằng 76% kế hoạch năm' → percent attribute of 18,6 triệu lít; 'Trong đó' parts after a sentence break → total 18,6 triệu, period inherited.",
    "Văn Lâm passage: location Văn Lâm; 'gấp 1,5 lần cùng kỳ' → change increase 1,5 lần; 'Từ đầu năm đến nay' ends at the dateline.",
    "Prices stand without a period; 'giảm khoảng 40% so với thời điểm dịch' → change of the 95.000 đồng/lít price.",
    "'Quý IV' and 'cả năm' take 2024 (nearest earlier period); 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1526-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
