from lib import *

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ CÁT
Tin hoạt động
Vốn tín dụng chính sách giúp hơn 3.800 lượt hộ vươn lên trong năm 2023
Ngày đăng: 12/01/2024 | Lượt xem: 643

Năm 2023, Phòng giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện Phù Cát đã bám sát chỉ đạo của Ban đại diện Hội đồng quản trị NHCSXH huyện, triển khai đồng bộ các giải pháp đưa vốn đến người dân.

Đến ngày 31/12/2023, tổng nguồn vốn của Phòng giao dịch đạt 512,6 tỷ đồng, tăng 38,4 tỷ đồng so với năm 2022. Tổng dư nợ đạt 508,9 tỷ đồng với 11.236 hộ còn dư nợ. Trong đó: cho vay hộ nghèo 42,7 tỷ đồng; hộ cận nghèo 86,4 tỷ đồng; hộ mới thoát nghèo 61,3 tỷ đồng; học sinh, sinh viên 12,8 tỷ đồng; nước sạch và vệ sinh môi trường nông thôn 118,5 tỷ đồng; giải quyết việc làm 104,9 tỷ đồng.

Trong năm, doanh số cho vay đạt 168,3 tỷ đồng với 3.842 lượt hộ vay vốn; doanh số thu nợ 131,2 tỷ đồng. Nợ quá hạn chỉ chiếm 0,04% tổng dư nợ. Toàn huyện có 138 Tổ tiết kiệm và vay vốn hoạt động ở 18 xã, thị trấn; tiền gửi tiết kiệm qua tổ đạt 38,6 tỷ đồng từ gần 9,8 nghìn tổ viên.

Các xã có dư nợ lớn là Cát Hanh (46,2 tỷ đồng), Cát Thành và Cát Minh (lần lượt 38,7 tỷ đồng và 35,1 tỷ đồng).

Năm 2024, Phòng giao dịch phấn đấu tăng trưởng dư nợ từ 8% đến 10%, giữ tỷ lệ nợ quá hạn dưới 0,05%. Điểm giao dịch xã được duy trì vào ngày 15 hằng tháng; người dân cần hỗ trợ liên hệ trụ sở tại số 126 đường Quang Trung, thị trấn Ngô Mây, điện thoại 0256.3850.279.

Minh Tâm
"""

D31 = P("Đến ngày 31/12/2023", None, "2023-12-31")
D31i = P("Đến ngày 31/12/2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TOT = ty(508.9)

FIGS = [
    F("hơn 3.800 lượt hộ", "3.800", 3800, "count", "lượt hộ", "lượt hộ được vốn tín dụng chính sách giúp vươn lên",
      approx="over", period=Y23h),
    F("đạt 512,6 tỷ đồng", "512,6", ty(512.6), "money", "đồng", "tổng nguồn vốn của Phòng giao dịch",
      change=ch("+", ty(38.4), "đồng", "năm 2022"), period=D31),
    F("đạt 508,9 tỷ đồng", "508,9", TOT, "money", "đồng", "Tổng dư nợ", period=D31i),
    F("với 11.236 hộ", "11.236", 11236, "count", "hộ", "hộ còn dư nợ", period=D31i),
    F("hộ nghèo 42,7 tỷ đồng", "42,7", ty(42.7), "money", "đồng", "cho vay hộ nghèo", total=TOT, period=D31i),
    F("cận nghèo 86,4 tỷ đồng", "86,4", ty(86.4), "money", "đồng", "cho vay hộ cận nghèo", total=TOT, period=D31i),
    F("thoát nghèo 61,3 tỷ đồng", "61,3", ty(61.3), "money", "đồng", "cho vay hộ mới thoát nghèo", total=TOT,
      period=D31i),
    F("sinh viên 12,8 tỷ đồng", "12,8", ty(12.8), "money", "đồng", "cho vay học sinh, sinh viên", total=TOT,
      period=D31i),
    F("nông thôn 118,5 tỷ đồng", "118,5", ty(118.5), "money", "đồng",
      "cho vay nước sạch và vệ sinh môi trường nông thôn", total=TOT, period=D31i),
    F("việc làm 104,9 tỷ đồng", "104,9", ty(104.9), "money", "đồng", "cho vay giải quyết việc làm", total=TOT,
      period=D31i),
    F("đạt 168,3 tỷ đồng", "168,3", ty(168.3), "money", "đồng", "doanh số cho vay", period=Y23i),
    F("với 3.842 lượt hộ", "3.842", 3842, "count", "lượt hộ", "lượt hộ vay vốn", period=Y23i),
    F("thu nợ 131,2 tỷ đồng", "131,2", ty(131.2), "money", "đồng", "doanh số thu nợ", period=Y23i),
    F("chiếm 0,04% tổng dư nợ", "0,04", 0.04, "percent", "%", "Nợ quá hạn", period=Y23i),
    F("có 138 Tổ tiết kiệm", "138", 138, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn hoạt động",
      period=Y23i),
    F("ở 18 xã, thị trấn", "18", 18, "count", "xã, thị trấn", "xã, thị trấn có Tổ tiết kiệm và vay vốn",
      optional=True),
    F("đạt 38,6 tỷ đồng", "38,6", ty(38.6), "money", "đồng", "tiền gửi tiết kiệm qua tổ", period=Y23i),
    F("gần 9,8 nghìn tổ viên", "9,8", 9800, "count", "tổ viên", "tổ viên gửi tiết kiệm qua tổ", approx="nearly",
      period=Y23i),
    F("Cát Hanh (46,2 tỷ đồng)", "46,2", ty(46.2), "money", "đồng", "dư nợ", period=D31i),
    F("lần lượt 38,7 tỷ đồng", "38,7", ty(38.7), "money", "đồng", "dư nợ", period=D31i),
    F("và 35,1 tỷ đồng)", "35,1", ty(35.1), "money", "đồng", "dư nợ", period=D31i),
    F("từ 8% đến 10%", "8", 8, "percent", "%", "tăng trưởng dư nợ", value_max=10, status="target", period=Y24),
    F("dưới 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", status="target", period=Y24),
]

COMMENTS = [
    "District portal (Trang TTĐT huyện Phù Cát, Bình Định): NHCSXH Phòng giao dịch huyện, results of 2023. 'Ngày đăng: 12/01/2024 | Lượt xem: 643'.",
    "Location is the district (Phù Cát); commune names (Cát Hanh, Cát Thành, Cát Minh) are below district level, so the figures keep the district",
    "as location (FIGURES.md: province, city or district) and the subject 'dư nợ' of the list.",
    "'Trong đó:' after 'Tổng dư nợ đạt 508,9 tỷ đồng': the programme loans are parts with total 508,9 tỷ (they need not add up to the whole).",
    "'tăng 38,4 tỷ đồng so với năm 2022': a change of 38,4·10^9 in unit đồng (multiplier applied, as h28). 'gần 9,8 nghìn' = 9800 (nearly).",
    "revised: headline subject now worded as the sentence names it ('… giúp vươn lên'), was a paraphrase 'lượt hộ được vay vốn …'.",
    "'18 xã, thị trấn' is structure (optional). Distractors: 'ngày 15 hằng tháng', address 'số 126 đường Quang Trung', phone 0256.3850.279, counter.",
]

write(4, TEXT, COMMENTS, FIGS, published="2024-01-12", location="Phù Cát")
