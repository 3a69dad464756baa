"""p1030-2: huyện Bát Xát (Lào Cai) district portal, BĐVHX in a highland district, quý III/2024."""
from lib import F, P, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT
Trang chủ » Tin tức » Kinh tế

Bưu điện văn hóa xã – điểm tựa của người dân vùng cao

Thứ Hai, 14/10/2024 - 10:05

Hiện trên địa bàn huyện Bát Xát có 21 điểm bưu điện văn hóa xã (BĐVHX), có mặt tại 21/22 xã, thị trấn. Quý III/2024, các điểm BĐVHX đã chi trả lương hưu, trợ cấp BHXH và trợ cấp xã hội cho 4.126 lượt người với tổng số tiền gần 19,8 tỷ đồng; trong đó có 1.352 lượt người cao tuổi, người khuyết tật được chi trả tận nhà, tăng 215 lượt so với quý II/2024.

Cũng trong quý, các điểm đã gửi đi 2.870 bưu gửi, trong đó hơn 1.100 bưu kiện là nông sản như gạo Séng Cù, mật ong bạc hà, chè Shan tuyết, tổng khối lượng khoảng 14,5 tấn. Nhân viên các điểm đã hướng dẫn người dân nộp 683 hồ sơ dịch vụ công trực tuyến, hỗ trợ kích hoạt 1.945 tài khoản định danh điện tử mức độ 2 và cài đặt ứng dụng VNeID cho 2.310 người.

Tại điểm BĐVHX xã Y Tý, cách trung tâm huyện gần 70 km theo Tỉnh lộ 158, chị Sần Thị Mai mỗi tháng đi bộ đến thôn Lao Chải 2 để chi trả cho khoảng 40 người cao tuổi. "Có tháng mưa lũ, đường sạt lở, tôi phải đi từ sáng sớm đến tối mới về", chị Mai kể.

Hiện 100% điểm BĐVHX của huyện được trang bị máy tính kết nối internet; 18 điểm có doanh thu trên 5 triệu đồng/tháng. Theo Kế hoạch số 215/KH-UBND, năm 2025 huyện phấn đấu 22/22 xã, thị trấn có điểm phục vụ bưu chính và mỗi điểm hỗ trợ bình quân 50 hồ sơ trực tuyến/tháng.

Thu Hà (Trung tâm VH-TT-TT huyện)
Địa chỉ: Tổ 4, thị trấn Bát Xát, huyện Bát Xát, tỉnh Lào Cai. Điện thoại: 0214.3883.125
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
INQ = P("trong quý", "2024-07-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 21 điểm", "21", "count", "điểm", "điểm bưu điện văn hóa xã"),
    F("tại 21/22 xã", "21", "count", "xã, thị trấn", "xã, thị trấn có điểm BĐVHX", total=22),
    F("cho 4.126 lượt người", "4.126", "count", "lượt người", "lượt người được chi trả lương hưu, trợ cấp BHXH và trợ cấp xã hội", period=Q3),
    F("gần 19,8 tỷ đồng", "19,8", "money", "đồng", "tiền lương hưu, trợ cấp chi trả qua các điểm BĐVHX", approx="nearly", period=Q3),
    F("có 1.352 lượt", "1.352", "count", "lượt người", "lượt người cao tuổi, người khuyết tật được chi trả tận nhà",
      total=4126, change=CH("increase", 215, "lượt", "quý II/2024"), period=Q3),
    F("gửi đi 2.870 bưu gửi", "2.870", "count", "bưu gửi", "bưu gửi các điểm BĐVHX gửi đi", period=INQ),
    F("hơn 1.100 bưu kiện", "1.100", "count", "bưu kiện", "bưu kiện nông sản", approx="over", total=2870, period=INQ),
    F("khoảng 14,5 tấn", "14,5", "measure", "tấn", "khối lượng nông sản gửi qua các điểm BĐVHX", approx="about", period=INQ),
    F("nộp 683 hồ sơ", "683", "count", "hồ sơ", "hồ sơ dịch vụ công trực tuyến người dân được hướng dẫn nộp", period=Q3i),
    F("kích hoạt 1.945 tài khoản", "1.945", "count", "tài khoản", "tài khoản định danh điện tử mức độ 2 được hỗ trợ kích hoạt", period=Q3i),
    F("cho 2.310 người", "2.310", "count", "người", "người được cài đặt ứng dụng VNeID", period=Q3i),
    F("gần 70 km", "70", "measure", "km", "khoảng cách từ điểm BĐVHX xã Y Tý đến trung tâm huyện", approx="nearly"),
    F("khoảng 40 người cao tuổi", "40", "count", "người cao tuổi", "người cao tuổi được chi trả tại thôn Lao Chải", approx="about"),
    F("Hiện 100% điểm", "100", "percent", "%", "điểm BĐVHX được trang bị máy tính kết nối internet"),
    F("18 điểm có doanh thu", "18", "count", "điểm", "điểm BĐVHX có doanh thu trên 5 triệu đồng/tháng"),
    F("trên 5 triệu đồng/tháng", "5", "money", "đồng/tháng", "ngưỡng doanh thu điểm BĐVHX", approx="over", optional=True),
    F("phấn đấu 22/22 xã", "22", "count", "xã, thị trấn", "xã, thị trấn có điểm phục vụ bưu chính",
      total=22, status="target", period=Y25),
    F("bình quân 50 hồ sơ", "50", "measure", "hồ sơ/tháng", "hồ sơ trực tuyến mỗi điểm hỗ trợ bình quân",
      status="target", period=Y25),
]

write("p1030-2", TEXT, FIGS, published="2024-10-14", location="Bát Xát", comments=[
    "Cổng TTĐT huyện Bát Xát (Lào Cai): BĐVHX in a highland district, quý III/2024. Location = the district.",
    "'Cũng trong quý' is a period phrase of its own sentence (= quý III/2024), so it is scored there.",
    "'Hiện' sentences get no period. 'trên 5 triệu đồng/tháng' is a category threshold (optional).",
    "Distractors: 'mức độ 2', 'Tỉnh lộ 158', 'thôn Lao Chải 2', 'Tổ 4', 'Kế hoạch số 215/KH-UBND', phone, 'Thứ Hai', 10:05.",
    "revised after the first run: unit of '50 hồ sơ trực tuyến/tháng' is 'hồ sơ/tháng' (head noun + denominator, as in the shared gold's 'doanh nghiệp/1.000 dân').",
])
