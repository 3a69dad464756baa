from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Bắc Ninh: Giải quyết hơn 4.100 giấy phép lao động cho người nước ngoài trong 6 tháng đầu năm

Cập nhật: 15/07/2024 09:30 | Lượt xem: 2.417

(BNP) - Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, Sở đã giải quyết 4.125 giấy phép lao động cho người lao động nước ngoài, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, cấp mới 2.615 giấy phép (chiếm 63,4%), cấp lại 318 giấy phép, gia hạn 1.192 giấy phép. Ngoài ra, Sở xác nhận 147 trường hợp không thuộc diện cấp giấy phép lao động và từ chối 54 hồ sơ do không đáp ứng điều kiện theo Nghị định số 152/2020/NĐ-CP và Nghị định số 70/2023/NĐ-CP của Chính phủ.

Xét theo quốc tịch, lao động Trung Quốc được cấp phép nhiều nhất với 1.486 giấy phép, chiếm 36%; tiếp đến là Hàn Quốc 1.103 giấy phép, Đài Loan (Trung Quốc) 512 giấy phép, Nhật Bản 287 giấy phép; còn lại là lao động đến từ 27 quốc gia và vùng lãnh thổ khác.

Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 5.872 lao động nước ngoài đang làm việc tại 1.014 doanh nghiệp, tổ chức, trong đó 4.956 người làm việc trong các khu công nghiệp (chiếm 84,4%). Số lao động nước ngoài chủ yếu giữ vị trí chuyên gia (2.731 người) và lao động kỹ thuật (1.958 người); nhà quản lý, giám đốc điều hành có 1.183 người.

Năm 2024, Sở phấn đấu giải quyết 100% hồ sơ cấp giấy phép lao động đúng hạn, trong đó trên 90% hồ sơ được tiếp nhận qua môi trường mạng. Tính đến hết tháng 6, tỷ lệ hồ sơ nộp trực tuyến mới đạt 78,6%.

Mọi thông tin chi tiết liên hệ Phòng Lao động - Việc làm, Sở LĐ-TB&XH, số 11 đường Lý Thái Tổ, TP Bắc Ninh; điện thoại 0222.3822.595.

Thu Hà - Sở LĐ-TB&XH
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
A30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
A30i = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 4.100 giấy phép", "4.100", 4100, "count", "giấy phép lao động",
      "giấy phép lao động cho người nước ngoài được giải quyết", H1, approx="over"),
    F("giải quyết 4.125 giấy phép", "4.125", 4125, "count", "giấy phép lao động",
      "giấy phép lao động cho người lao động nước ngoài được giải quyết", S1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("cấp mới 2.615 giấy phép", "2.615", 2615, "count", "giấy phép",
      "giấy phép lao động cấp mới", S1i, total=4125, percent=63.4),
    F("cấp lại 318 giấy phép", "318", 318, "count", "giấy phép",
      "giấy phép lao động cấp lại", S1i, total=4125),
    F("gia hạn 1.192 giấy phép", "1.192", 1192, "count", "giấy phép",
      "giấy phép lao động gia hạn", S1i, total=4125),
    F("xác nhận 147 trường hợp", "147", 147, "count", "trường hợp",
      "trường hợp xác nhận không thuộc diện cấp giấy phép lao động", S1i),
    F("từ chối 54 hồ sơ", "54", 54, "count", "hồ sơ",
      "hồ sơ bị từ chối do không đáp ứng điều kiện", S1i),
    F("với 1.486 giấy phép", "1.486", 1486, "count", "giấy phép",
      "giấy phép lao động cấp cho lao động Trung Quốc", S1i, percent=36),
    F("Hàn Quốc 1.103 giấy phép", "1.103", 1103, "count", "giấy phép",
      "giấy phép lao động cấp cho lao động Hàn Quốc", S1i),
    F("(Trung Quốc) 512 giấy phép", "512", 512, "count", "giấy phép",
      "giấy phép lao động cấp cho lao động Đài Loan (Trung Quốc)", S1i),
    F("Nhật Bản 287 giấy phép", "287", 287, "count", "giấy phép",
      "giấy phép lao động cấp cho lao động Nhật Bản", S1i),
    F("từ 27 quốc gia", "27", 27, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ khác có lao động được cấp phép", S1i),
    F("có 5.872 lao động", "5.872", 5872, "count", "lao động nước ngoài",
      "lao động nước ngoài đang làm việc trên địa bàn tỉnh", A30),
    F("tại 1.014 doanh nghiệp", "1.014", 1014, "count", "doanh nghiệp, tổ chức",
      "doanh nghiệp, tổ chức sử dụng lao động nước ngoài", A30),
    F("trong đó 4.956 người", "4.956", 4956, "count", "người",
      "lao động nước ngoài làm việc trong các khu công nghiệp", A30, total=5872, percent=84.4),
    F("chuyên gia (2.731 người)", "2.731", 2731, "count", "người",
      "lao động nước ngoài giữ vị trí chuyên gia", A30i),
    F("kỹ thuật (1.958 người)", "1.958", 1958, "count", "người",
      "lao động nước ngoài giữ vị trí lao động kỹ thuật", A30i),
    F("điều hành có 1.183 người", "1.183", 1183, "count", "người",
      "lao động nước ngoài là nhà quản lý, giám đốc điều hành", A30i),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%",
      "tỷ lệ hồ sơ cấp giấy phép lao động giải quyết đúng hạn", Y24, status="target"),
    F("trên 90% hồ sơ", "90", 90, "percent", "%",
      "tỷ lệ hồ sơ được tiếp nhận qua môi trường mạng", Y24, approx="over", status="target"),
    F("mới đạt 78,6%", "78,6", 78.6, "percent", "%",
      "tỷ lệ hồ sơ nộp trực tuyến", P("Tính đến hết tháng 6", None, "2024-06-30")),
]

comments = [
    "Provincial portal (Cổng TTĐT tỉnh Bắc Ninh), breadcrumb, 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: …' dateline; byline at the end.",
    "Work permits handled in 6 months 2024: whole 4.125 with a 'Trong đó' breakdown in the next sentence (total 4125); the headline 'hơn 4.100' is a figure",
    "(its '6 tháng đầu năm' takes the year of the published date, nothing stands earlier). Nationality list: nationalities are not places, location stays Bắc Ninh.",
    "'trong đó 4.956 người' follows '1.014 doanh nghiệp, tổ chức' but counts workers, so its whole is 5.872 lao động (same thing). Positions in brackets: no cue, no total.",
    "Targets for 2024 (phấn đấu): 100% and 'trên 90%' (a percent has no whole, so no total). 'Tính đến hết tháng 6' = as of 2024-06-30.",
    "Distractors: Nghị định số 152/2020/NĐ-CP, 70/2023/NĐ-CP, 'Lượt xem: 2.417', address 'số 11 đường Lý Thái Tổ', phone 0222.3822.595, dateline.",
]
emit("p309-1", text, comments, figs, published="2024-07-15", location="Bắc Ninh")
