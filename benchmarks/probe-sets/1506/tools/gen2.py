"""p1506-2: district portal (huyện Tân Phước, Tiền Giang): a cooperative making bio dishwashing liquid from pineapple peel."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHƯỚC
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông thôn mới

Hợp tác xã biến vỏ khóm thành nước rửa chén sinh học

20/05/2024 - 08:40

Từ nguồn vỏ khóm bỏ đi sau chế biến, Hợp tác xã Nông nghiệp Xanh Tân Lập (xã Tân Lập 1) đã sản xuất thành công nước rửa chén, nước lau sàn sinh học và được người tiêu dùng đón nhận.

Hợp tác xã thành lập năm 2020 với 12 thành viên, hiện có 27 thành viên, trong đó 15 thành viên là phụ nữ. Mỗi tháng, hợp tác xã thu mua khoảng 40 tấn vỏ khóm của hơn ba chục hộ trồng khóm với giá 800 đồng/kg, ủ lên men để lấy dịch enzyme.

Năm 2023, hợp tác xã bán ra hơn 62.000 lít sản phẩm, doanh thu đạt 1,9 tỷ đồng, tăng 35% so với năm 2022; lợi nhuận khoảng 320 triệu đồng. Sản phẩm gồm ba dòng là nước rửa chén, nước lau sàn và nước giặt, giá bán lẻ từ 35.000 đến 45.000 đồng/lít. Bốn tháng đầu năm 2024, doanh thu đạt 780 triệu đồng, bằng 37% kế hoạch năm.

Hợp tác xã giải quyết việc làm thường xuyên cho 18 lao động địa phương với thu nhập từ 6 đến 7,5 triệu đồng/người/tháng. Sản phẩm nước rửa chén vỏ khóm đạt chứng nhận OCOP 3 sao năm 2023. Hiện sản phẩm có mặt tại hơn 50 cửa hàng, siêu thị mini trong và ngoài tỉnh.

Theo ông Nguyễn Văn Lộc, Giám đốc hợp tác xã, trong năm 2024 đơn vị phấn đấu doanh thu đạt 2,1 tỷ đồng và nâng hạng sản phẩm lên OCOP 4 sao. Hợp tác xã cũng dự kiến đầu tư thêm một bồn ủ dung tích 5.000 lít.

Hiện trên địa bàn huyện có 4 cơ sở sản xuất chất tẩy rửa từ phụ phẩm nông nghiệp, tổng sản lượng năm 2023 khoảng 95.000 lít.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Tân Phước ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị sơ kết công tác 6 tháng đầu năm

Địa chỉ: Khu 1, thị trấn Mỹ Phước, huyện Tân Phước, tỉnh Tiền Giang. Điện thoại: 0273.3847.125
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M4 = per("Bốn tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập",
        period=Y20),
    fig("hiện có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("trong đó 15 thành viên", "15", 15, "count", "thành viên", total=27, subject="thành viên là phụ nữ"),
    fig("khoảng 40 tấn", "40", 40, "measure", "tấn/tháng", approx="about",
        subject="vỏ khóm hợp tác xã thu mua mỗi tháng"),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over", subject="hộ trồng khóm"),
    fig("giá 800 đồng/kg", "800", 800, "money", "đồng/kg", subject="giá thu mua vỏ khóm"),
    fig("hơn 62.000 lít", "62.000", 62000, "measure", "lít", approx="over",
        subject="sản phẩm hợp tác xã bán ra", period=Y23),
    fig("đạt 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("khoảng 320 triệu", "320", 320e6, "money", "đồng", approx="about", subject="lợi nhuận", period=Y23),
    fig("gồm ba dòng", "ba", 3, "count", "dòng", subject="dòng sản phẩm"),
    fig("từ 35.000 đến 45.000", "35.000", 35000, "money", "đồng/lít", value_max=45000,
        subject="giá bán lẻ"),
    fig("đạt 780 triệu", "780", 780e6, "money", "đồng", percent=37, subject="doanh thu", period=M4),
    fig("cho 18 lao động", "18", 18, "count", "lao động", subject="lao động địa phương có việc làm thường xuyên"),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6, subject="thu nhập"),
    fig("hơn 50 cửa hàng", "50", 50, "count", "cửa hàng", approx="over",
        subject="cửa hàng, siêu thị mini có sản phẩm"),
    fig("đạt 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm một bồn", "một", 1, "count", "bồn ủ", status="forecast",
        subject="bồn ủ hợp tác xã đầu tư thêm", period=inh(Y24)),
    fig("dung tích 5.000 lít", "5.000", 5000, "measure", "lít", status="forecast",
        subject="dung tích bồn ủ", period=inh(Y24)),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở",
        subject="cơ sở sản xuất chất tẩy rửa từ phụ phẩm nông nghiệp"),
    fig("khoảng 95.000 lít", "95.000", 95000, "measure", "lít", approx="about",
        subject="tổng sản lượng của các cơ sở sản xuất chất tẩy rửa từ phụ phẩm nông nghiệp", period=Y23b),
]

NOTES = [
    "District portal (Tân Phước, Tiền Giang): cooperative making bio dishwashing liquid from pineapple peel; '20/05/2024 - 08:40' under the headline.",
    "Distractors: 'xã Tân Lập 1', 'OCOP 3 sao', 'OCOP 4 sao', 'năm 2020' (founding), 'Khu 1', phone 0273.3847.125, '6 tháng đầu năm' in a link title, 'Bốn tháng đầu năm 2024' (a period).",
    "Every figure describes the cooperative or the district: location Tân Phước (a commune is not a location of the spec).",
    "'thành lập năm 2020 với 12 thành viên' is dated by the founding year; 'hiện có 27' has no period. 'trong đó 15' → total 27.",
    "'Mỗi tháng ... khoảng 40 tấn' is a rate: unit tấn/tháng. 'hơn ba chục hộ' = over 30. 'bằng 37% kế hoạch năm' → percent 37.",
    "'dự kiến đầu tư thêm một bồn ủ dung tích 5.000 lít': forecast; period 'trong năm 2024' of the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1506-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Tân Phước")
