"""p1499-6: national newspaper: rechargeable lamps sell out after typhoon Yagi (Hải Phòng, Quảng Ninh, Hà Nội)."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 12/9/2024, 18:20 (GMT+7)

Đèn tích điện ở Hải Phòng bán chạy gấp 5 lần sau bão Yagi

Người dân Hải Phòng, Quảng Ninh, Hà Nội đổ xô mua đèn tích điện, đèn pin sạc khi nhiều khu vực chưa có điện trở lại sau bão số 3.

Tại chuỗi cửa hàng điện máy Bảo Minh ở quận Lê Chân (Hải Phòng), trong ba ngày 8-10/9, hơn 2.000 chiếc đèn tích điện được bán hết, gấp khoảng 5 lần cả tháng 8. Anh Trần Quốc Bảo, quản lý cửa hàng, cho biết giá đèn tích điện loại 60 W tăng 20-30% so với trước bão, có thời điểm lên 700.000 đồng/chiếc.

Ở TP Hạ Long (Quảng Ninh), bà Phạm Thị Lan, chủ một cửa hàng đồ điện trên đường Cao Thắng, nhập 500 chiếc đèn sạc từ Hà Nội nhưng chỉ sau nửa ngày đã bán hết.

Theo đơn vị phân tích dữ liệu thương mại điện tử DataViet, trong tuần từ 2 đến 8/9, doanh số đèn tích điện, đèn pin trên các sàn đạt 38,5 tỷ đồng, tăng 270% so với tuần trước đó; trong đó Hà Nội chiếm 41%. Số đơn hàng tăng gấp 4,2 lần.

Theo Tập đoàn Điện lực Việt Nam (EVN), bão số 3 làm khoảng 7,8 triệu khách hàng bị mất điện. Đến chiều 11/9, ngành điện đã khôi phục cấp điện cho 76% số khách hàng bị ảnh hưởng.

Bộ Công Thương cho biết đã yêu cầu lực lượng quản lý thị trường tại 26 tỉnh, thành phố phía Bắc tăng cường kiểm tra hành vi tăng giá bất hợp lý đối với đèn tích điện, máy phát điện. Dự kiến Cục Quản lý và Phát triển thị trường trong nước sẽ lập 3 đoàn kiểm tra liên ngành.

Thanh Hương
"""

DAYS = per("trong ba ngày 8-10/9", "2024-09-08", "2024-09-10")
WEEK = per("tuần từ 2 đến 8/9", "2024-09-02", "2024-09-08")
ASOF = per("Đến chiều 11/9", None, "2024-09-11")
LC = "Lê Chân"
VN = "Việt Nam"

FIGS = [
    fig("bán chạy gấp 5 lần", "5", 5, "multiple", "lần", subject="đèn tích điện bán chạy",
        location="Hải Phòng"),
    fig("hơn 2.000 chiếc", "2.000", 2000, "count", "chiếc", approx="over",
        change=chg("increase", 5, "lần", "cả tháng 8", approx="about"),
        subject="đèn tích điện chuỗi cửa hàng điện máy Bảo Minh bán hết", period=DAYS, location=LC),
    fig("loại 60 W", "60", 60, "measure", "W", subject="công suất đèn tích điện", optional=True,
        location=LC),
    fig("tăng 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá đèn tích điện loại 60 W", location=LC),
    fig("lên 700.000", "700.000", 700000, "money", "đồng/chiếc", subject="giá đèn tích điện",
        location=LC),
    fig("nhập 500 chiếc", "500", 500, "count", "chiếc", subject="đèn sạc bà Lan nhập từ Hà Nội",
        location="Hạ Long"),
    fig("đạt 38,5 tỷ", "38,5", 38.5e9, "money", "đồng",
        change=chg("increase", 270, "%", "tuần trước đó"),
        subject="doanh số đèn tích điện, đèn pin trên các sàn", period=WEEK, location=VN),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="doanh số đèn tích điện, đèn pin trên các sàn", period=WEEK, location="Hà Nội"),
    fig("gấp 4,2 lần", "4,2", 4.2, "multiple", "lần", subject="số đơn hàng", period=inh(WEEK),
        location=VN),
    fig("khoảng 7,8 triệu", "7,8", 7.8e6, "count", "khách hàng", approx="about",
        subject="khách hàng bị mất điện do bão số 3", location=VN),
    fig("cho 76%", "76", 76, "percent", "%",
        subject="số khách hàng bị ảnh hưởng được khôi phục cấp điện", period=ASOF, location=VN),
    fig("tại 26 tỉnh", "26", 26, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố phía Bắc có lực lượng quản lý thị trường được yêu cầu tăng cường kiểm tra",
        location=VN),
    fig("lập 3 đoàn", "3", 3, "count", "đoàn", status="forecast",
        subject="đoàn kiểm tra liên ngành", location=VN),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ năm, 12/9/2024, 18:20 (GMT+7)'): đèn tích điện sell out after typhoon Yagi; byline at the end.",
    "Distractors: 18:20, '(GMT+7)', 'bão số 3' (twice, a storm's name), dates '8-10/9', 'từ 2 đến 8/9', '11/9', 'cả tháng 8' (a baseline), 'nửa ngày'.",
    "Locations vary by passage: headline 'ở Hải Phòng' → Hải Phòng; the store in quận Lê Chân → Lê Chân; TP Hạ Long → Hạ Long;",
    "e-commerce and EVN / Bộ Công Thương figures → Việt Nam; 'trong đó Hà Nội chiếm 41%' is a percent figure of its own with location Hà Nội (the place is not its subject).",
    "'trong ba ngày 8-10/9' → 2024-09-08 .. 2024-09-10 (year from the dateline). 'gấp khoảng 5 lần cả tháng 8' is the change (lần, about) of 2.000 chiếc.",
    "'loại 60 W' is a product spec (optional). 'tăng 20-30% so với trước bão' is a growth rate as the claim (percent, range, no change).",
    "'Số đơn hàng tăng gấp 4,2 lần' stands alone as the claim: multiple. 'Đến chiều 11/9' is an as-of period.",
    "'Dự kiến ... sẽ lập 3 đoàn' forecast, no period.",
]

if __name__ == "__main__":
    write("p1499-6", TEXT, NOTES, FIGS, published="2024-09-12")
