"""p1467-1: province portal (Hưng Yên): mirror output 9 months 2024, a mirror company in Yên Mỹ."""
from lib import F, period, inherited, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất gương 9 tháng ước đạt gần 3,5 triệu m2

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng gương các loại của các doanh nghiệp trên địa bàn tỉnh Hưng Yên ước đạt 3,46 triệu m2, tăng 8,2% so với cùng kỳ năm 2023, bằng 76,9% kế hoạch năm. Trong đó, gương soi tráng bạc 2,05 triệu m2, gương phòng tắm 1,12 triệu m2, gương trang trí và gương an toàn 0,29 triệu m2.

Toàn tỉnh hiện có 14 doanh nghiệp và 37 hộ sản xuất, gia công gương, sử dụng khoảng 2.300 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A, huyện Yên Mỹ, Công ty cổ phần Gương kính Hoàng Phát vừa đưa vào vận hành dây chuyền tráng bạc tự động thứ hai, công suất 4.500 m2/ngày, tổng vốn đầu tư khoảng 165 tỷ đồng. Trong 9 tháng, công ty xuất khẩu 620.000 m2 gương sang Nhật Bản và Hàn Quốc, kim ngạch đạt 7,8 triệu USD, chiếm 41% doanh thu.

Giá gương soi tráng bạc dày 5 mm tại xưởng dao động từ 180.000 đến 230.000 đồng/m2, tăng khoảng 5% so với đầu năm do giá phôi kính và bạc nitrat tăng.

Quý IV, ngành công thương phấn đấu sản xuất thêm hơn 1 triệu m2 gương, đưa sản lượng cả năm lên 4,5 triệu m2. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Thông tư số 21/2023/TT-BCT về an toàn hóa chất trong công đoạn tráng bạc.

Tin liên quan:
- Hưng Yên: Hội chợ hàng công nghiệp nông thôn tiêu biểu năm 2024
- Khởi công Nhà máy kính nổi tại Khu công nghiệp Thăng Long II
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = period("9 tháng", "2024-01-01", "2024-09-30")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
YM = "Yên Mỹ"

FIGS = [
    F("ước đạt gần 3,5 triệu", "3,5", 3.5e6, "measure", "m2", "sản xuất gương", NINE_S,
      approx="nearly", status="estimate"),
    F("ước đạt 3,46 triệu", "3,46", 3.46e6, "measure", "m2", "sản lượng gương các loại của các doanh nghiệp", NINE,
      percent=76.9, change=change("increase", 8.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("gương soi tráng bạc 2,05 triệu", "2,05", 2.05e6, "measure", "m2", "sản lượng gương soi tráng bạc",
      inherited(NINE), total=3.46e6, status="estimate"),
    F("gương phòng tắm 1,12 triệu", "1,12", 1.12e6, "measure", "m2", "sản lượng gương phòng tắm",
      inherited(NINE), total=3.46e6, status="estimate"),
    F("gương an toàn 0,29 triệu", "0,29", 0.29e6, "measure", "m2", "sản lượng gương trang trí và gương an toàn",
      inherited(NINE), total=3.46e6, status="estimate"),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp sản xuất, gia công gương"),
    F("37 hộ sản xuất", "37", 37, "count", "hộ", "hộ sản xuất, gia công gương"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động sản xuất, gia công gương",
      approx="about"),
    F("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("công suất 4.500 m2/ngày", "4.500", 4500, "measure", "m2/ngày",
      "công suất dây chuyền tráng bạc tự động", location=YM),
    F("khoảng 165 tỷ", "165", 165e9, "money", "đồng", "tổng vốn đầu tư dây chuyền tráng bạc tự động",
      approx="about", location=YM),
    F("xuất khẩu 620.000 m2", "620.000", 620000, "measure", "m2", "gương công ty xuất khẩu", NINE_S,
      location=YM),
    F("đạt 7,8 triệu USD", "7,8", 7.8e6, "money", "USD", "kim ngạch xuất khẩu của công ty", NINE_S,
      percent=41, location=YM),
    F("dày 5 mm", "5", 5, "measure", "mm", "độ dày gương soi tráng bạc", optional=True),
    F("từ 180.000 đến 230.000", "180.000", 180000, "money", "đồng/m2", "giá gương soi tráng bạc tại xưởng",
      value_max=230000, change=change("increase", 5, "%", "đầu năm", approx="about")),
    F("thêm hơn 1 triệu", "1", 1e6, "measure", "m2", "sản lượng gương sản xuất thêm", Q4,
      approx="over", status="target"),
    F("lên 4,5 triệu", "4,5", 4.5e6, "measure", "m2", "sản lượng gương cả năm", YEAR, status="target"),
]

NOTES = [
    "Province portal (Hưng Yên): mirror output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Khu công nghiệp Phố Nối A', ordinal 'dây chuyền ... thứ hai', 'Thông tư số 21/2023/TT-BCT',",
    "'năm 2024' and 'Thăng Long II' in the related links.",
    "Headline 'gần 3,5 triệu m2' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 (the dateline and the body).",
    "'Trong đó' parts after a sentence break: total 3,46 triệu m2, status estimate carried from the whole ('ước đạt'), period inherited.",
    "'bằng 76,9% kế hoạch năm' is the percent attribute of 3,46 triệu m2; 'chiếm 41% doanh thu' the percent of 7,8 triệu USD.",
    "The company passage in huyện Yên Mỹ: location Yên Mỹ for its five figures. 'hiện có' and the standing price give no period.",
    "'dày 5 mm' is a product specification (optional). 'tăng khoảng 5% so với đầu năm' is the change of the price range.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1467-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
