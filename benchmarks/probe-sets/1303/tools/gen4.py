"""p1303-4: ministry site (Cổng TTĐT Bộ Y tế): national childhood overweight and obesity, strategy targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động

Thừa cân, béo phì ở trẻ em tăng gấp đôi sau 10 năm

17/10/2023 | 09:20 | Cục Quản lý Môi trường y tế

Tại hội thảo "Dinh dưỡng học đường vì tầm vóc Việt" ngày 16/10 ở Hà Nội, đại diện Viện Dinh dưỡng cho biết tỷ lệ thừa cân, béo phì ở trẻ em và vị thành niên từ 5 đến 19 tuổi trên cả nước đã tăng từ 8,5% năm 2010 lên 19% năm 2020.

Đáng lo ngại, ở khu vực thành thị, tỷ lệ này lên tới 26,8%, trong khi nông thôn là 18,3% và miền núi 6,9%. Tại một số trường tiểu học nội thành TP Hồ Chí Minh, cứ 10 học sinh thì có 4 em thừa cân hoặc béo phì.

Theo Bộ Y tế, năm 2023 cả nước có khoảng 18,3 triệu học sinh phổ thông, nhưng mới có 65,4% trường học có nhân viên y tế chuyên trách; chưa đến 30% trường tiểu học tổ chức bữa ăn bán trú theo thực đơn do chuyên gia dinh dưỡng xây dựng. Lượng đồ uống có đường trẻ em tiêu thụ bình quân khoảng 1,2 lít/người/tuần, gấp ba lần khuyến nghị của Tổ chức Y tế Thế giới.

Theo Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 (Quyết định số 02/QĐ-TTg), mục tiêu đến năm 2025 khống chế tỷ lệ thừa cân, béo phì ở trẻ em từ 5 đến 18 tuổi dưới 10% ở nông thôn và dưới 19% ở thành thị; đến năm 2030, các tỷ lệ này lần lượt dưới 10% và dưới 18%.

Năm 2024, Bộ Y tế phối hợp với Bộ Giáo dục và Đào tạo dự kiến thí điểm mô hình trường học nâng cao sức khỏe tại 120 trường thuộc 12 tỉnh, thành phố, với kinh phí khoảng 36 tỷ đồng.

Bản quyền thuộc về Bộ Y tế. Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Đường dây nóng: 1900 9095
"""

Y10 = P("năm 2010", "2010-01-01", "2010-12-31")
Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G25 = P("đến năm 2025", None, "2025-12-31")
G30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TT = "tỷ lệ thừa cân, béo phì ở trẻ em"

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="thừa cân, béo phì ở trẻ em"),
    F("từ 5 đến 19 tuổi", "5", 5, "measure", "tuổi", value_max=19, optional=True),
    F("từ 8,5%", "8,5", 8.5, "percent", "%", subject=TT + " và vị thành niên", period=Y10),
    F("lên 19%", "19", 19, "percent", "%", subject=TT + " và vị thành niên", period=Y20),
    F("lên tới 26,8%", "26,8", 26.8, "percent", "%", subject=TT + " khu vực thành thị", period=I(Y20)),
    F("là 18,3%", "18,3", 18.3, "percent", "%", subject=TT + " nông thôn", period=I(Y20)),
    F("núi 6,9%", "6,9", 6.9, "percent", "%", subject=TT + " miền núi", period=I(Y20)),
    F("có 4 em", "4", 4, "count", "em", total=10,
      subject="học sinh thừa cân hoặc béo phì", location="TP Hồ Chí Minh"),
    F("khoảng 18,3 triệu", "18,3", 18.3e6, "count", "học sinh", approx="about",
      subject="học sinh phổ thông", period=Y23),
    F("có 65,4%", "65,4", 65.4, "percent", "%", subject="trường học có nhân viên y tế chuyên trách", period=Y23),
    F("chưa đến 30%", "30", 30, "percent", "%", approx="under",
      subject="trường tiểu học tổ chức bữa ăn bán trú theo thực đơn do chuyên gia dinh dưỡng xây dựng", period=Y23),
    F("khoảng 1,2 lít", "1,2", 1.2, "measure", "lít/người/tuần", approx="about",
      change=C("increase", 3, "lần", "khuyến nghị của Tổ chức Y tế Thế giới"),
      subject="lượng đồ uống có đường trẻ em tiêu thụ bình quân"),
    F("từ 5 đến 18 tuổi", "5", 5, "measure", "tuổi", value_max=18, optional=True),
    F("dưới 10% ở", "10", 10, "percent", "%", approx="under", status="target",
      subject=TT + " ở nông thôn", period=G25),
    F("dưới 19%", "19", 19, "percent", "%", approx="under", status="target",
      subject=TT + " ở thành thị", period=G25),
    F("lần lượt dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject=TT + " ở nông thôn", period=G30),
    F("và dưới 18%", "18", 18, "percent", "%", approx="under", status="target",
      subject=TT + " ở thành thị", period=G30),
    F("tại 120 trường", "120", 120, "count", "trường", status="forecast",
      subject="trường thí điểm mô hình trường học nâng cao sức khỏe", period=Y24),
    F("thuộc 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", status="forecast",
      subject="tỉnh, thành phố thí điểm mô hình trường học nâng cao sức khỏe", period=Y24),
    F("khoảng 36 tỷ", "36", 36e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí thí điểm mô hình trường học nâng cao sức khỏe", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '17/10/2023 | 09:20 | Cục Quản lý Môi trường y tế', address footer, hotline.",
    "Distractors: 09:20, 'ngày 16/10', 'giai đoạn 2021-2030', 'Quyết định số 02/QĐ-TTg', '138A Giảng Võ', '1900 9095', 'sau 10 năm' (a duration).",
    "Headline 'tăng gấp đôi' stands alone as the claim → multiple 2 (number word 'đôi'). Age bands '5 đến 19 tuổi', '5 đến 18 tuổi' are",
    "group labels: optional (as 'dưới 5 tuổi' in the shared gold). 'tăng từ 8,5% năm 2010 lên 19% năm 2020' → two percent figures.",
    "'tỷ lệ này lên tới 26,8%' etc. speak of 2020 (period inherited). 'cứ 10 học sinh thì có 4 em' → 4 em with total 10 (4 of 10);",
    "the 10 is an attribute, not a figure; location TP Hồ Chí Minh (the schools named). Other figures are national (Việt Nam).",
    "'năm 2023' at the head of the sentence governs its three clauses. 'gấp ba lần khuyến nghị' → change ×3 (lần) of the 1,2 lít rate.",
    "Targets: 'mục tiêu đến năm 2025 ... dưới 10% ... dưới 19%'; 'đến năm 2030, ... lần lượt dưới 10% và dưới 18%' (list, subjects by order).",
    "'Năm 2024 ... dự kiến' → forecast for the three figures of that sentence.",
]

if __name__ == "__main__":
    write("p1303-4", TEXT, NOTES, FIGS, published="2023-10-17", location="Việt Nam")
