"""p620-7: department site (Sở LĐ-TB&XH Đồng Tháp), no dateline, one-cell-per-line table of alternative care."""
from lib import F, P, INH, YEAR, CH, TG, emit

ROWS = [
    ("Trẻ em được nhận chăm sóc thay thế bởi người thân thích", "trẻ em", ["1.204", "1.248", "1.260"]),
    ("Trẻ em được nhận chăm sóc thay thế bởi người không phải thân thích", "trẻ em", ["63", "79", "90"]),
    ("Trẻ em được nhận làm con nuôi", "trẻ em", ["56", "61", "65"]),
    ("Trẻ em được nuôi dưỡng tại cơ sở trợ giúp xã hội", "trẻ em", ["153", "149", "140"]),
    ("Gia đình nhận chăm sóc thay thế (gia đình)", "gia đình", ["58", "71", "85"]),
]
COLS = [("Năm 2022", YEAR(2022, "Năm 2022"), "actual"), ("Năm 2023", YEAR(2023, "Năm 2023"), "actual"),
        ("Kế hoạch 2024", YEAR(2024, "Kế hoạch 2024"), "target")]

table = ["Chỉ tiêu"] + [c[0] for c in COLS]
for label, _, cells in ROWS:
    table.append(label)
    table.extend(cells)
TABLE = "\n".join(table)

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả chăm sóc thay thế cho trẻ em năm 2023

Năm 2023, công tác chăm sóc thay thế cho trẻ em trên địa bàn tỉnh tiếp tục có chuyển biến tích cực. Tổng số trẻ em được chăm sóc thay thế là 1.537 em, tăng 4,1% so với năm 2022; trong đó chăm sóc thay thế bởi người thân thích chiếm 81,2%.

Bảng: Kết quả chăm sóc thay thế cho trẻ em
Đơn vị tính: trẻ em
""" + TABLE + """

Toàn tỉnh có 2 cơ sở trợ giúp xã hội tiếp nhận, nuôi dưỡng trẻ em là Trung tâm Công tác xã hội tỉnh và Làng trẻ em SOS Cao Lãnh. Kinh phí hỗ trợ gia đình nhận chăm sóc thay thế năm 2023 là 1.126 triệu đồng, bình quân 1,32 triệu đồng/trẻ/tháng.

Năm 2024, Sở tiếp tục rà soát, lập danh sách trẻ em cần chăm sóc thay thế; tập huấn cho cán bộ làm công tác trẻ em cấp xã.

Địa chỉ: Số 6 đường 30/4, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.364 - Fax: 0277.3851.365
Tổng số lượt truy cập: 1.862.407
"""

Y23 = YEAR(2023)
FIGS = [
    F("là 1.537 em", "1.537", 1537, "count", "em", "tổng số trẻ em được chăm sóc thay thế", INH(YEAR(2023, "Năm 2023")),
      change=CH("increase", 4.1, baseline="năm 2022")),
    F("chiếm 81,2%", "81,2", 81.2, "percent", "%", "chăm sóc thay thế bởi người thân thích",
      INH(YEAR(2023, "Năm 2023"))),
]
lines = TEXT.split("\n")
for label, unit, cells in ROWS:
    for (col, per, status), cell in zip(COLS, cells):
        # anchor: the cell with its neighbour line(s), unique in the article
        i = lines.index(label) + 1 + [c[0] for c in COLS].index(col)
        assert lines[i] == cell
        anchor = lines[i - 1] + "\n" + cell
        subj = label.replace(" (gia đình)", "") + " " + col.lower()
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", unit, subj, per, **kw))

FIGS += [
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở trợ giúp xã hội tiếp nhận, nuôi dưỡng trẻ em"),
    F("là 1.126 triệu đồng", "1.126", 1126e6, "money", "đồng", "kinh phí hỗ trợ gia đình nhận chăm sóc thay thế", Y23),
    F("bình quân 1,32 triệu", "1,32", 1.32e6, "money", "đồng/trẻ/tháng",
      "kinh phí hỗ trợ gia đình nhận chăm sóc thay thế bình quân", Y23),
]

COMMENTS = [
    "Sở LĐ-TB&XH Đồng Tháp department page (invented), no dateline: chăm sóc thay thế năm 2023; one-cell-per-line table",
    "(Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: trẻ em' and one row in gia đình (unit in the row label).",
    "Every cell is a figure; period from the column header (scored, as in shared h23/h24); Kế hoạch 2024 -> target.",
    "The 1.537 whole and the 81,2% share stand in the sentence after 'Năm 2023,' -> inherited period. 'chiếm 81,2%' after 'trong đó' with no",
    "amount of its own is a percent figure. Distractors: Số 6 đường 30/4, Phường 1, phone/fax, Tổng số lượt truy cập: 1.862.407.",
]

if __name__ == "__main__":
    emit("p620-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
