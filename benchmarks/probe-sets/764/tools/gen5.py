"""p764-5: Party newspaper (Báo Bắc Giang) — quail and pigeon cooperative in Lạng Giang, eggs, revenue, OCOP, district totals."""
from lib import F, P, I, CH, emit

TEXT = """BÁO BẮC GIANG – CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Kinh tế › Nông nghiệp

Lạng Giang: Hợp tác xã nuôi chim cút thu lãi hơn 1 tỷ đồng mỗi năm

Thành lập từ năm 2019 với 9 thành viên, đến nay Hợp tác xã Chăn nuôi và Dịch vụ Tân Thịnh (thôn Hạ 2, xã Tân Thịnh, huyện Lạng Giang) đã có 23 thành viên, duy trì đàn chim cút đẻ khoảng 120.000 con và 3.500 cặp bồ câu sinh sản.

Ông Nguyễn Văn Thành, Giám đốc HTX cho biết, mỗi ngày HTX thu khoảng 96.000 quả trứng, tỷ lệ đẻ đạt 80-85%. Trứng được bán cho các bếp ăn, siêu thị ở Bắc Giang, Bắc Ninh và Hà Nội với giá 350 đồng/quả. Năm 2023, doanh thu của HTX đạt 11,8 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng; thu nhập bình quân của thành viên 8,5 triệu đồng/người/tháng.

Ngoài chim cút, mỗi tháng HTX xuất bán khoảng 1.800 con bồ câu thịt với giá 65.000 đồng/con, chủ yếu cho các nhà hàng ở thành phố Bắc Giang.

Sản phẩm trứng cút muối của HTX được công nhận OCOP 3 sao năm 2022. Trong quý II/2024, HTX tiêu thụ 8,9 triệu quả trứng, tăng 15% so với quý I; trong đó trứng cút muối, trứng cút bóc vỏ chiếm 30%.

Toàn huyện Lạng Giang hiện có 64 hộ, 3 HTX nuôi chim cút với tổng đàn trên 650.000 con, chiếm gần 40% tổng đàn chim cút của tỉnh. Huyện đặt mục tiêu đến năm 2025 có ít nhất 5 sản phẩm từ chim cút, bồ câu đạt chuẩn OCOP.

Lan Hương

15/07/2024
"""

NOW = P("đến nay", None, "2024-07-15")
Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1 tỷ đồng", "1", 1000000000, "money", "đồng", "lãi hợp tác xã nuôi chim cút mỗi năm", approx="over"),
    F("với 9 thành viên", "9", 9, "count", "thành viên", "thành viên khi thành lập hợp tác xã", Y19),
    F("có 23 thành viên", "23", 23, "count", "thành viên", "thành viên Hợp tác xã Chăn nuôi và Dịch vụ Tân Thịnh", NOW),
    F("khoảng 120.000 con", "120.000", 120000, "count", "con", "đàn chim cút đẻ", NOW, approx="about"),
    F("và 3.500 cặp", "3.500", 3500, "count", "cặp", "cặp bồ câu sinh sản", NOW),
    F("khoảng 96.000 quả", "96.000", 96000, "count", "quả", "trứng HTX thu mỗi ngày", approx="about"),
    F("đạt 80-85%", "80", 80, "percent", "%", "tỷ lệ đẻ", value_max=85),
    F("giá 350 đồng/quả", "350", 350, "money", "đồng/quả", "giá trứng bán"),
    F("đạt 11,8 tỷ đồng", "11,8", 11800000000, "money", "đồng", "doanh thu của HTX", Y23),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "lợi nhuận", Y23, approx="over"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8500000, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên", Y23),
    F("khoảng 1.800 con", "1.800", 1800, "count", "con", "bồ câu thịt HTX xuất bán mỗi tháng", approx="about"),
    F("giá 65.000 đồng/con", "65.000", 65000, "money", "đồng/con", "giá bồ câu thịt"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP trứng cút muối", optional=True),
    F("tiêu thụ 8,9 triệu quả", "8,9", 8900000, "count", "quả", "trứng HTX tiêu thụ", Q2,
      change=CH("increase", 15, baseline="quý I")),
    F("bóc vỏ chiếm 30%", "30", 30, "percent", "%", "tỷ trọng trứng cút muối, trứng cút bóc vỏ", Q2),
    F("có 64 hộ", "64", 64, "count", "hộ", "hộ nuôi chim cút"),
    F("3 HTX nuôi", "3", 3, "count", "HTX", "HTX nuôi chim cút"),
    F("trên 650.000 con", "650.000", 650000, "count", "con", "tổng đàn chim cút", approx="over", percent=40),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm từ chim cút, bồ câu đạt chuẩn OCOP", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper): HTX chăn nuôi chim cút, bồ câu Tân Thịnh, huyện Lạng Giang; byline and bare date '15/07/2024' at the end.",
    "Distractors: 'thôn Hạ 2', 'năm 2019'/'năm 2022' (years), 'quý I' as a baseline. Location Lạng Giang (headline and the district",
    "named in the text); Bắc Giang, Bắc Ninh, Hà Nội are markets, not places of the figures.",
    "Headline figure has no period (a yearly rate). '9 thành viên' at founding: period năm 2019. 'đến nay' → as-of the dateline.",
    "'trong đó trứng cút muối, trứng cút bóc vỏ chiếm 30%': the part has no number, so 30% is a percent figure of its own (no percent",
    "attribute on 8,9 triệu quả). 'tổng đàn trên 650.000 con, chiếm gần 40%' → percent 40. 'OCOP 3 sao' is a rating: optional.",
    "'hiện có' → no period.",
]

if __name__ == "__main__":
    emit("p764-5", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Lạng Giang")
