from lib import write, P, CH, T

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN CÁI NƯỚC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cái Nước, ngày 25 tháng 9 năm 2024

BÁO CÁO
Kết quả sản xuất thủy sản 9 tháng năm 2024, phương hướng nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Nuôi tôm nước lợ
Thực hiện Kế hoạch số 45/KH-UBND ngày 18/01/2024, toàn huyện có 6.840 hộ nuôi tôm, trong đó 214 hộ nuôi siêu thâm canh với 1.186 ao nuôi. Kết quả theo mô hình như sau:

Mô hình | Diện tích (ha) | Ước sản lượng 9 tháng (tấn) | Kế hoạch năm 2024 (tấn) | Tỷ lệ so kế hoạch (%)
Quảng canh cải tiến | 28.640 | 9.850 | 13.500 | 72,96
Tôm - lúa | 2.150 | 820 | 1.100 | 74,55
Thâm canh, bán thâm canh | 1.035 | 11.640 | 15.000 | 77,60
Siêu thâm canh | 312 | 8.925 | 12.500 | 71,40
Tổng cộng | 32.137 | 31.235 | 42.100 | 74,19

Giá trị sản xuất thủy sản ước đạt 4.215 tỷ đồng, tăng 6,8% so với cùng kỳ; thu nhập bình quân của hộ nuôi siêu thâm canh từ 500 triệu đến 1,5 tỷ đồng/năm.

2. Dịch bệnh
Trong kỳ có 186 ha tôm nuôi bị thiệt hại, chiếm 0,58% diện tích thả nuôi, giảm 94 ha so với cùng kỳ; nguyên nhân chủ yếu do bệnh đốm trắng và thời tiết bất lợi.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm sản lượng tôm nuôi đạt 42.100 tấn; hỗ trợ cải tạo 150 ha ao nuôi; phát triển thêm 40 ha nuôi siêu thâm canh, nâng tổng diện tích lên trên 350 ha vào cuối năm 2024.

Nơi nhận:
- UBND tỉnh Cà Mau (b/c);
- Sở Nông nghiệp và PTNT;
- Lưu: VT, Phòng NN&PTNT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Tâm
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
M9h = P("9 tháng", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [("Quảng canh cải tiến", "28.640", "9.850", "13.500", "72,96"),
        ("Tôm - lúa", "2.150", "820", "1.100", "74,55"),
        ("Thâm canh, bán thâm canh", "1.035", "11.640", "15.000", "77,60"),
        ("Siêu thâm canh", "312", "8.925", "12.500", "71,40"),
        ("Tổng cộng", "32.137", "31.235", "42.100", "74,19")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    dict(anchor="có 6.840 hộ", number="6.840", value=6840, kind="count", unit="hộ",
         subject="hộ nuôi tôm", period=M9i),
    dict(anchor="214 hộ", number="214", value=214, kind="count", unit="hộ", total=6840,
         subject="hộ nuôi siêu thâm canh", period=M9i),
    dict(anchor="với 1.186 ao", number="1.186", value=1186, kind="count", unit="ao",
         subject="ao nuôi siêu thâm canh", period=M9i),
]
for label, a, o, k, r in ROWS:
    FIGS += [
        dict(anchor=f"{label} | {a} |", number=a, value=num(a), kind="measure", unit="ha",
             subject=f"Diện tích {label}", period=M9i),
        dict(anchor=f"| {a} | {o} |", number=o, value=num(o), kind="measure", unit="tấn", status="estimate",
             subject=f"Ước sản lượng 9 tháng {label}", period=M9h),
        dict(anchor=f"| {o} | {k} |", number=k, value=num(k), kind="measure", unit="tấn", status="target",
             subject=f"Kế hoạch năm 2024 {label}", period=K24),
        dict(anchor=f"| {k} | {r}", number=r, value=num(r), kind="percent", unit="%",
             subject=f"Tỷ lệ so kế hoạch {label}", period=M9i),
    ]
FIGS += [
    dict(anchor="ước đạt 4.215 tỷ đồng", number="4.215", value=4215e9, kind="money", unit="đồng", status="estimate",
         change=CH("increase", 6.8, "%", "cùng kỳ"), subject="Giá trị sản xuất thủy sản", period=M9i),
    dict(anchor="từ 500 triệu đến 1,5 tỷ đồng/năm", number="500", value=500e6, value_max=1.5e9, kind="money",
         unit="đồng/năm", subject="thu nhập bình quân của hộ nuôi siêu thâm canh"),
    dict(anchor="có 186 ha", number="186", value=186, kind="measure", unit="ha", percent=0.58,
         change=CH("decrease", 94, "ha", "cùng kỳ"), subject="diện tích tôm nuôi bị thiệt hại", period=M9i),
    dict(anchor="đạt 42.100 tấn", number="42.100", value=42100, kind="measure", unit="tấn", status="target",
         subject="sản lượng tôm nuôi cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
    dict(anchor="cải tạo 150 ha", number="150", value=150, kind="measure", unit="ha", status="target",
         subject="diện tích ao nuôi hỗ trợ cải tạo", period=Q4i),
    dict(anchor="thêm 40 ha", number="40", value=40, kind="measure", unit="ha", status="target",
         subject="diện tích nuôi siêu thâm canh phát triển thêm", period=Q4i),
    dict(anchor="trên 350 ha", number="350", value=350, kind="measure", unit="ha", approx="over", status="target",
         subject="tổng diện tích nuôi siêu thâm canh", period=P("cuối năm 2024", None, "2024-12-31")),
]

HEADER = """Formal report with letterhead (UBND huyện Cái Nước, Cà Mau), 'Số: 287/BC-UBND', place-and-date line 25/9/2024: shrimp farming 9 months of 2024.
Flattened '|' table by farming model: Diện tích (ha) | Ước sản lượng 9 tháng (tấn) | Kế hoạch năm 2024 (tấn) | Tỷ lệ so kế hoạch (%).
Every numeric cell is a figure (the 'Tổng cộng' row too); subject = column + row label; the 'Ước' column is estimate, the 'Kế hoạch' column target;
periods from the column headers ('9 tháng' takes 2024; 'Kế hoạch năm 2024'); area and rate columns inherit '9 tháng năm 2024' from the title.
No totals inside the table (FIGURES.md gives tables no part-of rule).
Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 45/KH-UBND ngày 18/01/2024', 'quý IV/2024' in headings, section numbers 'I.', '1.', '2.', 'II.', 'Lưu: VT'.
'6.840 hộ, trong đó 214 hộ' → total 6840; '1.186 ao' is not a part of households. '186 ha …, chiếm 0,58% …, giảm 94 ha so với cùng kỳ' → percent and change.
Range 'từ 500 triệu đến 1,5 tỷ đồng/năm' mixes multipliers. Tasks under 'Phấn đấu' are targets; 'cả năm' = 2024; 'vào cuối năm 2024' is an as-of end."""

write(5, TEXT, HEADER, FIGS, published="2024-09-25", location="Cái Nước")
