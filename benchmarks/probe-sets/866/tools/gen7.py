"""p866-7: department site (Sở TT&TT Lâm Đồng), no dateline: public postal network, one-cell-per-line table."""
from lib import C, F, I, P, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LÂM ĐỒNG
Trang chủ » Bưu chính - Viễn thông
Mạng lưới bưu chính công cộng tiếp tục được củng cố

Năm 2023, mạng lưới bưu chính công cộng trên địa bàn tỉnh Lâm Đồng có 172 điểm phục vụ, bán kính phục vụ bình quân 3,21 km/điểm, số dân được phục vụ bình quân 7.590 người/điểm. Bưu điện tỉnh đã phát hành gần 1,35 triệu tờ báo công ích tới 138 xã, chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng cho khoảng 27.400 người.

Số lượng điểm phục vụ qua các năm như sau:
Đơn vị tính: điểm
Loại điểm phục vụ
Năm 2022
Năm 2023
Kế hoạch 2024
Bưu cục
38
39
40
Điểm Bưu điện - Văn hóa xã
104
102
102
Điểm phục vụ khác
27
31
35
Tổng số
169
172
177

Cũng trong năm 2023, sản lượng bưu gửi toàn tỉnh đạt 21,7 triệu bưu gửi, tăng 15,3% so với năm 2022; doanh thu bưu chính đạt 486 tỷ đồng. Riêng TP. Đà Lạt và TP. Bảo Lộc chiếm lần lượt 46% và 18% sản lượng. Thời gian toàn trình của bưu gửi từ Đà Lạt đến các xã vùng sâu như Phi Liêng, Đạ Tông không quá 48 giờ.

Năm 2024, ngành phấn đấu sản lượng bưu gửi đạt 25 triệu bưu gửi, tăng khoảng 15%; 100% điểm Bưu điện - Văn hóa xã có kết nối Internet.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LÂM ĐỒNG
Địa chỉ: Số 19 Trần Hưng Đạo, Phường 10, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.417 - Email: stttt@lamdong.gov.vn
Tổng lượt truy cập: 1.284.905
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", "2022-01-01", "2022-12-31", "actual"), ("Năm 2023", "2023-01-01", "2023-12-31", "actual"),
        ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "target")]

FIGS = [
    F("có 172 điểm phục vụ", "172", 172, "count", "điểm phục vụ", "điểm phục vụ bưu chính công cộng", Y23),
    F("bình quân 3,21 km/điểm", "3,21", 3.21, "measure", "km/điểm", "bán kính phục vụ bình quân", Y23),
    F("bình quân 7.590 người/điểm", "7.590", 7590, "measure", "người/điểm", "số dân được phục vụ bình quân", Y23),
    F("gần 1,35 triệu tờ", "1,35", 1.35e6, "count", "tờ báo", "báo công ích Bưu điện tỉnh phát hành", I(Y23),
      approx="nearly"),
    F("tới 138 xã", "138", 138, "count", "xã", "xã được phát hành báo công ích", I(Y23)),
    F("khoảng 27.400 người", "27.400", 27400, "count", "người",
      "người được chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", I(Y23), approx="about"),
]

ROWS = [("Bưu cục", ("38", "39", "40")),
        ("Điểm Bưu điện - Văn hóa xã", ("104", "102", "102")),
        ("Điểm phục vụ khác", ("27", "31", "35")),
        ("Tổng số", ("169", "172", "177"))]
for label, cells in ROWS:
    for i, (cell, (col, s, e, status)) in enumerate(zip(cells, COLS)):
        # anchor: the row label and the cells up to this one, one per line
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        if cell in cells[:i]:  # repeated value in the row: anchor on the cell and the next row's label
            anchor = cell + "\nĐiểm phục vụ khác"
        # revised after the first run: row label and column label (FIGURES.md, Tables)
        subj = ("Tổng số điểm phục vụ" if label == "Tổng số" else label) + " " + col.replace("Kế", "kế").replace("Năm", "năm")
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, float(cell), "count", "điểm", subj, P(col, s, e), **kw))

FIGS += [
    F("đạt 21,7 triệu bưu gửi", "21,7", 21.7e6, "count", "bưu gửi", "sản lượng bưu gửi", Y23B,
      change=C("increase", 15.3, baseline="năm 2022")),
    F("đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "doanh thu bưu chính", Y23B),
    F("lần lượt 46%", "46", 46, "percent", "%", "tỷ trọng sản lượng bưu gửi", I(Y23B), location="Đà Lạt"),
    F("và 18% sản lượng", "18", 18, "percent", "%", "tỷ trọng sản lượng bưu gửi", I(Y23B), location="Bảo Lộc"),
    F("không quá 48 giờ", "48", 48, "measure", "giờ", "thời gian toàn trình của bưu gửi đến các xã vùng sâu",
      I(Y23B), approx="at_most"),
    F("đạt 25 triệu bưu gửi", "25", 25e6, "count", "bưu gửi", "sản lượng bưu gửi", Y24, status="target",
      change=C("increase", 15, approx="about")),
    F("100% điểm Bưu điện", "100", 100, "percent", "%", "điểm Bưu điện - Văn hóa xã có kết nối Internet", Y24,
      status="target"),
]

NOTES = [
    "Sở TT&TT Lâm Đồng department page: no dateline (published absent); footer with address, phone and 'Tổng lượt truy cập'.",
    "One-cell-per-line table ('Đơn vị tính: điểm'): header cells, then each row label and its cells one per line.",
    "  Every cell is a figure, unit 'điểm' from the Đơn vị tính line, subject the row label and column label (revised after run 1), period the column header;",
    "  'Kế hoạch 2024' gives status target. The 'Tổng số' row is its own figure (no totals inside tables).",
    "Lâm Đồng is the location throughout; Đà Lạt and Bảo Lộc are list items (locations of their shares). The 48-hour",
    "  delivery time from Đà Lạt to remote communes describes the province's network (Lâm Đồng).",
    "'tăng khoảng 15%' after the 2024 target is its change (approx about, no baseline).",
    "Distractors: footer 'Số 19 Trần Hưng Đạo, Phường 10, TP. Đà Lạt', '0263.3822.417', 'Tổng lượt truy cập: 1.284.905'.",
]

if __name__ == "__main__":
    write("p866-7", TEXT, FIGS, notes=NOTES, location="Lâm Đồng")
