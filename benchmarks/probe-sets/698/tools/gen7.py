"""p698-7: department site (Sở GD&ĐT Đồng Tháp), no dateline; one-cell-per-line table by school level."""
from lib import fig, period, inh, change, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Trang chủ » Hoạt động ngành » Giáo dục hòa nhập

Giáo dục hòa nhập: 2.512 học sinh khuyết tật được học cùng bạn bè

Những năm qua, ngành giáo dục tỉnh tạo điều kiện để học sinh khuyết tật được học hòa nhập tại trường gần nhà. Năm 2023, số học sinh khuyết tật học hòa nhập tăng 6,7% so với năm 2022, tập trung nhiều nhất ở cấp tiểu học.

Học sinh khuyết tật học hòa nhập theo cấp học
Đơn vị tính: học sinh

Cấp học
Năm 2022
Năm 2023
Kế hoạch 2024
Mầm non
318
356
380
Tiểu học
1.245
1.302
1.350
Trung học cơ sở
604
651
690
Trung học phổ thông
187
203
220
Tổng cộng
2.354
2.512
2.640

Toàn ngành hiện có 92 trường có phòng hỗ trợ giáo dục hòa nhập; 1.016 giáo viên đã qua bồi dưỡng, đạt 84,2% số giáo viên dạy học sinh khuyết tật.

Trẻ khuyết tật học mầm non được hỗ trợ tiền ăn trưa 160.000 đồng/tháng, tối đa 9 tháng/năm học. Học sinh khuyết tật thuộc hộ nghèo, cận nghèo còn được cấp học bổng, hỗ trợ mua phương tiện, đồ dùng học tập theo Nghị định số 105/2020/NĐ-CP và các văn bản hướng dẫn.

Sở đề nghị các trường rà soát, lập hồ sơ cá nhân cho từng học sinh khuyết tật ngay từ đầu năm học, phối hợp với gia đình xây dựng kế hoạch giáo dục cá nhân.

Sở Giáo dục và Đào tạo tỉnh Đồng Tháp
Địa chỉ: Số 5 Võ Trường Toản, Phường 1, TP Cao Lãnh
Điện thoại: 0277.3851.253
Tổng lượt truy cập: 2.845.117
"""

COLS = [("năm 2022", period("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", period("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("cấp mầm non", ["non\n318", "318\n356", "356\n380"], [318, 356, 380]),
        ("cấp tiểu học", ["học\n1.245", "1.245\n1.302", "1.302\n1.350"], [1245, 1302, 1350]),
        ("cấp trung học cơ sở", ["sở\n604", "604\n651", "651\n690"], [604, 651, 690]),
        ("cấp trung học phổ thông", ["thông\n187", "187\n203", "203\n220"], [187, 203, 220]),
        ("tổng cộng", ["cộng\n2.354", "2.354\n2.512", "2.512\n2.640"], [2354, 2512, 2640])]
S = "học sinh khuyết tật học hòa nhập"

FIGS = [
    fig("nhập: 2.512 học sinh", "2.512", 2512, "count", "học sinh", "học sinh khuyết tật được học cùng bạn bè"),
    fig("tăng 6,7%", "6,7", 6.7, "percent", "%", "số học sinh khuyết tật học hòa nhập",
        period("Năm 2023", "2023-01-01", "2023-12-31")),
]
for row, anchors, values in ROWS:
    for (col, per, status), a, v in zip(COLS, anchors, values):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(fig(a, a.split("\n")[1], v, "count", "học sinh", f"{S} {row} {col}", per, **kw))
FIGS += [
    fig("có 92 trường", "92", 92, "count", "trường", "trường có phòng hỗ trợ giáo dục hòa nhập"),
    fig("1.016 giáo viên", "1.016", 1016, "count", "giáo viên", "giáo viên đã qua bồi dưỡng", percent=84.2),
    fig("160.000 đồng/tháng", "160.000", 160000, "money", "đồng/tháng",
        "hỗ trợ tiền ăn trưa cho trẻ khuyết tật học mầm non"),
    fig("tối đa 9 tháng", "9", 9, "measure", "tháng/năm học", "thời gian hỗ trợ tiền ăn trưa", approx="at_most"),
]

NOTES = [
    "Sở GD&ĐT Đồng Tháp site: học sinh khuyết tật học hòa nhập by school level, 2022, 2023, Kế hoạch 2024; support policy.",
    "Department site with no dateline (no published); footer address, phone and 'Tổng lượt truy cập: 2.845.117' are not figures;",
    "nor 'Nghị định số 105/2020/NĐ-CP', 'Phường 1', 'Số 5 Võ Trường Toản'.",
    "Table, one cell per line, unit from 'Đơn vị tính: học sinh'. Every numeric cell (the Tổng cộng row too) is a figure;",
    "subject = table title + row + column; period from the column header (scored, as in shared h23); 'Kế hoạch 2024' -> target.",
    "No totals inside the table (no part-of cue). The headline 2.512 repeats the 2023 total cell but is a figure of its own.",
    "'tăng 6,7% so với năm 2022' with no base amount in its sentence is a growth rate as the claim: percent, no change.",
    "'tối đa 9 tháng/năm học' is a measure with at_most.",
]

if __name__ == "__main__":
    write("p698-7", TEXT, NOTES, FIGS, published=None, location="Đồng Tháp")
