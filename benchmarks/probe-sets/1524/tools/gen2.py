"""p1524-2: district portal (huyện Phú Xuyên, Hà Nội): a cooperative making scrunchies from fabric offcuts in xã Vân Từ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Kinh tế | Nông thôn mới

Vân Từ: Nghề làm dây buộc tóc từ vải vụn mang lại thu nhập cho phụ nữ

21/05/2024 - 10:20

Tận dụng vải vụn từ các xưởng may, Hợp tác xã Thủ công Vân Hà ở xã Vân Từ đã phát triển nghề làm dây buộc tóc, băng đô và nơ cài tóc. Thành lập năm 2018 với 9 thành viên, hiện HTX có 27 thành viên và liên kết với hơn 300 hộ gia công tại các thôn.

Năm 2023, HTX sản xuất khoảng 1,8 triệu sản phẩm các loại, gấp đôi năm 2021; doanh thu đạt 4,6 tỷ đồng, lợi nhuận 620 triệu đồng. Mỗi chiếc dây buộc tóc có giá bán buôn từ 3.000 đến 8.000 đồng, nơ cài tóc loại lớn giá 25.000 đồng/chiếc. Lao động gia công tại nhà có thu nhập 3-4 triệu đồng/tháng, người làm thạo đạt trên 5 triệu đồng/tháng.

Quý I/2024, HTX xuất bán 520.000 sản phẩm, tăng 15% so với cùng kỳ, trong đó 40% được xuất khẩu sang Nhật Bản và Hàn Quốc qua đơn vị trung gian. Bà Nguyễn Thị Hạnh, Giám đốc HTX cho biết, năm nay HTX phấn đấu doanh thu đạt 5,5 tỷ đồng và dự kiến mở thêm một xưởng may tập trung rộng 400 m2 tại thôn Cổ Chất.

Toàn xã hiện có 4 HTX và 36 tổ hợp tác làm phụ kiện tóc, thu hút khoảng 1.200 lao động, chiếm gần 20% số lao động trong độ tuổi của xã. Sản phẩm dây buộc tóc Vân Hà đã đạt chứng nhận OCOP 3 sao năm 2022.

Nguồn: Phòng Kinh tế huyện
Tin khác:
- Phú Xuyên triển khai Kế hoạch số 85/KH-UBND về phát triển làng nghề
Địa chỉ: Tiểu khu Thao Chính, thị trấn Phú Xuyên | Điện thoại: 024.3385.4205
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y18),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên HTX"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", subject="hộ gia công liên kết với HTX"),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "sản phẩm", approx="about",
        change=chg("increase", 2, "lần", "năm 2021"), subject="sản phẩm HTX sản xuất", period=Y23),
    fig("đạt 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("lợi nhuận 620 triệu", "620", 620e6, "money", "đồng", subject="lợi nhuận của HTX", period=Y23),
    fig("từ 3.000 đến 8.000", "3.000", 3000, "money", "đồng/chiếc", value_max=8000,
        subject="giá bán buôn dây buộc tóc"),
    fig("giá 25.000", "25.000", 25000, "money", "đồng/chiếc", subject="giá nơ cài tóc loại lớn"),
    fig("thu nhập 3-4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
        subject="thu nhập của lao động gia công tại nhà"),
    fig("trên 5 triệu", "5", 5e6, "money", "đồng/tháng", approx="over", subject="thu nhập của người làm thạo"),
    fig("bán 520.000 sản phẩm", "520.000", 520000, "count", "sản phẩm",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="sản phẩm HTX xuất bán", period=Q1),
    fig("trong đó 40%", "40", 40, "percent", "%",
        subject="sản phẩm được xuất khẩu sang Nhật Bản và Hàn Quốc", period=Q1),
    fig("đạt 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=NOW),
    fig("thêm một xưởng", "một", 1, "count", "xưởng may", status="forecast",
        subject="xưởng may tập trung HTX mở thêm", period=NOW),
    fig("rộng 400 m2", "400", 400, "measure", "m2", status="forecast",
        subject="diện tích xưởng may tập trung", period=NOW),
    fig("có 4 HTX", "4", 4, "count", "HTX", subject="HTX làm phụ kiện tóc của xã"),
    fig("36 tổ hợp tác", "36", 36, "count", "tổ hợp tác", subject="tổ hợp tác làm phụ kiện tóc của xã"),
    fig("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about", percent=20,
        subject="lao động các HTX, tổ hợp tác làm phụ kiện tóc thu hút"),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): banner, menu, '21/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 10:20, 'OCOP 3 sao năm 2022', Kế hoạch số 85/KH-UBND, phone 024.3385.4205, 'Quý I/2024', 'năm 2021' (baseline).",
    "xã Vân Từ is a commune: every figure is located in the district Phú Xuyên (the location field takes province, city, district).",
    "'Thành lập năm 2018 với 9 thành viên': the founding year is the time of the 9 members (period 2018); 'hiện ... 27' no period.",
    "'gấp đôi năm 2021' after 1,8 triệu sản phẩm → change increase 2 lần (not a figure of its own).",
    "'trong đó 40% được xuất khẩu' is a percent figure of its own (a share with no amount), period Quý I/2024.",
    "'năm nay' → 2024 (published); 'phấn đấu' → target; 'dự kiến mở thêm một xưởng ... rộng 400 m2' → forecast, same clause period.",
    "'chiếm gần 20% số lao động' → percent attribute 20 of 1.200 lao động (its 'gần' belongs to the attribute, not scored).",
]

if __name__ == "__main__":
    write("p1524-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Phú Xuyên")
