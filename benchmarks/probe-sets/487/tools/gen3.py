"""p487-3: UBND tỉnh Kon Tum formal report, industrial crops 9 months 2024, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kon Tum, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất cây công nghiệp 9 tháng năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Nghị quyết số 04-NQ/TU ngày 15/7/2021 của Tỉnh ủy, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Ước đến hết tháng 9/2024, tổng diện tích cây công nghiệp lâu năm toàn tỉnh đạt 123.460 ha, bằng 98,6% kế hoạch, tăng 2.150 ha so với cùng kỳ. Kết quả một số cây chủ lực như sau:

Bảng 1. Diện tích, sản lượng một số cây công nghiệp chủ lực
Cây trồng | Kế hoạch năm 2024 (ha) | Ước thực hiện 9 tháng (ha) | Sản lượng 9 tháng (tấn)
Cao su | 74.500 | 74.120 | 41.350
Cà phê | 29.800 | 30.250 | 16.900
Sắn | 36.000 | 38.640 | 612.700
Mía | 1.200 | 980 | 52.300

2. Giá cả, tiêu thụ
Giá bán bình quân mủ cao su quy khô 9 tháng ước 33,5 triệu đồng/tấn, tăng 12,1% so với cùng kỳ. Trong tháng 4/2024, giá cà phê nhân xô có thời điểm đạt 128.000 đồng/kg. Các doanh nghiệp, trong đó có các đơn vị thuộc Binh đoàn 15, đã xuất khẩu 18.600 tấn cao su, kim ngạch 29,4 triệu USD.

3. Trồng mới, tái canh
Trong 9 tháng, toàn tỉnh trồng mới 1.250 ha cao su và tái canh 860 ha cà phê.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu năm 2024 tổng sản lượng mủ cao su đạt 58.000 tấn, sắn đạt 820.000 tấn; dự kiến trồng thêm 400 ha mắc ca trong quý IV.
"""

PLAN = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # (row label, plan anchor, plan, est anchor, est, output anchor, output)
    ("cao su", "Cao su | 74.500", "74.500", "| 74.120 |", "74.120", "| 41.350", "41.350"),
    ("cà phê", "Cà phê | 29.800", "29.800", "| 30.250 |", "30.250", "| 16.900", "16.900"),
    ("sắn", "Sắn | 36.000", "36.000", "| 38.640 |", "38.640", "| 612.700", "612.700"),
    ("mía", "Mía | 1.200", "1.200", "| 980 |", "980", "| 52.300", "52.300"),
]


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for crop, pa, pn, ea, en, oa, on in ROWS:
    TABLE += [
        fig(pa, pn, n(pn), "measure", "ha", status="target",
            subject=f"diện tích {crop} kế hoạch năm 2024", period=PLAN),
        fig(ea, en, n(en), "measure", "ha", status="estimate",
            subject=f"diện tích {crop} ước thực hiện 9 tháng", period=M9),
        fig(oa, on, n(on), "measure", "tấn",
            subject=f"sản lượng {crop} 9 tháng", period=M9),
    ]

FIGS = [
    fig("đạt 123.460 ha", "123.460", 123460, "measure", "ha", percent=98.6,
        change=chg("increase", 2150, unit="ha", baseline="cùng kỳ"), status="estimate",
        subject="tổng diện tích cây công nghiệp lâu năm",
        period=per("Ước đến hết tháng 9/2024", None, "2024-09-30")),
] + TABLE + [
    fig("ước 33,5 triệu đồng/tấn", "33,5", 33.5e6, "money", "đồng/tấn", status="estimate",
        change=chg("increase", 12.1, baseline="cùng kỳ"),
        subject="giá bán bình quân mủ cao su quy khô", period=M9),
    fig("đạt 128.000 đồng/kg", "128.000", 128000, "money", "đồng/kg",
        subject="giá cà phê nhân xô", period=per("Trong tháng 4/2024", "2024-04-01", "2024-04-30")),
    fig("xuất khẩu 18.600 tấn", "18.600", 18600, "measure", "tấn",
        subject="cao su xuất khẩu", period=inh(M9)),
    fig("kim ngạch 29,4 triệu USD", "29,4", 29.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu cao su", period=inh(M9)),
    fig("trồng mới 1.250 ha", "1.250", 1250, "measure", "ha",
        subject="diện tích cao su trồng mới", period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("tái canh 860 ha", "860", 860, "measure", "ha",
        subject="diện tích cà phê tái canh", period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("đạt 58.000 tấn", "58.000", 58000, "measure", "tấn", status="target",
        subject="tổng sản lượng mủ cao su", period=Y24),
    fig("sắn đạt 820.000 tấn", "820.000", 820000, "measure", "tấn", status="target",
        subject="sản lượng sắn", period=Y24),
    fig("thêm 400 ha", "400", 400, "measure", "ha", status="forecast",
        subject="diện tích mắc ca trồng thêm", period=per("quý IV", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "UBND tỉnh Kon Tum, Số: 412/BC-UBND, Kon Tum ngày 08/10/2024: industrial crops 9 months 2024, flattened '|' table.",
    "Table: every numeric cell a figure; subject = indicator (table title: Diện tích / Sản lượng) + row + column; unit from the column header.",
    "'Kế hoạch năm 2024' cells -> target, period 2024; 'Ước thực hiện 9 tháng' -> estimate, period 9 tháng 2024; 'Sản lượng 9 tháng' -> actual.",
    "Distractors: Số: 412/BC-UBND, Nghị quyết số 04-NQ/TU ngày 15/7/2021, section numbers I./II./1./2./3., 'Bảng 1', 'Binh đoàn 15', quý IV/2024 headings.",
    "Status: 'Ước đến hết tháng 9/2024' -> estimate with as-of period; 'Phấn đấu' -> target; 'dự kiến' -> forecast (its own clause).",
]

if __name__ == "__main__":
    emit("p487-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Kon Tum")
