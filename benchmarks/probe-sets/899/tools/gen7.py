"""p899-7: department site (Chi cục Chăn nuôi, Thú y và Thủy sản Lâm Đồng), no dateline, one-cell-per-line table."""
from lib import build, fig, period, inherit, change

ROWS = [  # label, location, dogs, cats, registered
    ("Đà Lạt", "Đà Lạt", "21.640", "9.805", "27.930"),
    ("Bảo Lộc", "Bảo Lộc", "14.215", "6.380", "16.470"),
    ("Đức Trọng", "Đức Trọng", "18.960", "7.125", "15.240"),
    ("Di Linh", "Di Linh", "12.730", "4.590", "9.815"),
    ("Tổng cộng", "Lâm Đồng", "67.545", "27.900", "69.455"),
]
HEAD = ["Địa phương", "Tổng đàn chó", "Tổng đàn mèo", "Đã đăng ký"]
TABLE_TEXT = "\n".join(HEAD + [c for r in ROWS for c in (r[0], r[2], r[3], r[4])])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
CHI CỤC CHĂN NUÔI, THÚ Y VÀ THỦY SẢN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ

Kết quả thống kê, cấp mã số quản lý chó, mèo năm 2023

Thực hiện Quyết định số 1023/QĐ-UBND ngày 25/5/2023 của UBND tỉnh Lâm Đồng, năm 2023 các địa phương đã rà soát, thống kê được 92.540 hộ nuôi chó, mèo với tổng đàn 163.870 con; số con đã đăng ký, được cấp mã số quản lý là 118.325 con, chiếm 72,2% tổng đàn, tăng 14,5 điểm phần trăm so với năm 2022.

Số liệu tại một số địa phương (Đơn vị tính: con):

""" + TABLE_TEXT + """

Trong năm, toàn tỉnh đã tiêm phòng dại cho 104.600 con chó, mèo, đạt 87,2% kế hoạch; không xảy ra ổ dịch dại trên đàn vật nuôi. Các địa phương tổ chức 1.240 buổi tuyên truyền, phát 35.000 tờ rơi về nuôi chó, mèo an toàn. Năm 2024, Chi cục phấn đấu cấp mã số quản lý cho trên 85% tổng đàn chó, mèo, dự kiến kinh phí in thẻ, mã số khoảng 650 triệu đồng.

CHI CỤC CHĂN NUÔI, THÚ Y VÀ THỦY SẢN TỈNH LÂM ĐỒNG
Địa chỉ: Số 15 Hùng Vương, Phường 10, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.464 - Fax: 0263.3830.295
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.573
"""

P23 = period("năm 2023", "2023-01-01", "2023-12-31")
PT = inherit(P23)


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, loc, dogs, cats, reg in ROWS:
    tot = " tổng cộng" if label == "Tổng cộng" else ""
    TABLE += [
        fig(f"{label}\n{dogs}", dogs, num(dogs), "count", "con", "Tổng đàn chó" + tot, location=loc, period=PT),
        fig(f"{dogs}\n{cats}", cats, num(cats), "count", "con", "Tổng đàn mèo" + tot, location=loc, period=PT),
        fig(f"{cats}\n{reg}", reg, num(reg), "count", "con", "chó, mèo đã đăng ký" + tot, location=loc, period=PT),
    ]

FIGS = [
    fig("được 92.540 hộ", "92.540", 92540, "count", "hộ", "hộ nuôi chó, mèo", period=P23),
    fig("tổng đàn 163.870 con", "163.870", 163870, "count", "con", "tổng đàn chó, mèo", period=P23),
    fig("là 118.325 con", "118.325", 118325, "count", "con", "chó, mèo đã đăng ký, được cấp mã số quản lý",
        percent=72.2, change=change("increase", 14.5, "điểm phần trăm", baseline="năm 2022"), period=P23),
] + TABLE + [
    fig("cho 104.600 con", "104.600", 104600, "count", "con", "chó, mèo được tiêm phòng dại", percent=87.2,
        period=period("Trong năm", "2023-01-01", "2023-12-31")),
    fig("chức 1.240 buổi", "1.240", 1240, "count", "buổi", "buổi tuyên truyền", period=PT),
    fig("phát 35.000 tờ rơi", "35.000", 35000, "count", "tờ rơi", "tờ rơi về nuôi chó, mèo an toàn", period=PT),
    fig("trên 85% tổng đàn", "85", 85, "percent", "%", "tổng đàn chó, mèo được cấp mã số quản lý", approx="over",
        status="target", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 650 triệu đồng", "650", 650000000, "money", "đồng", "kinh phí in thẻ, mã số", approx="about",
        status="forecast", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi, Thú y và Thủy sản Lâm Đồng): no dateline; footer address, phone, fax, visit counters.",
    "Table pasted one cell per line (Địa phương / Tổng đàn chó / Tổng đàn mèo / Đã đăng ký), unit from '(Đơn vị tính: con)'; places go to",
    "location, 'Tổng cộng' row -> Lâm Đồng. Period of the cells from the title/lead 'năm 2023' (inherited). 'Trong năm' = 2023.",
    "'chiếm 72,2% tổng đàn, tăng 14,5 điểm phần trăm so với năm 2022': share and change of 118.325 con.",
    "'dự kiến kinh phí ...' after 'phấn đấu': the forecast cue governs its own clause. 'Phường 10', counters, phone numbers are not figures.",
]

build("p899-7", TEXT, FIGS, published=None, location="Lâm Đồng", notes=NOTES)
