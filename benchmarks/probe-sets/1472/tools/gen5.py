"""p1472-5: provincial newspaper (Báo Hải Dương): purifiers sell fast in TP Hải Dương; household goods retail; hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hải Dương > Kinh tế > Thị trường

Máy lọc không khí "hút khách" những ngày sương mù, bụi mịn

Thứ Ba, 17/12/2024 | 16:20

(BHD) - Những ngày giữa tháng 12, khi nồng độ bụi mịn ở mức cao, nhiều gia đình ở TP Hải Dương tìm mua máy lọc không khí cho phòng ngủ của trẻ nhỏ và người già.

Tại siêu thị điện máy Hoàng Phát trên đường Nguyễn Lương Bằng, mỗi ngày bán khoảng 40 máy lọc không khí, gấp đôi tháng trước. Anh Vũ Văn Khải, quản lý siêu thị, cho biết 2 tuần qua siêu thị đã nhập thêm 3 lô hàng với tổng cộng 650 máy nhưng một số mẫu vẫn "cháy hàng". Máy có giá từ 2,9 triệu đến 12 triệu đồng, trong đó loại từ 3 đến 5 triệu đồng bán chạy nhất.

Chị Phạm Thị Lan ở phường Tân Bình cho biết gia đình chị vừa mua 2 máy với tổng số tiền 9,6 triệu đồng; mỗi bộ lọc HEPA phải thay sau 6-8 tháng sử dụng, giá khoảng 800.000 đồng.

Theo Sở Công Thương, 11 tháng năm 2024, doanh thu bán lẻ nhóm hàng đồ dùng, dụng cụ, trang thiết bị gia đình trên địa bàn tỉnh ước đạt 9.870 tỷ đồng, tăng 8,2% so với cùng kỳ; riêng tháng 11 ước đạt 965 tỷ đồng, tăng 4,1% so với tháng trước. Toàn tỉnh hiện có trên 300 cửa hàng kinh doanh điện máy, điện gia dụng.

Từ đầu tháng 12 đến nay, Khoa Nhi Bệnh viện Đa khoa tỉnh tiếp nhận hơn 1.200 lượt trẻ khám các bệnh về đường hô hấp, tăng khoảng 20% so với tháng 11. Bác sĩ Nguyễn Văn Thịnh khuyến cáo người dân đóng kín cửa, sử dụng máy lọc không khí và đeo khẩu trang khi ra đường.

ĐỨC ANH

Từ khóa: máy lọc không khí, bụi mịn PM2.5, ô nhiễm không khí
"""

P11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
NOV = per("tháng 11", "2024-11-01", "2024-11-30")
SINCE = per("Từ đầu tháng 12 đến nay", "2024-12-01", "2024-12-17")
HD = "Hải Dương"

FIGS = [
    fig("khoảng 40 máy", "40", 40, "measure", "máy lọc không khí/ngày", approx="about",
        change=chg("increase", 2, "lần", "tháng trước"),
        subject="máy lọc không khí siêu thị điện máy Hoàng Phát bán mỗi ngày"),
    fig("thêm 3 lô", "3", 3, "count", "lô hàng", subject="lô hàng siêu thị nhập thêm"),
    fig("cộng 650 máy", "650", 650, "count", "máy", subject="máy siêu thị nhập thêm"),
    fig("từ 2,9 triệu", "2,9", 2.9e6, "money", "đồng", value_max=12e6, subject="giá máy lọc không khí"),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng", value_max=5e6,
        subject="giá loại máy bán chạy nhất", optional=True),
    fig("mua 2 máy", "2", 2, "count", "máy", subject="máy gia đình chị Lan mua"),
    fig("tiền 9,6 triệu", "9,6", 9.6e6, "money", "đồng", subject="tổng số tiền mua máy"),
    fig("sau 6-8 tháng", "6", 6, "measure", "tháng", value_max=8,
        subject="thời gian sử dụng mỗi bộ lọc HEPA trước khi phải thay"),
    fig("khoảng 800.000", "800.000", 800000, "money", "đồng/bộ", approx="about", subject="giá bộ lọc HEPA"),
    fig("ước đạt 9.870 tỷ", "9.870", 9870e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.2, "%", "cùng kỳ"),
        subject="doanh thu bán lẻ nhóm hàng đồ dùng, dụng cụ, trang thiết bị gia đình", period=P11),
    fig("ước đạt 965 tỷ", "965", 965e9, "money", "đồng", status="estimate",
        change=chg("increase", 4.1, "%", "tháng trước"),
        subject="doanh thu bán lẻ nhóm hàng đồ dùng, dụng cụ, trang thiết bị gia đình", period=NOV),
    fig("trên 300 cửa hàng", "300", 300, "count", "cửa hàng", approx="over",
        subject="cửa hàng kinh doanh điện máy, điện gia dụng"),
    fig("hơn 1.200 lượt", "1.200", 1200, "count", "lượt", approx="over",
        change=chg("increase", 20, "%", "tháng 11", approx="about"),
        subject="lượt trẻ khám các bệnh về đường hô hấp tại Khoa Nhi Bệnh viện Đa khoa tỉnh", period=SINCE),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): breadcrumb, 'Thứ Ba, 17/12/2024 | 16:20', tag '(BHD) -', byline, keyword tags.",
    "Distractors: 16:20, 'giữa tháng 12', '2 tuần qua' (a time span that locates the restocking), 'đường Nguyễn Lương Bằng',",
    "  'phường Tân Bình', baseline 'tháng trước', 'PM2.5' in the tags.",
    "Location: TP Hải Dương and the province share the name; every figure is Hải Dương.",
    "'mỗi ngày bán khoảng 40 máy, gấp đôi tháng trước' → rate (máy lọc không khí/ngày) with change 2 lần (đôi = two).",
    "'loại từ 3 đến 5 triệu đồng bán chạy nhất' is a price band naming a segment: optional.",
    "'thay sau 6-8 tháng sử dụng' is the filter's service life, the claim itself (not a time locator): measure, tháng.",
    "'mỗi bộ lọc ... giá khoảng 800.000 đồng' → unit đồng/bộ.",
    "'riêng tháng 11 ước đạt 965 tỷ': own status estimate; 'tháng 11' takes 2024 from '11 tháng năm 2024'. No total ('riêng').",
    "'Từ đầu tháng 12 đến nay' ends at the dateline 2024-12-17; 'tăng khoảng 20%' → change approx about.",
]

if __name__ == "__main__":
    write("p1472-5", TEXT, NOTES, FIGS, published="2024-12-17", location=HD)
