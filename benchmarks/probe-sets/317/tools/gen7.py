from lib import F, P, Y, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN THỌ XUÂN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thọ Xuân, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác quản lý, phát triển chợ năm 2024 và nhiệm vụ năm 2025

I. TÌNH HÌNH CHUNG
Toàn huyện hiện có 25 chợ (2 chợ hạng II, 23 chợ hạng III), trong đó 4 chợ đã chuyển đổi mô hình sang doanh nghiệp, hợp tác xã quản lý. Năm 2024, các chợ thu hút 2.012 hộ kinh doanh thường xuyên; tổng phí chợ thu được 2,531 tỷ đồng, đạt 105,5% kế hoạch, tăng 8,2% so với năm 2023.

Bảng 1. Tình hình hoạt động các chợ năm 2024
Đơn vị tính: điểm kinh doanh
Tên chợ | Hạng | Số điểm kinh doanh | Số hộ kinh doanh thường xuyên (hộ) | Tỷ lệ lấp đầy (%) | Phí thu được (triệu đồng)
Chợ Neo | II | 412 | 365 | 88,6 | 746
Chợ Thọ Xuân | II | 380 | 322 | 84,7 | 615
Chợ Xuân Lai | III | 146 | 118 | 80,8 | 132
Các chợ hạng III còn lại (22 chợ) | III | 1.580 | 1.207 | 76,4 | 1.038
Tổng cộng | | 2.518 | 2.012 | 79,9 | 2.531

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu thu phí chợ đạt 2,7 tỷ đồng; tỷ lệ lấp đầy bình quân các chợ đạt trên 82%.
2. Phấn đấu hoàn thành nâng cấp chợ Xuân Lai theo Nghị quyết số 52/NQ-HĐND ngày 10/7/2024 của HĐND huyện và thu hút đầu tư ít nhất 01 siêu thị tại thị trấn Thọ Xuân.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Công Thương;
- Lưu: VT, KTHT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bảy
"""

YI = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
# column label, kind, unit, multiplier (unit from 'Đơn vị tính' or the column's own bracket)
COLS = [("Số điểm kinh doanh", "count", "điểm kinh doanh", 1),
        ("Số hộ kinh doanh thường xuyên", "count", "hộ", 1),
        ("Tỷ lệ lấp đầy", "percent", "%", 1),
        ("Phí thu được", "money", "đồng", 1e6)]
ROWLABEL = {"Chợ Neo": "Chợ Neo", "Chợ Thọ Xuân": "Chợ Thọ Xuân", "Chợ Xuân Lai": "Chợ Xuân Lai",
            "Các chợ hạng III còn lại (22 chợ)": "các chợ hạng III còn lại", "Tổng cộng": "tổng cộng"}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 25 chợ", "25", 25, "count", "chợ", "chợ"),
    F("(2 chợ hạng II", "2", 2, "count", "chợ", "chợ hạng II", total=25),
    F("23 chợ hạng III", "23", 23, "count", "chợ", "chợ hạng III", total=25),
    F("đó 4 chợ", "4", 4, "count", "chợ", "chợ đã chuyển đổi mô hình sang doanh nghiệp, hợp tác xã quản lý", total=25),
    F("hút 2.012 hộ", "2.012", 2012, "count", "hộ kinh doanh thường xuyên", "hộ kinh doanh thường xuyên tại các chợ",
      Y(2024, "Năm 2024")),
    F("được 2,531 tỷ đồng", "2,531", 2.531e9, "money", "đồng", "tổng phí chợ thu được", Y(2024, "Năm 2024"),
      percent=105.5, change=CH("increase", 8.2, "%", "năm 2023")),
]
out = list(FIGS)
for line in TEXT.splitlines():
    label = line.split(" |")[0]
    if label not in ROWLABEL:
        continue
    cells = [c.strip() for c in line.split("|")][2:]
    assert len(cells) == 4, line
    pos = line.index(cells[0], len(label) + 3)
    for j, ((col, kind, unit, mult), cell) in enumerate(zip(COLS, cells)):
        if j == 0:
            anchor = line[:pos + len(cell)] + " |"
        else:
            anchor = f"{cells[j - 1]} | {cell}" + (" |" if j < 3 else "\n")
        out.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{col} {ROWLABEL[label]}", YI))
out += [
    F("(22 chợ)", "22", 22, "count", "chợ", "các chợ hạng III còn lại", optional=True),
    F("đạt 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "thu phí chợ", Y25, status="target"),
    F("trên 82%", "82", 82, "percent", "%", "tỷ lệ lấp đầy bình quân các chợ", Y25, approx="over", status="target"),
    F("ít nhất 01 siêu thị", "01", 1, "count", "siêu thị", "siêu thị thu hút đầu tư tại thị trấn Thọ Xuân", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report (UBND huyện Thọ Xuân, Thanh Hóa, 'Số: 287/BC-UBND'): chợ năm 2024, flattened '|' table per market, tasks 2025.",
    "The place-and-date line 'Thọ Xuân, ngày 18 tháng 12 năm 2024' is the date. Location Thọ Xuân (district; towns are not places).",
    "'25 chợ (2 chợ hạng II, 23 chợ hạng III)' is a bracketed breakdown adding up to 25; 'trong đó 4 chợ …' is a part of 25.",
    "'2,531 tỷ đồng' = 2.531e9 (lone comma before a multiplier); share 105,5% of plan + change 8,2%.",
    "Table: 'Đơn vị tính: điểm kinh doanh' for the first numeric column; '(hộ)', '(%)', '(triệu đồng)' override it per column.",
    "Every numeric cell is a figure, subject = column + row label, period 'năm 2024' from the table title (inherited); no totals for cells.",
    "The 'Hạng' column (II/III) is a class label, not a figure. '(22 chợ)' inside a row label is optional.",
    "Section 'II. NHIỆM VỤ NĂM 2025' gives the targets their year (inherited); 'Phấn đấu' → target; 'ít nhất 01' = at_least.",
    "Distractors: Số: 287/BC-UBND, Nghị quyết số 52/NQ-HĐND ngày 10/7/2024, 'Bảng 1', section numbers, signer 'Lê Văn Bảy'.",
    "revised: 25 chợ subject loses 'trên địa bàn huyện' (place → location).",
]

emit("p317-7", TEXT, COMMENTS, out, published="2024-12-18", location="Thọ Xuân")
