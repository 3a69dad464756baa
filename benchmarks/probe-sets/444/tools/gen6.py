from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI DƯƠNG
Quỹ Khuyến tài tỉnh khen thưởng 236 học sinh, giáo viên đạt thành tích cao
Ngày đăng: 05/06/2024 | Tác giả: Phòng Giáo dục Trung học

Sáng 4/6, Quỹ Khuyến tài tỉnh Hải Dương tổ chức lễ tuyên dương, khen thưởng học sinh, giáo viên đạt thành tích cao năm học 2023-2024. Tại buổi lễ, 236 cá nhân được khen thưởng, trong đó 178 học sinh và 58 giáo viên, với tổng số tiền thưởng 2,86 tỷ đồng.

Trong năm học, học sinh Hải Dương đoạt 58 giải tại kỳ thi chọn học sinh giỏi quốc gia THPT (6 giải Nhất, 17 giải Nhì, 20 giải Ba, 15 giải Khuyến khích), xếp thứ 5 toàn quốc; 2 học sinh đoạt huy chương Olympic quốc tế. Mức thưởng cho giải Nhất quốc gia là 30 triệu đồng, huy chương vàng quốc tế 100 triệu đồng.

Bảng: Kết quả chi khen thưởng của Quỹ Khuyến tài tỉnh
Đơn vị tính: triệu đồng

Nội dung

Năm 2021

Năm 2022

Năm 2023

Thưởng học sinh giỏi quốc gia, quốc tế

1.840

2.115

2.460

Thưởng giáo viên bồi dưỡng

620

735

810

Học bổng sinh viên xuất sắc

450

500

575

Tổng cộng

2.910

3.350

3.845

Giai đoạn 2021-2023, tổng mức chi khen thưởng của Quỹ tăng bình quân 14,9%/năm. Quỹ Khuyến tài tỉnh được thành lập năm 2008, hiện có số dư 15,2 tỷ đồng. Mọi đóng góp xin gửi về tài khoản số 1023 4567 8910 tại Vietcombank chi nhánh Hải Dương.
"""

rows = [("Thưởng học sinh giỏi quốc gia, quốc tế", ["1.840", "2.115", "2.460"]),
        ("Thưởng giáo viên bồi dưỡng", ["620", "735", "810"]),
        ("Học bổng sinh viên xuất sắc", ["450", "500", "575"]),
        ("Tổng cộng", ["2.910", "3.350", "3.845"])]

FIGS = [
    F("khen thưởng 236 học sinh", "236", 236, "count", "học sinh, giáo viên",
      "học sinh, giáo viên đạt thành tích cao được khen thưởng", optional=True),
    F("buổi lễ, 236 cá nhân", "236", 236, "count", "cá nhân", "cá nhân được khen thưởng"),
    F("178 học sinh", "178", 178, "count", "học sinh", "học sinh được khen thưởng", total=236),
    F("và 58 giáo viên", "58", 58, "count", "giáo viên", "giáo viên được khen thưởng", total=236),
    F("thưởng 2,86 tỷ đồng", "2,86", 2860000000, "money", "đồng", "tổng số tiền thưởng"),
    F("đoạt 58 giải", "58", 58, "count", "giải", "giải tại kỳ thi chọn học sinh giỏi quốc gia THPT"),
    F("(6 giải Nhất", "6", 6, "count", "giải Nhất", "giải Nhất học sinh giỏi quốc gia THPT", total=58),
    F("17 giải Nhì", "17", 17, "count", "giải Nhì", "giải Nhì học sinh giỏi quốc gia THPT", total=58),
    F("20 giải Ba", "20", 20, "count", "giải Ba", "giải Ba học sinh giỏi quốc gia THPT", total=58),
    F("15 giải Khuyến khích", "15", 15, "count", "giải Khuyến khích",
      "giải Khuyến khích học sinh giỏi quốc gia THPT", total=58),
    F("xếp thứ 5 toàn quốc", "5", 5, "rank", "hạng", "giải học sinh giỏi quốc gia THPT"),
    F("2 học sinh", "2", 2, "count", "học sinh", "học sinh đoạt huy chương Olympic quốc tế"),
    F("là 30 triệu đồng", "30", 30000000, "money", "đồng", "mức thưởng cho giải Nhất quốc gia"),
    F("quốc tế 100 triệu đồng", "100", 100000000, "money", "đồng", "mức thưởng huy chương vàng quốc tế"),
]
years = ["2021", "2022", "2023"]
text_cells = TEXT
for label, cells in rows:
    for i, (y, c) in enumerate(zip(years, cells)):
        # anchor: the cell with enough neighbourhood to be unique
        if i == 0:
            anchor = f"{label}\n\n{c}"
        else:
            anchor = f"{cells[i-1]}\n\n{c}"
        v = float(c.replace(".", "")) * 1e6
        FIGS.append(F(anchor, c, v, "money", "đồng", f"{label} năm {y}",
                      P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))
FIGS += [
    F("bình quân 14,9%/năm", "14,9", 14.9, "percent", "%", "tổng mức chi khen thưởng của Quỹ tăng bình quân",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("số dư 15,2 tỷ đồng", "15,2", 15200000000, "money", "đồng", "số dư Quỹ Khuyến tài tỉnh"),
]

build(6, [
    "Department site (Sở GD&ĐT Hải Dương): Quỹ Khuyến tài tỉnh rewards pupils and teachers; national excellent-student prizes;",
    "one-cell-per-line table (Đơn vị tính: triệu đồng; columns Năm 2021 | Năm 2022 | Năm 2023; rows three rewards + Tổng cộng).",
    "Dateline 'Ngày đăng: 05/06/2024 | Tác giả: …'. Distractors: 'Sáng 4/6', 'năm học 2023-2024', 'thành lập năm 2008', bank account",
    "'1023 4567 8910', 'Olympic quốc tế' (no number). The headline's '236 học sinh, giáo viên' repeats the body figure: optional.",
    "'(6 giải Nhất, 17 giải Nhì, 20 giải Ba, 15 giải Khuyến khích)' adds up to 58: total 58; '178 học sinh và 58 giáo viên' after 'trong đó': total 236.",
    "'xếp thứ 5 toàn quốc' is Hải Dương's rank (location Hải Dương, the default). Table: every cell is a figure, money ×10⁶,",
    "subject = row label + column label (as h23), period from the column year; 'Tổng cộng' cells are figures too (no total attribute for table cells).",
    "revised: table-cell subjects are now row label + column label (I had the row label only, and the table title for 'Tổng cộng').",
    "'tăng bình quân 14,9%/năm' is a growth rate that is the claim: a percent figure with no change.",
], TEXT, FIGS, published="2024-06-05", location="Hải Dương")
