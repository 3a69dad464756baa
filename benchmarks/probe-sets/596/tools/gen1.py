"""p596-1: Cà Mau province portal — seafood exports and processing, 6 months 2024."""
from lib import F, P, inh, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cà Mau: Xuất khẩu thủy sản 6 tháng đạt hơn 530 triệu USD
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

(CMO) Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu thủy sản của tỉnh ước đạt 532,6 triệu USD, tăng 6,8% so với cùng kỳ năm 2023, đạt 46,3% kế hoạch năm. Trong đó, xuất khẩu tôm đạt 487,3 triệu USD, chiếm 91,5%.

Tính đến ngày 30/6/2024, toàn tỉnh có 39 nhà máy chế biến thủy sản xuất khẩu với tổng công suất khoảng 450.000 tấn/năm, trong đó 35 nhà máy chế biến tôm. Các nhà máy tập trung ở TP. Cà Mau (18 nhà máy), huyện Năm Căn (9 nhà máy) và huyện Cái Nước (5 nhà máy). Sản lượng chế biến 6 tháng ước đạt 98.450 tấn, tăng 4,2% so với cùng kỳ, trong đó tôm đông lạnh 76.380 tấn.

Về thị trường, Mỹ, Nhật Bản và Trung Quốc vẫn là 3 thị trường chủ lực với kim ngạch lần lượt là 168,4 triệu USD, 97,2 triệu USD và 71,5 triệu USD; xuất khẩu sang EU giảm 12,3% so với cùng kỳ, còn 48,9 triệu USD.

Giá tôm nguyên liệu tăng nhẹ: tôm sú loại 30 con/kg từ 230.000 đến 245.000 đồng/kg, tôm thẻ loại 100 con/kg khoảng 98.000 đồng/kg. Các nhà máy giải quyết việc làm cho gần 42.000 lao động, thu nhập bình quân từ 7,5 đến 9 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu thủy sản đạt 1,15 tỷ USD; đến năm 2025 đạt 1,3 tỷ USD.

Sở Công Thương Cà Mau - Số 95 Lý Thường Kiệt, Phường 7, TP. Cà Mau. Điện thoại: 0290.3831.238
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt hơn 530 triệu USD", "530", 530e6, "money", "USD", approx="over",
      subject="xuất khẩu thủy sản", period=H1s),
    F("ước đạt 532,6 triệu USD", "532,6", 532.6e6, "money", "USD", percent=46.3,
      change=CH("increase", 6.8, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="kim ngạch xuất khẩu thủy sản", period=H1),
    F("tôm đạt 487,3 triệu USD", "487,3", 487.3e6, "money", "USD", total=532.6e6, percent=91.5,
      status="estimate", subject="xuất khẩu tôm", period=inh(H1)),
    F("có 39 nhà máy", "39", 39, "count", "nhà máy",
      subject="nhà máy chế biến thủy sản xuất khẩu", period=ASOF),
    F("khoảng 450.000 tấn/năm", "450.000", 450000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất nhà máy chế biến thủy sản xuất khẩu", period=ASOF),
    F("trong đó 35 nhà máy", "35", 35, "count", "nhà máy", total=39,
      subject="nhà máy chế biến tôm", period=ASOF),
    F("(18 nhà máy)", "18", 18, "count", "nhà máy", subject="nhà máy chế biến thủy sản",
      period=inh(ASOF), location="Cà Mau"),
    F("(9 nhà máy)", "9", 9, "count", "nhà máy", subject="nhà máy chế biến thủy sản",
      period=inh(ASOF), location="Năm Căn"),
    F("(5 nhà máy)", "5", 5, "count", "nhà máy", subject="nhà máy chế biến thủy sản",
      period=inh(ASOF), location="Cái Nước"),
    F("ước đạt 98.450 tấn", "98.450", 98450, "measure", "tấn",
      change=CH("increase", 4.2, baseline="cùng kỳ"), status="estimate",
      subject="sản lượng chế biến", period=H1s),
    F("tôm đông lạnh 76.380 tấn", "76.380", 76380, "measure", "tấn", total=98450, status="estimate",
      subject="sản lượng tôm đông lạnh chế biến", period=H1s),
    F("là 3 thị trường chủ lực", "3", 3, "count", "thị trường",
      subject="thị trường chủ lực", optional=True),
    F("là 168,4 triệu USD", "168,4", 168.4e6, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Mỹ", period=inh(H1)),
    F("97,2 triệu USD", "97,2", 97.2e6, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Nhật Bản", period=inh(H1)),
    F("71,5 triệu USD", "71,5", 71.5e6, "money", "USD",
      subject="kim ngạch xuất khẩu thủy sản sang Trung Quốc", period=inh(H1)),
    F("còn 48,9 triệu USD", "48,9", 48.9e6, "money", "USD",
      change=CH("decrease", 12.3, baseline="cùng kỳ"),
      subject="xuất khẩu thủy sản sang EU", period=inh(H1)),
    F("loại 30 con/kg", "30", 30, "measure", "con/kg", subject="cỡ tôm sú", optional=True),
    F("từ 230.000 đến 245.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", value_max=245000,
      subject="giá tôm sú nguyên liệu loại 30 con/kg"),
    F("loại 100 con/kg", "100", 100, "measure", "con/kg", subject="cỡ tôm thẻ", optional=True),
    F("khoảng 98.000 đồng/kg", "98.000", 98000, "money", "đồng/kg", approx="about",
      subject="giá tôm thẻ nguyên liệu loại 100 con/kg"),
    F("gần 42.000 lao động", "42.000", 42000, "count", "lao động", approx="nearly",
      subject="lao động được các nhà máy giải quyết việc làm"),
    F("từ 7,5 đến 9 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân của lao động nhà máy"),
    F("đạt 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu thủy sản", period=Y24),
    F("đạt 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu thủy sản", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cà Mau province portal (breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842'): seafood exports, plants, output, markets,",
    "raw shrimp prices, workers, 6 months of 2024, targets 2024/2025. (CMO) tag and headline name the province.",
    "Headline figure: 'hơn 530 triệu USD' with year-less '6 tháng' (2024 from the dateline). 'Trong đó' parts take the whole before the cue",
    "and continue its 'ước' (estimate). District items in brackets get their district as location, no total (they neither add up to 39",
    "nor follow a cue). Trade partners stay in the subject. 'giảm 12,3% ..., còn 48,9 triệu USD' -> the change of 48,9 triệu.",
    "Size grades '30 con/kg', '100 con/kg' and the top-3 count are optional. Counter, phone, address, 'Phường 7' are not figures.",
]

if __name__ == "__main__":
    emit("p596-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Cà Mau")
