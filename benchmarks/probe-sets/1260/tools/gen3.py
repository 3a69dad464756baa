"""p1260-3: formal report (UBND tỉnh Vĩnh Phúc, Số: 412/BC-UBND): e-motorbike production 2024, flattened '|' table by firm."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất xe máy điện năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Trên địa bàn tỉnh có 3 doanh nghiệp sản xuất, lắp ráp xe máy điện, tổng công suất thiết kế 260.000 xe/năm. Năm 2024, sản lượng ước đạt 151.800 chiếc, tăng 21,6% so với năm 2023, bằng 94,9% kế hoạch. Tỷ lệ nội địa hóa bình quân đạt khoảng 62%.

Đơn vị tính: chiếc
Doanh nghiệp | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Công ty CP Xe điện Tam Đảo | 64.300 | 78.500 | 90.000 | 122,1
Công ty TNHH Động cơ Phúc Yên | 38.900 | 45.200 | 52.000 | 116,2
Công ty TNHH Xe xanh Bình Xuyên | 21.650 | 28.100 | 35.000 | 129,8
Tổng cộng | 124.850 | 151.800 | 177.000 | 121,6
Trong đó: xuất khẩu | 12.400 | 18.600 | 25.000 | 150,0

2. Tiêu thụ, lao động và hạ tầng
Năm 2024, doanh thu của các doanh nghiệp ước đạt 2.730 tỷ đồng, tăng 18% so với năm 2023. Xe xuất khẩu chủ yếu sang Lào, Campuchia và Ấn Độ với kim ngạch 9,8 triệu USD. Các doanh nghiệp sử dụng 3.420 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng. Toàn tỉnh đã lắp đặt 96 trạm sạc, đổi pin công cộng, đạt 80% kế hoạch năm.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng xe máy điện đạt 177.000 chiếc; tỷ lệ nội địa hóa đạt từ 65-70%; thu hút thêm 1 đến 2 dự án sản xuất pin, động cơ điện.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23C = period("Năm 2023", "2023-01-01", "2023-12-31")
E24C = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25C = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PLAN25 = period("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", Y23C, None), ("ước thực hiện 2024", E24C, "estimate"),
        ("kế hoạch 2025", K25C, "target"), ("so với cùng kỳ", inherit(Y24), None)]
ROWS = [("Công ty CP Xe điện Tam Đảo", "Công ty CP Xe điện Tam Đảo", ["64.300", "78.500", "90.000", "122,1"]),
        ("Công ty TNHH Động cơ Phúc Yên", "Công ty TNHH Động cơ Phúc Yên", ["38.900", "45.200", "52.000", "116,2"]),
        ("Công ty TNHH Xe xanh Bình Xuyên", "Công ty TNHH Xe xanh Bình Xuyên", ["21.650", "28.100", "35.000", "129,8"]),
        ("Tổng cộng", "tổng cộng", ["124.850", "151.800", "177.000", "121,6"]),
        ("Trong đó: xuất khẩu", "trong đó xuất khẩu", ["12.400", "18.600", "25.000", "150,0"])]
TOTALS = [124850, 151800, 177000]


def cells():
    out = []
    for label, name, nums in ROWS:
        prev = label
        for i, ((col, per, status), num) in enumerate(zip(COLS, nums)):
            anchor = f"{prev} | {num}"
            kw = {"status": status} if status else {}
            if i == 3:
                out.append(F(anchor, num, float(num.replace(",", ".")), "percent", "%",
                             subject=f"sản lượng xe máy điện {name} so với cùng kỳ", period=per, **kw))
            else:
                if label.startswith("Trong đó"):
                    kw["total"] = TOTALS[i]
                out.append(F(anchor, num, float(num.replace(".", "")), "count", "chiếc",
                             subject=f"sản lượng xe máy điện {name} {col}", period=per, **kw))
            prev = num
    return out


FIGS = [
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất, lắp ráp xe máy điện"),
    F("260.000 xe/năm", "260.000", 260000, "measure", "xe/năm", subject="tổng công suất thiết kế"),
    F("ước đạt 151.800", "151.800", 151800, "count", "chiếc", status="estimate", percent=94.9,
      change=change("increase", 21.6, "%", "năm 2023"), subject="sản lượng xe máy điện", period=Y24),
    F("khoảng 62%", "62", 62, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa bình quân",
      period=inherit(Y24)),
] + cells() + [
    F("ước đạt 2.730", "2.730", 2730e9, "money", "đồng", status="estimate",
      change=change("increase", 18, "%", "năm 2023"), subject="doanh thu của các doanh nghiệp", period=Y24),
    F("9,8 triệu", "9,8", 9.8e6, "money", "USD", subject="kim ngạch xuất khẩu xe", period=inherit(Y24)),
    F("3.420 lao động", "3.420", 3420, "count", "lao động", subject="lao động các doanh nghiệp sử dụng",
      period=inherit(Y24)),
    F("9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=inherit(Y24)),
    F("96 trạm", "96", 96, "count", "trạm sạc", percent=80, subject="trạm sạc, đổi pin công cộng đã lắp đặt",
      period=inherit(Y24)),
    F("đạt 177.000 chiếc", "177.000", 177000, "count", "chiếc", status="target",
      subject="sản lượng xe máy điện", period=PLAN25),
    F("từ 65-70%", "65", 65, "percent", "%", value_max=70, status="target", subject="tỷ lệ nội địa hóa",
      period=PLAN25),
    F("1 đến 2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
      subject="dự án sản xuất pin, động cơ điện thu hút thêm", period=PLAN25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 412/BC-UBND', 'Vĩnh Phúc, ngày 16 tháng 12 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, the letterhead date, section numbers I., II., 1., 2., 'năm 2024'/'năm 2025' in the title, 'Lưu: VT, CN'.",
    "151.800 chiếc: 'ước đạt' → estimate; 'tăng 21,6% so với năm 2023' → change; 'bằng 94,9% kế hoạch' → percent attribute.",
    "Flattened '|' table, 'Đơn vị tính: chiếc'; subject = indicator + row + column; period and status from the column headers",
    "('Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target). 'So với cùng kỳ (%)' cells are percent figures; their header has",
    "no period or status cue: status actual, period 2024 inherited from the text (not scored).",
    "Row 'Trong đó: xuất khẩu' follows 'Tổng cộng': its count cells take the Tổng cộng cell of the same column as total (borderline).",
    "Section 2 sentences without a period of their own inherit 'Năm 2024'; 'đạt 80% kế hoạch năm' → percent attribute of 96 trạm.",
    "Section II: 'Phấn đấu' governs the whole ';'-chain → target; period from the heading 'KẾ HOẠCH NĂM 2025' (inherited).",
    "Lào, Campuchia, Ấn Độ are trade partners: location stays Vĩnh Phúc.",
]

if __name__ == "__main__":
    write("p1260-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Vĩnh Phúc")
