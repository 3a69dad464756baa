"""p557-1: Nghệ An province portal, budget revenue/spending/arrears, 6 months 2024."""
from lib import F, P, I, CH, B, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 08/07/2024 15:20
Lượt xem: 1.284

Nghệ An: Thu ngân sách 6 tháng đạt hơn 10.100 tỷ đồng

Theo báo cáo của Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn tỉnh Nghệ An 6 tháng đầu năm 2024 ước đạt 10.125,6 tỷ đồng, bằng 57,6% dự toán HĐND tỉnh giao, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, thu nội địa ước đạt 9.030 tỷ đồng; thu từ hoạt động xuất nhập khẩu 612,4 tỷ đồng; các khoản huy động, đóng góp khoảng 48 tỷ đồng.

Trong số 17 khoản thu, sắc thuế được giao dự toán, có 13 khoản thu đạt tiến độ trên 50%. Một số khoản thu lớn đạt khá: thu từ khu vực doanh nghiệp nhà nước đạt 61,2%; thuế thu nhập cá nhân đạt 58,4%; lệ phí trước bạ đạt 52%. Riêng thu tiền sử dụng đất đạt 2.520 tỷ đồng, bằng 71% dự toán, chiếm gần 28% tổng thu nội địa.

Về chi ngân sách, tổng chi ngân sách địa phương 6 tháng ước thực hiện 14.560 tỷ đồng, bằng 46,3% dự toán; trong đó chi đầu tư phát triển 4.980 tỷ đồng, chi thường xuyên 9.215 tỷ đồng.

Tính đến ngày 30/6/2024, tổng số nợ thuế trên địa bàn là 1.045 tỷ đồng, tăng 6,4% so với thời điểm 31/12/2023; trong đó nợ có khả năng thu 712 tỷ đồng. Cục Thuế tỉnh đã ban hành 3.126 quyết định cưỡng chế nợ thuế, thu hồi được khoảng 185 tỷ đồng.

Thực hiện Quyết định số 1925/QĐ-UBND của UBND tỉnh, ngành Tài chính phấn đấu năm 2024 tổng thu ngân sách đạt trên 17.600 tỷ đồng, trong đó thu nội địa từ 15.800 đến 16.000 tỷ đồng.

Cổng thông tin điện tử tỉnh Nghệ An - Số 16 Trường Thi, TP. Vinh - Điện thoại: 0238.3844.123
"""

H6 = P("6 tháng", "2024-01-01", "2024-06-30")
S6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TOT = B(10125.6)

FIGS = [
    F("đạt hơn 10.100 tỷ đồng", "10.100", B(10100), "money", "đồng", "thu ngân sách", H6, approx="over"),
    F("ước đạt 10.125,6 tỷ đồng", "10.125,6", TOT, "money", "đồng",
      "tổng thu ngân sách nhà nước trên địa bàn tỉnh", S6, percent=57.6,
      change=CH("increase", 18.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 9.030 tỷ đồng", "9.030", B(9030), "money", "đồng", "thu nội địa", I(S6), total=TOT, status="estimate"),
    F("xuất nhập khẩu 612,4 tỷ", "612,4", B(612.4), "money", "đồng", "thu từ hoạt động xuất nhập khẩu", I(S6),
      total=TOT, status="estimate"),
    F("khoảng 48 tỷ đồng", "48", B(48), "money", "đồng", "các khoản huy động, đóng góp", I(S6),
      approx="about", total=TOT, status="estimate"),
    F("Trong số 17 khoản thu", "17", 17, "count", "khoản thu", "khoản thu, sắc thuế được giao dự toán"),
    F("có 13 khoản thu", "13", 13, "count", "khoản thu", "khoản thu đạt tiến độ trên 50%", total=17),
    F("tiến độ trên 50%", "50", 50, "percent", "%", "tiến độ thu", approx="over", optional=True),
    F("nhà nước đạt 61,2%", "61,2", 61.2, "percent", "%", "thu từ khu vực doanh nghiệp nhà nước"),
    F("cá nhân đạt 58,4%", "58,4", 58.4, "percent", "%", "thuế thu nhập cá nhân"),
    F("trước bạ đạt 52%", "52", 52, "percent", "%", "lệ phí trước bạ"),
    F("đạt 2.520 tỷ đồng", "2.520", B(2520), "money", "đồng", "thu tiền sử dụng đất", percent=71),
    F("chiếm gần 28%", "28", 28, "percent", "%", "thu tiền sử dụng đất so với tổng thu nội địa",
      approx="nearly", optional=True),
    F("ước thực hiện 14.560 tỷ đồng", "14.560", B(14560), "money", "đồng", "tổng chi ngân sách địa phương", H6,
      percent=46.3, status="estimate"),
    F("chi đầu tư phát triển 4.980 tỷ", "4.980", B(4980), "money", "đồng", "chi đầu tư phát triển", H6,
      total=B(14560), status="estimate"),
    F("chi thường xuyên 9.215 tỷ", "9.215", B(9215), "money", "đồng", "chi thường xuyên", H6,
      total=B(14560), status="estimate"),
    F("là 1.045 tỷ đồng", "1.045", B(1045), "money", "đồng", "tổng số nợ thuế trên địa bàn", ASOF,
      change=CH("increase", 6.4, baseline="thời điểm 31/12/2023")),
    F("khả năng thu 712 tỷ", "712", B(712), "money", "đồng", "nợ có khả năng thu", ASOF, total=B(1045)),
    F("ban hành 3.126 quyết định", "3.126", 3126, "count", "quyết định", "quyết định cưỡng chế nợ thuế", I(ASOF)),
    F("khoảng 185 tỷ đồng", "185", B(185), "money", "đồng", "nợ thuế thu hồi được", I(ASOF), approx="about"),
    F("đạt trên 17.600 tỷ đồng", "17.600", B(17600), "money", "đồng", "tổng thu ngân sách", Y24,
      approx="over", status="target"),
    F("từ 15.800 đến 16.000 tỷ", "15.800", B(15800), "money", "đồng", "thu nội địa", Y24,
      value_max=B(16000), total=B(17600), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (breadcrumb, Cập nhật, Lượt xem): thu, chi ngân sách và nợ thuế 6 tháng đầu năm 2024 (invented).",
    "Headline 6 tháng takes 2024 from the Cập nhật line. 'ước' governs the trong đó clauses; second share 'chiếm gần 28%' optional;",
    "threshold 'trên 50%' optional. Distractors: Lượt xem 1.284, Quyết định số 1925/QĐ-UBND, Số 16 Trường Thi, phone 0238.3844.123.",
]

if __name__ == "__main__":
    emit("p557-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Nghệ An")
