from lib import F, P, Pi, ch, tg, build

TEXT = """
Tài chính - Ngân hàng

Vốn ngân sách địa phương ủy thác: "Đòn bẩy" cho tín dụng chính sách

Sau 10 năm thực hiện Chỉ thị số 40-CT/TW của Ban Bí thư, nguồn vốn ngân sách địa phương ủy thác qua NHCSXH đã tăng từ 3.818 tỷ đồng (năm 2014) lên 41.563 tỷ đồng (tính đến 30/6/2024), gấp gần 11 lần. Bình quân mỗi năm, nguồn vốn này tăng khoảng 26%, cao hơn nhiều so với tốc độ tăng trưởng chung của toàn hệ thống (khoảng 11%).

Hiện cả nước có 19 tỉnh, thành phố có nguồn vốn ủy thác trên 1.000 tỷ đồng; 28 địa phương có từ 500 đến 1.000 tỷ đồng; số còn lại dưới 500 tỷ đồng.

Trong 6 tháng đầu năm 2024, ngân sách địa phương đã chuyển sang NHCSXH 4.286 tỷ đồng, bằng 82% kế hoạch năm; trong đó các tỉnh Bắc Ninh, Thanh Hóa, Bình Dương chuyển lần lượt 412 tỷ đồng, 356 tỷ đồng và 318 tỷ đồng. Riêng tỉnh Quảng Ninh, tỷ trọng vốn ủy thác địa phương đạt 38,6% tổng nguồn vốn của chi nhánh, cao nhất toàn quốc.

Theo Quyết định số 05/QĐ-TTg ngày 04/01/2023 phê duyệt Chiến lược phát triển NHCSXH đến năm 2030, mục tiêu đến năm 2025 nguồn vốn ủy thác tại địa phương chiếm khoảng 15% tổng nguồn vốn; giai đoạn 2021-2025, tăng trưởng tín dụng chính sách bình quân khoảng 10%/năm. Ước đến 31/12/2024, nguồn vốn ủy thác đạt khoảng 44.800 tỷ đồng, chiếm 12,1% tổng nguồn vốn.

Tuy nhiên, việc bố trí vốn giữa các địa phương chưa đồng đều: có tỉnh mới chỉ ủy thác dưới 100 tỷ đồng, chiếm chưa đến 2% tổng dư nợ tín dụng chính sách trên địa bàn. Một số nơi còn chậm chuyển vốn do khó khăn về thu ngân sách trong quý I và quý II.

Thu Trang
"""

P30 = P("tính đến 30/6/2024", end="2024-06-30")
I30 = Pi("tính đến 30/6/2024", end="2024-06-30")
P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PT = P("đến năm 2025", end="2025-12-31")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P31 = P("Ước đến 31/12/2024", end="2024-12-31")

