from lib import Doc, P

TEXT = """Diễn Châu đẩy mạnh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền
Thứ Hai, 15/07/2024 - 09:15

Thực hiện Chỉ thị số 18/CT-TTg ngày 30/10/2023 của Thủ tướng Chính phủ, từ đầu năm 2024 đến nay, Chi cục Thuế khu vực Diễn Châu - Yên Thành đã phối hợp với UBND huyện rà soát 3.482 hộ kinh doanh trên địa bàn huyện Diễn Châu, trong đó có 412 hộ nộp thuế theo phương pháp kê khai và 3.070 hộ nộp thuế khoán.

Tính đến ngày 30/6/2024, đã có 286/412 hộ kê khai chuyển sang sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 69,4%. Trong đó, có 38 hộ kinh doanh xăng dầu, 97 hộ kinh doanh nhà hàng, ăn uống, 121 hộ bán lẻ tạp hóa, siêu thị mini và 30 hộ kinh doanh dịch vụ lưu trú, karaoke. Các hộ đã phát hành 187.540 hóa đơn với tổng doanh thu khoảng 96,3 tỷ đồng.

Riêng 6 tháng đầu năm 2024, số thuế thu từ hộ kinh doanh trên địa bàn huyện đạt 28,74 tỷ đồng, bằng 58,2% dự toán năm, tăng 9,6% so với cùng kỳ; trong đó thuế giá trị gia tăng 17,35 tỷ đồng, thuế thu nhập cá nhân 9,12 tỷ đồng, lệ phí môn bài 2,27 tỷ đồng.

Theo ông Trần Văn Lộc, Đội trưởng Đội Quản lý thuế số 2, nhiều hộ còn e ngại chi phí đầu tư thiết bị, trung bình từ 5 đến 7 triệu đồng/bộ. Chi cục Thuế đặt mục tiêu đến hết năm 2024 có 100% hộ kê khai và ít nhất 500 hộ khoán có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử từ máy tính tiền.

Mọi vướng mắc xin liên hệ bộ phận hỗ trợ người nộp thuế, điện thoại 0238.3862.195.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
"""

d = Doc(2, TEXT, [
    "District portal (huyện Diễn Châu, Nghệ An): household businesses and cash-register e-invoices, 6 months 2024. Dateline 'Thứ Hai, 15/07/2024 - 09:15'.",
    "Distractors: Chỉ thị số 18/CT-TTg, 30/10/2023, 'Đội Quản lý thuế số 2' (a name), phone 0238.3862.195; 'Yên Thành' only inside the office name.",
    "'từ đầu năm 2024 đến nay' runs to the dateline. 'trong đó' parts take the whole before the cue: 412/3.070 of 3.482; the four trades of 286",
    "(the figure before 'Trong đó'; 69,4% is its percent, not a figure). '286/412' total 412. Tax parts after '; trong đó' take 28,74 tỷ.",
    "'trung bình từ 5 đến 7 triệu đồng/bộ' is a range in đồng/bộ with no period. 'đặt mục tiêu đến hết năm 2024' makes 100% and 500 targets;",
    "'từ 1 tỷ đồng/năm trở lên' is a threshold in the defining clause: optional.",
], published="2024-07-15", location="Diễn Châu")

Pa = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-07-15")
P30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
P30i = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TG = P("đến hết năm 2024", None, "2024-12-31")

d.f("rà soát 3.482 hộ", "3.482", "count", "hộ kinh doanh", "hộ kinh doanh rà soát", Pa)
d.f("có 412 hộ", "412", "count", "hộ", "hộ nộp thuế theo phương pháp kê khai", Pa, total=3482)
d.f("3.070 hộ", "3.070", "count", "hộ", "hộ nộp thuế khoán", Pa, total=3482)
d.f("286/412", "286", "count", "hộ", "hộ kê khai chuyển sang sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", P30,
    total=412, percent=69.4)
d.f("có 38 hộ", "38", "count", "hộ", "hộ kinh doanh xăng dầu", P30i, total=286)
d.f("97 hộ", "97", "count", "hộ", "hộ kinh doanh nhà hàng, ăn uống", P30i, total=286)
d.f("121 hộ", "121", "count", "hộ", "hộ bán lẻ tạp hóa, siêu thị mini", P30i, total=286)
d.f("30 hộ", "30", "count", "hộ", "hộ kinh doanh dịch vụ lưu trú, karaoke", P30i, total=286)
d.f("187.540 hóa đơn", "187.540", "count", "hóa đơn", "hóa đơn các hộ đã phát hành", P30i)
d.f("khoảng 96,3 tỷ đồng", "96,3", "money", "đồng", "tổng doanh thu", P30i, mult="tỷ", approx="about")
d.f("đạt 28,74 tỷ đồng", "28,74", "money", "đồng", "số thuế thu từ hộ kinh doanh trên địa bàn huyện", H6, mult="tỷ",
    percent=58.2, change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "cùng kỳ"})
d.f("gia tăng 17,35 tỷ đồng", "17,35", "money", "đồng", "thuế giá trị gia tăng", H6, mult="tỷ", total=28740000000)
d.f("cá nhân 9,12 tỷ đồng", "9,12", "money", "đồng", "thuế thu nhập cá nhân", H6, mult="tỷ", total=28740000000)
d.f("môn bài 2,27 tỷ đồng", "2,27", "money", "đồng", "lệ phí môn bài", H6, mult="tỷ", total=28740000000)
d.f("từ 5 đến 7 triệu đồng/bộ", "5", "money", "đồng/bộ", "chi phí đầu tư thiết bị", mult="triệu", value_max="7")
d.f("có 100% hộ", "100", "percent", "%", "hộ kê khai sử dụng hóa đơn điện tử từ máy tính tiền", TG, status="target")
d.f("ít nhất 500 hộ", "500", "count", "hộ", "hộ khoán sử dụng hóa đơn điện tử từ máy tính tiền", TG,
    approx="at_least", status="target")
d.f("từ 1 tỷ đồng/năm", "1", "money", "đồng/năm", "doanh thu hộ khoán", TG, mult="tỷ", approx="at_least",
    status="target", optional=True)
d.write()
