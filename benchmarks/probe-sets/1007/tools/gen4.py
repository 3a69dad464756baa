"""p1007-4: ministry site (Bộ Y tế), national review of the village-midwife model, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Sức khỏe bà mẹ - trẻ em
Cô đỡ thôn bản: "cánh tay nối dài" của y tế cơ sở vùng đồng bào dân tộc thiểu số
Ngày đăng: 28/11/2023 | Lượt xem: 1.047
Sáng 27/11, tại Hà Nội, Vụ Sức khỏe Bà mẹ - Trẻ em (Bộ Y tế) phối hợp với Quỹ Dân số Liên hợp quốc (UNFPA) tổ chức hội nghị tổng kết mô hình cô đỡ thôn bản lần thứ 3.
Theo báo cáo tại hội nghị, từ năm 2015 đến nay, cả nước đã đào tạo được hơn 3.300 cô đỡ thôn bản tại 32 tỉnh miền núi, vùng đồng bào dân tộc thiểu số. Tính đến tháng 10/2023, có 2.790 cô đỡ còn hoạt động, chiếm khoảng 84% số đã được đào tạo. Các tỉnh có nhiều cô đỡ thôn bản nhất lần lượt là Gia Lai (318 người), Hà Giang (305 người), Điện Biên (262 người) và Kon Tum (214 người).
Giai đoạn 2021-2023, Dự án 7 thuộc Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg đã bố trí 126 tỷ đồng cho đào tạo, duy trì đội ngũ này.
Năm 2022, tỷ lệ phụ nữ đẻ tại nhà ở vùng đồng bào dân tộc thiểu số vẫn ở mức 21,5%, cao gấp khoảng 3 lần mức bình quân cả nước (7,2%). Tỷ số tử vong mẹ ở một số tỉnh miền núi phía Bắc và Tây Nguyên còn khoảng 100-150 ca/100.000 trẻ đẻ sống, trong khi bình quân cả nước là 46 ca/100.000 trẻ đẻ sống.
Số nhân viên y tế thôn bản trên cả nước cũng giảm từ 48.930 người năm 2020 xuống còn 46.752 người năm 2022, chủ yếu do mức phụ cấp thấp.
Mục tiêu đến năm 2030, 100% thôn, bản vùng khó khăn có nhân viên y tế hoặc cô đỡ thôn bản hoạt động; trên 95% phụ nữ đẻ được nhân viên y tế đã qua đào tạo hỗ trợ và tỷ lệ đẻ tại nhà giảm xuống dưới 10%.
Phát biểu tại hội nghị, Thứ trưởng Bộ Y tế đề nghị các địa phương bố trí ngân sách chi trả phụ cấp cho cô đỡ thôn bản, đồng thời thực hiện đúng tiêu chuẩn, nhiệm vụ của nhân viên y tế thôn bản theo Thông tư số 07/2013/TT-BYT."""

SINCE = P("từ năm 2015 đến nay", "2015-01-01", "2023-11-28")
ASOF = P("Tính đến tháng 10/2023", end="2023-10-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
RATE = "ca/100.000 trẻ đẻ sống"

FIGS = [
    F("hơn 3.300 cô đỡ", "3.300", 3300, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được đào tạo", SINCE, approx="over"),
    F("tại 32 tỉnh", "32", 32, "count", "tỉnh", "tỉnh miền núi, vùng đồng bào dân tộc thiểu số có cô đỡ thôn bản được đào tạo",
      SINCE),
    F("có 2.790 cô đỡ", "2.790", 2790, "count", "cô đỡ", "cô đỡ còn hoạt động", ASOF, percent=84),
    F("Gia Lai (318 người)", "318", 318, "count", "người", "cô đỡ thôn bản", I(ASOF), location="Gia Lai"),
    F("Hà Giang (305 người)", "305", 305, "count", "người", "cô đỡ thôn bản", I(ASOF), location="Hà Giang"),
    F("Điện Biên (262 người)", "262", 262, "count", "người", "cô đỡ thôn bản", I(ASOF), location="Điện Biên"),
    F("Kon Tum (214 người)", "214", 214, "count", "người", "cô đỡ thôn bản", I(ASOF), location="Kon Tum"),
    F("bố trí 126 tỷ đồng", "126", 126e9, "money", "đồng", "kinh phí Dự án 7 bố trí cho đào tạo, duy trì đội ngũ cô đỡ thôn bản",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("ở mức 21,5%", "21,5", 21.5, "percent", "%", "tỷ lệ phụ nữ đẻ tại nhà ở vùng đồng bào dân tộc thiểu số", Y22,
      change=C("increase", 3, "lần", "mức bình quân cả nước", approx="about")),
    F("cả nước (7,2%)", "7,2", 7.2, "percent", "%", "tỷ lệ phụ nữ đẻ tại nhà bình quân cả nước", Y22),
    F("khoảng 100-150 ca", "100", 100, "measure", RATE, "tỷ số tử vong mẹ ở một số tỉnh miền núi phía Bắc và Tây Nguyên",
      I(Y22), value_max=150, approx="about"),
    F("là 46 ca", "46", 46, "measure", RATE, "tỷ số tử vong mẹ bình quân cả nước", I(Y22)),
    F("từ 48.930 người", "48.930", 48930, "count", "người", "nhân viên y tế thôn bản", P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 46.752 người", "46.752", 46752, "count", "người", "nhân viên y tế thôn bản", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("2030, 100%", "100", 100, "percent", "%", "tỷ lệ thôn, bản vùng khó khăn có nhân viên y tế hoặc cô đỡ thôn bản hoạt động",
      T30, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ phụ nữ đẻ được nhân viên y tế đã qua đào tạo hỗ trợ", T30,
      approx="over", status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ đẻ tại nhà", T30, approx="under", status="target"),
]

NOTES = [
    "p1007-4: Cổng TTĐT Bộ Y tế: hội nghị tổng kết mô hình cô đỡ thôn bản; national figures (location Việt Nam), province list.",
    "'Ngày đăng: 28/11/2023' gives published; 'Lượt xem: 1.047', 'Sáng 27/11', 'lần thứ 3', Dự án 7, QĐ 1719/QĐ-TTg, TT 07/2013/TT-BYT are not figures.",
    "'từ năm 2015 đến nay' ends at published. 2.790 'chiếm khoảng 84%' → percent 84 (the 'khoảng' qualifies the share, the count is exact).",
    "'cao gấp khoảng 3 lần mức bình quân cả nước' after 21,5% → its change (increase, 3 lần, about), read like 'tăng hơn 2,8 lần'.",
    "Rates keep their denominator in the unit ('ca/100.000 trẻ đẻ sống'); '100-150' is a range. The region 'miền núi phía Bắc và Tây Nguyên'",
    "is no province: location left at the article's Việt Nam. 'giảm từ 48.930 người năm 2020 xuống còn 46.752 người năm 2022' → two counts.",
]

write(4, TEXT, NOTES, FIGS, published="2023-11-28", location="Việt Nam")