FIGS = [
    F("từ 3.818 tỷ đồng", "3.818", 3_818_000_000_000, "money", "đồng",
      "nguồn vốn ngân sách địa phương ủy thác qua NHCSXH", P("năm 2014", "2014-01-01", "2014-12-31")),
    F("lên 41.563 tỷ đồng", "41.563", 41_563_000_000_000, "money", "đồng",
      "nguồn vốn ngân sách địa phương ủy thác qua NHCSXH", P30,
      change=ch("increase", 11, "lần", "năm 2014", approx="nearly")),
    F("tăng khoảng 26%", "26", 26, "percent", "%", "tốc độ tăng nguồn vốn ngân sách địa phương ủy thác bình quân mỗi năm",
      approx="about"),
    F("(khoảng 11%)", "11", 11, "percent", "%", "tốc độ tăng trưởng chung của toàn hệ thống", approx="about"),
    F("có 19 tỉnh", "19", 19, "count", "tỉnh, thành phố", "tỉnh, thành phố có nguồn vốn ủy thác trên 1.000 tỷ đồng",
      I30),
    F("trên 1.000 tỷ đồng;", "1.000", 1_000_000_000_000, "money", "đồng", "nguồn vốn ủy thác", approx="over",
      optional=True),
    F("28 địa phương", "28", 28, "count", "địa phương", "địa phương có nguồn vốn ủy thác từ 500 đến 1.000 tỷ đồng",
      I30),
    F("từ 500 đến 1.000 tỷ đồng", "500", 500_000_000_000, "money", "đồng", "nguồn vốn ủy thác",
      value_max=1_000_000_000_000, optional=True),
    F("lại dưới 500 tỷ đồng", "500", 500_000_000_000, "money", "đồng", "nguồn vốn ủy thác", approx="under",
      optional=True),
    F("NHCSXH 4.286 tỷ đồng", "4.286", 4_286_000_000_000, "money", "đồng",
      "ngân sách địa phương chuyển sang NHCSXH", P6, percent=82),
    F("lần lượt 412 tỷ đồng", "412", 412_000_000_000, "money", "đồng", "ngân sách địa phương chuyển sang NHCSXH", P6,
      total=4_286_000_000_000, location="Bắc Ninh"),
    F("356 tỷ đồng", "356", 356_000_000_000, "money", "đồng", "ngân sách địa phương chuyển sang NHCSXH", P6,
      total=4_286_000_000_000, location="Thanh Hóa"),
    F("318 tỷ đồng", "318", 318_000_000_000, "money", "đồng", "ngân sách địa phương chuyển sang NHCSXH", P6,
      total=4_286_000_000_000, location="Bình Dương"),
    F("đạt 38,6%", "38,6", 38.6, "percent", "%", "tỷ trọng vốn ủy thác địa phương trong tổng nguồn vốn của chi nhánh",
      location="Quảng Ninh"),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "nguồn vốn ủy thác tại địa phương trong tổng nguồn vốn", PT,
      approx="about", status="target"),
    F("khoảng 10%/năm", "10", 10, "percent", "%", "tăng trưởng tín dụng chính sách bình quân", PG,
      approx="about", status="target"),
    F("khoảng 44.800 tỷ đồng", "44.800", 44_800_000_000_000, "money", "đồng", "nguồn vốn ủy thác", P31,
      approx="about", status="estimate", percent=12.1),
    F("dưới 100 tỷ đồng", "100", 100_000_000_000, "money", "đồng", "vốn ngân sách ủy thác của một số tỉnh",
      approx="under", percent=2),
]

COMMENTS = [
    "National press (finance section), no dateline at all and no date anywhere but in periods; byline at the end. Local-budget capital entrusted",
    "to NHCSXH nationwide after 10 years of Chỉ thị 40-CT/TW: growth, provinces by size band, 6-month transfers by province, strategy targets, estimate.",
    "Distractors: 'Sau 10 năm thực hiện' (a duration locating the figures), 'Chỉ thị số 40-CT/TW', 'Quyết định số 05/QĐ-TTg ngày 04/01/2023',",
    "'đến năm 2030' in the strategy's name, 'quý I và quý II'. 'tăng từ 3.818 tỷ đồng (năm 2014) lên 41.563 tỷ đồng ..., gấp gần 11 lần':",
    "two figures, the multiple is the later one's change (lần, nearly, baseline năm 2014). '(khoảng 11%)' is a figure of its own.",
    "Size-band thresholds (trên 1.000 / từ 500 đến 1.000 / dưới 500 tỷ đồng) are optional; the counts 19 and 28 are required (as of 30/6/2024, inherited).",
    "'dưới 100 tỷ đồng, chiếm chưa đến 2% ...': the share after 'chiếm' is the amount's percent attribute (revised after the first run).",
    "'trong đó ... lần lượt 412, 356, 318 tỷ' are parts of 4.286 tỷ with provinces as locations. 'Ước đến 31/12/2024 ... khoảng 44.800 tỷ' is an estimate.",
]

build(8, COMMENTS, TEXT, FIGS, location="Việt Nam")
