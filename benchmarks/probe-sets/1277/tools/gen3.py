"""p1277-3: formal report (UBND tỉnh Hà Nam, Số: 52/BC-UBND): tobacco control 2023, flattened '|' table of inspections by district."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH HÀ NAM
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tác hại của thuốc lá năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác truyền thông
Năm 2023, toàn tỉnh tổ chức 318 buổi truyền thông trực tiếp với hơn 21.000 lượt người tham dự; in và phát 45.000 tờ rơi, áp phích; Đài Phát thanh - Truyền hình tỉnh phát sóng 26 phóng sự, tin bài.

2. Công tác kiểm tra, xử lý vi phạm
Các đoàn kiểm tra liên ngành đã kiểm tra 540 cơ sở, tăng 11,6% so với năm 2022; phát hiện 73 cơ sở vi phạm, xử phạt 61 cơ sở với tổng số tiền 127,5 triệu đồng.

Số cơ sở được kiểm tra phân theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
TP Phủ Lý | 124 | 146 | 117,7
Thị xã Duy Tiên | 86 | 95 | 110,5
Huyện Kim Bảng | 72 | 80 | 111,1
Huyện Thanh Liêm | 65 | 61 | 93,8
Huyện Bình Lục | 58 | 70 | 120,7
Huyện Lý Nhân | 79 | 88 | 111,4
Tổng cộng | 484 | 540 | 111,6

3. Xây dựng môi trường không khói thuốc
Đến ngày 31/12/2023, 98,6% cơ sở y tế và 100% cơ sở giáo dục thực hiện môi trường không khói thuốc; tỷ lệ cơ quan hành chính đạt chuẩn là 91,4% (chỉ tiêu năm 2023 là 95%).

II. NHIỆM VỤ NĂM 2024
Phấn đấu kiểm tra ít nhất 600 cơ sở; giảm tỷ lệ hút thuốc lá ở nam giới xuống dưới 40%; 100% xã, phường, thị trấn có điểm tuyên truyền về tác hại của thuốc lá điện tử.

Nơi nhận:
- Bộ Y tế (b/c);
- Quỹ Phòng, chống tác hại của thuốc lá;
- Lưu: VT, VX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = ["Năm 2022", "Năm 2023", "So với cùng kỳ (%)"]
ROWS = [("TP Phủ Lý", "Phủ Lý", ["124", "146", "117,7"]),
        ("Thị xã Duy Tiên", "Duy Tiên", ["86", "95", "110,5"]),
        ("Huyện Kim Bảng", "Kim Bảng", ["72", "80", "111,1"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["65", "61", "93,8"]),
        ("Huyện Bình Lục", "Bình Lục", ["58", "70", "120,7"]),
        ("Huyện Lý Nhân", "Lý Nhân", ["79", "88", "111,4"]),
        ("Tổng cộng", None, ["484", "540", "111,6"])]


def cells():
    out = []
    for label, loc, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            kw = {"location": loc} if loc else {}
            anchor = f"{prev} | {n}"
            sub = "số cơ sở được kiểm tra" + (" tổng cộng" if not loc else "")
            if col.startswith("So với"):
                out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=sub + " so với cùng kỳ", **kw))
            else:
                out.append(F(anchor, n, float(n), "count", "cơ sở", subject=f"{sub} {col.lower()}",
                             period=C22 if col == "Năm 2022" else Y23, **kw))
            prev = n
    return out


FIGS = [
    F("chức 318 buổi", "318", 318, "count", "buổi", subject="buổi truyền thông trực tiếp", period=Y23),
    F("hơn 21.000 lượt", "21.000", 21000, "count", "lượt người", approx="over",
      subject="lượt người tham dự truyền thông trực tiếp", period=Y23),
    F("phát 45.000 tờ rơi", "45.000", 45000, "count", "tờ rơi, áp phích",
      subject="tờ rơi, áp phích in và phát", period=Y23),
    F("sóng 26 phóng sự", "26", 26, "count", "phóng sự, tin bài",
      subject="phóng sự, tin bài Đài Phát thanh - Truyền hình tỉnh phát sóng", period=Y23),
    F("kiểm tra 540 cơ sở", "540", 540, "count", "cơ sở", change=CH("increase", 11.6, "%", "năm 2022"),
      subject="cơ sở các đoàn kiểm tra liên ngành đã kiểm tra", period=I(Y23)),
    F("phát hiện 73", "73", 73, "count", "cơ sở", subject="cơ sở vi phạm bị phát hiện", period=I(Y23)),
    F("xử phạt 61", "61", 61, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(Y23)),
    F("tiền 127,5 triệu", "127,5", 127.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=I(Y23)),
] + cells() + [
    F("2023, 98,6%", "98,6", 98.6, "percent", "%",
      subject="cơ sở y tế thực hiện môi trường không khói thuốc", period=ASOF),
    F("và 100% cơ sở", "100", 100, "percent", "%",
      subject="cơ sở giáo dục thực hiện môi trường không khói thuốc", period=ASOF),
    F("là 91,4%", "91,4", 91.4, "percent", "%", target=TG(95, "%"),
      subject="tỷ lệ cơ quan hành chính đạt chuẩn", period=ASOF),
    F("ít nhất 600", "600", 600, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở kiểm tra", period=I(Y24)),
    F("dưới 40%", "40", 40, "percent", "%", approx="under", status="target",
      subject="tỷ lệ hút thuốc lá ở nam giới", period=I(Y24)),
    F("; 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có điểm tuyên truyền về tác hại của thuốc lá điện tử", period=I(Y24)),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Nam, 'Số: 52/BC-UBND', 'Hà Nam, ngày 12 tháng 01 năm 2024', sections I/II and 1-3, 'Nơi nhận').",
    "Distractors: 52/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'năm 2023' in the title, 'Lưu: VT, VX'.",
    "Section 2 sentence has no period phrase: 'Năm 2023' of section 1 (and the title) is inherited. 73 found and 61 fined: no part-of cue, no total.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở': 21 cells; district rows give location (TP Phủ Lý, thị xã Duy Tiên, huyện ...); 'Tổng cộng' row is the province.",
    "Column 'So với cùng kỳ (%)' cells are percent figures (index, cùng kỳ = 100) with no period (the header names none). Cells get no total.",
    "'(chỉ tiêu năm 2023 là 95%)' → target 95 of 91,4%. 'Đến ngày 31/12/2023' is an as-of date for the three shares in that sentence.",
    "Section II 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' governs the three ';' clauses (target); period 2024 from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1277-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Hà Nam")
