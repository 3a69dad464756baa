from lib import F, P, emit

TEXT = """UỶ BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tiến độ bồi thường, giải phóng mặt bằng các dự án 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Năm 2024, toàn tỉnh có 412 dự án phải thực hiện bồi thường, GPMB với tổng diện tích cần thu hồi 2.865 ha, trong đó 126 dự án chuyển tiếp và 286 dự án mới. Trong 9 tháng đầu năm, các địa phương đã thu hồi, bàn giao 1.974,6 ha, đạt 68,9% kế hoạch năm; chi trả tiền bồi thường, hỗ trợ 2.418 tỷ đồng cho 9.356 hộ.

Bảng 1. Kết quả GPMB theo địa phương (tính đến 30/9/2024)
Đơn vị tính: ha
Địa phương | Diện tích cần thu hồi | Đã bàn giao | Còn lại | Tỷ lệ hoàn thành (%)
TP Bắc Giang | 412,5 | 318,2 | 94,3 | 77,1
Việt Yên | 736,8 | 541,0 | 195,8 | 73,4
Yên Dũng | 598,2 | 402,7 | 195,5 | 67,3
Lạng Giang | 521,4 | 330,9 | 190,5 | 63,5
Các huyện còn lại | 596,1 | 381,8 | 214,3 | 64,1
Toàn tỉnh | 2.865 | 1.974,6 | 890,4 | 68,9

II. BỒI THƯỜNG, TÁI ĐỊNH CƯ
Toàn tỉnh đã bố trí 1.215 lô đất tái định cư tại 23 khu, điểm tái định cư. Ước cả năm 2024, giải ngân vốn bồi thường, hỗ trợ, tái định cư đạt khoảng 3.200 tỷ đồng. Riêng dự án đường Vành đai 4 - Vùng Thủ đô (đoạn qua tỉnh) đã bàn giao 96,7 ha/99,2 ha, đạt 97,5%.

III. TỒN TẠI VÀ NHIỆM VỤ QUÝ IV/2024
Còn 38 dự án chậm tiến độ GPMB so với kế hoạch, chủ yếu do 214 hộ chưa đồng thuận với đơn giá bồi thường. Quý IV/2024, các địa phương phấn đấu bàn giao thêm tối thiểu 450 ha, nâng tỷ lệ hoàn thành cả năm lên trên 84%.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Các sở, ngành liên quan;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Thế Tuấn
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
N9 = P("Trong 9 tháng đầu năm", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
T = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
COLS = ["Diện tích cần thu hồi", "Đã bàn giao", "Còn lại", "Tỷ lệ hoàn thành"]
ROWS = [
    ("TP Bắc Giang", "Bắc Giang", None, ["412,5", "318,2", "94,3", "77,1"]),
    ("Việt Yên", "Việt Yên", None, ["736,8", "541,0", "195,8", "73,4"]),
    ("Yên Dũng", "Yên Dũng", None, ["598,2", "402,7", "195,5", "67,3"]),
    ("Lạng Giang", "Lạng Giang", None, ["521,4", "330,9", "190,5", "63,5"]),
    ("Các huyện còn lại", None, "các huyện còn lại", ["596,1", "381,8", "214,3", "64,1"]),
    ("Toàn tỉnh", None, "toàn tỉnh", ["2.865", "1.974,6", "890,4", "68,9"]),
]


def num(x):
    return float(x.replace(".", "").replace(",", "."))


FIGS = [
    F("có 412 dự án", "412", 412, "count", "dự án", "dự án phải thực hiện bồi thường, GPMB", Y),
    F("thu hồi 2.865 ha", "2.865", 2865, "measure", "ha", "tổng diện tích cần thu hồi", Y),
    F("trong đó 126 dự án", "126", 126, "count", "dự án", "dự án chuyển tiếp", Y, total=412),
    F("và 286 dự án", "286", 286, "count", "dự án", "dự án mới", Y, total=412),
    F("bàn giao 1.974,6 ha", "1.974,6", 1974.6, "measure", "ha", "diện tích đã thu hồi, bàn giao", N9, percent=68.9),
    F("hỗ trợ 2.418 tỷ đồng", "2.418", 2418000000000, "money", "đồng", "tiền bồi thường, hỗ trợ đã chi trả", N9),
    F("cho 9.356 hộ", "9.356", 9356, "count", "hộ", "hộ được chi trả tiền bồi thường, hỗ trợ", N9),
]
for label, loc, sub, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        last = col == COLS[-1]
        anchor = f"{prev} | {cell}" + ("\n" if last else " |")
        subject = col + (" " + sub if sub else "")
        kw = {}
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, cell, num(cell), "percent" if last else "measure", "%" if last else "ha", subject, T, **kw))
        prev = cell

FIGS += [
    F("bố trí 1.215 lô", "1.215", 1215, "count", "lô đất", "lô đất tái định cư đã bố trí", N9i),
    F("tại 23 khu", "23", 23, "count", "khu, điểm tái định cư", "khu, điểm tái định cư", N9i),
    F("khoảng 3.200 tỷ đồng", "3.200", 3200000000000, "money", "đồng", "giải ngân vốn bồi thường, hỗ trợ, tái định cư",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("bàn giao 96,7 ha/99,2 ha", "96,7", 96.7, "measure", "ha", "diện tích dự án đường Vành đai 4 đã bàn giao", N9i,
      total=99.2, percent=97.5),
    F("Còn 38 dự án", "38", 38, "count", "dự án", "dự án chậm tiến độ GPMB so với kế hoạch", N9i),
    F("do 214 hộ", "214", 214, "count", "hộ", "hộ chưa đồng thuận với đơn giá bồi thường", N9i),
    F("tối thiểu 450 ha", "450", 450, "measure", "ha", "diện tích bàn giao thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="at_least", status="target"),
    F("trên 84%", "84", 84, "percent", "%", "tỷ lệ hoàn thành cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

HEADER = """Formal report with letterhead (UBND tỉnh Bắc Giang, 'Số: 287/BC-UBND'); the place-and-date line 'Bắc Giang, ngày 08 tháng 10 năm 2024' is its date.
Flattened '|' table with caption '(tính đến 30/9/2024)' and 'Đơn vị tính: ha'; the last column overrides the unit with '(%)'. Every numeric cell is a figure;
row labels that are places go to location (TP Bắc Giang → Bắc Giang, Việt Yên, Yên Dũng, Lạng Giang); 'Các huyện còn lại' and 'Toàn tỉnh' keep the province
and go into the subject. Table cells carry no total (FIGURES.md gives tables no part-of rule); their as-of period stands in the caption line (inherited).
'trong đó 126 … và 286 dự án' are parts of 412 (same period 'Năm 2024'). '1.974,6 ha, đạt 68,9% kế hoạch năm' → percent.
'Ước cả năm 2024 … khoảng 3.200 tỷ' estimate; '96,7 ha/99,2 ha, đạt 97,5%' total + percent. Section II/III figures without their own period
inherit the report's '9 tháng đầu năm 2024'. '… tối thiểu 450 ha' (Quý IV/2024) and 'tỷ lệ hoàn thành cả năm lên trên 84%' (cả năm 2024) are targets.
Distractors: document number, section numbers I./II./III., 'Bảng 1', 'Vành đai 4', 'Lưu: VT, KTN', signer."""

emit("p300-3", TEXT, FIGS, HEADER, published="2024-10-08", location="Bắc Giang")
