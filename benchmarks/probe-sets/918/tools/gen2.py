"""p918-2: thị xã Sông Cầu (Phú Yên) portal, ốc hương lồng trên vịnh Xuân Đài, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SÔNG CẦU
Trang chủ | Tin tức - Sự kiện | Kinh tế
Thứ Năm, 12/10/2023 - 14:40

Nuôi ốc hương lồng trên vịnh Xuân Đài cho thu nhập khá

Những năm gần đây, nuôi ốc hương bằng lồng treo trên vịnh Xuân Đài trở thành hướng đi hiệu quả của ngư dân thị xã Sông Cầu. Tính đến cuối tháng 9/2023, toàn thị xã có 4.250 lồng nuôi ốc hương của 312 hộ, tăng 620 lồng so với cuối năm 2022; trong đó xã Xuân Phương 1.620 lồng, xã Xuân Thịnh 1.380 lồng, phường Xuân Đài 870 lồng.

Theo Phòng Kinh tế thị xã, 9 tháng đầu năm sản lượng ốc hương thu hoạch đạt 415 tấn, bằng 118% cùng kỳ. Ốc loại 1 (70-80 con/kg) được thương lái thu mua tại lồng với giá 350.000-370.000 đồng/kg; ốc loại 2 từ 290.000 đến 310.000 đồng/kg. Mỗi lồng thể tích 2 m3 thả khoảng 1.500 con giống, sau 6-7 tháng cho thu hoạch 12-15 kg ốc.

Ông Lê Văn Sáu, thôn Từ Nham, xã Xuân Thịnh, cho biết gia đình nuôi 40 lồng, vụ vừa qua thu gần 550 kg, trừ chi phí còn lãi hơn 120 triệu đồng. Tuy nhiên, đợt mưa lớn hồi tháng 6 làm khoảng 15% số lồng bị ốc chết rải rác.

Thực hiện Kế hoạch số 145/KH-UBND của UBND thị xã, năm 2023 thị xã đã hỗ trợ 86 hộ nuôi với tổng kinh phí 1,2 tỷ đồng. Mục tiêu đến năm 2025, Sông Cầu phát triển 6.000 lồng nuôi ốc hương, sản lượng đạt 700 tấn/năm.

Minh Trang - Trung tâm VH-TT&TT thị xã
Địa chỉ: Khu phố Long Bình, phường Xuân Phú, thị xã Sông Cầu | ĐT: 0257.3875.023
"""

ASOF = P("Tính đến cuối tháng 9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 4.250 lồng", "4.250", 4250, "count", "lồng", "lồng nuôi ốc hương", ASOF,
      change=C("increase", 620, "lồng", "cuối năm 2022")),
    F("của 312 hộ", "312", 312, "count", "hộ", "hộ nuôi ốc hương", ASOF),
    F("Xuân Phương 1.620 lồng", "1.620", 1620, "count", "lồng", "lồng nuôi ốc hương xã Xuân Phương", ASOF, total=4250),
    F("Xuân Thịnh 1.380 lồng", "1.380", 1380, "count", "lồng", "lồng nuôi ốc hương xã Xuân Thịnh", ASOF, total=4250),
    F("Xuân Đài 870 lồng", "870", 870, "count", "lồng", "lồng nuôi ốc hương phường Xuân Đài", ASOF, total=4250),
    F("đạt 415 tấn", "415", 415, "measure", "tấn", "sản lượng ốc hương thu hoạch", M9, percent=118),
    F("loại 1 (70-80 con/kg)", "70", 70, "measure", "con/kg", "cỡ ốc loại 1", value_max=80, optional=True),
    F("giá 350.000-370.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá thu mua ốc loại 1 tại lồng",
      value_max=370000),
    F("từ 290.000 đến 310.000 đồng/kg", "290.000", 290000, "money", "đồng/kg", "giá thu mua ốc loại 2",
      value_max=310000),
    F("thể tích 2 m3", "2", 2, "measure", "m3", "thể tích lồng", optional=True),
    F("khoảng 1.500 con giống", "1.500", 1500, "count", "con giống", "con giống thả mỗi lồng", approx="about"),
    F("sau 6-7 tháng", "6", 6, "measure", "tháng", "thời gian nuôi đến thu hoạch", value_max=7, optional=True),
    F("thu hoạch 12-15 kg ốc", "12", 12, "measure", "kg", "sản lượng ốc mỗi lồng", value_max=15),
    F("nuôi 40 lồng", "40", 40, "count", "lồng", "lồng nuôi của gia đình ông Lê Văn Sáu"),
    F("gần 550 kg", "550", 550, "measure", "kg", "sản lượng ốc thu vụ vừa qua", approx="nearly"),
    F("hơn 120 triệu đồng", "120", 120_000_000, "money", "đồng", "lãi sau khi trừ chi phí", approx="over"),
    F("khoảng 15% số lồng", "15", 15, "percent", "%", "số lồng bị ốc chết rải rác",
      P("hồi tháng 6", "2023-06-01", "2023-06-30"), approx="about"),
    F("hỗ trợ 86 hộ", "86", 86, "count", "hộ", "hộ nuôi được hỗ trợ", Y23),
    F("1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "tổng kinh phí hỗ trợ", Y23),
    F("phát triển 6.000 lồng", "6.000", 6000, "count", "lồng", "lồng nuôi ốc hương", TO25, status="target"),
    F("700 tấn/năm", "700", 700, "measure", "tấn/năm", "sản lượng ốc hương", TO25, status="target"),
]

NOTES = [
    "Cổng TTĐT thị xã Sông Cầu (Phú Yên): ốc hương lồng trên vịnh Xuân Đài. 'Thứ Năm, 12/10/2023 - 14:40' gives published.",
    "Figures of communes/phường lie in the thị xã: location Sông Cầu, the commune goes into the subject (spec: province, city, district).",
    "Parts after 'trong đó' take the 4.250 lồng as total (they need not add up). '9 tháng đầu năm' takes 2023 from 'tháng 9/2023'.",
    "'bằng 118% cùng kỳ' is the share attribute of 415 tấn. 'loại 1', 'loại 2' are grade names; 'Kế hoạch số 145/KH-UBND',",
    "'Lê Văn Sáu', 'Khu phố Long Bình', the phone are not figures. Grade size, cage volume and grow-out time are optional.",
]

write("p918-2", TEXT, NOTES, FIGS, published="2023-10-12", location="Sông Cầu")
