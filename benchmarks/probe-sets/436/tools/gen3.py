from lib import *

TEXT = """
BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin hoạt động

Năm 2023: Số giường bệnh bình quân vượt chỉ tiêu Quốc hội giao
Ngày đăng: 12/03/2024

(MOH) - Theo báo cáo tổng kết công tác y tế năm 2023, cả nước có 1.665 bệnh viện, trong đó 1.268 bệnh viện công lập và 397 bệnh viện tư nhân. Số giường bệnh trên 1 vạn dân (không tính giường trạm y tế xã) đạt 32,0 giường, vượt chỉ tiêu Quốc hội giao là 31,5 giường; số bác sĩ trên 1 vạn dân đạt 13,5 bác sĩ, chưa đạt chỉ tiêu 14 bác sĩ. Giường bệnh tư nhân chiếm 7,8% tổng số giường bệnh.

Tuy vậy, tình trạng quá tải vẫn diễn ra tại nhiều bệnh viện tuyến trung ương: công suất sử dụng giường bệnh bình quân của khối này là 108,6%; một số bệnh viện chuyên khoa ung bướu, tim mạch, nhi có công suất từ 120% đến 150%.

Trong năm, các cơ sở khám bệnh, chữa bệnh đã khám cho khoảng 185,2 triệu lượt người, điều trị nội trú hơn 19,6 triệu lượt người bệnh; số ca chuyển tuyến lên tuyến trung ương giảm 15,3% so với năm 2022.

Địa phương có số giường bệnh trên 1 vạn dân cao nhất là Thừa Thiên Huế (58,2), Hà Nội (45,6) và TP Hồ Chí Minh (42,9); thấp nhất là Bình Dương với 17,4 giường.

Năm 2024, ngành y tế phấn đấu đạt 32,5 giường bệnh và 14,2 bác sĩ trên 1 vạn dân. Đến năm 2030, mục tiêu đạt 35 giường bệnh, 19 bác sĩ trên 1 vạn dân và tỷ lệ giường bệnh tư nhân đạt 15%, theo Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.

Bộ trưởng yêu cầu các bệnh viện triển khai Thông tư số 32/2023/TT-BYT, không để người bệnh nằm ghép; mọi phản ánh xin gọi đường dây nóng 1900 9095.

Tin, ảnh: Vụ Kế hoạch - Tài chính
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T30 = P("Đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GB = "giường bệnh/1 vạn dân"
BS = "bác sĩ/1 vạn dân"
SG = "số giường bệnh trên 1 vạn dân"
FIGS = [
    F("có 1.665 bệnh viện", "1.665", 1665, "count", "bệnh viện", "bệnh viện", period=Y23),
    F("1.268 bệnh viện công lập", "1.268", 1268, "count", "bệnh viện", "bệnh viện công lập", total=1665, period=Y23),
    F("397 bệnh viện tư nhân", "397", 397, "count", "bệnh viện", "bệnh viện tư nhân", total=1665, period=Y23),
    F("đạt 32,0 giường", "32,0", 32, "measure", GB, SG, target=TG(31.5, GB, True), period=Y23i),
    F("đạt 13,5 bác sĩ", "13,5", 13.5, "measure", BS, "số bác sĩ trên 1 vạn dân", target=TG(14, BS, False), period=Y23i),
    F("chiếm 7,8%", "7,8", 7.8, "percent", "%", "giường bệnh tư nhân trong tổng số giường bệnh", period=Y23i),
    F("này là 108,6%", "108,6", 108.6, "percent", "%", "công suất sử dụng giường bệnh bình quân bệnh viện tuyến trung ương",
      period=Y23i),
    F("từ 120% đến 150%", "120", 120, "percent", "%", "công suất bệnh viện chuyên khoa ung bướu, tim mạch, nhi",
      value_max=150, period=Y23i),
    F("khoảng 185,2 triệu", "185,2", 185.2e6, "count", "lượt người", "lượt khám bệnh", approx="about",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("hơn 19,6 triệu", "19,6", 19.6e6, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú", approx="over",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("giảm 15,3%", "15,3", 15.3, "percent", "%", "số ca chuyển tuyến lên tuyến trung ương giảm",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("Thừa Thiên Huế (58,2)", "58,2", 58.2, "measure", GB, SG, location="Thừa Thiên Huế", period=Y23i),
    F("Hà Nội (45,6)", "45,6", 45.6, "measure", GB, SG, location="Hà Nội", period=Y23i),
    F("TP Hồ Chí Minh (42,9)", "42,9", 42.9, "measure", GB, SG, location="TP Hồ Chí Minh", period=Y23i),
    F("với 17,4 giường", "17,4", 17.4, "measure", GB, SG, location="Bình Dương", period=Y23i),
    F("đạt 32,5 giường", "32,5", 32.5, "measure", GB, SG, status="target", period=Y24),
    F("và 14,2 bác sĩ", "14,2", 14.2, "measure", BS, "số bác sĩ trên 1 vạn dân", status="target", period=Y24),
    F("đạt 35 giường", "35", 35, "measure", GB, SG, status="target", period=T30),
    F("19 bác sĩ", "19", 19, "measure", BS, "số bác sĩ trên 1 vạn dân", status="target", period=T30),
    F("đạt 15%", "15", 15, "percent", "%", "tỷ lệ giường bệnh tư nhân", status="target", period=T30),
]

build(3, TEXT, FIGS, [
    "Cổng TTĐT Bộ Y tế (ministry site): tổng kết năm 2023 — hospitals, beds and doctors per 1 vạn dân, overload of central hospitals, 2024/2030 targets.",
    "'Ngày đăng: 12/03/2024' is the dateline. Distractors: 'Nghị quyết số 20-NQ/TW ngày 25/10/2017', 'khóa XII', 'Thông tư số 32/2023/TT-BYT', '1900 9095'.",
    "'vượt chỉ tiêu Quốc hội giao là 31,5 giường' / 'chưa đạt chỉ tiêu 14 bác sĩ' are targets of 32,0 / 13,5 (met true / false).",
    "'giảm 15,3% so với năm 2022' is a growth rate as the claim (percent, no change). 'Trong năm' takes 2023 from the earlier 'năm 2023'.",
    "Province list: bare numbers in brackets take the list's rate unit; provinces to location. '32,5 giường bệnh và 14,2 bác sĩ trên 1 vạn dân' share the denominator.",
], published="2024-03-12", location="Việt Nam")
