"""p1404-1: province portal (Bắc Ninh): vehicle registration and lệ phí trước bạ, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

9 tháng, Bắc Ninh đăng ký mới gần 14.000 xe ô tô

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.862

Theo Phòng Cảnh sát giao thông Công an tỉnh, 9 tháng đầu năm 2024, toàn tỉnh Bắc Ninh đã đăng ký mới 13.846 xe ô tô, tăng 11,2% so với cùng kỳ năm 2023, và 52.317 xe mô tô, giảm 4,6%. Riêng tháng 9, số ô tô đăng ký mới đạt 1.957 xe, tăng khoảng 27% so với tháng 8.

Trong 9 tháng, công an 126 xã, thị trấn đã đăng ký cho 38.540 xe mô tô, chiếm 73,7% số mô tô đăng ký mới. Tính đến ngày 30/9/2024, toàn tỉnh quản lý 186.420 xe ô tô và hơn 1,02 triệu xe mô tô, xe gắn máy.

Thu lệ phí trước bạ phương tiện 9 tháng ước đạt 1.124 tỷ đồng, bằng 78,5% dự toán năm. Trong đó, lệ phí trước bạ ô tô 986 tỷ đồng, xe máy 138 tỷ đồng. Từ ngày 1/9 đến hết ngày 30/11/2024, lệ phí trước bạ lần đầu đối với ô tô sản xuất, lắp ráp trong nước đăng ký tại tỉnh được giảm 50% theo Nghị định số 109/2024/NĐ-CP.

Tại TP Từ Sơn, Showroom ô tô Kinh Bắc trên đường Lý Thái Tổ cho biết từ đầu tháng 9 đến nay đã bán ra 214 xe, gấp đôi tháng 8. Mỗi ngày showroom đón khoảng 40-50 lượt khách đến xem xe.

Quý IV, Phòng Cảnh sát giao thông dự kiến đăng ký mới khoảng 5.500 xe ô tô; cả năm phấn đấu giải quyết 100% hồ sơ đăng ký xe đúng hạn.

Tin liên quan:
- Bắc Ninh: Tổng kiểm soát phương tiện giao thông đường bộ năm 2024
- Hướng dẫn đăng ký xe trực tuyến toàn trình qua ứng dụng VNeID
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T9 = per("tháng 9", "2024-09-01", "2024-09-30")
IN9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
CUT = per("Từ ngày 1/9 đến hết ngày 30/11/2024", "2024-09-01", "2024-11-30")
SINCE = per("từ đầu tháng 9 đến nay", "2024-09-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TS = "Từ Sơn"

FIGS = [
    fig("gần 14.000 xe", "14.000", 14000, "count", "xe ô tô", approx="nearly",
        subject="xe ô tô đăng ký mới", period=H9),
    fig("mới 13.846 xe", "13.846", 13846, "count", "xe ô tô",
        change=chg("increase", 11.2, "%", "cùng kỳ năm 2023"),
        subject="xe ô tô đăng ký mới", period=NINE),
    fig("và 52.317 xe", "52.317", 52317, "count", "xe mô tô", change=chg("decrease", 4.6, "%"),
        subject="xe mô tô đăng ký mới", period=NINE),
    fig("đạt 1.957 xe", "1.957", 1957, "count", "xe",
        change=chg("increase", 27, "%", "tháng 8", approx="about"),
        subject="số ô tô đăng ký mới", period=T9),
    fig("công an 126 xã", "126", 126, "count", "xã, thị trấn",
        subject="xã, thị trấn có công an đăng ký xe mô tô", period=IN9),
    fig("cho 38.540 xe", "38.540", 38540, "count", "xe mô tô", percent=73.7,
        subject="xe mô tô công an xã, thị trấn đăng ký", period=IN9),
    fig("quản lý 186.420 xe", "186.420", 186420, "count", "xe ô tô",
        subject="xe ô tô toàn tỉnh quản lý", period=ASOF),
    fig("hơn 1,02 triệu", "1,02", 1.02e6, "count", "xe mô tô", approx="over",
        subject="xe mô tô, xe gắn máy toàn tỉnh quản lý", period=ASOF),
    fig("ước đạt 1.124 tỷ", "1.124", 1124e9, "money", "đồng", status="estimate", percent=78.5,
        subject="thu lệ phí trước bạ phương tiện", period=H9),
    fig("ô tô 986 tỷ", "986", 986e9, "money", "đồng", total=1124e9, status="estimate",
        subject="lệ phí trước bạ ô tô", period=inh(H9)),
    fig("xe máy 138 tỷ", "138", 138e9, "money", "đồng", total=1124e9, status="estimate",
        subject="lệ phí trước bạ xe máy", period=inh(H9)),
    fig("giảm 50%", "50", 50, "percent", "%",
        subject="mức giảm lệ phí trước bạ lần đầu đối với ô tô sản xuất, lắp ráp trong nước", period=CUT),
    fig("bán ra 214 xe", "214", 214, "count", "xe", change=chg("increase", 2, "lần", "tháng 8"),
        subject="xe Showroom ô tô Kinh Bắc bán ra", period=SINCE, location=TS),
    fig("khoảng 40-50 lượt", "40", 40, "measure", "lượt khách/ngày", value_max=50, approx="about",
        subject="lượt khách đến xem xe showroom đón mỗi ngày", location=TS),
    fig("khoảng 5.500 xe", "5.500", 5500, "count", "xe ô tô", approx="about", status="forecast",
        subject="xe ô tô đăng ký mới", period=Q4),
    fig("giải quyết 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hồ sơ đăng ký xe giải quyết đúng hạn", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): vehicle registration and lệ phí trước bạ, 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.862'.",
    "Distractors: 08:45, Lượt xem 1.862, Nghị định số 109/2024/NĐ-CP, 'đường Lý Thái Tổ', VNeID, 'năm 2024' in a related link, baselines 'cùng kỳ năm 2023', 'tháng 8'.",
    "Headline '9 tháng ... gần 14.000 xe ô tô': own figure (nearly); year-less '9 tháng' takes 2024 from published.",
    "'Trong đó' parts after a sentence break take the whole 1.124 tỷ and its status (estimate); their period stands in the previous sentence (inherited).",
    "'giảm 50%' (the fee cut) stands as its own claim: a percent figure without change; the sentence names 'đăng ký tại tỉnh', so Bắc Ninh.",
    "'gấp đôi tháng 8' is the change of 214 xe (2 lần). 'Mỗi ngày ... 40-50 lượt khách' is a daily rate: measure, lượt khách/ngày.",
    "The showroom passage in TP Từ Sơn: location Từ Sơn. 'từ đầu tháng 9 đến nay' ends at the dateline.",
    "'Quý IV ... dự kiến' → forecast; '; cả năm phấn đấu' → target (its own cue).",
]

if __name__ == "__main__":
    write("p1404-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Ninh")
