"""p1572-3: formal report (UBND tỉnh Khánh Hòa) on street shoe-shiners in tourist areas; flattened '|' table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý người hành nghề đánh giày dạo tại các khu du lịch 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác quản lý
6 tháng đầu năm 2024, các địa phương đã rà soát, lập danh sách 184 người hành nghề đánh giày dạo, giảm 12% so với cùng kỳ; trong đó có 9 trẻ em, giảm 5 em so với cùng kỳ năm 2023.

Số người hành nghề đánh giày dạo được quản lý
Đơn vị tính: người
Địa phương | Năm 2023 | 6 tháng 2024 | So với cùng kỳ (%)
TP Nha Trang | 186 | 142 | 88,2
TP Cam Ranh | 34 | 27 | 90,0
Thị xã Ninh Hòa | 21 | 15 | 83,3
Tổng cộng | 241 | 184 | 88,0

Lực lượng chức năng tổ chức 46 đợt ra quân, nhắc nhở 312 lượt người, xử phạt 28 trường hợp với số tiền 21,5 triệu đồng.

2. Công tác hỗ trợ
Từ đầu năm đến ngày 30/6/2024, tỉnh đã hỗ trợ học nghề cho 35 người, trong đó 22 người học nghề vệ sinh, sửa chữa giày; giới thiệu việc làm cho 41 lượt người; đưa 6 trẻ em trở về gia đình.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giảm ít nhất 20% số người hành nghề đánh giày dạo tại các khu du lịch so với năm 2023; 100% trẻ em hành nghề đánh giày được đưa về gia đình hoặc cơ sở bảo trợ xã hội theo Nghị định số 103/2017/NĐ-CP.

Nơi nhận:
- Bộ LĐTBXH (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Minh Hằng
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
AS = per("Từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

TITLE = "người hành nghề đánh giày dạo được quản lý"
PLACES = {"TP Nha Trang": "Nha Trang", "TP Cam Ranh": "Cam Ranh", "Thị xã Ninh Hòa": "Ninh Hòa", "Tổng cộng": None}
ROWS = [("TP Nha Trang", ["186", "142", "88,2"]), ("TP Cam Ranh", ["34", "27", "90,0"]),
        ("Thị xã Ninh Hòa", ["21", "15", "83,3"]), ("Tổng cộng", ["241", "184", "88,0"])]
CELLS = []
for label, (a, b, c) in ROWS:
    loc = PLACES[label]
    kw = {"location": loc} if loc else {}
    tot = "tổng cộng " if not loc else ""
    CELLS.append(fig(f"{label} | {a} |", a, float(a), "count", "người",
                     subject=f"{tot}{TITLE} năm 2023", period=Y23, **kw))
    CELLS.append(fig(f"| {a} | {b} |", b, float(b), "count", "người",
                     subject=f"{tot}{TITLE} 6 tháng 2024", period=C24, **kw))
    CELLS.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{tot}{TITLE} so với cùng kỳ", **kw))

FIGS = [
    fig("danh sách 184 người", "184", 184, "count", "người",
        change=chg("decrease", 12, "%", "cùng kỳ"),
        subject="người hành nghề đánh giày dạo được lập danh sách", period=H1),
    fig("có 9 trẻ em", "9", 9, "count", "trẻ em", total=184,
        change=chg("decrease", 5, "em", "cùng kỳ năm 2023"), subject="trẻ em hành nghề đánh giày dạo", period=H1),
] + CELLS + [
    fig("46 đợt", "46", 46, "count", "đợt", subject="đợt ra quân của lực lượng chức năng", period=inh(H1)),
    fig("312 lượt người", "312", 312, "count", "lượt người", subject="lượt người bị nhắc nhở", period=inh(H1)),
    fig("28 trường hợp", "28", 28, "count", "trường hợp", subject="trường hợp bị xử phạt", period=inh(H1)),
    fig("21,5 triệu", "21,5", 21.5e6, "money", "đồng", subject="số tiền xử phạt", period=inh(H1)),
    fig("cho 35 người", "35", 35, "count", "người", subject="người được hỗ trợ học nghề", period=AS),
    fig("22 người", "22", 22, "count", "người", total=35, subject="người học nghề vệ sinh, sửa chữa giày", period=AS),
    fig("41 lượt người", "41", 41, "count", "lượt người", subject="lượt người được giới thiệu việc làm", period=AS),
    fig("đưa 6 trẻ em", "6", 6, "count", "trẻ em", subject="trẻ em được đưa trở về gia đình", period=AS),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="giảm số người hành nghề đánh giày dạo tại các khu du lịch", period=H2),
    fig("; 100% trẻ em", "100", 100, "percent", "%", status="target",
        subject="trẻ em hành nghề đánh giày được đưa về gia đình hoặc cơ sở bảo trợ xã hội", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH KHÁNH HÒA', 'Số: 215/BC-UBND', 'Khánh Hòa, ngày 12 tháng 7 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Flattened '|' table with a place column: 'Đơn vị tính: người'; place rows → location (Nha Trang, Cam Ranh, Ninh Hòa), 'Tổng cộng' → Khánh Hòa.",
    "Table periods from the column headers ('Năm 2023', '6 tháng 2024'); the 'So với cùng kỳ (%)' column states no period (none in gold) and gives percent figures.",
    "Table cells get no total. Subject = table title + column label (+ 'tổng cộng' for the total row).",
    "'giảm 12% so với cùng kỳ' → change of 184; 'trong đó có 9 trẻ em, giảm 5 em' → total 184 and a change in 'em'.",
    "The 46/312/28/21,5 triệu sentence states no period of its own: it inherits 6 tháng đầu năm 2024 (not scored).",
    "Section II 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' + 'Phấn đấu': both percents are targets, period inherited from the heading (not scored).",
    "'giảm ít nhất 20% ... so với năm 2023' is the claimed rate itself: percent figure, at_least, no change.",
    "Distractors: Số 215/BC-UBND, Nghị định số 103/2017/NĐ-CP, section numbers, the letterhead date, 'ngày 30/6/2024'.",
]

if __name__ == "__main__":
    write("p1572-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Khánh Hòa")
