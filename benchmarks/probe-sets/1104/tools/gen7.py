"""p1104-7: Sở Công Thương Bình Dương site (no dateline), electricity in the hot months of 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Trang chủ / Tin tức / Điện lực

Phụ tải điện tăng cao trong các tháng nắng nóng năm 2024

Theo Công ty Điện lực Bình Dương, trong quý II/2024, nắng nóng kéo dài với nhiệt độ ngoài trời phổ biến 35-37 độ C làm nhu cầu điện cho làm mát tăng mạnh. Sản lượng điện thương phẩm toàn tỉnh quý II/2024 đạt 4.789,1 triệu kWh, tăng 12% so với cùng kỳ năm 2023; trong đó điện cho công nghiệp - xây dựng chiếm 78,6%.

Công suất cực đại (Pmax) toàn tỉnh đạt 2.874 MW vào ngày 14/5/2024, tăng 8,3% so với Pmax năm 2023. Ngày 14/5 cũng là ngày có sản lượng tiêu thụ cao nhất với 58,7 triệu kWh.

Thực hiện Chỉ thị số 20/CT-TTg, 6 tháng đầu năm 2024 toàn tỉnh tiết kiệm được 42,6 triệu kWh, đạt 106,5% kế hoạch; mục tiêu cả năm tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ. Sở khuyến cáo doanh nghiệp cài đặt điều hòa không thấp hơn 26 độ C.

Sản lượng điện thương phẩm các tháng quý II
Đơn vị tính: triệu kWh
Tháng
Năm 2023
Năm 2024
Tăng (%)
Tháng 4
1.412,5
1.586,3
12,3
Tháng 5
1.468,0
1.662,7
13,3
Tháng 6
1.395,2
1.540,1
10,4
Cộng
4.275,7
4.789,1
12,0

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 8, Tháp A, Trung tâm Hành chính tập trung tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.614 - Fax: 0274.3825.034
Lượt truy cập: 1.284.906
"""

Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")


def mon(y, m):
    last = {4: 30, 5: 31, 6: 30}[m]
    return P(f"Tháng {m} / Năm {y}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


SUBJ = "Sản lượng điện thương phẩm"
rows = [(4, "1.412,5", 1412.5, "1.586,3", 1586.3, "12,3", 12.3),
        (5, "1.468,0", 1468.0, "1.662,7", 1662.7, "13,3", 13.3),
        (6, "1.395,2", 1395.2, "1.540,1", 1540.1, "10,4", 10.4)]
TABLE = []
for m, a, av, b, bv, c, cv in rows:
    TABLE += [
        F(f"Tháng {m}\n{a}", a, av * 1e6, "measure", "kWh", f"{SUBJ} tháng {m} năm 2023", mon(2023, m)),
        F(f"{a}\n{b}", b, bv * 1e6, "measure", "kWh", f"{SUBJ} tháng {m} năm 2024", mon(2024, m)),
        F(f"{b}\n{c}", c, cv, "percent", "%", f"tăng {SUBJ.lower()} tháng {m}", mon(2024, m)),
    ]
TABLE += [
    F("Cộng\n4.275,7", "4.275,7", 4275.7e6, "measure", "kWh", f"{SUBJ} cộng quý II năm 2023",
      P("quý II / Năm 2023", "2023-04-01", "2023-06-30", inherited=True)),
    F("4.275,7\n4.789,1", "4.789,1", 4789.1e6, "measure", "kWh", f"{SUBJ} cộng quý II năm 2024",
      P("quý II / Năm 2024", "2024-04-01", "2024-06-30", inherited=True)),
    F("4.789,1\n12,0", "12,0", 12.0, "percent", "%", f"tăng {SUBJ.lower()} cộng quý II",
      P("quý II / Năm 2024", "2024-04-01", "2024-06-30", inherited=True)),
]

FIGS = [
    F("phổ biến 35-37 độ C", "35", 35, "measure", "độ C", "nhiệt độ ngoài trời phổ biến", Q2, value_max=37),
    F("đạt 4.789,1 triệu kWh", "4.789,1", 4789.1e6, "measure", "kWh", "sản lượng điện thương phẩm toàn tỉnh", Q2,
      change=C("increase", 12, "%", "cùng kỳ năm 2023")),
    F("chiếm 78,6%", "78,6", 78.6, "percent", "%", "điện cho công nghiệp - xây dựng trong sản lượng điện thương phẩm", Q2),
    F("đạt 2.874 MW", "2.874", 2874, "measure", "MW", "công suất cực đại (Pmax) toàn tỉnh",
      P("ngày 14/5/2024", "2024-05-14", "2024-05-14"), change=C("increase", 8.3, "%", "Pmax năm 2023")),
    F("với 58,7 triệu kWh", "58,7", 58.7e6, "measure", "kWh", "sản lượng tiêu thụ ngày cao nhất",
      P("Ngày 14/5", "2024-05-14", "2024-05-14")),
    F("được 42,6 triệu kWh", "42,6", 42.6e6, "measure", "kWh", "điện năng tiết kiệm được",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=106.5),
    F("tối thiểu 2,5%", "2,5", 2.5, "percent", "%", "tiết kiệm điện năng trong tổng điện năng tiêu thụ",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("không thấp hơn 26 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa", approx="at_least",
      optional=True),
] + TABLE

NOTES = [
    "Department site (Sở Công Thương Bình Dương) with no dateline (published absent); footer address, phone, fax, visit counter.",
    "'đạt 106,5% kế hoạch' is the percent of 42,6 triệu kWh. 'mục tiêu cả năm ... tối thiểu 2,5%' → target, at_least; 'cả năm' = 2024.",
    "'trong đó điện cho công nghiệp - xây dựng chiếm 78,6%' is a share of a part with no amount: own percent figure.",
    "'không thấp hơn 26 độ C' is advice for a setting (optional).",
    "Table pasted one cell per line: 'Đơn vị tính: triệu kWh' → measure in kWh ×10⁶; 'Tăng (%)' column → percent figures",
    "(rates with no base amount, no change object). Period = row month × column year (year-less 'Tháng 4' of the growth column",
    "takes 2024, the compared year). The 'Cộng' row sums the three months: quý II of the column year, marked inherited since",
    "no cell states it (the title line says 'quý II'). Table cells get no totals.",
    "Not figures: 'Chỉ thị số 20/CT-TTg', 'Tầng 8', phone/fax numbers, 'Lượt truy cập: 1.284.906'.",
]

build("p1104-7", TEXT, FIGS, NOTES, location="Bình Dương")
