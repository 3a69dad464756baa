"""p596-2: huyện Thanh Bình (Đồng Tháp) district portal — pangasius raw material prices and processing, Q1/2024."""
from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH BÌNH
Thứ Ba, 16/04/2024 - 09:45

Quý I/2024: Giá cá tra nguyên liệu phục hồi, nhà máy chế biến tăng ca

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, quý I/2024, diện tích thả nuôi cá tra trên địa bàn huyện đạt 412,5 ha; sản lượng thu hoạch ước đạt 58.300 tấn, tăng 9,1% so với cùng kỳ năm 2023.

Giá cá tra nguyên liệu loại 1 (0,8 - 1 kg/con) hiện dao động từ 28.500 đến 29.500 đồng/kg, cao hơn khoảng 2.000 đồng/kg so với cuối năm 2023. Với giá thành nuôi khoảng 27.000 đồng/kg, người nuôi lãi từ 1.500 đến 2.500 đồng/kg.

Hiện trên địa bàn huyện có 2 nhà máy chế biến cá tra xuất khẩu là Công ty CP Thủy sản Sông Tiền và Nhà máy Thanh Bình 2 (ấp Tân Thạnh, Quốc lộ 30). Các nhà máy thu mua khoảng 70% sản lượng cá của huyện; trong quý chế biến được 21.640 tấn cá tra phi lê đông lạnh, đạt 26,4% kế hoạch năm. Tổng số lao động làm việc tại các nhà máy là 3.260 người, trong đó lao động nữ chiếm 68%; thu nhập bình quân 8,2 triệu đồng/người/tháng.

Kim ngạch xuất khẩu cá tra của các doanh nghiệp trên địa bàn huyện quý I ước đạt 62,8 triệu USD, tăng 11,5% so với cùng kỳ; thị trường chính là Trung Quốc, Mỹ, Brazil và Mexico.

Năm 2024, huyện phấn đấu sản lượng cá tra thu hoạch đạt 245.000 tấn, sản lượng cá tra phi lê chế biến đạt 82.000 tấn.

Hồng Nhung (Phòng Văn hóa và Thông tin huyện)
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 412,5 ha", "412,5", 412.5, "measure", "ha", subject="diện tích thả nuôi cá tra", period=Q1),
    F("ước đạt 58.300 tấn", "58.300", 58300, "measure", "tấn", status="estimate",
      change=CH("increase", 9.1, baseline="cùng kỳ năm 2023"),
      subject="sản lượng cá tra thu hoạch", period=Q1),
    F("(0,8 - 1 kg/con)", "0,8", 0.8, "measure", "kg/con", value_max=1,
      subject="cỡ cá tra nguyên liệu loại 1", optional=True),
    F("từ 28.500 đến 29.500 đồng/kg", "28.500", 28500, "money", "đồng/kg", value_max=29500,
      change=CH("increase", 2000, unit="đồng/kg", approx="about", baseline="cuối năm 2023"),
      subject="giá cá tra nguyên liệu loại 1"),
    F("khoảng 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", approx="about",
      subject="giá thành nuôi cá tra"),
    F("từ 1.500 đến 2.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", value_max=2500,
      subject="lãi của người nuôi cá tra"),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy chế biến cá tra xuất khẩu"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", approx="about",
      subject="sản lượng cá của huyện được các nhà máy thu mua", period=inh(Q1)),
    F("được 21.640 tấn", "21.640", 21640, "measure", "tấn", percent=26.4,
      subject="cá tra phi lê đông lạnh chế biến", period=P("trong quý", "2024-01-01", "2024-03-31")),
    F("là 3.260 người", "3.260", 3260, "count", "người", subject="lao động làm việc tại các nhà máy"),
    F("chiếm 68%", "68", 68, "percent", "%", subject="lao động nữ"),
    F("8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động tại các nhà máy"),
    F("ước đạt 62,8 triệu USD", "62,8", 62.8e6, "money", "USD", status="estimate",
      change=CH("increase", 11.5, baseline="cùng kỳ"),
      subject="kim ngạch xuất khẩu cá tra", period=P("quý I", "2024-01-01", "2024-03-31")),
    F("đạt 245.000 tấn", "245.000", 245000, "measure", "tấn", status="target",
      subject="sản lượng cá tra thu hoạch", period=Y24),
    F("đạt 82.000 tấn", "82.000", 82000, "measure", "tấn", status="target",
      subject="sản lượng cá tra phi lê chế biến", period=Y24),
]

COMMENTS = [
    "District portal of huyện Thanh Bình (Đồng Tháp), 'Thứ Ba, 16/04/2024 - 09:45', byline at the end: pangasius farming, raw fish",
    "prices, two processing plants, fillet output, workers, exports, Q1/2024, targets 2024. Location is the district throughout.",
    "'trong quý' (in a quarterly item) is quý I/2024, as 'trong tháng' is the month; 'quý I' without year takes 2024.",
    "Prices stated with 'hiện' get no period. 'cao hơn khoảng 2.000 đồng/kg so với cuối năm 2023' is the price's change.",
    "'lao động nữ chiếm 68%' is a percent figure of its own (no count to carry it). Size grade '0,8 - 1 kg/con' optional.",
    "revised: 68% subject 'tỷ lệ lao động nữ làm việc tại các nhà máy' -> 'lao động nữ' (as the sentence names it; 'tỷ lệ' was added",
    "by hand and the set's other parts, p596-5 14.200 người and p596-7 85%, already use the short name).",
    "Not figures: 'Thanh Bình 2' (plant name), 'Quốc lộ 30', the dateline; 'loại 1' is a grade name.",
]

if __name__ == "__main__":
    emit("p596-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Thanh Bình")
