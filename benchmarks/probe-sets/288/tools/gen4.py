from lib import *

T = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cổng thông tin điện tử

Nâng cao chất lượng cai nghiện ma túy tại các cơ sở cai nghiện
Ngày cập nhật: 02/12/2024

(Molisa) - Theo Cục Phòng, chống tệ nạn xã hội, tính đến ngày 30/9/2024, cả nước có 97 cơ sở cai nghiện ma túy công lập và 35 cơ sở cai nghiện tự nguyện ngoài công lập; 51/63 tỉnh, thành phố đã bố trí cơ sở cai nghiện công lập. Các cơ sở đang quản lý, điều trị cho gần 36.000 học viên, trong đó khoảng 4.200 học viên là người chưa thành niên từ đủ 12 đến dưới 18 tuổi, chiếm 11,7%.

Các địa phương có số học viên đông nhất là TP Hồ Chí Minh (khoảng 7.800 học viên), Hà Nội (4.650 học viên) và Nghệ An (1.640 học viên).

Cả nước hiện có khoảng 230.000 người sử dụng trái phép chất ma túy có hồ sơ quản lý, tăng khoảng 3,1% so với cuối năm 2023; trong đó số người nghiện là 161.300 người, chiếm 70,1%.

Về điều trị thay thế, 63/63 tỉnh, thành phố đã triển khai điều trị nghiện các chất dạng thuốc phiện bằng thuốc methadone với 344 cơ sở điều trị và 286 cơ sở cấp phát thuốc, đang điều trị cho hơn 52.000 bệnh nhân. Ngoài ra, 14 tỉnh đã triển khai thí điểm điều trị bằng thuốc buprenorphine với khoảng 1.100 bệnh nhân.

Giai đoạn 2021-2025, tổng kinh phí trung ương hỗ trợ công tác cai nghiện ước đạt 1.250 tỷ đồng, bình quân mỗi năm khoảng 250 tỷ đồng. Mục tiêu đến năm 2025, 100% người nghiện có nhu cầu được tiếp cận dịch vụ cai nghiện; tỷ lệ tái nghiện giảm từ 5 đến 10% so với giai đoạn 2016-2020.

Luật Phòng, chống ma túy số 73/2021/QH14 và Nghị định số 116/2021/NĐ-CP đã quy định cụ thể các biện pháp cai nghiện. Mọi thông tin xin liên hệ Cục Phòng, chống tệ nạn xã hội, số 2 Đinh Lễ, Hoàn Kiếm, Hà Nội; điện thoại 024.3825.4367.
"""

A = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Ai = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("có 97 cơ sở", "97", 97, "count", "cơ sở cai nghiện ma túy công lập", "cơ sở cai nghiện ma túy công lập", A),
    F("và 35 cơ sở", "35", 35, "count", "cơ sở cai nghiện tự nguyện ngoài công lập", "cơ sở cai nghiện tự nguyện ngoài công lập", A),
    F("51/63 tỉnh", "51", 51, "count", "tỉnh, thành phố", "tỉnh, thành phố đã bố trí cơ sở cai nghiện công lập", A, total=63),
    F("gần 36.000 học viên", "36.000", 36000, "count", "học viên", "học viên các cơ sở đang quản lý, điều trị", Ai, approx="nearly"),
    F("khoảng 4.200 học viên", "4.200", 4200, "count", "học viên", "học viên là người chưa thành niên", Ai,
      approx="about", total=36000, percent=11.7),
    F("đủ 12 đến dưới 18 tuổi", "12", 12, "measure", "tuổi", "độ tuổi người chưa thành niên", value_max=18, optional=True),
    F("TP Hồ Chí Minh (khoảng 7.800 học viên)", "7.800", 7800, "count", "học viên", "số học viên", Ai,
      approx="about", location="TP Hồ Chí Minh"),
    F("Hà Nội (4.650 học viên)", "4.650", 4650, "count", "học viên", "số học viên", Ai, location="Hà Nội"),
    F("Nghệ An (1.640 học viên)", "1.640", 1640, "count", "học viên", "số học viên", Ai, location="Nghệ An"),
    F("khoảng 230.000 người", "230.000", 230000, "count", "người", "người sử dụng trái phép chất ma túy có hồ sơ quản lý",
      approx="about", change=ch("increase", 3.1, "%", "cuối năm 2023", "about")),
    F("là 161.300 người", "161.300", 161300, "count", "người", "số người nghiện", total=230000, percent=70.1),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai điều trị methadone", total=63),
    F("với 344 cơ sở", "344", 344, "count", "cơ sở điều trị", "cơ sở điều trị methadone"),
    F("và 286 cơ sở", "286", 286, "count", "cơ sở cấp phát thuốc", "cơ sở cấp phát thuốc methadone"),
    F("hơn 52.000 bệnh nhân", "52.000", 52000, "count", "bệnh nhân", "bệnh nhân đang điều trị methadone", approx="over"),
    F("14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh triển khai thí điểm điều trị bằng thuốc buprenorphine"),
    F("khoảng 1.100 bệnh nhân", "1.100", 1100, "count", "bệnh nhân", "bệnh nhân điều trị bằng thuốc buprenorphine", approx="about"),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "tổng kinh phí trung ương hỗ trợ công tác cai nghiện", G,
      status="estimate"),
    F("khoảng 250 tỷ đồng", "250", 250000000000, "money", "đồng", "kinh phí bình quân mỗi năm", G, approx="about", status="estimate"),
    F("2025, 100% người nghiện", "100", 100, "percent", "%", "người nghiện có nhu cầu được tiếp cận dịch vụ cai nghiện", T25,
      status="target"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "tỷ lệ tái nghiện giảm", T25, value_max=10, status="target"),
]
build(4, T, [
    "Cổng TTĐT Bộ LĐ-TB&XH (ministry site): national rehab and methadone figures. 'Ngày cập nhật: 02/12/2024' without time.",
    "Distractors: '(Molisa)', 'Luật ... số 73/2021/QH14', 'Nghị định số 116/2021/NĐ-CP', address 'số 2 Đinh Lễ', phone 024.3825.4367,",
    "'giai đoạn 2016-2020' (baseline). Age range 'từ đủ 12 đến dưới 18 tuổi' defines the group: optional.",
    "'51/63', '63/63' → total 63. 'trong đó khoảng 4.200 ..., chiếm 11,7%' → total 36.000 (the whole before the cue), percent 11,7.",
    "Province list after a national lead: each item is its own location. 'ước đạt ..., bình quân mỗi năm khoảng 250 tỷ' continues the estimate.",
    "'tỷ lệ tái nghiện giảm từ 5 đến 10%' is a target rate (its own figure, range). Figures after 'hiện' have no period (null).",
], figs, published="2024-12-02", location="Việt Nam")
