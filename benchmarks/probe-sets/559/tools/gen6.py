"""p559-6: national press - fruit-season trucks at Lạng Sơn / Lào Cai gates, national fruit exports (June 2024)."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/6/2024, 06:30 (GMT+7)

Mỗi ngày gần 900 xe nông sản thông quan qua cửa khẩu Lạng Sơn

Vào chính vụ sầu riêng, thanh long, lượng xe hàng lên các cửa khẩu Lạng Sơn tăng mạnh, có thời điểm hơn 1.200 xe chờ xuất.

Theo Sở Công Thương Lạng Sơn, từ đầu tháng 5 đến nay, bình quân mỗi ngày có 850-900 xe nông sản xuất khẩu qua cửa khẩu Hữu Nghị và Tân Thanh, tăng khoảng 40% so với tháng 4. Riêng ngày 7/6, lượng xe tồn tại các bãi lên tới 1.214 xe, trong đó 836 xe chở trái cây.

Tại Lào Cai, cửa khẩu quốc tế đường bộ số II Kim Thành thông quan trung bình 420 xe/ngày, cao điểm đạt 530 xe/ngày.

Theo Cục Xuất nhập khẩu (Bộ Công Thương), 5 tháng đầu năm, xuất khẩu rau quả của cả nước đạt 2,47 tỷ USD, tăng 31,4% so với cùng kỳ năm ngoái; trong đó sầu riêng khoảng 680 triệu USD, gấp đôi cùng kỳ. Thị trường Trung Quốc chiếm khoảng 65% kim ngạch xuất khẩu rau quả.

Ông Nguyễn Văn Minh, Phó giám đốc Trung tâm Quản lý cửa khẩu Lạng Sơn, cho biết thời gian làm thủ tục mỗi xe đã rút xuống còn 30-45 phút nhờ nền tảng cửa khẩu số. Tỉnh dự kiến mở rộng bãi kiểm hóa Tân Thanh thêm 5,2 ha, đủ chứa thêm khoảng 300 xe, hoàn thành trong quý III.

"Chúng tôi bố trí 3 ca làm việc liên tục, kể cả thứ bảy và chủ nhật, để không xe nào phải chờ quá một đêm", ông Minh nói.

Hoàng Phương
"""

P5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    fig("gần 900 xe", "900", 900, "count", "xe", "xe nông sản thông quan qua cửa khẩu Lạng Sơn mỗi ngày",
        approx="nearly"),
    fig("hơn 1.200 xe", "1.200", 1200, "count", "xe", "xe chờ xuất", approx="over"),
    fig("có 850-900 xe", "850", 850, "count", "xe",
        "xe nông sản xuất khẩu qua cửa khẩu Hữu Nghị và Tân Thanh bình quân mỗi ngày",
        per("từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-10"), value_max=900,
        change=chg("increase", 40, approx="about", baseline="tháng 4")),
    fig("tới 1.214 xe", "1.214", 1214, "count", "xe", "xe tồn tại các bãi"),
    fig("trong đó 836 xe", "836", 836, "count", "xe", "xe chở trái cây tồn tại các bãi", total=1214),
    fig("trung bình 420 xe/ngày", "420", 420, "measure", "xe/ngày",
        "xe thông quan qua cửa khẩu quốc tế đường bộ số II Kim Thành trung bình", location="Lào Cai"),
    fig("đạt 530 xe/ngày", "530", 530, "measure", "xe/ngày",
        "xe thông quan qua cửa khẩu quốc tế đường bộ số II Kim Thành cao điểm", location="Lào Cai"),
    fig("đạt 2,47 tỷ USD", "2,47", 2.47e9, "money", "USD", "xuất khẩu rau quả", P5, location="Việt Nam",
        change=chg("increase", 31.4, baseline="cùng kỳ năm ngoái")),
    fig("khoảng 680 triệu USD", "680", 680e6, "money", "USD", "xuất khẩu sầu riêng", P5, location="Việt Nam",
        approx="about", total=2.47e9, change=chg("increase", 2, unit="lần", baseline="cùng kỳ")),
    fig("khoảng 65%", "65", 65, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu rau quả",
        inh(P5), location="Việt Nam", approx="about"),
    fig("còn 30-45 phút", "30", 30, "measure", "phút", "thời gian làm thủ tục mỗi xe", value_max=45),
    fig("thêm 5,2 ha", "5,2", 5.2, "measure", "ha", "diện tích mở rộng bãi kiểm hóa Tân Thanh", status="forecast"),
    fig("khoảng 300 xe", "300", 300, "count", "xe", "xe bãi kiểm hóa Tân Thanh chứa thêm", approx="about",
        status="forecast"),
    fig("bố trí 3 ca", "3", 3, "count", "ca làm việc", "ca làm việc tại cửa khẩu", optional=True),
    fig("quá một đêm", "một", 1, "measure", "đêm", "thời gian xe phải chờ", approx="at_most", optional=True),
]

COMMENTS = [
    "National press (VnExpress-style): xe nông sản qua cửa khẩu Lạng Sơn, Kim Thành (Lào Cai) mùa sầu riêng; xuất khẩu rau quả 5 tháng 2024.",
    "Dateline 'Thứ hai, 10/6/2024, 06:30 (GMT+7)'. Not figures: 'Thứ hai', '(GMT+7)', 'ngày 7/6', 'số II' (gate name), 'quý III',",
    "'thứ bảy và chủ nhật' (weekdays, not ordinals). In the quote, '3 ca làm việc' and the threshold 'quá một đêm' are optional.",
    "Choice: 'mỗi ngày N xe' is a count (unit xe); 'N xe/ngày' is a rate (measure, unit xe/ngày). Headline and subhead figures name no period.",
    "'từ đầu tháng 5 đến nay' = 2024-05-01 .. published 2024-06-10. 'Riêng ngày 7/6' is a single day: no period given in the gold (unscored).",
    "Location: Lạng Sơn by default; Kim Thành figures Lào Cai; national fruit exports Việt Nam (Trung Quốc is a trade partner, not a place).",
    "'trong đó sầu riêng khoảng 680 triệu USD' is a part of 2,47 tỷ USD; 'gấp đôi cùng kỳ' is its change (increase, 2 lần).",
    "'dự kiến' governs 5,2 ha and the continuing clause's 300 xe: forecast.",
]

if __name__ == "__main__":
    emit("p559-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Lạng Sơn")
