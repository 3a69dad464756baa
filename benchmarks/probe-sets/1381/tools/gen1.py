"""p1381-1: province portal (Cổng TTĐT tỉnh Thanh Hóa): market checks of school supplies and toys before the school year."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Kinh tế

Kiểm tra hơn 200 cơ sở kinh doanh đồ dùng học tập trước năm học mới

Cập nhật: 26/08/2024 10:15 | Lượt xem: 1.864

Từ ngày 15/7 đến ngày 20/8, Cục Quản lý thị trường tỉnh Thanh Hóa đã kiểm tra 214 cơ sở kinh doanh văn phòng phẩm, đồ dùng học tập và đồ chơi trẻ em, phát hiện 37 cơ sở vi phạm, chiếm 17,3% số cơ sở được kiểm tra; xử phạt vi phạm hành chính hơn 186 triệu đồng, tăng 24% so với cùng kỳ năm 2023.

Lực lượng chức năng đã tạm giữ 12.450 sản phẩm các loại, trong đó có 8.320 sản phẩm đồ chơi trẻ em không rõ nguồn gốc, gần 2.700 sản phẩm bút các loại và khoảng 1.400 quyển vở không ghi nhãn hàng hóa theo quy định.

Qua khảo sát tại TP Thanh Hóa, giá vở học sinh loại 96 trang phổ biến từ 8.000 đến 12.000 đồng/quyển, tăng khoảng 5% so với năm học trước; bộ sách giáo khoa lớp 1 có giá 253.000 đồng/bộ, lớp 12 từ 295.000 đến 320.000 đồng/bộ. Balo, cặp sách nhập khẩu có giá từ 350.000 đến 1,2 triệu đồng/chiếc.

Theo kế hoạch, từ nay đến hết tháng 9, lực lượng quản lý thị trường dự kiến kiểm tra thêm khoảng 150 cơ sở, tập trung vào các huyện Quảng Xương, Hoằng Hóa và thị xã Nghi Sơn. Năm 2024, tỉnh phấn đấu 100% cơ sở kinh doanh đồ chơi trẻ em trên địa bàn được tuyên truyền, ký cam kết không kinh doanh hàng nhập lậu.

Tin liên quan:
- Thanh Hóa: Tạm giữ lô đồ chơi bạo lực nhập lậu (12/08/2024)
- Giá sách giáo khoa năm học 2024-2025 giữ ổn định (05/08/2024)

Cơ quan chủ quản: UBND tỉnh Thanh Hóa
Địa chỉ: 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.614
"""

CHECK = P("Từ ngày 15/7 đến ngày 20/8", "2024-07-15", "2024-08-20")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Kiểm tra hơn 200 cơ sở", "200", 200, "count", "cơ sở", approx="over",
      subject="cơ sở kinh doanh đồ dùng học tập được kiểm tra"),
    F("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở",
      subject="cơ sở kinh doanh văn phòng phẩm, đồ dùng học tập và đồ chơi trẻ em được kiểm tra", period=CHECK),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", percent=17.3,
      subject="cơ sở vi phạm", period=CHECK),
    F("hơn 186 triệu", "186", 186e6, "money", "đồng", approx="over",
      change=C("increase", 24, "%", "cùng kỳ năm 2023"),
      subject="xử phạt vi phạm hành chính", period=CHECK),
    F("giữ 12.450 sản phẩm", "12.450", 12450, "count", "sản phẩm",
      subject="sản phẩm các loại bị tạm giữ", period=I(CHECK)),
    F("có 8.320 sản phẩm", "8.320", 8320, "count", "sản phẩm", total=12450,
      subject="sản phẩm đồ chơi trẻ em không rõ nguồn gốc", period=I(CHECK)),
    F("gần 2.700 sản phẩm", "2.700", 2700, "count", "sản phẩm", approx="nearly", total=12450,
      subject="sản phẩm bút các loại", period=I(CHECK)),
    F("khoảng 1.400 quyển", "1.400", 1400, "count", "quyển vở", approx="about", total=12450,
      subject="quyển vở không ghi nhãn hàng hóa theo quy định", period=I(CHECK)),
    F("loại 96 trang", "96", 96, "measure", "trang", optional=True),
    F("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/quyển", value_max=12000,
      change=C("increase", 5, "%", "năm học trước", approx="about"),
      subject="giá vở học sinh loại 96 trang"),
    F("253.000 đồng/bộ", "253.000", 253000, "money", "đồng/bộ", subject="giá bộ sách giáo khoa lớp 1"),
    F("từ 295.000 đến 320.000", "295.000", 295000, "money", "đồng/bộ", value_max=320000,
      subject="giá bộ sách giáo khoa lớp 12"),
    F("từ 350.000 đến 1,2 triệu", "350.000", 350000, "money", "đồng/chiếc", value_max=1.2e6,
      subject="giá balo, cặp sách nhập khẩu"),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở lực lượng quản lý thị trường kiểm tra thêm",
      period=P("từ nay đến hết tháng 9", "2024-08-26", "2024-09-30")),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh đồ chơi trẻ em trên địa bàn được tuyên truyền, ký cam kết", period=Y24),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 26/08/2024 10:15 | Lượt xem: 1.864', related links, footer.",
    "Year-less 'Từ ngày 15/7 đến ngày 20/8' and 'từ nay đến hết tháng 9' take 2024 from the dateline; 'từ nay' starts at the dateline.",
    "37 cơ sở vi phạm: no part-of cue after 'kiểm tra 214 cơ sở', so percent 17,3 but no total.",
    "The three products after 'trong đó' add up to about 12.450 sản phẩm: all take that total (vở and bút are products too).",
    "'loại 96 trang' is a product spec (optional). 'lớp 1', 'lớp 12' are grade names; the prices are standing prices (no period).",
    "'tập trung vào các huyện Quảng Xương, ...' does not place the 150 planned checks: location stays Thanh Hóa.",
    "Distractors: Lượt xem 1.864, dates and times, 'năm học 2024-2025' in a link title, '35 Đại lộ Lê Lợi', phone 0237.3852.614.",
]

if __name__ == "__main__":
    write("p1381-1", TEXT, NOTES, FIGS, published="2024-08-26", location="Thanh Hóa")
