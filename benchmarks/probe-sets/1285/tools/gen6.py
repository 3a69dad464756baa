"""p1285-6: department site without dateline (Chi cục ATVSTP Hải Phòng): moon-cake checks 2023 vs 2022,
one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả kiểm tra an toàn thực phẩm bánh trung thu năm 2023

Thực hiện Kế hoạch số 245/KH-BCĐLN của Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố, trong tháng 9/2023, Chi cục phối hợp với các quận, huyện tổ chức 15 đoàn kiểm tra tại các cơ sở sản xuất, kinh doanh bánh trung thu. Kết quả so với mùa trung thu năm 2022 như sau:

Đơn vị tính: cơ sở
Chỉ tiêu
Năm 2022
Năm 2023
So với cùng kỳ (%)
Số cơ sở được kiểm tra
512
548
107,0
Trong đó: cơ sở sản xuất bánh
86
91
105,8
Số cơ sở vi phạm
47
39
83,0
Tiền phạt (triệu đồng)
142,0
168,5
118,7

Số cơ sở vi phạm giảm 8 cơ sở so với năm 2022, tỷ lệ vi phạm còn 7,1%. Các cơ sở vi phạm tập trung tại huyện An Dương (11 cơ sở) và quận Lê Chân (7 cơ sở).

Cơ quan chức năng đã tiêu hủy 620 chiếc bánh, 35 kg nhân bánh không rõ nguồn gốc; xét nghiệm nhanh 320 mẫu, trong đó 3 mẫu dương tính với hàn the.

Chi cục đề nghị người tiêu dùng chọn bánh có nhãn mác đầy đủ, hạn sử dụng rõ ràng; khi phát hiện vi phạm, phản ánh về đường dây nóng 0225.3842.567.

Liên kết website: Bộ Y tế | Cục An toàn thực phẩm | Cổng thông tin Hải Phòng
Địa chỉ: Số 2 Đinh Tiên Hoàng, quận Hồng Bàng, TP Hải Phòng
Lượt truy cập: 1.204.376
"""

T9 = per("trong tháng 9/2023", "2023-09-01", "2023-09-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COLS = ("năm 2022", "năm 2023", "so với cùng kỳ")
PER = {"năm 2022": Y22, "năm 2023": Y23, "so với cùng kỳ": inh(Y23)}


def row(label, cells, kind, unit, mult=1.0, totals=None, subj=None):
    out = []
    prev = label
    subj = subj or label.lower()
    for i, (col, n) in enumerate(zip(COLS, cells)):
        anchor = f"{prev}\n{n}"
        v = float(n.replace(",", "."))
        if col == "so với cùng kỳ":
            out.append(fig(anchor, n, v, "percent", "%", subject=f"{subj} so với cùng kỳ", period=PER[col]))
        else:
            kw = {"total": totals[i]} if totals else {}
            out.append(fig(anchor, n, v * mult, kind, unit, subject=f"{subj} {col}", period=PER[col], **kw))
        prev = n
    return out


TABLE = (row("Số cơ sở được kiểm tra", ["512", "548", "107,0"], "count", "cơ sở")
         + row("Trong đó: cơ sở sản xuất bánh", ["86", "91", "105,8"], "count", "cơ sở", totals=[512, 548],
               subj="cơ sở sản xuất bánh được kiểm tra")
         + row("Số cơ sở vi phạm", ["47", "39", "83,0"], "count", "cơ sở")
         + row("Tiền phạt (triệu đồng)", ["142,0", "168,5", "118,7"], "money", "đồng", 1e6, subj="tiền phạt"))

FIGS = [
    fig("tổ chức 15 đoàn", "15", 15, "count", "đoàn",
        subject="đoàn kiểm tra tại các cơ sở sản xuất, kinh doanh bánh trung thu", period=T9),
] + TABLE + [
    fig("giảm 8 cơ sở", "8", 8, "count", "cơ sở", subject="số cơ sở vi phạm giảm so với năm 2022",
        period=inh(Y23)),
    fig("còn 7,1%", "7,1", 7.1, "percent", "%", subject="tỷ lệ vi phạm", period=inh(Y23)),
    fig("Dương (11 cơ sở)", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(Y23),
        location="An Dương"),
    fig("Chân (7 cơ sở)", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(Y23),
        location="Lê Chân"),
    fig("tiêu hủy 620 chiếc", "620", 620, "count", "chiếc", subject="bánh bị tiêu hủy", period=inh(Y23)),
    fig("35 kg", "35", 35, "measure", "kg", subject="nhân bánh không rõ nguồn gốc bị tiêu hủy",
        period=inh(Y23)),
    fig("nhanh 320 mẫu", "320", 320, "count", "mẫu", subject="mẫu xét nghiệm nhanh", period=inh(Y23)),
    fig("3 mẫu dương", "3", 3, "count", "mẫu", total=320, subject="mẫu dương tính với hàn the",
        period=inh(Y23)),
]

NOTES = [
    "Department site (Chi cục An toàn vệ sinh thực phẩm, Sở Y tế Hải Phòng) without a dateline: menu, links,",
    "address footer, 'Lượt truy cập: 1.204.376'. No published date. Location Hải Phòng by default.",
    "Distractors: Kế hoạch số 245/KH-BCĐLN, hotline 0225.3842.567, 'Số 2 Đinh Tiên Hoàng', counter 1.204.376,",
    "'năm 2022' as a baseline.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở'; the row 'Tiền phạt (triệu đồng)' overrides it: money, ×10⁶ đồng.",
    "Subject = row label + column label; period from the column header (scored). 'So với cùng kỳ (%)' column:",
    "percent figures; its header names no period (2023 marked inherited, not scored).",
    "'Trong đó: cơ sở sản xuất bánh' row follows the 'Số cơ sở được kiểm tra' row: its count cells take that row's",
    "cell of the same column as total (FIGURES.md: a part after 'trong đó' that follows the whole).",
    "'Số cơ sở vi phạm giảm 8 cơ sở so với năm 2022' has no base amount in the sentence: the absolute change is",
    "the claim, a count with no change object (as growth rates are). 'tỷ lệ vi phạm còn 7,1%' is a percent figure.",
    "'huyện An Dương (11 cơ sở) và quận Lê Chân (7 cơ sở)' → list, places → location; no cue makes them parts of 39.",
    "'320 mẫu, trong đó 3 mẫu dương tính' → total 320. Periods of the prose after the table are inherited (2023).",
    "revised after the first run: '15 đoàn kiểm tra' subject 'đoàn kiểm tra' → 'đoàn kiểm tra tại các cơ sở sản xuất, kinh",
    "doanh bánh trung thu' (the sentence names the teams with their scope; the other golds of this set keep such qualifiers).",
]

if __name__ == "__main__":
    write("p1285-6", TEXT, NOTES, FIGS, location="Hải Phòng")
