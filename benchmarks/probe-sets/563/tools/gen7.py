from lib import emit, fig, per, inh, chg, tgt

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả thực hiện chính sách hỗ trợ học sinh dân tộc thiểu số năm 2023

Năm 2023, toàn tỉnh Kon Tum có 24.318 học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP, tăng 1.046 em so với năm 2022. Tỉnh có 10 trường phổ thông dân tộc nội trú với 2.985 học sinh; mỗi học sinh nội trú được hưởng học bổng chính sách 1.440.000 đồng/tháng.

Ngoài ra, Quỹ Khuyến học tỉnh đã trao 356 suất học bổng cho học sinh nghèo vượt khó, mỗi suất từ 1 đến 3 triệu đồng.

Kinh phí chi trả chính sách hỗ trợ học sinh tại một số huyện như sau:

Đơn vị tính: triệu đồng

Huyện

Thực hiện 2023

Dự toán 2024

Kon Plông

22.640

24.100

Tu Mơ Rông

20.815

22.300

Đắk Glei

19.472

20.850

Sa Thầy

12.930

13.700

Ia H'Drai

3.615

4.200

Toàn tỉnh

142.568

151.900

Trong 10 huyện, thành phố, có 7 đơn vị đã chi trả đủ kinh phí năm 2023. Tỷ lệ học sinh bán trú được ở tại trường đạt 86,7%.

Sở đề nghị các đơn vị rà soát, lập danh sách học sinh đủ điều kiện hưởng chính sách năm 2024, gửi về Phòng Giáo dục dân tộc trước ngày 15/3/2024.

Địa chỉ: 02 Trần Phú, TP Kon Tum | Điện thoại: 0260.3862.433
Lượt truy cập: 1.274.905
"""

N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C23 = per("Thực hiện 2023", "2023-01-01", "2023-12-31")
C24 = per("Dự toán 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Kon Plông", "Kon Plông", "22.640", "24.100"),
    ("Tu Mơ Rông", "Tu Mơ Rông", "20.815", "22.300"),
    ("Đắk Glei", "Đắk Glei", "19.472", "20.850"),
    ("Sa Thầy", "Sa Thầy", "12.930", "13.700"),
    ("Ia H'Drai", "Ia H'Drai", "3.615", "4.200"),
    ("Toàn tỉnh", "Kon Tum", "142.568", "151.900"),
]
SUBJ = "Kinh phí chi trả chính sách hỗ trợ học sinh"


def num(s):
    return float(s.replace(".", ""))


def table_figs():
    out = []
    for label, loc, a, b in ROWS:
        out.append(fig(f"{label}\n\n{a}\n", a, num(a) * 1e6, "money", "đồng",
                       subject=SUBJ + " thực hiện 2023", period=C23, location=loc))
        out.append(fig(f"{a}\n\n{b}\n", b, num(b) * 1e6, "money", "đồng", status="target",
                       subject=SUBJ + " dự toán 2024", period=C24, location=loc))
    return out


FIGS = [
    fig("có 24.318 học sinh", "24.318", 24318, "count", "học sinh",
        change=chg("increase", 1046, unit="em", baseline="năm 2022"),
        subject="học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP", period=N23),
    fig("có 10 trường", "10", 10, "count", "trường",
        subject="trường phổ thông dân tộc nội trú", period=inh(N23)),
    fig("với 2.985 học sinh", "2.985", 2985, "count", "học sinh",
        subject="học sinh trường phổ thông dân tộc nội trú", period=inh(N23)),
    fig("chính sách 1.440.000 đồng/tháng", "1.440.000", 1440000, "money", "đồng/tháng",
        subject="học bổng chính sách mỗi học sinh nội trú", period=inh(N23)),
    fig("trao 356 suất", "356", 356, "count", "suất học bổng",
        subject="suất học bổng Quỹ Khuyến học tỉnh trao cho học sinh nghèo vượt khó", period=inh(N23)),
    fig("từ 1 đến 3 triệu đồng", "1", 1e6, "money", "đồng", value_max=3e6,
        subject="giá trị mỗi suất học bổng", period=inh(N23)),
] + table_figs() + [
    fig("Trong 10 huyện", "10", 10, "count", "huyện, thành phố",
        subject="huyện, thành phố"),
    fig("có 7 đơn vị", "7", 7, "count", "đơn vị", total=10,
        subject="đơn vị đã chi trả đủ kinh phí năm 2023", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 86,7%", "86,7", 86.7, "percent", "%",
        subject="tỷ lệ học sinh bán trú được ở tại trường", period=inh(N23)),
]

COMMENTS = [
    "Department site (Sở GD&ĐT Kon Tum), no dateline (published null); one-cell-per-line table with 'Đơn vị tính: triệu đồng'.",
    "Table cells: money ×10^6 đồng; subject = indicator + column; period from the column headers 'Thực hiện 2023' / 'Dự toán 2024'",
    "(scored, as h23); 'Dự toán' column = plan -> status target. District rows -> location, 'Toàn tỉnh' -> Kon Tum. No totals (no cue).",
    "'Trong 10 huyện, thành phố, có 7 đơn vị' -> 7 has total 10, and 10 is a count figure (as h13 'Trong 25 chỉ tiêu').",
    "'mỗi suất từ 1 đến 3 triệu đồng' -> range 1.000.000-3.000.000 đồng. 'tăng 1.046 em so với năm 2022' -> change of 24.318.",
    "Not figures: Nghị định số 116/2016/NĐ-CP, '15/3/2024', '02 Trần Phú', phone, 'Lượt truy cập: 1.274.905'.",
]

if __name__ == "__main__":
    emit("p563-7", TEXT, COMMENTS, FIGS, published=None, location="Kon Tum")
