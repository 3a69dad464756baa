from lib import F, P, C, T, build

text = """
BỘ ĐỘI BIÊN PHÒNG TỈNH AN GIANG
Hoạt động đơn vị

Biên phòng An Giang: 6 tháng đầu năm kiểm soát hơn 1,1 triệu lượt người xuất nhập cảnh

6 tháng đầu năm 2024, các đồn Biên phòng cửa khẩu trên địa bàn tỉnh An Giang đã làm thủ tục cho 1.146.280 lượt người xuất nhập cảnh, tăng 24,7% so với cùng kỳ năm 2023; trong đó xuất cảnh 571.640 lượt, nhập cảnh 574.640 lượt. Phương tiện xuất nhập cảnh đạt 68.420 lượt, gồm 51.300 lượt ô tô, xe máy và 17.120 lượt tàu thuyền.

Cửa khẩu quốc tế Vĩnh Xương dẫn đầu với 612.800 lượt người, tiếp đến là Cửa khẩu quốc tế Khánh Bình (386.150 lượt), Cửa khẩu chính Vĩnh Hội Đông (98.430 lượt) và Cửa khẩu phụ Bắc Đai (48.900 lượt).

Đơn vị đã đưa hệ thống kiểm soát xuất nhập cảnh tự động vào hoạt động tại 2 cửa khẩu, thời gian làm thủ tục trung bình giảm từ 2-3 phút xuống còn 15-20 giây/người.

Trong công tác đấu tranh phòng, chống tội phạm, các đồn Biên phòng đã phát hiện, bắt giữ 37 vụ với 112 đối tượng xuất nhập cảnh trái phép, giảm 9 vụ so với cùng kỳ; tiếp nhận hơn 1,2 nghìn công dân do phía Campuchia trao trả qua Quốc lộ 91.

Thực hiện Chỉ thị số 01/CT-TTg của Thủ tướng Chính phủ, lực lượng Biên phòng tỉnh đã phối hợp tuần tra song phương 24 lần trên tuyến biên giới dài gần 100 km. Ước cả năm 2024, lượt người xuất nhập cảnh qua các cửa khẩu đạt khoảng 2,3 triệu lượt.

Thanh Tùng
02/7/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
GATE = "lượt người xuất nhập cảnh qua cửa khẩu"

figs = [
    F("hơn 1,1 triệu lượt", "1,1", 1100000, "count", "lượt người", "lượt người xuất nhập cảnh được kiểm soát", approx="over",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cho 1.146.280 lượt", "1.146.280", 1146280, "count", "lượt người", "lượt người xuất nhập cảnh được làm thủ tục",
      change=C("increase", 24.7, "%", "cùng kỳ năm 2023"), period=H1),
    F("xuất cảnh 571.640 lượt", "571.640", 571640, "count", "lượt", "lượt người xuất cảnh", total=1146280, period=H1),
    F("nhập cảnh 574.640 lượt", "574.640", 574640, "count", "lượt", "lượt người nhập cảnh", total=1146280, period=H1),
    F("đạt 68.420 lượt", "68.420", 68420, "count", "lượt", "phương tiện xuất nhập cảnh", period=H1i),
    F("gồm 51.300 lượt", "51.300", 51300, "count", "lượt", "lượt ô tô, xe máy xuất nhập cảnh", total=68420, period=H1i),
    F("và 17.120 lượt", "17.120", 17120, "count", "lượt", "lượt tàu thuyền xuất nhập cảnh", total=68420, period=H1i),
    F("với 612.800 lượt", "612.800", 612800, "count", "lượt người", GATE, period=H1i),
    F("(386.150 lượt)", "386.150", 386150, "count", "lượt", GATE, period=H1i),
    F("(98.430 lượt)", "98.430", 98430, "count", "lượt", GATE, period=H1i),
    F("(48.900 lượt)", "48.900", 48900, "count", "lượt", GATE, period=H1i),
    F("tại 2 cửa khẩu", "2", 2, "count", "cửa khẩu", "cửa khẩu có hệ thống kiểm soát xuất nhập cảnh tự động"),
    F("từ 2-3 phút", "2", 2, "measure", "phút", "thời gian làm thủ tục trung bình trước đây", value_max=3),
    F("còn 15-20 giây", "15", 15, "measure", "giây/người", "thời gian làm thủ tục trung bình", value_max=20),
    F("giữ 37 vụ", "37", 37, "count", "vụ", "vụ xuất nhập cảnh trái phép bị phát hiện, bắt giữ",
      change=C("decrease", 9, "vụ", "cùng kỳ"), period=H1i),
    F("với 112 đối tượng", "112", 112, "count", "đối tượng", "đối tượng xuất nhập cảnh trái phép bị bắt giữ", period=H1i),
    F("hơn 1,2 nghìn công dân", "1,2", 1200, "count", "công dân", "công dân do phía Campuchia trao trả được tiếp nhận",
      approx="over", period=H1i),
    F("song phương 24 lần", "24", 24, "count", "lần", "lần tuần tra song phương", period=H1i),
    F("gần 100 km", "100", 100, "measure", "km", "chiều dài tuyến biên giới", approx="nearly"),
    F("khoảng 2,3 triệu lượt", "2,3", 2300000, "count", "lượt", "lượt người xuất nhập cảnh qua các cửa khẩu",
      approx="about", status="estimate", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

comments = [
    "Site of Bộ đội Biên phòng tỉnh An Giang (department site): border-gate immigration control, 6 tháng đầu năm 2024.",
    "No dateline at the top; byline and a bare date '02/7/2024' at the end (taken as published). Distractors: 'Quốc lộ 91',",
    "'Chỉ thị số 01/CT-TTg', 'Cửa khẩu phụ Bắc Đai' and other gate names (communes, not the province/district level): gate items keep An Giang.",
    "Campuchia (foreign side) is not a place of the figures. 'trong đó xuất cảnh ..., nhập cảnh ...' and 'gồm ... và ...' are parts (total).",
    "Gate list: items add up to 1.146.280 but follow no cue ('dẫn đầu với ... tiếp đến là ...'), so no total. 'giảm 9 vụ so với cùng kỳ' is the change of 37 vụ.",
    "'giảm từ 2-3 phút xuống còn 15-20 giây/người': two ranges (old and new average time). '1,2 nghìn' = 1200. 'Ước cả năm 2024 ... khoảng 2,3 triệu' estimate.",
    "Headline '6 tháng đầu năm' (no year) takes 2024 from the body's '6 tháng đầu năm 2024' / the dated end line.",
]
build(6, text, comments, "2024-07-02", "An Giang", figs)
