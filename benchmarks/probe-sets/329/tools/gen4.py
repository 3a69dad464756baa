from lib import F, P, C, T, write

TEXT = """Cụm cảng Cái Mép - Thị Vải: Hàng container quý III tăng gần 28%

14/10/2024 06:45

(BBRVT) - Theo Cảng vụ Hàng hải Vũng Tàu, trong quý III/2024, sản lượng hàng container thông qua cụm cảng Cái Mép - Thị Vải đạt 1,92 triệu TEU, tăng 27,5% so với cùng kỳ năm 2023. Lũy kế 9 tháng năm 2024, sản lượng container của cụm cảng đạt gần 5,4 triệu TEU, bằng 81% kế hoạch năm.

Đáng chú ý, từ đầu năm đến nay, cụm cảng đã đón 214 lượt tàu mẹ có trọng tải trên 150.000 DWT, trong đó 38 lượt tàu trên 200.000 DWT, chủ yếu khai thác các tuyến đi châu Âu và Bắc Mỹ. Tàu lớn nhất cập cảng trong năm là tàu MSC Irina với trọng tải 240.000 DWT, sức chở 24.346 TEU.

Hiện cụm cảng có 7 bến cảng container với tổng công suất thiết kế khoảng 8,3 triệu TEU/năm. Theo ông Lê Ngọc Khánh, Giám đốc Cảng vụ Hàng hải Vũng Tàu, hiệu suất khai thác các bến đã đạt khoảng 85-90% công suất, một số bến như CMIT, TCIT thường xuyên hoạt động trên 100% công suất thiết kế.

Dự án bến cảng Gemalink giai đoạn 2A có tổng vốn đầu tư khoảng 6.500 tỷ đồng, dự kiến hoàn thành năm 2026, nâng công suất của cụm cảng thêm 1,5 triệu TEU/năm. Cùng với đó, tỉnh đang đẩy nhanh tiến độ tuyến đường liên cảng Cái Mép - Thị Vải dài 18,7 km và cầu Phước An nối với Quốc lộ 51.

Chi phí logistics vẫn là điểm nghẽn: theo các doanh nghiệp, phí vận chuyển container nội địa bằng đường bộ từ cụm cảng chiếm tới 30-35% tổng chi phí một lô hàng xuất khẩu.

MINH THẢO
Bình luận (0)
"""

FROM = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
FIGS = [
    F("tăng gần 28%", "28", "percent", "%", "hàng container", approx="nearly",
      period=P("quý III", "2024-07-01", "2024-09-30")),
    F("đạt 1,92 triệu TEU", "1,92", "measure", "TEU", "sản lượng hàng container thông qua cụm cảng Cái Mép - Thị Vải", "triệu",
      change=C("increase", 27.5, baseline="cùng kỳ năm 2023"), period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("gần 5,4 triệu TEU", "5,4", "measure", "TEU", "sản lượng container của cụm cảng", "triệu",
      approx="nearly", percent=81, period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("đón 214 lượt", "214", "count", "lượt", "lượt tàu mẹ có trọng tải trên 150.000 DWT", period=FROM),
    F("trên 150.000 DWT", "150.000", "measure", "DWT", "trọng tải tàu mẹ", approx="over", optional=True),
    F("trong đó 38 lượt", "38", "count", "lượt", "lượt tàu trên 200.000 DWT", total=214, period=FROM),
    F("tàu trên 200.000 DWT", "200.000", "measure", "DWT", "trọng tải tàu", approx="over", optional=True),
    F("trọng tải 240.000 DWT", "240.000", "measure", "DWT", "trọng tải tàu MSC Irina",
      period=P("trong năm", "2024-01-01", "2024-12-31", inh=True)),
    F("sức chở 24.346 TEU", "24.346", "measure", "TEU", "sức chở tàu MSC Irina",
      period=P("trong năm", "2024-01-01", "2024-12-31", inh=True)),
    F("có 7 bến cảng", "7", "count", "bến cảng container", "bến cảng container của cụm cảng"),
    F("khoảng 8,3 triệu TEU/năm", "8,3", "measure", "TEU/năm", "tổng công suất thiết kế", "triệu", approx="about"),
    F("khoảng 85-90% công suất", "85", "percent", "%", "hiệu suất khai thác các bến", value_max=90, approx="about"),
    F("trên 100% công suất thiết kế", "100", "percent", "%", "hiệu suất khai thác một số bến như CMIT, TCIT", approx="over"),
    F("khoảng 6.500 tỷ đồng", "6.500", "money", "đồng", "tổng vốn đầu tư dự án bến cảng Gemalink giai đoạn 2A", "tỷ",
      approx="about"),
    F("thêm 1,5 triệu TEU/năm", "1,5", "measure", "TEU/năm", "công suất của cụm cảng tăng thêm", "triệu",
      status="forecast"),
    F("dài 18,7 km", "18,7", "measure", "km", "chiều dài tuyến đường liên cảng Cái Mép - Thị Vải"),
    F("tới 30-35% tổng chi phí", "30", "percent", "%", "phí vận chuyển container nội địa bằng đường bộ từ cụm cảng trong tổng chi phí một lô hàng xuất khẩu",
      value_max=35),
]

COMMENTS = [
    "Party newspaper (Báo Bà Rịa - Vũng Tàu, tag '(BBRVT)'): container throughput at Cái Mép - Thị Vải, Q3/2024. Bare dateline 'dd/mm/yyyy hh:mm', byline at the end.",
    "Location: the province (the paper's tag implies it); Cái Mép - Thị Vải is a port cluster, 'Cảng vụ Hàng hải Vũng Tàu' an organisation.",
    "Title 'tăng gần 28%' is a growth rate as the claim: percent figure, approx nearly; 'quý III' without a year takes 2024 from the dateline.",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline. Ship-size thresholds ('trên 150.000 DWT', 'trên 200.000 DWT') optional;",
    "'MSC Irina … 240.000 DWT, 24.346 TEU' are facts about one ship (measures). 'khoảng 85-90%' range about; 'trên 100%' percent over.",
    "'dự kiến hoàn thành năm 2026, nâng công suất … thêm 1,5 triệu TEU/năm' forecast (period left out: the year is the completion date).",
    "Distractors: 'Gemalink giai đoạn 2A', 'Quốc lộ 51', 'Bình luận (0)', dateline time.",
]

write(4, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bà Rịa - Vũng Tàu")
