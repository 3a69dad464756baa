"""p1546-3: formal report (UBND tỉnh Thanh Hóa): helmet-wearing plan results 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch số 87/KH-UBND về đội mũ bảo hiểm khi đi mô tô, xe gắn máy năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền
Trong 11 tháng năm 2024, các cơ quan, đơn vị đã tổ chức 1.240 buổi tuyên truyền với hơn 96.000 lượt người tham dự, phát 35 nghìn tờ rơi. Các trường học đã ký cam kết với 100% phụ huynh học sinh.

2. Tuần tra, kiểm soát
Từ ngày 01/01/2024 đến ngày 30/11/2024, Công an toàn tỉnh đã xử lý 27.518 trường hợp vi phạm quy định về đội mũ bảo hiểm, giảm 6,4% so với cùng kỳ, phạt tiền 10,9 tỷ đồng, tạm giữ 1.236 phương tiện. Kết quả theo địa bàn:

Đơn vị tính: trường hợp
Địa bàn | 11 tháng 2023 | 11 tháng 2024 | So với cùng kỳ (%)
TP Thanh Hóa | 6.812 | 6.025 | 88,4
TX Bỉm Sơn | 1.134 | 1.207 | 106,4
Huyện Thọ Xuân | 2.245 | 2.118 | 94,3
Huyện Quảng Xương | 1.987 | 2.096 | 105,5
Các địa bàn còn lại | 17.225 | 16.072 | 93,3
Tổng cộng | 29.403 | 27.518 | 93,6

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% học sinh tiểu học đội mũ bảo hiểm đạt chuẩn khi ngồi sau xe mô tô, xe gắn máy; giảm từ 5-10% số trường hợp vi phạm so với năm 2024; mỗi huyện, thị xã, thành phố tổ chức ít nhất 2 đợt cao điểm kiểm tra.

Nơi nhận:
- Bộ Công an (để b/c);
- Ủy ban ATGT Quốc gia;
- Lưu: VT, BATGT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Thắng
"""

M11 = per("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")
SPAN = per("Từ ngày 01/01/2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30")
C23 = per("11 tháng 2023", "2023-01-01", "2023-11-30")
C24 = per("11 tháng 2024", "2024-01-01", "2024-11-30")
Y25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
IND = "trường hợp vi phạm quy định về đội mũ bảo hiểm"
CELL = "trường hợp vi phạm"  # the table has no caption: its unit line and the sentence before it name the indicator

ROWS = [("TP Thanh Hóa", "Thanh Hóa", ["6.812", "6.025", "88,4"]),
        ("TX Bỉm Sơn", "Bỉm Sơn", ["1.134", "1.207", "106,4"]),
        ("Huyện Thọ Xuân", "Thọ Xuân", ["2.245", "2.118", "94,3"]),
        ("Huyện Quảng Xương", "Quảng Xương", ["1.987", "2.096", "105,5"]),
        ("Các địa bàn còn lại", None, ["17.225", "16.072", "93,3"]),
        ("Tổng cộng", None, ["29.403", "27.518", "93,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (a, b, c) in ROWS:
    kw = {"location": place} if place else {}
    head = "" if place else label.lower() + " "
    CELLS.append(fig(f"{label} | {a} |", a, num(a), "count", "trường hợp",
                     subject=f"{head}{CELL} 11 tháng 2023", period=C23, **kw))
    CELLS.append(fig(f"| {b} | {c}", b, num(b), "count", "trường hợp",
                     subject=f"{head}{CELL} 11 tháng 2024", period=C24, **kw))
    CELLS.append(fig(f"| {c}\n", c, num(c), "percent", "%",
                     subject=f"{head}{CELL} so với cùng kỳ", **kw))

FIGS = [
    fig("tổ chức 1.240 buổi", "1.240", 1240, "count", "buổi", subject="buổi tuyên truyền", period=M11),
    fig("hơn 96.000 lượt", "96.000", 96000, "count", "lượt người", approx="over",
        subject="lượt người tham dự", period=M11),
    fig("phát 35 nghìn", "35", 35000, "count", "tờ rơi", subject="tờ rơi", period=M11),
    fig("với 100% phụ huynh", "100", 100, "percent", "%", subject="phụ huynh học sinh ký cam kết",
        period=inh(M11)),
    fig("xử lý 27.518 trường hợp", "27.518", 27518, "count", "trường hợp",
        change=chg("decrease", 6.4, "%", "cùng kỳ"), subject=IND, period=SPAN),
    fig("phạt tiền 10,9 tỷ", "10,9", 10.9e9, "money", "đồng", subject="phạt tiền", period=SPAN),
    fig("tạm giữ 1.236 phương tiện", "1.236", 1236, "count", "phương tiện", subject="phương tiện tạm giữ",
        period=SPAN),
] + CELLS + [
    fig("Phấn đấu 100% học sinh", "100", 100, "percent", "%", status="target",
        subject="học sinh tiểu học đội mũ bảo hiểm đạt chuẩn khi ngồi sau xe mô tô, xe gắn máy", period=inh(Y25)),
    fig("giảm từ 5-10%", "5", 5, "percent", "%", value_max=10, status="target",
        subject="số trường hợp vi phạm", period=inh(Y25)),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt", approx="at_least", status="target",
        subject="đợt cao điểm kiểm tra mỗi huyện, thị xã, thành phố tổ chức", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Thanh Hóa): 'Số: 312/BC-UBND', 'Thanh Hóa, ngày 16 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: Số: 312/BC-UBND, Kế hoạch số 87/KH-UBND, the letterhead date, section numbers I., II., 1., 2., 'năm 2024' in the",
    "title, baseline 'năm 2024', the date span 01/01/2024-30/11/2024, 'b/c', column headers '11 tháng 2023', '11 tháng 2024'.",
    "Flattened '|' table, 'Đơn vị tính: trường hợp', place column: a place row gives location (TP Thanh Hóa → Thanh Hóa, TX Bỉm Sơn →",
    "Bỉm Sơn); 'Các địa bàn còn lại' and 'Tổng cộng' stay in the province and name the row in the subject. Period from the column",
    "header; the 'So với cùng kỳ (%)' column has no period of its own (not scored). Cells get no total.",
    "No caption: the cell subject is 'trường hợp vi phạm' (unit line + the sentence before) + the column label.",
    "Section II: the heading 'NHIỆM VỤ NĂM 2025' gives the period (another line: inherited) and 'Phấn đấu' governs the whole",
    "';'-chained sentence (target). 'giảm từ 5-10%' is a rate claim: percent range, no change.",
]

if __name__ == "__main__":
    write("p1546-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Thanh Hóa")
