"""p899-3: formal report (UBND tỉnh Đắk Lắk), dog/cat management and rabies, H1/2024, flattened | table."""
from lib import build, fig, period, inherit, change

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý chó, mèo và phòng, chống bệnh dại 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thống kê, tiêm phòng
Tính đến 30/6/2024, toàn tỉnh có 248.630 con chó và 96.410 con mèo được thống kê, quản lý. Trong 6 tháng, các địa phương đã tiêm phòng dại cho 171.254 con, đạt 82,3% kế hoạch 6 tháng; tỷ lệ tiêm phòng chung đạt 49,6% tổng đàn. Kết quả tại một số địa phương:

Đơn vị tính: con
Địa phương | Tổng đàn chó, mèo | Số con đã tiêm | Tỷ lệ tiêm (%)
TP. Buôn Ma Thuột | 58.420 | 41.305 | 70,7
Huyện Krông Pắc | 36.915 | 17.820 | 48,3
Huyện Ea H'leo | 24.780 | 9.164 | 37,0
Huyện Lắk | 15.366 | 5.012 | 32,6
Tổng cộng | 135.481 | 73.301 | 54,1

2. Tình hình bệnh dại, xử lý vi phạm
6 tháng đầu năm 2024, toàn tỉnh xảy ra 3 ổ dịch dại trên chó tại huyện Ea H'leo và Krông Búk; 5 ca tử vong do bệnh dại, tăng 2 ca so với cùng kỳ năm 2023. Có 6.214 lượt người bị chó, mèo cắn phải điều trị dự phòng. Lực lượng chức năng đã xử phạt 74 trường hợp nuôi chó thả rông, không đeo rọ mõm, số tiền 51,8 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu tiêm phòng dại đạt trên 70% tổng đàn chó, mèo; 100% ổ dịch được phát hiện, xử lý kịp thời.
2. Dự kiến nhu cầu vắc xin khoảng 120.000 liều, kinh phí khoảng 2,4 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ NN&PTNT;
- Cục Thú y;
- Lưu: VT, NNMT.
"""

PASOF = period("Tính đến 30/6/2024", None, "2024-06-30")
P6 = period("Trong 6 tháng", "2024-01-01", "2024-06-30")
P6Y = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6C = period("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
TP, TV, TL = "Tổng đàn chó, mèo", "Số con đã tiêm", "Tỷ lệ tiêm"

ROWS = [  # anchor prefix, location, herd, vaccinated, rate
    ("Buôn Ma Thuột", "Buôn Ma Thuột", "58.420", "41.305", "70,7"),
    ("Krông Pắc", "Krông Pắc", "36.915", "17.820", "48,3"),
    ("Ea H'leo", "Ea H'leo", "24.780", "9.164", "37,0"),
    ("Huyện Lắk", "Lắk", "15.366", "5.012", "32,6"),
    ("Tổng cộng", "Đắk Lắk", "135.481", "73.301", "54,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for head, loc, herd, vac, rate in ROWS:
    tot = " tổng cộng" if head == "Tổng cộng" else ""
    TABLE += [
        fig(f"{head} | {herd}", herd, num(herd), "count", "con", TP + tot, location=loc, period=inherit(PASOF)),
        fig(f"{herd} | {vac}", vac, num(vac), "count", "con", TV + tot, location=loc, period=inherit(P6)),
        fig(f"{vac} | {rate}", rate, num(rate), "percent", "%", TL + tot, location=loc, period=inherit(P6)),
    ]

FIGS = [
    fig("có 248.630 con chó", "248.630", 248630, "count", "con", "chó được thống kê, quản lý", period=PASOF),
    fig("96.410 con mèo", "96.410", 96410, "count", "con", "mèo được thống kê, quản lý", period=PASOF),
    fig("cho 171.254 con", "171.254", 171254, "count", "con", "chó, mèo được tiêm phòng dại", percent=82.3, period=P6),
    fig("đạt 49,6% tổng đàn", "49,6", 49.6, "percent", "%", "tỷ lệ tiêm phòng chung", period=P6),
] + TABLE + [
    fig("xảy ra 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch dại trên chó", period=P6Y),
    fig("5 ca tử vong", "5", 5, "count", "ca", "ca tử vong do bệnh dại",
        change=change("increase", 2, "ca", baseline="cùng kỳ năm 2023"), period=P6Y),
    fig("Có 6.214 lượt người", "6.214", 6214, "count", "lượt người",
        "lượt người bị chó, mèo cắn phải điều trị dự phòng", period=inherit(P6Y)),
    fig("xử phạt 74 trường hợp", "74", 74, "count", "trường hợp",
        "trường hợp nuôi chó thả rông, không đeo rọ mõm bị xử phạt", period=inherit(P6Y)),
    fig("số tiền 51,8 triệu đồng", "51,8", 51800000, "money", "đồng", "tiền xử phạt", period=inherit(P6Y)),
    fig("trên 70% tổng đàn", "70", 70, "percent", "%", "tiêm phòng dại tổng đàn chó, mèo", approx="over",
        status="target", period=P6C),
    fig("100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được phát hiện, xử lý kịp thời", status="target",
        period=P6C),
    fig("khoảng 120.000 liều", "120.000", 120000, "count", "liều", "nhu cầu vắc xin", approx="about",
        status="forecast", period=P6C),
    fig("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí vắc xin", approx="about",
        status="forecast", period=P6C),
]

NOTES = [
    "Formal report (UBND tỉnh Đắk Lắk, Số: 287/BC-UBND, 12/7/2024): H1/2024 dog/cat counts, vaccination, rabies, fines; flattened | table.",
    "Table: every numeric cell is a figure (row label = place -> location; 'Tổng cộng' row -> Đắk Lắk); unit 'con' from 'Đơn vị tính', '%'",
    "from the column header. Periods of table cells come from the text above (as-of 30/6 for herd, 'Trong 6 tháng' for vaccination): inherited.",
    "'đạt 82,3% kế hoạch 6 tháng' is the share of 171.254; '49,6% tổng đàn' stands in its own clause with its own subject: a percent figure.",
    "Section II heading gives the period of the tasks (inherited). Document number, date line, section numbers 'I.', '1.', '2.' are not figures.",
]

build("p899-3", TEXT, FIGS, published="2024-07-12", location="Đắk Lắk", notes=NOTES)
