"""p677-1: Bình Thuận province portal — fish-sauce output 9 months 2024, producers by locality, anchovy catch, prices, OCOP, exports."""
from lib import F, P, inh, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Thuận: 9 tháng sản xuất hơn 52 triệu lít nước mắm
Cập nhật: 14/10/2024 08:30
Lượt xem: 3.152

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, sản lượng nước mắm toàn tỉnh ước đạt 52,6 triệu lít, tăng 4,8% so với cùng kỳ, đạt 75,1% kế hoạch năm. Trong đó, nước mắm truyền thống (độ đạm từ 20 g N/l trở lên) ước đạt 31,2 triệu lít, chiếm 59,3%.

Tính đến ngày 30/9/2024, toàn tỉnh có 318 cơ sở chế biến nước mắm đang hoạt động, tập trung tại thành phố Phan Thiết (134 cơ sở), thị xã La Gi (82 cơ sở), huyện Tuy Phong (57 cơ sở) và huyện Phú Quý (21 cơ sở). Số thùng chượp hiện có khoảng 21.400 thùng, sức chứa bình quân 10-12 tấn/thùng.

Về nguyên liệu, sản lượng khai thác cá cơm 9 tháng đạt 48.350 tấn, giảm 6,2% so với cùng kỳ năm 2023 do thời tiết bất lợi. Giá cá cơm tại cảng cá Phan Thiết dao động từ 9.000 đến 13.000 đồng/kg. Giá bán nước mắm truyền thống loại 30 độ đạm phổ biến ở mức 60.000-75.000 đồng/lít; loại 40 độ đạm trên 120.000 đồng/lít.

Toàn tỉnh hiện có 17 sản phẩm nước mắm được công nhận OCOP, trong đó 5 sản phẩm đạt 4 sao. Kim ngạch xuất khẩu nước mắm 9 tháng ước đạt 8,4 triệu USD, tăng 12,5% so với cùng kỳ, chủ yếu sang Hoa Kỳ, Nhật Bản và Hàn Quốc.

Năm 2025, tỉnh phấn đấu sản lượng nước mắm đạt 72 triệu lít, trong đó có ít nhất 20 sản phẩm OCOP.

Mọi thông tin xin liên hệ: Phòng Quản lý chất lượng nông lâm sản và thủy sản, số 9 Tuyên Quang, phường Phú Thủy, TP Phan Thiết; điện thoại 0252.3822.160.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9b = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    F("sản xuất hơn 52 triệu lít", "52", 52e6, "measure", "lít", "sản lượng nước mắm sản xuất",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("ước đạt 52,6 triệu lít", "52,6", 52.6e6, "measure", "lít", "sản lượng nước mắm toàn tỉnh", Y9,
      percent=75.1, change=CH("increase", 4.8, baseline="cùng kỳ"), status="estimate"),
    F("trở lên) ước đạt 31,2 triệu lít", "31,2", 31.2e6, "measure", "lít", "nước mắm truyền thống", inh(Y9),
      total=52.6e6, percent=59.3, status="estimate"),
    F("độ đạm từ 20 g N/l trở lên", "20", 20, "measure", "g N/l", "độ đạm nước mắm truyền thống",
      approx="at_least", optional=True, note="a threshold in a definition"),
    F("toàn tỉnh có 318 cơ sở", "318", 318, "count", "cơ sở", "cơ sở chế biến nước mắm đang hoạt động", ASOF),
    F("Phan Thiết (134 cơ sở)", "134", 134, "count", "cơ sở", "cơ sở chế biến nước mắm đang hoạt động", ASOF,
      location="Phan Thiết", note="items after 'tập trung tại' (no part-of cue; 134+82+57+21=294, not 318): no total"),
    F("La Gi (82 cơ sở)", "82", 82, "count", "cơ sở", "cơ sở chế biến nước mắm đang hoạt động", ASOF, location="La Gi"),
    F("Tuy Phong (57 cơ sở)", "57", 57, "count", "cơ sở", "cơ sở chế biến nước mắm đang hoạt động", ASOF,
      location="Tuy Phong"),
    F("Phú Quý (21 cơ sở)", "21", 21, "count", "cơ sở", "cơ sở chế biến nước mắm đang hoạt động", ASOF, location="Phú Quý"),
    F("khoảng 21.400 thùng", "21.400", 21400, "count", "thùng", "thùng chượp hiện có", approx="about"),
    F("bình quân 10-12 tấn/thùng", "10", 10, "measure", "tấn/thùng", "sức chứa bình quân thùng chượp", value_max=12),
    F("cá cơm 9 tháng đạt 48.350 tấn", "48.350", 48350, "measure", "tấn", "sản lượng khai thác cá cơm", Y9b,
      change=CH("decrease", 6.2, baseline="cùng kỳ năm 2023")),
    F("từ 9.000 đến 13.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá cá cơm tại cảng cá Phan Thiết",
      value_max=13000, location="Phan Thiết"),
    F("loại 30 độ đạm", "30", 30, "measure", "độ đạm", "độ đạm nước mắm truyền thống loại", optional=True,
      note="grade names ('loại 30 độ đạm') are optional"),
    F("mức 60.000-75.000 đồng/lít", "60.000", 60000, "money", "đồng/lít",
      "giá bán nước mắm truyền thống loại 30 độ đạm", value_max=75000),
    F("loại 40 độ đạm", "40", 40, "measure", "độ đạm", "độ đạm nước mắm truyền thống loại", optional=True),
    F("trên 120.000 đồng/lít", "120.000", 120000, "money", "đồng/lít", "giá bán nước mắm truyền thống loại 40 độ đạm",
      approx="over"),
    F("có 17 sản phẩm", "17", 17, "count", "sản phẩm", "sản phẩm nước mắm được công nhận OCOP"),
    F("5 sản phẩm đạt 4 sao", "5", 5, "count", "sản phẩm", "sản phẩm nước mắm OCOP đạt 4 sao", total=17,
      note="'4 sao' is a rating label, not a figure (like 'mức độ 3')"),
    F("ước đạt 8,4 triệu USD", "8,4", 8.4e6, "money", "USD", "kim ngạch xuất khẩu nước mắm", Y9b,
      change=CH("increase", 12.5, baseline="cùng kỳ"), status="estimate"),
    F("đạt 72 triệu lít", "72", 72e6, "measure", "lít", "sản lượng nước mắm", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", "sản phẩm OCOP", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="at_least", status="target", note="'trong đó' follows 72 triệu lít (another unit): no total"),
]

COMMENTS = [
    "p677-1 — Bình Thuận province portal: nước mắm 9 tháng năm 2024 (output, producers by locality, anchovy catch, prices, OCOP, exports, 2025 targets).",
    "Breadcrumb, 'Cập nhật: 14/10/2024 08:30' (published), 'Lượt xem: 3.152' (counter), address 'số 9 Tuyên Quang', phone: not figures.",
    "Headline '9 tháng' takes 2024 from the dateline. '4 sao' is a rating label. Grade names 'loại 30/40 độ đạm' and the threshold '20 g N/l trở lên' optional.",
]

if __name__ == "__main__":
    emit("p677-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bình Thuận")
