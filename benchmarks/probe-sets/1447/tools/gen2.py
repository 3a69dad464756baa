"""p1447-2: district portal (huyện Phú Xuyên, Hà Nội): a cloth-mask cooperative in xã Minh Tân; number words."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN
Thành phố Hà Nội
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

HTX May mặc Minh Tân: nghề may khẩu trang vải giúp ba chục phụ nữ có việc làm

18/06/2024 - 14:30

Từ một tổ may nhỏ ở thôn Đồng Vinh (xã Minh Tân), Hợp tác xã May mặc Minh Tân nay đã trở thành một trong những cơ sở may khẩu trang vải lớn của huyện. Hiện HTX có 34 lao động, trong đó 31 lao động nữ, thu nhập từ 6 đến 7,5 triệu đồng/người/tháng. HTX đã đầu tư 12 máy may công nghiệp và hai máy cắt vải tự động.

Năm 2023, HTX sản xuất khoảng 1,2 triệu chiếc khẩu trang vải kháng khuẩn, doanh thu đạt 4,8 tỷ đồng, tăng 15% so với năm 2022. 5 tháng đầu năm nay, HTX tiêu thụ hơn 620.000 chiếc, bằng 48% kế hoạch năm. Mỗi chiếc khẩu trang vải hai lớp có giá bán buôn từ 4.500 đến 6.000 đồng; sản phẩm được công nhận OCOP 3 sao năm 2022.

Bà Đỗ Thị Hạnh, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu doanh thu đạt 5,5 tỷ đồng và dự kiến tuyển thêm từ 8 đến 10 lao động khi mở rộng nhà xưởng thêm khoảng 200 m2.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 9 cơ sở may khẩu trang, gồm 2 doanh nghiệp và 7 hộ kinh doanh, tạo việc làm cho khoảng 450 lao động, phần lớn là lao động nữ ở các xã Minh Tân, Phú Túc, Hồng Minh.

Nguồn: Phòng Kinh tế huyện Phú Xuyên

Tin khác:
- Phú Xuyên: Tổng kết công tác khuyến công năm 2023
- Hội thi "Sản phẩm công nghiệp nông thôn tiêu biểu" lần thứ II

Bản quyền thuộc UBND huyện Phú Xuyên
Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, huyện Phú Xuyên, Hà Nội
Điện thoại: 024.3385.4219
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ba chục phụ nữ", "ba", 30, "count", "phụ nữ",
        subject="phụ nữ có việc làm nhờ nghề may khẩu trang vải"),
    fig("có 34 lao động", "34", 34, "count", "lao động", subject="lao động của HTX"),
    fig("31 lao động nữ", "31", 31, "count", "lao động nữ", total=34, subject="lao động nữ của HTX"),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
        subject="thu nhập của lao động HTX"),
    fig("12 máy may", "12", 12, "count", "máy may công nghiệp", subject="máy may công nghiệp HTX đã đầu tư"),
    fig("hai máy cắt", "hai", 2, "count", "máy cắt vải tự động", subject="máy cắt vải tự động HTX đã đầu tư"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "chiếc", approx="about",
        subject="khẩu trang vải kháng khuẩn HTX sản xuất", period=Y23),
    fig("đạt 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("hơn 620.000 chiếc", "620.000", 620000, "count", "chiếc", approx="over", percent=48,
        subject="khẩu trang HTX tiêu thụ", period=M5),
    fig("vải hai lớp", "hai", 2, "count", "lớp", optional=True),
    fig("từ 4.500 đến 6.000", "4.500", 4500, "money", "đồng/chiếc", value_max=6000,
        subject="giá bán buôn khẩu trang vải hai lớp"),
    fig("đạt 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", status="target",
        subject="doanh thu HTX", period=Y24),
    fig("từ 8 đến 10 lao động", "8", 8, "count", "lao động", value_max=10, status="forecast",
        subject="lao động HTX tuyển thêm", period=Y24),
    fig("khoảng 200 m2", "200", 200, "measure", "m2", approx="about", status="forecast",
        subject="diện tích nhà xưởng mở rộng thêm", period=Y24),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở may khẩu trang của huyện"),
    fig("gồm 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp may khẩu trang"),
    fig("7 hộ kinh doanh", "7", 7, "count", "hộ kinh doanh", total=9,
        subject="hộ kinh doanh may khẩu trang"),
    fig("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
        subject="lao động các cơ sở may khẩu trang tạo việc làm"),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): banner, menu, dateline '18/06/2024 - 14:30', 'Nguồn:', 'Tin khác', address footer.",
    "The cooperative is in xã Minh Tân, huyện Phú Xuyên: every figure is located in the district (a commune is below the spec's places).",
    "Headline 'ba chục phụ nữ' = 30 (number word 'ba chục'); left exact: 'chục' is an exact multiplier, not 'hàng chục'.",
    "'34 lao động, trong đó 31 lao động nữ' → total 34; '9 cơ sở ..., gồm 2 doanh nghiệp và 7 hộ kinh doanh' → total 9.",
    "'5 tháng đầu năm nay' takes the year of the dateline (2024); 'bằng 48% kế hoạch năm' is the percent of 620.000 chiếc.",
    "'khẩu trang vải hai lớp' names the product's build (2 layers): optional, like a bottle size. Price 'Mỗi chiếc ... từ 4.500 đến 6.000 đồng' → đồng/chiếc.",
    "'năm 2024 HTX phấn đấu ... 5,5 tỷ đồng' → target; 'và dự kiến tuyển thêm từ 8 đến 10 lao động khi mở rộng ... thêm khoảng 200 m2' → forecast.",
    "'Hiện ...' figures and the standing price carry no period; 'OCOP 3 sao năm 2022' is a label with its award year (not a figure).",
    "Distractors: 14:30, 'lần thứ II', 'OCOP 3 sao', 'năm 2023' in a link, phone 024.3385.4219, 'một trong những'.",
]

if __name__ == "__main__":
    write("p1447-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Phú Xuyên")
