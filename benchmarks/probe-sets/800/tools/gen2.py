"""p800-2: district portal (huyện Kỳ Sơn, Nghệ An), ginger area, yield, prices, cooperatives, drying kiln, 2025 targets."""
from lib import F, P, I, C, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Tin tức > Kinh tế - Nông nghiệp
Thứ Năm, 14/11/2024 - 10:20

Gừng - cây thoát nghèo của đồng bào vùng cao

Năm 2024, toàn huyện trồng 845 ha gừng, tăng 95 ha so với năm 2023, tập trung tại các xã Mường Lống (210 ha), Na Ngoi (185 ha), Huồi Tụ (160 ha) và Bắc Lý (120 ha). Gừng được trồng trên nương, xen dưới tán rừng, chủ yếu là giống gừng trâu bản địa.

Theo Phòng Nông nghiệp và PTNT huyện, năng suất gừng năm nay ước đạt 18 tấn/ha, sản lượng khoảng 15.200 tấn. Giá gừng tươi tại vườn dao động 12.000 - 15.000 đồng/kg, thấp hơn khoảng 20% so với năm trước nhưng người trồng vẫn có lãi. Bình quân mỗi hộ trồng 0,5 ha gừng có thu nhập từ 60 - 70 triệu đồng/năm.

Để nâng cao giá trị, huyện đã hỗ trợ thành lập 4 hợp tác xã sản xuất, chế biến gừng với 236 thành viên. HTX Nông nghiệp Mường Lống đầu tư lò sấy công suất 2 tấn gừng tươi/mẻ, mỗi năm sơ chế khoảng 350 tấn gừng thành gừng lát sấy khô, tinh bột gừng. Sản phẩm gừng lát sấy của HTX đã đạt chứng nhận OCOP 3 sao và được giới thiệu tại Phiên chợ nông sản vùng cao lần thứ 3 ở thành phố Vinh.

Năm 2025, huyện phấn đấu nâng diện tích gừng lên 1.000 ha, trong đó 150 ha sản xuất theo hướng hữu cơ; thu hút thêm ít nhất 1 doanh nghiệp liên kết bao tiêu sản phẩm cho đồng bào.

Tác giả: Lữ Thị Hiền - Trung tâm VH-TT&TT huyện
----------
Cơ quan chủ quản: UBND huyện Kỳ Sơn
Địa chỉ: Khối 4, thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An
Điện thoại: 0238.3875.102
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("trồng 845 ha gừng", "845", 845, "measure", "ha", "diện tích gừng", Y24,
      change=C("increase", 95, "ha", "năm 2023")),
    F("Mường Lống (210 ha)", "210", 210, "measure", "ha", "diện tích gừng", Y24),
    F("Na Ngoi (185 ha)", "185", 185, "measure", "ha", "diện tích gừng", Y24),
    F("Huồi Tụ (160 ha)", "160", 160, "measure", "ha", "diện tích gừng", Y24),
    F("Bắc Lý (120 ha)", "120", 120, "measure", "ha", "diện tích gừng", Y24),
    F("ước đạt 18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất gừng", NOW, status="estimate"),
    F("khoảng 15.200 tấn", "15.200", 15200, "measure", "tấn", "sản lượng gừng", NOW,
      approx="about", status="estimate"),
    F("dao động 12.000 - 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá gừng tươi tại vườn", I(NOW),
      value_max=15000, change=C("decrease", 20, "%", "năm trước", "about")),
    F("mỗi hộ trồng 0,5 ha", "0,5", 0.5, "measure", "ha", "diện tích gừng bình quân mỗi hộ", I(NOW), optional=True),
    F("từ 60 - 70 triệu đồng/năm", "60", 60_000_000, "money", "đồng/năm", "thu nhập bình quân mỗi hộ trồng gừng",
      I(NOW), value_max=70_000_000),
    F("thành lập 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã sản xuất, chế biến gừng"),
    F("với 236 thành viên", "236", 236, "count", "thành viên", "thành viên hợp tác xã gừng"),
    F("công suất 2 tấn gừng tươi/mẻ", "2", 2, "measure", "tấn/mẻ", "công suất lò sấy gừng"),
    F("khoảng 350 tấn gừng", "350", 350, "measure", "tấn", "gừng sơ chế mỗi năm", approx="about"),
    F("OCOP 3 sao", "3", 3, "rank", "sao", "hạng OCOP gừng lát sấy", optional=True),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích gừng", Y25, status="target"),
    F("trong đó 150 ha", "150", 150, "measure", "ha", "diện tích gừng sản xuất theo hướng hữu cơ", Y25,
      total=1000, status="target"),
    F("ít nhất 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", "doanh nghiệp liên kết bao tiêu gừng", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "District portal (huyện Kỳ Sơn, Nghệ An): ginger 2024, prices, cooperatives, drying kiln, 2025 targets.",
    "Distractors: Thứ Năm, 14/11/2024 - 10:20; 'lần thứ 3'; Khối 4; phone 0238.3875.102; 'gừng trâu' etc.",
    "Location default is the district Kỳ Sơn; commune list items also get Kỳ Sơn (FIGURES.md: location is a province, city or district);",
    "revised after scoring: the 4 commune items had location = the commune; changed to the district Kỳ Sơn per that definition.",
    "the kiln of HTX Nông nghiệp Mường Lống keeps Kỳ Sơn (a cooperative's name is not a stated place of the figure).",
    "Commune list (sum 675) does not add up to 845 ha ('tập trung tại'): no total. 'năm nay' = 2024.",
    "'mỗi hộ trồng 0,5 ha' is the example household's size: optional. OCOP 3 sao is a rating level: optional.",
    "'ước đạt 18 tấn/ha, sản lượng khoảng 15.200 tấn': the estimate cue continues into the next clause.",
]

if __name__ == "__main__":
    write_set(2, TEXT, FIGS, NOTES, published="2024-11-14", location="Kỳ Sơn")
