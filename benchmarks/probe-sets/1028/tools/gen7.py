"""p1028-7: department site (Sở VHTTDL Bắc Kạn), no dateline: cave tourism in Ba Bể, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC KẠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Phát triển du lịch hang động ở Ba Bể

Huyện Ba Bể hiện có 3 hang động được khai thác phục vụ khách tham quan là động Puông, động Hua Mạ và hang Thẳm Kít. Năm 2023, các điểm hang động đón 118.600 lượt khách, tăng 26,4% so với năm 2022; doanh thu từ vé tham quan và dịch vụ đi thuyền vào động đạt khoảng 7,4 tỷ đồng. Số lượt khách qua các năm như sau:

Đơn vị tính: lượt khách
Điểm tham quan
Năm 2022
Năm 2023
Kế hoạch 2024
Động Puông
48.200
61.500
70.000
Động Hua Mạ
37.100
45.800
52.000
Hang Thẳm Kít
8.500
11.300
14.000
Tổng số
93.800
118.600
136.000

Hiện các điểm có 21 thuyết minh viên và 64 hộ dân tham gia chèo thuyền đưa khách vào động Puông. Giá thuê thuyền tuyến hồ Ba Bể - động Puông là 400.000 đồng/thuyền, mỗi thuyền chở không quá 12 người.

Để bảo đảm an toàn, Sở đã phối hợp với Vườn quốc gia Ba Bể lắp đặt 35 biển báo, 2 trạm cứu hộ và tổ chức tập huấn sơ cấp cứu cho 80 lượt người làm du lịch. Năm 2024, tỉnh phấn đấu đưa thêm 1 hang động mới tại xã Nam Mẫu vào khai thác.

Địa chỉ: Tổ 1A, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn
Điện thoại: 0209.3870.123 - Email: svhttdl@backan.gov.vn
Tổng số lượt truy cập: 1.284.506
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "Department site (Sở VHTTDL Bắc Kạn), no dateline (published absent): caves of huyện Ba Bể; a table pasted one cell per line.",
    "Location is the district Ba Bể (the footer address in thành phố Bắc Kạn localises nothing). Table: subject = cave (row) + column,",
    "unit 'lượt khách' from 'Đơn vị tính', period from the column header (scored), 'Kế hoạch 2024' -> target; no totals for cells.",
    "'không quá 12 người' (capacity rule) is optional. Distractors: 'Tổ 1A', phone, email, 'Tổng số lượt truy cập: 1.284.506'.",
    "Year-less 'Hiện' sentences get no period.",
]
FIGS = [
    F("có 3 hang động", "3", 3, "count", "hang động", "hang động được khai thác phục vụ khách tham quan"),
    F("đón 118.600 lượt khách", "118.600", 118600, "count", "lượt khách", "khách đến các điểm hang động", Y23,
      change=C("increase", 26.4, baseline="năm 2022")),
    F("khoảng 7,4 tỷ đồng", "7,4", 7400000000, "money", "đồng", "doanh thu từ vé tham quan và dịch vụ đi thuyền vào động", Y23,
      approx="about"),
    F("Động Puông\n48.200", "48.200", 48200, "count", "lượt khách", "Động Puông năm 2022", Y22),
    F("48.200\n61.500", "61.500", 61500, "count", "lượt khách", "Động Puông năm 2023", Y23),
    F("61.500\n70.000", "70.000", 70000, "count", "lượt khách", "Động Puông kế hoạch 2024", K24, status="target"),
    F("Động Hua Mạ\n37.100", "37.100", 37100, "count", "lượt khách", "Động Hua Mạ năm 2022", Y22),
    F("37.100\n45.800", "45.800", 45800, "count", "lượt khách", "Động Hua Mạ năm 2023", Y23),
    F("45.800\n52.000", "52.000", 52000, "count", "lượt khách", "Động Hua Mạ kế hoạch 2024", K24, status="target"),
    F("Hang Thẳm Kít\n8.500", "8.500", 8500, "count", "lượt khách", "Hang Thẳm Kít năm 2022", Y22),
    F("8.500\n11.300", "11.300", 11300, "count", "lượt khách", "Hang Thẳm Kít năm 2023", Y23),
    F("11.300\n14.000", "14.000", 14000, "count", "lượt khách", "Hang Thẳm Kít kế hoạch 2024", K24, status="target"),
    F("Tổng số\n93.800", "93.800", 93800, "count", "lượt khách", "Tổng số năm 2022", Y22),
    F("93.800\n118.600", "118.600", 118600, "count", "lượt khách", "Tổng số năm 2023", Y23),
    F("118.600\n136.000", "136.000", 136000, "count", "lượt khách", "Tổng số kế hoạch 2024", K24, status="target"),
    F("có 21 thuyết minh viên", "21", 21, "count", "thuyết minh viên", "thuyết minh viên tại các điểm hang động"),
    F("và 64 hộ dân", "64", 64, "count", "hộ dân", "hộ dân tham gia chèo thuyền đưa khách vào động Puông"),
    F("là 400.000 đồng/thuyền", "400.000", 400000, "money", "đồng/thuyền", "giá thuê thuyền tuyến hồ Ba Bể - động Puông"),
    F("không quá 12 người", "12", 12, "count", "người", "sức chở mỗi thuyền", approx="at_most", optional=True),
    F("đặt 35 biển báo", "35", 35, "count", "biển báo", "biển báo lắp đặt"),
    F("2 trạm cứu hộ", "2", 2, "count", "trạm cứu hộ", "trạm cứu hộ lắp đặt"),
    F("cho 80 lượt người", "80", 80, "count", "lượt người", "người làm du lịch được tập huấn sơ cấp cứu"),
    F("thêm 1 hang động", "1", 1, "count", "hang động", "hang động mới đưa vào khai thác tại xã Nam Mẫu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
write("p1028-7", TEXT, FIGS, NOTES, location="Ba Bể")
