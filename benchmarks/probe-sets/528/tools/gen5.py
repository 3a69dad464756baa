"""p528-5: Báo Đắk Lắk (Party newspaper) — vụ ngộ độc bánh mì tại thị xã Buôn Hồ, byline and date at the end."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK
Xã hội | Y tế

Vụ ngộ độc bánh mì tại thị xã Buôn Hồ: 143 người phải nhập viện

Tính đến 17 giờ ngày 4/6, các cơ sở y tế đã tiếp nhận 143 người có biểu hiện ngộ độc sau khi ăn bánh mì mua tại một tiệm trên đường Hùng Vương, phường An Lạc, thị xã Buôn Hồ, trong đó có 38 trẻ em dưới 16 tuổi.

Hiện còn 27 bệnh nhân đang điều trị nội trú tại Trung tâm Y tế thị xã Buôn Hồ, 2 trường hợp nặng đã được chuyển lên Bệnh viện Đa khoa vùng Tây Nguyên; 116 người đã xuất viện.

Kết quả xét nghiệm của Viện Vệ sinh dịch tễ Tây Nguyên cho thấy 5/7 mẫu thực phẩm (pa tê, chả lụa, rau sống) dương tính với vi khuẩn Salmonella, mật độ vượt ngưỡng cho phép từ 120 đến 350 lần.

Chiều 4/6, Chủ tịch UBND thị xã Buôn Hồ đã ký quyết định xử phạt vi phạm hành chính chủ tiệm bánh mì số tiền 72,5 triệu đồng, đồng thời đình chỉ hoạt động 3 tháng. Chi phí khám, điều trị cho các bệnh nhân ước khoảng 410 triệu đồng, do chủ cơ sở chi trả.

Theo Sở Y tế, từ đầu năm đến nay trên địa bàn tỉnh Đắk Lắk đã xảy ra 3 vụ ngộ độc thực phẩm với 211 người mắc, gấp 2,4 lần cùng kỳ năm 2023. Sở đề nghị UBND các huyện, thị xã, thành phố kiểm tra ngay các cơ sở kinh doanh thức ăn đường phố; người có dấu hiệu đau bụng, sốt, tiêu chảy cần đến cơ sở y tế gần nhất hoặc gọi đường dây nóng 0262.3812.555.

HOÀNG THU
05/06/2024
"""

ASOF = P("Tính đến 17 giờ ngày 4/6", None, "2024-06-04")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-06-05")
FIGS = [
    F("Buôn Hồ: 143 người", "143", 143, "count", "người", "người phải nhập viện do ngộ độc bánh mì"),
    F("tiếp nhận 143 người", "143", 143, "count", "người", "người có biểu hiện ngộ độc sau khi ăn bánh mì", ASOF),
    F("có 38 trẻ em", "38", 38, "count", "trẻ em", "trẻ em dưới 16 tuổi có biểu hiện ngộ độc", INH(ASOF), total=143),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", approx="under", optional=True),
    F("còn 27 bệnh nhân", "27", 27, "count", "bệnh nhân", "bệnh nhân đang điều trị nội trú"),
    F("2 trường hợp nặng", "2", 2, "count", "trường hợp", "trường hợp nặng chuyển lên Bệnh viện Đa khoa vùng Tây Nguyên"),
    F("116 người", "116", 116, "count", "người", "người đã xuất viện"),
    F("5/7 mẫu", "5", 5, "count", "mẫu", "mẫu thực phẩm dương tính với vi khuẩn Salmonella", total=7),
    F("từ 120 đến 350 lần", "120", 120, "multiple", "lần", "mật độ vi khuẩn vượt ngưỡng cho phép", value_max=350),
    F("tiền 72,5 triệu", "72,5", 72.5e6, "money", "đồng", "số tiền xử phạt vi phạm hành chính chủ tiệm bánh mì"),
    F("động 3 tháng", "3", 3, "measure", "tháng", "thời hạn đình chỉ hoạt động", optional=True),
    F("khoảng 410 triệu", "410", 410e6, "money", "đồng", "chi phí khám, điều trị cho các bệnh nhân",
      approx="about", status="estimate"),
    F("ra 3 vụ", "3", 3, "count", "vụ", "vụ ngộ độc thực phẩm", YTD, location="Đắk Lắk"),
    F("với 211 người", "211", 211, "count", "người", "người mắc ngộ độc thực phẩm", YTD, location="Đắk Lắk",
      change=CH("increase", 2.4, "lần", "cùng kỳ năm 2023")),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): vụ ngộ độc bánh mì tại thị xã Buôn Hồ, June 2024; byline and bare date '05/06/2024' at the end.",
    "The incident figures describe thị xã Buôn Hồ (named in the headline and lead), so the article default location is Buôn Hồ;",
    "the provincial year-to-date figures in the last paragraph are Đắk Lắk's.",
    "'Tính đến 17 giờ ngày 4/6' is an as-of date (year from the dateline). 'Hiện còn …' sentences get no period.",
    "'5/7 mẫu' → 5 with total 7. 'vượt ngưỡng cho phép từ 120 đến 350 lần' stands as its own claim: a multiple range.",
    "'dưới 16 tuổi' (an age bound of the 38) and 'đình chỉ hoạt động 3 tháng' (a sanction length) are optional.",
    "'ước khoảng 410 triệu đồng' → about + estimate. 'gấp 2,4 lần cùng kỳ năm 2023' after 211 người is its change (lần).",
    "revised: the 38 children's subject is now 'trẻ em dưới 16 tuổi có biểu hiện ngộ độc' (was 'trẻ em ngộ độc', which dropped the",
    "qualifier the sentence gives; FIGURES.md: subject = the indicator as the sentence names it).",
    "Not figures: '17 giờ', 'ngày 4/6', 'Chiều 4/6', the hotline 0262.3812.555, 'đường Hùng Vương'.",
]

if __name__ == "__main__":
    emit("p528-5", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Buôn Hồ")
