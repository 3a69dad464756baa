"""p1066-7: department site (Sở Công Thương Quảng Nam), no dateline, table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ » Năng lượng » Tin hoạt động

Kết quả phát triển điện mặt trời mái nhà trên địa bàn tỉnh

Năm 2023, toàn tỉnh Quảng Nam có thêm 186 hệ thống điện mặt trời mái nhà được đưa vào vận hành, giảm 37,8% so với năm 2022 do không còn cơ chế giá FIT; trong đó 161 hệ thống là của hộ gia đình. Sản lượng phát lên lưới cả năm đạt 196,4 triệu kWh, tăng 3,1%.

Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Số hệ thống lũy kế
hệ thống
2.874
3.060
3.300
Công suất lắp đặt lũy kế
MWp
312,7
318,9
330
Sản lượng phát lên lưới
triệu kWh
190,5
196,4
205

Để hoàn thành kế hoạch năm 2024, Sở Công Thương phối hợp Công ty Điện lực Quảng Nam hướng dẫn tổ chức, cá nhân thực hiện thủ tục theo Nghị định số 135/2024/NĐ-CP, ưu tiên lắp đặt tại các cụm công nghiệp và trụ sở cơ quan nhà nước. Chi phí lắp đặt bình quân hiện khoảng 10 triệu đồng/kWp; suất sản lượng tại Quảng Nam đạt 1.300-1.400 kWh/kWp/năm, thuộc nhóm cao của khu vực miền Trung.

Năm 2024, Sở đã tổ chức 4 lớp tập huấn cho hơn 320 lượt cán bộ, doanh nghiệp về an toàn điện và phòng cháy, chữa cháy đối với điện mặt trời mái nhà.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: 02 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.540 - Fax: 0235.3811.385
Email: sct@quangnam.gov.vn
Tổng lượt truy cập: 1.386.702
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
FIG = [
    F("thêm 186 hệ thống", "186", 186, "count", "hệ thống", "hệ thống điện mặt trời mái nhà được đưa vào vận hành", Y23,
      change=C("decrease", 37.8, baseline="năm 2022")),
    F("161 hệ thống", "161", 161, "count", "hệ thống", "hệ thống của hộ gia đình", Y23, total=186),
    F("đạt 196,4 triệu kWh", "196,4", 196400000, "measure", "kWh", "sản lượng phát lên lưới",
      P("cả năm", "2023-01-01", "2023-12-31"), change=C("increase", 3.1)),
    F("hệ thống\n2.874", "2.874", 2874, "count", "hệ thống", "Số hệ thống lũy kế năm 2022", Y22),
    F("2.874\n3.060", "3.060", 3060, "count", "hệ thống", "Số hệ thống lũy kế năm 2023", Y23),
    F("3.060\n3.300", "3.300", 3300, "count", "hệ thống", "Số hệ thống lũy kế kế hoạch 2024", K24, status="target"),
    F("MWp\n312,7", "312,7", 312.7, "measure", "MWp", "Công suất lắp đặt lũy kế năm 2022", Y22),
    F("312,7\n318,9", "318,9", 318.9, "measure", "MWp", "Công suất lắp đặt lũy kế năm 2023", Y23),
    F("318,9\n330", "330", 330, "measure", "MWp", "Công suất lắp đặt lũy kế kế hoạch 2024", K24, status="target"),
    F("kWh\n190,5", "190,5", 190500000, "measure", "kWh", "Sản lượng phát lên lưới năm 2022", Y22),
    F("190,5\n196,4", "196,4", 196400000, "measure", "kWh", "Sản lượng phát lên lưới năm 2023", Y23),
    F("196,4\n205", "205", 205000000, "measure", "kWh", "Sản lượng phát lên lưới kế hoạch 2024", K24, status="target"),
    F("khoảng 10 triệu", "10", 10000000, "money", "đồng/kWp", "chi phí lắp đặt bình quân", approx="about"),
    F("đạt 1.300-1.400", "1.300", 1300, "measure", "kWh/kWp/năm", "suất sản lượng", value_max=1400),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp tập huấn", "lớp tập huấn về an toàn điện và phòng cháy, chữa cháy",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 320 lượt", "320", 320, "count", "lượt cán bộ, doanh nghiệp", "lượt cán bộ, doanh nghiệp được tập huấn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
]

NOTES = [
    "Department site (Sở Công Thương Quảng Nam), no dateline; footer address, phone, fax and visit counter.",
    "Table pasted one cell per line: header Chỉ tiêu / Đơn vị tính / Năm 2022 / Năm 2023 / Kế hoạch 2024; unit from the Đơn vị tính cell",
    "('triệu kWh' makes 190,5 = 190 500 000 kWh); period from the column header; 'Kế hoạch 2024' column → status target; no totals.",
    "'tăng 3,1%' with no baseline is the change of 196,4 triệu kWh; 'cả năm' takes 2023 from 'Năm 2023' before it.",
    "'trong đó 161 hệ thống là của hộ gia đình' → total 186 (same period).",
    "Distractors: Nghị định số 135/2024/NĐ-CP, 02 Trần Phú, 0235.3852.540, 0235.3811.385, Tổng lượt truy cập: 1.386.702.",
]
write(7, TEXT, FIG, NOTES, location="Quảng Nam")
