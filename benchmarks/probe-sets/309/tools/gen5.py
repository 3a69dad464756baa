from lib import *

text = """Thời sự › Lao động - Việc làm

Hơn 150.000 người nước ngoài đang làm việc tại Việt Nam

Thứ hai, 12/8/2024, 10:15 (GMT+7)

Lao động nước ngoài chủ yếu đến từ Trung Quốc, Hàn Quốc và Nhật Bản, tập trung ở các tỉnh có nhiều khu công nghiệp.

Theo Cục Việc làm (Bộ Lao động - Thương binh và Xã hội), tính đến hết tháng 6/2024, cả nước có khoảng 152.000 lao động nước ngoài đang làm việc, tăng gần 9% so với cuối năm 2023. Trong đó, lao động Trung Quốc có 63.400 người, Hàn Quốc 28.700 người, Đài Loan (Trung Quốc) 18.900 người, Nhật Bản 12.300 người.

Sáu tháng đầu năm, các địa phương đã cấp mới 41.258 giấy phép lao động, gia hạn 17.632 giấy phép và xác nhận 9.815 trường hợp không thuộc diện cấp giấy phép. Lao động nước ngoài tập trung nhiều nhất tại Bình Dương (gần 22.000 người), TP HCM (21.500 người), Bắc Ninh (14.200 người), Hà Nội (12.800 người) và Đồng Nai (11.600 người); 5 địa phương này chiếm khoảng 54% tổng số lao động nước ngoài cả nước.

Về vị trí công việc, 41,2% là chuyên gia, 27,5% là lao động kỹ thuật, 24,8% là nhà quản lý, giám đốc điều hành; còn lại là các trường hợp khác. Độ tuổi phổ biến từ 30 đến 50 tuổi.

Ông Lê Quang Trung, Phó cục trưởng Cục Việc làm, cho biết năm 2023 cơ quan chức năng đã thanh tra, kiểm tra 1.126 doanh nghiệp có sử dụng lao động nước ngoài, xử phạt hơn 14,6 tỷ đồng, trục xuất 386 người. Tỷ lệ hồ sơ giấy phép lao động nộp trực tuyến năm 2023 đạt 86,3%, cao hơn 11,5 điểm phần trăm so với năm 2022; mục tiêu đến năm 2025 là 100%.

Từ ngày 18/9/2023, Nghị định 70/2023/NĐ-CP có hiệu lực, yêu cầu doanh nghiệp đăng tuyển lao động Việt Nam trước khi tuyển người nước ngoài.

Hồng Chiêu

Chia sẻ | 45 bình luận
"""

A = P("tính đến hết tháng 6/2024", None, "2024-06-30")
Ai = P("tính đến hết tháng 6/2024", None, "2024-06-30", inh=True)
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")

