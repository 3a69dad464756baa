"""p1559-3: formal report (Sở Y tế Bắc Giang, Số: 27/BC-SYT): supply of bông, băng, gạc in 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC GIANG
SỞ Y TẾ
Số: 27/BC-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Giang, ngày 14 tháng 01 năm 2025

BÁO CÁO
Kết quả cung ứng bông, băng, gạc y tế năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Đấu thầu tập trung
Năm 2024, Sở Y tế tổ chức đấu thầu tập trung 146 mặt hàng bông, băng, gạc cho 17 đơn vị trực thuộc; tỷ lệ mặt hàng có nhà thầu trúng thầu đạt 93,2%. Giá trúng thầu bình quân giảm 4,6% so với năm 2023.

2. Giá trị sử dụng
Đơn vị tính: triệu đồng
TT | Nhóm hàng | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Bông y tế các loại | 4.820 | 5.230 | 108,5 | 5.500
2 | Băng cuộn, băng thun | 3.615 | 3.470 | 96,0 | 3.400
3 | Gạc phẫu thuật, gạc vô khuẩn | 9.940 | 11.305 | 113,7 | 12.600
4 | Băng dính y tế | 2.210 | 2.395 | 108,4 | 2.600
 | Tổng cộng | 20.585 | 22.400 | 108,8 | 24.100

Năm 2024, các đơn vị sử dụng khoảng 1,35 triệu miếng gạc phẫu thuật, trong đó gạc có sợi cản quang 210.000 miếng.

3. Tồn tại
Còn 10/146 mặt hàng không có nhà thầu tham dự; 2 đơn vị thiếu băng bột bó trong tháng 8/2024.

II. KẾ HOẠCH NĂM 2025
Phấn đấu 100% đơn vị không để thiếu bông, băng, gạc; tổng giá trị sử dụng dự kiến khoảng 24,1 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NVD.

GIÁM ĐỐC
Nguyễn Văn Hòa
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31")
T8 = per("tháng 8/2024", "2024-08-01", "2024-08-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ", "Kế hoạch 2025"]
ROWS = [("1 | Bông y tế các loại", "Bông y tế các loại", ["4.820", "5.230", "108,5", "5.500"]),
        ("2 | Băng cuộn, băng thun", "Băng cuộn, băng thun", ["3.615", "3.470", "96,0", "3.400"]),
        ("3 | Gạc phẫu thuật, gạc vô khuẩn", "Gạc phẫu thuật, gạc vô khuẩn", ["9.940", "11.305", "113,7", "12.600"]),
        ("4 | Băng dính y tế", "Băng dính y tế", ["2.210", "2.395", "108,4", "2.600"]),
        (" | Tổng cộng", "Tổng cộng", ["20.585", "22.400", "108,8", "24.100"])]


def cells():
    out = []
    for lead, label, nums in ROWS:
        prev = lead
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            subject = f"{label} {col}"
            if col == "So với cùng kỳ":
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=subject, period=inh(Y24)))
            else:
                v = float(n.replace(".", "")) * 1e6
                kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
                p = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
                out.append(fig(anchor, n, v, "money", "đồng", subject=subject, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("tập trung 146 mặt hàng", "146", 146, "count", "mặt hàng",
        subject="mặt hàng bông, băng, gạc đấu thầu tập trung", period=Y24),
    fig("cho 17 đơn vị", "17", 17, "count", "đơn vị",
        subject="đơn vị trực thuộc được đấu thầu tập trung", period=Y24),
    fig("đạt 93,2%", "93,2", 93.2, "percent", "%",
        subject="tỷ lệ mặt hàng có nhà thầu trúng thầu", period=Y24),
    fig("giảm 4,6%", "4,6", 4.6, "percent", "%",
        subject="giá trúng thầu bình quân", period=inh(Y24)),
] + cells() + [
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "miếng", approx="about",
        subject="gạc phẫu thuật các đơn vị sử dụng", period=Y24),
    fig("quang 210.000 miếng", "210.000", 210000, "count", "miếng", total=1.35e6,
        subject="gạc có sợi cản quang", period=Y24),
    fig("Còn 10/146", "10", 10, "count", "mặt hàng", total=146,
        subject="mặt hàng không có nhà thầu tham dự", period=inh(Y24)),
    fig("2 đơn vị thiếu", "2", 2, "count", "đơn vị",
        subject="đơn vị thiếu băng bột bó", period=T8),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="đơn vị không để thiếu bông, băng, gạc", period=inh(P25)),
    fig("khoảng 24,1 tỷ", "24,1", 24.1e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng giá trị sử dụng", period=inh(P25)),
]

NOTES = [
    "Formal report (UBND TỈNH BẮC GIANG / SỞ Y TẾ, Số: 27/BC-SYT, 'Bắc Giang, ngày 14 tháng 01 năm 2025' = published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 27/BC-SYT, the letterhead date, 'năm 2024 và kế hoạch năm 2025' in the title, section numbers, table row numbers 1-4, 'b/c'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' → money, value x 10^6; subject = row label + column label; periods from the column",
    "headers (scored); 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (no change object: the ratio is the claim);",
    "their header names no period, so the 2024 period is marked inherited (not scored); no status cue in that header → actual.",
    "Table cells get no total ('Tổng cộng' is a row of its own).",
    "'Giá trúng thầu bình quân giảm 4,6% so với năm 2023' is a rate as the claim; its year (2024) is in the previous sentence: inherited.",
    "'khoảng 1,35 triệu miếng ..., trong đó ... 210.000 miếng' → total 1 350 000. '10/146 mặt hàng' → total 146.",
    "Section II 'KẾ HOẠCH NĂM 2025': 'Phấn đấu 100%' target; 'dự kiến khoảng 24,1 tỷ' forecast, about; period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1559-3", TEXT, NOTES, FIGS, published="2025-01-14", location="Bắc Giang")
