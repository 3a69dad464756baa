from lib import *

text = """BÁO QUẢNG NINH
Kinh tế | Thị trường

14/10/2024 07:30

Quảng Ninh: Thu giữ gần 25 nghìn sản phẩm hàng giả, xâm phạm quyền sở hữu trí tuệ

9 tháng năm 2024, Cục Quản lý thị trường tỉnh Quảng Ninh đã kiểm tra 842 vụ, phát hiện và xử lý 517 vụ vi phạm, tăng 12% so với cùng kỳ năm 2023. Tổng số tiền thu nộp ngân sách nhà nước ước đạt 6,85 tỷ đồng, bằng 91,3% kế hoạch năm. Trị giá hàng hóa tịch thu khoảng 2,4 tỷ đồng.

Trong số các vụ vi phạm, có 138 vụ liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ, chiếm 26,7%; lực lượng chức năng đã tạm giữ, tịch thu gần 25.000 sản phẩm các loại như quần áo, túi xách, mỹ phẩm, đồng hồ giả mạo các nhãn hiệu nổi tiếng. Các địa bàn phát hiện nhiều vụ việc nhất là thành phố Móng Cái (46 vụ), thành phố Hạ Long (39 vụ), thành phố Cẩm Phả (21 vụ) và huyện Hải Hà (14 vụ).

Điển hình, trong tháng 7, Đội QLTT số 3 phối hợp với Công an thành phố Móng Cái kiểm tra kho hàng tại số 12 phố Trần Phú, phát hiện 3.600 chiếc túi xách, ví da mang nhãn hiệu Gucci, Louis Vuitton có dấu hiệu giả mạo, trị giá theo giá niêm yết hơn 1,8 tỷ đồng. Chủ hàng bị xử phạt 85 triệu đồng theo Nghị định số 98/2020/NĐ-CP, toàn bộ hàng hóa bị tịch thu, tiêu hủy.

Theo ông Nguyễn Văn Hùng, Phó Cục trưởng Cục QLTT tỉnh, thủ đoạn của các đối tượng ngày càng tinh vi, chuyển sang bán hàng qua mạng xã hội và livestream. Quý IV/2024, Cục đặt chỉ tiêu kiểm tra không dưới 300 vụ, tập trung vào cửa khẩu, chợ biên giới và kinh doanh trên nền tảng thương mại điện tử.

Người dân phát hiện hàng giả có thể phản ánh qua đường dây nóng 0203.3835.979.

Thu Hằng
"""

N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = dict(N9, inherited=True)
T7 = per("trong tháng 7", "2024-07-01", "2024-07-31")
T7i = dict(T7, inherited=True)
figs = [
    F("gần «25» nghìn sản phẩm", "count", 25000, "sản phẩm", "sản phẩm hàng giả, xâm phạm quyền sở hữu trí tuệ bị thu giữ",
      approx="nearly"),
    F("kiểm tra «842» vụ", "count", 842, "vụ", "vụ kiểm tra của Cục Quản lý thị trường", period=N9),
    F("xử lý «517» vụ", "count", 517, "vụ", "vụ vi phạm được phát hiện và xử lý",
      change=ch("increase", 12, "%", "cùng kỳ năm 2023"), period=N9),
    F("ước đạt «6,85» tỷ đồng", "money", 6.85e9, "đồng", "tiền thu nộp ngân sách nhà nước", percent=91.3,
      status="estimate", period=N9i),
    F("khoảng «2,4» tỷ đồng", "money", 2.4e9, "đồng", "trị giá hàng hóa tịch thu", approx="about", period=N9i),
    F("có «138» vụ", "count", 138, "vụ", "vụ liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ",
      total=517, percent=26.7, period=N9i),
    F("gần «25.000» sản phẩm", "count", 25000, "sản phẩm", "sản phẩm bị tạm giữ, tịch thu", approx="nearly",
      period=N9i),
    F("Móng Cái («46» vụ)", "count", 46, "vụ", "vụ việc phát hiện", location="Móng Cái", period=N9i),
    F("Hạ Long («39» vụ)", "count", 39, "vụ", "vụ việc phát hiện", location="Hạ Long", period=N9i),
    F("Cẩm Phả («21» vụ)", "count", 21, "vụ", "vụ việc phát hiện", location="Cẩm Phả", period=N9i),
    F("Hải Hà («14» vụ)", "count", 14, "vụ", "vụ việc phát hiện", location="Hải Hà", period=N9i),
    F("phát hiện «3.600» chiếc", "count", 3600, "chiếc", "túi xách, ví da có dấu hiệu giả mạo", location="Móng Cái",
      period=T7),
    F("hơn «1,8» tỷ đồng", "money", 1.8e9, "đồng", "trị giá hàng giả mạo theo giá niêm yết", approx="over",
      location="Móng Cái", period=T7),
    F("phạt «85» triệu đồng", "money", 85e6, "đồng", "tiền xử phạt chủ hàng", location="Móng Cái", period=T7i),
    F("không dưới «300» vụ", "count", 300, "vụ", "vụ kiểm tra", approx="at_least", status="target",
      period=per("Quý IV/2024", "2024-10-01", "2024-12-31")),
]

comments = [
    "Báo Quảng Ninh (Party newspaper): Cục QLTT tỉnh, 9 tháng năm 2024 — vụ kiểm tra/xử lý, thu nộp ngân sách, hàng giả, xâm phạm SHTT by city/district, a case in Móng Cái, Q4 target.",
    "Bare dateline '14/10/2024 07:30' above the title; byline at the end. Distractors: 'Đội QLTT số 3' (a name), 'số 12 phố Trần Phú' (address),",
    "'Nghị định số 98/2020/NĐ-CP', hotline 0203.3835.979. The headline 'gần 25 nghìn sản phẩm' restates the body's 'gần 25.000' (both figures; headline period null).",
    "'kiểm tra 842 vụ, phát hiện và xử lý 517 vụ' has no part-of cue (no total). 'Trong số các vụ vi phạm, có 138 vụ … chiếm 26,7%' is a part of the 517 (total + percent).",
    "'ước đạt 6,85 tỷ đồng, bằng 91,3% kế hoạch năm' is an estimate with percent. 'Trị giá … khoảng 2,4 tỷ' is its own sentence: actual, about.",
    "List of places (thành phố Móng Cái …, huyện Hải Hà): each a figure with its city/district as location, subject the list's indicator.",
    "The Móng Cái case takes the year-less 'trong tháng 7' → July 2024; the fine in the next sentence inherits it. '85 triệu đồng' is a figure.",
    "'đặt chỉ tiêu kiểm tra không dưới 300 vụ' is a target (at_least) for quý IV/2024.",
]
build("p327-3", text, figs, comments, published="2024-10-14", location="Quảng Ninh")
