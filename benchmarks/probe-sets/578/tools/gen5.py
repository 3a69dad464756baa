"""p578-5: Party newspaper (Báo Nghệ An) — breast / cervical cancer screening, cancer hospital beds and radiotherapy."""
from lib import F, P, I, CH, emit

TEXT = """Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Sức khỏe

Hơn 15.000 phụ nữ Nghệ An được tầm soát ung thư vú, ung thư cổ tử cung

Năm 2024, Bệnh viện Ung bướu Nghệ An phối hợp với Hội Liên hiệp Phụ nữ tỉnh khám sàng lọc miễn phí ung thư vú, ung thư cổ tử cung cho 15.342 phụ nữ từ 30 đến 60 tuổi tại 21 huyện, thành, thị, vượt 2,3% kế hoạch. Qua khám, các bác sĩ phát hiện 1.126 trường hợp có tổn thương nghi ngờ; trong đó 87 trường hợp được chẩn đoán xác định ung thư (ung thư vú 61 trường hợp, ung thư cổ tử cung 26 trường hợp).

Đáng chú ý, có tới 78% số ca ung thư được phát hiện ở giai đoạn sớm (giai đoạn 0 và I), cao hơn nhiều so với mức 35% ở nhóm người bệnh tự đến khám khi đã có triệu chứng.

Bệnh viện Ung bướu Nghệ An hiện có 850 giường bệnh kế hoạch nhưng thường xuyên điều trị nội trú cho khoảng 1.200 người bệnh, công suất sử dụng giường bệnh trên 140%. Bệnh viện có 3 máy xạ trị gia tốc, mỗi máy hoạt động 16-18 giờ/ngày; số người bệnh chờ xạ trị thường xuyên từ 60 đến 80 người, thời gian chờ trung bình 2-3 tuần.

Năm 2025, bệnh viện dự kiến đầu tư thêm 1 máy xạ trị gia tốc với kinh phí khoảng 68 tỷ đồng và đưa vào sử dụng khu điều trị nội trú 250 giường.

Người dân có nhu cầu đăng ký khám sàng lọc liên hệ Phòng Chỉ đạo tuyến, Bệnh viện Ung bướu Nghệ An, số 60 đường Tôn Thất Tùng, TP. Vinh; điện thoại 0238.3598.555.

THÀNH CHUNG
12/12/2024
"""

COMMENTS = [
    "Party newspaper (Báo Nghệ An), byline and bare date '12/12/2024' at the end: cancer screening for women in 2024, hospital beds, radiotherapy.",
    "Distractors: 'giai đoạn 0 và I' (stage names), 'số 60 đường Tôn Thất Tùng', 'TP. Vinh' in the contact line, phone 0238.3598.555.",
    "'vượt 2,3% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch' (FIGURES.md 'Result against plan').",
    "87 is part of 1.126 ('trong đó'); 61 + 26 = 87 in the bracket (total 87). 'từ 30 đến 60 tuổi' describes the target group: optional.",
    "'cao hơn nhiều so với mức 35%': 35% is the comparison level, not a change amount; a percent figure of its own, 78% has no change.",
    "'850 giường bệnh kế hoạch' is the official bed allotment (a current fact): status actual, not target.",
    "Hospital figures describe the provincial hospital: location Nghệ An (the TP. Vinh address stands in a line without figures).",
    "'Năm 2025 ... dự kiến' -> forecast for the three clauses that continue it.",
]

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 15.000 phụ nữ", "15.000", 15000, "count", "phụ nữ",
      "phụ nữ được tầm soát ung thư vú, ung thư cổ tử cung", I(Y24), approx="over"),
    F("cho 15.342 phụ nữ", "15.342", 15342, "count", "phụ nữ",
      "phụ nữ được khám sàng lọc miễn phí ung thư vú, ung thư cổ tử cung", Y24,
      change=CH("increase", 2.3, "%", "kế hoạch")),
    F("từ 30 đến 60 tuổi", "30", 30, "measure", "tuổi", value_max=60, optional=True),
    F("tại 21 huyện", "21", 21, "count", "huyện, thành, thị", "huyện, thành, thị được khám sàng lọc", Y24),
    F("phát hiện 1.126 trường hợp", "1.126", 1126, "count", "trường hợp",
      "trường hợp có tổn thương nghi ngờ", I(Y24)),
    F("trong đó 87 trường hợp", "87", 87, "count", "trường hợp",
      "trường hợp được chẩn đoán xác định ung thư", I(Y24), total=1126),
    F("ung thư vú 61 trường hợp", "61", 61, "count", "trường hợp", "ung thư vú", I(Y24), total=87),
    F("cổ tử cung 26 trường hợp", "26", 26, "count", "trường hợp", "ung thư cổ tử cung", I(Y24), total=87),
    F("tới 78%", "78", 78, "percent", "%", "số ca ung thư được phát hiện ở giai đoạn sớm", I(Y24)),
    F("mức 35%", "35", 35, "percent", "%",
      "ca ung thư phát hiện ở giai đoạn sớm ở nhóm người bệnh tự đến khám khi đã có triệu chứng"),
    F("có 850 giường bệnh", "850", 850, "count", "giường bệnh", "giường bệnh kế hoạch"),
    F("khoảng 1.200 người bệnh", "1.200", 1200, "count", "người bệnh", "người bệnh điều trị nội trú",
      approx="about"),
    F("trên 140%", "140", 140, "percent", "%", "công suất sử dụng giường bệnh", approx="over"),
    F("có 3 máy", "3", 3, "count", "máy", "máy xạ trị gia tốc"),
    F("16-18 giờ/ngày", "16", 16, "measure", "giờ/ngày", "thời gian hoạt động của mỗi máy", value_max=18),
    F("từ 60 đến 80 người", "60", 60, "count", "người", "người bệnh chờ xạ trị", value_max=80),
    F("trung bình 2-3 tuần", "2", 2, "measure", "tuần", "thời gian chờ trung bình", value_max=3),
    F("thêm 1 máy", "1", 1, "count", "máy", "máy xạ trị gia tốc đầu tư thêm", Y25, status="forecast"),
    F("khoảng 68 tỷ đồng", "68", 68e9, "money", "đồng", "kinh phí đầu tư máy xạ trị gia tốc", Y25,
      approx="about", status="forecast"),
    F("nội trú 250 giường", "250", 250, "count", "giường", "khu điều trị nội trú đưa vào sử dụng", Y25,
      status="forecast"),
]

if __name__ == "__main__":
    emit("p578-5", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Nghệ An")
