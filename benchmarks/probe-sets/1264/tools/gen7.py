"""p1264-7: department site without dateline (Sở NN&PTNT Thanh Hóa): combine harvesters by district, one-cell-per-line table."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Thanh Hóa xếp thứ hai Bắc Trung Bộ về số máy gặt đập liên hợp

Năm 2024, số máy gặt đập liên hợp trên địa bàn tỉnh ước đạt 3.215 chiếc, tăng 6,1% so với năm 2023; tỷ lệ thu hoạch lúa bằng máy đạt khoảng 92%. Máy tập trung chủ yếu ở các huyện vùng đồng bằng.

Bảng: Số máy gặt đập liên hợp phân theo huyện
Đơn vị tính: chiếc
Huyện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Thọ Xuân
412
436
105,8
Yên Định
365
391
107,1
Triệu Sơn
318
330
103,8
Hoằng Hóa
284
302
106,3
Các huyện khác
1.651
1.756
106,4
Tổng số
3.030
3.215
106,1

Bình quân mỗi máy thu hoạch khoảng 60 ha/năm; giá dịch vụ phổ biến 2,5-3 triệu đồng/ha. Riêng huyện Thọ Xuân có 28 hợp tác xã làm dịch vụ gặt, làm đất, trong đó 9 hợp tác xã có máy sấy.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ thu hoạch lúa bằng máy lên 95%, hỗ trợ các hợp tác xã mua mới ít nhất 120 máy gặt đập liên hợp.

Tin liên quan
- Hội nghị tổng kết sản xuất vụ Chiêm xuân 2024
- Hướng dẫn hỗ trợ mua máy theo Nghị quyết 16/2021/NQ-HĐND

Sở Nông nghiệp và PTNT Thanh Hóa - Số 45 Đại lộ Lê Lợi, TP Thanh Hóa
Điện thoại: 0237.3852.297 | Lượt truy cập: 1.284.557 | Đang trực tuyến: 42
"""

Y24 = year("Năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
C23 = year("Năm 2023", 2023)
C24 = year("Ước thực hiện 2024", 2024)
IND = "Số máy gặt đập liên hợp"

ROWS = [  # row label, location or None, cells
    ("Thọ Xuân", "Thọ Xuân", ("412", "436", "105,8")),
    ("Yên Định", "Yên Định", ("365", "391", "107,1")),
    ("Triệu Sơn", "Triệu Sơn", ("318", "330", "103,8")),
    ("Hoằng Hóa", "Hoằng Hóa", ("284", "302", "106,3")),
    ("Các huyện khác", None, ("1.651", "1.756", "106,4")),
    ("Tổng số", None, ("3.030", "3.215", "106,1")),
]


def table():
    out = []
    for label, place, (c23, c24, cmp_) in ROWS:
        stem = IND if place else (f"{IND} các huyện khác" if label.startswith("Các") else f"Tổng số máy gặt đập liên hợp")
        kw = {"location": place} if place else {}
        out.append(fig(f"{label}\n{c23}\n", c23, float(c23.replace(".", "")), "count", "chiếc",
                       subject=f"{stem} năm 2023", period=C23, **kw))
        out.append(fig(f"{c23}\n{c24}\n", c24, float(c24.replace(".", "")), "count", "chiếc", status="estimate",
                       subject=f"{stem} ước thực hiện 2024", period=C24, **kw))
        out.append(fig(f"{c24}\n{cmp_}\n", cmp_, float(cmp_.replace(",", ".")), "percent", "%",
                       subject=f"{stem} so với cùng kỳ", **kw))
    return out


FIGS = [
    fig("thứ hai Bắc Trung Bộ", "hai", 2, "rank", "hạng", subject="số máy gặt đập liên hợp"),
    fig("ước đạt 3.215 chiếc", "3.215", 3215, "count", "chiếc", status="estimate",
        change=chg("increase", 6.1, "%", "năm 2023"), subject="số máy gặt đập liên hợp trên địa bàn tỉnh", period=Y24),
    fig("khoảng 92%", "92", 92, "percent", "%", approx="about", subject="tỷ lệ thu hoạch lúa bằng máy", period=Y24),
] + table() + [
    fig("khoảng 60 ha/năm", "60", 60, "measure", "ha/năm", approx="about",
        subject="diện tích bình quân mỗi máy thu hoạch"),
    fig("phổ biến 2,5-3 triệu", "2,5", 2.5e6, "money", "đồng/ha", value_max=3e6, subject="giá dịch vụ"),
    fig("có 28 hợp tác xã", "28", 28, "count", "hợp tác xã", subject="hợp tác xã làm dịch vụ gặt, làm đất",
        location="Thọ Xuân"),
    fig("9 hợp tác xã", "9", 9, "count", "hợp tác xã", total=28, subject="hợp tác xã có máy sấy",
        location="Thọ Xuân"),
    fig("lên 95%", "95", 95, "percent", "%", status="target", subject="tỷ lệ thu hoạch lúa bằng máy", period=Y25),
    fig("ít nhất 120 máy", "120", 120, "count", "máy gặt đập liên hợp", approx="at_least", status="target",
        subject="máy gặt đập liên hợp hỗ trợ các hợp tác xã mua mới", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Thanh Hóa) with no dateline: menu, related links, address footer, phone,",
    "'Lượt truy cập: 1.284.557', 'Đang trực tuyến: 42'. No published date.",
    "Distractors: Nghị quyết 16/2021/NQ-HĐND, 'Số 45 Đại lộ Lê Lợi', 0237.3852.297, counters, 'vụ Chiêm xuân 2024' in a link.",
    "Headline 'xếp thứ hai Bắc Trung Bộ' → rank 2 (number word), location Thanh Hóa, no period.",
    "'ước đạt 3.215 chiếc, tăng 6,1%' → estimate + change; the clause after ';' has its own verb 'đạt' → actual (borderline).",
    "One-cell-per-line table (Đơn vị tính: chiếc): district labels → location; 'Các huyện khác' and 'Tổng số' stay Thanh Hóa.",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures; the header names no period and no status cue,",
    "so they have no period (not scored) and status actual. Table cells take no total.",
    "'Năm 2025, tỉnh phấn đấu ... 95%, ... ít nhất 120 máy' → both target (phấn đấu continues over the comma).",
]

if __name__ == "__main__":
    write("p1264-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
