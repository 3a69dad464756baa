"""p750-7: department site (Sở Y tế Đồng Tháp), no dateline, cataract surgery 2023, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

HEAD = """SỞ Y TẾ TỈNH ĐỒNG THÁP
Trang chủ » Hoạt động chuyên môn » Phòng chống mù lòa

Kết quả phẫu thuật đục thủy tinh thể năm 2023

Năm 2023, các cơ sở y tế trên địa bàn tỉnh đã phẫu thuật đục thủy tinh thể cho 6.418 ca, tăng 14,6% so với năm 2022, vượt 7% kế hoạch năm; trong đó có 1.275 ca là người nghèo, cận nghèo được mổ miễn phí thông qua chương trình "Vì ánh sáng cộng đồng" và các nhà tài trợ. Tỷ lệ phẫu thuật đạt 3.810 ca/1 triệu dân, cao hơn mức bình quân chung cả nước.

Bảng: Số ca phẫu thuật đục thủy tinh thể theo địa bàn
Đơn vị tính: ca

Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
"""
ROWS = [
    ("Tuyến tỉnh", None, "tuyến tỉnh", ["2.905", "3.260", "3.400"]),
    ("Huyện Cao Lãnh", "Cao Lãnh", None, ["612", "705", "750"]),
    ("Huyện Tháp Mười", "Tháp Mười", None, ["540", "618", "650"]),
    ("Huyện Tam Nông", "Tam Nông", None, ["318", "402", "420"]),
    ("TP. Hồng Ngự", "Hồng Ngự", None, ["486", "553", "580"]),
    ("Các địa phương khác", None, "các địa phương khác", ["739", "880", "900"]),
    ("Tổng cộng", None, "tổng cộng", ["5.600", "6.418", "6.700"]),
]
TAIL = """
Hiện toàn tỉnh có 4 cơ sở đủ điều kiện mổ phaco với 21 bác sĩ chuyên khoa mắt. Chi phí phẫu thuật cho người nghèo bình quân 3,2 triệu đồng/ca, trong đó Quỹ BHYT chi trả 80%, phần còn lại do nhà tài trợ hỗ trợ. Năm 2024, Sở Y tế đặt mục tiêu khám sàng lọc cho 50.000 người cao tuổi và phẫu thuật miễn phí cho ít nhất 1.500 người nghèo.

Liên hệ: Phòng Nghiệp vụ Y, Sở Y tế, số 5 đường 30/4, Phường 1, TP. Cao Lãnh; ĐT: 0277.3851.208.

Tổng số lượt truy cập: 2.184.650
"""
COLS = [("Năm 2022", "2022", None), ("Năm 2023", "2023", None), ("Kế hoạch 2024", "2024", "target")]

TEXT = HEAD + "".join(label + "\n" + "\n".join(cells) + "\n" for label, _, _, cells in ROWS) + TAIL


def table():
    out = []
    for label, loc, extra, cells in ROWS:
        prev = label
        for (col, year, status), cell in zip(COLS, cells):
            anchor = prev[-6:] + "\n" + cell + "\n"
            prev = cell
            subj = "ca phẫu thuật đục thủy tinh thể " + (extra + " " if extra else "") + col.lower()
            kw = {"location": loc} if loc else {}
            if status:
                kw["status"] = status
            out.append(fig(anchor, cell, float(cell.replace(".", "")), "count", "ca", subj,
                           per(col, f"{year}-01-01", f"{year}-12-31"), **kw))
    return out


Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("cho 6.418 ca", "6.418", 6418, "count", "ca", "ca phẫu thuật đục thủy tinh thể", Y23,
        change=chg("increase", 14.6, "%", "năm 2022")),
    fig("vượt 7% kế hoạch", "7", 7, "percent", "%", "phẫu thuật đục thủy tinh thể vượt kế hoạch năm", Y23,
        optional=True),
    fig("có 1.275 ca", "1.275", 1275, "count", "ca", "ca người nghèo, cận nghèo được mổ miễn phí", Y23, total=6418),
    fig("đạt 3.810 ca/1 triệu dân", "3.810", 3810, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật", inh(Y23)),
] + table() + [
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở đủ điều kiện mổ phaco"),
    fig("với 21 bác sĩ", "21", 21, "count", "bác sĩ", "bác sĩ chuyên khoa mắt"),
    fig("bình quân 3,2 triệu đồng/ca", "3,2", 3.2e6, "money", "đồng/ca", "chi phí phẫu thuật cho người nghèo bình quân"),
    fig("chi trả 80%", "80", 80, "percent", "%", "Quỹ BHYT chi trả chi phí phẫu thuật cho người nghèo"),
    fig("cho 50.000 người", "50.000", 50000, "count", "người", "người cao tuổi được khám sàng lọc", Y24,
        status="target"),
    fig("ít nhất 1.500 người", "1.500", 1500, "count", "người", "người nghèo được phẫu thuật miễn phí", Y24,
        approx="at_least", status="target"),
]

NOTES = [
    "Sở Y tế Đồng Tháp (department site), no dateline: phẫu thuật đục thủy tinh thể năm 2023; one-cell-per-line table with 'Đơn vị tính: ca'.",
    "6.418 carries the change 'tăng 14,6% so với năm 2022'; the second change 'vượt 7% kế hoạch năm' is optional (FIGURES.md: one change per figure).",
    "Table: every numeric cell (the 'Tổng cộng' row too) is a count in ca; period from the column header (scored, as in shared h23);",
    "'Kế hoạch 2024' column -> status target. Place rows (Huyện …, TP. Hồng Ngự) go to location; 'Tuyến tỉnh', 'Các địa phương khác', 'Tổng cộng' stay in the subject.",
    "'trong đó Quỹ BHYT chi trả 80%' is the share of a part with no amount: a percent of its own, not the percent of 3,2 triệu đồng/ca.",
    "Distractors: 'đường 30/4', 'Phường 1', phone, 'Tổng số lượt truy cập: 2.184.650', '1 triệu dân' denominator.",
]

if __name__ == "__main__":
    write("p750-7", TEXT, NOTES, FIGS, published=None, location="Đồng Tháp")
