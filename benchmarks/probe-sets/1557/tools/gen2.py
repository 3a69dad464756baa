"""p1557-2: district portal (huyện Thanh Sơn, Phú Thọ): a herbal-shampoo cooperative, district OCOP products."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH SƠN - TỈNH PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Chương trình OCOP

HTX Thảo dược Võ Miếu nâng tầm sản phẩm dầu gội bồ kết

14/08/2024 - 10:20

Thành lập năm 2018 với 7 thành viên, hiện Hợp tác xã Thảo dược Võ Miếu (xã Võ Miếu) đã có 26 thành viên, liên kết với hơn 120 hộ trồng bồ kết, hương nhu, sả trên diện tích khoảng 45 ha. Mỗi năm, HTX thu mua từ 80 đến 100 tấn nguyên liệu tươi với giá 15.000-18.000 đồng/kg.

HTX có 4 dòng sản phẩm chính gồm dầu gội bồ kết, dầu xả hương nhu, sữa tắm thảo dược và nước súc miệng, trong đó dầu gội bồ kết đạt chứng nhận OCOP 4 sao năm 2023. 7 tháng đầu năm 2024, HTX tiêu thụ 46.500 chai các loại, tăng 35% so với cùng kỳ; doanh thu đạt 2,9 tỷ đồng, bằng 64% kế hoạch năm. Dầu gội bồ kết chai 500 ml có giá bán lẻ 95.000 đồng/chai.

Giám đốc HTX, chị Hà Thị Lan cho biết, HTX đang xây dựng nhà xưởng mới rộng 600 m2 với tổng vốn khoảng 3,5 tỷ đồng, trong đó vốn hỗ trợ từ chương trình khuyến công là 500 triệu đồng. Dự kiến trong quý IV năm nay, HTX đưa vào sử dụng thêm một dây chuyền chiết rót, tạo việc làm cho ba chục lao động địa phương. Thu nhập của lao động dự kiến từ 5 đến 6,5 triệu đồng/người/tháng.

Toàn huyện Thanh Sơn hiện có 41 sản phẩm OCOP, trong đó 6 sản phẩm thuộc nhóm mỹ phẩm, thảo dược. Phấn đấu đến năm 2025, huyện có ít nhất 50 sản phẩm OCOP đạt từ 3 sao trở lên.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Thanh Sơn: Hội nghị sơ kết 6 tháng chương trình xây dựng nông thôn mới
- Xã Võ Miếu ra mắt tổ hợp tác trồng sả

UBND HUYỆN THANH SƠN
Địa chỉ: Khu Tân Thịnh, thị trấn Thanh Sơn, tỉnh Phú Thọ
Điện thoại: 0210.3873.215
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên",
        subject="thành viên hợp tác xã khi thành lập", period=Y18),
    fig("có 26 thành viên", "26", 26, "count", "thành viên",
        subject="thành viên Hợp tác xã Thảo dược Võ Miếu"),
    fig("hơn 120 hộ", "120", 120, "count", "hộ", approx="over",
        subject="hộ trồng bồ kết, hương nhu, sả liên kết với HTX"),
    fig("khoảng 45 ha", "45", 45, "measure", "ha", approx="about",
        subject="diện tích trồng bồ kết, hương nhu, sả"),
    fig("từ 80 đến 100 tấn", "80", 80, "measure", "tấn/năm", value_max=100,
        subject="nguyên liệu tươi HTX thu mua mỗi năm"),
    fig("giá 15.000-18.000", "15.000", 15000, "money", "đồng/kg", value_max=18000,
        subject="giá thu mua nguyên liệu tươi"),
    fig("có 4 dòng", "4", 4, "count", "dòng sản phẩm",
        subject="dòng sản phẩm chính của HTX"),
    fig("tiêu thụ 46.500 chai", "46.500", 46500, "count", "chai", change=chg("increase", 35, baseline="cùng kỳ"),
        subject="chai các loại HTX tiêu thụ", period=M7),
    fig("đạt 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", percent=64,
        subject="doanh thu của HTX", period=M7),
    fig("chai 500 ml", "500", 500, "measure", "ml", subject="dung tích chai dầu gội bồ kết", optional=True),
    fig("95.000 đồng/chai", "95.000", 95000, "money", "đồng/chai",
        subject="giá bán lẻ dầu gội bồ kết"),
    fig("rộng 600 m2", "600", 600, "measure", "m2",
        subject="diện tích nhà xưởng mới"),
    fig("khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="about",
        subject="tổng vốn xây dựng nhà xưởng mới"),
    fig("là 500 triệu", "500", 500e6, "money", "đồng", total=3.5e9,
        subject="vốn hỗ trợ từ chương trình khuyến công"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền chiết rót HTX đưa vào sử dụng thêm", period=Q4),
    fig("cho ba chục lao động", "ba", 30, "count", "lao động", status="forecast",
        subject="lao động địa phương được tạo việc làm", period=Q4),
    fig("từ 5 đến 6,5 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=6.5e6, status="forecast",
        subject="thu nhập của lao động"),
    fig("có 41 sản phẩm", "41", 41, "count", "sản phẩm OCOP",
        subject="sản phẩm OCOP của huyện"),
    fig("trong đó 6 sản phẩm", "6", 6, "count", "sản phẩm", total=41,
        subject="sản phẩm OCOP thuộc nhóm mỹ phẩm, thảo dược"),
    fig("ít nhất 50 sản phẩm", "50", 50, "count", "sản phẩm OCOP", approx="at_least", status="target",
        subject="sản phẩm OCOP đạt từ 3 sao trở lên", period=T25),
]

NOTES = [
    "District portal (huyện Thanh Sơn, Phú Thọ): portal banner naming the district, menu, '14/08/2024 - 10:20', 'Nguồn:', 'Tin khác', address and phone footer.",
    "Distractors: 'OCOP 4 sao năm 2023', 'từ 3 sao trở lên' (a rating level, not a count), 'sơ kết 6 tháng' in a link title, 'Khu Tân Thịnh', phone 0210.3873.215, 10:20.",
    "Every figure is in the district (xã Võ Miếu belongs to it): default location Thanh Sơn.",
    "'Thành lập năm 2018 với 7 thành viên': 7 gets năm 2018; 'hiện ... 26 thành viên' no period. 'Mỗi năm ... từ 80 đến 100 tấn' is a yearly rate (tấn/năm).",
    "'chai 500 ml' is the bottle size: optional (a product spec, not a claim). 'ba chục lao động' = 30 (number word 'ba' with 'chục').",
    "'Dự kiến trong quý IV năm nay' governs 'một dây chuyền' and 'ba chục lao động' (forecast, period quý IV 2024); the income sentence repeats 'dự kiến' (forecast), no period.",
    "revised after the first run: 46.500 chai subject 'chai sản phẩm HTX tiêu thụ' → 'chai các loại HTX tiêu thụ' (the sentence's own words; 'sản phẩm' was my gloss).",
    "'trong đó vốn hỗ trợ ... là 500 triệu đồng' → total 3,5 tỷ; 'trong đó 6 sản phẩm' → total 41.",
]

if __name__ == "__main__":
    write("p1557-2", TEXT, NOTES, FIGS, published="2024-08-14", location="Thanh Sơn")
