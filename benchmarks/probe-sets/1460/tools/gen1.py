"""p1460-1: province portal (Hưng Yên): lock output 9 months 2024; a lock factory in huyện Yên Mỹ."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất khóa 9 tháng tăng hơn 11%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836

Theo Cục Thống kê tỉnh Hưng Yên, 9 tháng đầu năm 2024, sản lượng khóa các loại của các doanh nghiệp trên địa bàn tỉnh ước đạt 18,6 triệu sản phẩm, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, khóa cửa và khóa tay gạt 9,8 triệu sản phẩm, ổ khóa treo 7,1 triệu sản phẩm, khóa điện tử gần 1,7 triệu sản phẩm.

Giá trị sản xuất của ngành ước đạt 4.350 tỷ đồng, chiếm khoảng 3,1% giá trị sản xuất công nghiệp toàn tỉnh.

Hiện toàn tỉnh có 14 doanh nghiệp sản xuất khóa, trong đó 5 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 6.200 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại Khu công nghiệp Yên Mỹ II, huyện Yên Mỹ, nhà máy của Công ty cổ phần Khóa Việt Hưng trong 9 tháng sản xuất 6,4 triệu sản phẩm, chiếm 34,4% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền dập thân khóa tự động, công suất mỗi dây chuyền 1.500 sản phẩm/giờ, tổng vốn đầu tư khoảng 95 tỷ đồng. Từ đầu năm đến nay, công ty xuất khẩu sang Nhật Bản, Hàn Quốc và Australia đạt 12,8 triệu USD, tăng 18% so với cùng kỳ.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 6 triệu sản phẩm, đưa sản lượng cả năm lên trên 24,5 triệu sản phẩm. Sở Công Thương đề nghị các doanh nghiệp thực hiện Quyết định số 1285/QĐ-UBND về hỗ trợ xúc tiến thương mại, tham gia Hội chợ Công nghiệp nông thôn tiêu biểu lần thứ 3.

Tin liên quan:
- Hội nghị đối thoại doanh nghiệp quý III/2024
- Hưng Yên tổ chức Tuần hàng Việt năm 2024
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE_B = P("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
YM = "Yên Mỹ"
WHOLE = 18.6e6

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
      subject="sản xuất khóa", period=NINE_H),
    F("ước đạt 18,6 triệu", "18,6", WHOLE, "count", "sản phẩm", status="estimate", percent=76.2,
      change=C("increase", 11.4, "%", "cùng kỳ năm 2023"),
      subject="sản lượng khóa các loại của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    F("tay gạt 9,8 triệu", "9,8", 9.8e6, "count", "sản phẩm", total=WHOLE, status="estimate",
      subject="sản lượng khóa cửa và khóa tay gạt", period=I(NINE)),
    F("treo 7,1 triệu", "7,1", 7.1e6, "count", "sản phẩm", total=WHOLE, status="estimate",
      subject="sản lượng ổ khóa treo", period=I(NINE)),
    F("gần 1,7 triệu", "1,7", 1.7e6, "count", "sản phẩm", approx="nearly", total=WHOLE, status="estimate",
      subject="sản lượng khóa điện tử", period=I(NINE)),
    F("ước đạt 4.350 tỷ", "4.350", 4350e9, "money", "đồng", status="estimate", percent=3.1,
      subject="giá trị sản xuất của ngành", period=I(NINE)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khóa"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=14,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("khoảng 6.200 lao động", "6.200", 6200, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp sản xuất khóa sử dụng"),
    F("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động"),
    F("sản xuất 6,4 triệu", "6,4", 6.4e6, "count", "sản phẩm", percent=34.4,
      subject="sản lượng nhà máy của Công ty cổ phần Khóa Việt Hưng", period=NINE_B, location=YM),
    F("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền dập thân khóa tự động công ty lắp đặt thêm", location=YM),
    F("1.500 sản phẩm/giờ", "1.500", 1500, "measure", "sản phẩm/giờ",
      subject="công suất mỗi dây chuyền", location=YM),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư dây chuyền dập thân khóa", location=YM),
    F("đạt 12,8 triệu USD", "12,8", 12.8e6, "money", "USD", change=C("increase", 18, "%", "cùng kỳ"),
      subject="xuất khẩu của công ty", period=YTD, location=YM),
    F("thêm khoảng 6 triệu", "6", 6e6, "count", "sản phẩm", approx="about", status="target",
      subject="sản lượng khóa sản xuất thêm", period=Q4),
    F("trên 24,5 triệu", "24,5", 24.5e6, "count", "sản phẩm", approx="over", status="target",
      subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): lock output 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836', related links.",
    "Distractors: 09:35, 'Lượt xem: 1.836', 'Khu công nghiệp Yên Mỹ II', 'Quyết định số 1285/QĐ-UBND', 'lần thứ 3', 'quý III/2024' and 'năm 2024' in link titles.",
    "Headline 'tăng hơn 11%' is a growth rate as the claim (percent, over, no change); year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break: total 18,6 triệu, estimate carried from 'ước đạt', period inherited. They add up (9,8+7,1+1,7).",
    "'khoảng 6.200 lao động' after '14 doanh nghiệp, trong đó 5 ...' counts another thing: no total.",
    "The factory passage (huyện Yên Mỹ) gives location Yên Mỹ to its 5 figures; Nhật Bản, Hàn Quốc, Australia are partners, not places.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1460-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
