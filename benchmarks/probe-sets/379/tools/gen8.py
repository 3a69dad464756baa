from lib import F, P, C, T, emit

text = """SỞ CÔNG THƯƠNG TỈNH CÀ MAU
Trang chủ > Tin tức > Quản lý năng lượng

Cà Mau: Đẩy nhanh tiến độ xóa điện "câu đuôi" khu vực nông thôn

Trong quý III/2024, Công ty Điện lực Cà Mau đã hoàn thành 24 công trình cải tạo, phát triển lưới điện hạ áp nông thôn với tổng vốn 67,8 tỷ đồng, giúp 3.146 hộ dân chuyển từ sử dụng điện "câu đuôi" sang ký hợp đồng mua điện trực tiếp với ngành điện. Lũy kế từ đầu năm đến nay, toàn tỉnh đã xóa được 8.927 hộ câu đuôi, đạt 89,3% kế hoạch năm (10.000 hộ).

Tính đến ngày 30/9/2024, toàn tỉnh có 386.512 hộ sử dụng điện, đạt 99,62% tổng số hộ; trong đó số hộ sử dụng điện lưới quốc gia là 384.905 hộ, còn khoảng 1.607 hộ sử dụng điện từ nguồn khác (điện mặt trời độc lập, máy phát). Số hộ còn dùng điện "câu đuôi", dùng chung công tơ là 2.215 hộ, tập trung ở các huyện Ngọc Hiển (684 hộ), Phú Tân (521 hộ), U Minh (473 hộ) và Trần Văn Thời (298 hộ).

Tỷ lệ tổn thất điện năng 9 tháng năm 2024 của Công ty ước đạt 3,98%, giảm 0,27 điểm phần trăm so với cùng kỳ; sản lượng điện thương phẩm ước đạt 1.596,4 triệu kWh, tăng 7,8%, đạt 74,5% kế hoạch.

Hộ dùng điện "câu đuôi" thường phải trả giá điện cao hơn từ 20% đến 30% so với giá bán lẻ điện sinh hoạt bậc thang, đồng thời tiềm ẩn nguy cơ mất an toàn. Quý IV/2024, Sở Công Thương phối hợp Công ty Điện lực Cà Mau phấn đấu xóa thêm khoảng 1.100 hộ câu đuôi, nâng tỷ lệ hộ sử dụng điện đến hết năm 2024 lên 99,7%.

Mọi phản ánh về cấp điện, người dân liên hệ Trung tâm Chăm sóc khách hàng EVNSPC qua số 1900 1006 hoặc Sở Công Thương, số 98 Phan Ngọc Hiển, phường 5, TP Cà Mau.

11/10/2024
Phòng Quản lý Năng lượng"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
LK = P("từ đầu năm đến nay", "2024-01-01", "2024-10-11")
A = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Ai = P("Tính đến ngày 30/9/2024", end="2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
E24 = P("đến hết năm 2024", end="2024-12-31")

figs = [
    F("hoàn thành 24 công trình", "24", 24, "count", "công trình", "công trình cải tạo, phát triển lưới điện hạ áp nông thôn", Q3),
    F("vốn 67,8 tỷ đồng", "67,8", 67.8e9, "money", "đồng", "tổng vốn", Q3),
    F("giúp 3.146 hộ", "3.146", 3146, "count", "hộ dân", "hộ dân chuyển sang ký hợp đồng mua điện trực tiếp", Q3),
    F("được 8.927 hộ", "8.927", 8927, "count", "hộ", "hộ câu đuôi đã xóa", LK, percent=89.3, target=T(10000, "hộ", False)),
    F("có 386.512 hộ", "386.512", 386512, "count", "hộ", "hộ sử dụng điện", A, percent=99.62),
    F("là 384.905 hộ", "384.905", 384905, "count", "hộ", "hộ sử dụng điện lưới quốc gia", A, total=386512),
    F("khoảng 1.607 hộ", "1.607", 1607, "count", "hộ", "hộ sử dụng điện từ nguồn khác", A, approx="about", total=386512),
    F("là 2.215 hộ", "2.215", 2215, "count", "hộ", "hộ còn dùng điện câu đuôi, dùng chung công tơ", Ai),
    F("Ngọc Hiển (684 hộ)", "684", 684, "count", "hộ", "hộ còn dùng điện câu đuôi", Ai, location="Ngọc Hiển"),
    F("Phú Tân (521 hộ)", "521", 521, "count", "hộ", "hộ còn dùng điện câu đuôi", Ai, location="Phú Tân"),
    F("U Minh (473 hộ)", "473", 473, "count", "hộ", "hộ còn dùng điện câu đuôi", Ai, location="U Minh"),
    F("Trần Văn Thời (298 hộ)", "298", 298, "count", "hộ", "hộ còn dùng điện câu đuôi", Ai, location="Trần Văn Thời"),
    F("ước đạt 3,98%", "3,98", 3.98, "percent", "%", "tỷ lệ tổn thất điện năng", M9,
      change=C("decrease", 0.27, "điểm phần trăm", "cùng kỳ"), status="estimate"),
    F("ước đạt 1.596,4 triệu kWh", "1.596,4", 1596.4e6, "measure", "kWh", "sản lượng điện thương phẩm", M9,
      change=C("increase", 7.8, "%"), percent=74.5, status="estimate"),
    F("từ 20% đến 30%", "20", 20, "percent", "%", "giá điện hộ dùng điện câu đuôi cao hơn giá bán lẻ điện sinh hoạt",
      value_max=30),
    F("khoảng 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ câu đuôi xóa thêm", Q4, approx="about", status="target"),
    F("lên 99,7%", "99,7", 99.7, "percent", "%", "tỷ lệ hộ sử dụng điện", E24, status="target"),
]

emit("p379-8", text, [
    "Sở Công Thương Cà Mau (department site): xóa điện 'câu đuôi' quý III/2024, hộ sử dụng điện, tổn thất, điện thương phẩm 9 tháng.",
    "No dateline at the top; bare date '11/10/2024' at the end = published. 'Lũy kế từ đầu năm đến nay' = 2024-01-01 … published.",
    "'đạt 89,3% kế hoạch năm (10.000 hộ)': share 89,3 and plan 10.000 hộ as target. 'trong đó … 384.905 hộ, còn khoảng 1.607 hộ' parts of 386.512.",
    "District list after 'tập trung ở' has no part cue and does not add up to 2.215: no total; districts in location.",
    "'cao hơn từ 20% đến 30% so với giá bán lẻ' a percent range standing as the claim (no base amount). Two 'ước đạt' figures are estimates.",
    "Distractors: hotline '1900 1006', address 'số 98 Phan Ngọc Hiển, phường 5', street named after a person, 'câu đuôi' quotes.",
], figs, published="2024-10-11", location="Cà Mau")
