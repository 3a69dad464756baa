from lib import F, P, C, T, build

text = """LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN
BAN CHÍNH SÁCH - PHÁP LUẬT
Số: 486/BC-LĐLĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả đối thoại, thương lượng và ký kết thỏa ước lao động tập thể năm 2023

Thực hiện Nghị định số 145/2020/NĐ-CP của Chính phủ và Kế hoạch số 57/KH-LĐLĐ, năm 2023 công đoàn các cấp trong tỉnh đã chủ trì hoặc phối hợp tổ chức 1.134 cuộc đối thoại định kỳ tại nơi làm việc, tăng 8,2% so với năm 2022.

1. Kết quả ký kết thỏa ước lao động tập thể (TƯLĐTT) theo khu vực
Khu vực | Số CĐCS | TƯLĐTT còn hiệu lực (bản) | Tỷ lệ có TƯLĐTT (%) | Xếp loại A (bản)
Doanh nghiệp nhà nước | 38 | 38 | 100 | 21
Doanh nghiệp FDI | 126 | 119 | 94,4 | 47
Doanh nghiệp ngoài nhà nước | 512 | 331 | 64,6 | 58
Tổng cộng | 676 | 488 | 72,2 | 126

2. Đánh giá chung
Tỷ lệ TƯLĐTT xếp loại A đạt 25,8% số bản còn hiệu lực (126/488 bản), cao hơn 3,1 điểm phần trăm so với năm 2022. Bình quân mỗi bản thỏa ước có 7,5 điều khoản có lợi hơn cho người lao động so với quy định của pháp luật; nhiều doanh nghiệp cam kết tiền thưởng Tết tối thiểu bằng 1 tháng lương và hỗ trợ tiền ăn ca từ 25.000 đến 30.000 đồng/bữa.

3. Phương hướng năm 2024
Phấn đấu 100% doanh nghiệp nhà nước và ít nhất 80% doanh nghiệp FDI có CĐCS thương lượng, ký kết TƯLĐTT; tỷ lệ thỏa ước xếp loại A đạt từ 30% trở lên; tổ chức ít nhất 1 lần đối thoại định kỳ mỗi năm tại 100% CĐCS.

Nơi nhận:
- Tổng LĐLĐ Việt Nam (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, CSPL.
TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hà
"""

comments = [
    "Formal report with letterhead (LĐLĐ tỉnh Thái Nguyên, 'Số: 486/BC-LĐLĐ'); the place-and-date line gives published 2023-12-20.",
    "Flattened '|' table: every numeric cell is a figure; subject = column label + row label; unit from the column header ('(bản)', '(%)'; 'Số CĐCS' -> CĐCS);",
    "period 'năm 2023' from the report title / intro (inherited); no totals for table cells (the 'Tổng cộng' row is a figure of its own).",
    "'25,8% ... cao hơn 3,1 điểm phần trăm so với năm 2022': a share with a change (unit 'điểm phần trăm'); '(126/488 bản)' a count with total 488.",
    "'7,5 điều khoản' (average per agreement) is a count. Section 3 heading 'Phương hướng năm 2024' gives the targets their period (inherited); 'Phấn đấu' -> target.",
    "Optional: 'tối thiểu bằng 1 tháng lương' and 'ít nhất 1 lần ... mỗi năm' (contract clauses / frequencies).",
    "Distractors: document number, 'Nghị định số 145/2020/NĐ-CP', 'Kế hoạch số 57/KH-LĐLĐ', section numbers 1./2./3., 'Lưu: VT, CSPL', signer.",
]

P23 = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
P24 = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
rows = [("Doanh nghiệp nhà nước", ["38", "38", "100", "21"]),
        ("Doanh nghiệp FDI", ["126", "119", "94,4", "47"]),
        ("Doanh nghiệp ngoài nhà nước", ["512", "331", "64,6", "58"]),
        ("Tổng cộng", ["676", "488", "72,2", "126"])]
cols = [("Số CĐCS", "count", "CĐCS"), ("TƯLĐTT còn hiệu lực", "count", "bản"),
        ("Tỷ lệ có TƯLĐTT", "percent", "%"), ("Xếp loại A", "count", "bản")]

figs = [
    F("tổ chức 1.134 cuộc", "1.134", 1134, "count", "cuộc", "cuộc đối thoại định kỳ tại nơi làm việc",
      change=C("increase", 8.2, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
]
for label, cells in rows:
    line = label + " | " + " | ".join(cells)
    for j, (cname, kind, unit) in enumerate(cols):
        # anchor: the row from its label up to this cell, plus the following separator or line end
        before = label + " | " + " | ".join(cells[:j + 1])
        anchor = before + (" |" if j < 3 else "\n")
        if j > 0:
            # start the anchor at the previous cell so that the number's first whole occurrence is this cell
            anchor = cells[j - 1] + " | " + cells[j] + (" |" if j < 3 else "\n")
            if cells[j - 1] == cells[j]:
                # equal neighbours: anchor on this cell and the next one
                anchor = "| " + cells[j] + " | " + cells[j + 1]
            elif text.count(anchor) != 1:
                anchor = " | ".join(cells[:j + 1]) + (" |" if j < 3 else "\n")
                anchor = label + " | " + anchor
        v = float(cells[j].replace(".", "").replace(",", "."))
        figs.append(F(anchor, cells[j], v, kind, unit, f"{cname} {label}", period=P23))

figs += [
    F("đạt 25,8%", "25,8", 25.8, "percent", "%", "Tỷ lệ TƯLĐTT xếp loại A",
      change=C("increase", 3.1, "điểm phần trăm", "năm 2022"), period=P23),
    F("(126/488 bản)", "126", 126, "count", "bản", "TƯLĐTT xếp loại A", total=488, period=P23),
    F("có 7,5 điều khoản", "7,5", 7.5, "count", "điều khoản",
      "điều khoản có lợi hơn cho người lao động bình quân mỗi bản thỏa ước", period=P23),
    F("tối thiểu bằng 1 tháng lương", "1", 1, "measure", "tháng lương", "tiền thưởng Tết cam kết",
      approx="at_least", optional=True),
    F("từ 25.000 đến 30.000 đồng/bữa", "25.000", 25000, "money", "đồng/bữa", "hỗ trợ tiền ăn ca",
      value_max=30000, period=P23),
    F("Phấn đấu 100% doanh nghiệp", "100", 100, "percent", "%",
      "doanh nghiệp nhà nước có CĐCS thương lượng, ký kết TƯLĐTT", status="target", period=P24),
    F("ít nhất 80%", "80", 80, "percent", "%", "doanh nghiệp FDI có CĐCS thương lượng, ký kết TƯLĐTT",
      approx="at_least", status="target", period=P24),
    F("từ 30% trở lên", "30", 30, "percent", "%", "tỷ lệ thỏa ước xếp loại A",
      approx="at_least", status="target", period=P24),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "đối thoại định kỳ mỗi năm", approx="at_least",
      status="target", optional=True),
    F("tại 100% CĐCS", "100", 100, "percent", "%", "CĐCS tổ chức đối thoại định kỳ", status="target", period=P24),
]

build(4, text, comments, figs, published="2023-12-20", location="Thái Nguyên")
