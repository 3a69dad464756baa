from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH HÀ - TỈNH HẢI DƯƠNG
Thứ Ba, 25/06/2024 - 10:15

Vải thiều Thanh Hà được mùa, được giá

Vụ vải năm 2024, toàn huyện có 4.560 ha vải, trong đó vải thiều 3.800 ha, vải sớm 760 ha, với khoảng 6.200 hộ tham gia sản xuất. Sản lượng ước đạt 48.000 tấn, tăng gấp đôi so với năm 2023 do thời tiết thuận lợi, cây ra hoa đồng đều.

Đến ngày 20/6, các hộ đã thu hoạch khoảng 60% sản lượng. Giá vải thiều tại vườn dao động 30.000-45.000 đồng/kg; vải đạt tiêu chuẩn xuất khẩu sang Nhật Bản được doanh nghiệp thu mua 60.000 đồng/kg. Tổng giá trị thu từ vải ước đạt trên 1.000 tỷ đồng.

Năm nay, huyện có 5 doanh nghiệp tham gia xuất khẩu vải; dự kiến xuất 1.500 tấn sang các thị trường Nhật Bản, Mỹ, Australia, EU và hơn 8.000 tấn sang Trung Quốc. Xã Thanh Sơn có diện tích vải lớn nhất huyện với 800 ha, sản lượng 9.200 tấn, chiếm 19% sản lượng toàn huyện.

Trong khuôn khổ Ngày hội vải thiều Thanh Hà lần thứ III, huyện đã bố trí 45 gian hàng trưng bày nông sản, thu hút hơn 12.000 lượt khách tham quan, mua sắm. Huyện cũng hỗ trợ hình thành 12 điểm thu mua, sơ chế tập trung tại các xã ven sông Hương.

Mọi thông tin hỗ trợ tiêu thụ vải, liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0220.3816.234.

Minh Thu (Trung tâm VH-TT huyện)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
NAY = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 4.560 ha", "4.560", 4560, "measure", "ha", "diện tích vải", Y24),
    F("vải thiều 3.800 ha", "3.800", 3800, "measure", "ha", "diện tích vải thiều", Y24, total=4560),
    F("vải sớm 760 ha", "760", 760, "measure", "ha", "diện tích vải sớm", Y24, total=4560),
    F("khoảng 6.200 hộ", "6.200", 6200, "count", "hộ", "hộ tham gia sản xuất vải", Y24, approx="about"),
    F("ước đạt 48.000 tấn", "48.000", 48000, "measure", "tấn", "sản lượng vải", Y24i, status="estimate",
      change=CH("increase", 2, "lần", "năm 2023")),
    F("khoảng 60% sản lượng", "60", 60, "percent", "%", "tỷ lệ sản lượng vải đã thu hoạch",
      P("Đến ngày 20/6", None, "2024-06-20"), approx="about"),
    F("dao động 30.000-45.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá vải thiều tại vườn",
      value_max=45000),
    F("thu mua 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg",
      "giá doanh nghiệp thu mua vải đạt tiêu chuẩn xuất khẩu sang Nhật Bản"),
    F("trên 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "tổng giá trị thu từ vải", Y24i, approx="over",
      status="estimate"),
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu vải", NAY),
    F("xuất 1.500 tấn", "1.500", 1500, "measure", "tấn", "vải xuất sang các thị trường Nhật Bản, Mỹ, Australia, EU",
      NAY, status="forecast"),
    F("hơn 8.000 tấn", "8.000", 8000, "measure", "tấn", "vải xuất sang Trung Quốc", NAY, approx="over",
      status="forecast"),
    F("với 800 ha", "800", 800, "measure", "ha", "diện tích vải", Y24i),
    F("sản lượng 9.200 tấn", "9.200", 9200, "measure", "tấn", "sản lượng vải", Y24i, percent=19),
    F("bố trí 45 gian hàng", "45", 45, "count", "gian hàng", "gian hàng trưng bày nông sản"),
    F("hơn 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách tham quan, mua sắm",
      approx="over"),
    F("hình thành 12 điểm", "12", 12, "count", "điểm thu mua", "điểm thu mua, sơ chế tập trung"),
]

COMMENTS = [
    "District portal (huyện Thanh Hà, Hải Dương): vải thiều 2024 — area, households, output, prices, exports, fair.",
    "Dateline 'Thứ Ba, 25/06/2024 - 10:15'; byline at the end. Distractors: 'lần thứ III' (edition), phone 0220.3816.234,",
    "'Đến ngày 20/6' (as-of date, year from the dateline), 'Nhật Bản' inside a price subject (trade partner, not a place).",
    "'tăng gấp đôi so với năm 2023' after the output is its change: 2 lần. 'Năm nay' = 2024 (dateline and 'Vụ vải năm 2024').",
    "Commune Thanh Sơn: location stays the district; subject is the indicator only. 'chiếm 19% sản lượng toàn huyện' -> percent.",
    "revised: commune removed from the two Thanh Sơn subjects (same convention as p385-3).",
    "'dự kiến' governs its clause after ';' (both export volumes forecast); the count of firms before ';' is actual.",
]

emit("p385-7", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Thanh Hà")
