"""p1439-5: national newspaper (VnExpress-like dateline): shortage of translators for rare languages."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Pháp luật
Thứ tư, 12/6/2024, 09:30 (GMT+7)

Thiếu người dịch tiếng hiếm, hồ sơ chờ cả tuần

Nhiều người cần dịch, chứng thực giấy tờ sang tiếng Ả Rập, tiếng Hindi, tiếng Séc phải chờ 5-7 ngày vì cả tỉnh không có cộng tác viên dịch thuật ngôn ngữ này.

Theo Bộ Tư pháp, tính đến tháng 5/2024, cả nước có hơn 4.300 cộng tác viên dịch thuật ký hợp đồng với phòng tư pháp cấp huyện, nhưng khoảng 82% chỉ dịch tiếng Anh, tiếng Trung, tiếng Nhật, tiếng Hàn. Năm 2023, các phòng tư pháp chứng thực chữ ký người dịch gần 980 nghìn trường hợp, tăng 14% so với năm trước; riêng TP Hồ Chí Minh khoảng 205.000 trường hợp, chiếm 21%.

Ở TP Hồ Chí Minh, Công ty TNHH Dịch thuật Sao Phương Nam (quận 3) nhận dịch khoảng 50 ngôn ngữ nhưng chỉ có 6 cộng tác viên tiếng Ả Rập và 2 người dịch tiếng Hindi. Giá dịch các thứ tiếng này từ 350.000 đến 400.000 đồng/trang, gấp khoảng 4 lần tiếng Anh. "Có hồ sơ lao động sang Ả Rập Xê Út chúng tôi phải gửi ra Hà Nội dịch, mất thêm hai ngày", anh Trần Minh Khôi, quản lý công ty, nói.

Ông Đỗ Văn Lâm, Phó cục trưởng Cục Hộ tịch, quốc tịch, chứng thực (Bộ Tư pháp), cho biết bộ đang xây dựng cơ sở dữ liệu cộng tác viên dịch thuật dùng chung, dự kiến vận hành từ quý IV/2024, cho phép người dân tìm người dịch ở 63 tỉnh, thành. Mục tiêu đến năm 2025, mỗi tỉnh có ít nhất một cộng tác viên cho mỗi ngôn ngữ có trên 100 hồ sơ/năm.

Lê Hoàng
"""

ASOF = per("tính đến tháng 5/2024", None, "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"
HCM = "TP Hồ Chí Minh"
Q3 = "Quận 3"

FIGS = [
    fig("chờ 5-7 ngày", "5", 5, "measure", "ngày", value_max=7,
        subject="thời gian chờ dịch, chứng thực giấy tờ sang tiếng hiếm", location=VN),
    fig("hơn 4.300 cộng tác viên", "4.300", 4300, "count", "cộng tác viên", approx="over",
        subject="cộng tác viên dịch thuật ký hợp đồng với phòng tư pháp cấp huyện", period=ASOF, location=VN),
    fig("khoảng 82%", "82", 82, "percent", "%", approx="about",
        subject="cộng tác viên chỉ dịch tiếng Anh, tiếng Trung, tiếng Nhật, tiếng Hàn", period=ASOF, location=VN),
    fig("gần 980 nghìn", "980", 980000, "count", "trường hợp", approx="nearly",
        change=chg("increase", 14, "%", "năm trước"),
        subject="chứng thực chữ ký người dịch của các phòng tư pháp", period=Y23, location=VN),
    fig("khoảng 205.000 trường hợp", "205.000", 205000, "count", "trường hợp", approx="about", percent=21,
        subject="chứng thực chữ ký người dịch", period=Y23, location=HCM),
    fig("khoảng 50 ngôn ngữ", "50", 50, "count", "ngôn ngữ", approx="about",
        subject="ngôn ngữ Công ty TNHH Dịch thuật Sao Phương Nam nhận dịch", location=Q3),
    fig("có 6 cộng tác viên", "6", 6, "count", "cộng tác viên", subject="cộng tác viên tiếng Ả Rập",
        location=Q3),
    fig("và 2 người", "2", 2, "count", "người", subject="người dịch tiếng Hindi", location=Q3),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/trang", value_max=400000,
        change=chg("increase", 4, "lần", "tiếng Anh", approx="about"),
        subject="giá dịch các thứ tiếng này", location=HCM),
    fig("mất thêm hai ngày", "hai", 2, "measure", "ngày",
        subject="thời gian mất thêm khi gửi ra Hà Nội dịch", location=Q3),
    fig("ở 63 tỉnh", "63", 63, "count", "tỉnh, thành", status="forecast",
        subject="tỉnh, thành người dân tìm được người dịch", location=VN, optional=True),
    fig("ít nhất một cộng tác viên", "một", 1, "count", "cộng tác viên", approx="at_least", status="target",
        subject="cộng tác viên cho mỗi ngôn ngữ ở mỗi tỉnh", period=T25, location=VN),
    fig("trên 100 hồ sơ/năm", "100", 100, "measure", "hồ sơ/năm", approx="over", status="target",
        subject="ngưỡng hồ sơ mỗi ngôn ngữ", period=T25, location=VN, optional=True),
]

NOTES = [
    "National newspaper: 'Thứ tư, 12/6/2024, 09:30 (GMT+7)', category path, sapo, quote, byline 'Lê Hoàng' at the end.",
    "'phải chờ 5-7 ngày' is the claim (a waiting time), not a period: measure in ngày, value_max 7.",
    "'tính đến tháng 5/2024' → as-of 2024-05-31 for 4.300 and for the 82% in the same sentence; 82% stands on its own (no cue).",
    "'gần 980 nghìn' = 980 000 nearly. 'riêng TP Hồ Chí Minh khoảng 205.000 trường hợp, chiếm 21%' → percent attribute 21,",
    "location TP HCM; 'riêng' is no part-of cue in the spec, so no total. National figures → Việt Nam.",
    "'từ 350.000 đến 400.000 đồng/trang, gấp khoảng 4 lần tiếng Anh' → change ×4 (about) with baseline tiếng Anh.",
    "The company's own figures (50, 6, 2, 'hai ngày' in its manager's quote) are placed in 'quận 3', the district named for it",
    "(revised after the first run: a district is a location by the spec, as the model set places a brewery in Thủ Đức);",
    "the market price sentence that follows names no company: TP Hồ Chí Minh.",
    "'mất thêm hai ngày' in the quote is an extra duration stated as the claim: measure 2 ngày.",
    "Optional: '63 tỉnh, thành' (the scope of a planned database, not a count claimed) and the threshold 'trên 100 hồ sơ/năm'.",
    "'Mục tiêu đến năm 2025, … ít nhất một cộng tác viên' → target, at_least, period null..2025-12-31.",
    "Distractors: (GMT+7), 09:30, 'quận 3', 'quý IV/2024' (a period), 'tiếng Ả Rập' etc.",
]

if __name__ == "__main__":
    write("p1439-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Việt Nam")
