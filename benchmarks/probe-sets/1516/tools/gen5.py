"""p1516-5: provincial Party newspaper (Báo Hà Tĩnh): a cooperative in Hương Khê making herbal mosquito coils from pomelo peel."""
from lib import F, P, inh, C, T, write

TEXT = """BÁO HÀ TĨNH ĐIỆN TỬ
Kinh tế > Nông thôn mới

Nhang muỗi từ vỏ bưởi Phúc Trạch giúp lao động nông thôn có thu nhập

Thứ Năm, 12/09/2024 - 07:45

Tận dụng vỏ bưởi Phúc Trạch và sả, một HTX ở Hương Khê mỗi tháng làm ra khoảng 9.000 hộp nhang muỗi thảo dược, tạo việc làm cho hàng chục lao động.

(Baohatinh.vn) - Năm 2021, chị Phan Thị Lài (SN 1986, xã Hương Trạch, huyện Hương Khê) cùng 6 thành viên thành lập HTX Hương Bưởi Hương Trạch với vốn ban đầu 450 triệu đồng. Mỗi ngày, HTX thu mua 1,5-2 tấn vỏ bưởi của người dân với giá 1.500 đồng/kg, đồng thời liên kết với ba chục hộ trồng sả để có nguyên liệu ổn định.

Hiện HTX có 2 máy ép nhang, 1 lò sấy và 14 lao động thường xuyên, thu nhập 6-7 triệu đồng/người/tháng. Sản phẩm đóng hộp 20 cây, giá bán 35.000 đồng/hộp.

Năm 2023, doanh thu của HTX đạt 2,9 tỷ đồng, gấp đôi năm 2022; lợi nhuận hơn 400 triệu đồng. 8 tháng đầu năm nay, HTX tiêu thụ gần 70.000 hộp, bằng 85% so với cả năm 2023. Nhang muỗi vỏ bưởi được công nhận sản phẩm OCOP 3 sao năm 2022, hiện có mặt tại hơn 40 đại lý trong và ngoài tỉnh.

"Cuối năm nay, HTX dự kiến đầu tư thêm một dây chuyền đóng gói tự động trị giá khoảng 600 triệu đồng, nâng sản lượng lên 15.000 hộp mỗi tháng", chị Lài cho biết.

Theo Phòng Nông nghiệp và PTNT huyện Hương Khê, toàn huyện có hơn 2.700 ha bưởi Phúc Trạch, mỗi năm thải ra hàng nghìn tấn vỏ.

NGỌC LOAN
"""

Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")

FIGS = [
    F("khoảng 9.000 hộp", "9.000", 9000, "measure", "hộp/tháng", approx="about",
      subject="nhang muỗi thảo dược HTX làm ra mỗi tháng"),
    F("hàng chục lao động", "chục", 10, "count", "lao động", approx="over", optional=True),
    F("cùng 6 thành viên", "6", 6, "count", "thành viên", subject="thành viên thành lập HTX", period=Y21),
    F("ban đầu 450 triệu", "450", 450e6, "money", "đồng", subject="vốn ban đầu", period=Y21),
    F("thu mua 1,5-2 tấn", "1,5", 1.5, "measure", "tấn/ngày", value_max=2,
      subject="vỏ bưởi HTX thu mua mỗi ngày"),
    F("giá 1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", subject="giá thu mua vỏ bưởi"),
    F("ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ trồng sả liên kết với HTX"),
    F("có 2 máy ép", "2", 2, "count", "máy ép nhang", subject="máy ép nhang của HTX"),
    F("1 lò sấy", "1", 1, "count", "lò sấy", subject="lò sấy của HTX"),
    F("14 lao động", "14", 14, "count", "lao động", subject="lao động thường xuyên"),
    F("thu nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6, subject="thu nhập lao động"),
    F("hộp 20 cây", "20", 20, "count", "cây", optional=True),
    F("bán 35.000 đồng/hộp", "35.000", 35000, "money", "đồng/hộp", subject="giá bán"),
    F("đạt 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", change=C("increase", 2, "lần", "năm 2022"),
      subject="doanh thu của HTX", period=Y23),
    F("hơn 400 triệu", "400", 400e6, "money", "đồng", approx="over", subject="lợi nhuận", period=Y23),
    F("gần 70.000 hộp", "70.000", 70000, "count", "hộp", approx="nearly", percent=85,
      subject="nhang muỗi HTX tiêu thụ", period=M8),
    F("hơn 40 đại lý", "40", 40, "count", "đại lý", approx="over",
      subject="đại lý có nhang muỗi vỏ bưởi"),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền đóng gói tự động HTX đầu tư thêm"),
    F("khoảng 600 triệu", "600", 600e6, "money", "đồng", approx="about", status="forecast",
      subject="trị giá dây chuyền đóng gói tự động"),
    F("lên 15.000 hộp", "15.000", 15000, "measure", "hộp/tháng", status="forecast", subject="sản lượng"),
    F("hơn 2.700 ha", "2.700", 2700, "measure", "ha", approx="over", subject="diện tích bưởi Phúc Trạch"),
    F("hàng nghìn tấn", "nghìn", 1000, "measure", "tấn/năm", approx="over", optional=True),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): HTX in xã Hương Trạch, huyện Hương Khê, making herbal mosquito coils from pomelo peel.",
    "Sapo, tag '(Baohatinh.vn) -', byline NGỌC LOAN at the end; dateline 'Thứ Năm, 12/09/2024 - 07:45'.",
    "Location Hương Khê for all figures (the cooperative and the district). '8 tháng đầu năm nay' = 2024 (published).",
    "Distractors: 'SN 1986' (birth year), 'OCOP 3 sao năm 2022' (a rating), 'Năm 2021' founding year, dateline time.",
    "'hàng chục lao động', 'hàng nghìn tấn' (vague number words) and the pack size 'hộp 20 cây' are optional.",
    "'ba chục hộ' = 30. 'gấp đôi năm 2022' is a change of 2 lần on the 2023 revenue. 'bằng 85% so với cả năm 2023' is a percent attribute.",
    "Rates 'mỗi tháng', 'Mỗi ngày' are measures with a time denominator (hộp/tháng, tấn/ngày).",
    "'dự kiến' governs the whole quoted sentence: the line, its price and the new output are forecasts. 'Cuối năm nay' is left without period.",
    "The founding sentence 'Năm 2021, ... cùng 6 thành viên ... vốn ban đầu 450 triệu đồng' gives those two figures the year 2021.",
]

if __name__ == "__main__":
    write("p1516-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Hương Khê")
