"""p764-3: UBND tỉnh Hưng Yên formal report — pigeon and quail 9 months 2024, flattened | table by district, Q4 targets."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Hưng Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình chăn nuôi chim bồ câu, chim cút 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Thực hiện Kế hoạch số 96/KH-UBND ngày 12/3/2024 của UBND tỉnh, 9 tháng năm 2024, tổng đàn chim bồ câu toàn tỉnh đạt 224,8 nghìn con, tăng 12,3% so với cùng kỳ; đàn chim cút đạt 1,565 triệu con, đạt 92,1% kế hoạch năm. Sản lượng trứng cút đạt 192,9 triệu quả, giá trị ước đạt 57,9 tỷ đồng.

Bảng 1. Đàn chim bồ câu, chim cút 9 tháng năm 2024 phân theo địa phương
Địa phương | Đàn bồ câu (nghìn con) | Đàn chim cút (nghìn con) | Trứng cút (triệu quả)
Khoái Châu | 68,0 | 525 | 64,7
Văn Lâm | 42,5 | 310 | 38,2
Tiên Lữ | 35,2 | 186 | 22,9
Các địa phương khác | 79,1 | 544 | 67,1
Toàn tỉnh | 224,8 | 1.565 | 192,9

2. Cơ sở chăn nuôi
Toàn tỉnh có 597 cơ sở chăn nuôi chim cút, bồ câu, trong đó 412 cơ sở nuôi chim cút (chiếm 69%), 185 cơ sở nuôi bồ câu. Số trang trại quy mô vừa và lớn là 36 trang trại, tăng 5 trang trại so với cuối năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024, tổng đàn chim cút đạt 1,7 triệu con, đàn bồ câu đạt 240 nghìn con; 100% cơ sở chăn nuôi được kê khai theo quy định.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T24 = P("đến hết năm 2024", None, "2024-12-31")


def cells(anchor_tpl, row, loc, vals):
    out = []
    cols = [("Đàn bồ câu", 1e3, "con", "count"), ("Đàn chim cút", 1e3, "con", "count"),
            ("Trứng cút", 1e6, "quả", "count")]
    for (anchor, num), (col, mult, unit, kind) in zip(vals, cols):
        subj = col if loc else f"{row} {col}"
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, num, round(float(num.replace(".", "").replace(",", ".")) * mult), kind, unit, subj,
                     I(M9), **kw))
    return out


FIGS = [
    F("đạt 224,8 nghìn con", "224,8", 224800, "count", "con", "tổng đàn chim bồ câu toàn tỉnh", M9,
      change=CH("increase", 12.3, baseline="cùng kỳ")),
    F("đạt 1,565 triệu con", "1,565", 1565000, "count", "con", "đàn chim cút", M9, percent=92.1),
    F("đạt 192,9 triệu quả", "192,9", 192900000, "count", "quả", "sản lượng trứng cút", I(M9)),
    F("ước đạt 57,9 tỷ đồng", "57,9", 57900000000, "money", "đồng", "giá trị sản lượng trứng cút", I(M9),
      status="estimate"),
]
FIGS += cells(None, "Khoái Châu", "Khoái Châu", [("Khoái Châu | 68,0", "68,0"), ("| 525 |", "525"), ("| 64,7", "64,7")])
FIGS += cells(None, "Văn Lâm", "Văn Lâm", [("Văn Lâm | 42,5", "42,5"), ("| 310 |", "310"), ("| 38,2", "38,2")])
FIGS += cells(None, "Tiên Lữ", "Tiên Lữ", [("Tiên Lữ | 35,2", "35,2"), ("| 186 |", "186"), ("| 22,9", "22,9")])
FIGS += cells(None, "Các địa phương khác", None,
              [("khác | 79,1", "79,1"), ("| 544 |", "544"), ("| 67,1", "67,1")])
FIGS += cells(None, "Toàn tỉnh", "Hưng Yên",
              [("Toàn tỉnh | 224,8", "224,8"), ("| 1.565 |", "1.565"), ("| 192,9", "192,9")])
FIGS += [
    F("có 597 cơ sở", "597", 597, "count", "cơ sở", "cơ sở chăn nuôi chim cút, bồ câu"),
    F("412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở nuôi chim cút", total=597, percent=69),
    F("185 cơ sở", "185", 185, "count", "cơ sở", "cơ sở nuôi bồ câu", total=597),
    F("là 36 trang trại", "36", 36, "count", "trang trại", "trang trại quy mô vừa và lớn",
      change=CH("increase", 5, "trang trại", "cuối năm 2023")),
    F("đạt 1,7 triệu con", "1,7", 1700000, "count", "con", "tổng đàn chim cút", T24, status="target"),
    F("đạt 240 nghìn con", "240", 240000, "count", "con", "đàn bồ câu", T24, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở chăn nuôi được kê khai theo quy định", T24, status="target"),
]

COMMENTS = [
    "UBND tỉnh Hưng Yên, Báo cáo số 318/BC-UBND ngày 08/10/2024: chăn nuôi chim bồ câu, chim cút 9 tháng năm 2024; flattened '|' table.",
    "Distractors: 'Số: 318/BC-UBND', place-and-date line, 'Kế hoạch số 96/KH-UBND ngày 12/3/2024', 'Bảng 1', section numbers I., 1., 2., II.,",
    "'QUÝ IV/2024' heading. Table: units and multipliers from the column headers (nghìn con, triệu quả); subject = column label",
    "(row label that is a district goes to location; 'Toàn tỉnh' → Hưng Yên; 'Các địa phương khác' is no place: it stays in the subject,",
    "location the province default). Table period comes from the table title line, so it is inherited (unscored). No totals on table cells.",
    "'trong đó 412 … (chiếm 69%), 185 …' are parts of 597. '36 trang trại' has no cue: no total; 'tăng 5 trang trại' is its change.",
    "'Phấn đấu đến hết năm 2024' → target, as-of end of 2024, continuing across ';' to the 100%.",
]

if __name__ == "__main__":
    emit("p764-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hưng Yên")
