"""p549-6: national press (VnExpress style), Bình Dương ATM withdrawals before Tết 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Ngân hàng
Thứ sáu, 19/1/2024, 06:00 (GMT+7)

Công nhân Bình Dương rút gần 2.300 tỷ đồng qua ATM trước Tết

Trong 15 ngày đầu tháng 1/2024, các máy ATM tại Bình Dương ghi nhận khoảng 1,9 triệu giao dịch rút tiền với tổng giá trị gần 2.300 tỷ đồng, tăng 12% so với cùng kỳ năm trước.

Theo Ngân hàng Nhà nước chi nhánh Bình Dương, toàn tỉnh hiện có 648 máy ATM, trong đó 212 máy đặt tại các khu công nghiệp và khu nhà trọ công nhân. Máy ATM tập trung nhiều ở Thuận An (142 máy), Dĩ An (128 máy) và Thủ Dầu Một (117 máy).

Bà Nguyễn Thị Hà, Phó giám đốc chi nhánh, cho biết các ngân hàng đã bố trí thêm hơn 50 điểm giao dịch lưu động tại khu công nghiệp. Hiện 96% doanh nghiệp trên địa bàn trả lương cho hơn 1,2 triệu lao động qua tài khoản.

Chị Lê Thị Hoa, công nhân một công ty ở KCN VSIP 1, cho biết tiền lương tháng 13 và thưởng Tết năm nay của chị khoảng 14 triệu đồng. Chị rút một phần để gửi về quê ở Bến Tre.

Dư nợ cho vay tiêu dùng tại Bình Dương đến cuối năm 2023 ước đạt 38.700 tỷ đồng, tăng 7,4% so với năm 2022, chủ yếu là vay mua xe máy, điện thoại và sửa nhà. Một số công ty tài chính cho biết tỷ lệ nợ xấu với khách hàng là công nhân ở mức 8-9%.

Ngân hàng Nhà nước chi nhánh tỉnh đặt chỉ tiêu tỷ lệ máy ATM hoạt động ổn định trên 98% trong dịp Tết Giáp Thìn; người dân cần hỗ trợ có thể gọi số 0274.3822.564.

Phước Tuấn
"""

D15 = P("Trong 15 ngày đầu tháng 1/2024", "2024-01-01", "2024-01-15")
Y23 = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("rút gần 2.300 tỷ đồng qua", "2.300", 2_300_000_000_000, "money", "đồng",
      "công nhân rút qua ATM trước Tết", I(D15), approx="nearly"),
    F("khoảng 1,9 triệu giao dịch", "1,9", 1_900_000, "count", "giao dịch", "giao dịch rút tiền tại các máy ATM",
      D15, approx="about"),
    F("giá trị gần 2.300 tỷ đồng", "2.300", 2_300_000_000_000, "money", "đồng", "tổng giá trị giao dịch rút tiền",
      D15, approx="nearly", change=CH("increase", 12, "%", "cùng kỳ năm trước")),
    F("có 648 máy ATM", "648", 648, "count", "máy ATM", "máy ATM"),
    F("đó 212 máy", "212", 212, "count", "máy", "máy ATM đặt tại các khu công nghiệp và khu nhà trọ công nhân",
      total=648),
    F("(142 máy)", "142", 142, "count", "máy", "máy ATM", location="Thuận An"),
    F("(128 máy)", "128", 128, "count", "máy", "máy ATM", location="Dĩ An"),
    F("(117 máy)", "117", 117, "count", "máy", "máy ATM", location="Thủ Dầu Một"),
    F("hơn 50 điểm", "50", 50, "count", "điểm giao dịch lưu động", "điểm giao dịch lưu động bố trí thêm tại khu công nghiệp",
      approx="over"),
    F("Hiện 96% doanh nghiệp", "96", 96, "percent", "%", "doanh nghiệp trả lương qua tài khoản"),
    F("hơn 1,2 triệu lao động", "1,2", 1_200_000, "count", "lao động", "lao động được trả lương qua tài khoản",
      approx="over"),
    F("khoảng 14 triệu đồng", "14", 14_000_000, "money", "đồng", "tiền lương tháng 13 và thưởng Tết của chị Lê Thị Hoa",
      approx="about"),
    F("đạt 38.700 tỷ đồng", "38.700", 38_700_000_000_000, "money", "đồng", "dư nợ cho vay tiêu dùng", Y23,
      change=CH("increase", 7.4, "%", "năm 2022"), status="estimate"),
    F("mức 8-9%", "8", 8, "percent", "%", "tỷ lệ nợ xấu với khách hàng là công nhân", value_max=9),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ máy ATM hoạt động ổn định", approx="over", status="target"),
]

COMMENTS = [
    "National press (VnExpress style): công nhân Bình Dương rút tiền qua ATM trước Tết 2024 (invented, probe set 549).",
    "Dateline 'Thứ sáu, 19/1/2024, 06:00 (GMT+7)'; byline at the end. Not figures: '15 ngày đầu tháng 1/2024' (a period:",
    "2024-01-01 .. 2024-01-15), 'KCN VSIP 1', 'lương tháng 13', 'Tết Giáp Thìn', phone 0274.3822.564.",
    "'trong đó 212 máy' is a part of 648 máy ATM; the bracketed city list follows a new sentence, does not add up: no total.",
    "'ước đạt 38.700 tỷ đồng' estimate; 'đặt chỉ tiêu ... trên 98%' target. The worker's bonus is Bình Dương's (her home",
    "province Bến Tre is not the figure's place). 'Hiện' sentences get no period; headline figure: inherited period.",
]

if __name__ == "__main__":
    emit("p549-6", TEXT, COMMENTS, FIGS, published="2024-01-19", location="Bình Dương")
