from lib import *

A = """UBND TỈNH HÀ GIANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển hạ tầng viễn thông năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Hạ tầng mạng di động
Năm 2024, các doanh nghiệp đã đầu tư xây dựng mới 146 trạm BTS (112 trạm 4G, 34 trạm 5G), nâng tổng số trạm BTS 4G toàn tỉnh lên 1.412 trạm. Số thôn lõm sóng giảm 41 thôn so với năm 2023, còn 98 thôn. Kết quả theo địa bàn tại Bảng 1.

Bảng 1. Hạ tầng mạng di động theo huyện (tính đến 31/12/2024)
Đơn vị tính: trạm
Huyện, thành phố | Trạm BTS 4G | Trạm BTS 5G | Thôn lõm sóng (thôn) | Tỷ lệ thôn có sóng 4G (%)
Đồng Văn | 118 | 0 | 14 | 92,5
Mèo Vạc | 104 | 0 | 11 | 93,8
Hoàng Su Phì | 97 | 2 | 9 | 95,1
Xín Mần | 92 | 0 | 12 | 93,0
TP. Hà Giang | 86 | 18 | 0 | 100
Toàn tỉnh | 1.412 | 36 | 98 | 94,6

2. Hạ tầng dùng chung và cáp quang
Tỷ lệ trạm BTS sử dụng chung cơ sở hạ tầng đạt 23,7%; tổng chiều dài tuyến cáp quang khoảng 8.950 km.

II. NHIỆM VỤ NĂM 2025
Phấn đấu xóa ít nhất 50 thôn lõm sóng; tỷ lệ thôn có sóng 4G đạt từ 97% đến 98%. Kinh phí dự kiến khoảng 126 tỷ đồng, trong đó nguồn Quỹ Dịch vụ viễn thông công ích 45 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ TT&TT (Cục Viễn thông);
- Lưu: VT, BCVT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lý Văn Páo
"""

Y24 = lambda inh=False: Y("Năm 2024", 2024, inh)
TB = lambda: ASOF("tính đến 31/12/2024", 2024, 12, 31, True)
rows = [("Đồng Văn", "Đồng Văn", ["118", "0", "14", "92,5"]),
        ("Mèo Vạc", "Mèo Vạc", ["104", "0", "11", "93,8"]),
        ("Hoàng Su Phì", "Hoàng Su Phì", ["97", "2", "9", "95,1"]),
        ("Xín Mần", "Xín Mần", ["92", "0", "12", "93,0"]),
        ("TP. Hà Giang", "TP. Hà Giang", ["86", "18", "0", "100"]),
        ("Toàn tỉnh", "Hà Giang", ["1.412", "36", "98", "94,6"])]
cols = [("count", "trạm", "Trạm BTS 4G"), ("count", "trạm", "Trạm BTS 5G"),
        ("count", "thôn", "Thôn lõm sóng"), ("percent", "%", "Tỷ lệ thôn có sóng 4G")]

def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))

F = [
    fig("mới 146 trạm", "146", 146, "count", "trạm BTS", "trạm BTS xây dựng mới", period=Y24()),
    fig("(112 trạm 4G", "112", 112, "count", "trạm 4G", "trạm BTS 4G xây dựng mới", total=146, period=Y24()),
    fig("34 trạm 5G", "34", 34, "count", "trạm 5G", "trạm BTS 5G xây dựng mới", total=146, period=Y24()),
    fig("lên 1.412 trạm", "1.412", 1412, "count", "trạm", "tổng số trạm BTS 4G toàn tỉnh", period=Y24()),
    fig("còn 98 thôn", "98", 98, "count", "thôn", "Số thôn lõm sóng",
        change=chg("decrease", 41, "thôn", "năm 2023"), period=Y24(True)),
]
for label, loc, cells in rows:
    for i, (c, (kind, unit, clabel)) in enumerate(zip(cells, cols)):
        left = (label + " | ") if i == 0 else (cells[i - 1] + " | ")
        right = "\n" if i == 3 else " |"
        if i == 0:
            anchor = f"{label} | {c} |"
        elif i == 3:
            anchor = f"{cells[2]} | {c}\n"
        else:
            anchor = f"| {cells[i-1]} | {c} |" if i == 1 else f"{cells[i-2]} | {cells[i-1]} | {c} |"
        if i == 1:
            anchor = f"{label} | {cells[0]} | {c} |"
        subj = clabel + (" toàn tỉnh" if label == "Toàn tỉnh" else "")
        F.append(fig(anchor, c, num(c), kind, unit, subj, location=loc, period=TB()))
F += [
    fig("hạ tầng đạt 23,7%", "23,7", 23.7, "percent", "%", "Tỷ lệ trạm BTS sử dụng chung cơ sở hạ tầng",
        period=Y24(True)),
    fig("khoảng 8.950 km", "8.950", 8950, "measure", "km", "tổng chiều dài tuyến cáp quang", approx="about",
        period=Y24(True)),
    fig("ít nhất 50 thôn", "50", 50, "count", "thôn", "thôn lõm sóng xóa", approx="at_least", status="target",
        period=Y("NĂM 2025", 2025, True)),
    fig("từ 97% đến 98%", "97", 97, "percent", "%", "tỷ lệ thôn có sóng 4G", value_max=98, status="target",
        period=Y("NĂM 2025", 2025, True)),
    fig("khoảng 126 tỷ", "126", 126e9, "money", "đồng", "Kinh phí", approx="about", status="forecast",
        period=Y("NĂM 2025", 2025, True)),
    fig("công ích 45 tỷ", "45", 45e9, "money", "đồng", "Kinh phí nguồn Quỹ Dịch vụ viễn thông công ích",
        total=126e9, status="forecast", period=Y("NĂM 2025", 2025, True)),
]
C = [
    "Formal report with letterhead (Sở TT&TT Hà Giang, 'Số: 215/BC-STTTT'); the place-and-date line 'Hà Giang, ngày 10 tháng 01 năm 2025' is its date.",
    "Flattened '|' table, 'Đơn vị tính: trạm' overridden by '(thôn)' and '(%)' column labels. Every numeric cell is a figure, zeros included;",
    "district rows go to location, subject = column label (+ 'toàn tỉnh' for the total row, location Hà Giang). Period from the table title",
    "'(tính đến 31/12/2024)' (inherited). No total for table cells. '146 trạm BTS (112 trạm 4G, 34 trạm 5G)': bracketed breakdown adds up, total 146.",
    "'giảm 41 thôn so với năm 2023, còn 98 thôn': change before the figure belongs to it. Section II heading 'NHIỆM VỤ NĂM 2025' gives",
    "the targets their (inherited) period; 'Phấn đấu' → target, 'dự kiến' → forecast (the 'trong đó' part continues the clause).",
    "Distractors: document number, dates, section numbers I./II./1./2., 'Bảng 1', '4G'/'5G' in labels, 'Lưu: VT, BCVT', signer.",
]
write(4, A, F, C, published="2025-01-10", location="Hà Giang")
