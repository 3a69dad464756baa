"""p652-6: national press — food poisoning in schools, 9 months 2024; kitchen inspections."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """Giáo dục › Tin tức
Thứ sáu, 4/10/2024, 06:30 (GMT+7)

Hơn 1.200 học sinh ngộ độc thực phẩm tại trường trong 9 tháng

Cả nước ghi nhận 11 vụ ngộ độc thực phẩm tại trường học trong 9 tháng năm 2024, tăng 3 vụ so với cùng kỳ năm ngoái, khiến hơn 1.200 học sinh mắc.

Theo Cục An toàn thực phẩm (Bộ Y tế), trong số 11 vụ có 7 vụ xảy ra tại bếp ăn bán trú và 4 vụ do thức ăn mua ngoài cổng trường. Không có trường hợp tử vong.

Vụ lớn nhất xảy ra tại Trường Tiểu học Phan Văn Trị, TP Hồ Chí Minh, khiến 514 học sinh phải theo dõi, điều trị, trong đó 136 em nhập viện. Một vụ khác tại Trường Mầm non 19/5, TP Buôn Ma Thuột (Đắk Lắk) làm 87 trẻ nhập viện sau bữa trưa.

Cùng kỳ năm 2023, cả nước ghi nhận 8 vụ với 673 học sinh mắc.

Từ đầu năm đến nay, các đoàn kiểm tra liên ngành đã kiểm tra hơn 25.000 bếp ăn tập thể trong trường học, phát hiện 1.960 cơ sở vi phạm, chiếm 7,8%; phạt tiền tổng cộng 4,35 tỷ đồng.

Theo PGS.TS Trần Văn Nam, Viện Dinh dưỡng, khoảng 60-70% vụ ngộ độc tại trường có nguyên nhân do vi sinh vật, thường gặp ở món ăn chế biến sẵn để quá 4 giờ. Ông khuyến cáo các trường lưu mẫu thức ăn tối thiểu 24 giờ, chỉ ký hợp đồng với cơ sở cung cấp thực phẩm có nguồn gốc rõ ràng và công khai thực đơn hằng tuần cho phụ huynh.

Người dân phát hiện vi phạm về an toàn thực phẩm trong trường học có thể phản ánh qua đường dây nóng 0243.8464.489 của Cục An toàn thực phẩm.

Lê Nga
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
SOFAR = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-04")
PRIOR = P("Cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
FIGS = [
    F("Hơn 1.200 học sinh", "1.200", 1200, "count", "học sinh", "học sinh ngộ độc thực phẩm tại trường", H9, approx="over"),
    F("ghi nhận 11 vụ", "11", 11, "count", "vụ", "vụ ngộ độc thực phẩm tại trường học", M9,
      change=CH("increase", 3, "vụ", "cùng kỳ năm ngoái")),
    F("khiến hơn 1.200 học sinh", "1.200", 1200, "count", "học sinh", "học sinh mắc ngộ độc thực phẩm tại trường học", M9, approx="over"),
    F("có 7 vụ", "7", 7, "count", "vụ", "vụ ngộ độc xảy ra tại bếp ăn bán trú", I(M9), total=11),
    F("và 4 vụ", "4", 4, "count", "vụ", "vụ ngộ độc do thức ăn mua ngoài cổng trường", I(M9), total=11),
    F("khiến 514 học sinh", "514", 514, "count", "học sinh", "học sinh phải theo dõi, điều trị trong vụ ngộ độc lớn nhất", I(M9), location="TP Hồ Chí Minh"),
    F("trong đó 136 em", "136", 136, "count", "em", "học sinh nhập viện", I(M9), total=514, location="TP Hồ Chí Minh"),
    F("làm 87 trẻ", "87", 87, "count", "trẻ", "trẻ nhập viện sau bữa trưa", I(M9), location="Buôn Ma Thuột"),
    F("ghi nhận 8 vụ", "8", 8, "count", "vụ", "vụ ngộ độc thực phẩm tại trường học", PRIOR),
    F("với 673 học sinh", "673", 673, "count", "học sinh", "học sinh mắc ngộ độc thực phẩm tại trường học", PRIOR),
    F("hơn 25.000 bếp ăn", "25.000", 25000, "count", "bếp ăn tập thể", "bếp ăn tập thể trong trường học được kiểm tra", SOFAR, approx="over"),
    F("phát hiện 1.960 cơ sở", "1.960", 1960, "count", "cơ sở", "cơ sở vi phạm", SOFAR, percent=7.8),
    F("tổng cộng 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng", "tiền phạt", SOFAR),
    F("khoảng 60-70%", "60", 60, "percent", "%", "vụ ngộ độc tại trường có nguyên nhân do vi sinh vật", value_max=70, approx="about"),
    F("quá 4 giờ", "4", 4, "measure", "giờ", "thời gian để món ăn chế biến sẵn", approx="over", optional=True),
    F("tối thiểu 24 giờ", "24", 24, "measure", "giờ", "thời gian lưu mẫu thức ăn", approx="at_least", optional=True),
]

COMMENTS = [
    "National press: ngộ độc thực phẩm tại trường học 9 tháng năm 2024 (Cục ATTP) — vụ, người mắc, nguyên nhân, kiểm tra bếp ăn tập thể.",
    "Dateline 'Thứ sáu, 4/10/2024, 06:30 (GMT+7)'. Not figures: 'Trường Mầm non 19/5' (a name), hotline 0243.8464.489, '(GMT+7)'.",
    "'trong số 11 vụ' restates the whole: it is the total of the 7 and the 4, not a figure (cf. h02). Headline '9 tháng' takes 2024 from the dateline.",
    "'Cùng kỳ năm 2023' as a figure's own period (not a baseline) = the same nine months of 2023. 'Từ đầu năm đến nay' ends at the dateline.",
    "Case figures take the city named (TP Hồ Chí Minh, Buôn Ma Thuột). '4 giờ'/'24 giờ' are thresholds of advice: optional.",
]

if __name__ == "__main__":
    emit("p652-6", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Việt Nam")
