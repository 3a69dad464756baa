"""p1449-1: province portal (Thái Bình): socks output 9 months 2024, a hosiery firm in Quỳnh Phụ."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất tất, vớ 9 tháng tăng hơn 11%

Cập nhật: 10/10/2024 09:45 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp, cơ sở dệt kim trên địa bàn tỉnh Thái Bình sản xuất ước đạt 96,5 triệu đôi tất, vớ các loại, tăng 11,4% so với cùng kỳ năm 2023, bằng 78% kế hoạch năm. Trong đó, tất xuất khẩu 61,2 triệu đôi, tất tiêu thụ nội địa 35,3 triệu đôi.

Giá trị xuất khẩu tất, vớ 9 tháng ước đạt 58,7 triệu USD, chiếm khoảng 4,5% kim ngạch xuất khẩu hàng dệt may của tỉnh. Thị trường chính là Nhật Bản, Hoa Kỳ và Hàn Quốc.

Hiện toàn tỉnh có 14 doanh nghiệp và gần 300 hộ sản xuất tất, với khoảng 4.800 máy dệt kim tròn, sử dụng trên 6.500 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Tại Cụm công nghiệp Quỳnh Côi (Quốc lộ 10), huyện Quỳnh Phụ, Công ty TNHH Dệt kim Hòa Phong vận hành 620 máy dệt tất tự động, mỗi ngày sản xuất khoảng 150.000 đôi. Từ đầu năm đến nay, công ty xuất khẩu 28 container hàng sang Nhật Bản, doanh thu đạt 212 tỷ đồng, tăng 18% so với cùng kỳ. Công ty dự kiến tuyển thêm từ 80 đến 100 lao động trong quý IV.

Quý IV, ngành phấn đấu sản xuất thêm 28 triệu đôi, đưa sản lượng cả năm lên trên 124 triệu đôi. Sở Công Thương phối hợp với Trung tâm Khuyến công tổ chức lớp tập huấn lần thứ 3 về thiết kế mẫu tất theo Quyết định số 1820/QĐ-UBND.

Tin liên quan:
- Thái Bình: Hội nghị xúc tiến đầu tư vào các cụm công nghiệp năm 2024
- Hội chợ hàng công nghiệp nông thôn tiêu biểu khu vực phía Bắc lần thứ 12
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Q4b = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
QP = "Quỳnh Phụ"

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
      subject="sản xuất tất, vớ", period=NINE_S),
    F("ước đạt 96,5 triệu", "96,5", 96.5e6, "count", "đôi", percent=78, status="estimate",
      change=C("increase", 11.4, "%", "cùng kỳ năm 2023"),
      subject="tất, vớ các loại các doanh nghiệp, cơ sở dệt kim sản xuất", period=NINE),
    F("tất xuất khẩu 61,2 triệu", "61,2", 61.2e6, "count", "đôi", total=96.5e6, status="estimate",
      subject="tất xuất khẩu", period=I(NINE)),
    F("nội địa 35,3 triệu", "35,3", 35.3e6, "count", "đôi", total=96.5e6, status="estimate",
      subject="tất tiêu thụ nội địa", period=I(NINE)),
    F("ước đạt 58,7 triệu USD", "58,7", 58.7e6, "money", "USD", percent=4.5, status="estimate",
      subject="giá trị xuất khẩu tất, vớ", period=NINE_S),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tất"),
    F("gần 300 hộ", "300", 300, "count", "hộ", approx="nearly", subject="hộ sản xuất tất"),
    F("khoảng 4.800 máy", "4.800", 4800, "count", "máy dệt kim tròn", approx="about",
      subject="máy dệt kim tròn"),
    F("trên 6.500 lao động", "6.500", 6500, "count", "lao động", approx="over",
      subject="lao động sản xuất tất"),
    F("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động sản xuất tất"),
    F("vận hành 620 máy", "620", 620, "count", "máy dệt tất tự động",
      subject="máy dệt tất tự động Công ty TNHH Dệt kim Hòa Phong vận hành", location=QP),
    F("khoảng 150.000 đôi", "150.000", 150000, "measure", "đôi/ngày", approx="about",
      subject="tất công ty sản xuất mỗi ngày", location=QP),
    F("xuất khẩu 28 container", "28", 28, "count", "container",
      subject="container hàng công ty xuất khẩu sang Nhật Bản", period=YTD, location=QP),
    F("đạt 212 tỷ", "212", 212e9, "money", "đồng", change=C("increase", 18, "%", "cùng kỳ"),
      subject="doanh thu công ty", period=YTD, location=QP),
    F("từ 80 đến 100", "80", 80, "count", "lao động", value_max=100, status="forecast",
      subject="lao động công ty tuyển thêm", period=Q4, location=QP),
    F("thêm 28 triệu", "28", 28e6, "count", "đôi", status="target",
      subject="tất ngành sản xuất thêm", period=Q4b),
    F("trên 124 triệu", "124", 124e6, "count", "đôi", approx="over", status="target",
      subject="sản lượng tất cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thái Bình): socks output 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 09:45 | Lượt xem: 1.863', related links.",
    "Distractors: 09:45, Lượt xem 1.863, 'Quốc lộ 10', 'lần thứ 3', Quyết định số 1820/QĐ-UBND, 'năm 2024' and 'lần thứ 12' in links.",
    "Headline 'tăng hơn 11%' is a growth rate as the claim (percent, over); year-less '9 tháng' takes 2024 from the dateline.",
    "Pairs of socks are counted: kind count, unit 'đôi'. 'mỗi ngày sản xuất khoảng 150.000 đôi' is a rate: measure, 'đôi/ngày'.",
    "'Trong đó' parts after a sentence break take total 96,5 triệu and the whole's estimate status; their period is inherited.",
    "Firm passage in huyện Quỳnh Phụ: location Quỳnh Phụ. 'Từ đầu năm đến nay' ends at the dateline. 'dự kiến' → forecast.",
    "'Quý IV, ngành phấn đấu ...' governs both clauses (target). 'trong quý IV' and 'Quý IV' take 2024.",
]

if __name__ == "__main__":
    write("p1449-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Thái Bình")
