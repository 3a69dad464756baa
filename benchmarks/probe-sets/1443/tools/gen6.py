"""p1443-6: national newspaper (VnExpress-like dateline): nếp cái hoa vàng prices before Tết in Hà Nội; an HTX in Giao Thủy."""
from lib import F, period, year, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Nếp cái hoa vàng tăng giá dịp cận Tết

Thứ hai, 20/1/2025, 10:15 (GMT+7)

Giá gạo nếp cái hoa vàng tại Hà Nội tăng 10-15% so với tháng trước, nhiều cửa hàng đã hết hàng loại ngon dù còn gần hai tuần nữa mới đến Tết Ất Tỵ.

Tại các chợ và cửa hàng gạo ở Hà Nội, gạo nếp cái hoa vàng hiện được bán 42.000-48.000 đồng/kg, loại đặc biệt giá 55.000 đồng/kg, trong khi nếp thường chỉ dưới 25.000 đồng/kg. Bà Nguyễn Thị Hằng, chủ một cửa hàng gạo trên phố Khâm Thiên, cho biết từ đầu tháng 1 đến nay cửa hàng bán khoảng 300 kg nếp mỗi ngày, gấp 3 lần ngày thường.

Nguồn nếp chủ yếu từ Hải Dương, Nam Định, Thái Bình. Tại huyện Giao Thủy (Nam Định), Hợp tác xã Dịch vụ nông nghiệp Giao Tiến Xanh có 72 ha nếp cái hoa vàng hữu cơ. Vụ mùa năm 2024, HTX thu hoạch khoảng 290 tấn thóc, xay xát được 185 tấn gạo; đến nay đã bán gần 90% sản lượng. Giá bán tại HTX 38.000 đồng/kg, tăng 5.000 đồng so với cùng kỳ năm trước.

Ông Trần Văn Quý, Giám đốc HTX, cho biết năm nay HTX dự kiến mở rộng thêm 18 ha, nâng diện tích lên 90 ha để đáp ứng các đơn hàng từ Hà Nội và TP HCM.

Theo Hiệp hội Lương thực Việt Nam, giá nếp tăng do nguồn cung giảm sau bão Yagi, trong khi nhu cầu làm bánh chưng, xôi dịp Tết tăng mạnh. Cả nước hiện có khoảng 2.500 ha nếp cái hoa vàng được cấp mã số vùng trồng.

Phương Linh
"""

HN, GT = "Hà Nội", "Giao Thủy"
JAN = period("từ đầu tháng 1 đến nay", "2025-01-01", "2025-01-20")
VM24 = year("Vụ mùa năm 2024", 2024)
NOW_ASOF = period("đến nay", None, "2025-01-20")
NOW = year("năm nay", 2025)

FIGS = [
    F("tăng 10-15%", "10", 10, "percent", "%", "giá gạo nếp cái hoa vàng", value_max=15, location=HN),
    F("bán 42.000-48.000", "42.000", 42000, "money", "đồng/kg", "giá gạo nếp cái hoa vàng", value_max=48000,
      location=HN),
    F("giá 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá gạo nếp cái hoa vàng loại đặc biệt",
      location=HN),
    F("dưới 25.000", "25.000", 25000, "money", "đồng/kg", "giá nếp thường", approx="under", location=HN),
    F("khoảng 300 kg", "300", 300, "measure", "kg/ngày", "nếp cửa hàng bán mỗi ngày", JAN, approx="about",
      change=change("increase", 3, "lần", "ngày thường"), location=HN),
    F("có 72 ha", "72", 72, "measure", "ha", "diện tích nếp cái hoa vàng hữu cơ của HTX", location=GT),
    F("khoảng 290 tấn", "290", 290, "measure", "tấn", "thóc HTX thu hoạch", VM24, approx="about", location=GT),
    F("được 185 tấn", "185", 185, "measure", "tấn", "gạo HTX xay xát", VM24, location=GT),
    F("gần 90%", "90", 90, "percent", "%", "sản lượng đã bán", NOW_ASOF, approx="nearly", location=GT),
    F("HTX 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán tại HTX",
      change=change("increase", 5000, "đồng", "cùng kỳ năm trước"), location=GT),
    F("thêm 18 ha", "18", 18, "measure", "ha", "diện tích HTX mở rộng thêm", NOW, status="forecast", location=GT),
    F("lên 90 ha", "90", 90, "measure", "ha", "diện tích nếp của HTX", NOW, status="forecast", location=GT),
    F("khoảng 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích nếp cái hoa vàng được cấp mã số vùng trồng",
      approx="about", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ hai, 20/1/2025, 10:15 (GMT+7)' (published), sapo, byline at the end.",
    "No default location: Hà Nội for the market figures, Giao Thủy (Nam Định) for the cooperative, Việt Nam for the association's count.",
    "Sapo 'tăng 10-15% so với tháng trước' is a growth rate standing as the claim → percent figure (range), no change object.",
    "'gần hai tuần nữa mới đến Tết Ất Tỵ' is a duration locating a date → not a figure. 'dưới 25.000 đồng/kg' → approx under.",
    "'từ đầu tháng 1 đến nay' → 2025-01-01..2025-01-20 (published); 'khoảng 300 kg nếp mỗi ngày, gấp 3 lần ngày thường' → kg/ngày, change 3 lần.",
    "'đến nay đã bán gần 90% sản lượng' → percent figure (own verb), period as of the dateline (đến nay).",
    "'năm nay' = 2025 (published); 'dự kiến' → forecast for both 'thêm 18 ha' and 'lên 90 ha'.",
    "Distractors: '10:15', '(GMT+7)', 'Tết Ất Tỵ', 'gần hai tuần', 'bão Yagi', 'phố Khâm Thiên'.",
]

if __name__ == "__main__":
    write("p1443-6", TEXT, NOTES, FIGS, published="2025-01-20")
