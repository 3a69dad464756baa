from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 20/9/2024, 06:00 (GMT+7)

Giá bưởi da xanh lên 45.000 đồng một kg

Nguồn cung giảm sau đợt hạn mặn, giá bưởi da xanh loại 1 tại vườn ở miền Tây tăng gần 2 lần so với đầu năm.

Ông Nguyễn Văn Tư, chủ vườn bưởi 2,5 ha ở xã Vĩnh Thành, huyện Chợ Lách (Bến Tre), cho biết thương lái đang thu mua bưởi da xanh loại 1 với giá 42.000-45.000 đồng một kg, loại 2 khoảng 30.000 đồng. "Vụ này vườn tôi thu khoảng 40 tấn, trừ chi phí còn lãi hơn 600 triệu đồng", ông Tư nói.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), 8 tháng đầu năm, xuất khẩu bưởi đạt 72 triệu USD, tăng 18% so với cùng kỳ năm ngoái. Trong đó, Hà Lan chiếm 22%, Hoa Kỳ chiếm 14% kim ngạch.

Cả nước hiện có khoảng 107.000 ha bưởi, trong đó Bến Tre là địa phương có diện tích lớn nhất với khoảng 10.500 ha. Sản lượng bưởi năm 2023 đạt hơn 1,2 triệu tấn.

Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, dự báo giá bưởi da xanh sẽ duy trì ở mức cao đến cuối năm, có thể đạt 50.000 đồng một kg dịp Tết. Tuy nhiên, ông lưu ý, để xuất khẩu bền vững, diện tích bưởi được cấp mã số vùng trồng hiện mới chiếm chưa đến 10% tổng diện tích, cần mở rộng nhanh hơn.

Năm 2024, Bộ Nông nghiệp và Phát triển nông thôn đặt mục tiêu kim ngạch xuất khẩu bưởi đạt khoảng 100 triệu USD.

Hoàng Nam
"""

N8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")

FIGS = [
    F("lên 45.000 đồng", "45.000", 45000, "money", "đồng/kg", "giá bưởi da xanh"),
    F("gần 2 lần", "2", 2, "multiple", "lần", "giá bưởi da xanh loại 1 tại vườn", approx="nearly"),
    F("bưởi 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích vườn bưởi", location="Chợ Lách", optional=True),
    F("giá 42.000-45.000", "42.000", 42000, "money", "đồng/kg", "giá thương lái thu mua bưởi da xanh loại 1",
      value_max=45000, location="Chợ Lách"),
    F("khoảng 30.000 đồng", "30.000", 30000, "money", "đồng/kg", "giá thương lái thu mua bưởi da xanh loại 2",
      approx="about", location="Chợ Lách"),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", "sản lượng bưởi thu hoạch của vườn", approx="about",
      location="Chợ Lách"),
    F("hơn 600 triệu", "600", 600000000, "money", "đồng", "lãi của vườn bưởi trừ chi phí", approx="over", location="Chợ Lách"),
    F("đạt 72 triệu USD", "72", 72000000, "money", "USD", "kim ngạch xuất khẩu bưởi", N8,
      change=CH("increase", 18, baseline="cùng kỳ năm ngoái"), location="Việt Nam"),
    F("chiếm 22%", "22", 22, "percent", "%", "tỷ trọng Hà Lan trong kim ngạch xuất khẩu bưởi", I(N8), location="Việt Nam"),
    F("chiếm 14%", "14", 14, "percent", "%", "tỷ trọng Hoa Kỳ trong kim ngạch xuất khẩu bưởi", I(N8), location="Việt Nam"),
    F("khoảng 107.000 ha", "107.000", 107000, "measure", "ha", "diện tích bưởi", approx="about", location="Việt Nam"),
    F("khoảng 10.500 ha", "10.500", 10500, "measure", "ha", "diện tích bưởi", approx="about", total=107000,
      location="Bến Tre"),
    F("hơn 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "sản lượng bưởi", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="over", location="Việt Nam"),
    F("đạt 50.000 đồng", "50.000", 50000, "money", "đồng/kg", "giá bưởi da xanh dịp Tết", status="forecast"),
    F("chưa đến 10%", "10", 10, "percent", "%", "diện tích bưởi được cấp mã số vùng trồng trong tổng diện tích",
      approx="under", location="Việt Nam"),
    F("khoảng 100 triệu USD", "100", 100000000, "money", "USD", "kim ngạch xuất khẩu bưởi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): `Thứ sáu, 20/9/2024, 06:00 (GMT+7)` gives published; green-skin pomelo prices in the",
    "Mekong delta, one grower in Chợ Lách (Bến Tre), national exports, area and output, a forecast and a 2024 target.",
    "No article-wide location: `miền Tây` is a region, not a province, city or district, so the headline, lead and forecast",
    "prices get none; the grower's figures are Chợ Lách; Vinafruit's and `Cả nước` figures are Việt Nam (Hà Lan, Hoa Kỳ are",
    "trade partners, not places). `đồng một kg` is a price per kg (unit đồng/kg). `tăng gần 2 lần so với đầu năm` with no base",
    "amount is the claim: a multiple. `8 tháng đầu năm` takes 2024 from the dateline. The grower's `2,5 ha` is optional.",
]

if __name__ == "__main__":
    emit("p603-6", TEXT, COMMENTS, FIGS, published="2024-09-20")
