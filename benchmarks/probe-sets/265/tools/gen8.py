from lib import F, P, Y, C, emit

TEXT = """Nam Trà My phát triển vùng quế gắn với bảo tồn giống quế Trà My

(QNO) - Giai đoạn 2021-2023, huyện Nam Trà My trồng mới hơn 1.150 ha quế, vượt 15% kế hoạch. Đến cuối năm 2023, tổng diện tích quế toàn huyện đạt khoảng 3.560 ha, trong đó 620 ha quế trên 10 năm tuổi.

Các xã có diện tích quế lớn là Trà Linh (khoảng 1.100 ha), Trà Nam (820 ha) và Trà Cang (560 ha). Huyện láng giềng Bắc Trà My hiện có 2.870 ha quế, chủ yếu ở các xã Trà Sơn, Trà Giáp.

Năm 2023, sản lượng vỏ quế khai thác toàn huyện đạt 1.240 tấn, tăng 18% so với năm 2022. Giá quế Trà My vỏ khô loại 1 từ 120.000 đến 150.000 đồng/kg, cao gấp khoảng 3 lần quế thông thường; nhiều hộ thu từ 200 đến 500 triệu đồng mỗi năm.

Để khuyến khích người dân, tỉnh Quảng Nam hỗ trợ 50% chi phí mua cây giống quế Trà My, tối đa 10 triệu đồng/ha. Theo Nghị quyết số 15-NQ/HU của Huyện ủy, đến năm 2025 huyện phấn đấu đạt 4.500 ha quế, trong đó 1.000 ha được cấp chứng nhận hữu cơ; thu nhập từ cây quế chiếm trên 40% tổng thu nhập của hộ đồng bào dân tộc thiểu số.

Ông Hồ Văn Lâm, Phó Chủ tịch UBND huyện, cho biết huyện đang phối hợp với Viện Khoa học Lâm nghiệp Việt Nam tuyển chọn 25 cây quế mẹ để nhân giống, đồng thời xây dựng 2 vườn ươm đạt chuẩn tại thôn 3, xã Trà Mai.

HOÀNG LIÊN
18/01/2024

Báo Quảng Nam - Cơ quan của Đảng bộ tỉnh Quảng Nam
Địa chỉ: 05 Nguyễn Du, TP. Tam Kỳ. Điện thoại: 0235.3812.329
Tổng truy cập: 4.286.113
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
END23 = P("Đến cuối năm 2023", None, "2023-12-31")
END23I = P("Đến cuối năm 2023", None, "2023-12-31", inh=True)
Y23I = Y(2023, "Năm 2023", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích quế trồng mới", GD, approx="over",
      change=C("increase", 15, "%", "kế hoạch")),
    F("khoảng 3.560 ha", "3.560", 3560, "measure", "ha", "tổng diện tích quế", END23, approx="about"),
    F("620 ha", "620", 620, "measure", "ha", "diện tích quế trên 10 năm tuổi", END23, total=3560),
    F("trên 10 năm tuổi", "10", 10, "measure", "năm tuổi", "tuổi quế", approx="over", optional=True),
    F("Trà Linh (khoảng 1.100 ha)", "1.100", 1100, "measure", "ha", "diện tích quế xã Trà Linh", END23I, approx="about"),
    F("Trà Nam (820 ha)", "820", 820, "measure", "ha", "diện tích quế xã Trà Nam", END23I),
    F("Trà Cang (560 ha)", "560", 560, "measure", "ha", "diện tích quế xã Trà Cang", END23I),
    F("có 2.870 ha", "2.870", 2870, "measure", "ha", "diện tích quế", location="Bắc Trà My"),
    F("đạt 1.240 tấn", "1.240", 1240, "measure", "tấn", "sản lượng vỏ quế khai thác", Y(2023, "Năm 2023"),
      change=C("increase", 18, "%", "năm 2022")),
    F("từ 120.000 đến 150.000", "120.000", 120000, "money", "đồng/kg", "giá quế Trà My vỏ khô loại 1", Y23I,
      value_max=150000, change=C("increase", 3, "lần", "quế thông thường", approx="about")),
    F("từ 200 đến 500 triệu", "200", 200e6, "money", "đồng", "thu của nhiều hộ mỗi năm", Y23I, value_max=500e6),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí mua cây giống quế Trà My", location="Quảng Nam"),
    F("tối đa 10 triệu", "10", 10e6, "money", "đồng/ha", "hỗ trợ chi phí mua cây giống quế Trà My", approx="at_most",
      location="Quảng Nam"),
    F("đạt 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích quế", T25, status="target"),
    F("trong đó 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ", T25,
      status="target", total=4500),
    F("trên 40%", "40", 40, "percent", "%", "thu nhập từ cây quế trong tổng thu nhập của hộ đồng bào dân tộc thiểu số",
      T25, approx="over", status="target"),
    F("chọn 25 cây", "25", 25, "count", "cây quế mẹ", "cây quế mẹ tuyển chọn để nhân giống"),
    F("xây dựng 2 vườn ươm", "2", 2, "count", "vườn ươm", "vườn ươm đạt chuẩn"),
]

COMMENTS = [
    "Báo Quảng Nam (QNO), no dateline at the top: byline and a bare date '18/01/2024' at the end, then the footer with 'Tổng truy cập: 4.286.113'.",
    "Nam Trà My cinnamon: planting 2021-2023, area by commune, harvest, prices, provincial support, 2025 targets.",
    "'vượt 15% kế hoạch' is a gap to plan: change +15 % with baseline kế hoạch. Communes are not districts: the commune list keeps location Nam Trà My",
    "(the commune name goes into the subject); 'Bắc Trà My' is a district: its own location. The province support rates take location Quảng Nam.",
    "'cao gấp khoảng 3 lần quế thông thường' is the change (lần, about) of the price range. '10 năm tuổi' is an age threshold: optional.",
    "Distractors: Nghị quyết số 15-NQ/HU, 'thôn 3', address '05 Nguyễn Du', phone, visitor counter, 'Viện Khoa học Lâm nghiệp Việt Nam' (a name).",
]

if __name__ == "__main__":
    emit("p265-8", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Nam Trà My")
