from lib import emit, P

text = """BỘ GIAO THÔNG VẬN TẢI
CỤC ĐƯỜNG SẮT VIỆT NAM

Tin tức - Sự kiện

Đẩy nhanh giải ngân các dự án cải tạo, nâng cấp đường sắt Bắc - Nam

Cập nhật: 28/11/2024

Năm 2024, tổng vốn đầu tư công bố trí cho lĩnh vực đường sắt là 7.235 tỷ đồng. Tính đến ngày 25/11/2024, các dự án đã giải ngân 4.918,6 tỷ đồng, đạt 68% kế hoạch, cao hơn cùng kỳ năm 2023 khoảng 1.150 tỷ đồng. Kết quả giải ngân ba dự án trọng điểm như sau:

Đơn vị tính: tỷ đồng

Dự án

Kế hoạch vốn năm 2024

Giải ngân đến 25/11/2024

Tỷ lệ (%)

Công trình thiết yếu đoạn Hà Nội - Vinh

1.520

1.186,4

78,1

Công trình thiết yếu đoạn Nha Trang - Sài Gòn

1.350

982,7

72,8

Cải tạo hầm đèo Hải Vân, Khe Nét

900

486

54,0

Theo Cục Đường sắt Việt Nam, sau khi hoàn thành, khoảng 260 km đường được thay ray P50, tốc độ chạy tàu khách nâng lên 80-90 km/h, hành trình tàu Thống Nhất SE1/SE2 rút ngắn khoảng 2 giờ.

Hiện Cục quản lý 3.143 km đường sắt quốc gia với 297 ga. Kinh phí bảo trì năm 2024 là 3.500 tỷ đồng, chỉ bằng khoảng 45% nhu cầu. Giai đoạn 2021-2025, vốn bảo trì bình quân mỗi năm tăng 8-10%.

Cục đề nghị các ban quản lý dự án phấn đấu đến 31/12/2024 giải ngân trên 95% kế hoạch vốn được giao; hoàn thành đưa vào khai thác 2 dự án trước quý II/2025.

(Nguồn: Phòng Kết cấu hạ tầng - Cục ĐSVN)
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch vốn năm 2024", "2024-01-01", "2024-12-31")
GN = P("Giải ngân đến 25/11/2024", None, "2024-11-25")
GNi = P("Tính đến ngày 25/11/2024", None, "2024-11-25", inherited=True)
T25 = P("Tính đến ngày 25/11/2024", None, "2024-11-25")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

rows = [("Hà Nội - Vinh", "Vinh\n\n1.520", "1.520", 1520, "1.520\n\n1.186,4", "1.186,4", 1186.4, "78,1", 78.1),
        ("Nha Trang - Sài Gòn", "Gòn\n\n1.350", "1.350", 1350, "1.350\n\n982,7", "982,7", 982.7, "72,8", 72.8),
        ("Cải tạo hầm đèo Hải Vân, Khe Nét", "Nét\n\n900", "900", 900, "900\n\n486", "486", 486, "54,0", 54.0)]
figs = [
    dict(anchor="là 7.235 tỷ đồng", number="7.235", value=7235e9, kind="money", unit="đồng",
         subject="tổng vốn đầu tư công bố trí cho lĩnh vực đường sắt", period=P("Năm 2024", "2024-01-01", "2024-12-31", inherited=False)),
    dict(anchor="giải ngân 4.918,6 tỷ", number="4.918,6", value=4918.6e9, kind="money", unit="đồng", percent=68,
         change=dict(direction="increase", value=1150e9, unit="đồng", approx="about", baseline="cùng kỳ năm 2023"),
         subject="vốn các dự án đã giải ngân", period=T25),
]
for label, a1, n1, v1, a2, n2, v2, n3, v3 in rows:
    name = label if label.startswith("Cải") else f"Công trình thiết yếu đoạn {label}"
    figs += [
        dict(anchor=a1, number=n1, value=v1 * 1e9, kind="money", unit="đồng", status="target",
             subject=f"Kế hoạch vốn {name}", period=KH),
        dict(anchor=a2, number=n2, value=v2 * 1e9, kind="money", unit="đồng",
             subject=f"Giải ngân {name}", period=GN),
        dict(anchor=f"{n3}\n", number=n3, value=v3, kind="percent", unit="%",
             subject=f"Tỷ lệ giải ngân {name}", period=GNi),
    ]
figs += [
    dict(anchor="ba dự án trọng điểm", number="ba", value=3, kind="count", unit="dự án", optional=True,
         subject="dự án trọng điểm"),
    dict(anchor="khoảng 260 km", number="260", value=260, kind="measure", unit="km", approx="about",
         subject="đường được thay ray P50"),
    dict(anchor="80-90 km/h", number="80", value=80, value_max=90, kind="measure", unit="km/h",
         subject="tốc độ chạy tàu khách"),
    dict(anchor="khoảng 2 giờ", number="2", value=2, kind="measure", unit="giờ", approx="about",
         subject="hành trình tàu Thống Nhất rút ngắn"),
    dict(anchor="quản lý 3.143 km", number="3.143", value=3143, kind="measure", unit="km",
         subject="đường sắt quốc gia Cục quản lý"),
    dict(anchor="với 297 ga", number="297", value=297, kind="count", unit="ga", subject="ga đường sắt quốc gia"),
    dict(anchor="là 3.500 tỷ", number="3.500", value=3500e9, kind="money", unit="đồng", percent=45,
         subject="kinh phí bảo trì", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    dict(anchor="tăng 8-10%", number="8", value=8, value_max=10, kind="percent", unit="%",
         subject="tăng vốn bảo trì bình quân mỗi năm", period=GD),
    dict(anchor="trên 95%", number="95", value=95, kind="percent", unit="%", approx="over", status="target",
         subject="giải ngân kế hoạch vốn được giao", period=P("đến 31/12/2024", None, "2024-12-31")),
    dict(anchor="khai thác 2 dự án", number="2", value=2, kind="count", unit="dự án", status="target",
         subject="dự án hoàn thành đưa vào khai thác", period=P("trước quý II/2025", None, "2025-03-31"), optional=True),
]

emit(6, text, [
    "Ministry site (Cục Đường sắt Việt Nam, Bộ GTVT): disbursement of railway renovation projects 2024, one-cell-per-line table, maintenance.",
    "'Cập nhật: 28/11/2024' without time. Distractors: rail type 'P50', train names 'SE1/SE2', dates 25/11/2024 and 31/12/2024, 'quý II/2025'.",
    "Table ('Đơn vị tính: tỷ đồng'): every numeric cell; subject = column + row label; 'Kế hoạch vốn năm 2024' column = target, period 2024;",
    "'Giải ngân đến 25/11/2024' column = as-of period; '(%)' column has no period header (inherited from the text, not scored). Sections are not places.",
    "'cao hơn cùng kỳ năm 2023 khoảng 1.150 tỷ đồng' is the change of 4.918,6 tỷ (after its share 'đạt 68% kế hoạch').",
    "'chỉ bằng khoảng 45% nhu cầu' is the share of 3.500 tỷ. 'tăng 8-10%' is a rate as the claim (percent range, giai đoạn 2021-2025).",
    "'ba dự án trọng điểm' (list head of the table) optional (revised). '2 dự án … trước quý II/2025' optional (its deadline period is debatable: end of quý I).",
], figs, published="2024-11-28", location="Việt Nam")
