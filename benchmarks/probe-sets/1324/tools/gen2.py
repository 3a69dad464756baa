"""p1324-2: district portal (huyện Củ Chi, TP Hồ Chí Minh): summer at amusement parks, a water park, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ > Kinh tế > Thương mại - Dịch vụ - Du lịch

Khu vui chơi giải trí hút khách dịp hè
15/07/2024 - 10:20

6 tháng đầu năm 2024, các khu du lịch, khu vui chơi giải trí trên địa bàn huyện đón khoảng 1,15 triệu lượt khách, tăng 12% so với cùng kỳ; doanh thu đạt 286 tỷ đồng, đạt 52% kế hoạch năm.

Trên địa bàn huyện hiện có 9 khu vui chơi giải trí, gồm 2 công viên nước và 7 khu du lịch sinh thái kết hợp trò chơi. Công viên nước Sông Xanh tại xã Phú Hòa Đông rộng 32 ha, có ba hồ bơi tạo sóng và 14 máng trượt. Riêng tháng 6, công viên đón hơn 95.000 lượt khách, ngày cao điểm lên tới 8.500 lượt. Giá vé vào cổng ngày thường là 120.000 đồng/người lớn, cuối tuần 150.000 đồng/người lớn; vé trẻ em 80.000 đồng. Trẻ em cao dưới 1 m được miễn vé.

Ông Trần Văn Lợi, Giám đốc công viên cho biết, lượng khách dịp hè gấp 3 lần ngày thường. Đơn vị đã tuyển thêm 60 nhân viên thời vụ, nâng tổng số lao động lên 215 người.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành huyện đã kiểm tra 18 cơ sở kinh doanh trò chơi, phát hiện 2 cơ sở vi phạm, xử phạt 35 triệu đồng.

Năm 2024, huyện phấn đấu đón 2,4 triệu lượt khách đến các khu du lịch, khu vui chơi. Huyện cũng đang kêu gọi đầu tư Khu vui chơi giải trí Bến Đình với vốn dự kiến khoảng 450 tỷ đồng.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Hội thi Hướng dẫn viên du lịch giỏi lần thứ 3
- Củ Chi: Ra mắt tour du lịch về nguồn

UBND HUYỆN CỦ CHI
Địa chỉ: Số 78 Tỉnh lộ 8, khu phố 7, thị trấn Củ Chi
Điện thoại: (028) 3892 1124
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
JUN = per("Riêng tháng 6", "2024-06-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 1,15 triệu", "1,15", 1.15e6, "count", "lượt khách", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ"),
        subject="lượt khách các khu du lịch, khu vui chơi giải trí đón", period=H1),
    fig("đạt 286 tỷ", "286", 286e9, "money", "đồng", percent=52, subject="doanh thu", period=H1),
    fig("có 9 khu vui chơi", "9", 9, "count", "khu vui chơi giải trí",
        subject="khu vui chơi giải trí trên địa bàn huyện"),
    fig("gồm 2 công viên", "2", 2, "count", "công viên nước", total=9, subject="công viên nước"),
    fig("và 7 khu du lịch", "7", 7, "count", "khu du lịch sinh thái", total=9,
        subject="khu du lịch sinh thái kết hợp trò chơi"),
    fig("rộng 32 ha", "32", 32, "measure", "ha", subject="diện tích Công viên nước Sông Xanh"),
    fig("có ba hồ bơi", "ba", 3, "count", "hồ bơi", subject="hồ bơi tạo sóng"),
    fig("và 14 máng trượt", "14", 14, "count", "máng trượt", subject="máng trượt"),
    fig("hơn 95.000 lượt", "95.000", 95000, "count", "lượt khách", approx="over",
        subject="lượt khách công viên đón", period=JUN),
    fig("tới 8.500 lượt", "8.500", 8500, "count", "lượt", subject="lượt khách ngày cao điểm", period=JUN),
    fig("là 120.000 đồng", "120.000", 120000, "money", "đồng/người lớn",
        subject="giá vé vào cổng ngày thường"),
    fig("cuối tuần 150.000", "150.000", 150000, "money", "đồng/người lớn",
        subject="giá vé vào cổng cuối tuần"),
    fig("vé trẻ em 80.000", "80.000", 80000, "money", "đồng", subject="giá vé trẻ em"),
    fig("dưới 1 m", "1", 1, "measure", "m", approx="under",
        subject="chiều cao trẻ em được miễn vé", optional=True),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="lượng khách dịp hè so với ngày thường"),
    fig("thêm 60 nhân viên", "60", 60, "count", "nhân viên", subject="nhân viên thời vụ tuyển thêm"),
    fig("lên 215 người", "215", 215, "count", "người", subject="tổng số lao động"),
    fig("kiểm tra 18 cơ sở", "18", 18, "count", "cơ sở",
        subject="cơ sở kinh doanh trò chơi được kiểm tra", period=YTD),
    fig("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("xử phạt 35 triệu", "35", 35e6, "money", "đồng", subject="tiền xử phạt", period=YTD),
    fig("đón 2,4 triệu", "2,4", 2.4e6, "count", "lượt khách", status="target",
        subject="lượt khách đến các khu du lịch, khu vui chơi", period=Y24),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư Khu vui chơi giải trí Bến Đình"),
]

NOTES = [
    "District portal (huyện Củ Chi, TP Hồ Chí Minh): banner, breadcrumb, '15/07/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'Số 78 Tỉnh lộ 8, khu phố 7', phone (028) 3892 1124, 'lần thứ 3'.",
    "Location Củ Chi for all figures (the commune xã Phú Hòa Đông is below district level).",
    "'gồm 2 công viên nước và 7 khu du lịch' are parts of the 9 parks (total 9). 'đạt 52% kế hoạch năm' is the percent of the 286 tỷ.",
    "'Riêng tháng 6' → 2024-06; 'ngày cao điểm lên tới 8.500 lượt' is the count on the peak day, exact ('lên tới' stresses, does not bound).",
    "'dưới 1 m' is an eligibility threshold for free tickets: optional.",
    "'gấp 3 lần ngày thường' stands alone as the claim: multiple. 'kiểm tra 18 cơ sở, phát hiện 2 cơ sở vi phạm': no part-of cue, no total.",
    "'vốn dự kiến khoảng 450 tỷ' → forecast, about; stands in its own sentence, no period.",
]

if __name__ == "__main__":
    write("p1324-2", TEXT, NOTES, FIGS, published="2024-07-15", location="Củ Chi")
