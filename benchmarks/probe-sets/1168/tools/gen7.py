"""p1168-7: department site (Sở Công Thương Hà Nam), no dateline, one-cell-per-line table of stone workshops."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Khuyến công tiếp sức cho nghề chạm khắc đá

Tính đến ngày 30/6/2024, toàn tỉnh có 247 cơ sở chế tác đá mỹ nghệ, sử dụng khoảng 1.900 lao động. 6 tháng đầu năm, doanh thu của các cơ sở đạt 168 tỷ đồng, bằng 48% kế hoạch năm và tăng 5,4% so với cùng kỳ năm trước.

Số cơ sở chế tác đá mỹ nghệ theo địa bàn
Đơn vị tính: cơ sở
Địa bàn
Hộ sản xuất
Doanh nghiệp, HTX
Thanh Liêm
146
12
Kim Bảng
58
7
Các địa phương khác
21
3
Tổng số
225
22

Từ nguồn kinh phí khuyến công năm 2024, Sở đã hỗ trợ 6 cơ sở đầu tư máy cắt CNC, máy phun cát với tổng kinh phí 1,35 tỷ đồng, mức hỗ trợ tối đa 300 triệu đồng/cơ sở. Nhờ máy CNC, thời gian hoàn thành một bức phù điêu cỡ lớn rút ngắn từ 20 ngày xuống còn 7 ngày.

Sở cũng phối hợp mở 2 lớp đào tạo nghề chạm khắc đá cho 70 lao động tại xã Thanh Thủy (huyện Thanh Liêm). Trong 6 tháng cuối năm, Sở dự kiến hỗ trợ thêm 4 cơ sở và đưa 15 sản phẩm đá tham gia Hội chợ hàng thủ công mỹ nghệ lần thứ 8.

Tin liên quan:
- Hội thi sản phẩm thủ công mỹ nghệ tiêu biểu lần thứ 5
- Tập huấn an toàn lao động cho cơ sở khai thác, chế biến đá

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 115 đường Lê Hoàn, TP Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.415
Tổng lượt truy cập: 862.104 | Đang online: 17
"""

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
H2 = per("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
TL = "Thanh Liêm"


def cell(anchor, number, value, row, col):
    kw = {}
    if row in ("Thanh Liêm", "Kim Bảng"):
        kw["location"] = row
        subj = f"{col.lower()} chế tác đá mỹ nghệ"
    elif row == "Tổng số":
        subj = f"tổng số {col.lower()} chế tác đá mỹ nghệ"
    else:
        subj = f"{col.lower()} chế tác đá mỹ nghệ các địa phương khác"
    return fig(anchor, number, value, "count", "cơ sở", subject=subj, period=inh(ASOF), **kw)


FIGS = [
    fig("có 247 cơ sở", "247", 247, "count", "cơ sở", subject="cơ sở chế tác đá mỹ nghệ", period=ASOF),
    fig("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
        subject="lao động các cơ sở chế tác đá mỹ nghệ sử dụng", period=ASOF),
    fig("đạt 168 tỷ", "168", 168e9, "money", "đồng", percent=48,
        change=chg("increase", 5.4, "%", "cùng kỳ năm trước"),
        subject="doanh thu của các cơ sở chế tác đá mỹ nghệ", period=H1),
    cell("Thanh Liêm\n146", "146", 146, "Thanh Liêm", "Hộ sản xuất"),
    cell("146\n12", "12", 12, "Thanh Liêm", "Doanh nghiệp, HTX"),
    cell("Kim Bảng\n58", "58", 58, "Kim Bảng", "Hộ sản xuất"),
    cell("58\n7", "7", 7, "Kim Bảng", "Doanh nghiệp, HTX"),
    cell("khác\n21", "21", 21, "Các địa phương khác", "Hộ sản xuất"),
    cell("21\n3", "3", 3, "Các địa phương khác", "Doanh nghiệp, HTX"),
    cell("Tổng số\n225", "225", 225, "Tổng số", "Hộ sản xuất"),
    cell("225\n22", "22", 22, "Tổng số", "Doanh nghiệp, HTX"),
    fig("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở được hỗ trợ đầu tư máy cắt CNC, máy phun cát", period=Y24),
    fig("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ đầu tư máy", period=Y24),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
        subject="mức hỗ trợ khuyến công", period=Y24),
    fig("từ 20 ngày", "20", 20, "measure", "ngày",
        subject="thời gian hoàn thành một bức phù điêu cỡ lớn trước khi có máy CNC"),
    fig("còn 7 ngày", "7", 7, "measure", "ngày",
        subject="thời gian hoàn thành một bức phù điêu cỡ lớn nhờ máy CNC"),
    fig("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp đào tạo nghề chạm khắc đá", location=TL),
    fig("cho 70 lao động", "70", 70, "count", "lao động",
        subject="lao động được đào tạo nghề chạm khắc đá", location=TL),
    fig("thêm 4 cơ sở", "4", 4, "count", "cơ sở", status="forecast",
        subject="cơ sở được hỗ trợ thêm", period=H2),
    fig("đưa 15 sản phẩm", "15", 15, "count", "sản phẩm", status="forecast",
        subject="sản phẩm đá tham gia Hội chợ hàng thủ công mỹ nghệ", period=H2),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nam) with no dateline: published null. Footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "Year-less '6 tháng đầu năm' / '6 tháng cuối năm' take 2024 from the earlier 'Tính đến ngày 30/6/2024'.",
    "One-cell-per-line table 'Đơn vị tính: cơ sở'; rows are places (Thanh Liêm, Kim Bảng → location), 'Các địa phương khác' and 'Tổng số'",
    "stay in the subject (location Hà Nam). The caption carries no period; the as-of date of the paragraph above is inherited. No totals on cells.",
    "Distractors: 'lần thứ 8', 'lần thứ 5', 'Số 115 đường Lê Hoàn', phone 0226.3852.415, counters 862.104 / 17, 'một bức phù điêu' (article 'a').",
    "'rút ngắn từ 20 ngày xuống còn 7 ngày' is not a range: before/after, two measures, no stated change value.",
]

if __name__ == "__main__":
    build("p1168-7", TEXT, FIGS, NOTES, published=None, location="Hà Nam")
