"""p1368-4: ministry site (Bộ Y tế): national oral-health survey, World Oral Health Day 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tổng hợp > Khám chữa bệnh

Hơn 80% trẻ em Việt Nam mắc sâu răng sữa

20/03/2024 | 08:45 | Cục Quản lý Khám, chữa bệnh

Nhân Ngày Sức khỏe răng miệng thế giới 20/3, Bộ Y tế công bố kết quả Điều tra sức khỏe răng miệng toàn quốc lần thứ hai. Theo đó, tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi là 84,9%; tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi là 56,3%, trung bình 1,87 răng/trẻ. Có tới 91% trẻ sâu răng chưa được điều trị.

Tỷ lệ sâu răng sữa cao nhất ở các tỉnh miền núi như Hà Giang (92,4%), Lai Châu (90,8%) và Sơn La (89,5%); thấp nhất là TP Hồ Chí Minh với 71,6%.

Cả nước hiện có khoảng 15.200 trường tiểu học nhưng chỉ gần 35% số trường duy trì hoạt động nha học đường. Số bác sĩ răng hàm mặt mới đạt 0,9 bác sĩ/1 vạn dân, thấp hơn nhiều so với mức 5-6 bác sĩ/1 vạn dân của các nước phát triển.

Năm 2023, các cơ sở y tế trên cả nước đã khám, điều trị răng miệng cho khoảng 3,4 triệu lượt trẻ em, tăng 12% so với năm 2022.

Theo Kế hoạch hành động quốc gia về chăm sóc sức khỏe răng miệng giai đoạn 2024-2030 (Quyết định số 1512/QĐ-BYT), mục tiêu đến năm 2030 có ít nhất 80% học sinh tiểu học được khám răng định kỳ; tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi giảm xuống còn 45%; 100% tỉnh, thành phố có chương trình nha học đường.

Cục Quản lý Khám, chữa bệnh - Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 80%", "80", 80, "percent", "%", approx="over", subject="trẻ em Việt Nam mắc sâu răng sữa"),
    F("trẻ 6-8 tuổi", "6", 6, "measure", "tuổi", value_max=8, optional=True),
    F("là 84,9%", "84,9", 84.9, "percent", "%", subject="tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi"),
    F("trẻ 12 tuổi là", "12", 12, "measure", "tuổi", optional=True),
    F("là 56,3%", "56,3", 56.3, "percent", "%", subject="tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi"),
    F("1,87 răng/trẻ", "1,87", 1.87, "measure", "răng/trẻ",
      subject="răng sâu vĩnh viễn trung bình ở trẻ 12 tuổi"),
    F("tới 91%", "91", 91, "percent", "%", subject="trẻ sâu răng chưa được điều trị"),
    F("Hà Giang (92,4%)", "92,4", 92.4, "percent", "%", subject="tỷ lệ sâu răng sữa", location="Hà Giang"),
    F("Lai Châu (90,8%)", "90,8", 90.8, "percent", "%", subject="tỷ lệ sâu răng sữa", location="Lai Châu"),
    F("Sơn La (89,5%)", "89,5", 89.5, "percent", "%", subject="tỷ lệ sâu răng sữa", location="Sơn La"),
    F("với 71,6%", "71,6", 71.6, "percent", "%", subject="tỷ lệ sâu răng sữa",
      location="TP Hồ Chí Minh"),
    F("khoảng 15.200 trường", "15.200", 15200, "count", "trường tiểu học", approx="about",
      subject="trường tiểu học"),
    F("gần 35%", "35", 35, "percent", "%", approx="nearly",
      subject="số trường duy trì hoạt động nha học đường"),
    F("đạt 0,9 bác sĩ", "0,9", 0.9, "measure", "bác sĩ/1 vạn dân", subject="số bác sĩ răng hàm mặt"),
    F("mức 5-6 bác sĩ", "5", 5, "measure", "bác sĩ/1 vạn dân", value_max=6,
      subject="số bác sĩ răng hàm mặt của các nước phát triển", location="", optional=True),
    F("khoảng 3,4 triệu", "3,4", 3.4e6, "count", "lượt", approx="about",
      change=change("increase", 12, "%", "năm 2022"),
      subject="lượt trẻ em được khám, điều trị răng miệng", per=Y23),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="học sinh tiểu học được khám răng định kỳ", per=T30),
    F("trẻ 12 tuổi giảm", "12", 12, "measure", "tuổi", optional=True),
    F("còn 45%", "45", 45, "percent", "%", status="target",
      subject="tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi", per=T30),
    F("; 100% tỉnh", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố có chương trình nha học đường", per=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '20/03/2024 | 08:45 | Cục Quản lý Khám, chữa bệnh', address footer. National figures: Việt Nam.",
    "Distractors: 'Ngày Sức khỏe răng miệng thế giới 20/3', 'lần thứ hai' (ordinal in words), 'giai đoạn 2024-2030',",
    "'Quyết định số 1512/QĐ-BYT', '138A Giảng Võ', 08:45.",
    "The survey figures carry no period (the text gives none). Age labels ('trẻ 6-8 tuổi', 'trẻ 12 tuổi') are optional as in the",
    "shared gold ('dưới 1 tuổi', 'từ 15 tuổi'). The province list shares the indicator 'tỷ lệ sâu răng sữa'; each province is the location.",
    "'mức 5-6 bác sĩ/1 vạn dân của các nước phát triển' is the comparison's baseline, about no place of the text: optional, location null.",
    "'mục tiêu đến năm 2030' governs all three clauses after it (target, start null, end 2030-12-31).",
]

if __name__ == "__main__":
    write("p1368-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
