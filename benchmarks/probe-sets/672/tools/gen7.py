"""p672-7: department site (Phòng CSQLHC về TTXH, Công an tỉnh Khánh Hòa), no dateline — cơ sở cầm đồ năm 2023,
one-cell-per-line table."""
from lib import F, P, I, CH, emit

ROWS = [
    ("TP. Nha Trang", "Nha Trang", ("198", "172", "15")),
    ("TP. Cam Ranh", "Cam Ranh", ("52", "47", "5")),
    ("Thị xã Ninh Hòa", "Ninh Hòa", ("61", "55", "4")),
    ("Huyện Diên Khánh", "Diên Khánh", ("40", "37", "3")),
    ("Các địa phương khác", None, ("45", "42", "4")),
    ("Toàn tỉnh", None, ("396", "353", "31")),
]
table = "\n".join(label + "\n" + "\n".join(cells) for label, _, cells in ROWS)

TEXT = f"""CÔNG AN TỈNH KHÁNH HÒA
Phòng Cảnh sát quản lý hành chính về trật tự xã hội
Trang chủ / Tin hoạt động / Quản lý ngành nghề kinh doanh có điều kiện

Kết quả kiểm tra cơ sở kinh doanh dịch vụ cầm đồ năm 2023

Năm 2023, toàn tỉnh có 396 cơ sở kinh doanh dịch vụ cầm đồ đang hoạt động. Thực hiện Kế hoạch số 58/KH-CAT-PC06, lực lượng Cảnh sát QLHC về TTXH đã kiểm tra 353 cơ sở, đạt 89,1%; phát hiện 31 cơ sở vi phạm, giảm 12 cơ sở so với năm 2022. Tổng số tiền xử phạt 236,5 triệu đồng; tước có thời hạn giấy chứng nhận đủ điều kiện về an ninh, trật tự của 4 cơ sở.

Đáng chú ý, qua kiểm tra phát hiện 2 cơ sở cầm đồ cho vay với lãi suất từ 146% đến 182,5%/năm, đã chuyển Cơ quan Cảnh sát điều tra xử lý theo Điều 201 Bộ luật Hình sự.

Bảng: Kết quả kiểm tra theo địa bàn
Đơn vị tính: cơ sở

Địa bàn
Đang hoạt động
Được kiểm tra
Vi phạm
{table}

Năm 2024, Phòng phấn đấu kiểm tra 100% cơ sở cầm đồ trên địa bàn, không để phát sinh cơ sở hoạt động khi chưa có giấy chứng nhận.

Địa chỉ: 80 Trần Phú, phường Lộc Thọ, TP. Nha Trang | Điện thoại: 0258.3822.640
Tổng lượt truy cập: 1.284.503 | Đang trực tuyến: 27
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = I(P("năm 2023", "2023-01-01", "2023-12-31"))

FIGS = [
    F("có 396 cơ sở", "396", 396, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ đang hoạt động", Y),
    F("kiểm tra 353 cơ sở", "353", 353, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", Yi, percent=89.1),
    F("phát hiện 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở vi phạm", Yi, change=CH("decrease", 12, "cơ sở", "năm 2022")),
    F("phạt 236,5 triệu đồng", "236,5", 236.5e6, "money", "đồng", "tổng số tiền xử phạt", Yi),
    F("của 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị tước có thời hạn giấy chứng nhận đủ điều kiện về an ninh, trật tự", Yi),
    F("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở cầm đồ cho vay lãi nặng chuyển Cơ quan Cảnh sát điều tra", Yi),
    F("từ 146% đến 182,5%", "146", 146, "percent", "%", "lãi suất cho vay của cơ sở cầm đồ", Yi, value_max=182.5),
]

# subject = row label + column label; a row label that is a place goes to location (FIGURES.md, Tables)
COLS = ("Đang hoạt động", "Được kiểm tra", "Vi phạm")
for r, (label, place, cells) in enumerate(ROWS):
    for i, num in enumerate(cells):
        prev = label if i == 0 else cells[i - 1]
        nxt = cells[i + 1] if i + 1 < len(cells) else ROWS[r + 1][0] if r + 1 < len(ROWS) else ""
        anchor = prev + "\n" + num + "\n" + nxt
        subj = (label + " " if label.startswith("Các") else "") + COLS[i]
        kw = {"location": place} if place else {}
        FIGS.append(F(anchor, num, float(num), "count", "cơ sở", subj, Yi, **kw))

FIGS.append(F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở cầm đồ trên địa bàn được kiểm tra",
              P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"))

COMMENTS = [
    "Department site (Phòng CSQLHC về TTXH, Công an tỉnh Khánh Hòa), no dateline: kiểm tra cơ sở kinh doanh dịch vụ cầm đồ năm 2023.",
    "No published date. Not figures: 'Kế hoạch số 58/KH-CAT-PC06', 'Điều 201', the address '80 Trần Phú', the phone number, the footer",
    "counters 'Tổng lượt truy cập: 1.284.503' and 'Đang trực tuyến: 27'.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở': every cell is a count in cơ sở; district rows give location; 'Các địa phương",
    "khác' and 'Toàn tỉnh' rows stay Khánh Hòa. The table has no period of its own: cells inherit 'năm 2023' from the title (unscored).",
    "'kiểm tra 353 cơ sở, đạt 89,1%': percent 89.1, no total (no part-of cue). 'giảm 12 cơ sở so với năm 2022' is the change of 31.",
    "The second sentence has no period of its own (năm 2022 is only a baseline): inherited.",
    "revised after the first scoring: table-cell subjects are the column label only ('Đang hoạt động', 'Được kiểm tra', 'Vi phạm'),",
    "with the row label 'Các địa phương khác' prefixed on its row — the spec's 'row label and column label' rule; the first gold had",
    "added the table's topic 'cơ sở kinh doanh dịch vụ cầm đồ' to every cell, which the rule does not ask for.",
]

if __name__ == "__main__":
    emit("p672-7", TEXT, COMMENTS, FIGS, location="Khánh Hòa")
