from lib import F, P, CH, TG, emit

TEXT = """TÒA ÁN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 68/BC-TA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác năm 2024 của Tòa án nhân dân hai cấp tỉnh Quảng Ngãi
(Số liệu từ ngày 01/10/2023 đến ngày 30/9/2024)

I. KẾT QUẢ THỤ LÝ, GIẢI QUYẾT CÁC LOẠI VỤ VIỆC
1. Tổng quan
Trong kỳ báo cáo, Tòa án nhân dân hai cấp thụ lý 8.264 vụ, việc; đã giải quyết 7.719 vụ, việc, đạt 93,41%; còn lại 545 vụ, việc đang giải quyết, không có vụ việc quá hạn luật định do nguyên nhân chủ quan.

2. Kết quả theo từng loại án
Bảng 1. Kết quả thụ lý, giải quyết theo loại án
Đơn vị tính: vụ, việc
Loại án | Thụ lý | Đã giải quyết | Còn lại | Tỷ lệ giải quyết (%)
Hình sự | 1.358 | 1.331 | 27 | 98,01
Dân sự | 2.186 | 1.885 | 301 | 86,23
Hôn nhân và gia đình | 3.902 | 3.755 | 147 | 96,23
Kinh doanh, thương mại | 214 | 171 | 43 | 79,91
Lao động | 36 | 30 | 6 | 83,33
Hành chính | 118 | 97 | 21 | 82,20
Áp dụng biện pháp xử lý hành chính | 450 | 450 | 0 | 100
Tổng cộng | 8.264 | 7.719 | 545 | 93,41

3. Chất lượng giải quyết, xét xử
Số bản án, quyết định bị hủy là 29 vụ (trong đó do nguyên nhân chủ quan 11 vụ, chiếm 0,14%); bị sửa 64 vụ (trong đó do nguyên nhân chủ quan 38 vụ, chiếm 0,49%). Tổ chức 1.062 phiên tòa rút kinh nghiệm, vượt 18% chỉ tiêu; xét xử trực tuyến 205 phiên tòa. Thời gian giải quyết trung bình một vụ án hình sự là 42 ngày.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu giải quyết đạt trên 92% tổng số vụ, việc thụ lý; tổ chức ít nhất 1.100 phiên tòa rút kinh nghiệm; 100% bản án, quyết định đủ điều kiện được công bố trên Cổng thông tin điện tử.

Nơi nhận:
- TAND tối cao (Vụ Tổng hợp);
- Thường trực Tỉnh ủy;
- Lưu: VT, VP.
CHÁNH ÁN
Trần Văn Lộc
"""

R = P("từ ngày 01/10/2023 đến ngày 30/9/2024", "2023-10-01", "2024-09-30", inh=True)
N25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

COLS = [("Thụ lý", "vụ, việc", "count", "vụ, việc thụ lý"),
        ("Đã giải quyết", "vụ, việc", "count", "vụ, việc đã giải quyết"),
        ("Còn lại", "vụ, việc", "count", "vụ, việc còn lại"),
        ("Tỷ lệ giải quyết", "%", "percent", "Tỷ lệ giải quyết")]
ROWS = [("Hình sự", ["1.358", "1.331", "27", "98,01"]),
        ("Dân sự", ["2.186", "1.885", "301", "86,23"]),
        ("Hôn nhân và gia đình", ["3.902", "3.755", "147", "96,23"]),
        ("Kinh doanh, thương mại", ["214", "171", "43", "79,91"]),
        ("Lao động", ["36", "30", "6", "83,33"]),
        ("Hành chính", ["118", "97", "21", "82,20"]),
        ("Áp dụng biện pháp xử lý hành chính", ["450", "450", "0", "100"]),
        ("Tổng cộng", ["8.264", "7.719", "545", "93,41"])]

FIGS = [
    F("thụ lý 8.264 vụ, việc", "8.264", 8264, "count", "vụ, việc", "vụ, việc thụ lý", R),
    F("giải quyết 7.719 vụ, việc", "7.719", 7719, "count", "vụ, việc", "vụ, việc đã giải quyết", R, percent=93.41),
    F("còn lại 545 vụ, việc", "545", 545, "count", "vụ, việc", "vụ, việc còn lại đang giải quyết", R),
]
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, (cell, (col, unit, kind, subj)) in enumerate(zip(cells, COLS)):
        left = (label if i == 0 else cells[i - 1])
        right = ("\n" if i == 3 else " |")
        anchor = (label + " | " + cell + right) if i == 0 else (left + " | " + cell + right)
        if i > 0 and TEXT.count(anchor) != 1:
            anchor = line[: line.index(" | " + cell + right, len(label)) + len(" | " + cell + right)]
        v = float(cell.replace(".", "").replace(",", "."))
        if anchor == "450 | 450 |":
            anchor = "| 450 | 0 |"
        FIGS.append(F(anchor, cell, v, kind, unit, f"{subj} {label}", R))

FIGS += [
    F("bị hủy là 29 vụ", "29", 29, "count", "vụ", "bản án, quyết định bị hủy", R),
    F("chủ quan 11 vụ", "11", 11, "count", "vụ", "bản án, quyết định bị hủy do nguyên nhân chủ quan", R,
      total=29, percent=0.14),
    F("bị sửa 64 vụ", "64", 64, "count", "vụ", "bản án, quyết định bị sửa", R),
    F("chủ quan 38 vụ", "38", 38, "count", "vụ", "bản án, quyết định bị sửa do nguyên nhân chủ quan", R,
      total=64, percent=0.49),
    F("Tổ chức 1.062 phiên", "1.062", 1062, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", R,
      change=CH("increase", 18, "%", "chỉ tiêu")),
    F("trực tuyến 205 phiên", "205", 205, "count", "phiên tòa", "phiên tòa xét xử trực tuyến", R),
    F("là 42 ngày", "42", 42, "measure", "ngày", "Thời gian giải quyết trung bình một vụ án hình sự", R),
    F("trên 92% tổng số", "92", 92, "percent", "%", "tỷ lệ giải quyết tổng số vụ, việc thụ lý", N25,
      approx="over", status="target"),
    F("ít nhất 1.100 phiên", "1.100", 1100, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", N25,
      approx="at_least", status="target"),
    F("; 100% bản án", "100", 100, "percent", "%", "bản án, quyết định đủ điều kiện được công bố", N25, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (TAND tỉnh Quảng Ngãi, 'Số: 68/BC-TA'); the place-and-date line gives published 2024-10-08.",
    "The court's working year: '(Số liệu từ ngày 01/10/2023 đến ngày 30/9/2024)' under the title is the period of every figure (inherited;",
    "'Trong kỳ báo cáo' refers to it). Section II 'NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets.",
    "Flattened '|' table with 'Đơn vị tính: vụ, việc' and a '(%)' column; every numeric cell (zero and 100 included) is a figure;",
    "subject = column label + row label; no total on table cells (as in the shared gold). The 'Tổng cộng' row repeats the text's totals.",
    "'29 vụ (trong đó do nguyên nhân chủ quan 11 vụ, chiếm 0,14%)': 11 has total 29 and percent 0.14. 'vượt 18% chỉ tiêu' = change vs plan.",
    "Distractors: Số: 68/BC-TA, dates, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, VP', signer's name.",
]

emit("p355-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ngãi")
