"""p841-5: Party/provincial newspaper (Báo Cần Thơ), phố đi bộ Bến Ninh Kiều, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """
Phố đi bộ Bến Ninh Kiều - điểm hẹn về đêm của du khách
Sau hơn 2 năm đi vào hoạt động, phố đi bộ Bến Ninh Kiều và chợ đêm Tân An (quận Ninh Kiều) đã trở thành điểm đến quen thuộc của người dân và du khách mỗi dịp cuối tuần.
Theo UBND quận Ninh Kiều, 4 tháng đầu năm 2024, phố đi bộ đón trên 680.000 lượt khách, tăng 15,6% so với cùng kỳ năm trước; riêng dịp Tết Nguyên đán Giáp Thìn, lượng khách đạt gần 95.000 lượt. Chợ đêm Tân An hiện có 162 gian hàng, tăng 34 gian hàng so với cuối năm 2022, chủ yếu kinh doanh ẩm thực, trái cây và hàng lưu niệm. Mức phí thuê mặt bằng chỉ 50.000 đồng/m2/tháng, thấp hơn nhiều so với các khu thương mại.
Chị Trần Thị Út, chủ một xe bánh xèo ở chợ đêm, cho biết mỗi tối bán được khoảng 150 cái bánh, thu về từ 2 đến 2,5 triệu đồng. "Cuối tuần khách đông gấp 2 lần ngày thường, nhiều hôm tôi phải thuê thêm 2 người phụ bán", chị Út nói.
Để bảo đảm an ninh, trật tự, quận bố trí 2 điểm giữ xe miễn phí, 15 nhà vệ sinh công cộng và 1 trạm y tế lưu động. Khu vực chợ đêm nằm giữa đường Hai Bà Trưng và đường 30 Tháng 4, cách Quốc lộ 91 khoảng 3 km.
Theo kế hoạch, năm 2024 quận sẽ mở rộng phố đi bộ thêm 400 m dọc đường Hai Bà Trưng, nâng tổng chiều dài lên 1,1 km, phấn đấu đón 2 triệu lượt khách.
THẢO NGUYÊN
18/05/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Sau hơn 2 năm", "2", 2, "measure", "năm", "thời gian phố đi bộ đi vào hoạt động",
      approx="over", optional=True),
    F("trên 680.000 lượt khách", "680.000", 680_000, "count", "lượt khách", "lượt khách phố đi bộ",
      P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"), approx="over",
      change=C("increase", 15.6, "%", "cùng kỳ năm trước")),
    F("gần 95.000 lượt", "95.000", 95_000, "count", "lượt", "lượng khách dịp Tết Nguyên đán Giáp Thìn",
      approx="nearly"),
    F("có 162 gian hàng", "162", 162, "count", "gian hàng", "gian hàng chợ đêm Tân An",
      change=C("increase", 34, "gian hàng", "cuối năm 2022")),
    F("50.000 đồng/m2/tháng", "50.000", 50_000, "money", "đồng/m2/tháng", "phí thuê mặt bằng"),
    F("khoảng 150 cái bánh", "150", 150, "count", "cái bánh", "bánh xèo bán được mỗi tối", approx="about"),
    F("từ 2 đến 2,5 triệu đồng", "2", 2e6, "money", "đồng", "tiền thu về mỗi tối của xe bánh xèo",
      value_max=2.5e6),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lượng khách cuối tuần so với ngày thường"),
    F("thêm 2 người", "2", 2, "count", "người", "người phụ bán thuê thêm"),
    F("bố trí 2 điểm giữ xe", "2", 2, "count", "điểm giữ xe", "điểm giữ xe miễn phí"),
    F("15 nhà vệ sinh", "15", 15, "count", "nhà vệ sinh", "nhà vệ sinh công cộng"),
    F("1 trạm y tế", "1", 1, "count", "trạm y tế", "trạm y tế lưu động"),
    F("khoảng 3 km", "3", 3, "measure", "km", "khoảng cách từ khu chợ đêm đến Quốc lộ 91", approx="about"),
    F("thêm 400 m", "400", 400, "measure", "m", "chiều dài phố đi bộ mở rộng thêm", Y24, status="target"),
    F("lên 1,1 km", "1,1", 1.1, "measure", "km", "tổng chiều dài phố đi bộ", Y24, status="target"),
    F("đón 2 triệu lượt khách", "2", 2_000_000, "count", "lượt khách", "lượt khách phố đi bộ", Y24,
      status="target"),
]

NOTES = [
    "Báo Cần Thơ: phố đi bộ Bến Ninh Kiều và chợ đêm Tân An (quận Ninh Kiều), 4 tháng đầu năm 2024; byline THẢO NGUYÊN and bare date 18/05/2024 at the end.",
    "Not figures: 'đường 30 Tháng 4', 'Quốc lộ 91', the name 'Trần Thị Út', 'Tết Nguyên đán Giáp Thìn'. 'Sau hơn 2 năm đi vào hoạt động' only",
    "places the article in time (optional). Location: the district Ninh Kiều (the figures describe its walking street and market).",
    "'tăng 34 gian hàng so với cuối năm 2022' is the change of the 162 gian hàng. 'gấp 2 lần ngày thường' stands alone: a multiple.",
    "The vendor's own figures (150 bánh, 2-2,5 triệu đồng, 2 người) are facts stated by the article: required.",
    "'Theo kế hoạch, năm 2024 … mở rộng … thêm 400 m, nâng … lên 1,1 km, phấn đấu đón 2 triệu' → target.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-05-18", location="Ninh Kiều")
