"""p1398-7: department site (Sở Y tế Đồng Tháp), no dateline: outpatient visits H1/2024, one-cell-per-line table by area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Đặt lịch khám | Liên hệ

Lượt khám ngoại trú 6 tháng đầu năm 2024 tăng 5,6%

Trong 6 tháng đầu năm 2024, các cơ sở y tế công lập trên địa bàn tỉnh khám ngoại trú cho hơn 1,6 triệu lượt người, tăng 5,6% so với cùng kỳ năm 2023. Số người bệnh đặt lịch khám trước qua Cổng đặt lịch khám của Sở đạt 73.150 lượt, bằng 61% kế hoạch năm.

Lượt khám ngoại trú theo địa bàn
Đơn vị tính: nghìn lượt
Địa bàn
6 tháng đầu năm 2023
6 tháng đầu năm 2024
So với cùng kỳ (%)
TP Cao Lãnh
312,4
335,8
107,5
TP Sa Đéc
198,6
214,1
107,8
TP Hồng Ngự
121,3
125,0
103,1
Các huyện
884,5
927,3
104,8
Tổng số
1.516,8
1.602,2
105,6

Thời gian chờ khám bình quân tại các bệnh viện tuyến tỉnh là 36 phút; tại các trung tâm y tế tuyến huyện từ 20 đến 25 phút. Toàn tỉnh hiện có 148 quầy tiếp đón và 37 ki-ốt tự phục vụ. Kết quả khảo sát quý II, tỷ lệ người bệnh ngoại trú hài lòng đạt 93,1%, đứng thứ 3 khu vực Đồng bằng sông Cửu Long.

6 tháng cuối năm, Sở phấn đấu số lượt đặt lịch khám trực tuyến cả năm đạt 120.000 lượt.

Liên kết website: Bộ Y tế | UBND tỉnh Đồng Tháp
Địa chỉ: Số 5, đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.624
Lượt truy cập: 1.209.447 | Đang online: 52
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_23 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
COLS = [("6 tháng đầu năm 2023", H1_23, "count"), ("6 tháng đầu năm 2024", H1, "count"),
        ("so với cùng kỳ", inh(H1), "percent")]
ROWS = [("TP Cao Lãnh", "Cao Lãnh", ["312,4", "335,8", "107,5"]),
        ("TP Sa Đéc", "Sa Đéc", ["198,6", "214,1", "107,8"]),
        ("TP Hồng Ngự", "Hồng Ngự", ["121,3", "125,0", "103,1"]),
        ("Các huyện", None, ["884,5", "927,3", "104,8"]),
        ("Tổng số", None, ["1.516,8", "1.602,2", "105,6"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for (col, p, kind), n in zip(COLS, nums):
        kw = {"location": loc} if loc else {}
        row = "" if loc else f" {label.lower()}"
        if kind == "percent":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%",
                             subject=f"lượt khám ngoại trú{row} so với cùng kỳ", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "count", "lượt",
                             subject=f"lượt khám ngoại trú{row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("năm 2024 tăng 5,6%", "5,6", 5.6, "percent", "%", subject="lượt khám ngoại trú", period=H1),
    fig("hơn 1,6 triệu", "1,6", 1.6e6, "count", "lượt", approx="over",
        change=chg("increase", 5.6, "%", "cùng kỳ năm 2023"),
        subject="lượt người khám ngoại trú tại các cơ sở y tế công lập", period=H1),
    fig("đạt 73.150", "73.150", 73150, "count", "lượt", percent=61,
        subject="người bệnh đặt lịch khám trước qua Cổng đặt lịch khám của Sở", period=inh(H1)),
] + CELLS + [
    fig("là 36 phút", "36", 36, "measure", "phút",
        subject="thời gian chờ khám bình quân tại các bệnh viện tuyến tỉnh"),
    fig("từ 20 đến 25", "20", 20, "measure", "phút", value_max=25,
        subject="thời gian chờ khám bình quân tại các trung tâm y tế tuyến huyện"),
    fig("có 148 quầy", "148", 148, "count", "quầy", subject="quầy tiếp đón"),
    fig("và 37 ki-ốt", "37", 37, "count", "ki-ốt", subject="ki-ốt tự phục vụ"),
    fig("đạt 93,1%", "93,1", 93.1, "percent", "%", subject="tỷ lệ người bệnh ngoại trú hài lòng", period=Q2),
    fig("thứ 3", "3", 3, "rank", "hạng", subject="tỷ lệ người bệnh ngoại trú hài lòng",
        period=Q2),
    fig("đạt 120.000", "120.000", 120000, "count", "lượt", status="target",
        subject="số lượt đặt lịch khám trực tuyến cả năm", period=YEAR),
]

NOTES = [
    "Department site (Sở Y tế Đồng Tháp), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 5, đường 30/4, Phường 1', phone 0277.3851.624, counters 1.209.447 and 52.",
    "Headline 'tăng 5,6%' is a growth rate as the claim (percent, no change); in the body it is the change of 'hơn 1,6 triệu lượt'.",
    "'73.150 lượt, bằng 61% kế hoạch năm' → percent attribute; its period (6 tháng đầu năm 2024) is inherited.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt' (×1000). Rows are places: TP Cao Lãnh/Sa Đéc/Hồng Ngự → location;",
    "'Các huyện' and 'Tổng số' stay Đồng Tháp. Periods from the column headers (scored); 'So với cùng kỳ (%)' cells are percent",
    "figures whose period is not in their header (inherited, not scored). Cells get no total.",
    "'quý II' → 2024 (nearest earlier period). 'đứng thứ 3 khu vực Đồng bằng sông Cửu Long' → rank 3, location Đồng Tháp.",
    "'6 tháng cuối năm, Sở phấn đấu ... cả năm đạt 120.000 lượt' → target, period cả năm 2024 (the figure's own period).",
]

if __name__ == "__main__":
    write("p1398-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
