from lib import *

text = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG

Đà Lạt: Homestay chiếm gần 60% số cơ sở lưu trú du lịch
Ngày đăng: 12/09/2024 | Lượt xem: 842

Tính đến ngày 31/8/2024, thành phố Đà Lạt có 2.614 cơ sở lưu trú du lịch với hơn 28.000 phòng, trong đó homestay là 1.538 cơ sở, chiếm 58,8%. Các homestay tập trung chủ yếu tại Phường 1, Phường 3, Phường 10 và xã Tà Nung; phần lớn có quy mô từ 3 đến 8 phòng, giá phòng phổ biến từ 300.000 đến 900.000 đồng/đêm.

Trong 8 tháng năm 2024, các homestay trên địa bàn đón khoảng 1,35 triệu lượt khách, chiếm 31% tổng lượt khách lưu trú của thành phố. Công suất phòng bình quân của loại hình này đạt từ 45% đến 55%, riêng dịp cuối tuần và lễ, Tết có thời điểm trên 90%. Doanh thu của các homestay ước đạt 486 tỷ đồng, tăng 14,2% so với cùng kỳ.

Bên cạnh mặt tích cực, tình trạng kinh doanh không phép vẫn diễn ra. Từ đầu năm đến nay, Sở đã phối hợp với UBND thành phố kiểm tra 173 cơ sở, phát hiện 42 cơ sở vi phạm, xử phạt vi phạm hành chính 356 triệu đồng; 19 cơ sở chưa đăng ký kinh doanh đã bị yêu cầu tạm dừng hoạt động. Các lỗi phổ biến là không thông báo đủ điều kiện kinh doanh theo Thông tư số 06/2017/TT-BVHTTDL và không khai báo tạm trú cho khách.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu 100% cơ sở homestay được kiểm tra, hướng dẫn về điều kiện tối thiểu; đến năm 2025, phấn đấu có ít nhất 300 homestay đạt tiêu chuẩn phục vụ khách du lịch. Mọi phản ánh xin gửi về Phòng Quản lý du lịch, số 36 Trần Phú, Phường 4, điện thoại 0263.3822.125.
"""

ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
ASOFi = P("Tính đến ngày 31/8/2024", None, "2024-08-31", True)
M8 = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8i = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31", True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")

figs = [
    F("chiếm gần 60%", "60", 60, "percent", "%", "tỷ lệ homestay trong số cơ sở lưu trú du lịch", ASOFi, approx="nearly"),
    F("có 2.614 cơ sở", "2.614", 2614, "count", "cơ sở lưu trú du lịch", "cơ sở lưu trú du lịch", ASOF),
    F("hơn 28.000 phòng", "28.000", 28000, "count", "phòng", "phòng lưu trú", ASOF, approx="over"),
    F("là 1.538 cơ sở", "1.538", 1538, "count", "cơ sở", "homestay", ASOF, total=2614, percent=58.8),
    F("từ 3 đến 8 phòng", "3", 3, "count", "phòng", "quy mô homestay", ASOFi, value_max=8),
    F("từ 300.000 đến 900.000 đồng/đêm", "300.000", 300000, "money", "đồng/đêm", "giá phòng homestay phổ biến", ASOFi,
      value_max=900000),
    F("khoảng 1,35 triệu lượt", "1,35", 1350000, "count", "lượt khách", "lượt khách homestay đón", M8, approx="about",
      percent=31),
    F("từ 45% đến 55%", "45", 45, "percent", "%", "công suất phòng bình quân của homestay", M8i, value_max=55),
    F("trên 90%", "90", 90, "percent", "%", "công suất phòng homestay dịp cuối tuần và lễ, Tết", M8i, approx="over"),
    F("ước đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "doanh thu của các homestay", M8i, status="estimate",
      change=C("increase", 14.2, "%", "cùng kỳ")),
    F("kiểm tra 173 cơ sở", "173", 173, "count", "cơ sở", "cơ sở được kiểm tra", YTD),
    F("phát hiện 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("hành chính 356 triệu đồng", "356", 356e6, "money", "đồng", "xử phạt vi phạm hành chính", YTD),
    F("; 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở chưa đăng ký kinh doanh bị yêu cầu tạm dừng hoạt động", YTD),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%", "cơ sở homestay được kiểm tra, hướng dẫn về điều kiện tối thiểu",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target", location="Lâm Đồng"),
    F("ít nhất 300 homestay", "300", 300, "count", "homestay", "homestay đạt tiêu chuẩn phục vụ khách du lịch",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target", location="Lâm Đồng"),
]

comments = [
    "Sở VHTTDL Lâm Đồng (department site): homestays in Đà Lạt, stock, prices, guests, occupancy, revenue, inspections, targets.",
    "Dateline 'Ngày đăng: 12/09/2024 | Lượt xem: 842'. Distractors: view counter, ward names with numbers (Phường 1, 3, 10, 4),",
    "'Thông tư số 06/2017/TT-BVHTTDL', address 'số 36 Trần Phú', phone 0263.3822.125.",
    "Title share 'gần 60%' has no period in its line (inherited as-of date). 'trong đó homestay là 1.538 cơ sở, chiếm 58,8%': total 2.614",
    "(the whole counting establishments, not 28.000 phòng) and percent 58,8. Size range 'từ 3 đến 8 phòng' and price range are figures.",
    "'kiểm tra 173 …, phát hiện 42 …' has no part-of cue: no total. 'Từ đầu năm đến nay' ends at the dateline 2024-09-12.",
    "City figures are Đà Lạt; the targets set by 'tỉnh' (Lâm Đồng) carry Lâm Đồng.",
]
build(2, text, figs, comments, published="2024-09-12", location="Đà Lạt")
