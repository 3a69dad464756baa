"""p1540-5: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): a paper-bag cooperative in huyện Lạng Giang."""
from lib import fig, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Nông thôn mới | Bạn đọc

Hợp tác xã làm túi giấy thay túi ni lông
Thứ Năm, 22/08/2024 | 07:15

(BGĐT) - Từ một tổ hợp tác nhỏ, Hợp tác xã Túi giấy Xanh Tân Thanh (huyện Lạng Giang) hiện đã có ba chục thành viên, mỗi tháng cung cấp khoảng 25 vạn chiếc túi giấy cho các cửa hàng, siêu thị trong và ngoài tỉnh.

Thành lập năm 2020 với 7 thành viên, hợp tác xã ban đầu chỉ làm túi thủ công bằng giấy kraft tái chế. Năm 2022, hợp tác xã được hỗ trợ 450 triệu đồng từ nguồn kinh phí khuyến công để mua hai máy dán túi bán tự động. Hiện hợp tác xã có 12 mẫu túi, giá bán từ 1.200 đến 4.500 đồng/chiếc tùy kích cỡ.

Ông Nguyễn Văn Thắng, Giám đốc hợp tác xã cho biết: "Năm 2023, doanh thu của hợp tác xã đạt 2,8 tỷ đồng, gấp đôi năm 2022. 7 tháng đầu năm nay, chúng tôi đã bán gần 1,6 triệu chiếc túi, doanh thu hơn 1,9 tỷ đồng". Thu nhập của thành viên, người lao động từ 6 đến 7,5 triệu đồng/người/tháng.

Theo Phòng Kinh tế và Hạ tầng huyện Lạng Giang, toàn huyện hiện có 4 cơ sở sản xuất túi giấy, bao bì giấy; năm 2023 các cơ sở này cung ứng khoảng 5,2 triệu túi giấy, thay thế tương đương 2,6 tấn túi ni lông. Huyện phấn đấu đến năm 2025 có ít nhất 80% cửa hàng tạp hóa, chợ trung tâm trên địa bàn sử dụng túi giấy. Sản phẩm túi giấy Tân Thanh đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 3 sao.

Thu Hằng
"""

Y20 = period("năm 2020", "2020-01-01", "2020-12-31")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
M7 = period("7 tháng đầu năm nay", "2024-01-01", "2024-07-31")
BY25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("một tổ hợp tác", "một", 1, "count", "tổ hợp tác", subject="tổ hợp tác ban đầu", optional=True),
    fig("ba chục thành viên", "ba chục", 30, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("khoảng 25 vạn", "25", 25e4, "measure", "chiếc/tháng", approx="about",
        subject="túi giấy hợp tác xã cung cấp mỗi tháng"),
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập", period=Y20),
    fig("hỗ trợ 450 triệu", "450", 450e6, "money", "đồng",
        subject="kinh phí khuyến công hỗ trợ hợp tác xã", period=Y22),
    fig("mua hai máy", "hai", 2, "count", "máy", subject="máy dán túi bán tự động", period=Y22),
    fig("có 12 mẫu", "12", 12, "count", "mẫu túi", subject="mẫu túi của hợp tác xã"),
    fig("từ 1.200 đến 4.500", "1.200", 1200, "money", "đồng/chiếc", value_max=4500, subject="giá bán túi"),
    fig("đạt 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", change=change("increase", 2, "lần", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("gần 1,6 triệu", "1,6", 1.6e6, "count", "chiếc túi", approx="nearly",
        subject="túi hợp tác xã đã bán", period=M7),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over", subject="doanh thu của hợp tác xã", period=M7),
    fig("từ 6 đến 7,5", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="thu nhập của thành viên, người lao động"),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở sản xuất túi giấy, bao bì giấy"),
    fig("khoảng 5,2 triệu", "5,2", 5.2e6, "count", "túi giấy", approx="about",
        subject="túi giấy các cơ sở cung ứng", period=Y23b),
    fig("tương đương 2,6 tấn", "2,6", 2.6, "measure", "tấn", subject="túi ni lông được thay thế", period=Y23b),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cửa hàng tạp hóa, chợ trung tâm sử dụng túi giấy", period=BY25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, 'Thứ Năm, 22/08/2024 | 07:15', tag '(BGĐT) -', quote, byline at the end.",
    "Location Lạng Giang (the district named for the cooperative and for the district figures) for all figures.",
    "Distractors: 07:15, 'OCOP 3 sao', the founding year 'năm 2020' itself. 'Từ một tổ hợp tác nhỏ' is an indefinite 'một' (optional).",
    "'ba chục' = 30 (number words); '25 vạn' = 250 000 (vạn ×10⁴), a monthly rate ('mỗi tháng') → measure, unit chiếc/tháng.",
    "'Thành lập năm 2020 với 7 thành viên' → count with period 2020. 'gấp đôi năm 2022' → change ×2 lần (increase).",
    "'7 tháng đầu năm nay' → 2024 (published). Standing facts ('hiện', prices, incomes) have no period.",
    "'thay thế tương đương 2,6 tấn túi ni lông' is a figure of its own (a different unit), not an attribute of 5,2 triệu túi.",
    "'phấn đấu đến năm 2025 ... ít nhất 80%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1540-5", TEXT, NOTES, FIGS, published="2024-08-22", location="Lạng Giang")
