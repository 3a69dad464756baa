"""p505-3: formal report, UBND tỉnh Quảng Trị — rural water works, 9 months 2023, flattened | table."""
from lib import emit, fig, per, inh, ch, tg, cell_anchor

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình quản lý, khai thác công trình cấp nước sạch nông thôn 9 tháng năm 2023

Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.

Thực hiện Công văn số 3150/BNN-TL ngày 05/9/2023 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hiện trạng công trình
Tính đến ngày 30/9/2023, toàn tỉnh có 132 công trình cấp nước tập trung nông thôn, tổng công suất thiết kế 41.250 m³/ngày đêm. Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt 95,2%; sử dụng nước sạch đạt quy chuẩn đạt 52,6% (chỉ tiêu năm 2023 là 55%).

Bảng 1. Hiện trạng hoạt động công trình theo địa bàn (Đơn vị tính: công trình)
Địa bàn | Tổng số | Bền vững | Tương đối bền vững | Kém bền vững, không hoạt động
Hướng Hóa | 58 | 12 | 19 | 27
Gio Linh | 31 | 10 | 11 | 10
Hải Lăng | 24 | 9 | 8 | 7
Các huyện còn lại | 19 | 7 | 6 | 6
Toàn tỉnh | 132 | 38 | 44 | 50

Số công trình kém bền vững, không hoạt động là 50 công trình, chiếm 37,9%, tập trung chủ yếu ở huyện miền núi Hướng Hóa (27 công trình).

2. Kết quả đầu tư
9 tháng năm 2023, giải ngân vốn cho lĩnh vực nước sạch nông thôn được 47,85 tỷ đồng, đạt 63,8% kế hoạch; trong đó vốn Chương trình MTQG xây dựng nông thôn mới 31,2 tỷ đồng. Ước cả năm 2023 giải ngân đạt 68 tỷ đồng, bằng 90,7% kế hoạch vốn giao.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu khắc phục, đưa vào hoạt động trở lại ít nhất 6 công trình; dự kiến đấu nối mới khoảng 1.500 hộ.

Nơi nhận:
- Như trên;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = per("QUÝ IV/2023", "2023-10-01", "2023-12-31")
COLS = ["Tổng số công trình", "công trình bền vững", "công trình tương đối bền vững",
        "công trình kém bền vững, không hoạt động"]
ROWS = [("Hướng Hóa", "Hướng Hóa", [58, 12, 19, 27], "Hướng Hóa | "),
        ("Gio Linh", "Gio Linh", [31, 10, 11, 10], "Gio Linh | "),
        ("Hải Lăng", "Hải Lăng", [24, 9, 8, 7], "Hải Lăng | "),
        (None, "Các huyện còn lại", [19, 7, 6, 6], "Các huyện còn lại | "),
        (None, "Toàn tỉnh", [132, 38, 44, 50], "Toàn tỉnh | ")]

FIGS = [
    fig("có 132 công trình", "132", 132, "count", "công trình", "công trình cấp nước tập trung nông thôn", ASOF),
    fig("41.250 m³/ngày đêm", "41.250", 41250, "measure", "m³/ngày đêm",
        "tổng công suất thiết kế công trình cấp nước tập trung nông thôn", ASOF),
    fig("đạt 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", inh(ASOF)),
    fig("đạt 52,6%", "52,6", 52.6, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn",
        inh(ASOF), target=tg(55)),
]

# table: every numeric cell; the anchor starts at the cell and runs right until it is unique
for loc, label, cells, prefix in ROWS:
    for i, (v, col) in enumerate(zip(cells, COLS)):
        anchor, cell = cell_anchor(TEXT, prefix, i)
        assert cell == str(v), (cell, v)
        subj = col if loc else f"{col} {label.lower()}"
        f = fig(anchor, cell, v, "count", "công trình", subj, inh(ASOF))
        if loc:
            f["location"] = loc
        FIGS.append(f)

FIGS += [
    fig("là 50 công trình", "50", 50, "count", "công trình", "công trình kém bền vững, không hoạt động", inh(ASOF),
        percent=37.9),
    fig("(27 công trình)", "27", 27, "count", "công trình", "công trình kém bền vững, không hoạt động", inh(ASOF),
        location="Hướng Hóa"),
    fig("được 47,85 tỷ đồng", "47,85", 47.85e9, "money", "đồng", "giải ngân vốn cho lĩnh vực nước sạch nông thôn", M9,
        percent=63.8),
    fig("31,2 tỷ đồng", "31,2", 31.2e9, "money", "đồng", "vốn Chương trình MTQG xây dựng nông thôn mới giải ngân", M9,
        total=47.85e9),
    fig("đạt 68 tỷ đồng", "68", 68e9, "money", "đồng", "giải ngân vốn cả năm", per("cả năm 2023", "2023-01-01", "2023-12-31"),
        percent=90.7, status="estimate"),
    fig("ít nhất 6 công trình", "6", 6, "count", "công trình", "công trình đưa vào hoạt động trở lại", inh(Q4),
        approx="at_least", status="target"),
    fig("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ đấu nối mới", inh(Q4), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Quảng Trị, Số: 286/BC-UBND, 'Quảng Trị, ngày 12 tháng 10 năm 2023' = published.",
    "Rural water works as of 30/9/2023, a flattened '|' table by district (Đơn vị tính: công trình in the table title), 9-month disbursement, Q4 tasks.",
    "Not figures: Số: 286/BC-UBND, Công văn số 3150/BNN-TL ngày 05/9/2023, 'Bảng 1', section numbers I./II./1./2., 'QUÝ IV/2023' heading.",
    "Table: every numeric cell is a figure, unit công trình; district rows give the location, 'Các huyện còn lại' and 'Toàn tỉnh' stay",
    "provincial (the row label goes into the subject). Period comes from the text/title, not a column header: inherited (unscored).",
    "No total on table cells (the spec gives tables subject/unit/period/status only; shared h23/h24 give none).",
    "'(chỉ tiêu năm 2023 là 55%)' is the target of 52,6%. '31,2 tỷ' after 'trong đó' is a part of 47,85 tỷ. 'Ước cả năm 2023 … 68 tỷ' estimate.",
    "'(27 công trình)' after 'tập trung chủ yếu ở …' is not a breakdown that adds up: no total. Q4 tasks: 'Phấn đấu … ít nhất 6' target,",
    "'dự kiến … khoảng 1.500 hộ' forecast; period from the section heading (inherited).",
]

if __name__ == "__main__":
    emit("p505-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Quảng Trị")
