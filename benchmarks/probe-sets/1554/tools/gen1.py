"""p1554-1: province portal (Thái Bình): tile output 9 months 2024, a tile maker in huyện Tiền Hải."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế

Gạch ốp lát 9 tháng ước đạt gần 58 triệu m2

Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.862

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng gạch ốp lát trên địa bàn tỉnh Thái Bình ước đạt 57,6 triệu m2, tăng 4,3% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Trong đó, gạch granite 31,2 triệu m2, gạch ceramic 21,9 triệu m2, gạch porcelain in kỹ thuật số 4,5 triệu m2.

Chỉ số sản xuất ngành sản phẩm từ khoáng phi kim loại 9 tháng tăng 3,1%, trong khi chỉ số toàn ngành công nghiệp tăng 9,8%.

Hiện toàn tỉnh có 9 nhà máy gạch ốp lát, tập trung tại Khu công nghiệp Tiền Hải và dọc Quốc lộ 39, tổng công suất thiết kế khoảng 95 triệu m2/năm, sử dụng hơn 6.200 lao động với thu nhập bình quân 9,4 triệu đồng/người/tháng.

Tại huyện Tiền Hải, Công ty cổ phần Gạch men Hồng Hà đã đưa vào vận hành lò nung số 3 dài 320 m, nâng công suất nhà máy lên 18 triệu m2/năm. Từ đầu năm đến nay, công ty tiêu thụ 12,8 triệu m2 sản phẩm, doanh thu đạt 1.150 tỷ đồng, tăng 11% so với cùng kỳ; xuất khẩu sang Hàn Quốc, Australia chiếm khoảng 18% doanh thu. Giá khí thấp áp bán cho các nhà máy ở Tiền Hải hiện là 9,2 USD/triệu BTU, tăng khoảng 0,7 USD so với đầu năm.

Thu ngân sách từ các doanh nghiệp gạch ốp lát 9 tháng ước đạt 415 tỷ đồng, chiếm 4,6% tổng thu nội địa của tỉnh.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 22 triệu m2, đưa sản lượng cả năm lên 79,6 triệu m2.

Tin liên quan:
- Thái Bình: Khởi công Nhà máy gạch granite số 2 tại Khu công nghiệp Tiền Hải
- Hội nghị triển khai Nghị định số 09/2018/NĐ-CP về hoạt động mua bán hàng hóa
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")   # headline, year from the dateline
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")   # year-less '9 tháng' later: nearest earlier period 2024
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TH = "Tiền Hải"

FIGS = [
    fig("ước đạt gần 58 triệu", "58", 58e6, "measure", "m2", approx="nearly", status="estimate",
        subject="gạch ốp lát", period=NINE_H),
    fig("ước đạt 57,6 triệu", "57,6", 57.6e6, "measure", "m2", status="estimate", percent=72,
        change=chg("increase", 4.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng gạch ốp lát", period=NINE),
    fig("granite 31,2 triệu", "31,2", 31.2e6, "measure", "m2", total=57.6e6, status="estimate",
        subject="sản lượng gạch granite", period=inh(NINE)),
    fig("ceramic 21,9 triệu", "21,9", 21.9e6, "measure", "m2", total=57.6e6, status="estimate",
        subject="sản lượng gạch ceramic", period=inh(NINE)),
    fig("số 4,5 triệu", "4,5", 4.5e6, "measure", "m2", total=57.6e6, status="estimate",
        subject="sản lượng gạch porcelain in kỹ thuật số", period=inh(NINE)),
    fig("tăng 3,1%", "3,1", 3.1, "percent", "%",
        subject="chỉ số sản xuất ngành sản phẩm từ khoáng phi kim loại", period=NINE_S),
    fig("tăng 9,8%", "9,8", 9.8, "percent", "%",
        subject="chỉ số toàn ngành công nghiệp", period=NINE_S),
    fig("có 9 nhà máy", "9", 9, "count", "nhà máy", subject="nhà máy gạch ốp lát"),
    fig("khoảng 95 triệu", "95", 95e6, "measure", "m2/năm", approx="about",
        subject="tổng công suất thiết kế nhà máy gạch ốp lát"),
    fig("hơn 6.200 lao động", "6.200", 6200, "count", "lao động", approx="over",
        subject="lao động nhà máy gạch ốp lát sử dụng"),
    fig("bình quân 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("dài 320 m", "320", 320, "measure", "m", subject="chiều dài lò nung số 3", location=TH),
    fig("lên 18 triệu", "18", 18e6, "measure", "m2/năm", subject="công suất nhà máy", location=TH),
    fig("tiêu thụ 12,8 triệu", "12,8", 12.8e6, "measure", "m2", subject="sản phẩm công ty tiêu thụ",
        period=YTD, location=TH),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", change=chg("increase", 11, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=YTD, location=TH),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="xuất khẩu sang Hàn Quốc, Australia trong doanh thu", period=YTD, location=TH),
    fig("là 9,2 USD", "9,2", 9.2, "money", "USD/triệu BTU",
        change=chg("increase", 0.7, "USD", "đầu năm", approx="about"),
        subject="giá khí thấp áp bán cho các nhà máy", location=TH),
    fig("ước đạt 415 tỷ", "415", 415e9, "money", "đồng", status="estimate", percent=4.6,
        subject="thu ngân sách từ các doanh nghiệp gạch ốp lát", period=NINE_S),
    fig("thêm khoảng 22 triệu", "22", 22e6, "measure", "m2", approx="about", status="target",
        subject="sản lượng gạch sản xuất thêm", period=Q4),
    fig("lên 79,6 triệu", "79,6", 79.6e6, "measure", "m2", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thái Bình): tile output 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.862', related links.",
    "Distractors: 09:45, Lượt xem 1.862, 'Quốc lộ 39', 'lò nung số 3', 'Nhà máy gạch granite số 2', Nghị định số 09/2018/NĐ-CP.",
    "Headline 'gần 58 triệu m2' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total 57,6 triệu m2, estimate like the whole, period inherited. 31,2+21,9+4,5 = 57,6.",
    "'bằng 72% kế hoạch năm' is the percent attribute of 57,6 triệu. The 9,8% of all industry is its own percent figure.",
    "Tiền Hải passage: location Tiền Hải. 'xuất khẩu ... chiếm khoảng 18% doanh thu' has no amount of its own: a percent figure.",
    "'9,2 USD/triệu BTU': the 'triệu' belongs to the denominator, value 9,2 (no multiplier). 'Từ đầu năm đến nay' ends at the dateline.",
    "'Quý IV ... phấn đấu' governs both clauses: target.",
]

if __name__ == "__main__":
    write("p1554-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Thái Bình")
