"""p671-8: Commune portal (xã Tân Thiềng, huyện Chợ Lách) — coconut farmers' incomes 2023, cooperative, poverty rate, 2024 target."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử xã Tân Thiềng - huyện Chợ Lách - tỉnh Bến Tre
Trang chủ » Kinh tế » Nông nghiệp
Đăng ngày: 26/12/2023 | Lượt xem: 412

Thu nhập của nông dân trồng dừa xã Tân Thiềng tăng khá

Năm 2023, xã Tân Thiềng có 1.046 ha dừa, chiếm 78% diện tích đất nông nghiệp, với 2.318 hộ trồng dừa. Nhờ chuyển sang trồng dừa xiêm xanh, năng suất bình quân đạt từ 140 đến 160 quả/cây/năm.

Thu nhập từ dừa của hộ trồng dừa xiêm bình quân đạt 165 triệu đồng/ha/năm, tăng 22 triệu đồng/ha so với năm 2022. Thu nhập bình quân đầu người của xã ước đạt 72,4 triệu đồng/người/năm, tăng 8,1%. Tỷ lệ hộ nghèo của xã còn 1,35%, giảm 0,42 điểm phần trăm so với cuối năm 2022.

Hợp tác xã Nông nghiệp dừa hữu cơ Tân Thiềng hiện có 312 thành viên với 286,5 ha đạt chứng nhận hữu cơ EU và USDA; năm 2023 hợp tác xã cung ứng cho doanh nghiệp 3,8 triệu quả dừa, doanh thu hơn 19 tỷ đồng. Thành viên được doanh nghiệp bao tiêu với giá cao hơn thị trường 10.000 đồng/chục.

Ngoài ra, 145 hộ nuôi ong dưới tán dừa và 96 hộ trồng xen ca cao, mỗi năm có thêm từ 20 đến 30 triệu đồng/ha. Phấn đấu năm 2024, thu nhập bình quân đầu người của xã đạt 78 triệu đồng, không còn hộ nghèo.

Bộ phận Văn hóa - Thông tin xã
Địa chỉ: Ấp Tân Hưng, xã Tân Thiềng, huyện Chợ Lách; điện thoại: 0275.3871.205
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.046 ha dừa", "1.046", 1046, "measure", "ha", "diện tích dừa", Y23, percent=78),
    F("với 2.318 hộ", "2.318", 2318, "count", "hộ", "hộ trồng dừa", Y23),
    F("từ 140 đến 160", "140", 140, "measure", "quả/cây/năm", "năng suất dừa xiêm xanh bình quân", I(Y23),
      value_max=160),
    F("đạt 165 triệu", "165", 165000000, "money", "đồng/ha/năm", "Thu nhập từ dừa của hộ trồng dừa xiêm bình quân",
      I(Y23), change=CH("increase", 22000000, "đồng/ha", "năm 2022")),
    F("ước đạt 72,4 triệu", "72,4", 72400000, "money", "đồng/người/năm", "Thu nhập bình quân đầu người của xã",
      I(Y23), change=CH("increase", 8.1, "%"), status="estimate"),
    F("còn 1,35%", "1,35", 1.35, "percent", "%", "Tỷ lệ hộ nghèo của xã", I(Y23),
      change=CH("decrease", 0.42, "điểm phần trăm", "cuối năm 2022")),
    F("có 312 thành viên", "312", 312, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp dừa hữu cơ Tân Thiềng"),
    F("với 286,5 ha", "286,5", 286.5, "measure", "ha", "diện tích đạt chứng nhận hữu cơ EU và USDA của hợp tác xã"),
    F("doanh nghiệp 3,8 triệu quả", "3,8", 3800000, "count", "quả", "dừa hợp tác xã cung ứng cho doanh nghiệp", Y23b),
    F("hơn 19 tỷ đồng", "19", 19000000000, "money", "đồng", "doanh thu của hợp tác xã", Y23b, approx="over"),
    F("thị trường 10.000 đồng/chục", "10.000", 10000, "money", "đồng/chục",
      "giá bao tiêu cho thành viên cao hơn thị trường"),
    F("145 hộ", "145", 145, "count", "hộ", "hộ nuôi ong dưới tán dừa"),
    F("96 hộ", "96", 96, "count", "hộ", "hộ trồng xen ca cao"),
    F("từ 20 đến 30 triệu", "20", 20000000, "money", "đồng/ha", "thu nhập thêm mỗi năm từ nuôi ong, trồng xen ca cao",
      value_max=30000000),
    F("đạt 78 triệu đồng", "78", 78000000, "money", "đồng", "thu nhập bình quân đầu người của xã", Y24, status="target"),
]

COMMENTS = [
    "Commune portal of xã Tân Thiềng, huyện Chợ Lách, Bến Tre (invented): thu nhập nông dân trồng dừa năm 2023, HTX dừa hữu cơ, hộ nghèo.",
    "'Đăng ngày: 26/12/2023' (published); 'Lượt xem: 412', 'Ấp Tân Hưng', phone are furniture. Location is the district Chợ Lách",
    "(location is a province, city or district; the commune lies in Chợ Lách). '1.046 ha …, chiếm 78%' → percent 78.",
    "'tăng 22 triệu đồng/ha so với năm 2022' is the change of 165 triệu đồng/ha/năm; 'giảm 0,42 điểm phần trăm' is the change of 1,35%.",
    "'giá cao hơn thị trường 10.000 đồng/chục' is a premium as the claim (money). 'Phấn đấu năm 2024 … 78 triệu đồng' → target.",
    "'không còn hộ nghèo' has no number. 'hiện có' gives no period.",
]

if __name__ == "__main__":
    emit("p671-8", TEXT, COMMENTS, FIGS, published="2023-12-26", location="Chợ Lách")
