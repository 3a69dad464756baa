"""p1447-1: province portal (Hưng Yên): mask output 9 months 2024, a factory in huyện Văn Lâm."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng khẩu trang của tỉnh tăng hơn 8%

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.926

Theo Sở Công Thương, 9 tháng năm 2024, sản lượng khẩu trang các loại trên địa bàn tỉnh ước đạt 146,8 triệu chiếc, tăng 8,3% so với cùng kỳ năm 2023, bằng 76,5% kế hoạch năm. Trong đó, khẩu trang y tế đạt 112,4 triệu chiếc; khẩu trang vải kháng khuẩn đạt 34,4 triệu chiếc.

Hiện toàn tỉnh có 14 doanh nghiệp sản xuất khẩu trang, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, tổng công suất khoảng 900.000 chiếc/ngày; thu hút gần 3.200 lao động với thu nhập bình quân 8,2 triệu đồng/người/tháng.

Tại huyện Văn Lâm, Công ty TNHH Thiết bị y tế Hưng Phát vừa đưa vào vận hành thêm hai dây chuyền sản xuất khẩu trang N95 tự động, nâng công suất nhà máy lên 250.000 chiếc/ngày, tổng vốn đầu tư 65 tỷ đồng. Từ đầu năm đến nay, công ty đã xuất khẩu 38 triệu chiếc sang Nhật Bản và Hàn Quốc, chiếm 41% sản lượng của nhà máy; kim ngạch đạt 4,6 triệu USD.

Doanh thu của các doanh nghiệp sản xuất khẩu trang trong 9 tháng ước đạt 1.240 tỷ đồng, tăng 5,6%. Nộp ngân sách nhà nước ước khoảng 47 tỷ đồng.

Quý IV, Sở Công Thương phấn đấu sản lượng khẩu trang toàn tỉnh đạt trên 45 triệu chiếc, đưa sản lượng cả năm lên khoảng 192 triệu chiếc.

Tin liên quan:
- Hưng Yên tổ chức Hội nghị kết nối cung cầu hàng công nghiệp lần thứ 3
- Triển khai Quyết định số 1520/QĐ-UBND về phát triển công nghiệp hỗ trợ
- Hướng dẫn đăng ký lưu hành trang thiết bị y tế loại A, B
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_S = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
        subject="sản lượng khẩu trang của tỉnh", period=NINE_H),
    fig("ước đạt 146,8 triệu", "146,8", 146.8e6, "count", "chiếc", status="estimate", percent=76.5,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng khẩu trang các loại trên địa bàn tỉnh", period=NINE),
    fig("đạt 112,4 triệu", "112,4", 112.4e6, "count", "chiếc", total=146.8e6, status="estimate",
        subject="sản lượng khẩu trang y tế", period=inh(NINE)),
    fig("đạt 34,4 triệu", "34,4", 34.4e6, "count", "chiếc", total=146.8e6, status="estimate",
        subject="sản lượng khẩu trang vải kháng khuẩn", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất khẩu trang"),
    fig("khoảng 900.000 chiếc", "900.000", 900000, "measure", "chiếc/ngày", approx="about",
        subject="tổng công suất các doanh nghiệp sản xuất khẩu trang"),
    fig("gần 3.200 lao động", "3.200", 3200, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất khẩu trang thu hút"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền sản xuất khẩu trang N95 tự động đưa vào vận hành thêm", location=VL),
    fig("lên 250.000 chiếc", "250.000", 250000, "measure", "chiếc/ngày",
        subject="công suất nhà máy", location=VL),
    fig("vốn đầu tư 65 tỷ", "65", 65e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền", location=VL),
    fig("xuất khẩu 38 triệu", "38", 38e6, "count", "chiếc", percent=41,
        subject="khẩu trang công ty xuất khẩu", period=YTD, location=VL),
    fig("đạt 4,6 triệu USD", "4,6", 4.6e6, "money", "USD",
        subject="kim ngạch xuất khẩu khẩu trang của công ty", period=YTD, location=VL),
    fig("ước đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", status="estimate",
        change=chg("increase", 5.6, "%"),
        subject="doanh thu của các doanh nghiệp sản xuất khẩu trang", period=NINE_S),
    fig("ước khoảng 47 tỷ", "47", 47e9, "money", "đồng", approx="about", status="estimate",
        subject="nộp ngân sách nhà nước của các doanh nghiệp sản xuất khẩu trang", period=inh(NINE_S)),
    fig("trên 45 triệu", "45", 45e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng khẩu trang toàn tỉnh", period=Q4),
    fig("khoảng 192 triệu", "192", 192e6, "count", "chiếc", approx="about", status="target",
        subject="sản lượng khẩu trang cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): masks 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.926', related links.",
    "Distractors: 08:45, Lượt xem 1.926, KCN 'Thăng Long II', 'N95', 'lần thứ 3', Quyết định số 1520/QĐ-UBND, 'loại A, B'.",
    "Masks are counted: kind count, unit 'chiếc'; capacities 'chiếc/ngày' are rates: kind measure.",
    "Headline 'tăng hơn 8%' is a growth rate as the claim: percent figure, approx over; '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break: total 146,8 triệu; status estimate carried from 'ước đạt'; period inherited.",
    "Văn Lâm passage (5 figures): location Văn Lâm; 'Từ đầu năm đến nay' ends at the dateline; 'chiếm 41%' is the percent of 38 triệu.",
    "'kim ngạch đạt 4,6 triệu USD' stands after ';' in the same sentence, so its period is scored.",
    "'Nộp ngân sách nhà nước ước khoảng 47 tỷ đồng' is its own sentence: estimate + about, period inherited ('trong 9 tháng').",
    "'Quý IV ... phấn đấu ... trên 45 triệu chiếc, đưa sản lượng cả năm lên khoảng 192 triệu chiếc': both target.",
]

if __name__ == "__main__":
    write("p1447-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Hưng Yên")
