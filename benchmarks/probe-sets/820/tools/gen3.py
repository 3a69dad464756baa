"""p820-3: formal report (UBND tỉnh Nghệ An), 9 months 2023, flattened '|' table of outlets by place."""
from lib import F, P, I, C, T, write

TABLE_ROWS = [
    # label, location, subject label, cells (Nhà thuốc, Quầy thuốc, Tủ thuốc TYT, Tổng số)
    ("TP. Vinh", "Vinh", None, ["418", "57", "25", "500"]),
    ("TX. Cửa Lò", "Cửa Lò", None, ["46", "31", "7", "84"]),
    ("Huyện Diễn Châu", "Diễn Châu", None, ["62", "214", "39", "315"]),
    ("Huyện Quỳnh Lưu", "Quỳnh Lưu", None, ["55", "226", "33", "314"]),
    ("Các huyện, thị xã còn lại", None, "các huyện, thị xã còn lại", ["371", "1.650", "252", "2.273"]),
    ("Tổng cộng", None, "tổng cộng", ["952", "2.178", "356", "3.486"]),
]
COLS = ["Nhà thuốc", "Quầy thuốc", "Tủ thuốc TYT", "Tổng số"]
COLSUBJ = COLS  # labels as written (FIGURES.md, Tables); first gold expanded "TYT" and "Tổng số"

table = "Địa bàn | " + " | ".join(COLS) + "\n" + "\n".join(
    f"{lab} | " + " | ".join(cells) for lab, _, _, cells in TABLE_ROWS) + "\n"

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Nghệ An, ngày 18 tháng 10 năm 2023
BÁO CÁO
Kết quả quản lý hoạt động kinh doanh dược 9 tháng đầu năm 2023
Thực hiện Công văn số 4127/BYT-QLD ngày 25/8/2023 của Bộ Y tế, UBND tỉnh báo cáo như sau:
I. TÌNH HÌNH CHUNG
1. Mạng lưới cung ứng thuốc
Tính đến ngày 30/9/2023, toàn tỉnh có 3.486 cơ sở bán lẻ thuốc, tăng 126 cơ sở so với cuối năm 2022. Số cơ sở theo địa bàn như sau:
Đơn vị tính: cơ sở
""" + table + """2. Cấp phép hành nghề
Trong 9 tháng, Sở Y tế đã cấp 284 Giấy chứng nhận đủ điều kiện kinh doanh dược, đạt 71% kế hoạch năm; cấp 341 chứng chỉ hành nghề dược.
II. KẾT QUẢ THANH TRA, KIỂM TRA
Các cơ quan chức năng đã thanh tra, kiểm tra 1.126 lượt cơ sở, phát hiện 138 cơ sở vi phạm (chiếm 12,3%), phạt tiền 965,5 triệu đồng; đình chỉ hoạt động 5 cơ sở.
III. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu đến ngày 31/12/2023 có 100% nhà thuốc, quầy thuốc kết nối liên thông dữ liệu (đến 30/9/2023 đạt 91,8%).
2. Dự kiến cả năm 2023 cấp khoảng 400 Giấy chứng nhận đủ điều kiện kinh doanh dược.
Nơi nhận: Bộ Y tế; TT Tỉnh ủy; Lưu: VT.
"""

ASOF = P("Tính đến ngày 30/9/2023", end="2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
M9T = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("có 3.486 cơ sở", "3.486", 3486, "count", "cơ sở", "cơ sở bán lẻ thuốc", ASOF,
      change=C("increase", 126, "cơ sở", "cuối năm 2022")),
]
prev_cell = {}
for lab, loc, slab, cells in TABLE_ROWS:
    for j, cell in enumerate(cells):
        left = lab if j == 0 else cells[j - 1]
        anchor = f"{left} | {cell}"
        if j == len(cells) - 1:
            anchor += "\n"
        subj = COLSUBJ[j] + (f" {slab}" if slab else "")
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "cơ sở", subj, I(ASOF), **kw))

FIGS += [
    F("cấp 284 Giấy", "284", 284, "count", "Giấy chứng nhận", "Giấy chứng nhận đủ điều kiện kinh doanh dược đã cấp",
      M9, percent=71),
    F("cấp 341 chứng chỉ", "341", 341, "count", "chứng chỉ hành nghề dược", "chứng chỉ hành nghề dược đã cấp", M9),
    F("kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt cơ sở", "lượt cơ sở được thanh tra, kiểm tra", I(M9T)),
    F("phát hiện 138 cơ sở", "138", 138, "count", "cơ sở", "cơ sở vi phạm", I(M9T), percent=12.3),
    F("phạt tiền 965,5 triệu", "965,5", 965.5e6, "money", "đồng", "tiền phạt", I(M9T)),
    F("đình chỉ hoạt động 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", I(M9T)),
    F("có 100% nhà thuốc", "100", 100, "percent", "%", "nhà thuốc, quầy thuốc kết nối liên thông dữ liệu",
      P("đến ngày 31/12/2023", end="2023-12-31"), status="target"),
    F("đạt 91,8%", "91,8", 91.8, "percent", "%", "nhà thuốc, quầy thuốc kết nối liên thông dữ liệu",
      P("đến 30/9/2023", end="2023-09-30")),
    F("khoảng 400 Giấy", "400", 400, "count", "Giấy chứng nhận", "Giấy chứng nhận đủ điều kiện kinh doanh dược cấp",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Nghệ An (formal report, letterhead): outlets as of 30/9/2023 with a flattened '|' table by place, licences, inspections.",
    "Distractors: 'Số: 287/BC-UBND', 'ngày 18 tháng 10 năm 2023', Công văn số 4127/BYT-QLD ngày 25/8/2023, section numbers I.-III., 1.-2.,",
    "  heading 'NHIỆM VỤ QUÝ IV/2023'. Table: every cell is a figure, unit 'cơ sở' from 'Đơn vị tính', subject = column (+ row label when",
    "  it is not a place), place rows go to location (TP. Vinh, TX. Cửa Lò, huyện Diễn Châu, huyện Quỳnh Lưu); 'còn lại' and 'Tổng cộng'",
    "  rows are Nghệ An. The table has no period column: its period is the as-of line above it (inherited). Cells get no totals.",
    "'tăng 126 cơ sở so với cuối năm 2022' is the change of 3.486. '(chiếm 12,3%)' is the percent of 138. 'đạt 71% kế hoạch năm' is the",
    "  percent of 284. '(đến 30/9/2023 đạt 91,8%)' is a bracketed figure with its own verb and date: actual. Section III: target/forecast.",
    "Revised after the first run: cell subjects use the column labels as written ('Tủ thuốc TYT', 'Tổng số'), not expanded paraphrases.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, COMMENTS, published="2023-10-18", location="Nghệ An")
