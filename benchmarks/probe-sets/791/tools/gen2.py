"""p791-2: district portal (huyện Hải Hậu, Nam Định), drone seeding of spring rice in xã Hải Đông."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ » Tin tức » Tin các xã, thị trấn
Thứ Ba, 12/03/2024 - 10:20

Xã Hải Đông gieo sạ lúa xuân bằng máy bay không người lái

Vụ xuân năm nay, HTX Dịch vụ nông nghiệp Hải Đông 1 phối hợp với một doanh nghiệp công nghệ đưa 4 máy bay không người lái vào gieo sạ trên cánh đồng xóm 9. Sau 12 ngày, các máy đã gieo sạ xong 186 ha, chiếm 38% diện tích lúa xuân của xã.

Theo tính toán của HTX, gieo sạ bằng máy bay chỉ cần lượng giống 60-70 kg/ha, giảm khoảng 50 kg/ha so với gieo sạ thủ công; chi phí thuê gieo 450.000 đồng/ha, trong khi cấy tay mất 3,2 triệu đồng/ha. Như vậy, mỗi ha nông dân tiết kiệm được hơn 2,7 triệu đồng tiền công và giống.

Ông Trần Văn Sáu, Giám đốc HTX, cho biết 2 thành viên của HTX đã hoàn thành khóa huấn luyện lần thứ 3 do Trung tâm Khuyến nông tỉnh tổ chức và được cấp chứng chỉ điều khiển thiết bị bay. Mỗi máy có giá khoảng 520 triệu đồng, tải trọng 40 lít; HTX được hỗ trợ 30% giá trị máy từ nguồn vốn xây dựng nông thôn mới.

Vụ mùa tới, HTX dự kiến mở rộng gieo sạ bằng máy bay lên 300 ha. Toàn huyện Hải Hậu hiện có 27 máy bay không người lái phục vụ phun thuốc, gieo sạ tại 18/32 xã, thị trấn.

Thu Hà - Phòng Nông nghiệp và PTNT huyện
"""

XUAN = P("Vụ xuân năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("đưa 4 máy bay", "4", 4, "count", "máy bay không người lái",
      "máy bay không người lái đưa vào gieo sạ", XUAN),
    F("Sau 12 ngày", "12", 12, "measure", "ngày", "thời gian gieo sạ", optional=True),
    F("xong 186 ha", "186", 186, "measure", "ha", "diện tích lúa gieo sạ bằng máy bay không người lái", I(XUAN),
      percent=38),
    F("lượng giống 60-70 kg/ha", "60", 60, "measure", "kg/ha", "lượng giống gieo sạ bằng máy bay",
      value_max=70, change=C("decrease", 50, "kg/ha", "gieo sạ thủ công", "about")),
    F("thuê gieo 450.000 đồng/ha", "450.000", 450000, "money", "đồng/ha", "chi phí thuê gieo sạ bằng máy bay"),
    F("mất 3,2 triệu đồng/ha", "3,2", 3200000, "money", "đồng/ha", "chi phí cấy tay"),
    F("hơn 2,7 triệu đồng", "2,7", 2700000, "money", "đồng/ha", "tiền công và giống nông dân tiết kiệm mỗi ha",
      approx="over"),
    F("cho biết 2 thành viên", "2", 2, "count", "thành viên",
      "thành viên HTX được cấp chứng chỉ điều khiển thiết bị bay"),
    F("khoảng 520 triệu đồng", "520", 520000000, "money", "đồng", "giá mỗi máy", approx="about"),
    F("tải trọng 40 lít", "40", 40, "measure", "lít", "tải trọng máy", optional=True),
    F("hỗ trợ 30% giá trị", "30", 30, "percent", "%", "giá trị máy được hỗ trợ từ nguồn vốn xây dựng nông thôn mới"),
    F("lên 300 ha", "300", 300, "measure", "ha", "diện tích gieo sạ bằng máy bay",
      P("Vụ mùa tới", "2024-01-01", "2024-12-31"), status="forecast"),
    F("hiện có 27 máy bay", "27", 27, "count", "máy bay không người lái",
      "máy bay không người lái phục vụ phun thuốc, gieo sạ"),
    F("tại 18/32 xã", "18", 18, "count", "xã, thị trấn",
      "xã, thị trấn có máy bay không người lái phục vụ phun thuốc, gieo sạ", total=32),
]

NOTES = [
    "Hải Hậu district portal (Nam Định): drone seeding of spring rice by an HTX in xã Hải Đông, spring 2024.",
    "Location: the commune lies in Hải Hậu, so every figure is 'Hải Hậu'. Crop seasons ('Vụ xuân năm nay', 'Vụ mùa tới')",
    "have no calendar dates in FIGURES.md; the gold gives them the year they fall in (2024).",
    "Optional: 'Sau 12 ngày' (time taken, reader may or may not count), 'tải trọng 40 lít' (the machine's specification).",
    "Distractors: 10:20, Hải Đông 1, xóm 9, Trần Văn Sáu, lần thứ 3.",
]

emit("p791-2", TEXT, FIGS, NOTES, published="2024-03-12", location="Hải Hậu")
