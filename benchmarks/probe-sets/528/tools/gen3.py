"""p528-3: Bình Định formal report (letterhead, Số: .../BC-BCĐ) — ATTP 6 tháng đầu năm 2024, flattened '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
BAN CHỈ ĐẠO LIÊN NGÀNH VỆ SINH AN TOÀN THỰC PHẨM
Số: 187/BC-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an toàn thực phẩm 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác thanh tra, kiểm tra
6 tháng đầu năm 2024, các đoàn thanh tra, kiểm tra liên ngành và chuyên ngành đã kiểm tra 4.186 lượt cơ sở, phát hiện 351 cơ sở vi phạm (chiếm 8,4%), xử phạt vi phạm hành chính với tổng số tiền 1.060,7 triệu đồng, giảm 6,2% so với cùng kỳ năm 2023. Kết quả theo ngành như sau:

Ngành | Số cơ sở kiểm tra | Số cơ sở vi phạm | Tiền phạt (triệu đồng)
Y tế | 2.184 | 196 | 512,5
Nông nghiệp và PTNT | 1.067 | 84 | 238
Công Thương | 935 | 71 | 310,2
Tổng cộng | 4.186 | 351 | 1.060,7

2. Giám sát ngộ độc thực phẩm
Toàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm với 58 người mắc, giảm 1 vụ và 39 người mắc so với cùng kỳ năm 2023; không có trường hợp tử vong. Tỷ lệ ngộ độc thực phẩm cấp tính là 3,9 người/100.000 dân.

3. Cấp giấy chứng nhận cơ sở đủ điều kiện
Đã cấp 326 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, đạt 65,2% kế hoạch năm. Tính đến ngày 30/6/2024, toàn tỉnh có 5.418 cơ sở có giấy chứng nhận còn hiệu lực.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu kiểm tra ít nhất 3.500 lượt cơ sở; 100% bếp ăn tập thể tại các khu công nghiệp được giám sát; tiếp tục thực hiện Nghị định số 115/2018/NĐ-CP và Nghị định số 124/2021/NĐ-CP của Chính phủ.

Nơi nhận:
- Bộ Y tế (Cục ATTP);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, BCĐ.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
FIGS = [
    F("kiểm tra 4.186 lượt", "4.186", 4186, "count", "lượt cơ sở", "lượt cơ sở được thanh tra, kiểm tra", H1),
    F("phát hiện 351 cơ sở", "351", 351, "count", "cơ sở", "cơ sở vi phạm", H1, percent=8.4),
    F("tiền 1.060,7 triệu", "1.060,7", 1060.7e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1,
      change=CH("decrease", 6.2, "%", "cùng kỳ năm 2023")),
]
ROWS = [("Y tế", "2.184", "196", "512,5"), ("Nông nghiệp và PTNT", "1.067", "84", "238"),
        ("Công Thương", "935", "71", "310,2"), ("Tổng cộng", "4.186", "351", "1.060,7")]
ANCH = {
    "2.184": "Y tế | 2.184", "196": "| 196 |", "512,5": "| 512,5",
    "1.067": "PTNT | 1.067", "84": "| 84 |", "238": "| 238",
    "935": "Thương | 935", "71": "| 71 |", "310,2": "| 310,2",
    "4.186": "Tổng cộng | 4.186", "351": "4.186 | 351", "1.060,7": "351 | 1.060,7",
}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for row, a, b, c in ROWS:
    label = "ngành " + row if row != "Tổng cộng" else "tổng cộng"
    FIGS.append(F(ANCH[a], a, num(a), "count", "cơ sở", f"Số cơ sở kiểm tra {label}", INH(H1)))
    FIGS.append(F(ANCH[b], b, num(b), "count", "cơ sở", f"Số cơ sở vi phạm {label}", INH(H1)))
    FIGS.append(F(ANCH[c], c, num(c) * 1e6, "money", "đồng", f"Tiền phạt {label}", INH(H1)))

FIGS += [
    F("ra 2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm", INH(H1),
      change=CH("decrease", 1, "vụ", "cùng kỳ năm 2023")),
    F("với 58 người", "58", 58, "count", "người", "người mắc ngộ độc thực phẩm", INH(H1),
      change=CH("decrease", 39, "người", "cùng kỳ năm 2023")),
    F("là 3,9 người", "3,9", 3.9, "measure", "người/100.000 dân", "Tỷ lệ ngộ độc thực phẩm cấp tính", INH(H1)),
    F("cấp 326 giấy", "326", 326, "count", "giấy chứng nhận",
      "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã cấp", INH(H1), percent=65.2),
    F("có 5.418 cơ sở", "5.418", 5418, "count", "cơ sở", "cơ sở có giấy chứng nhận còn hiệu lực",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("ít nhất 3.500 lượt", "3.500", 3500, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", INH(H2),
      approx="at_least", status="target"),
    F("; 100% bếp", "100", 100, "percent", "%", "tỷ lệ bếp ăn tập thể tại các khu công nghiệp được giám sát", INH(H2),
      status="target"),
]

COMMENTS = [
    "Formal report of Ban Chỉ đạo liên ngành VSATTP tỉnh Bình Định, Số: 187/BC-BCĐ: an toàn thực phẩm 6 tháng đầu năm 2024.",
    "The place-and-date line 'Bình Định, ngày 12 tháng 7 năm 2024' gives `published`. Document numbers, Nghị định numbers,",
    "section numbers (I., 1., 2., 3., II.) are not figures. Flattened '|' table: every numeric cell is a figure, subject = column + row,",
    "unit from the column header ('Tiền phạt (triệu đồng)' → đồng ×10^6); the period is in the report title (inherited, unscored).",
    "The 'Tổng cộng' row repeats the lead totals; no table cell gets a total attribute (a table total row is not a listed part-of cue).",
    "'giảm 1 vụ và 39 người mắc so với cùng kỳ năm 2023': one change for each of the two counts before it.",
    "'đạt 65,2% kế hoạch năm' is the percent of the 326 certificates. Section II plans are targets for 6 tháng cuối năm 2024 (heading).",
]

if __name__ == "__main__":
    emit("p528-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bình Định")
