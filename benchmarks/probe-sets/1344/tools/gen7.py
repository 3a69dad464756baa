"""p1344-7: news agency (TTXVN): charcoal kilns in xã Nghĩa Kỳ, huyện Tư Nghĩa (Quảng Ngãi) switch to closed kilns."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Địa phương

Quảng Ngãi: Lò than thủ công ở Tư Nghĩa chuyển sang lò kín để giảm khói

09/04/2024 14:05

Quảng Ngãi (TTXVN) - Sau nhiều năm gây ô nhiễm, các lò đốt than củi ở xã Nghĩa Kỳ, huyện Tư Nghĩa đang dần chuyển sang công nghệ lò kín có thu hồi khói.

Theo UBND xã Nghĩa Kỳ, hiện xã có 43 hộ làm nghề đốt than với 118 lò dọc tuyến ĐT623B. Mỗi mẻ đốt dùng khoảng 12-15 tấn củi keo, kéo dài 10-12 ngày, cho ra 3-3,5 tấn than. Năm 2023, sản lượng than củi của xã đạt gần 3,8 nghìn tấn, doanh thu ước hơn 30 tỷ đồng; nghề này tạo việc làm cho khoảng 260 lao động với thu nhập 6-7 triệu đồng/người/tháng.

Giá than thành phẩm hiện ở mức 7.000-8.500 đồng/kg, tăng khoảng 1.000 đồng/kg so với năm 2023; củi keo nguyên liệu được thu mua 900.000-1,1 triệu đồng/tấn.

Từ năm 2022 đến nay, 27 hộ với 64 lò đã chuyển sang lò kín, chiếm 54,2% tổng số lò. Chi phí cải tạo mỗi lò khoảng 45 triệu đồng, trong đó tỉnh hỗ trợ 30%. Ông Võ Văn Thanh, chủ cơ sở than Thanh Tâm ở thôn 2, xã Nghĩa Kỳ cho biết, lò kín rút ngắn thời gian đốt còn 7 ngày, tỷ lệ thu hồi than tăng từ 22% lên 27%.

Năm nay, xã phấn đấu chuyển đổi thêm 20 lò. Huyện Tư Nghĩa đặt mục tiêu đến cuối năm 2025, 100% lò than trên địa bàn chuyển sang lò kín; các lò không đủ điều kiện phải di dời khỏi khu dân cư.

Phạm Cường (TTXVN)

Tin liên quan:
- Quảng Ngãi: Kiểm tra các cơ sở sản xuất tại Khu công nghiệp Tịnh Phong
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-04-09")
NOW_Y = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 43 hộ", "43", 43, "count", "hộ", subject="hộ làm nghề đốt than"),
    fig("với 118 lò", "118", 118, "count", "lò", subject="lò đốt than"),
    fig("khoảng 12-15 tấn", "12", 12, "measure", "tấn/mẻ", value_max=15, approx="about",
        subject="củi keo mỗi mẻ đốt dùng"),
    fig("kéo dài 10-12 ngày", "10", 10, "measure", "ngày", value_max=12, subject="thời gian mỗi mẻ đốt"),
    fig("ra 3-3,5 tấn", "3", 3, "measure", "tấn/mẻ", value_max=3.5, subject="than mỗi mẻ đốt cho ra"),
    fig("gần 3,8 nghìn", "3,8", 3800, "measure", "tấn", approx="nearly",
        subject="sản lượng than củi của xã", period=Y23),
    fig("hơn 30 tỷ", "30", 30e9, "money", "đồng", approx="over", status="estimate",
        subject="doanh thu", period=Y23),
    fig("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
        subject="lao động nghề đốt than tạo việc làm", period=Y23),
    fig("nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập của lao động", period=Y23),
    fig("mức 7.000-8.500", "7.000", 7000, "money", "đồng/kg", value_max=8500,
        change=chg("increase", 1000, "đồng/kg", "năm 2023", approx="about"), subject="giá than thành phẩm"),
    fig("mua 900.000-1,1 triệu", "900.000", 900000, "money", "đồng/tấn", value_max=1.1e6,
        subject="giá thu mua củi keo nguyên liệu"),
    fig("27 hộ", "27", 27, "count", "hộ", subject="hộ chuyển sang lò kín", period=SINCE),
    fig("với 64 lò", "64", 64, "count", "lò", percent=54.2, subject="lò đã chuyển sang lò kín", period=SINCE),
    fig("khoảng 45 triệu", "45", 45e6, "money", "đồng/lò", approx="about", subject="chi phí cải tạo mỗi lò"),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", subject="tỷ lệ tỉnh hỗ trợ chi phí cải tạo lò"),
    fig("còn 7 ngày", "7", 7, "measure", "ngày", subject="thời gian đốt của lò kín"),
    fig("từ 22%", "22", 22, "percent", "%", subject="tỷ lệ thu hồi than trước khi chuyển sang lò kín"),
    fig("lên 27%", "27", 27, "percent", "%", subject="tỷ lệ thu hồi than của lò kín"),
    fig("thêm 20 lò", "20", 20, "count", "lò", status="target", subject="lò xã chuyển đổi thêm", period=NOW_Y),
    fig("2025, 100% lò", "100", 100, "percent", "%", status="target",
        subject="lò than trên địa bàn chuyển sang lò kín", period=per("đến cuối năm 2025", end="2025-12-31")),
]

NOTES = [
    "News agency (TTXVN): '09/04/2024 14:05', 'Quảng Ngãi (TTXVN) -', byline at the end, related link.",
    "Distractors: 14:05, road 'ĐT623B', 'thôn 2', 'Năm 2023' / 'năm 2023' as period and baseline, 'Sau nhiều năm'.",
    "Story located in huyện Tư Nghĩa (xã Nghĩa Kỳ is a commune of it): location Tư Nghĩa throughout.",
    "'Mỗi mẻ đốt dùng ... 12-15 tấn', 'cho ra 3-3,5 tấn' are per-batch amounts: unit tấn/mẻ. 'kéo dài 10-12 ngày' is a process",
    "duration stated as a fact (measure), not a period. 'gần 3,8 nghìn tấn' = 3 800 tấn.",
    "'Năm 2023' governs its whole sentence (the ';' continues it); 'doanh thu ước hơn 30 tỷ' → estimate + over.",
    "'tăng khoảng 1.000 đồng/kg so với năm 2023' is the change of the price range; 'hiện' gives no period.",
    "'Từ năm 2022 đến nay' ends at the dateline 2024-04-09. '64 lò ... chiếm 54,2% tổng số lò' → percent 54,2 (no number for the",
    "whole in that sentence, so no total). 'trong đó tỉnh hỗ trợ 30%' is a percent figure of its own.",
    "'tăng từ 22% lên 27%' gives two percent figures (old and new rate), not a range and not a change.",
    "'Năm nay' takes the dateline year 2024; 'đặt mục tiêu đến cuối năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1344-7", TEXT, NOTES, FIGS, published="2024-04-09", location="Tư Nghĩa")
