"""p718-3: Lai Châu formal report (letterhead, Số: .../BC-UBND) — H1/2024 results with a flattened | table by district."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 168/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lai Châu, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Tiểu dự án 2, Dự án 9 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số" 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác truyền thông
Trong 6 tháng đầu năm 2024, các huyện đã tổ chức 38 hội nghị truyền thông với 3.215 lượt người tham dự; xây dựng 12 chuyên mục phát trên sóng Đài Phát thanh - Truyền hình tỉnh bằng tiếng Mông, tiếng Thái.

2. Tình hình tảo hôn, hôn nhân cận huyết thống
Toàn tỉnh xảy ra 39 cặp tảo hôn, giảm 7 cặp so với cùng kỳ năm 2023, và 1 cặp hôn nhân cận huyết thống. Số liệu theo huyện như sau:

Bảng 1. Kết quả 6 tháng đầu năm 2024 theo đơn vị
STT | Huyện | Tảo hôn (cặp) | Cận huyết thống (cặp) | Hội nghị truyền thông (cuộc)
1 | Sìn Hồ | 14 | 0 | 12
2 | Mường Tè | 11 | 1 | 9
3 | Nậm Nhùn | 8 | 0 | 7
4 | Phong Thổ | 6 | 0 | 10
Tổng cộng | 39 | 1 | 38

3. Kinh phí
Tổng kinh phí giao năm 2024 là 6.245 triệu đồng; giải ngân đến ngày 30/6/2024 được 2.418,6 triệu đồng, bằng 38,7% kế hoạch. Ước cả năm 2024 giải ngân đạt 95% kế hoạch vốn.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Trong 6 tháng cuối năm 2024, phấn đấu tổ chức thêm 40 hội nghị truyền thông, duy trì 24 câu lạc bộ "Thủ lĩnh của sự thay đổi"; đến hết năm 2024 giảm 5% số cặp tảo hôn so với năm 2023.

Nơi nhận:
- Ủy ban Dân tộc;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, BDT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IH1 = inh(H1)
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")


def cell(anchor, number, value, unit, subject, loc):
    return fig(anchor, number, value, "count", unit, subject=subject, period=IH1, location=loc)


TH, CH_, HN = "Tảo hôn", "Cận huyết thống", "Hội nghị truyền thông"

FIGS = [
    fig("tổ chức 38 hội nghị", "38", 38, "count", "hội nghị", subject="hội nghị truyền thông", period=H1),
    fig("với 3.215 lượt người", "3.215", 3215, "count", "lượt người",
        subject="lượt người tham dự hội nghị truyền thông", period=H1),
    fig("xây dựng 12 chuyên mục", "12", 12, "count", "chuyên mục",
        subject="chuyên mục phát trên sóng Đài Phát thanh - Truyền hình tỉnh bằng tiếng Mông, tiếng Thái", period=H1),
    fig("xảy ra 39 cặp", "39", 39, "count", "cặp",
        change=chg("decrease", 7, "cặp", "cùng kỳ năm 2023"), subject="cặp tảo hôn", period=IH1),
    fig("và 1 cặp hôn nhân", "1", 1, "count", "cặp", subject="cặp hôn nhân cận huyết thống", period=IH1),
    # table rows
    cell("Sìn Hồ | 14", "14", 14, "cặp", TH, "Sìn Hồ"),
    cell("14 | 0", "0", 0, "cặp", CH_, "Sìn Hồ"),
    cell("0 | 12", "12", 12, "cuộc", HN, "Sìn Hồ"),
    cell("Mường Tè | 11", "11", 11, "cặp", TH, "Mường Tè"),
    cell("11 | 1 |", "1", 1, "cặp", CH_, "Mường Tè"),
    cell("1 | 9\n", "9", 9, "cuộc", HN, "Mường Tè"),
    cell("Nậm Nhùn | 8", "8", 8, "cặp", TH, "Nậm Nhùn"),
    cell("8 | 0", "0", 0, "cặp", CH_, "Nậm Nhùn"),
    cell("0 | 7", "7", 7, "cuộc", HN, "Nậm Nhùn"),
    cell("Phong Thổ | 6", "6", 6, "cặp", TH, "Phong Thổ"),
    cell("6 | 0", "0", 0, "cặp", CH_, "Phong Thổ"),
    cell("0 | 10", "10", 10, "cuộc", HN, "Phong Thổ"),
    cell("Tổng cộng | 39", "39", 39, "cặp", TH + " tổng cộng", "Lai Châu"),
    cell("39 | 1", "1", 1, "cặp", CH_ + " tổng cộng", "Lai Châu"),
    cell("1 | 38", "38", 38, "cuộc", HN + " tổng cộng", "Lai Châu"),
    # funding
    fig("là 6.245 triệu đồng", "6.245", 6245000000, "money", "đồng",
        subject="tổng kinh phí giao", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("được 2.418,6 triệu đồng", "2.418,6", 2418600000, "money", "đồng", percent=38.7,
        subject="kinh phí giải ngân", period=per("đến ngày 30/6/2024", end="2024-06-30")),
    fig("đạt 95% kế hoạch vốn", "95", 95, "percent", "%", status="estimate",
        subject="tỷ lệ giải ngân kế hoạch vốn", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    # tasks
    fig("thêm 40 hội nghị", "40", 40, "count", "hội nghị", status="target",
        subject="hội nghị truyền thông tổ chức thêm", period=H2),
    fig("duy trì 24 câu lạc bộ", "24", 24, "count", "câu lạc bộ", status="target",
        subject='câu lạc bộ "Thủ lĩnh của sự thay đổi" duy trì', period=H2),
    fig("giảm 5% số cặp", "5", 5, "percent", "%", status="target",
        subject="mức giảm số cặp tảo hôn so với năm 2023", period=per("đến hết năm 2024", end="2024-12-31")),
]

NOTES = [
    "UBND tỉnh Lai Châu, Số: 168/BC-UBND (formal report): Tiểu dự án 2 Dự án 9, 6 tháng đầu năm 2024, flattened '|' table by district.",
    "Table: every numeric cell (zeros included) is a figure; district -> location, column label -> subject, unit from the column header;",
    "period from the table title (inherited). No 'Ước'/'Kế hoạch' column, so cells are actual. District cells get no total (no cue).",
    "STT numbers, 'Bảng 1', section numbers I./II./1./2./3., 'Số: 168/BC-UBND', '6 tháng cuối năm' heading are not figures.",
    "'6 tháng cuối năm 2024' read as 2024-07-01..2024-12-31 (not in the spec table; the obvious reading).",
]

if __name__ == "__main__":
    write("p718-3", TEXT, NOTES, FIGS, published="2024-07-05", location="Lai Châu")