figs = [
    F("Hơn 150.000 người", "150.000", 150000, "count", "người nước ngoài",
      "người nước ngoài đang làm việc tại Việt Nam", approx="over"),
    F("khoảng 152.000 lao động", "152.000", 152000, "count", "lao động nước ngoài",
      "lao động nước ngoài đang làm việc", A, approx="about",
      change=CH("increase", 9, baseline="cuối năm 2023", approx="nearly")),
    F("Trung Quốc có 63.400 người", "63.400", 63400, "count", "người",
      "lao động Trung Quốc", Ai, total=152000),
    F("Hàn Quốc 28.700 người", "28.700", 28700, "count", "người",
      "lao động Hàn Quốc", Ai, total=152000),
    F("(Trung Quốc) 18.900 người", "18.900", 18900, "count", "người",
      "lao động Đài Loan (Trung Quốc)", Ai, total=152000),
    F("Nhật Bản 12.300 người", "12.300", 12300, "count", "người",
      "lao động Nhật Bản", Ai, total=152000),
    F("cấp mới 41.258 giấy phép", "41.258", 41258, "count", "giấy phép lao động",
      "giấy phép lao động cấp mới", H1),
    F("gia hạn 17.632 giấy phép", "17.632", 17632, "count", "giấy phép",
      "giấy phép lao động gia hạn", H1),
    F("xác nhận 9.815 trường hợp", "9.815", 9815, "count", "trường hợp",
      "trường hợp không thuộc diện cấp giấy phép", H1),
    F("(gần 22.000 người)", "22.000", 22000, "count", "người",
      "lao động nước ngoài", Ai, approx="nearly", location="Bình Dương"),
    F("(21.500 người)", "21.500", 21500, "count", "người",
      "lao động nước ngoài", Ai, location="TP Hồ Chí Minh"),
    F("(14.200 người)", "14.200", 14200, "count", "người",
      "lao động nước ngoài", Ai, location="Bắc Ninh"),
    F("(12.800 người)", "12.800", 12800, "count", "người",
      "lao động nước ngoài", Ai, location="Hà Nội"),
    F("(11.600 người)", "11.600", 11600, "count", "người",
      "lao động nước ngoài", Ai, location="Đồng Nai"),
    F("; 5 địa phương", "5", 5, "count", "địa phương",
      "địa phương tập trung nhiều lao động nước ngoài nhất", Ai, optional=True),
    F("khoảng 54%", "54", 54, "percent", "%",
      "tỷ trọng lao động nước ngoài của 5 địa phương trong tổng số cả nước", Ai, approx="about"),
    F("41,2% là", "41,2", 41.2, "percent", "%",
      "tỷ lệ lao động nước ngoài là chuyên gia", Ai),
    F("27,5% là", "27,5", 27.5, "percent", "%",
      "tỷ lệ lao động nước ngoài là lao động kỹ thuật", Ai),
    F("24,8% là", "24,8", 24.8, "percent", "%",
      "tỷ lệ lao động nước ngoài là nhà quản lý, giám đốc điều hành", Ai),
    F("từ 30 đến 50 tuổi", "30", 30, "measure", "tuổi",
      "độ tuổi phổ biến của lao động nước ngoài", value_max=50, optional=True),
    F("kiểm tra 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp",
      "doanh nghiệp có sử dụng lao động nước ngoài được thanh tra, kiểm tra", Y23),
    F("hơn 14,6 tỷ", "14,6", 14.6e9, "money", "đồng",
      "tiền xử phạt", Y23, approx="over"),
    F("trục xuất 386 người", "386", 386, "count", "người",
      "người nước ngoài bị trục xuất", Y23),
    F("đạt 86,3%", "86,3", 86.3, "percent", "%",
      "tỷ lệ hồ sơ giấy phép lao động nộp trực tuyến", Y23b,
      change=CH("increase", 11.5, unit="điểm phần trăm", baseline="năm 2022"),
      target=T(100)),
    F("năm 2025 là 100%", "100", 100, "percent", "%",
      "mục tiêu tỷ lệ hồ sơ giấy phép lao động nộp trực tuyến",
      P("đến năm 2025", None, "2025-12-31"), status="target", optional=True),
]

comments = [
    "National press (news site style): breadcrumb, 'Thứ hai, 12/8/2024, 10:15 (GMT+7)' dateline, byline and comment count at the end.",
    "Location Việt Nam ('cả nước'); nationalities are not places; the list of provinces in brackets gives each item its province as location.",
    "'khoảng 152.000 … tăng gần 9% so với cuối năm 2023' → approx about, change 9 (nearly). 'Trong đó' nationalities → total 152000.",
    "'Sáu tháng đầu năm' takes 2024 from 'tháng 6/2024'. Province list, shares by position: period inherited from the as-of date.",
    "'5 địa phương này' (structure) and the age range 'từ 30 đến 50 tuổi' are optional. '86,3%' carries change 11,5 điểm phần trăm and the target 100%;",
    "the target 100% is also optional as a figure of its own (status target, đến năm 2025). Headline 'Hơn 150.000' has no period phrase.",
    "Distractors: '(GMT+7)', Nghị định 70/2023/NĐ-CP, 'Từ ngày 18/9/2023', person name, '45 bình luận'.",
]
emit("p309-5", text, comments, figs, published="2024-08-12", location="Việt Nam")
