"""p1038-3: formal report (UBND tỉnh Nghệ An), first half of 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 538/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình cải tạo đàn bò 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác thụ tinh nhân tạo
Thực hiện Kế hoạch số 215/KH-UBND ngày 28/3/2024, 6 tháng đầu năm 2024 toàn tỉnh đã thụ tinh nhân tạo cho 21.380 con bò, đạt 53,5% kế hoạch năm (40.000 con), tăng 9,2% so với cùng kỳ. Số liều tinh đã sử dụng là 27.650 liều, bình quân 1,29 liều/con. Tỷ lệ bò có chửa sau phối đạt 71,2%.

Kết quả tại 5 huyện trọng điểm như sau:
Đơn vị tính: con
Huyện | Tổng đàn bò | Số bò được TTNT | Bê lai sinh ra
Nghĩa Đàn | 28.450 | 3.860 | 2.615
Yên Thành | 35.120 | 4.275 | 2.940
Quỳnh Lưu | 31.780 | 3.540 | 2.380
Đô Lương | 24.960 | 2.905 | 1.970
Tân Kỳ | 26.300 | 2.480 | 1.655
Tổng cộng | 146.610 | 17.060 | 11.560

2. Công tác đào tạo, quản lý dẫn tinh viên
Tính đến ngày 30/6/2024, mạng lưới dẫn tinh viên toàn tỉnh có 312 người, trong đó 47 người được đào tạo, cấp chứng chỉ mới. Dẫn tinh viên được hưởng phụ cấp 1,2 triệu đồng/người/tháng.

3. Kinh phí thực hiện
Tổng kinh phí hỗ trợ từ ngân sách tỉnh 6 tháng là 4,27 tỷ đồng, gồm hỗ trợ tinh, vật tư 2,96 tỷ đồng và hỗ trợ công phối giống 1,31 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu 6 tháng cuối năm thụ tinh nhân tạo thêm 18.620 con bò, hoàn thành 100% kế hoạch năm; dự kiến cấp 22.000 liều tinh và 9.500 lít nitơ lỏng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

NOTES = [
    "Báo cáo UBND tỉnh Nghệ An Số 538/BC-UBND, ngày 12/7/2024: chương trình cải tạo đàn bò 6 tháng đầu năm 2024.",
    "The dateline 'Nghệ An, ngày 12 tháng 7 năm 2024' gives `published`. Distractors: Số: 538/BC-UBND, Kế hoạch số 215/KH-UBND",
    "ngày 28/3/2024, section numbers I./1./2./3./II., heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024', 'tại 5 huyện trọng điểm' (structure, optional).",
    "'đạt 53,5% kế hoạch năm (40.000 con)': percent 53,5 and the plan 40.000 as target (result against plan).",
    "Flattened table: unit 'con' from 'Đơn vị tính'; district rows go to location, the column label is the subject; the period",
    "stands in the report title / section text, not in the table (inherited). 'Tổng cộng' row: location Nghệ An (sum of 5 districts",
    "of the province), no total on cells. 47 người is a part of 312 ('trong đó'); 2,96 + 1,31 = 4,27 tỷ ('gồm').",
]

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
FIGS = [
    F("cho 21.380 con bò", "21.380", 21380, "count", "con", "bò được thụ tinh nhân tạo", H1,
      percent=53.5, target=T(40000, "con"), change=C("increase", 9.2, "%", "cùng kỳ")),
    F("sử dụng là 27.650 liều", "27.650", 27650, "count", "liều", "liều tinh đã sử dụng", H1i),
    F("bình quân 1,29 liều/con", "1,29", 1.29, "measure", "liều/con", "liều tinh sử dụng bình quân", H1i),
    F("sau phối đạt 71,2%", "71,2", 71.2, "percent", "%", "tỷ lệ bò có chửa sau phối", H1i),
    F("tại 5 huyện trọng điểm", "5", 5, "count", "huyện", "huyện trọng điểm", optional=True),
]
rows = [("Nghĩa Đàn", "28.450", "3.860", "2.615"), ("Yên Thành", "35.120", "4.275", "2.940"),
        ("Quỳnh Lưu", "31.780", "3.540", "2.380"), ("Đô Lương", "24.960", "2.905", "1.970"),
        ("Tân Kỳ", "26.300", "2.480", "1.655"), ("Tổng cộng", "146.610", "17.060", "11.560")]
cols = ("tổng đàn bò", "số bò được TTNT", "bê lai sinh ra")
for place, *cells in rows:
    line = f"{place} | {cells[0]} | {cells[1]} | {cells[2]}"
    loc = "Nghệ An" if place == "Tổng cộng" else place
    prefix = "tổng cộng " if place == "Tổng cộng" else ""
    anchors = [f"{place} | {cells[0]}", f"{cells[0]} | {cells[1]}", f"{cells[1]} | {cells[2]}"]
    for col, cell, anc in zip(cols, cells, anchors):
        F_ = F(anc, cell, float(cell.replace(".", "")), "count", "con", prefix + col, H1i, location=loc)
        FIGS.append(F_)
FIGS += [
    F("có 312 người", "312", 312, "count", "người", "dẫn tinh viên toàn tỉnh",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("trong đó 47 người", "47", 47, "count", "người", "dẫn tinh viên được đào tạo, cấp chứng chỉ mới",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), total=312),
    F("phụ cấp 1,2 triệu", "1,2", 1.2e6, "money", "đồng/người/tháng", "phụ cấp dẫn tinh viên"),
    F("6 tháng là 4,27 tỷ", "4,27", 4.27e9, "money", "đồng", "tổng kinh phí hỗ trợ từ ngân sách tỉnh",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("vật tư 2,96 tỷ", "2,96", 2.96e9, "money", "đồng", "kinh phí hỗ trợ tinh, vật tư",
      P("6 tháng", "2024-01-01", "2024-06-30"), total=4.27e9),
    F("phối giống 1,31 tỷ", "1,31", 1.31e9, "money", "đồng", "kinh phí hỗ trợ công phối giống",
      P("6 tháng", "2024-01-01", "2024-06-30"), total=4.27e9),
    F("thêm 18.620 con bò", "18.620", 18620, "count", "con", "bò được thụ tinh nhân tạo thêm", H2, status="target"),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm",
      P("kế hoạch năm", "2024-01-01", "2024-12-31", inherited=True), status="target"),
    F("cấp 22.000 liều tinh", "22.000", 22000, "count", "liều tinh", "liều tinh cấp", H2, status="forecast"),
    F("và 9.500 lít nitơ", "9.500", 9500, "measure", "lít", "nitơ lỏng cấp", H2, status="forecast"),
]

if __name__ == "__main__":
    write("p1038-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Nghệ An")
