from lib import *

T = """BÁO NGHỆ AN
Xã hội

Nâng cao hiệu quả cai nghiện ma túy và điều trị bằng thuốc methadone

08:15 27/06/2024

Thanh Quỳnh

Tính đến ngày 31/5/2024, toàn tỉnh có 5.174 người nghiện ma túy có hồ sơ quản lý, giảm 4,6% so với cùng kỳ năm 2023. Trong số này, 1.326 người đang cai nghiện tại các cơ sở cai nghiện bắt buộc và tự nguyện, 2.089 người đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc methadone, số còn lại được quản lý tại cộng đồng.

Nghệ An hiện có 3 cơ sở cai nghiện ma túy công lập với tổng công suất khoảng 2.500 chỗ và 1 cơ sở cai nghiện tư nhân. Trong 5 tháng đầu năm, các cơ sở đã tiếp nhận 742 học viên mới, trong đó cai nghiện tự nguyện 186 người, chiếm 25,1%; tổ chức dạy nghề cho 315 lượt học viên. Ông Nguyễn Văn Hùng, Giám đốc Cơ sở cai nghiện ma túy số 1 cho biết, đơn vị đang quản lý 612 học viên, vượt công suất thiết kế.

Về điều trị methadone, toàn tỉnh duy trì 27 cơ sở điều trị và 31 điểm cấp phát thuốc tại 21/21 huyện, thành, thị. Tỷ lệ bệnh nhân duy trì điều trị trên 12 tháng đạt 82,6%, cao hơn 2,6% so với chỉ tiêu của Bộ Y tế (80%). Chi phí điều trị bình quân khoảng 11.000 đồng/người/ngày.

Năm 2024, ngân sách tỉnh bố trí 18,5 tỷ đồng cho công tác cai nghiện, tăng 1,2 tỷ đồng so với năm 2023. Tỉnh phấn đấu giảm 10% số người nghiện ma túy ngoài xã hội so với năm 2023 và nâng số bệnh nhân điều trị methadone lên 2.300 người.

Theo Sở Lao động - Thương binh và Xã hội, việc thực hiện Nghị định số 116/2021/NĐ-CP đã tạo hành lang pháp lý thuận lợi cho công tác cai nghiện.
"""

A = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
Ai = P("Tính đến ngày 31/5/2024", None, "2024-05-31", inh=True)
M5 = P("Trong 5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
figs = [
    F("có 5.174 người", "5.174", 5174, "count", "người", "người nghiện ma túy có hồ sơ quản lý", A,
      change=ch("decrease", 4.6, "%", "cùng kỳ năm 2023")),
    F("1.326 người", "1.326", 1326, "count", "người", "người đang cai nghiện tại các cơ sở cai nghiện bắt buộc và tự nguyện", Ai,
      total=5174),
    F("2.089 người", "2.089", 2089, "count", "người", "người đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc methadone", Ai,
      total=5174),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở cai nghiện ma túy công lập", "cơ sở cai nghiện ma túy công lập"),
    F("khoảng 2.500 chỗ", "2.500", 2500, "count", "chỗ", "tổng công suất cơ sở cai nghiện công lập", approx="about"),
    F("và 1 cơ sở", "1", 1, "count", "cơ sở cai nghiện tư nhân", "cơ sở cai nghiện tư nhân"),
    F("tiếp nhận 742 học viên", "742", 742, "count", "học viên", "học viên mới được tiếp nhận", M5),
    F("nguyện 186 người", "186", 186, "count", "người", "học viên cai nghiện tự nguyện", M5, total=742, percent=25.1),
    F("cho 315 lượt", "315", 315, "count", "lượt học viên", "lượt học viên được dạy nghề", M5),
    F("quản lý 612 học viên", "612", 612, "count", "học viên", "học viên Cơ sở cai nghiện ma túy số 1 đang quản lý"),
    F("duy trì 27 cơ sở", "27", 27, "count", "cơ sở điều trị", "cơ sở điều trị methadone"),
    F("và 31 điểm", "31", 31, "count", "điểm cấp phát thuốc", "điểm cấp phát thuốc methadone"),
    F("tại 21/21 huyện", "21", 21, "count", "huyện, thành, thị", "huyện, thành, thị có cơ sở điều trị methadone", total=21),
    F("trên 12 tháng", "12", 12, "measure", "tháng", "thời gian duy trì điều trị", approx="over", optional=True),
    F("đạt 82,6%", "82,6", 82.6, "percent", "%", "tỷ lệ bệnh nhân duy trì điều trị trên 12 tháng",
      change=ch("increase", 2.6, "%", "chỉ tiêu của Bộ Y tế"), target=tg(80, "%", True)),
    F("khoảng 11.000 đồng", "11.000", 11000, "money", "đồng/người/ngày", "chi phí điều trị methadone bình quân", approx="about"),
    F("bố trí 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "ngân sách tỉnh bố trí cho công tác cai nghiện", Y,
      change=ch("increase", 1200000000, "đồng", "năm 2023")),
    F("giảm 10% số người", "10", 10, "percent", "%", "giảm số người nghiện ma túy ngoài xã hội", Yi, status="target"),
    F("lên 2.300 người", "2.300", 2300, "count", "người", "bệnh nhân điều trị methadone", Yi, status="target"),
]
build(2, T, [
    "Báo Nghệ An (Party newspaper): rehab and methadone, dateline '08:15 27/06/2024' on its own line, byline after it.",
    "Distractors: 'Tính đến ngày 31/5/2024', 'Cơ sở cai nghiện ma túy số 1' (a name), 'Nghị định số 116/2021/NĐ-CP'.",
    "'Trong số này, 1.326 ..., 2.089 ...' → total 5.174. 'trong đó ... 186 người, chiếm 25,1%' → total 742, percent 25,1.",
    "'5 tháng đầu năm' takes 2024 from the earlier date. 'cao hơn 2,6% so với chỉ tiêu ... (80%)' → change against plan + target 80 (met).",
    "'trên 12 tháng' is a criterion inside the indicator: optional. 'Tỉnh phấn đấu ...' in the sentence after 'Năm 2024' → target, period inherited.",
    "'hiện có', 'duy trì' facility counts carry no period (null).",
], figs, published="2024-06-27", location="Nghệ An")
