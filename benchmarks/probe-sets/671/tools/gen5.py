"""p671-5: Party newspaper (Báo Đồng Khởi) — coconut processing firms in Bến Tre, 10 months 2023; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Công nghiệp chế biến dừa - động lực tăng trưởng của tỉnh

(BĐK) - Toàn tỉnh Bến Tre hiện có 615 cơ sở, doanh nghiệp chế biến dừa, trong đó 74 doanh nghiệp chế biến quy mô công nghiệp, tăng 9 doanh nghiệp so với năm 2020. Các sản phẩm chủ lực gồm cơm dừa nạo sấy, nước dừa đóng hộp, sữa dừa, dầu dừa tinh khiết, than hoạt tính và chỉ xơ dừa.

10 tháng năm 2023, giá trị sản xuất công nghiệp chế biến dừa ước đạt 9.860 tỷ đồng, chiếm 38,5% giá trị sản xuất toàn ngành công nghiệp, tăng 6,3% so với cùng kỳ. Kim ngạch xuất khẩu các sản phẩm dừa ước đạt 352 triệu USD, đạt 84,6% kế hoạch năm.

Công suất chế biến của các nhà máy đạt khoảng 1,2 tỷ trái dừa/năm, trong khi sản lượng dừa của tỉnh chỉ khoảng 700 triệu trái; mỗi năm các doanh nghiệp phải thu mua thêm từ 350 đến 400 triệu trái từ các tỉnh lân cận. Ngành chế biến dừa đang giải quyết việc làm cho hơn 35.000 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Nhiều doanh nghiệp đầu tư dây chuyền hiện đại, như Công ty TNHH Chế biến dừa Lương Quới (xã Phong Nẫm, huyện Giồng Trôm) với dây chuyền 200 tấn dừa/ngày, hay Betrimex với nhà máy tại Khu công nghiệp Giao Long giai đoạn 2. Tỉnh đã có 27 sản phẩm từ dừa đạt chuẩn OCOP từ 3 sao trở lên, trong đó 4 sản phẩm đạt 5 sao.

Theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, phấn đấu đến năm 2025 giá trị sản xuất công nghiệp chế biến dừa đạt 15.000 tỷ đồng, tỷ lệ dừa được chế biến sâu đạt 80%.

TRẦN QUANG

17/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 615 cơ sở", "615", 615, "count", "cơ sở, doanh nghiệp", "cơ sở, doanh nghiệp chế biến dừa"),
    F("74 doanh nghiệp", "74", 74, "count", "doanh nghiệp", "doanh nghiệp chế biến quy mô công nghiệp", total=615,
      change=CH("increase", 9, "doanh nghiệp", "năm 2020")),
    F("ước đạt 9.860 tỷ đồng", "9.860", 9860000000000, "money", "đồng", "giá trị sản xuất công nghiệp chế biến dừa",
      M10, percent=38.5, change=CH("increase", 6.3, "%", "cùng kỳ"), status="estimate"),
    F("ước đạt 352 triệu USD", "352", 352000000, "money", "USD", "Kim ngạch xuất khẩu các sản phẩm dừa", I(M10),
      percent=84.6, status="estimate"),
    F("khoảng 1,2 tỷ trái", "1,2", 1200000000, "measure", "trái dừa/năm", "Công suất chế biến của các nhà máy",
      approx="about"),
    F("khoảng 700 triệu trái", "700", 700000000, "count", "trái", "sản lượng dừa của tỉnh", approx="about"),
    F("từ 350 đến 400 triệu", "350", 350000000, "count", "trái", "dừa doanh nghiệp thu mua thêm từ các tỉnh lân cận mỗi năm",
      value_max=400000000),
    F("hơn 35.000 lao động", "35.000", 35000, "count", "lao động", "lao động ngành chế biến dừa được giải quyết việc làm",
      approx="over"),
    F("bình quân 7,8 triệu", "7,8", 7800000, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành chế biến dừa"),
    F("dây chuyền 200 tấn", "200", 200, "measure", "tấn/ngày",
      "công suất dây chuyền Công ty TNHH Chế biến dừa Lương Quới", location="Giồng Trôm"),
    F("có 27 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm từ dừa đạt chuẩn OCOP từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng OCOP tối thiểu", approx="at_least", optional=True),
    F("4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm từ dừa đạt OCOP 5 sao", total=27),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng OCOP", optional=True),
    F("đạt 15.000 tỷ đồng", "15.000", 15000000000000, "money", "đồng", "giá trị sản xuất công nghiệp chế biến dừa", T25,
      status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ dừa được chế biến sâu", T25, status="target"),
]

COMMENTS = [
    "Báo Đồng Khởi (Party newspaper, invented): công nghiệp chế biến dừa Bến Tre, 10 tháng 2023. Byline 'TRẦN QUANG' and date '17/11/2023' at the end.",
    "'(BĐK)' tag; 'Đại hội … lần thứ XI', 'Khu công nghiệp Giao Long giai đoạn 2', 'năm 2020' (baseline) are not figures.",
    "74 doanh nghiệp follows 'trong đó' after 615 cơ sở, doanh nghiệp (the same establishments): total 615; its change is +9 vs năm 2020.",
    "9.860 tỷ carries percent 38,5 (chiếm) and change 6,3% (tăng). 'đạt 84,6% kế hoạch năm' → percent of 352 triệu USD.",
    "Capacity '1,2 tỷ trái dừa/năm' and '200 tấn dừa/ngày' are rates: measure with the rate in the unit. OCOP star grades '3 sao', '5 sao'",
    "are grade names/thresholds: optional. The Lương Quới line is in huyện Giồng Trôm: location Giồng Trôm.",
    "revised after the first scoring: unit of '200 tấn dừa/ngày' is 'tấn/ngày' (the shortest noun phrase; 'dừa' is the material, not part of",
    "a measure unit); 'trái dừa/năm' is kept (trái dừa names the thing counted, like 'thẻ căn cước').",
]

if __name__ == "__main__":
    emit("p671-5", TEXT, COMMENTS, FIGS, published="2023-11-17", location="Bến Tre")
