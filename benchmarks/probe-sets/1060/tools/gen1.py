"""p1060-1: Thanh Hóa province portal, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thanh Hóa: 6 tháng, số vụ bạo lực gia đình giảm 18,6%

Cập nhật: 18/07/2024 09:45 | Lượt xem: 1.236

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, toàn tỉnh xảy ra 153 vụ bạo lực gia đình, giảm 35 vụ so với cùng kỳ năm 2023 (tương đương giảm 18,6%). Riêng quý II/2024 xảy ra 71 vụ, giảm 11 vụ so với quý I/2024. Trong số 153 vụ, có 112 vụ bạo lực về thể chất, 29 vụ bạo lực tinh thần và 12 vụ bạo lực kinh tế. Tổng số nạn nhân là 158 người, trong đó phụ nữ 121 người (chiếm 76,6%), trẻ em 19 người, người cao tuổi 18 người.

Công tác hòa giải, can thiệp được triển khai kịp thời. Các tổ hòa giải ở cơ sở đã tiếp nhận 1.247 vụ việc mâu thuẫn gia đình, hòa giải thành 1.058 vụ, đạt 84,8%. Cơ quan chức năng áp dụng biện pháp cấm tiếp xúc đối với 9 trường hợp; xử phạt vi phạm hành chính 46 đối tượng với tổng số tiền gần 148 triệu đồng; khởi tố 7 vụ án có hành vi bạo lực gia đình.

Triển khai Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 và Kế hoạch số 126/KH-UBND ngày 15/5/2024 của UBND tỉnh, toàn tỉnh hiện duy trì 4.512 nhóm phòng, chống bạo lực gia đình, 2.786 địa chỉ tin cậy ở cộng đồng và 2.105 câu lạc bộ gia đình phát triển bền vững, trong đó 864 câu lạc bộ ở 11 huyện miền núi.

Trong 6 tháng cuối năm 2024, ngành phấn đấu 100% vụ bạo lực gia đình được phát hiện đều được xử lý kịp thời; dự kiến mở 27 lớp tập huấn cho khoảng 1.600 thành viên nhóm phòng, chống bạo lực gia đình. Đường dây nóng của Sở: 0237.3852.946.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

FIGS = [
    F("bạo lực gia đình giảm 18,6%", "18,6", 18.6, "percent", "%", "số vụ bạo lực gia đình giảm",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("xảy ra 153 vụ", "153", 153, "count", "vụ", "vụ bạo lực gia đình", H1,
      change=C("decrease", 35, "vụ", "cùng kỳ năm 2023")),
    F("(tương đương giảm 18,6%)", "18,6", 18.6, "percent", "%", "số vụ bạo lực gia đình giảm so với cùng kỳ", H1,
      optional=True),
    F("xảy ra 71 vụ", "71", 71, "count", "vụ", "vụ bạo lực gia đình", Q2,
      change=C("decrease", 11, "vụ", "quý I/2024")),
    F("Trong số 153 vụ", "153", 153, "count", "vụ", "vụ bạo lực gia đình", I(H1), optional=True),
    F("có 112 vụ", "112", 112, "count", "vụ", "vụ bạo lực về thể chất", I(H1), total=153),
    F("29 vụ", "29", 29, "count", "vụ", "vụ bạo lực tinh thần", I(H1), total=153),
    F("12 vụ bạo lực kinh tế", "12", 12, "count", "vụ", "vụ bạo lực kinh tế", I(H1), total=153),
    F("là 158 người", "158", 158, "count", "người", "nạn nhân bạo lực gia đình", I(H1)),
    F("phụ nữ 121 người", "121", 121, "count", "người", "nạn nhân là phụ nữ", I(H1), total=158, percent=76.6),
    F("trẻ em 19 người", "19", 19, "count", "người", "nạn nhân là trẻ em", I(H1), total=158),
    F("người cao tuổi 18 người", "18", 18, "count", "người", "nạn nhân là người cao tuổi", I(H1), total=158),
    F("tiếp nhận 1.247 vụ việc", "1.247", 1247, "count", "vụ việc",
      "vụ việc mâu thuẫn gia đình các tổ hòa giải ở cơ sở tiếp nhận", I(H1)),
    F("hòa giải thành 1.058 vụ", "1.058", 1058, "count", "vụ", "vụ việc mâu thuẫn gia đình hòa giải thành", I(H1),
      percent=84.8),
    F("đối với 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp bị áp dụng biện pháp cấm tiếp xúc", I(H1)),
    F("46 đối tượng", "46", 46, "count", "đối tượng", "đối tượng bị xử phạt vi phạm hành chính", I(H1)),
    F("gần 148 triệu đồng", "148", 148e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(H1),
      approx="nearly"),
    F("khởi tố 7 vụ án", "7", 7, "count", "vụ án", "vụ án có hành vi bạo lực gia đình bị khởi tố", I(H1)),
    F("duy trì 4.512 nhóm", "4.512", 4512, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình"),
    F("2.786 địa chỉ tin cậy", "2.786", 2786, "count", "địa chỉ tin cậy", "địa chỉ tin cậy ở cộng đồng"),
    F("2.105 câu lạc bộ", "2.105", 2105, "count", "câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững"),
    F("trong đó 864 câu lạc bộ", "864", 864, "count", "câu lạc bộ",
      "câu lạc bộ gia đình phát triển bền vững ở các huyện miền núi", total=2105),
    F("ở 11 huyện miền núi", "11", 11, "count", "huyện", "huyện miền núi", optional=True),
    F("phấn đấu 100% vụ", "100", 100, "percent", "%", "vụ bạo lực gia đình được phát hiện được xử lý kịp thời", H2,
      status="target"),
    F("mở 27 lớp", "27", 27, "count", "lớp", "lớp tập huấn", H2, status="forecast"),
    F("khoảng 1.600 thành viên", "1.600", 1600, "count", "thành viên",
      "thành viên nhóm phòng, chống bạo lực gia đình được tập huấn", H2, approx="about", status="forecast"),
]

NOTES = [
    "Thanh Hóa province portal: 6 tháng đầu năm 2024 results of phòng, chống bạo lực gia đình. Dateline 'Cập nhật: 18/07/2024 09:45'.",
    "Not figures: 'Lượt xem: 1.236', time 09:45, Luật số 13/2022/QH15, Kế hoạch số 126/KH-UBND ngày 15/5/2024, phone 0237.3852.946.",
    "Headline '6 tháng' has no year: 2024 from the dateline (nothing dated stands before it); the headline rate is a percent figure, no change.",
    "'giảm 35 vụ ... (tương đương giảm 18,6%)': the first change is the attribute, the second is an optional percent figure.",
    "'Trong số 153 vụ' repeats the whole (optional); the three forms of violence are parts of it (total 153).",
    "'hòa giải thành 1.058 vụ, đạt 84,8%': percent 84.8, no total (no part-of cue after the 1.247 received).",
    "'11 huyện miền núi' names a category of districts (optional).",
]

if __name__ == "__main__":
    write("p1060-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Thanh Hóa")
