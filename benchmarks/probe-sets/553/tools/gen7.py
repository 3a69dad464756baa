"""p553-7: Sở Y tế Quảng Ninh department site (no dateline) — commune health stations, one-cell-per-line table."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ Y TẾ TỈNH QUẢNG NINH
Trang chủ » Tin hoạt động » Y tế cơ sở

Nâng cao chất lượng hoạt động của 171 trạm y tế tuyến xã

Năm 2023, toàn tỉnh có 171 trạm y tế xã, phường, thị trấn, trong đó 165 trạm có bác sĩ làm việc, đạt 96,5%; 100% trạm có nữ hộ sinh hoặc y sĩ sản nhi. Số lượt khám, chữa bệnh tại tuyến xã đạt 1.286.400 lượt, tăng 12,4% so với năm 2022, trong đó khám bảo hiểm y tế chiếm 78,5%.

Cũng trong năm 2023, các trạm y tế đã quản lý, điều trị cho 28.640 người mắc tăng huyết áp và 9.315 người mắc đái tháo đường; lập hồ sơ sức khỏe điện tử cho khoảng 1,12 triệu người, chiếm 83,4% dân số toàn tỉnh.

Một số chỉ tiêu y tế cơ sở năm 2023 tại các địa phương:

Địa phương
Số trạm y tế (trạm)
Trạm đạt Bộ tiêu chí quốc gia (trạm)
Tỷ lệ tiêm chủng đầy đủ trẻ em (%)
TP. Hạ Long
33
33
98,2
TP. Cẩm Phả
16
15
97,4
Huyện Vân Đồn
12
11
96,1
Huyện Bình Liêu
8
6
93,8

Năm 2024, ngành y tế tỉnh có kế hoạch đầu tư nâng cấp 14 trạm y tế với tổng kinh phí 62,3 tỷ đồng. Tỉnh phấn đấu đến năm 2025 có 100% trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã, tỷ lệ bác sĩ đạt 14 bác sĩ/vạn dân và trên 90% người dân được quản lý sức khỏe.

Địa chỉ: Số 651 Lê Thánh Tông, phường Bạch Đằng, TP. Hạ Long
Điện thoại: 0203.3825.236
Lượt truy cập: 2.145.873
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
TB = I(P("năm 2023", "2023-01-01", "2023-12-31"))  # table title line
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
C1, C2, C3 = "Số trạm y tế", "Trạm đạt Bộ tiêu chí quốc gia", "Tỷ lệ tiêm chủng đầy đủ trẻ em"

FIGS = [
    F("của 171 trạm", "171", 171, "count", "trạm y tế", "trạm y tế tuyến xã", I(Y23)),
    F("có 171 trạm", "171", 171, "count", "trạm y tế", "trạm y tế xã, phường, thị trấn", Y23),
    F("165 trạm", "165", 165, "count", "trạm", "trạm có bác sĩ làm việc", Y23, total=171, percent=96.5),
    F("100% trạm có", "100", 100, "percent", "%", "trạm có nữ hộ sinh hoặc y sĩ sản nhi", Y23),
    F("đạt 1.286.400 lượt", "1.286.400", 1286400, "count", "lượt", "lượt khám, chữa bệnh tại tuyến xã", I(Y23),
      change=CH("increase", 12.4, "%", "năm 2022")),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", "khám bảo hiểm y tế trong lượt khám, chữa bệnh tại tuyến xã",
      I(Y23)),
    F("cho 28.640 người", "28.640", 28640, "count", "người", "người mắc tăng huyết áp được quản lý, điều trị", Y23b),
    F("và 9.315 người", "9.315", 9315, "count", "người", "người mắc đái tháo đường được quản lý, điều trị", Y23b),
    F("khoảng 1,12 triệu người", "1,12", 1120000, "count", "người", "người được lập hồ sơ sức khỏe điện tử", Y23b,
      approx="about", percent=83.4),
    F("Hạ Long\n33", "33", 33, "count", "trạm", C1, TB, location="Hạ Long"),
    F("33\n98,2", "33", 33, "count", "trạm", C2, TB, location="Hạ Long"),
    F("98,2", "98,2", 98.2, "percent", "%", C3, TB, location="Hạ Long"),
    F("Cẩm Phả\n16", "16", 16, "count", "trạm", C1, TB, location="Cẩm Phả"),
    F("16\n15", "15", 15, "count", "trạm", C2, TB, location="Cẩm Phả"),
    F("97,4", "97,4", 97.4, "percent", "%", C3, TB, location="Cẩm Phả"),
    F("Vân Đồn\n12", "12", 12, "count", "trạm", C1, TB, location="Vân Đồn"),
    F("12\n11", "11", 11, "count", "trạm", C2, TB, location="Vân Đồn"),
    F("96,1", "96,1", 96.1, "percent", "%", C3, TB, location="Vân Đồn"),
    F("Bình Liêu\n8", "8", 8, "count", "trạm", C1, TB, location="Bình Liêu"),
    F("8\n6\n", "6", 6, "count", "trạm", C2, TB, location="Bình Liêu"),
    F("93,8", "93,8", 93.8, "percent", "%", C3, TB, location="Bình Liêu"),
    F("nâng cấp 14 trạm", "14", 14, "count", "trạm y tế", "trạm y tế đầu tư nâng cấp", Y24, status="target"),
    F("62,3 tỷ đồng", "62,3", 62300000000, "money", "đồng", "tổng kinh phí nâng cấp trạm y tế", Y24,
      status="target"),
    F("có 100% trạm y tế", "100", 100, "percent", "%", "trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã", T25,
      status="target"),
    F("đạt 14 bác sĩ", "14", 14, "measure", "bác sĩ/vạn dân", "tỷ lệ bác sĩ", T25, status="target"),
    F("trên 90% người dân", "90", 90, "percent", "%", "người dân được quản lý sức khỏe", T25, approx="over",
      status="target"),
]

COMMENTS = [
    "Sở Y tế Quảng Ninh department site, no dateline (published null); footer address, phone, visit counter.",
    "One-cell-per-line table, units in the column headers ('(trạm)', '(%)'); districts/cities in the row label -> location.",
    "The table's period 'năm 2023' stands in its title line, not in a column header: inherited (unscored).",
    "'trong đó khám bảo hiểm y tế chiếm 78,5%' is the share of a part, a percent figure of its own, not the percent of 1.286.400.",
    "'có kế hoạch đầu tư nâng cấp 14 trạm ... 62,3 tỷ đồng' is a plan: status target.",
    "Distractors: Số 651 Lê Thánh Tông, 0203.3825.236, Lượt truy cập 2.145.873.",
]

if __name__ == "__main__":
    emit("p553-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Ninh")
