from lib import F, P, build

TEXT = """
UBND TỈNH HẬU GIANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 418/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 25 tháng 11 năm 2024

BÁO CÁO
Tình hình thực hiện cơ giới hóa sản xuất nông nghiệp năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Máy móc, thiết bị phục vụ sản xuất lúa
Bảng 1. Số lượng máy móc, thiết bị
Đơn vị tính: chiếc
Loại máy | Năm 2022 | Năm 2023 | Ước năm 2024 | Kế hoạch 2025
Máy kéo | 4.862 | 5.015 | 5.140 | 5.300
Máy gặt đập liên hợp | 1.204 | 1.236 | 1.251 | 1.260
Máy cấy, máy sạ cụm | 96 | 142 | 205 | 300
Thiết bị bay không người lái | 58 | 121 | 236 | 350
Lò sấy | 410 | 418 | 425 | 440

2. Tỷ lệ cơ giới hóa các khâu
Năm 2024, tỷ lệ cơ giới hóa khâu làm đất đạt 100%; khâu gieo sạ đạt 68,2% (kế hoạch 65%); khâu phun thuốc bảo vệ thực vật đạt 90,5%, trong đó bằng thiết bị bay chiếm 24%; khâu thu hoạch đạt 99,1%; khâu sấy đạt 61,4%, thấp hơn 3,6% so với chỉ tiêu.

3. Hỗ trợ đầu tư máy móc
Trong năm, ngân sách tỉnh hỗ trợ 5,74 tỷ đồng cho 37 tổ chức, cá nhân mua 64 máy; các ngân hàng thương mại cho vay theo Nghị định số 55/2015/NĐ-CP với dư nợ 126,5 tỷ đồng (tính đến 31/10/2024).

II. KẾ HOẠCH NĂM 2025
Phấn đấu tỷ lệ cơ giới hóa khâu gieo sạ đạt trên 75%, khâu sấy đạt 70%; hỗ trợ tối thiểu 50 máy các loại.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

COLS = [
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", "actual"),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", "actual"),
    ("Ước năm 2024", P("Ước năm 2024", "2024-01-01", "2024-12-31"), "ước năm 2024", "estimate"),
    ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", "target"),
]
ROWS = [
    ("Máy kéo", ["4.862", "5.015", "5.140", "5.300"]),
    ("Máy gặt đập liên hợp", ["1.204", "1.236", "1.251", "1.260"]),
    ("Máy cấy, máy sạ cụm", ["96", "142", "205", "300"]),
    ("Thiết bị bay không người lái", ["58", "121", "236", "350"]),
    ("Lò sấy", ["410", "418", "425", "440"]),
]

FIGS = []
for label, cells in ROWS:
    prev = label
    for (col, per, coltxt, status), cell in zip(COLS, cells):
        last = cell == cells[-1]
        anchor = f"{prev} | {cell}" + ("\n" if last else " |")
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, "count", "chiếc", f"{label} {coltxt}", period=per, **kw))
        prev = cell

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25i = P("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
RATE = "tỷ lệ cơ giới hóa khâu "
FIGS += [
    F("làm đất đạt 100%", "100", "percent", "%", RATE + "làm đất", period=Y24),
    F("đạt 68,2%", "68,2", "percent", "%", RATE + "gieo sạ", target={"value": 65, "unit": "%", "met": True},
      period=Y24),
    F("đạt 90,5%", "90,5", "percent", "%", RATE + "phun thuốc bảo vệ thực vật", period=Y24),
    F("chiếm 24%", "24", "percent", "%", "tỷ lệ phun thuốc bảo vệ thực vật bằng thiết bị bay", period=Y24),
    F("đạt 99,1%", "99,1", "percent", "%", RATE + "thu hoạch", period=Y24),
    F("đạt 61,4%", "61,4", "percent", "%", RATE + "sấy",
      change={"direction": "decrease", "value": 3.6, "unit": "%", "baseline": "chỉ tiêu"}, period=Y24),
    F("hỗ trợ 5,74 tỷ đồng", "5,74", "money", "đồng", "ngân sách tỉnh hỗ trợ mua máy", mult=10**9,
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("cho 37 tổ chức", "37", "count", "tổ chức, cá nhân", "tổ chức, cá nhân được hỗ trợ mua máy",
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("mua 64 máy", "64", "count", "máy", "máy được hỗ trợ mua", period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("dư nợ 126,5 tỷ đồng", "126,5", "money", "đồng", "dư nợ cho vay mua máy", mult=10**9,
      period=P("tính đến 31/10/2024", None, "2024-10-31")),
    F("đạt trên 75%", "75", "percent", "%", RATE + "gieo sạ", approx="over", status="target", period=Y25i),
    F("sấy đạt 70%", "70", "percent", "%", RATE + "sấy", status="target", period=Y25i),
    F("tối thiểu 50 máy", "50", "count", "máy", "máy các loại được hỗ trợ", approx="at_least", status="target",
      period=Y25i),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Hậu Giang, 'Số: 418/BC-SNN'); the place-and-date line 'Hậu Giang, ngày 25 tháng 11 năm 2024' is its date.",
    "Flattened '|' table (Đơn vị tính: chiếc) with columns Năm 2022 | Năm 2023 | Ước năm 2024 | Kế hoạch 2025: every cell is a count in chiếc;",
    "subject = row label + column label, period from the column header (not inherited, as in h23/h24); 'Ước' → estimate, 'Kế hoạch' → target.",
    "Section 2 is one sentence opened by 'Năm 2024': period scored. '68,2% (kế hoạch 65%)' → target 65 met; 'thấp hơn 3,6% so với chỉ tiêu' → change",
    "with baseline 'chỉ tiêu'; 'trong đó bằng thiết bị bay chiếm 24%' after a percent is a percent figure of its own (no total for a percent).",
    "'Trong năm' takes 2024 from the nearest earlier period. Section II's heading 'KẾ HOẠCH NĂM 2025' gives the targets their period (inherited).",
    "Distractors: document number, 'Nghị định số 55/2015/NĐ-CP', section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, KH', '31/10/2024'.",
]

build(5, TEXT, FIGS, COMMENTS, published="2024-11-25", location="Hậu Giang")
