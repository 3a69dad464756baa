"""p1015-5: Báo Đắk Lắk (Party newspaper), gold prices peak and gold shops, Buôn Ma Thuột, October 2024."""
from lib import F, P, I, C, T, NOWHERE, write_set

TEXT = """Giá vàng lập đỉnh, tiệm vàng đông khách

Những ngày gần đây, giá vàng liên tục tăng mạnh khiến các tiệm vàng ở TP. Buôn Ma Thuột luôn tấp nập người mua, bán.

Tại tiệm vàng Kim Phát trên đường Phan Bội Châu, sáng 25/10, giá vàng nhẫn 9999 được niêm yết ở mức 87,9 triệu đồng/lượng chiều bán ra, tăng hơn 23 triệu đồng so với đầu năm; trong khi giá vàng thế giới đứng ở mức 2.740 USD/ounce. Chủ tiệm cho biết, mỗi ngày tiệm bán ra khoảng 150-200 chỉ vàng nhẫn, lượng khách đến mua gấp 3 lần ngày thường. Chênh lệch giữa giá mua vào và bán ra hiện ở mức 1,5 triệu đồng/lượng.

Không chỉ vàng nhẫn, vàng trang sức 18K và vàng 610 cũng được nhiều người hỏi mua. Chị Nguyễn Thị Tám (phường Tân Lợi) cho biết đã mua 2 chỉ vàng nhẫn để tích lũy dù giá đang ở mức cao.

Theo Cục Quản lý thị trường tỉnh Đắk Lắk, toàn tỉnh có 276 cơ sở kinh doanh vàng, trong đó TP. Buôn Ma Thuột có 118 cơ sở. Trong 9 tháng năm 2024, Cục đã kiểm tra 35 cơ sở, xử phạt 8 cơ sở vi phạm với số tiền 97 triệu đồng; tạm giữ 1.460 sản phẩm trang sức không rõ nguồn gốc. Riêng quý III/2024, Đội Quản lý thị trường số 1 phát hiện 3 cơ sở bán vàng trang sức không đủ hàm lượng.

Ông Trần Văn Bảy, Phó Cục trưởng Cục Quản lý thị trường tỉnh khuyến cáo người dân chỉ mua vàng tại cơ sở có hóa đơn, chứng từ rõ ràng, không chạy theo tâm lý đám đông. Dự kiến từ nay đến cuối năm, Cục sẽ kiểm tra thêm khoảng 40 cơ sở, tập trung vào hàm lượng vàng và việc xuất hóa đơn.

HỒNG NHUNG
26/10/2024
"""

DAY = P("sáng 25/10", "2024-10-25", "2024-10-25")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
BMT = "Buôn Ma Thuột"
FIG = [
    F("mức 87,9 triệu", "87,9", 87_900_000, "money", "đồng/lượng", "giá vàng nhẫn 9999 chiều bán ra", DAY,
      location=BMT, change=C("increase", 23_000_000, "đồng", "đầu năm", "over")),
    F("mức 2.740 USD/ounce", "2.740", 2740, "money", "USD/ounce", "giá vàng thế giới", DAY,
      location=NOWHERE),
    F("khoảng 150-200 chỉ", "150", 150, "measure", "chỉ", "vàng nhẫn tiệm bán ra mỗi ngày", location=BMT,
      value_max=200, approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượng khách đến mua so với ngày thường", location=BMT),
    F("mức 1,5 triệu", "1,5", 1_500_000, "money", "đồng/lượng", "chênh lệch giữa giá mua vào và bán ra",
      location=BMT),
    F("mua 2 chỉ", "2", 2, "measure", "chỉ", "vàng nhẫn chị Tám mua để tích lũy", location=BMT, optional=True),
    F("có 276 cơ sở", "276", 276, "count", "cơ sở", "cơ sở kinh doanh vàng"),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở kinh doanh vàng", location=BMT, total=276),
    F("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở kinh doanh vàng được kiểm tra", M9),
    F("xử phạt 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", M9),
    F("số tiền 97 triệu", "97", 97_000_000, "money", "đồng", "số tiền xử phạt", M9),
    F("giữ 1.460 sản phẩm", "1.460", 1460, "count", "sản phẩm", "sản phẩm trang sức không rõ nguồn gốc bị tạm giữ", M9),
    F("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bán vàng trang sức không đủ hàm lượng",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở kiểm tra thêm",
      P("từ nay đến cuối năm", "2024-10-26", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Đắk Lắk: giá vàng lập đỉnh, tiệm vàng ở Buôn Ma Thuột đông khách; kiểm tra của Cục QLTT tỉnh 9 tháng 2024. Byline + bare date.",
    "Shop-level figures and prices are located in Buôn Ma Thuột; the world price (USD/ounce) has no location.",
    "'tăng hơn 23 triệu đồng so với đầu năm' is the change of 87,9 triệu (value 23 000 000, approx over).",
    "'lượng khách đến mua gấp 3 lần ngày thường' is its own clause: a multiple. 'mua 2 chỉ' (one buyer's purchase) is optional.",
    "'trong đó TP. Buôn Ma Thuột có 118 cơ sở' -> total 276. 'từ nay đến cuối năm' runs from the bare date 26/10/2024 to 31/12/2024.",
    "Not figures: 'vàng nhẫn 9999', 'vàng trang sức 18K', 'vàng 610' (purity names), 'Đội Quản lý thị trường số 1',",
    "'Nguyễn Thị Tám', 'Trần Văn Bảy', 'sáng 25/10' as a date.",
]

write_set("p1015-5", TEXT, FIG, NOTES, published="2024-10-26", location="Đắk Lắk")
