"""p1100-6: national newspaper (VnExpress style), Đường sách Tết Ất Tỵ 2025 in TP HCM + national reading figures."""
from lib import F, P, CH, year, inh, write

TEXT = """Văn hóa › Sách
Thứ năm, 13/2/2025, 09:30 (GMT+7)

Đường sách Tết Ất Tỵ thu hơn 12 tỷ đồng

TP HCM - Đường sách Tết Ất Tỵ 2025 đón khoảng 1,5 triệu lượt khách, bán hơn 145.000 bản sách, doanh thu đạt 12,3 tỷ đồng, tăng 11% so với Tết năm ngoái.

Theo Sở Thông tin và Truyền thông TP HCM, sau 8 ngày mở cửa (từ 25/1 đến 1/2), Đường sách Tết trên đường Nguyễn Huệ, quận 1, có 78 gian hàng của 25 nhà xuất bản và công ty phát hành. Sách thiếu nhi, văn học và sách chủ đề 50 năm thống nhất đất nước được mua nhiều nhất. Gian hàng sách điện tử ghi nhận khoảng 40.000 lượt quét mã QR để đọc thử. Giá bìa phổ biến từ 80.000 đến 150.000 đồng/cuốn, nhiều gian hàng giảm giá 20-30%.

Năm 2024, Đường sách TP HCM đón 4,2 triệu lượt khách, doanh thu 81 tỷ đồng, đạt 108% kế hoạch. Năm nay, đơn vị đặt mục tiêu doanh thu 90 tỷ đồng và mở thêm điểm đường sách tại TP Thủ Đức.

Theo Vụ Thư viện (Bộ Văn hóa, Thể thao và Du lịch), cả nước hiện có khoảng 3.000 nhà sách và điểm bán sách; người Việt đọc bình quân 4,1 cuốn sách mỗi năm, trong đó sách giấy khoảng 2,8 cuốn. Khảo sát năm 2024 cho thấy 26% người trưởng thành không đọc cuốn sách nào trong năm, giảm 4 điểm phần trăm so với năm 2022.

"Lượng khách đông nhưng sức mua chưa tương xứng, nhiều bạn trẻ chỉ đến chụp ảnh", ông Lê Hoàng, đại diện một công ty phát hành sách, nói.

Hà Thu
"""

FAIR = P("từ 25/1 đến 1/2", "2025-01-25", "2025-02-01")
Y24 = year(2024, "Năm 2024")
NOW = year(2025, "Năm nay")
SURVEY = year(2024, "năm 2024")

FIGS = [
    F("thu hơn 12 tỷ đồng", "12", 12e9, "money", "đồng", "doanh thu Đường sách Tết Ất Tỵ", approx="over"),
    F("khoảng 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", "lượt khách Đường sách Tết Ất Tỵ",
      approx="about"),
    F("hơn 145.000 bản sách", "145.000", 145000, "count", "bản sách", "sách bán ra", approx="over"),
    F("đạt 12,3 tỷ đồng", "12,3", 12.3e9, "money", "đồng", "doanh thu Đường sách Tết",
      change=CH("increase", 11, "%", "Tết năm ngoái")),
    F("có 78 gian hàng", "78", 78, "count", "gian hàng", "gian hàng Đường sách Tết", FAIR),
    F("của 25 nhà xuất bản", "25", 25, "count", "nhà xuất bản và công ty phát hành",
      "nhà xuất bản và công ty phát hành tham gia", FAIR),
    F("khoảng 40.000 lượt quét", "40.000", 40000, "count", "lượt quét mã QR",
      "lượt quét mã QR đọc thử tại gian hàng sách điện tử", inh(FAIR), approx="about"),
    F("từ 80.000 đến 150.000 đồng/cuốn", "80.000", 80000, "money", "đồng/cuốn", "giá bìa phổ biến",
      value_max=150000),
    F("giảm giá 20-30%", "20", 20, "percent", "%", "mức giảm giá sách", value_max=30),
    F("đón 4,2 triệu lượt", "4,2", 4.2e6, "count", "lượt khách", "lượt khách Đường sách TP HCM", Y24),
    F("doanh thu 81 tỷ đồng", "81", 81e9, "money", "đồng", "doanh thu Đường sách TP HCM", Y24, percent=108),
    F("doanh thu 90 tỷ đồng", "90", 90e9, "money", "đồng", "doanh thu Đường sách TP HCM", NOW, status="target"),
    F("khoảng 3.000 nhà sách", "3.000", 3000, "count", "nhà sách và điểm bán sách", "nhà sách và điểm bán sách",
      approx="about", location="Việt Nam"),
    F("bình quân 4,1 cuốn sách", "4,1", 4.1, "measure", "cuốn sách/năm", "số sách người Việt đọc bình quân mỗi năm",
      location="Việt Nam"),
    F("khoảng 2,8 cuốn", "2,8", 2.8, "measure", "cuốn", "sách giấy người Việt đọc bình quân mỗi năm", approx="about",
      total=4.1, location="Việt Nam"),
    F("26% người trưởng thành", "26", 26, "percent", "%", "tỷ lệ người trưởng thành không đọc cuốn sách nào trong năm",
      SURVEY, change=CH("decrease", 4, "điểm phần trăm", "năm 2022"), location="Việt Nam"),
]

NOTES = [
    "National paper (VnExpress style): Đường sách Tết Ất Tỵ 2025, TP HCM; national reading figures (Vụ Thư viện) are Việt Nam.",
    "'Tết Ất Tỵ 2025' names the event: the lead figures get no period; 'từ 25/1 đến 1/2' (year 2025 from the dateline) is the",
    "period of the stalls sentence. 'sau 8 ngày mở cửa' locates in time; 'quận 1', 'chủ đề 50 năm thống nhất đất nước' (a theme",
    "name), '09:30 (GMT+7)' are not figures. 'trong đó sách giấy khoảng 2,8 cuốn' is a part of the 4,1 books a year (total 4.1).",
    "'Năm nay' = 2025 (target). 'đạt 108% kế hoạch' is the percent of 81 tỷ.",
]

if __name__ == "__main__":
    write("p1100-6", TEXT, NOTES, FIGS, published="2025-02-13", location="TP Hồ Chí Minh")
