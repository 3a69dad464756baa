"""p986-1: Thái Bình province portal — commune health stations managing hypertension and diabetes, H1/2024."""
from lib import F, P, I, CH, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Hơn 95.000 người bệnh tăng huyết áp được quản lý tại trạm y tế xã

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Y tế Thái Bình, tính đến ngày 30/6/2024, 260/260 trạm y tế xã, phường, thị trấn trên địa bàn tỉnh đã triển khai quản lý, điều trị ngoại trú tăng huyết áp và đái tháo đường theo Quyết định số 5904/QĐ-BYT của Bộ Y tế.

6 tháng đầu năm 2024, các trạm y tế đã khám sàng lọc cho 312.450 người từ 40 tuổi trở lên, đạt 68,2% kế hoạch năm, tăng 14,5% so với cùng kỳ năm 2023. Qua sàng lọc, ngành y tế phát hiện mới 6.218 người mắc tăng huyết áp và 2.147 người mắc đái tháo đường.

Hiện toàn tỉnh đang quản lý 95.412 người bệnh tăng huyết áp, trong đó 71.560 người được điều trị đạt huyết áp mục tiêu, chiếm 75%; quản lý 28.930 người bệnh đái tháo đường, trong đó 17.358 người đạt đường huyết mục tiêu. Tỷ lệ người tăng huyết áp được quản lý tại tuyến xã của tỉnh đạt 52,6%, cao hơn nhiều so với mức bình quân cả nước (khoảng 35%). Chi phí thuốc điều trị tại trạm bình quân khoảng 85.000 đồng/người/tháng, do quỹ bảo hiểm y tế chi trả.

Tại huyện Đông Hưng, Trạm Y tế xã Đông Hợp (số 12 đường ĐH.62) đang quản lý 514 người bệnh, mỗi tháng cấp phát thuốc trung bình khoảng 430 lượt.

Tuy vậy, trong quý II/2024 vẫn có 37 trạm y tế thiếu thuốc điều trị đái tháo đường, chủ yếu là Metformin 500 mg và Gliclazid 30 mg; 12 trạm chưa có máy đo đường huyết mao mạch.

Mục tiêu đến năm 2025, tỉnh phấn đấu 60% người bệnh tăng huyết áp và 55% người bệnh đái tháo đường được phát hiện được quản lý theo hướng dẫn chuyên môn; 100% trạm y tế xã có đủ thuốc thiết yếu.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 95.000 người bệnh", "95.000", 95000, "count", "người bệnh",
      "người bệnh tăng huyết áp được quản lý tại trạm y tế xã", approx="over"),
    F("30/6/2024, 260/260 trạm", "260", 260, "count", "trạm y tế",
      "trạm y tế xã, phường, thị trấn triển khai quản lý, điều trị ngoại trú tăng huyết áp và đái tháo đường",
      P("tính đến ngày 30/6/2024", end="2024-06-30"), total=260),
    F("từ 40 tuổi trở lên", "40", 40, "measure", "tuổi", "tuổi của người được sàng lọc",
      approx="at_least", optional=True),
    F("cho 312.450 người", "312.450", 312450, "count", "người", "người được khám sàng lọc", H1,
      percent=68.2, change=CH("increase", 14.5, "%", "cùng kỳ năm 2023")),
    F("phát hiện mới 6.218 người", "6.218", 6218, "count", "người",
      "người mắc tăng huyết áp phát hiện mới", I(H1)),
    F("và 2.147 người", "2.147", 2147, "count", "người",
      "người mắc đái tháo đường phát hiện mới", I(H1)),
    F("quản lý 95.412 người bệnh", "95.412", 95412, "count", "người bệnh",
      "người bệnh tăng huyết áp đang quản lý"),
    F("trong đó 71.560 người", "71.560", 71560, "count", "người",
      "người được điều trị đạt huyết áp mục tiêu", total=95412, percent=75),
    F("quản lý 28.930 người bệnh", "28.930", 28930, "count", "người bệnh",
      "người bệnh đái tháo đường quản lý"),
    F("trong đó 17.358 người", "17.358", 17358, "count", "người",
      "người đạt đường huyết mục tiêu", total=28930),
    F("của tỉnh đạt 52,6%", "52,6", 52.6, "percent", "%",
      "tỷ lệ người tăng huyết áp được quản lý tại tuyến xã"),
    F("(khoảng 35%)", "35", 35, "percent", "%",
      "mức bình quân cả nước tỷ lệ người tăng huyết áp được quản lý tại tuyến xã",
      approx="about", location="Việt Nam"),
    F("khoảng 85.000 đồng/người/tháng", "85.000", 85000, "money", "đồng/người/tháng",
      "chi phí thuốc điều trị tại trạm bình quân", approx="about"),
    F("quản lý 514 người bệnh", "514", 514, "count", "người bệnh",
      "người bệnh quản lý tại Trạm Y tế xã Đông Hợp", location="Đông Hưng"),
    F("khoảng 430 lượt", "430", 430, "count", "lượt",
      "lượt cấp phát thuốc mỗi tháng tại Trạm Y tế xã Đông Hợp", approx="about", location="Đông Hưng"),
    F("có 37 trạm y tế", "37", 37, "count", "trạm y tế",
      "trạm y tế thiếu thuốc điều trị đái tháo đường", Q2),
    F("Metformin 500 mg", "500", 500, "measure", "mg", "hàm lượng Metformin", optional=True),
    F("Gliclazid 30 mg", "30", 30, "measure", "mg", "hàm lượng Gliclazid", optional=True),
    F("; 12 trạm chưa", "12", 12, "count", "trạm",
      "trạm chưa có máy đo đường huyết mao mạch", Q2),
    F("phấn đấu 60% người bệnh", "60", 60, "percent", "%",
      "người bệnh tăng huyết áp được phát hiện được quản lý theo hướng dẫn chuyên môn", T25, status="target"),
    F("và 55% người bệnh", "55", 55, "percent", "%",
      "người bệnh đái tháo đường được phát hiện được quản lý theo hướng dẫn chuyên môn", T25, status="target"),
    F("; 100% trạm y tế xã", "100", 100, "percent", "%",
      "trạm y tế xã có đủ thuốc thiết yếu", T25, status="target"),
]

COMMENTS = [
    "Thái Bình province portal (breadcrumb, Cập nhật ... | Lượt xem): commune health stations managing hypertension and diabetes, H1/2024.",
    "Not figures: Lượt xem 2.316, Quyết định số 5904/QĐ-BYT, số 12 đường ĐH.62, dates and times.",
    "Thresholds and drug strengths (40 tuổi, 500mg, 30mg) are optional. 'Hiện' sentences get no period.",
    "The 37 and 12 stations share the sentence's 'trong quý II/2024'. 514 and 430 describe a station of Đông Hưng district.",
]

write("p986-1", TEXT, FIGS, COMMENTS, published="2024-08-14", location="Thái Bình")
