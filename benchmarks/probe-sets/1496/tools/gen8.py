"""p1496-8: radio/TV site (Đài PT-TH Hưng Yên): longan-wood cutting boards in xã Hồng Nam before Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HƯNG YÊN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình | Video

Thớt gỗ nhãn Hồng Nam vào vụ cuối năm
Thứ Hai, 09/12/2024 - 17:45

(HYTV) - Những tháng cuối năm, các xưởng làm thớt gỗ nhãn ở xã Hồng Nam (TP Hưng Yên) hoạt động hết công suất để kịp giao hàng dịp Tết Nguyên đán Ất Tỵ 2025.

Toàn xã hiện có 23 xưởng làm thớt, thu hút khoảng 150 lao động. Thời điểm này, mỗi ngày các xưởng xuất bán từ 1.500 đến 2.000 chiếc thớt, gấp 2 lần ngày thường. Cả năm 2024, sản lượng thớt của xã ước đạt 280.000 chiếc, doanh thu trên 30 tỷ đồng. Riêng quý IV, sản lượng ước khoảng 110.000 chiếc, chiếm gần 40% sản lượng cả năm.

Xưởng của anh Đỗ Văn Khang có 9 thợ, trong đó 2 thợ chuyên chạm khắc hoa văn. Năm nay, xưởng nhập khoảng 400 tấn gỗ nhãn từ các vườn nhãn già cỗi trong tỉnh với giá 1,8 triệu đồng/tấn. Thớt gỗ nhãn có giá từ 80.000 đến 350.000 đồng/chiếc, tăng khoảng 10% so với năm ngoái. Anh Khang cho biết, doanh thu năm 2024 của xưởng ước đạt 2,5 tỷ đồng, lãi khoảng 20%.

Năm 2023, sản phẩm thớt gỗ nhãn Hồng Nam xếp thứ 3 trong cuộc bình chọn sản phẩm nông thôn tiêu biểu của tỉnh. Theo UBND TP Hưng Yên, thành phố đang hỗ trợ xã xây dựng nhãn hiệu tập thể, phấn đấu đến năm 2026 có ít nhất 50% sản phẩm được dán tem truy xuất nguồn gốc.

Phóng sự: Minh Tuấn - Thu Hà
Xem thêm: Bản tin Thời sự 19h ngày 09/12/2024
Hotline: 0221.3862.555
"""

FY = per("Cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("có 23 xưởng", "23", 23, "count", "xưởng", subject="xưởng làm thớt"),
    fig("khoảng 150 lao động", "150", 150, "count", "lao động", approx="about", subject="lao động các xưởng thu hút"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "count", "chiếc", value_max=2000,
        change=chg("increase", 2, "lần", "ngày thường"), subject="thớt các xưởng xuất bán mỗi ngày"),
    fig("ước đạt 280.000", "280.000", 280000, "count", "chiếc", status="estimate",
        subject="sản lượng thớt của xã", period=FY),
    fig("trên 30 tỷ", "30", 30e9, "money", "đồng", approx="over", status="estimate", subject="doanh thu", period=FY),
    fig("khoảng 110.000 chiếc", "110.000", 110000, "count", "chiếc", approx="about", status="estimate",
        percent=40, subject="sản lượng thớt", period=Q4),
    fig("có 9 thợ", "9", 9, "count", "thợ", subject="thợ của xưởng anh Đỗ Văn Khang"),
    fig("đó 2 thợ", "2", 2, "count", "thợ", total=9, subject="thợ chuyên chạm khắc hoa văn"),
    fig("khoảng 400 tấn", "400", 400, "measure", "tấn", approx="about", subject="gỗ nhãn xưởng nhập", period=NOW),
    fig("giá 1,8 triệu", "1,8", 1.8e6, "money", "đồng/tấn", subject="giá gỗ nhãn", period=NOW),
    fig("từ 80.000 đến 350.000", "80.000", 80000, "money", "đồng/chiếc", value_max=350000,
        change=chg("increase", 10, "%", "năm ngoái", approx="about"), subject="giá thớt gỗ nhãn"),
    fig("ước đạt 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", status="estimate", subject="doanh thu của xưởng",
        period=Y24),
    fig("lãi khoảng 20%", "20", 20, "percent", "%", approx="about", status="estimate", subject="lãi", period=Y24),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="sản phẩm thớt gỗ nhãn Hồng Nam trong cuộc bình chọn sản phẩm nông thôn tiêu biểu", period=Y23),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="sản phẩm được dán tem truy xuất nguồn gốc", period=T26),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): channel banner, menu, 'Thứ Hai, 09/12/2024 - 17:45', tag '(HYTV) -', credits, hotline.",
    "Distractors: 'Tết Nguyên đán Ất Tỵ 2025', 'Bản tin Thời sự 19h ngày 09/12/2024', hotline 0221.3862.555, time 17:45.",
    "Location: xã Hồng Nam is in TP Hưng Yên (same name as the province after the prefix), so Hưng Yên throughout.",
    "'mỗi ngày ... từ 1.500 đến 2.000 chiếc thớt, gấp 2 lần ngày thường': count in chiếc ('mỗi ngày' in the subject) with change increase 2 lần.",
    "'Cả năm 2024, ... ước đạt 280.000 chiếc, doanh thu trên 30 tỷ': both estimate (the cue governs the continuing clause).",
    "'Riêng quý IV, sản lượng ước khoảng 110.000 chiếc, chiếm gần 40%': estimate, about, percent attribute 40; 'riêng' is no part-of cue (no total).",
    "'Năm nay, xưởng nhập khoảng 400 tấn ... với giá 1,8 triệu đồng/tấn' → period năm nay = 2024 (published).",
    "'tăng khoảng 10% so với năm ngoái' is the change of the price range; 'doanh thu ... ước đạt 2,5 tỷ đồng, lãi khoảng 20%' both estimate.",
    "'xếp thứ 3 trong cuộc bình chọn' rank 3, period Năm 2023; 'phấn đấu đến năm 2026 có ít nhất 50%' target, at_least.",
    "revised after the first run: 'mỗi ngày ... từ 1.500 đến 2.000 chiếc' measure chiếc/ngày → count chiếc (shared gold habit for 'mỗi X', see 004 and 001).",
]

if __name__ == "__main__":
    write("p1496-8", TEXT, NOTES, FIGS, published="2024-12-09", location="Hưng Yên")
