"""p1458-3: formal report (UBND tỉnh Đồng Nai): wire and cable industry 2024, flattened '|' table, plan 2025."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 14/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất ngành dây và cáp điện năm 2024, kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Kết quả chung
Năm 2024, giá trị sản xuất ngành dây và cáp điện đạt 18.650 tỷ đồng, tăng 9,2% so với năm 2023, đạt 101,4% kế hoạch giao tại Quyết định số 3318/QĐ-UBND, chiếm 4,3% giá trị sản xuất công nghiệp toàn tỉnh.

2. Sản lượng sản phẩm chủ yếu
Đơn vị tính: tấn
STT | Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Cáp điện lực trung, cao thế | 38.420 | 42.150 | 109,7 | 45.000
2 | Dây điện dân dụng | 25.300 | 27.080 | 107,0 | 28.500
3 | Dây điện từ | 9.860 | 10.940 | 111,0 | 12.000
  | Tổng cộng | 73.580 | 80.170 | 109,0 | 85.500

3. Doanh nghiệp, lao động
Đến ngày 31/12/2024, toàn tỉnh có 23 doanh nghiệp sản xuất dây và cáp điện (tăng 2 doanh nghiệp so với năm 2023), trong đó 15 doanh nghiệp FDI, chủ yếu tại các KCN Amata, Nhơn Trạch 3 và Long Đức; tổng số lao động khoảng 11.200 người. Doanh thu của khối FDI ước đạt 14.300 tỷ đồng, chiếm 76,7% doanh thu toàn ngành.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất ngành năm 2025 đạt 20.500 tỷ đồng, tăng khoảng 10% so với năm 2024; thu hút thêm ít nhất 2 dự án đầu tư mới; 100% doanh nghiệp trong ngành áp dụng hệ thống quản lý chất lượng ISO 9001:2015.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

COLS = ["năm 2023", "năm 2024", "so với cùng kỳ", "kế hoạch 2025"]
ROWS = [("Cáp điện lực trung, cao thế", ["38.420", "42.150", "109,7", "45.000"]),
        ("Dây điện dân dụng", ["25.300", "27.080", "107,0", "28.500"]),
        ("Dây điện từ", ["9.860", "10.940", "111,0", "12.000"]),
        ("Tổng cộng", ["73.580", "80.170", "109,0", "85.500"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            row = label.lower() if label != "Tổng cộng" else "tổng cộng"
            if col == "so với cùng kỳ":
                v = float(n.replace(",", "."))
                out.append(fig(anchor, n, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ",
                               period=inh(C24)))
            else:
                v = float(n.replace(".", ""))
                kw = {}
                p = {"năm 2023": C23, "năm 2024": C24, "kế hoạch 2025": K25}[col]
                if col == "kế hoạch 2025":
                    kw["status"] = "target"
                out.append(fig(anchor, n, v, "measure", "tấn", subject=f"sản lượng {row} {col}",
                               period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("đạt 18.650 tỷ", "18.650", 18650e9, "money", "đồng", percent=101.4,
        change=chg("increase", 9.2, "%", "năm 2023"),
        subject="giá trị sản xuất ngành dây và cáp điện", period=Y24),
    fig("chiếm 4,3%", "4,3", 4.3, "percent", "%", optional=True,
        subject="giá trị sản xuất ngành dây và cáp điện chiếm trong giá trị sản xuất công nghiệp toàn tỉnh",
        period=Y24),
] + cells() + [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        change=chg("increase", 2, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất dây và cáp điện", period=ASOF),
    fig("trong đó 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp FDI", period=ASOF),
    fig("khoảng 11.200 người", "11.200", 11200, "count", "người", approx="about",
        subject="tổng số lao động", period=ASOF),
    fig("ước đạt 14.300 tỷ", "14.300", 14300e9, "money", "đồng", status="estimate", percent=76.7,
        subject="doanh thu của khối FDI", period=inh(Y24)),
    fig("đạt 20.500 tỷ", "20.500", 20500e9, "money", "đồng", status="target",
        change=chg("increase", 10, "%", "năm 2024", approx="about"),
        subject="giá trị sản xuất ngành", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án đầu tư mới thu hút thêm", period=Y25),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp trong ngành áp dụng hệ thống quản lý chất lượng", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Nai, Số: 14/BC-UBND, 'Đồng Nai, ngày 15 tháng 01 năm 2025'): sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 14/BC-UBND, Quyết định số 3318/QĐ-UBND, 'KCN ... Nhơn Trạch 3', ISO 9001:2015, section numbers, table row numbers 1-3, letterhead date.",
    "'đạt 101,4% kế hoạch' is the percent attribute of 18.650 tỷ; the further share 'chiếm 4,3%' is a percent figure of its own (optional).",
    "Flattened '|' table, 'Đơn vị tính: tấn': every numeric cell is a figure; subject = row label + column label; period from the header.",
    "The 'So với cùng kỳ (%)' column: percent figures (2024 over 2023); its header names no period, so the period is inherited (not scored).",
    "'Kế hoạch 2025' column → status target. Table cells carry no total.",
    "'(tăng 2 doanh nghiệp so với năm 2023)' is the change of 23 across the bracket; 15 FDI firms: total 23; as-of period 31/12/2024 for the sentence.",
    "Section II 'Phấn đấu' governs all three clauses of its sentence (target), period năm 2025.",
]

if __name__ == "__main__":
    write("p1458-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")
