"""p509-8: commune portal (xã Tân Cương, TP. Thái Nguyên) — tea cooperatives, 10 months 2023."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN CƯƠNG
Thành phố Thái Nguyên - Tỉnh Thái Nguyên
Trang chủ » Tin tức » Kinh tế
Đăng ngày: 14/11/2023 09:05 | Lượt xem: 312

Tân Cương: 9 HTX chè có doanh thu 10 tháng trên 62 tỷ đồng

Toàn xã hiện có 9 hợp tác xã (HTX) chè với 214 thành viên, liên kết với hơn 600 hộ dân trồng chè trên diện tích 365 ha. 10 tháng năm 2023, tổng sản lượng chè búp khô của các HTX đạt 1.140 tấn, tăng 6,5% so với cùng kỳ; doanh thu đạt trên 62 tỷ đồng. Giá chè đặc sản dao động từ 350.000 đến 1,2 triệu đồng/kg.

Điển hình, HTX chè Hảo Đạt có 4 sản phẩm đạt OCOP 4 sao, doanh thu 10 tháng ước đạt 9,8 tỷ đồng; HTX chè Tân Hương xuất khẩu 18 tấn chè sang Đài Loan, Nhật Bản. Các HTX đã ký hợp đồng cung ứng chè ổn định với 5 doanh nghiệp và 12 cửa hàng đặc sản trong và ngoài tỉnh. Thu nhập của thành viên HTX gấp 1,5 lần hộ sản xuất đơn lẻ.

Để mở rộng sản xuất, Phòng giao dịch Ngân hàng Chính sách xã hội thành phố đã cho 126 hộ thành viên vay 6,3 tỷ đồng, bình quân 50 triệu đồng/hộ; Quỹ hỗ trợ nông dân xã cho 2 HTX vay 300 triệu đồng mua máy sao chè.

Năm 2024, xã phấn đấu thành lập thêm 2 HTX, nâng diện tích chè liên kết lên 400 ha, trong đó 120 ha sản xuất theo hướng hữu cơ.

Liên hệ: UBND xã Tân Cương, xóm Nam Đồng, TP. Thái Nguyên; điện thoại: 0208.3855.102.
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10h = P("10 tháng", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Tân Cương: 9 HTX", "9", 9, "count", "HTX", "HTX chè"),
    F("10 tháng trên 62 tỷ đồng", "62", 62e9, "money", "đồng", "doanh thu của HTX chè", M10h, approx="over"),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã (HTX) chè"),
    F("với 214 thành viên", "214", 214, "count", "thành viên", "thành viên HTX chè"),
    F("hơn 600 hộ", "600", 600, "count", "hộ", "hộ dân trồng chè liên kết với HTX", approx="over"),
    F("diện tích 365 ha", "365", 365, "measure", "ha", "diện tích chè liên kết"),
    F("đạt 1.140 tấn", "1.140", 1140, "measure", "tấn", "tổng sản lượng chè búp khô của các HTX", M10,
      change=CH("increase", 6.5, "%", "cùng kỳ")),
    F("doanh thu đạt trên 62 tỷ", "62", 62e9, "money", "đồng", "doanh thu của các HTX chè", M10, approx="over"),
    F("từ 350.000 đến 1,2 triệu", "350.000", 350000, "money", "đồng/kg", "giá chè đặc sản", value_max=1.2e6),
    F("có 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao của HTX chè Hảo Đạt"),
    F("ước đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "doanh thu của HTX chè Hảo Đạt", M10h, status="estimate"),
    F("xuất khẩu 18 tấn", "18", 18, "measure", "tấn", "chè xuất khẩu của HTX chè Tân Hương", INH(M10h)),
    F("với 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng cung ứng chè với HTX"),
    F("và 12 cửa hàng", "12", 12, "count", "cửa hàng", "cửa hàng đặc sản ký hợp đồng cung ứng chè với HTX"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "thu nhập của thành viên HTX so với hộ sản xuất đơn lẻ"),
    F("cho 126 hộ", "126", 126, "count", "hộ", "hộ thành viên được Ngân hàng Chính sách xã hội cho vay"),
    F("vay 6,3 tỷ đồng", "6,3", 6.3e9, "money", "đồng", "vốn Ngân hàng Chính sách xã hội cho hộ thành viên vay"),
    F("bình quân 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức vay bình quân"),
    F("cho 2 HTX", "2", 2, "count", "HTX", "HTX được Quỹ hỗ trợ nông dân xã cho vay"),
    F("vay 300 triệu đồng", "300", 300e6, "money", "đồng", "vốn Quỹ hỗ trợ nông dân xã cho HTX vay"),
    F("thêm 2 HTX", "2", 2, "count", "HTX", "HTX thành lập thêm", Y24, status="target"),
    F("lên 400 ha", "400", 400, "measure", "ha", "diện tích chè liên kết", Y24, status="target"),
    F("trong đó 120 ha", "120", 120, "measure", "ha", "diện tích chè sản xuất theo hướng hữu cơ", Y24,
      total=400, status="target"),
]

COMMENTS = [
    "Commune portal (xã Tân Cương, TP. Thái Nguyên): HTX chè, 10 tháng năm 2023; 'Đăng ngày: 14/11/2023 09:05 | Lượt xem: 312'.",
    "A commune is below district level: location is the city/province Thái Nguyên (same name).",
    "Headline '10 tháng' takes 2023 from the Đăng ngày line; 'doanh thu 10 tháng ước đạt 9,8 tỷ' takes it from '10 tháng năm 2023'.",
    "'xuất khẩu 18 tấn' stands in the same sentence as '10 tháng' but in another clause about another HTX: period left unscored.",
    "'Thu nhập … gấp 1,5 lần hộ sản xuất đơn lẻ' stands alone as the claim: multiple. 'từ 350.000 đến 1,2 triệu đồng/kg' is one",
    "money range (value_max 1,2·10^6). 'trong đó 120 ha' → total 400 ha, target like its whole.",
    "Not figures: OCOP '4 sao' (rating level), Lượt xem 312, xóm Nam Đồng, phone 0208.3855.102, dates.",
]

emit("p509-8", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Thái Nguyên")
