"""p906-6: national newspaper - food poisoning after a semi-boarding lunch in Nha Trang (Khánh Hòa), 10/2024."""
from lib import F, P, I, CH, write

TEXT = """Thời sự > Giáo dục

Thứ tư, 16/10/2024, 19:40 (GMT+7)

138 học sinh nhập viện sau bữa trưa bán trú

Khánh Hòa - Sau bữa trưa ngày 15/10, 138 học sinh Trường Tiểu học Vĩnh Hải 2 (TP Nha Trang) đau bụng, nôn ói, phải đưa đi cấp cứu, trong đó 12 em phải điều trị nội trú.

Theo Sở Y tế Khánh Hòa, trưa 15/10 trường tổ chức ăn bán trú cho 1.046 học sinh với thực đơn gồm cơm, gà chiên, canh bí và sữa chua. Suất ăn do Công ty TNHH Thực phẩm An Phú cung cấp với giá 32.000 đồng/suất. Đến 17h ngày 16/10, 121 em đã xuất viện, số còn lại sức khỏe ổn định.

Công ty An Phú hiện cung cấp khoảng 6.500 suất ăn mỗi ngày cho 9 trường học trên địa bàn TP Nha Trang. Cơ quan chức năng đã lấy 14 mẫu thức ăn lưu và 6 mẫu bệnh phẩm để xét nghiệm; bếp ăn của công ty bị tạm đình chỉ hoạt động 15 ngày.

Theo Cục An toàn thực phẩm (Bộ Y tế), 9 tháng đầu năm 2024 cả nước xảy ra 8 vụ ngộ độc thực phẩm liên quan bếp ăn trường học, làm hơn 1.000 người mắc; số người mắc tăng gấp đôi so với cùng kỳ năm 2023. Riêng Khánh Hòa, từ đầu năm đến nay có 3 vụ với gần 500 người mắc, chiếm gần một nửa cả nước.

Ông Nguyễn Văn Hùng, Phó giám đốc Sở Y tế, cho biết sẽ kiểm tra toàn bộ 67 bếp ăn tập thể trường học và 11 cơ sở cung cấp suất ăn sẵn trên địa bàn tỉnh trước ngày 30/10. Cơ sở vi phạm có thể bị phạt tiền lên tới 100 triệu đồng và buộc tiêu hủy thực phẩm không bảo đảm an toàn.

Phụ huynh em Lê Minh Khôi, học sinh lớp 3/2, cho biết con em ăn bán trú tại trường từ lớp 1, mỗi tháng đóng khoảng 700.000 đồng tiền ăn.

Xuân Ngọc
"""

DAY = P("ngày 15/10", "2024-10-15", "2024-10-15")
NT = "Nha Trang"
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-16")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("138 học sinh nhập viện", "138", 138, "count", "học sinh", "học sinh nhập viện sau bữa trưa bán trú", location=NT),
    F("15/10, 138 học sinh", "138", 138, "count", "học sinh", "học sinh đau bụng, nôn ói phải đưa đi cấp cứu", DAY,
      location=NT),
    F("trong đó 12 em", "12", 12, "count", "em", "học sinh phải điều trị nội trú", DAY, total=138, location=NT),
    F("cho 1.046 học sinh", "1.046", 1046, "count", "học sinh", "học sinh ăn bán trú", P("trưa 15/10", "2024-10-15", "2024-10-15"),
      location=NT),
    F("giá 32.000 đồng/suất", "32.000", 32000, "money", "đồng/suất", "giá suất ăn", location=NT),
    F("16/10, 121 em", "121", 121, "count", "em", "học sinh đã xuất viện", P("Đến 17h ngày 16/10", None, "2024-10-16"),
      location=NT),
    F("khoảng 6.500 suất ăn", "6.500", 6500, "measure", "suất ăn/ngày", "suất ăn Công ty An Phú cung cấp mỗi ngày",
      approx="about", location=NT),
    F("cho 9 trường học", "9", 9, "count", "trường học", "trường học được Công ty An Phú cung cấp suất ăn", location=NT),
    F("lấy 14 mẫu", "14", 14, "count", "mẫu", "mẫu thức ăn lưu lấy xét nghiệm", location=NT),
    F("và 6 mẫu bệnh phẩm", "6", 6, "count", "mẫu", "mẫu bệnh phẩm lấy xét nghiệm", location=NT),
    F("hoạt động 15 ngày", "15", 15, "measure", "ngày", "thời gian tạm đình chỉ hoạt động bếp ăn", location=NT,
      optional=True),
    F("xảy ra 8 vụ", "8", 8, "count", "vụ", "vụ ngộ độc thực phẩm liên quan bếp ăn trường học", M9, location="Việt Nam"),
    F("hơn 1.000 người", "1.000", 1000, "count", "người", "người mắc ngộ độc thực phẩm liên quan bếp ăn trường học", M9,
      approx="over", location="Việt Nam"),
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "số người mắc so với cùng kỳ năm 2023", M9, location="Việt Nam"),
    F("có 3 vụ", "3", 3, "count", "vụ", "vụ ngộ độc thực phẩm liên quan bếp ăn trường học", YTD),
    F("gần 500 người", "500", 500, "count", "người", "người mắc ngộ độc thực phẩm liên quan bếp ăn trường học", YTD,
      approx="nearly", percent=50),
    F("toàn bộ 67 bếp ăn", "67", 67, "count", "bếp ăn", "bếp ăn tập thể trường học"),
    F("và 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở cung cấp suất ăn sẵn"),
    F("lên tới 100 triệu đồng", "100", 100e6, "money", "đồng", "mức phạt tiền cơ sở vi phạm", approx="at_most"),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng/tháng", "tiền ăn bán trú phụ huynh đóng mỗi tháng",
      approx="about", location=NT),
]

NOTES = [
    "National newspaper (VnExpress style dateline Thứ tư, 16/10/2024, 19:40 (GMT+7)): food poisoning after a semi-boarding lunch, Nha Trang.",
    "School and supplier figures are located in the city Nha Trang (named in brackets / 'trên địa bàn TP Nha Trang'); provincial",
    "figures (Riêng Khánh Hòa, trên địa bàn tỉnh) Khánh Hòa; Cục ATTP national figures Việt Nam. The headline's 138 students are those of the",
    "Nha Trang school (location Nha Trang, no period). A single day 'ngày 15/10' is a period of one day.",
    "'số người mắc tăng gấp đôi' stands as its own claim: multiple 2. 'chiếm gần một nửa cả nước' is the share of 500 người: percent 50.",
    "'tạm đình chỉ 15 ngày' is a sanction's duration: optional. 'lên tới 100 triệu đồng' = at_most.",
    "Distractors: Trường Tiểu học Vĩnh Hải 2, lớp 3/2, lớp 1, 17h, 30/10, dateline time.",
]

if __name__ == "__main__":
    write("p906-6", TEXT, FIGS, NOTES, published="2024-10-16", location="Khánh Hòa")
