"""p1330-3: formal report (UBND tỉnh Hưng Yên, Số: 412/BC-UBND): land auctions and land revenue 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 26 tháng 12 năm 2024

BÁO CÁO
Kết quả đấu giá quyền sử dụng đất, thu tiền sử dụng đất năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Công tác đấu giá
Năm 2024, toàn tỉnh tổ chức 94 phiên đấu giá quyền sử dụng đất, đấu giá thành công 1.856 thửa đất với tổng diện tích 38,7 ha, gồm 1.792 thửa đất ở và 64 thửa đất thương mại, dịch vụ. Giá trúng đấu giá bình quân gấp 1,8 lần giá khởi điểm.

2. Thu tiền sử dụng đất
Thu tiền sử dụng đất năm 2024 ước đạt 6.840 tỷ đồng, bằng 114% dự toán, tăng 23,6% so với năm 2023.

Bảng: Kết quả thu tiền sử dụng đất theo địa bàn
Đơn vị tính: tỷ đồng
Địa bàn | Dự toán 2024 | Ước thực hiện 2024 | Ước TH 2024 so dự toán (%)
Thành phố Hưng Yên | 1.200 | 1.452 | 121,0
Thị xã Mỹ Hào | 1.800 | 2.106 | 117,0
Huyện Văn Lâm | 1.100 | 1.034 | 94,0
Các huyện còn lại | 1.900 | 2.248 | 118,3
Tổng cộng | 6.000 | 6.840 | 114,0

Có 3/10 huyện, thị xã, thành phố chưa đạt dự toán thu tiền sử dụng đất.

3. Tồn tại
Còn 126 thửa đất đã trúng đấu giá nhưng người trúng chưa nộp đủ tiền, số tiền còn phải thu khoảng 415 tỷ đồng; 2 khu đất phải hủy kết quả đấu giá.

II. KẾ HOẠCH NĂM 2025
Phấn đấu thu tiền sử dụng đất năm 2025 đạt 7.500 tỷ đồng; tổ chức đấu giá khoảng 2.000 thửa đất, tập trung tại thị xã Mỹ Hào và huyện Văn Lâm.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("Dự toán 2024", per("Dự toán 2024", "2024-01-01", "2024-12-31"), "target", "money"),
    ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate", "money"),
    ("Ước TH 2024 so dự toán", per("Ước TH 2024 so dự toán (%)", "2024-01-01", "2024-12-31"), "estimate", "percent"),
]
ROWS = [
    ("Thành phố Hưng Yên", "Hưng Yên", "", ["1.200", "1.452", "121,0"]),
    ("Thị xã Mỹ Hào", "Mỹ Hào", "", ["1.800", "2.106", "117,0"]),
    ("Huyện Văn Lâm", "Văn Lâm", "", ["1.100", "1.034", "94,0"]),
    ("Các huyện còn lại", "Hưng Yên", "Các huyện còn lại ", ["1.900", "2.248", "118,3"]),
    ("Tổng cộng", "Hưng Yên", "Tổng cộng ", ["6.000", "6.840", "114,0"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, rowsubj, nums in ROWS:
    prev = label
    for (colsubj, p, st, kind), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if kind == "money":
            CELLS.append(fig(anchor, n, num(n) * 1e9, "money", "đồng", status=st,
                             subject=f"{rowsubj}{colsubj}", period=p, location=place))
        else:
            CELLS.append(fig(anchor, n, num(n), "percent", "%", status=st,
                             subject=f"{rowsubj}{colsubj}", period=p, location=place))
        prev = n

FIGS = [
    fig("tổ chức 94 phiên", "94", 94, "count", "phiên đấu giá",
        subject="phiên đấu giá quyền sử dụng đất tổ chức", period=Y24),
    fig("thành công 1.856 thửa", "1.856", 1856, "count", "thửa đất",
        subject="thửa đất đấu giá thành công", period=Y24),
    fig("diện tích 38,7 ha", "38,7", 38.7, "measure", "ha",
        subject="tổng diện tích các thửa đất đấu giá thành công", period=Y24),
    fig("gồm 1.792 thửa", "1.792", 1792, "count", "thửa đất", total=1856,
        subject="thửa đất ở đấu giá thành công", period=Y24),
    fig("và 64 thửa", "64", 64, "count", "thửa đất", total=1856,
        subject="thửa đất thương mại, dịch vụ đấu giá thành công", period=Y24),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
        subject="giá trúng đấu giá bình quân so với giá khởi điểm", period=inh(Y24)),
    fig("ước đạt 6.840 tỷ", "6.840", 6840e9, "money", "đồng", status="estimate", percent=114,
        change=chg("increase", 23.6, "%", "năm 2023"), subject="thu tiền sử dụng đất", period=Y24b),
] + CELLS + [
    fig("Có 3/10 huyện", "3", 3, "count", "huyện, thị xã, thành phố", total=10,
        subject="huyện, thị xã, thành phố chưa đạt dự toán thu tiền sử dụng đất", period=inh(Y24)),
    fig("Còn 126 thửa", "126", 126, "count", "thửa đất",
        subject="thửa đất đã trúng đấu giá nhưng người trúng chưa nộp đủ tiền"),
    fig("khoảng 415 tỷ", "415", 415e9, "money", "đồng", approx="about",
        subject="số tiền còn phải thu"),
    fig("; 2 khu đất", "2", 2, "count", "khu đất", subject="khu đất phải hủy kết quả đấu giá"),
    fig("đạt 7.500 tỷ", "7.500", 7500e9, "money", "đồng", status="target",
        subject="thu tiền sử dụng đất", period=Y25),
    fig("khoảng 2.000 thửa", "2.000", 2000, "count", "thửa đất", approx="about", status="target",
        subject="thửa đất tổ chức đấu giá", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 412/BC-UBND', 'Hưng Yên, ngày 26 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 412/BC-UBND, the letterhead date, section numbers I./II./1./2./3., 'Lưu: VT, KT'.",
    "'1.856 thửa …, gồm 1.792 thửa đất ở và 64 thửa đất thương mại, dịch vụ' → parts take total 1856 (they add up).",
    "'Giá trúng đấu giá bình quân gấp 1,8 lần giá khởi điểm' stands alone as the claim → kind multiple.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' → money ×10^9; the '(%)' column is percent. Place rows → location; 'Các huyện còn lại'",
    "and 'Tổng cộng' → the province. Subject = row label + column label (FIGURES.md, Tables), so a place row leaves the column label only;",
    "revised after the first run: the indicator 'thu tiền sử dụng đất' had been prefixed to every cell subject; the spec does not add the caption.",
    "Period from the column header (scored);",
    "'Dự toán 2024' → target, 'Ước thực hiện 2024' and 'Ước TH 2024 so dự toán' → estimate; table cells get no total.",
    "'Còn 126 thửa … ; 2 khu đất' describe the state at the report date: no period. Section II 'Phấn đấu …; tổ chức …' → both target, 2025.",
]

if __name__ == "__main__":
    write("p1330-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Hưng Yên")
