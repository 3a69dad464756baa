from lib import Doc, P, C, T

text = """Báo Phú Thọ điện tử
Kinh tế › Nông nghiệp

Sản lượng chè búp tươi 6 tháng ước đạt gần 98.500 tấn
THU HÀ 14:20, 05/07/2024

(BPT) - Theo Sở Nông nghiệp và PTNT, 6 tháng đầu năm, tổng sản lượng chè búp tươi toàn tỉnh ước đạt gần 98.500 tấn, đạt 52% kế hoạch, tăng 2,1% so với cùng kỳ. Năng suất bình quân đạt 101,6 tạ/ha.

Các huyện có sản lượng lớn là Thanh Sơn 22.300 tấn, Yên Lập 15.800 tấn, Đoan Hùng 14.100 tấn, Thanh Ba 11.700 tấn và Hạ Hòa 9.600 tấn.

Hiện toàn tỉnh có 15.200 ha chè, trên 90% diện tích là các giống chè mới như LDP1, PH8, Kim Tuyên, Bát Tiên. Từ đầu năm đến nay, các địa phương đã trồng mới, trồng lại 285 ha chè, đạt 57% kế hoạch năm.

Giá chè búp tươi loại A bình quân 8.200 đồng/kg, tăng khoảng 500 đồng/kg so với cùng kỳ năm 2023; chè loại B từ 5.500 đến 6.000 đồng/kg. Toàn tỉnh có 168 cơ sở chế biến chè công nghiệp với tổng công suất trên 1.600 tấn búp tươi/ngày, trong đó 12 cơ sở có công suất từ 60 tấn/ngày trở lên.

Chè Phú Thọ xuất khẩu 6 tháng ước đạt 11.500 tấn, kim ngạch 19,2 triệu USD, chủ yếu sang Pakistan, Ấn Độ, Đài Loan (Trung Quốc).

Mục tiêu năm 2024, sản lượng chè búp tươi toàn tỉnh đạt 189.000 tấn, giá trị sản xuất chè đạt 1.850 tỷ đồng. Ông Nguyễn Văn Minh, Phó Giám đốc Sở cho biết, Sở sẽ phối hợp với Công ty cổ phần Chè Phú Đa tổ chức tập huấn tại 3 huyện trọng điểm.

(Theo số liệu Cục Thống kê tỉnh)
"""

d = Doc("p304-3", text, [
    "Báo Phú Thọ (Party newspaper): tea harvest first half of 2024 — output, yield, district list, area, replanting, prices, factories, exports, 2024 targets.",
    "Dateline 'THU HÀ 14:20, 05/07/2024' (byline before time and date). Year-less '6 tháng đầu năm' / '6 tháng' take 2024 from the dateline.",
    "The title repeats 98.500 (a figure of its own). District list: location = district, subject = the indicator, period inherited; status actual",
    "(the 'ước' cue governs only its own sentence). '12 cơ sở' is a part of the 168 (trong đó); 'từ 60 tấn/ngày trở lên' is a threshold: optional.",
    "'Từ đầu năm đến nay' runs to the dateline. 'loại A/B', LDP1, PH8, 'Đài Loan (Trung Quốc)' are not figures; 'tại 3 huyện trọng điểm' (a detail of a planned training) is optional.",
], published="2024-07-05", location="Phú Thọ")

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
d.f("ước đạt gần 98.500 tấn\n", "98.500", 98500, "measure", "tấn", "sản lượng chè búp tươi",
    P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly", status="estimate")
d.f("ước đạt gần 98.500 tấn, đạt", "98.500", 98500, "measure", "tấn", "tổng sản lượng chè búp tươi", H1,
    approx="nearly", percent=52, change=C("increase", 2.1, "%", "cùng kỳ"), status="estimate")
d.f("đạt 101,6 tạ/ha", "101,6", 101.6, "measure", "tạ/ha", "năng suất bình quân", H1i)
for anchor, num, val, loc in [("Thanh Sơn 22.300 tấn", "22.300", 22300, "Thanh Sơn"), ("Yên Lập 15.800 tấn", "15.800", 15800, "Yên Lập"),
                              ("Đoan Hùng 14.100 tấn", "14.100", 14100, "Đoan Hùng"), ("Thanh Ba 11.700 tấn", "11.700", 11700, "Thanh Ba"),
                              ("Hạ Hòa 9.600 tấn", "9.600", 9600, "Hạ Hòa")]:
    d.f(anchor, num, val, "measure", "tấn", "sản lượng chè búp tươi", H1i, location=loc)
d.f("có 15.200 ha", "15.200", 15200, "measure", "ha", "diện tích chè")
d.f("trên 90% diện tích", "90", 90, "percent", "%", "diện tích giống chè mới", approx="over")
d.f("trồng lại 285 ha", "285", 285, "measure", "ha", "diện tích chè trồng mới, trồng lại",
    P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05"), percent=57)
d.f("bình quân 8.200 đồng/kg", "8.200", 8200, "money", "đồng/kg", "giá chè búp tươi loại A",
    change=C("increase", 500, "đồng/kg", "cùng kỳ năm 2023", approx="about"))
d.f("từ 5.500 đến 6.000 đồng/kg", "5.500", 5500, "money", "đồng/kg", "giá chè búp tươi loại B", value_max=6000)
d.f("có 168 cơ sở", "168", 168, "count", "cơ sở", "cơ sở chế biến chè công nghiệp")
d.f("trên 1.600 tấn", "1.600", 1600, "measure", "tấn/ngày", "tổng công suất", approx="over")
d.f("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở có công suất từ 60 tấn/ngày trở lên", total=168)
d.f("từ 60 tấn/ngày", "60", 60, "measure", "tấn/ngày", "công suất", approx="at_least", optional=True)
X6 = P("6 tháng", "2024-01-01", "2024-06-30")
d.f("ước đạt 11.500 tấn", "11.500", 11500, "measure", "tấn", "chè xuất khẩu", X6, status="estimate")
d.f("kim ngạch 19,2 triệu USD", "19,2", 19.2e6, "money", "USD", "kim ngạch xuất khẩu chè", X6, status="estimate")
Y = P("năm 2024", "2024-01-01", "2024-12-31")
d.f("đạt 189.000 tấn", "189.000", 189000, "measure", "tấn", "sản lượng chè búp tươi", Y, status="target")
d.f("đạt 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "giá trị sản xuất chè", Y, status="target")
d.f("tại 3 huyện", "3", 3, "count", "huyện", "huyện trọng điểm tổ chức tập huấn", optional=True)
d.write()
