from lib import F, P, CH, TG, emit

TEXT = """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Thứ Hai, 08/07/2024 - 09:12

Đẩy mạnh kết nối cung cầu, mở rộng thị trường tiêu thụ nông sản

(BSL) - 6 tháng đầu năm 2024, các cấp, ngành của tỉnh đã tổ chức 27 hoạt động xúc tiến thương mại, kết nối tiêu thụ nông sản, tăng 6 hoạt động so với cùng kỳ. Tổng sản lượng nông sản được tiêu thụ thông qua các hoạt động này đạt trên 31.000 tấn, trong đó xuất khẩu 9.850 tấn, tiêu thụ nội địa hơn 21.000 tấn.

Riêng sản phẩm mận hậu, vụ năm nay toàn tỉnh có 16.700 ha, sản lượng ước đạt 135.000 tấn. Tính đến ngày 30/6, các doanh nghiệp, hợp tác xã đã tiêu thụ gần 110.000 tấn, chiếm 81,5% sản lượng; giá bán bình quân từ 12.000 đến 18.000 đồng/kg, cao hơn năm 2023 khoảng 15%. Các huyện có sản lượng mận tiêu thụ lớn là Mộc Châu (46.000 tấn), Yên Châu (21.500 tấn), Vân Hồ (17.200 tấn).

Quý II/2024, tỉnh đã phối hợp với Bộ Công Thương tổ chức Tuần hàng trái cây, nông sản Sơn La tại Hà Nội với 85 gian hàng, doanh thu đạt gần 3,8 tỷ đồng. Tại Hội nghị xúc tiến tiêu thụ nông sản tổ chức ngày 15/5, đã có 42 biên bản ghi nhớ hợp tác được ký kết với tổng giá trị khoảng 1,15 nghìn tỷ đồng.

Về xuất khẩu, 6 tháng đầu năm, kim ngạch xuất khẩu nông sản của tỉnh ước đạt 38,6 triệu USD, bằng 55,1% kế hoạch năm và tăng 18,2% so với cùng kỳ năm 2023. Sản phẩm xoài, nhãn, chanh leo của tỉnh đã có mặt tại 15 quốc gia, vùng lãnh thổ, như Anh, Mỹ, Úc, Hàn Quốc, Nhật Bản.

Mục tiêu năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu nông sản đạt 70 triệu USD; tổ chức ít nhất 45 hoạt động xúc tiến thương mại.

Thu Hà
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
T30i = P("Tính đến ngày 30/6", None, "2024-06-30", inherited=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 27 hoạt động", "27", 27, "count", "hoạt động",
      "hoạt động xúc tiến thương mại, kết nối tiêu thụ nông sản", H1,
      change=CH("increase", 6, "hoạt động", "cùng kỳ")),
    F("đạt trên 31.000 tấn", "31.000", 31000, "measure", "tấn",
      "tổng sản lượng nông sản được tiêu thụ thông qua các hoạt động xúc tiến", H1i, approx="over"),
    F("xuất khẩu 9.850 tấn", "9.850", 9850, "measure", "tấn", "sản lượng nông sản xuất khẩu", H1i, total=31000),
    F("hơn 21.000 tấn", "21.000", 21000, "measure", "tấn", "sản lượng nông sản tiêu thụ nội địa", H1i,
      approx="over", total=31000),
    F("có 16.700 ha", "16.700", 16700, "measure", "ha", "diện tích mận hậu"),
    F("ước đạt 135.000 tấn", "135.000", 135000, "measure", "tấn", "sản lượng mận hậu", status="estimate"),
    F("gần 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng mận hậu đã tiêu thụ",
      P("Tính đến ngày 30/6", None, "2024-06-30"), approx="nearly", percent=81.5),
    F("từ 12.000 đến 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bán mận hậu bình quân",
      P("Tính đến ngày 30/6", None, "2024-06-30"), value_max=18000,
      change=CH("increase", 15, "%", "năm 2023", approx="about")),
    F("Mộc Châu (46.000 tấn)", "46.000", 46000, "measure", "tấn", "sản lượng mận tiêu thụ", T30i, location="Mộc Châu"),
    F("Yên Châu (21.500 tấn)", "21.500", 21500, "measure", "tấn", "sản lượng mận tiêu thụ", T30i, location="Yên Châu"),
    F("Vân Hồ (17.200 tấn)", "17.200", 17200, "measure", "tấn", "sản lượng mận tiêu thụ", T30i, location="Vân Hồ"),
    F("với 85 gian hàng", "85", 85, "count", "gian hàng", "gian hàng Tuần hàng trái cây, nông sản Sơn La tại Hà Nội",
      P("Quý II/2024", "2024-04-01", "2024-06-30")),
    F("gần 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng", "doanh thu Tuần hàng trái cây, nông sản Sơn La",
      P("Quý II/2024", "2024-04-01", "2024-06-30"), approx="nearly"),
    F("có 42 biên bản", "42", 42, "count", "biên bản ghi nhớ", "biên bản ghi nhớ hợp tác được ký kết"),
    F("khoảng 1,15 nghìn tỷ đồng", "1,15", 1150000000000, "money", "đồng",
      "tổng giá trị biên bản ghi nhớ hợp tác", approx="about"),
    F("ước đạt 38,6 triệu USD", "38,6", 38600000, "money", "USD", "kim ngạch xuất khẩu nông sản",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate", percent=55.1,
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("tại 15 quốc gia", "15", 15, "count", "quốc gia, vùng lãnh thổ",
      "quốc gia, vùng lãnh thổ có sản phẩm xoài, nhãn, chanh leo của tỉnh"),
    F("đạt 70 triệu USD", "70", 70000000, "money", "USD", "kim ngạch xuất khẩu nông sản", Y, status="target"),
    F("ít nhất 45 hoạt động", "45", 45, "count", "hoạt động", "hoạt động xúc tiến thương mại tổ chức", Y,
      status="target", approx="at_least"),
]

COMMENTS = [
    "Báo Sơn La (Party newspaper), dateline 'Thứ Hai, 08/07/2024 - 09:12', '(BSL)' tag, byline at the end.",
    "'tăng 6 hoạt động so với cùng kỳ' is the change of 27 hoạt động (unit hoạt động). 'trên 31.000 tấn, trong đó xuất khẩu …, nội địa …' -> totals;",
    "their period '6 tháng đầu năm 2024' stands in the sentence before (inherited). 'vụ năm nay' (a crop season) is left without a period.",
    "'Tính đến ngày 30/6' (year 2024 from the earlier period) is the as-of period of the sold quantity and the price in the same sentence;",
    "the district list in the next sentence inherits it. 'bằng 55,1% kế hoạch năm và tăng 18,2%' -> percent and change of 38,6 triệu USD;",
    "the plan amount is stated only later as its own target figure (70 triệu USD), so no target attribute. Distractors: 'ngày 15/5', byline, '(BSL)'.",
    "The Tuần hàng held in Hà Nội is Sơn La's event: location Sơn La. Export partner countries are not places of the figures.",
]

emit(4, TEXT, COMMENTS, FIGS, published="2024-07-08", location="Sơn La")
