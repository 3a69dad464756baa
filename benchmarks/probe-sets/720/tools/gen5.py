"""p720-5: Party newspaper (Quảng Ninh), tax arrears incl. household businesses, 9 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Quảng Ninh: Quyết liệt thu hồi hơn 1.100 tỷ đồng nợ thuế

Tính đến ngày 30/9/2024, tổng số tiền thuế nợ trên địa bàn tỉnh Quảng Ninh là 1.148,6 tỷ đồng, tăng 6,2% so với thời điểm 31/12/2023. Trong đó, nợ có khả năng thu là 684,3 tỷ đồng, chiếm 59,6%; nợ khó thu 464,3 tỷ đồng.

Đáng chú ý, khu vực hộ kinh doanh, cá nhân có 4.862 người nộp thuế còn nợ với số tiền 97,5 tỷ đồng; bình quân mỗi hộ nợ khoảng 20 triệu đồng. Nhiều hộ tại TP. Hạ Long, TP. Cẩm Phả và TP. Móng Cái nợ kéo dài trên 90 ngày.

9 tháng năm 2024, Cục Thuế đã thu hồi được 412,8 tỷ đồng nợ thuế, đạt 82,6% chỉ tiêu thu nợ được Tổng cục Thuế giao (500 tỷ đồng). Cơ quan thuế đã ban hành 3.215 quyết định cưỡng chế nợ thuế với số tiền 538 tỷ đồng; thông báo tạm hoãn xuất cảnh đối với 127 cá nhân, người đại diện theo pháp luật của doanh nghiệp.

Riêng từ ngày 1/7 đến nay, qua phối hợp với UBND các huyện, thị xã, thành phố, 1.036 hộ kinh doanh đã nộp dứt điểm 12,4 tỷ đồng tiền thuế nợ. TP. Hạ Long dẫn đầu với 389 hộ, tiếp đến là TP. Cẩm Phả 214 hộ và TP. Uông Bí 152 hộ.

Ông Nguyễn Văn Hải, Phó Cục trưởng Cục Thuế tỉnh cho biết, phấn đấu đến ngày 31/12/2024, tỷ lệ tiền thuế nợ không vượt quá 8% tổng thu ngân sách nhà nước. Người dân có thể phản ánh qua đường dây nóng 0203.3835.467 hoặc trực tiếp tại trụ sở Cục Thuế, số 87 đường Nguyễn Văn Cừ, phường Hồng Hải.

Thu Hằng

14/10/2024
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("từ ngày 1/7 đến nay", "2024-07-01", "2024-10-14")

FIGS = [
    F("hơn 1.100 tỷ đồng", "1.100", 1.1e12, "money", "đồng", "nợ thuế", approx="over"),
    F("là 1.148,6 tỷ đồng", "1.148,6", 1148.6e9, "money", "đồng", "tổng số tiền thuế nợ", ASOF,
      change=CH("increase", 6.2, "%", "thời điểm 31/12/2023")),
    F("là 684,3 tỷ đồng", "684,3", 684.3e9, "money", "đồng", "nợ có khả năng thu", I(ASOF), total=1148.6e9, percent=59.6),
    F("thu 464,3 tỷ đồng", "464,3", 464.3e9, "money", "đồng", "nợ khó thu", I(ASOF), total=1148.6e9),
    F("có 4.862 người", "4.862", 4862, "count", "người nộp thuế", "người nộp thuế khu vực hộ kinh doanh, cá nhân còn nợ",
      I(ASOF)),
    F("tiền 97,5 tỷ đồng", "97,5", 97.5e9, "money", "đồng", "tiền thuế nợ khu vực hộ kinh doanh, cá nhân", I(ASOF)),
    F("khoảng 20 triệu đồng", "20", 20e6, "money", "đồng", "tiền thuế nợ bình quân mỗi hộ", I(ASOF), approx="about"),
    F("trên 90 ngày", "90", 90, "measure", "ngày", "thời gian nợ kéo dài", approx="over", optional=True),
    F("được 412,8 tỷ đồng", "412,8", 412.8e9, "money", "đồng", "nợ thuế thu hồi được", M9, percent=82.6,
      target=TG(500e9, "đồng")),
    F("ban hành 3.215 quyết định", "3.215", 3215, "count", "quyết định", "quyết định cưỡng chế nợ thuế", I(M9)),
    F("tiền 538 tỷ đồng", "538", 538e9, "money", "đồng", "số tiền cưỡng chế nợ thuế", I(M9)),
    F("đối với 127 cá nhân", "127", 127, "count", "cá nhân", "cá nhân bị thông báo tạm hoãn xuất cảnh", I(M9)),
    F("thành phố, 1.036 hộ", "1.036", 1036, "count", "hộ kinh doanh", "hộ kinh doanh đã nộp dứt điểm tiền thuế nợ", SINCE),
    F("dứt điểm 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "tiền thuế nợ hộ kinh doanh đã nộp dứt điểm", SINCE),
    F("với 389 hộ", "389", 389, "count", "hộ", "hộ kinh doanh đã nộp dứt điểm tiền thuế nợ", I(SINCE), location="Hạ Long"),
    F("Cẩm Phả 214 hộ", "214", 214, "count", "hộ", "hộ kinh doanh đã nộp dứt điểm tiền thuế nợ", I(SINCE), location="Cẩm Phả"),
    F("Uông Bí 152 hộ", "152", 152, "count", "hộ", "hộ kinh doanh đã nộp dứt điểm tiền thuế nợ", I(SINCE), location="Uông Bí"),
    F("quá 8%", "8", 8, "percent", "%", "tỷ lệ tiền thuế nợ so với tổng thu ngân sách nhà nước",
      P("đến ngày 31/12/2024", end="2024-12-31"), approx="at_most", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh style): tax arrears 30/9/2024, household-business arrears, recovery 9 months, enforcement.",
    "Byline and bare date '14/10/2024' at the end = published. 'từ ngày 1/7 đến nay' runs to the published date.",
    "412,8 tỷ: percent 82,6 and target 500 tỷ (chỉ tiêu in brackets). Parts after 'Trong đó' total 1.148,6 tỷ; 684,3 also 'chiếm 59,6%'.",
    "97,5 tỷ of household arrears gets no total (no part cue, 'Đáng chú ý'). List of cities: location each (TP. in Quảng Ninh), no total.",
    "'trên 90 ngày' is a debt-age category: optional. 'không vượt quá 8%' → at_most target.",
    "Distractors: hotline 0203.3835.467, số 87 đường Nguyễn Văn Cừ, '31/12/2023' baseline date, ngày 1/7.",
]

if __name__ == "__main__":
    emit("p720-5", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Ninh")
