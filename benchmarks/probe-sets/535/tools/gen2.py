"""p535-2: district portal (huyện Cần Giuộc, Long An), Long An international port and logistics, Q1/2024."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC - TỈNH LONG AN
Thứ Năm, 18/04/2024 - 10:05

Quý I/2024: Hàng hóa qua Cảng quốc tế Long An tăng 18%

Trong quý I/2024, Cảng quốc tế Long An (xã Tân Tập) tiếp nhận 186 lượt tàu, tăng 23 lượt so với cùng kỳ năm 2023; sản lượng hàng hóa thông qua đạt 1.935.000 tấn, tăng 18,1% so với cùng kỳ. Trong đó, hàng container đạt 41.250 TEU, hàng rời, hàng tổng hợp đạt 1,18 triệu tấn.

Hệ thống kho bãi của cảng hiện có tổng diện tích gần 25 ha; riêng 3 kho CFS có tổng diện tích 36.000 m2, kho ngoại quan rộng 12.500 m2. Chi phí vận chuyển 1 container 40 feet từ các khu công nghiệp trên địa bàn ra cảng đã giảm từ 4,5 triệu đồng xuống còn khoảng 3,8 triệu đồng nhờ rút ngắn cự ly so với đi cảng Cát Lái.

Bên cạnh cảng biển, vận tải thủy nội địa tiếp tục phát triển. Lượng hàng hóa qua các bến thủy nội địa trên sông Soài Rạp và sông Cần Giuộc trong quý lần lượt đạt 420.000 tấn và 265.000 tấn.

Trên địa bàn huyện hiện có 14 doanh nghiệp kinh doanh dịch vụ logistics, tổng vốn đăng ký hơn 3.200 tỷ đồng; tổng diện tích kho hàng của các doanh nghiệp khoảng 18 ha, lấp đầy từ 70 đến 80%.

Năm 2024, huyện phấn đấu thu hút thêm 2 dự án kho bãi, trung tâm logistics với quy mô từ 30 đến 40 ha dọc Tỉnh lộ 830 và Đường tỉnh 826, theo Quyết định số 686/QĐ-UBND của UBND tỉnh.

Mọi thông tin liên hệ: Phòng Kinh tế và Hạ tầng huyện Cần Giuộc, khu phố 4, thị trấn Cần Giuộc; điện thoại: 0272.3874.215.
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Long An tăng 18%", "18", 18, "percent", "%",
        "hàng hóa qua Cảng quốc tế Long An", per("Quý I/2024", "2024-01-01", "2024-03-31")),
    fig("tiếp nhận 186 lượt tàu", "186", 186, "count", "lượt tàu",
        "lượt tàu Cảng quốc tế Long An tiếp nhận", Q1,
        change=ch("increase", 23, "lượt", "cùng kỳ năm 2023")),
    fig("đạt 1.935.000 tấn", "1.935.000", 1935000, "measure", "tấn",
        "sản lượng hàng hóa thông qua Cảng quốc tế Long An", Q1,
        change=ch("increase", 18.1, baseline="cùng kỳ")),
    fig("đạt 41.250 TEU", "41.250", 41250, "measure", "TEU", "hàng container", inh(Q1)),
    fig("đạt 1,18 triệu tấn", "1,18", 1.18e6, "measure", "tấn", "hàng rời, hàng tổng hợp", inh(Q1),
        total=1935000),
    fig("gần 25 ha", "25", 25, "measure", "ha", "tổng diện tích hệ thống kho bãi của cảng", approx="nearly"),
    fig("riêng 3 kho CFS", "3", 3, "count", "kho", "kho CFS"),
    fig("diện tích 36.000 m2", "36.000", 36000, "measure", "m2", "tổng diện tích kho CFS"),
    fig("rộng 12.500 m2", "12.500", 12500, "measure", "m2", "diện tích kho ngoại quan"),
    fig("container 40 feet", "40", 40, "measure", "feet", "loại container", optional=True),
    fig("từ 4,5 triệu đồng", "4,5", 4.5e6, "money", "đồng",
        "chi phí vận chuyển 1 container 40 feet từ các khu công nghiệp ra cảng trước đây"),
    fig("khoảng 3,8 triệu đồng", "3,8", 3.8e6, "money", "đồng",
        "chi phí vận chuyển 1 container 40 feet từ các khu công nghiệp ra cảng", approx="about"),
    fig("đạt 420.000 tấn", "420.000", 420000, "measure", "tấn",
        "lượng hàng hóa qua các bến thủy nội địa trên sông Soài Rạp",
        per("trong quý", "2024-01-01", "2024-03-31")),
    fig("và 265.000 tấn", "265.000", 265000, "measure", "tấn",
        "lượng hàng hóa qua các bến thủy nội địa trên sông Cần Giuộc",
        per("trong quý", "2024-01-01", "2024-03-31")),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp kinh doanh dịch vụ logistics"),
    fig("hơn 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng",
        "tổng vốn đăng ký của doanh nghiệp logistics", approx="over"),
    fig("khoảng 18 ha", "18", 18, "measure", "ha", "tổng diện tích kho hàng của các doanh nghiệp", approx="about"),
    fig("từ 70 đến 80%", "70", 70, "percent", "%", "tỷ lệ lấp đầy kho hàng của các doanh nghiệp",
        value_max=80),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", "dự án kho bãi, trung tâm logistics thu hút thêm", Y24,
        status="target"),
    fig("từ 30 đến 40 ha", "30", 30, "measure", "ha", "quy mô dự án kho bãi, trung tâm logistics", Y24,
        value_max=40, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cần Giuộc (Long An): Cảng quốc tế Long An quý I/2024 — lượt tàu, sản lượng, kho bãi, chi phí vận chuyển, bến thủy nội địa, logistics.",
    "Dateline 'Thứ Năm, 18/04/2024 - 10:05'. District portal: location Cần Giuộc. Tỉnh lộ 830, Đường tỉnh 826, QĐ 686/QĐ-UBND, khu phố 4, phone: not figures.",
    "'1 container' in 'chi phí vận chuyển 1 container' is a rate denominator (not a figure); '40 feet' is a container type (optional).",
    "'giảm từ 4,5 triệu đồng xuống còn khoảng 3,8 triệu đồng': the old amount is a figure of its own (cf. h06), no range and no change value stated.",
    "'lấp đầy từ 70 đến 80%' is the occupancy rate (own percent figure), not a share that 18 ha represents. 'trong quý' = quý I/2024.",
    "'riêng 3 kho CFS' is not a part-of cue and counts kho, not ha: no total. 41.250 TEU after 'Trong đó' is in another unit: no total.",
]

if __name__ == "__main__":
    emit("p535-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Cần Giuộc")
