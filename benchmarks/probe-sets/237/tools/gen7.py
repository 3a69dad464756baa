from lib import *

rows = [("Hướng Hóa", "1.468,5", "956,5", "112"),
        ("Đakrông", "320", "144", "96"),
        ("Gio Linh", "250", "0", "48"),
        ("Hải Lăng", "176", "0", "0"),
        ("Tổng cộng", "2.214,5", "1.100,5", "256")]
table = "\n\n".join(["Địa bàn", "Quy hoạch điện VIII đến năm 2030", "Đã vận hành thương mại", "Đang triển khai"]
                   + [c for r in rows for c in r])

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Tin tức - Sự kiện › Kinh tế
Ngày cập nhật: 22/05/2024

Quảng Trị: Đẩy nhanh tiến độ các dự án điện gió

Tính đến tháng 4/2024, tỉnh có 23 dự án điện gió đã vận hành thương mại với tổng công suất 1.100,5 MW, chiếm gần 50% công suất điện gió được phân bổ trong Quy hoạch điện VIII. Quý I/2024, sản lượng điện gió toàn tỉnh đạt 812,4 triệu kWh, bằng 118,6% cùng kỳ năm 2023.

Hiện có 5 dự án với tổng công suất 256 MW đang triển khai xây dựng, tổng vốn đầu tư khoảng 11.200 tỷ đồng; dự kiến hoàn thành trong năm 2025. Để giải tỏa công suất, EVNNPT đang gấp rút hoàn thành Trạm biến áp 220 kV Lao Bảo và đường dây đấu nối dọc Quốc lộ 9.

Tình hình phát triển điện gió theo địa bàn
Đơn vị tính: MW

""" + table + """

Ngoài điện gió, tỉnh còn có 7 nhà máy điện mặt trời (tổng công suất 450 MW) và 11 nhà máy thủy điện nhỏ (tổng công suất 98,6 MW). UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến hết năm 2025 có thêm ít nhất 200 MW điện gió được đưa vào vận hành.

Nguồn: Sở Công Thương Quảng Trị
Số lượt xem: 1.208
"""

apr = P("Tính đến tháng 4/2024", None, "2024-04-30")
q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
qh = P("đến năm 2030", None, "2030-12-31")
e25 = P("đến hết năm 2025", None, "2025-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("có 23 dự án", "23", 23, "count", "dự án", "dự án điện gió đã vận hành thương mại", apr),
    F("tổng công suất 1.100,5 MW", "1.100,5", 1100.5, "measure", "MW", "tổng công suất dự án điện gió vận hành thương mại", apr,
      percent=50),
    F("đạt 812,4 triệu kWh", "812,4", 812.4e6, "measure", "kWh", "sản lượng điện gió toàn tỉnh", q1, percent=118.6),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án đang triển khai xây dựng"),
    F("công suất 256 MW", "256", 256, "measure", "MW", "tổng công suất dự án đang triển khai xây dựng"),
    F("khoảng 11.200 tỷ đồng", "11.200", 11200e9, "money", "đồng", "tổng vốn đầu tư dự án đang triển khai xây dựng", approx="about"),
    F("220 kV", "220", 220, "measure", "kV", "cấp điện áp trạm biến áp", optional=True),
]
prev = "MW\n\n" + table.split("\n\nHướng Hóa")[0].split("\n\n")[-1]  # last header cell
for place, qhv, vh, tk in rows:
    loc = "Quảng Trị" if place == "Tổng cộng" else place
    figs += [
        F(f"{place}\n\n{qhv}\n\n", qhv, num(qhv), "measure", "MW", "Quy hoạch điện VIII đến năm 2030", qh, status="target",
          location=loc),
        F(f"{qhv}\n\n{vh}\n\n{tk}\n\n" if tk != "0" else f"{qhv}\n\n{vh}\n\n", vh, num(vh), "measure", "MW",
          "Đã vận hành thương mại", I(apr), location=loc),
    ]
    if place == "Hải Lăng":
        tanchor = "0\n\nTổng cộng"
    else:
        tanchor = f"{vh}\n\n{tk}\n\n"
    figs.append(F(tanchor, tk, num(tk), "measure", "MW", "Đang triển khai", location=loc))
figs += [
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy điện mặt trời", I(apr)),
    F("(tổng công suất 450 MW)", "450", 450, "measure", "MW", "tổng công suất nhà máy điện mặt trời", I(apr)),
    F("và 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy thủy điện nhỏ", I(apr)),
    F("(tổng công suất 98,6 MW)", "98,6", 98.6, "measure", "MW", "tổng công suất nhà máy thủy điện nhỏ", I(apr)),
    F("ít nhất 200 MW", "200", 200, "measure", "MW", "điện gió được đưa vào vận hành thêm", e25, approx="at_least", status="target"),
]

build("p237-7", A, figs, [
    "Cổng TTĐT tỉnh Quảng Trị: wind power by district, 'Ngày cập nhật: 22/05/2024' without time, counter 'Số lượt xem: 1.208'.",
    "One-cell-per-line table with 'Đơn vị tính: MW'; district row labels go to location (subject = column label); 'Tổng cộng' row is the",
    "province. The 'Quy hoạch điện VIII đến năm 2030' column is a plan (status target, period from its header); 'Đã vận hành thương mại'",
    "takes the text's 'Tính đến tháng 4/2024' (inherited); 'Đang triển khai' has no period. Zero cells are figures. No totals for cells.",
    "'chiếm gần 50%' is the percent of 1.100,5 MW; 'bằng 118,6% cùng kỳ năm 2023' the percent of the Q1 output.",
    "Distractors: 'Quy hoạch điện VIII', 'Quốc lộ 9', 'EVNNPT', '220 kV' (voltage class in a substation name, optional), counter.",
    "'Hiện có 5 dự án …' has no period; 'dự kiến hoàn thành trong năm 2025' is about completion, the figures are actual.",
], published="2024-05-22", location="Quảng Trị")
