"""p549-1: Quảng Trị province portal, banking results H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Huy động vốn của các tổ chức tín dụng trên địa bàn Quảng Trị đạt hơn 38.500 tỷ đồng
Cập nhật: 16/07/2024 10:25
Lượt xem: 1.872

Sáng 15/7, Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị tổ chức hội nghị sơ kết hoạt động ngân hàng 6 tháng đầu năm 2024 tại trụ sở số 218 Hùng Vương, thành phố Đông Hà.

Theo báo cáo, tính đến ngày 30/6/2024, tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn đạt 38.562 tỷ đồng, tăng 4,8% so với đầu năm; trong đó tiền gửi của dân cư đạt 31.204 tỷ đồng, chiếm 80,9% tổng nguồn vốn huy động.

Tổng dư nợ cho vay đạt 52.317,6 tỷ đồng, tăng 3,2% so với đầu năm. Trong đó, dư nợ cho vay tiêu dùng đạt 9.846 tỷ đồng, chiếm 18,8% tổng dư nợ; dư nợ cho vay nông nghiệp, nông thôn đạt 21.530 tỷ đồng. Nợ xấu được kiểm soát ở mức 1,12% tổng dư nợ, giảm 0,09 điểm phần trăm so với cuối năm 2023. Lãi suất cho vay ngắn hạn phổ biến từ 6 đến 9,5%/năm.

Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã giải ngân 1.126 tỷ đồng cho 23.450 lượt hộ nghèo và đối tượng chính sách, nâng tổng dư nợ chính sách lên 5.874 tỷ đồng.

Về thanh toán không dùng tiền mặt, toàn tỉnh hiện có 176 máy ATM và 1.435 máy POS; số tài khoản thanh toán cá nhân đạt gần 612 nghìn tài khoản. Các huyện Hải Lăng, Gio Linh, Hướng Hóa lần lượt có 14, 12 và 11 máy ATM.

Phát biểu tại hội nghị, ông Lê Văn Bảo, Giám đốc chi nhánh, đề nghị các tổ chức tín dụng thực hiện nghiêm Chỉ thị số 01/CT-NHNN; phấn đấu năm 2024 tăng trưởng tín dụng đạt 12-14%, tỷ lệ nợ xấu dưới 2%. Mọi phản ánh về hoạt động ngân hàng xin liên hệ đường dây nóng 0233.3852.614.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
LOAN = 52_317_600_000_000

FIGS = [
    F("đạt hơn 38.500 tỷ đồng", "38.500", 38_500_000_000_000, "money", "đồng",
      "huy động vốn của các tổ chức tín dụng", I(ASOF), approx="over"),
    F("đạt 38.562 tỷ đồng", "38.562", 38_562_000_000_000, "money", "đồng",
      "tổng nguồn vốn huy động của các tổ chức tín dụng", ASOF,
      change=CH("increase", 4.8, "%", "đầu năm")),
    F("đạt 31.204 tỷ đồng", "31.204", 31_204_000_000_000, "money", "đồng",
      "tiền gửi của dân cư", ASOF, total=38_562_000_000_000, percent=80.9),
    F("đạt 52.317,6 tỷ đồng", "52.317,6", LOAN, "money", "đồng",
      "tổng dư nợ cho vay", I(ASOF), change=CH("increase", 3.2, "%", "đầu năm")),
    F("đạt 9.846 tỷ đồng", "9.846", 9_846_000_000_000, "money", "đồng",
      "dư nợ cho vay tiêu dùng", I(ASOF), total=LOAN, percent=18.8),
    F("đạt 21.530 tỷ đồng", "21.530", 21_530_000_000_000, "money", "đồng",
      "dư nợ cho vay nông nghiệp, nông thôn", I(ASOF), total=LOAN),
    F("mức 1,12% tổng", "1,12", 1.12, "percent", "%", "nợ xấu", I(ASOF),
      change=CH("decrease", 0.09, "điểm phần trăm", "cuối năm 2023")),
    F("từ 6 đến 9,5%/năm", "6", 6, "percent", "%", "lãi suất cho vay ngắn hạn phổ biến", value_max=9.5),
    F("giải ngân 1.126 tỷ đồng", "1.126", 1_126_000_000_000, "money", "đồng",
      "Chi nhánh Ngân hàng Chính sách xã hội tỉnh giải ngân", I(H1)),
    F("cho 23.450 lượt hộ", "23.450", 23450, "count", "lượt hộ",
      "lượt hộ nghèo và đối tượng chính sách", I(H1)),
    F("lên 5.874 tỷ đồng", "5.874", 5_874_000_000_000, "money", "đồng", "tổng dư nợ chính sách", I(ASOF)),
    F("có 176 máy ATM", "176", 176, "count", "máy ATM", "máy ATM"),
    F("và 1.435 máy POS", "1.435", 1435, "count", "máy POS", "máy POS"),
    F("gần 612 nghìn tài khoản", "612", 612_000, "count", "tài khoản", "tài khoản thanh toán cá nhân",
      approx="nearly"),
    F("có 14, 12", "14", 14, "count", "máy ATM", "máy ATM", location="Hải Lăng"),
    F("14, 12 và", "12", 12, "count", "máy ATM", "máy ATM", location="Gio Linh"),
    F("và 11 máy ATM", "11", 11, "count", "máy ATM", "máy ATM", location="Hướng Hóa"),
    F("đạt 12-14%", "12", 12, "percent", "%", "tăng trưởng tín dụng", Y24, value_max=14, status="target"),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ nợ xấu", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị: NHNN chi nhánh tỉnh sơ kết hoạt động ngân hàng 6 tháng đầu năm 2024 (invented, probe set 549).",
    "Dateline 'Cập nhật: 16/07/2024 10:25'; 'Lượt xem: 1.872', 'Sáng 15/7', 'số 218 Hùng Vương', 'Chỉ thị số 01/CT-NHNN',",
    "the hotline 0233.3852.614 are not figures. 'Trong đó' parts (tiêu dùng, nông nghiệp) take the loan total 52.317,6 tỷ.",
    "Interest rates '%/năm' are percent figures with unit '%'. 'Hiện có' sentences get no period. Headline figure: inherited period.",
    "'phấn đấu năm 2024 ... 12-14%, ... dưới 2%' are targets; the cue governs both clauses; growth rate as the claim has no change.",
]

if __name__ == "__main__":
    emit("p549-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Quảng Trị")
