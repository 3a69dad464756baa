"""p986-8: Báo Bình Thuận online (BTO) — 5 months 2025, headline figure, drug shortage, 2025 targets."""
from lib import F, P, I, CH, write

TEXT = """Bình Thuận: Gần 9.000 người bệnh tăng huyết áp được quản lý tại tuyến xã
12/06/2025 - 07:30

(BTO) - 5 tháng đầu năm, các trạm y tế xã, phường, thị trấn trong tỉnh đã khám sàng lọc tăng huyết áp, đái tháo đường cho 41.280 người, đạt 45,9% kế hoạch năm, tăng 12,3% so với cùng kỳ.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, hiện toàn tỉnh quản lý 8.946 người bệnh tăng huyết áp và hơn 3 ngàn người bệnh đái tháo đường tại tuyến xã. Trong số người tăng huyết áp được quản lý, 5.120 người đạt huyết áp mục tiêu, chiếm 57,2%. Các địa phương quản lý nhiều người bệnh là Hàm Thuận Bắc (1.652 người), Đức Linh (1.318 người), Tuy Phong (1.105 người).

Chi phí thuốc điều trị tăng huyết áp bình quân khoảng 60.000-90.000 đồng/người/tháng, người bệnh có thẻ bảo hiểm y tế được chi trả 80-100% tùy đối tượng. Tuy nhiên, quý I vừa qua có 19 trạm y tế thiếu thuốc Amlodipin 5 mg trong khoảng 2-3 tuần.

Bác sĩ Trần Văn Tư, Phó Giám đốc CDC tỉnh cho biết, nguyên nhân chính là nhiều gói thầu thuốc theo Nghị định số 24/2024/NĐ-CP chưa hoàn tất. Dự kiến đến tháng 7, các trạm sẽ được cấp đủ thuốc.

Năm 2025, tỉnh phấn đấu quản lý trên 10.000 người bệnh tăng huyết áp, 4.000 người bệnh đái tháo đường; tỷ lệ người bệnh đạt huyết áp mục tiêu từ 60% trở lên.

MINH TÂN
"""

M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
Q1 = P("quý I", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "người bệnh được quản lý"

FIGS = [
    F("Gần 9.000 người bệnh", "9.000", 9000, "count", "người bệnh",
      "người bệnh tăng huyết áp được quản lý tại tuyến xã", approx="nearly"),
    F("cho 41.280 người", "41.280", 41280, "count", "người",
      "người được khám sàng lọc tăng huyết áp, đái tháo đường", M5,
      percent=45.9, change=CH("increase", 12.3, "%", "cùng kỳ")),
    F("quản lý 8.946 người bệnh", "8.946", 8946, "count", "người bệnh", "người bệnh tăng huyết áp quản lý"),
    F("hơn 3 ngàn người bệnh", "3", 3000, "count", "người bệnh", "người bệnh đái tháo đường quản lý",
      approx="over"),
    F("5.120 người", "5.120", 5120, "count", "người", "người tăng huyết áp đạt huyết áp mục tiêu",
      total=8946, percent=57.2),
    F("Hàm Thuận Bắc (1.652 người)", "1.652", 1652, "count", "người", LIST, location="Hàm Thuận Bắc"),
    F("Đức Linh (1.318 người)", "1.318", 1318, "count", "người", LIST, location="Đức Linh"),
    F("Tuy Phong (1.105 người)", "1.105", 1105, "count", "người", LIST, location="Tuy Phong"),
    F("khoảng 60.000-90.000 đồng/người/tháng", "60.000", 60000, "money", "đồng/người/tháng",
      "chi phí thuốc điều trị tăng huyết áp bình quân", value_max=90000, approx="about"),
    F("chi trả 80-100%", "80", 80, "percent", "%", "chi phí được bảo hiểm y tế chi trả", value_max=100),
    F("có 19 trạm y tế", "19", 19, "count", "trạm y tế", "trạm y tế thiếu thuốc Amlodipin", Q1),
    F("Amlodipin 5 mg", "5", 5, "measure", "mg", "hàm lượng Amlodipin", optional=True),
    F("khoảng 2-3 tuần", "2", 2, "measure", "tuần", "thời gian thiếu thuốc", Q1, value_max=3,
      approx="about"),
    F("trên 10.000 người bệnh", "10.000", 10000, "count", "người bệnh", "người bệnh tăng huyết áp quản lý",
      Y25, approx="over", status="target"),
    F("4.000 người bệnh", "4.000", 4000, "count", "người bệnh", "người bệnh đái tháo đường quản lý",
      Y25, status="target"),
    F("từ 60% trở lên", "60", 60, "percent", "%", "tỷ lệ người bệnh đạt huyết áp mục tiêu", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bình Thuận online: headline with a figure, '12/06/2025 - 07:30', '(BTO) -' tag, byline at the end.",
    "Year-less '5 tháng đầu năm' and 'quý I' take 2025 from the dateline. 'hiện' sentences get no period.",
    "'Trong số người tăng huyết áp được quản lý, 5.120 người' -> total 8.946 (the whole the cue names, previous sentence).",
    "Ranking list of districts does not add up to the whole: no total; districts are locations.",
    "Not figures: Nghị định số 24/2024/NĐ-CP, 'đến tháng 7', name Trần Văn Tư, the time 07:30. Amlodipin 5 mg optional.",
]

write("p986-8", TEXT, FIGS, COMMENTS, published="2025-06-12", location="Bình Thuận")
