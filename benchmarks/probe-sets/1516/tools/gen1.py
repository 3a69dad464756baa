"""p1516-1: province portal (Long An): exports and output of mosquito coils and insect sprays, 9 months 2024."""
from lib import F, P, inh, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Long An
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hóa phẩm diệt côn trùng gia dụng: 9 tháng xuất khẩu hơn 18 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu hương muỗi và bình xịt côn trùng của các doanh nghiệp trên địa bàn tỉnh Long An ước đạt 18,4 triệu USD, tăng 13,7% so với cùng kỳ năm 2023, chiếm khoảng 0,4% kim ngạch xuất khẩu toàn tỉnh. Thị trường chính là Campuchia, Philippines và một số nước châu Phi.

Sản lượng hương muỗi ước đạt 51,8 triệu hộp, bằng 76,2% kế hoạch năm; bình xịt côn trùng ước đạt 14,6 triệu bình, tăng 9,1%. Với sản lượng này, Long An đứng thứ 2 cả nước về hương muỗi, sau Bình Dương. Toàn tỉnh có 7 doanh nghiệp sản xuất hương muỗi, thuốc diệt côn trùng gia dụng, trong đó 5 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 2.400 lao động.

Tại Khu công nghiệp Hải Sơn, huyện Đức Hòa, Công ty TNHH Hóa phẩm Gia dụng Phương Nam vừa đưa vào vận hành dây chuyền ép khoanh tự động thứ tư, nâng công suất nhà máy lên 480.000 khoanh/ngày. Công ty có 620 công nhân, thu nhập bình quân 8,9 triệu đồng/người/tháng. Từ đầu năm đến nay, công ty xuất khẩu 112 container sản phẩm, chiếm gần 40% sản lượng.

Giá bán buôn hương muỗi loại hộp 10 khoanh hiện dao động 9.500-12.000 đồng/hộp, tăng khoảng 5% so với đầu năm do giá bột gỗ và hoạt chất nhập khẩu tăng.

Năm 2025, ngành công thương phấn đấu đưa kim ngạch xuất khẩu nhóm hàng này lên 25 triệu USD. Sở Công Thương đề nghị các doanh nghiệp thực hiện đúng Nghị định số 91/2016/NĐ-CP về quản lý hóa chất, chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế.

Tin liên quan:
- Long An: Hội nghị kết nối giao thương năm 2024
- Đức Hòa khởi công Khu công nghiệp Hựu Thạnh giai đoạn 2
"""

NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
DH = "Đức Hòa"

FIGS = [
    F("xuất khẩu hơn 18 triệu", "18", 18e6, "money", "USD", approx="over",
      subject="xuất khẩu hóa phẩm diệt côn trùng gia dụng", period=NINE_H),
    F("ước đạt 18,4 triệu", "18,4", 18.4e6, "money", "USD", percent=0.4,
      change=C("increase", 13.7, "%", "cùng kỳ năm 2023"), status="estimate",
      subject="kim ngạch xuất khẩu hương muỗi và bình xịt côn trùng", period=NINE),
    F("ước đạt 51,8 triệu", "51,8", 51.8e6, "count", "hộp", percent=76.2, status="estimate",
      subject="sản lượng hương muỗi", period=inh(NINE)),
    F("ước đạt 14,6 triệu", "14,6", 14.6e6, "count", "bình", change=C("increase", 9.1), status="estimate",
      subject="sản lượng bình xịt côn trùng", period=inh(NINE)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng hương muỗi", period=inh(NINE)),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất hương muỗi, thuốc diệt côn trùng gia dụng"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=7,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("hơn 2.400 lao động", "2.400", 2400, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp sử dụng"),
    F("lên 480.000 khoanh/ngày", "480.000", 480000, "measure", "khoanh/ngày",
      subject="công suất nhà máy", location=DH),
    F("có 620 công nhân", "620", 620, "count", "công nhân", subject="công nhân của công ty", location=DH),
    F("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân công nhân", location=DH),
    F("xuất khẩu 112 container", "112", 112, "count", "container", percent=40,
      subject="container sản phẩm công ty xuất khẩu", period=YTD, location=DH),
    F("hộp 10 khoanh", "10", 10, "count", "khoanh", optional=True),
    F("dao động 9.500-12.000", "9.500", 9500, "money", "đồng/hộp", value_max=12000,
      change=C("increase", 5, "%", "đầu năm", approx="about"),
      subject="giá bán buôn hương muỗi loại hộp 10 khoanh"),
    F("lên 25 triệu", "25", 25e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nhóm hàng này", period=Y25),
]

NOTES = [
    "Province portal (Long An): exports and output of mosquito coils (hương muỗi) and insect sprays, 9 months 2024.",
    "Distractors: 'Cập nhật: 14/10/2024 09:35', 'Lượt xem: 1.386', 'dây chuyền ... thứ tư' (ordinal), Nghị định số 91/2016/NĐ-CP,",
    "'năm 2024' and 'giai đoạn 2' in related links.",
    "Headline figure has no 'ước': actual. Year-less '9 tháng' takes 2024. 'bằng 76,2% kế hoạch năm' and 'chiếm ...%' are percent attributes.",
    "Boxes and cans are counted (count); the capacity 'khoanh/ngày' is a rate (measure). 'hộp 10 khoanh' (pack size) optional.",
    "The company passage (huyện Đức Hòa) carries location Đức Hòa; the price paragraph after it is provincial (Long An).",
    "The rank sentence is its own sentence without 'ước': actual; its period is inherited from the first paragraph.",
]

if __name__ == "__main__":
    write("p1516-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Long An")
