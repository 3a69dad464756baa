"""p1520-5: national newspaper (Kinh doanh section, 'Thứ bảy, 8/6/2024, 09:15 (GMT+7)'): graduation frames in Hà Nội, national trade."""
from lib import F, P, year, inh, ch, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 8/6/2024, 09:15 (GMT+7)

Khung bằng tốt nghiệp bán chạy mùa lễ ra trường

Vào mùa tốt nghiệp, các cửa hàng khung ảnh ở phố Hàng Hòm bán gấp ba ngày thường, trong khi hàng nhập khẩu giá rẻ chiếm ưu thế trên sàn thương mại điện tử.

Chị Lê Thu Hà, chủ một cửa hàng ở phố Hàng Hòm (quận Hoàn Kiếm, Hà Nội), cho biết mấy ngày nay cửa hàng bán khoảng 150 khung bằng mỗi ngày, gấp 3 lần ngày thường. Khung bằng khổ A4 loại gỗ thông có giá 85.000-120.000 đồng, khung viền mạ vàng 250.000-350.000 đồng. "Năm nay khách chuộng khung gỗ mộc, chiếm khoảng 60% lượng bán", chị Hà nói.

Trên một sàn thương mại điện tử, gian hàng Khung Ảnh Việt ở Bắc Ninh bán được hơn 12.000 khung trong tháng 5, doanh thu khoảng 840 triệu đồng.

Theo số liệu của Tổng cục Hải quan, 5 tháng đầu năm 2024, Việt Nam nhập khẩu 18,4 triệu USD khung tranh, khung ảnh và gương có khung, tăng 21% so với cùng kỳ. Trung Quốc là nguồn cung lớn nhất, chiếm gần 70%. Chiều ngược lại, xuất khẩu khung tranh, khung ảnh bằng gỗ đạt 96,7 triệu USD, tăng 14,2%.

Ông Phạm Quang Vinh, Phó chủ tịch Hiệp hội Mỹ nghệ và Chế biến gỗ TP HCM, ước tính cả nước có khoảng 3.000 cơ sở sản xuất, kinh doanh khung tranh, khung ảnh, trong đó hơn 2.000 là hộ kinh doanh cá thể. Theo ông, năm 2025 xuất khẩu nhóm hàng này dự báo đạt 250 triệu USD.

Minh Ngọc
"""

HK = "Hoàn Kiếm"
VN = "Việt Nam"
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("gấp ba ngày thường", "ba", 3, "multiple", "lần",
      subject="lượng bán của các cửa hàng khung ảnh ở phố Hàng Hòm", location=HK),
    F("khoảng 150 khung bằng", "150", 150, "measure", "khung bằng/ngày", approx="about",
      change=ch("increase", 3, "lần", "ngày thường"), subject="khung bằng cửa hàng bán mỗi ngày", location=HK),
    F("giá 85.000-120.000", "85.000", 85000, "money", "đồng", value_max=120000,
      subject="giá khung bằng khổ A4 loại gỗ thông", location=HK),
    F("mạ vàng 250.000-350.000", "250.000", 250000, "money", "đồng", value_max=350000,
      subject="giá khung viền mạ vàng", location=HK),
    F("khoảng 60% lượng bán", "60", 60, "percent", "%", approx="about",
      subject="tỷ trọng khung gỗ mộc trong lượng bán", period=year("Năm nay", 2024), location=HK),
    F("hơn 12.000 khung", "12.000", 12000, "count", "khung", approx="over",
      subject="khung gian hàng Khung Ảnh Việt bán được", period=P("tháng 5", "2024-05-01", "2024-05-31"),
      location="Bắc Ninh"),
    F("khoảng 840 triệu", "840", 840e6, "money", "đồng", approx="about",
      subject="doanh thu gian hàng Khung Ảnh Việt", period=P("tháng 5", "2024-05-01", "2024-05-31"),
      location="Bắc Ninh"),
    F("khẩu 18,4 triệu", "18,4", 18.4e6, "money", "USD", change=ch("increase", 21, "%", "cùng kỳ"),
      subject="nhập khẩu khung tranh, khung ảnh và gương có khung", period=M5, location=VN),
    F("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="tỷ trọng nguồn cung Trung Quốc trong nhập khẩu khung tranh, khung ảnh", period=inh(M5), location=VN),
    F("đạt 96,7 triệu", "96,7", 96.7e6, "money", "USD", change=ch("increase", 14.2),
      subject="xuất khẩu khung tranh, khung ảnh bằng gỗ", period=inh(M5), location=VN),
    F("khoảng 3.000 cơ sở", "3.000", 3000, "count", "cơ sở", approx="about", status="estimate",
      subject="cơ sở sản xuất, kinh doanh khung tranh, khung ảnh", location=VN),
    F("hơn 2.000 là", "2.000", 2000, "count", "cơ sở", approx="over", status="estimate",
      total=3000, subject="hộ kinh doanh cá thể sản xuất, kinh doanh khung tranh, khung ảnh", location=VN),
    F("đạt 250 triệu", "250", 250e6, "money", "USD", status="forecast",
      subject="xuất khẩu nhóm hàng khung tranh, khung ảnh", period=year("năm 2025", 2025), location=VN),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 8/6/2024, 09:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: the dateline and '(GMT+7)', 'khổ A4' (a paper size in a product name), 'phố Hàng Hòm', 'chủ một cửa hàng' (an article, not a count).",
    "Sapo 'bán gấp ba ngày thường' has no base amount: kind multiple (number word). In the body 'gấp 3 lần ngày thường' after",
    "'khoảng 150 khung bằng mỗi ngày' is that rate's change (3 lần); the rate is measure, unit khung bằng/ngày.",
    "Shop figures are located in quận Hoàn Kiếm (named); the online shop in Bắc Ninh; customs and association figures are Việt Nam.",
    "'chiếm gần 70%' stands in its own sentence after the import value: a percent figure (Trung Quốc is a trade partner, not a place).",
    "'ước tính cả nước có khoảng 3.000' → estimate; 'trong đó hơn 2.000' continues it (total 3.000). 'dự báo' → forecast.",
    "'tháng 5' takes 2024 from the dateline; 96,7 triệu USD inherits '5 tháng đầu năm 2024' from the previous sentences.",
]

if __name__ == "__main__":
    write("p1520-5", TEXT, NOTES, FIGS, published="2024-06-08")
