from lib import F, P, build, parse_num

table_rows = [
    ("Cẩm Giàng", "412,5", "301,6", "73,1"),
    ("Gia Lộc", "356,0", "198,4", "55,7"),
    ("Kinh Môn", "298,7", "120,2", "40,2"),
    ("Thanh Miện", "264,8", "85,3", "32,2"),
]
table = "\n".join(["Địa phương", "Diện tích", "Diện tích đã cho thuê", "Tỷ lệ lấp đầy (%)"]
                  + [c for r in table_rows for c in r])

text = """Hải Dương: Hạ tầng cụm công nghiệp từng bước được hoàn thiện

Tính đến hết quý III/2024, tỉnh Hải Dương có 44 CCN được thành lập, tổng diện tích 2.186,3 ha, trong đó 31 CCN đã có doanh nghiệp thứ cấp đi vào hoạt động. Từ đầu năm đến nay, các CCN thu hút thêm 38 dự án, trong đó có 11 dự án FDI; vốn đăng ký đạt 4.275 tỷ đồng, gấp 1,8 lần cùng kỳ năm 2023. Giá trị sản xuất công nghiệp của các doanh nghiệp trong CCN 9 tháng ước đạt 18.650 tỷ đồng, tăng 12,6% so với cùng kỳ.

Thực hiện Nghị định số 32/2024/NĐ-CP, tỉnh đã rà soát, điều chỉnh quy hoạch chi tiết nhiều cụm. Tình hình các CCN tại một số địa phương (tính đến 30/9/2024):
Đơn vị tính: ha
""" + table + """

Về hạ tầng bảo vệ môi trường, hiện mới có 19/44 CCN có trạm xử lý nước thải tập trung đi vào vận hành, chiếm 43,2%. Tổng vốn đầu tư hạ tầng đã thực hiện tại các CCN ước đạt gần 7,9 nghìn tỷ đồng.

Theo kế hoạch, quý IV/2024 tỉnh sẽ khởi công 3 trạm xử lý nước thải với tổng công suất 4.500 m3/ngày đêm; phấn đấu năm 2025 tỷ lệ lấp đầy bình quân các CCN đạt 60%. Các CCN chậm triển khai quá 24 tháng sẽ bị xem xét thu hồi chủ trương đầu tư.

15/10/2024
Minh Tuấn
"""

ASOF = P("Tính đến hết quý III/2024", end="2024-09-30")
ASOF_I = P("Tính đến hết quý III/2024", end="2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
TAB_I = P("tính đến 30/9/2024", end="2024-09-30", inherited=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("có 44 CCN", "44", 44, "count", "CCN", "CCN được thành lập", period=ASOF),
    F("diện tích 2.186,3 ha", "2.186,3", 2186.3, "measure", "ha", "tổng diện tích CCN được thành lập", period=ASOF),
    F("đó 31 CCN", "31", 31, "count", "CCN", "CCN đã có doanh nghiệp thứ cấp đi vào hoạt động", total=44,
      period=ASOF),
    F("thêm 38 dự án", "38", 38, "count", "dự án", "dự án các CCN thu hút thêm", period=YTD),
    F("có 11 dự án FDI", "11", 11, "count", "dự án", "dự án FDI", total=38, period=YTD),
    F("đạt 4.275 tỷ đồng", "4.275", 4275e9, "money", "đồng", "vốn đăng ký",
      change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "cùng kỳ năm 2023"}, period=YTD),
    F("ước đạt 18.650 tỷ đồng", "18.650", 18650e9, "money", "đồng",
      "giá trị sản xuất công nghiệp của các doanh nghiệp trong CCN",
      change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "cùng kỳ"}, status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
]
cols = [("Diện tích", "measure", "ha"), ("Diện tích đã cho thuê", "measure", "ha"), ("Tỷ lệ lấp đầy", "percent", "%")]
for place, *cells in table_rows:
    for i, (cell, (label, kind, unit)) in enumerate(zip(cells, cols)):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        anchor = f"\n{cell}\n{nxt}" if nxt else (f"{cells[i-1]}\n{cell}\n")
        figs.append(F(anchor, cell, parse_num(cell), kind, unit, f"{label} các CCN", location=place,
                      period=TAB_I))

figs += [
    F("có 19/44 CCN", "19", 19, "count", "CCN", "CCN có trạm xử lý nước thải tập trung đi vào vận hành",
      total=44, percent=43.2, period=ASOF_I),
    F("gần 7,9 nghìn tỷ đồng", "7,9", 7.9e12, "money", "đồng", "tổng vốn đầu tư hạ tầng đã thực hiện tại các CCN",
      approx="nearly", status="estimate", period=ASOF_I),
    F("khởi công 3 trạm", "3", 3, "count", "trạm", "trạm xử lý nước thải khởi công", status="target", period=Q4),
    F("công suất 4.500 m3", "4.500", 4500, "measure", "m3/ngày đêm", "tổng công suất trạm xử lý nước thải",
      status="target", period=Q4),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ lấp đầy bình quân các CCN", status="target", period=Y25),
    F("quá 24 tháng", "24", 24, "measure", "tháng", "thời hạn chậm triển khai", approx="over", optional=True),
]

build(8, text, [
    "Báo Hải Dương style (Party newspaper), no dateline at the top; bare date '15/10/2024' and byline at the end (taken as published).",
    "Clusters to end Q3/2024 — established clusters, new projects this year, a one-cell-per-line table by district",
    "(Địa phương | Diện tích | Diện tích đã cho thuê | Tỷ lệ lấp đầy (%)), 'Đơn vị tính: ha' line, wastewater plants, Q4 plan, 2025 target.",
    "Table cells: district -> location, subject = column label; unit 'ha' from the 'Đơn vị tính' line, '%' for the (%) column;",
    "period from the caption '(tính đến 30/9/2024)' in another line (inherited). 'Từ đầu năm đến nay' = 2024-01-01 to the dateline.",
    "'gấp 1,8 lần cùng kỳ năm 2023' is the change of 4.275 tỷ (unit lần); '9 tháng' takes 2024. '19/44 ..., chiếm 43,2%': total 44, percent 43,2.",
    "'hiện mới có' inherits the as-of quý III/2024 of the lead. 'Theo kế hoạch, quý IV/2024 ... sẽ khởi công' -> target.",
    "Distractors: 'Nghị định số 32/2024/NĐ-CP', the date line; the threshold 'quá 24 tháng' (legal criterion) is optional.",
], figs, published="2024-10-15", location="Hải Dương")
