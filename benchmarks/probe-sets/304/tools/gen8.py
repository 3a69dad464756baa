from lib import Doc, P, C, T

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN CHẤN - TỈNH YÊN BÁI
Tin kinh tế

Văn Chấn: Nâng cao giá trị chè đặc sản Suối Giàng

Quý III/2024, toàn huyện thu hoạch được 16.450 tấn chè búp tươi, tăng 4,2% so với quý III/2023; lũy kế 9 tháng đạt 38.900 tấn, bằng 76,3% kế hoạch năm. Trong đó, chè Shan tuyết Suối Giàng đạt khoảng 1.250 tấn.

Hiện huyện có 6.260 ha chè, trong đó 5.780 ha chè kinh doanh; năng suất bình quân đạt 118 tạ/ha. Giá chè búp tươi tại các xã vùng thấp dao động 6.500-7.500 đồng/kg, chè Shan tuyết búp tươi 25.000-30.000 đồng/kg; chè búp khô Suối Giàng bán từ 500.000 đến 800.000 đồng/kg.

Tính đến 30/9/2024, toàn huyện có 3 doanh nghiệp, 17 hợp tác xã và 126 hộ chế biến chè quy mô vừa và nhỏ; 21 sản phẩm chè được công nhận OCOP, trong đó 1 sản phẩm 5 sao, 4 sản phẩm 4 sao, còn lại đạt 3 sao.

Từ năm 2021 đến nay, huyện đã hỗ trợ trên 3,2 tỷ đồng cho người dân cải tạo, thâm canh 450 ha chè theo tiêu chuẩn VietGAP. Năm 2024, huyện phấn đấu sản lượng chè búp tươi đạt 51.000 tấn, giá trị sản phẩm chè đạt 350 tỷ đồng; đến năm 2025 có thêm 5 sản phẩm chè đạt OCOP.

Chè Văn Chấn chủ yếu được tiêu thụ qua các nhà máy dọc Quốc lộ 32 và đại lý tại tổ 4, thị trấn Sơn Thịnh. Mọi thông tin xin liên hệ Phòng Nông nghiệp và PTNT huyện, ĐT: 0216.3847.125.

Hoàng Nam
10/10/2024
"""

d = Doc("p304-8", text, [
    "District portal (huyện Văn Chấn, Yên Bái): quarter III/2024 and 9-month tea output, area, yield, prices, processors, OCOP, support since 2021, targets.",
    "No dateline at the top; the bare date '10/10/2024' after the byline at the end is the article's date. Location Văn Chấn (district).",
    "'Trong đó, … Suối Giàng đạt khoảng 1.250 tấn' follows the 9-month 38.900 tấn after a sentence break: total 38900 (Suối Giàng is a commune in a",
    "product name, so location stays Văn Chấn). Star levels are labels. 'Từ năm 2021 đến nay' ends at the date. Year-less '9 tháng' takes 2024.",
    "Distractors: 'Quốc lộ 32', 'tổ 4', phone, 'quý III/2023' as a baseline. '3 doanh nghiệp, 17 hợp tác xã và 126 hộ' are three counts (no whole).",
], published="2024-10-10", location="Văn Chấn")

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
d.f("được 16.450 tấn", "16.450", 16450, "measure", "tấn", "chè búp tươi thu hoạch", Q3, change=C("increase", 4.2, "%", "quý III/2023"))
d.f("đạt 38.900 tấn", "38.900", 38900, "measure", "tấn", "sản lượng chè búp tươi lũy kế", P("9 tháng", "2024-01-01", "2024-09-30"), percent=76.3)
d.f("khoảng 1.250 tấn", "1.250", 1250, "measure", "tấn", "sản lượng chè Shan tuyết Suối Giàng",
    P("9 tháng", "2024-01-01", "2024-09-30", True), approx="about", total=38900)
d.f("có 6.260 ha", "6.260", 6260, "measure", "ha", "diện tích chè")
d.f("trong đó 5.780 ha", "5.780", 5780, "measure", "ha", "diện tích chè kinh doanh", total=6260)
d.f("đạt 118 tạ/ha", "118", 118, "measure", "tạ/ha", "năng suất bình quân")
d.f("dao động 6.500-7.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", "giá chè búp tươi tại các xã vùng thấp", value_max=7500)
d.f("tươi 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá chè Shan tuyết búp tươi", value_max=30000)
d.f("từ 500.000 đến 800.000 đồng/kg", "500.000", 500000, "money", "đồng/kg", "giá chè búp khô Suối Giàng", value_max=800000)
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
d.f("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến chè", AS)
d.f("17 hợp tác xã", "17", 17, "count", "hợp tác xã", "hợp tác xã chế biến chè", AS)
d.f("126 hộ", "126", 126, "count", "hộ", "hộ chế biến chè quy mô vừa và nhỏ", AS)
d.f("21 sản phẩm", "21", 21, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP", AS)
d.f("trong đó 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm chè OCOP 5 sao", AS, total=21)
d.f("4 sản phẩm 4 sao", "4", 4, "count", "sản phẩm", "sản phẩm chè OCOP 4 sao", AS, total=21)
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-10")
d.f("trên 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí hỗ trợ cải tạo, thâm canh chè", SINCE, approx="over")
d.f("thâm canh 450 ha", "450", 450, "measure", "ha", "diện tích chè cải tạo, thâm canh theo tiêu chuẩn VietGAP", SINCE)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
d.f("đạt 51.000 tấn", "51.000", 51000, "measure", "tấn", "sản lượng chè búp tươi", Y, status="target")
d.f("đạt 350 tỷ đồng", "350", 350e9, "money", "đồng", "giá trị sản phẩm chè", Y, status="target")
d.f("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm chè đạt OCOP", P("đến năm 2025", None, "2025-12-31"), status="target")
d.write()
