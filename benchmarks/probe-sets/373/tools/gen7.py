from lib import F, P, build

TEXT = """Kinh doanh › Nông nghiệp

Giá cá tra giống tăng gấp đôi, người nuôi thiếu con giống
Thứ sáu, 15/11/2024, 06:00 (GMT+7)

Nguồn cung cá tra giống thiếu hụt khiến giá tăng mạnh, nhiều trại ương ở miền Tây trúng đậm nhưng doanh nghiệp nuôi thương phẩm lo thiếu con giống cho vụ mới.

Trong tháng 11, giá cá tra giống cỡ 30 con/kg tại Đồng Tháp ở mức 45.000-48.000 đồng/kg, tăng gấp đôi so với đầu năm.

Theo Hiệp hội Cá tra Việt Nam, năm 2024 cả nước cần khoảng 4,5-5 tỷ con cá tra giống để thả nuôi trên diện tích khoảng 5.700 ha, nhưng nguồn cung chỉ đáp ứng chừng 70%.

Nguyên nhân chính là tỷ lệ sống từ cá bột lên cá giống chỉ đạt 10-15%, trong khi những năm trước đạt 25-30%, do chất lượng cá bố mẹ suy giảm và thời tiết bất lợi.

Đồng Tháp là địa phương có diện tích ương cá tra giống lớn nhất với hơn 1.900 ha. Nhiều hộ ương tại huyện Hồng Ngự cho biết lãi từ 250 đến 300 triệu đồng/ha mỗi vụ.

Ông Nguyễn Văn Tám, chủ trại giống ở xã Thường Phước 1, cho biết trại của ông có 120 cặp cá bố mẹ, mỗi đợt cho đẻ thu khoảng 30 triệu cá bột nhưng chỉ ương được chừng 3 triệu con giống. "Cá bố mẹ nuôi từ năm 2015 đã thoái hóa, phải thay mới ít nhất một nửa đàn", ông nói.

Bộ Nông nghiệp và Phát triển nông thôn dự báo nhu cầu cá tra giống năm 2025 sẽ tăng thêm 8-10%. Theo Nghị định 26/2019/NĐ-CP, cơ sở sản xuất giống phải công bố tiêu chuẩn áp dụng và được kiểm tra định kỳ.

Ngọc Tài
"""

N24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng gấp đôi, người nuôi", "đôi", 2, "multiple", "lần", "giá cá tra giống", location="Đồng Tháp"),
    F("cỡ 30 con/kg", "30", 30, "measure", "con/kg", "cỡ cá tra giống", optional=True, location="Đồng Tháp"),
    F("mức 45.000-48.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá cá tra giống", value_max=48000,
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "đầu năm"}, location="Đồng Tháp",
      period=P("Trong tháng 11", "2024-11-01", "2024-11-30")),
    F("khoảng 4,5-5 tỷ con", "4,5", 4.5e9, "count", "con", "cá tra giống cả nước cần để thả nuôi", value_max=5e9, approx="about",
      location="Việt Nam", period=N24),
    F("khoảng 5.700 ha", "5.700", 5700, "measure", "ha", "diện tích thả nuôi cá tra", approx="about", location="Việt Nam", period=N24),
    F("chừng 70%", "70", 70, "percent", "%", "nguồn cung cá tra giống đáp ứng nhu cầu", approx="about", location="Việt Nam", period=N24),
    F("chỉ đạt 10-15%", "10", 10, "percent", "%", "tỷ lệ sống từ cá bột lên cá giống", value_max=15, location="Việt Nam"),
    F("đạt 25-30%", "25", 25, "percent", "%", "tỷ lệ sống từ cá bột lên cá giống những năm trước", value_max=30, location="Việt Nam"),
    F("hơn 1.900 ha", "1.900", 1900, "measure", "ha", "diện tích ương cá tra giống", approx="over", location="Đồng Tháp"),
    F("từ 250 đến 300 triệu đồng/ha", "250", 250e6, "money", "đồng/ha", "lãi của hộ ương mỗi vụ", value_max=300e6, location="Hồng Ngự"),
    F("có 120 cặp", "120", 120, "count", "cặp", "cá bố mẹ của trại", location="Thường Phước 1"),
    F("khoảng 30 triệu cá bột", "30", 30e6, "count", "cá bột", "cá bột thu mỗi đợt cho đẻ", approx="about", location="Thường Phước 1"),
    F("chừng 3 triệu con", "3", 3e6, "count", "con", "con giống ương được mỗi đợt", approx="about", location="Thường Phước 1"),
    F("ít nhất một nửa đàn", "một nửa", 50, "percent", "%", "đàn cá bố mẹ phải thay mới", approx="at_least", optional=True, location="Thường Phước 1"),
    F("thêm 8-10%", "8", 8, "percent", "%", "nhu cầu cá tra giống tăng", value_max=10, status="forecast", location="Việt Nam",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "National press (VnExpress-like): pangasius seed prices and shortage, Nov 2024. Dateline 'Thứ sáu, 15/11/2024, 06:00 (GMT+7)'.",
    "No article-wide location: Đồng Tháp for its price and area, Việt Nam for the national need, the district/commune where the figure is theirs.",
    "Distractors: '(GMT+7)', 'Ông Nguyễn Văn Tám' (number word in a name), 'xã Thường Phước 1', 'từ năm 2015', Nghị định 26/2019/NĐ-CP.",
    "Headline 'Giá cá tra giống tăng gấp đôi' has no base figure: a standalone multiple (2 lần); location Đồng Tháp (the body's price), no period (stated only later).",
    "revised: the headline multiple was missing from the first gold (FIGURES.md: 'gấp 3 lần' standing alone as the claim is a multiple).",
    "'tăng gấp đôi so với đầu năm' after the price range: its change, 2 lần. 'cỡ 30 con/kg' is a size class (optional).",
    "'10-15%' and '25-30%' (những năm trước: no definable period) carry no period; the paragraph states none.",
    "'ít nhất một nửa đàn' is a quoted rough fraction: optional (percent 50 if read).",
    "'dự báo … sẽ tăng thêm 8-10%': growth rate as the claim, status forecast, no change object.",
]

if __name__ == "__main__":
    build(7, TEXT, COMMENTS, FIGS, published="2024-11-15", location=None)
