from lib import F, P, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Tin hoạt động

Bộ GTVT đề nghị các địa phương hoàn thành bàn giao mặt bằng cao tốc Bắc - Nam giai đoạn 2021-2025 trong quý II/2024
Ngày đăng: 22/04/2024

Theo báo cáo của Bộ GTVT, dự án xây dựng công trình đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 gồm 12 dự án thành phần với tổng chiều dài 721 km, đi qua 12 tỉnh, thành phố. Tổng diện tích đất cần thu hồi khoảng 6.140 ha, liên quan đến trên 32.000 hộ dân; các địa phương phải xây dựng 201 khu tái định cư.

Tính đến ngày 15/4/2024, các địa phương đã bàn giao 6.087 ha, đạt 99,1%; đã hoàn thành 195/201 khu tái định cư. Nhiều địa phương đã bàn giao 100% mặt bằng như Hà Tĩnh, Quảng Trị, Khánh Hòa. Một số tỉnh còn tồn đọng gồm Quảng Bình (98,5%), Quảng Ngãi (97,8%), Bình Định (99,3%) và Phú Yên (99,6%).

Về kinh phí, tổng vốn bồi thường, hỗ trợ, tái định cư của dự án khoảng 15.700 tỷ đồng; lũy kế đến nay các địa phương đã giải ngân 14.362 tỷ đồng, đạt 91,5%. Riêng quý I/2024 giải ngân 1.071 tỷ đồng, tăng 2,3 lần so với cùng kỳ năm 2023.

Nguyên nhân chậm trễ chủ yếu do một số hộ dân chưa đồng thuận với giá bồi thường, việc di dời hạ tầng kỹ thuật điện 110 kV, 220 kV còn chậm. Tại cuộc họp ngày 19/4, Thứ trưởng Nguyễn Duy Lâm đề nghị UBND các tỉnh hoàn thành bàn giao toàn bộ mặt bằng còn lại trước ngày 30/6/2024, hoàn thành xây dựng 6 khu tái định cư còn lại trong quý III/2024. Bộ GTVT phấn đấu đến cuối năm 2025 đưa toàn bộ 721 km vào khai thác, góp phần nâng tổng chiều dài cao tốc cả nước lên trên 3.000 km.

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDi = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
AS = P("Tính đến ngày 15/4/2024", None, "2024-04-15")
ASi = P("Tính đến ngày 15/4/2024", None, "2024-04-15", inh=True)
LIST = "tỷ lệ bàn giao mặt bằng"
FIGS = [
    F("gồm 12 dự án", "12", 12, "count", "dự án thành phần", "dự án thành phần", GD),
    F("dài 721 km", "721", 721, "measure", "km", "tổng chiều dài", GD),
    F("qua 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố dự án đi qua", GD, optional=True),
    F("khoảng 6.140 ha", "6.140", 6140, "measure", "ha", "tổng diện tích đất cần thu hồi", GDi, approx="about"),
    F("trên 32.000 hộ", "32.000", 32000, "count", "hộ", "hộ dân liên quan", GDi, approx="over"),
    F("xây dựng 201 khu", "201", 201, "count", "khu tái định cư", "khu tái định cư phải xây dựng", GDi),
    F("bàn giao 6.087 ha", "6.087", 6087, "measure", "ha", "diện tích đã bàn giao", AS, percent=99.1),
    F("195/201", "195", 195, "count", "khu tái định cư", "khu tái định cư đã hoàn thành", AS, total=201),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng đã bàn giao", ASi),
    F("điện 110 kV", "110", 110, "measure", "kV", optional=True),
    F("kV, 220 kV", "220", 220, "measure", "kV", optional=True),
    F("Quảng Bình (98,5%)", "98,5", 98.5, "percent", "%", LIST, ASi, location="Quảng Bình"),
    F("Quảng Ngãi (97,8%)", "97,8", 97.8, "percent", "%", LIST, ASi, location="Quảng Ngãi"),
    F("Bình Định (99,3%)", "99,3", 99.3, "percent", "%", LIST, ASi, location="Bình Định"),
    F("Phú Yên (99,6%)", "99,6", 99.6, "percent", "%", LIST, ASi, location="Phú Yên"),
    F("khoảng 15.700 tỷ đồng", "15.700", 15700000000000, "money", "đồng", "tổng vốn bồi thường, hỗ trợ, tái định cư của dự án",
      approx="about"),
    F("giải ngân 14.362 tỷ đồng", "14.362", 14362000000000, "money", "đồng", "vốn bồi thường, hỗ trợ, tái định cư đã giải ngân",
      P("lũy kế đến nay", None, "2024-04-22"), percent=91.5),
    F("giải ngân 1.071 tỷ đồng", "1.071", 1071000000000, "money", "đồng", "vốn giải ngân",
      P("quý I/2024", "2024-01-01", "2024-03-31"),
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"}),
    F("xây dựng 6 khu", "6", 6, "count", "khu tái định cư", "khu tái định cư còn lại hoàn thành xây dựng",
      P("trong quý III/2024", "2024-07-01", "2024-09-30"), status="target"),
    F("toàn bộ 721 km", "721", 721, "measure", "km", "chiều dài cao tốc đưa vào khai thác",
      P("đến cuối năm 2025", None, "2025-12-31"), status="target"),
    F("trên 3.000 km", "3.000", 3000, "measure", "km", "tổng chiều dài cao tốc cả nước",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

HEADER = """Cổng TTĐT Bộ Giao thông vận tải (ministry site): GPMB cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025. Dateline 'Ngày đăng: 22/04/2024' (no time).
National figures: location Việt Nam; the list 'Quảng Bình (98,5%), …' gives each item its province (subject = the list's indicator, the handed-over share).
'Nhiều địa phương đã bàn giao 100% mặt bằng như Hà Tĩnh, Quảng Trị, Khánh Hòa': one figure for several provinces named as examples → stays Việt Nam.
'giai đoạn 2021-2025' is the project's period in the first sentence (inherited by the next); '12 tỉnh, thành phố' is structure (optional).
'6.087 ha, đạt 99,1%' percent; '195/201' total 201; 'lũy kế đến nay' ends at the dateline. 'tăng 2,3 lần so với cùng kỳ năm 2023' is the change of 1.071 tỷ.
Targets: '6 khu … trong quý III/2024', 'phấn đấu đến cuối năm 2025 … 721 km', '… trên 3.000 km' (same clause chain, status target).
Distractors: 'giai đoạn 2021-2025', 'quý II/2024' in the headline, '110 kV, 220 kV' (voltage classes, optional), 'ngày 19/4',
'trước ngày 30/6/2024', address '80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội' (not a place of the figures), phone."""

emit("p300-5", TEXT, FIGS, HEADER, published="2024-04-22", location="Việt Nam")
