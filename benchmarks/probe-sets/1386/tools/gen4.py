"""p1386-4: formal report (UBND tỉnh Bắc Giang, Số: 386/BC-UBND): arrears 9 months 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC GIANG
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 21 tháng 10 năm 2024

BÁO CÁO
Tình hình chậm đóng BHXH, BHYT, BHTN 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình thu
9 tháng đầu năm 2024, số thu BHXH, BHYT, BHTN toàn tỉnh ước đạt 5.426 tỷ đồng, bằng 72,8% kế hoạch, tăng 9,6% so với cùng kỳ. Số người tham gia BHXH tự nguyện đạt 38.912 người, tăng 14,2% so với cùng kỳ.

2. Tình hình chậm đóng
Đến ngày 30/9/2024, toàn tỉnh có 2.847 đơn vị chậm đóng với số tiền 157,9 tỷ đồng, chiếm 2,18% số phải thu; trong đó 412 đơn vị chậm đóng từ 3 tháng trở lên với số tiền 96,3 tỷ đồng.
Số chậm đóng theo địa bàn
Đơn vị tính: triệu đồng
STT | Địa bàn | Đến 30/9/2023 | Đến 30/9/2024 | So với cùng kỳ (%)
1 | TP Bắc Giang | 48.215 | 41.630 | 86,3
2 | Thị xã Việt Yên | 62.480 | 57.912 | 92,7
3 | Huyện Yên Dũng | 21.306 | 23.118 | 108,5
4 | Các huyện còn lại | 39.870 | 35.204 | 88,3
| Tổng cộng | 171.871 | 157.864 | 91,9

3. Xử lý vi phạm
Cơ quan BHXH đã phối hợp thanh tra 186 đơn vị, ban hành 47 quyết định xử phạt vi phạm hành chính với tổng số tiền gần 2,1 tỷ đồng; chuyển hồ sơ của 3 doanh nghiệp sang cơ quan công an.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 giảm tỷ lệ chậm đóng xuống dưới 1,8% số phải thu; thu hồi ít nhất 50 tỷ đồng tiền chậm đóng.

Nơi nhận:
- BHXH Việt Nam (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Đến ngày 30/9/2024", None, "2024-09-30")
C23 = per("Đến 30/9/2023", None, "2023-09-30")
C24 = per("Đến 30/9/2024", None, "2024-09-30")
DL = per("đến 31/12/2024", None, "2024-12-31")
COLS = [("đến 30/9/2023", C23), ("đến 30/9/2024", C24), ("so với cùng kỳ", None)]
ROWS = [("TP Bắc Giang", "Bắc Giang", ["48.215", "41.630", "86,3"]),
        ("Thị xã Việt Yên", "Việt Yên", ["62.480", "57.912", "92,7"]),
        ("Huyện Yên Dũng", "Yên Dũng", ["21.306", "23.118", "108,5"]),
        ("Các huyện còn lại", None, ["39.870", "35.204", "88,3"]),
        ("Tổng cộng", None, ["171.871", "157.864", "91,9"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p), n in zip(COLS, nums):
            row = "" if place else label.lower() + " "
            kw = {"location": place} if place else {}
            if p is None:
                out.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"{row}số chậm đóng so với cùng kỳ".strip(), **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")) * 1e6, "money", "đồng",
                               subject=f"{row}số chậm đóng {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 5.426 tỷ", "5.426", 5426e9, "money", "đồng", status="estimate", percent=72.8,
        change=chg("increase", 9.6, "%", "cùng kỳ"),
        subject="số thu BHXH, BHYT, BHTN toàn tỉnh", period=NINE),
    fig("đạt 38.912 người", "38.912", 38912, "count", "người",
        change=chg("increase", 14.2, "%", "cùng kỳ"),
        subject="số người tham gia BHXH tự nguyện", period=inh(NINE)),
    fig("có 2.847 đơn vị", "2.847", 2847, "count", "đơn vị",
        subject="đơn vị chậm đóng", period=ASOF),
    fig("tiền 157,9 tỷ", "157,9", 157.9e9, "money", "đồng", percent=2.18,
        subject="số tiền chậm đóng", period=ASOF),
    fig("trong đó 412 đơn vị", "412", 412, "count", "đơn vị", total=2847,
        subject="đơn vị chậm đóng từ 3 tháng trở lên", period=ASOF),
    fig("từ 3 tháng trở lên", "3", 3, "measure", "tháng", optional=True),
    fig("tiền 96,3 tỷ", "96,3", 96.3e9, "money", "đồng", total=157.9e9,
        subject="số tiền chậm đóng từ 3 tháng trở lên", period=ASOF),
] + cells() + [
    fig("thanh tra 186 đơn vị", "186", 186, "count", "đơn vị",
        subject="đơn vị được thanh tra", period=inh(NINE)),
    fig("hành 47 quyết định", "47", 47, "count", "quyết định",
        subject="quyết định xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("gần 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("của 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp chuyển hồ sơ sang cơ quan công an", period=inh(NINE)),
    fig("dưới 1,8%", "1,8", 1.8, "percent", "%", approx="under", status="target",
        subject="tỷ lệ chậm đóng", period=DL),
    fig("ít nhất 50 tỷ", "50", 50e9, "money", "đồng", approx="at_least", status="target",
        subject="tiền chậm đóng thu hồi", period=DL),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC GIANG', 'Số: 386/BC-UBND', 'Bắc Giang, ngày 21 tháng 10 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 386/BC-UBND, section numbers, STT row numbers 1-4, 'QUÝ IV/2024' in the section heading, 'Lưu: VT, KGVX'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': money cells ×10^6; the 'Địa bàn' column is a place column → location (TP Bắc Giang → Bắc Giang,",
    "which the scorer equates with the province); 'Các huyện còn lại' and 'Tổng cộng' are no single place → row label in the subject, location Bắc Giang.",
    "Period from the column header 'Đến 30/9/2023' / 'Đến 30/9/2024' (as-of, start null). 'So với cùng kỳ (%)' cells are percent figures, no period. No totals for cells.",
    "'bằng 72,8% kế hoạch, tăng 9,6% so với cùng kỳ' → percent + change of 5.426 tỷ (estimate). 38.912 stands in another sentence without 'ước': actual.",
    "'trong đó' after ';' → 412 takes total 2.847, 96,3 tỷ takes total 157,9 tỷ. 'từ 3 tháng trở lên' is a class threshold: optional.",
    "Section II: 'Phấn đấu đến 31/12/2024 …; thu hồi ít nhất 50 tỷ' → target, as-of period for both clauses of the sentence.",
]

if __name__ == "__main__":
    write("p1386-4", TEXT, NOTES, FIGS, published="2024-10-21", location="Bắc Giang")
