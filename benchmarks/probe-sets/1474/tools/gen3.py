"""p1474-3: formal report (UBND tỉnh Lạng Sơn): violations with goods for children, 9 months 2024; flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH LẠNG SƠN
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm đối với hàng hóa dành cho trẻ em 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra, xử lý
9 tháng đầu năm 2024, các lực lượng chức năng đã kiểm tra 286 vụ việc liên quan đến hàng hóa dành cho trẻ em, xử lý 241 vụ vi phạm (gồm 164 vụ buôn lậu, 52 vụ hàng không rõ nguồn gốc và 25 vụ vi phạm về nhãn hàng hóa), tăng 18 vụ so với cùng kỳ năm 2023; thu nộp ngân sách nhà nước hơn 3,27 tỷ đồng. Hàng vi phạm chủ yếu là xe đẩy, nôi cũi, quần áo sơ sinh không có dấu hợp quy theo QCVN 3:2019/BKHCN.

2. Trị giá hàng hóa vi phạm theo nhóm hàng
Đơn vị tính: triệu đồng
TT | Nhóm hàng | 9 tháng năm 2023 | 9 tháng năm 2024 | So với cùng kỳ (%)
1 | Xe đẩy, xe tập đi trẻ em | 1.126 | 1.412 | 125,4
2 | Nôi, cũi, giường trẻ em | 684 | 597 | 87,3
3 | Quần áo, đồ sơ sinh | 1.958 | 2.304 | 117,7
4 | Bình sữa, núm ti | 402 | 515 | 128,1
 | Tổng cộng | 4.170 | 4.828 | 115,8

3. Công tác tuyên truyền
Sở Công Thương phối hợp tổ chức 12 hội nghị tuyên truyền cho khoảng 950 lượt hộ kinh doanh tại TP Lạng Sơn và các huyện Cao Lộc, Văn Lãng; ký cam kết với 318 cơ sở kinh doanh đồ dùng mẹ và bé.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu kiểm tra ít nhất 80 lượt cơ sở kinh doanh mẹ và bé; 100% xe đẩy, nôi cũi bày bán tại các chợ biên giới có dấu hợp quy.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thắng
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("QUÝ IV NĂM 2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [("Xe đẩy, xe tập đi trẻ em", "1.126", "1.412", "125,4"),
        ("Nôi, cũi, giường trẻ em", "684", "597", "87,3"),
        ("Quần áo, đồ sơ sinh", "1.958", "2.304", "117,7"),
        ("Bình sữa, núm ti", "402", "515", "128,1"),
        ("Tổng cộng", "4.170", "4.828", "115,8")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, a, b, pct in ROWS:
    row = label.lower()
    CELLS.append(fig(f"| {a} |", a, num(a) * 1e6, "money", "đồng",
                     subject=f"trị giá hàng hóa vi phạm {row} 9 tháng năm 2023", period=C23))
    CELLS.append(fig(f"| {b} |", b, num(b) * 1e6, "money", "đồng",
                     subject=f"trị giá hàng hóa vi phạm {row} 9 tháng năm 2024", period=C24))
    CELLS.append(fig(f"| {pct}\n", pct, num(pct), "percent", "%",
                     subject=f"trị giá hàng hóa vi phạm {row} so với cùng kỳ"))

FIGS = [
    fig("kiểm tra 286 vụ việc", "286", 286, "count", "vụ việc",
        subject="vụ việc liên quan đến hàng hóa dành cho trẻ em được kiểm tra", period=NINE),
    fig("xử lý 241 vụ", "241", 241, "count", "vụ", change=chg("increase", 18, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm được xử lý", period=NINE),
    fig("gồm 164 vụ", "164", 164, "count", "vụ", total=241, subject="vụ buôn lậu", period=NINE),
    fig("52 vụ hàng", "52", 52, "count", "vụ", total=241, subject="vụ hàng không rõ nguồn gốc", period=NINE),
    fig("25 vụ vi phạm", "25", 25, "count", "vụ", total=241, subject="vụ vi phạm về nhãn hàng hóa", period=NINE),
    fig("hơn 3,27 tỷ", "3,27", 3.27e9, "money", "đồng", approx="over",
        subject="thu nộp ngân sách nhà nước", period=NINE),
] + CELLS + [
    fig("tổ chức 12 hội nghị", "12", 12, "count", "hội nghị", subject="hội nghị tuyên truyền"),
    fig("khoảng 950 lượt", "950", 950, "count", "lượt hộ kinh doanh", approx="about",
        subject="lượt hộ kinh doanh được tuyên truyền"),
    fig("với 318 cơ sở", "318", 318, "count", "cơ sở",
        subject="cơ sở kinh doanh đồ dùng mẹ và bé ký cam kết"),
    fig("ít nhất 80 lượt", "80", 80, "count", "lượt cơ sở", approx="at_least", status="target",
        subject="lượt cơ sở kinh doanh mẹ và bé được kiểm tra", period=Q4),
    fig("; 100% xe đẩy", "100", 100, "percent", "%", status="target",
        subject="xe đẩy, nôi cũi bày bán tại các chợ biên giới có dấu hợp quy", period=Q4),
]

NOTES = [
    "Formal report (UBND tỉnh Lạng Sơn): 'Số: 412/BC-UBND', 'Lạng Sơn, ngày 08 tháng 10 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, QCVN 3:2019/BKHCN, section numbers, table row numbers 1-4, 'Lưu: VT, KTN', the letterhead date.",
    "'xử lý 241 vụ vi phạm (gồm 164 ..., 52 ... và 25 ...), tăng 18 vụ so với cùng kỳ năm 2023' → bracketed parts total 241",
    "(they add up), the change (18 vụ) attaches to 241 across the bracket. The parts stand in the sentence of '9 tháng đầu năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': money cells ×10^6 with period from the column header; the 'So với cùng kỳ (%)'",
    "cells are percent figures of their own, no period (the header names none), status actual; table cells get no total.",
    "Section 3 has no period phrase (none given). Section II heading 'QUÝ IV NĂM 2024' → target figures, period inherited.",
    "'khoảng 950 lượt hộ kinh doanh tại TP Lạng Sơn và các huyện Cao Lộc, Văn Lãng' spans several places: location Lạng Sơn.",
]

if __name__ == "__main__":
    write("p1474-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Lạng Sơn")
