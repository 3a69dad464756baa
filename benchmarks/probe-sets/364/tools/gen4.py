from lib import write, P

TEXT = """UBND TỈNH ĐỒNG THÁP
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 287/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả đào tạo vận động viên thể thao thành tích cao năm 2024, kế hoạch năm 2025

Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2024 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
Năm 2024, toàn ngành ước đạt 268 huy chương tại các giải quốc gia và quốc tế, bằng 111,7% kế hoạch; trong đó có 6 huy chương quốc tế. Kinh phí đào tạo vận động viên ước thực hiện 38.420 triệu đồng, bằng 97,3% dự toán. Một số chỉ tiêu chủ yếu:

Bảng 1. Đơn vị tính: vận động viên
Chỉ tiêu | Thực hiện năm 2023 | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So với KH (%)
1. VĐV đội tuyển tỉnh | 162 | 170 | 168 | 98,8
2. VĐV đội tuyển trẻ | 245 | 250 | 257 | 102,8
3. VĐV năng khiếu | 310 | 320 | 301 | 94,1
4. VĐV đạt đẳng cấp kiện tướng | 21 | 25 | 27 | 108,0
5. VĐV tập trung đội tuyển quốc gia | 9 | 10 | 12 | 120,0

Kinh phí bình quân đào tạo một VĐV đội tuyển tỉnh năm 2024 khoảng 98 triệu đồng/người/năm, VĐV đội tuyển trẻ 52 triệu đồng và VĐV năng khiếu 28 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu duy trì 730 - 750 VĐV ở các tuyến, giành từ 270 huy chương trở lên tại các giải quốc gia; kinh phí đào tạo dự kiến 41,5 tỷ đồng, tăng 8% so với năm 2024.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NVTDTT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

Y23 = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

F = [
    dict(anchor="ước đạt 268 huy chương", number="268", value=268, kind="count", unit="huy chương", percent=111.7,
         status="estimate", subject="huy chương tại các giải quốc gia và quốc tế", period=Y24),
    dict(anchor="có 6 huy chương", number="6", value=6, kind="count", unit="huy chương", total=268, status="estimate",
         subject="huy chương quốc tế", period=Y24),
    dict(anchor="38.420 triệu", number="38.420", value=38420e6, kind="money", unit="đồng", percent=97.3,
         status="estimate", subject="Kinh phí đào tạo vận động viên", period=Y24i),
]
rows = [("VĐV đội tuyển tỉnh", "162", "170", "168", "98,8"),
        ("VĐV đội tuyển trẻ", "245", "250", "257", "102,8"),
        ("VĐV năng khiếu", "310", "320", "301", "94,1"),
        ("VĐV đạt đẳng cấp kiện tướng", "21", "25", "27", "108,0"),
        ("VĐV tập trung đội tuyển quốc gia", "9", "10", "12", "120,0")]
for label, a, b, c, d in rows:
    line = f"{label} | {a} | {b} | {c} | {d}"
    assert line in TEXT, line
    def num(x):
        return float(x.replace(",", "."))
    F.append(dict(anchor=f"{label} | {a}", number=a, value=num(a), kind="count", unit="vận động viên",
                  subject=f"{label} thực hiện năm 2023", period=Y23))
    F.append(dict(anchor=f"| {a} | {b}", number=b, value=num(b), kind="count", unit="vận động viên", status="target",
                  subject=f"{label} kế hoạch năm 2024", period=P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")))
    F.append(dict(anchor=f"| {b} | {c}", number=c, value=num(c), kind="count", unit="vận động viên", status="estimate",
                  subject=f"{label} ước thực hiện năm 2024",
                  period=P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")))
    F.append(dict(anchor=f"{c} | {d}", number=d, value=num(d), kind="percent", unit="%",
                  subject=f"{label} so với kế hoạch", period=Y24i))
F += [
    dict(anchor="khoảng 98 triệu", number="98", value=98e6, kind="money", unit="đồng/người/năm", approx="about",
         subject="Kinh phí bình quân đào tạo một VĐV đội tuyển tỉnh", period=Y24),
    dict(anchor="trẻ 52 triệu", number="52", value=52e6, kind="money", unit="đồng/người/năm",
         subject="Kinh phí bình quân đào tạo một VĐV đội tuyển trẻ", period=Y24),
    dict(anchor="khiếu 28 triệu", number="28", value=28e6, kind="money", unit="đồng/người/năm",
         subject="Kinh phí bình quân đào tạo một VĐV năng khiếu", period=Y24),
    dict(anchor="730 - 750", number="730", value=730, value_max=750, kind="count", unit="VĐV", status="target",
         subject="VĐV ở các tuyến", period=Y25),
    dict(anchor="từ 270 huy chương", number="270", value=270, kind="count", unit="huy chương", approx="at_least",
         status="target", subject="huy chương tại các giải quốc gia", period=Y25),
    dict(anchor="41,5 tỷ", number="41,5", value=41.5e9, kind="money", unit="đồng", status="forecast",
         change=dict(direction="increase", value=8, unit="%", baseline="năm 2024"),
         subject="kinh phí đào tạo", period=Y25),
]

write(4, TEXT, F, [
    "Formal report with letterhead (Sở VHTTDL Đồng Tháp, Số: 287/BC-SVHTTDL, 'Đồng Tháp, ngày 05 tháng 12 năm 2024'):",
    "athletes by level, flattened '|' table (Đơn vị tính: vận động viên; last column '(%)'), training budget per athlete, 2025 plan.",
    "Distractors: document numbers, 'Kế hoạch số 112/KH-UBND ngày 20/3/2024', row numbers '1.'..'5.', section numerals I./II., 'Bảng 1'.",
    "Table: every numeric cell is a figure; subject = row label + column label; Kế hoạch column -> target, Ước thực hiện -> estimate;",
    "period from the column header; the 'So với KH (%)' column has no year of its own (inherited 2024 from the section); status actual.",
    "'ước đạt 268 ..., bằng 111,7% kế hoạch; trong đó có 6' -> percent 111.7; the part continues the estimate clause (estimate, total 268).",
    "Budget-per-athlete list shares the indicator and the rate unit đồng/người/năm; only the first item is 'khoảng'.",
    "'dự kiến 41,5 tỷ đồng, tăng 8% so với năm 2024' -> forecast with a change.",
], published="2024-12-05", location="Đồng Tháp")
