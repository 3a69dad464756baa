from lib import emit, F, P, ch
TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.317

Sơn La: Nuôi cá lồng trên lòng hồ thủy điện tiếp tục phát triển

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 12.450 lồng cá nuôi trên lòng hồ thủy điện Sơn La và Hòa Bình, tổng thể tích khoảng 1,15 triệu m³, tăng 1.020 lồng so với cuối năm 2023. Trong đó, huyện Quỳnh Nhai 5.210 lồng, huyện Mường La 3.870 lồng, huyện Thuận Châu 1.940 lồng, các huyện còn lại 1.430 lồng.

6 tháng đầu năm 2024, sản lượng cá lồng ước đạt 4.820 tấn, tăng 12,6% so với cùng kỳ năm 2023, đạt 50,7% kế hoạch năm. Các loài nuôi chủ yếu là cá rô phi, cá diêu hồng, cá trắm cỏ, cá lăng, cá chiên; riêng nhóm cá đặc sản ước đạt gần 640 tấn, chiếm 13,3% sản lượng.

Từ đầu năm đến nay, do nắng nóng kéo dài và mực nước hồ xuống thấp, toàn tỉnh có 27 lồng cá bị thiệt hại với khoảng 9,5 tấn cá chết, chủ yếu tại xã Mường Giôn và xã Chiềng Bằng.

Toàn tỉnh hiện có 42 hợp tác xã và 1.315 hộ tham gia nuôi cá lồng, tạo việc làm thường xuyên cho trên 2.600 lao động. Doanh thu bình quân của các hợp tác xã đạt từ 1,5 đến 3 tỷ đồng/năm; giá bán cá rô phi, cá diêu hồng tại lồng dao động từ 38.000 đến 45.000 đồng/kg, cá lăng, cá chiên từ 180.000 đến 250.000 đồng/kg.

Theo kế hoạch, năm 2024 tỉnh phấn đấu đạt 9.500 tấn cá lồng, phát triển thêm 800 lồng; đến năm 2025 tổng số lồng đạt 14.000 lồng với thể tích trên 1,4 triệu m³, theo Đề án phát triển thủy sản giai đoạn 2021-2025 ban hành kèm theo Quyết định số 1520/QĐ-UBND.

Mọi thông tin chi tiết liên hệ Chi cục Thủy sản tỉnh, số 8 đường Tô Hiệu, thành phố Sơn La; điện thoại 0212.3852.447.
"""
asof = P("tính đến ngày 30/6/2024", None, "2024-06-30")
asof_i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
h6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h6_i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("toàn tỉnh có 12.450 lồng", "12.450", 12450, "count", "lồng", "lồng cá nuôi trên lòng hồ thủy điện",
      change=ch("increase", 1020, "lồng", "cuối năm 2023"), period=asof),
    F("khoảng 1,15 triệu m³", "1,15", 1150000, "measure", "m³", "tổng thể tích lồng nuôi", approx="about", period=asof),
    F("Quỳnh Nhai 5.210 lồng", "5.210", 5210, "count", "lồng", "lồng cá nuôi trên lòng hồ thủy điện", total=12450,
      period=asof_i, location="Quỳnh Nhai"),
    F("Mường La 3.870 lồng", "3.870", 3870, "count", "lồng", "lồng cá nuôi trên lòng hồ thủy điện", total=12450,
      period=asof_i, location="Mường La"),
    F("Thuận Châu 1.940 lồng", "1.940", 1940, "count", "lồng", "lồng cá nuôi trên lòng hồ thủy điện", total=12450,
      period=asof_i, location="Thuận Châu"),
    F("còn lại 1.430 lồng", "1.430", 1430, "count", "lồng", "lồng cá nuôi các huyện còn lại", total=12450, period=asof_i),
    F("ước đạt 4.820 tấn", "4.820", 4820, "measure", "tấn", "sản lượng cá lồng", status="estimate",
      change=ch("increase", 12.6, "%", "cùng kỳ năm 2023"), percent=50.7, period=h6),
    F("gần 640 tấn", "640", 640, "measure", "tấn", "sản lượng nhóm cá đặc sản", approx="nearly", status="estimate",
      percent=13.3, period=h6_i),
    F("có 27 lồng cá", "27", 27, "count", "lồng", "lồng cá bị thiệt hại do nắng nóng",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")),
    F("khoảng 9,5 tấn cá chết", "9,5", 9.5, "measure", "tấn", "cá chết", approx="about",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")),
    F("có 42 hợp tác xã", "42", 42, "count", "hợp tác xã", "hợp tác xã nuôi cá lồng"),
    F("1.315 hộ", "1.315", 1315, "count", "hộ", "hộ tham gia nuôi cá lồng"),
    F("trên 2.600 lao động", "2.600", 2600, "count", "lao động", "lao động có việc làm thường xuyên", approx="over"),
    F("từ 1,5 đến 3 tỷ đồng/năm", "1,5", 1500000000, "money", "đồng/năm", "doanh thu bình quân của các hợp tác xã",
      value_max=3000000000),
    F("từ 38.000 đến 45.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán cá rô phi, cá diêu hồng tại lồng",
      value_max=45000),
    F("từ 180.000 đến 250.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá bán cá lăng, cá chiên",
      value_max=250000),
    F("đạt 9.500 tấn", "9.500", 9500, "measure", "tấn", "sản lượng cá lồng", status="target", period=y24),
    F("thêm 800 lồng", "800", 800, "count", "lồng", "lồng phát triển thêm", status="target", period=y24),
    F("đạt 14.000 lồng", "14.000", 14000, "count", "lồng", "tổng số lồng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("trên 1,4 triệu m³", "1,4", 1400000, "measure", "m³", "thể tích lồng nuôi", approx="over", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]
COMMENTS = [
    "Cổng TTĐT tỉnh Sơn La (province portal): cage fish on the Sơn La / Hòa Bình reservoirs, as of 30/6/2024 and 6 months 2024.",
    "Dateline 'Cập nhật: 12/07/2024 09:15'; 'Lượt xem: 2.317' is a view counter. Distractors: Quyết định số 1520/QĐ-UBND,",
    "'giai đoạn 2021-2025' (names the Đề án), address 'số 8 đường Tô Hiệu', phone 0212.3852.447, 'thủy điện Sơn La và Hòa Bình' (names).",
    "District parts after 'Trong đó' take total 12.450 and their district as location; 'tăng 1.020 lồng so với cuối năm 2023' is the change.",
    "'đạt 50,7% kế hoạch năm' is the percent of 4.820 tấn; 'riêng … chiếm 13,3%' has no part-of cue, so 640 tấn has percent but no total.",
    "'Từ đầu năm đến nay' runs to the dateline. Ranges of revenue (đồng/năm) and prices (đồng/kg) are money with value_max.",
    "Targets: 'phấn đấu' governs 9.500 tấn and 800 lồng (năm 2024); 'đến năm 2025' gives end-only periods for 14.000 lồng and 1,4 triệu m³.",
]
emit(1, TEXT, COMMENTS, FIGS, published="2024-07-12", location="Sơn La")
