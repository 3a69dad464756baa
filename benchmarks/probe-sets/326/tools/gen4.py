from lib import F, P, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác phòng, chống đuối nước trẻ em năm 2023

Thực hiện Kế hoạch số 98/KH-UBND ngày 15/3/2023 của UBND tỉnh Nam Định, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác dạy bơi
Năm 2023, toàn huyện tổ chức 85 lớp dạy bơi, đạt 106,3% kế hoạch, cho 2.468 trẻ em. Kết quả theo đơn vị tổ chức:

Đơn vị tổ chức | Số lớp | Trẻ học bơi (em) | Trẻ biết bơi (em) | Tỷ lệ biết bơi (%)
Trường Tiểu học | 38 | 1.024 | 857 | 83,7
Trường THCS | 26 | 781 | 702 | 89,9
Trung tâm VH-TT huyện | 12 | 395 | 371 | 93,9
Cơ sở ngoài công lập | 9 | 268 | 246 | 91,8
Cộng | 85 | 2.468 | 2.176 | 88,2

2. Tình hình đuối nước
Năm 2023, trên địa bàn huyện xảy ra 4 vụ đuối nước làm 5 trẻ em tử vong, giảm 2 em so với năm 2022 (7 em). Toàn huyện có 14 bể bơi (trong đó 6 bể tại trường học); 35/35 xã, thị trấn đã thành lập tổ tuyên truyền phòng, chống đuối nước.

3. Kinh phí
Tổng kinh phí thực hiện 1,17 tỷ đồng, trong đó ngân sách nhà nước 645 triệu đồng (chiếm 55,1%), xã hội hóa 525 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tổ chức ít nhất 90 lớp dạy bơi; tỷ lệ trẻ em hoàn thành khóa học biết bơi an toàn đạt từ 88% trở lên; không để xảy ra đuối nước tại khu vực đã cắm biển cảnh báo.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở LĐ-TB&XH;
- Lưu: VT, LĐTBXH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24_I = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

ROWS = [
    ("Trường Tiểu học", "Trường Tiểu học", ["38", "1.024", "857", "83,7"]),
    ("Trường THCS", "Trường THCS", ["26", "781", "702", "89,9"]),
    ("Trung tâm VH-TT huyện", "Trung tâm VH-TT huyện", ["12", "395", "371", "93,9"]),
    ("Cơ sở ngoài công lập", "Cơ sở ngoài công lập", ["9", "268", "246", "91,8"]),
    ("Cộng", "tổng cộng", ["85", "2.468", "2.176", "88,2"]),
]
COLS = [("lớp", "count", "số lớp dạy bơi"), ("em", "count", "trẻ học bơi"),
        ("em", "count", "trẻ biết bơi"), ("%", "percent", "tỷ lệ biết bơi")]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("tổ chức 85 lớp", "85", 85, "count", "lớp", "lớp dạy bơi", percent=106.3, period=Y23),
    F("cho 2.468 trẻ em", "2.468", 2468, "count", "trẻ em", "trẻ em được học bơi", period=Y23),
]
for label, subj, cells in ROWS:
    prev = label
    for (unit, kind, colsubj), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}"
        FIGS.append(F(anchor, cell, num(cell), kind, unit, f"{colsubj} {subj}", period=Y23_I))
        prev = cell

FIGS += [
    F("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ đuối nước", period=Y23),
    F("làm 5 trẻ em", "5", 5, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      change={"direction": "decrease", "value": 2, "unit": "em", "baseline": "năm 2022"}, period=Y23),
    F("(7 em)", "7", 7, "count", "em", "trẻ em tử vong do đuối nước",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("có 14 bể bơi", "14", 14, "count", "bể bơi", "bể bơi"),
    F("6 bể tại trường học", "6", 6, "count", "bể", "bể bơi tại trường học", total=14),
    F("35/35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn thành lập tổ tuyên truyền phòng, chống đuối nước",
      total=35),
    F("thực hiện 1,17 tỷ đồng", "1,17", 1.17e9, "money", "đồng", "tổng kinh phí thực hiện", period=Y23_I),
    F("nước 645 triệu đồng", "645", 6.45e8, "money", "đồng", "ngân sách nhà nước", total=1.17e9, percent=55.1,
      period=Y23_I),
    F("hóa 525 triệu đồng", "525", 5.25e8, "money", "đồng", "xã hội hóa", total=1.17e9, period=Y23_I),
    F("ít nhất 90 lớp", "90", 90, "count", "lớp", "lớp dạy bơi", approx="at_least", status="target", period=Y24_I),
    F("đạt từ 88% trở lên", "88", 88, "percent", "%", "tỷ lệ trẻ em hoàn thành khóa học biết bơi an toàn",
      approx="at_least", status="target", period=Y24_I),
]

COMMENTS = [
    "Formal report, letterhead UBND huyện Hải Hậu (Nam Định), 'Số: 287/BC-UBND'; the place-and-date line 'Hải Hậu, ngày 20 tháng 12 năm 2023' is its date.",
    "Distractors: document numbers, 'Kế hoạch số 98/KH-UBND ngày 15/3/2023', section numbers I./II./1./2./3., 'Lưu: VT, LĐTBXH', signer; 'tỉnh Nam Định' names the issuer of the plan.",
    "Flattened '|' table: every numeric cell is a figure; subject = column label + row label ('Cộng' = tổng cộng); unit from the column header ('(em)', '(%)', 'Số lớp');",
    "period 'Năm 2023' from the text above (inherited); no total attribute for table cells. Rows are organisers, not places: location stays Hải Hậu.",
    "'85 lớp ..., đạt 106,3% kế hoạch': percent 106.3. '5 trẻ em ..., giảm 2 em so với năm 2022 (7 em)': change 2 em; the bracketed 7 em is the 2022 figure (period năm 2022).",
    "'14 bể bơi (trong đó 6 bể ...)' total 14; '35/35 xã, thị trấn' total 35; funding parts after 'trong đó' take total 1.17e9, '(chiếm 55,1%)' is the percent of 645 triệu.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu': targets, period inherited; 'ít nhất' at_least, 'từ 88% trở lên' at_least.",
]

if __name__ == "__main__":
    write("p326-4", TEXT, FIGS, COMMENTS, published="2023-12-20", location="Hải Hậu")
