from lib import F, P, SY, YEAR, I, CH, TG, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ
Sâu răng vẫn là bệnh phổ biến nhất ở học sinh
Ngày đăng: 20/03/2024 | Lượt xem: 1.205

Hưởng ứng Ngày Sức khỏe răng miệng thế giới 20/3, Bộ Y tế phối hợp với Bộ Giáo dục và Đào tạo tổ chức hội nghị trực tuyến về chăm sóc răng miệng học đường với hơn 700 điểm cầu.

Theo số liệu điều tra năm 2023 của Bệnh viện Răng Hàm Mặt Trung ương Hà Nội, tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi trên toàn quốc là 84,6%, tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi là 55,2%; chỉ số sâu mất trám (DMFT) ở trẻ 12 tuổi là 1,87 răng/trẻ. Tỷ lệ sâu răng ở trẻ vùng nông thôn cao gấp 1,4 lần khu vực thành thị.

Hiện cả nước có 52/63 tỉnh, thành phố duy trì chương trình nha học đường, tăng 4 địa phương so với năm 2020. Các địa phương có tỷ lệ trường tiểu học triển khai chương trình cao nhất là Hà Nội (98,5%), TP Hồ Chí Minh (96,2%) và Đà Nẵng (94,7%). Năm học 2022-2023, khoảng 3,2 triệu học sinh tiểu học được súc miệng fluor hằng tuần; cả nước có gần 2.600 cán bộ chuyên trách nha học đường.

Tuy nhiên, số bác sĩ răng hàm mặt mới đạt khoảng 1,2 bác sĩ/1 vạn dân, thấp hơn nhiều so với khuyến cáo của Tổ chức Y tế thế giới.

Theo Kế hoạch hành động quốc gia về chăm sóc sức khỏe răng miệng giai đoạn 2024-2030 ban hành kèm Quyết định số 1032/QĐ-BYT, đến năm 2030 phấn đấu giảm tỷ lệ sâu răng vĩnh viễn ở trẻ em 12 tuổi xuống dưới 45%, 80% trường tiểu học triển khai chương trình nha học đường và 100% học sinh tiểu học được hướng dẫn chải răng đúng cách.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

S = YEAR("năm 2023", 2023)
T = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("hơn 700 điểm cầu", "700", 700, "count", "điểm cầu", "điểm cầu hội nghị trực tuyến về chăm sóc răng miệng học đường", approx="over"),
    F("trẻ 6-8 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ được điều tra", value_max=8, optional=True),
    F("toàn quốc là 84,6%", "84,6", 84.6, "percent", "%", "tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi", S),
    F("trẻ 12 tuổi là 55,2%", "12", 12, "measure", "tuổi", "độ tuổi trẻ được điều tra", optional=True),
    F("tuổi là 55,2%", "55,2", 55.2, "percent", "%", "tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi", S),
    F("trẻ 12 tuổi là 1,87", "12", 12, "measure", "tuổi", "độ tuổi trẻ được điều tra", optional=True),
    F("là 1,87 răng/trẻ", "1,87", 1.87, "measure", "răng/trẻ", "chỉ số sâu mất trám (DMFT) ở trẻ 12 tuổi", S),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "tỷ lệ sâu răng ở trẻ vùng nông thôn so với khu vực thành thị", I(S)),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì chương trình nha học đường", total=63,
      change=CH("increase", 4, "địa phương", "năm 2020")),
    F("Hà Nội (98,5%)", "98,5", 98.5, "percent", "%", "tỷ lệ trường tiểu học triển khai chương trình nha học đường", location="Hà Nội"),
    F("Hồ Chí Minh (96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ trường tiểu học triển khai chương trình nha học đường", location="TP Hồ Chí Minh"),
    F("Đà Nẵng (94,7%)", "94,7", 94.7, "percent", "%", "tỷ lệ trường tiểu học triển khai chương trình nha học đường", location="Đà Nẵng"),
    F("khoảng 3,2 triệu học sinh", "3,2", 3.2e6, "count", "học sinh", "học sinh tiểu học được súc miệng fluor hằng tuần",
      SY("Năm học 2022-2023", 2022), approx="about"),
    F("gần 2.600 cán bộ", "2.600", 2600, "count", "cán bộ", "cán bộ chuyên trách nha học đường",
      SY("Năm học 2022-2023", 2022), approx="nearly"),
    F("khoảng 1,2 bác sĩ", "1,2", 1.2, "measure", "bác sĩ/1 vạn dân", "bác sĩ răng hàm mặt trên 1 vạn dân", approx="about"),
    F("trẻ em 12 tuổi", "12", 12, "measure", "tuổi", "độ tuổi trẻ em", optional=True),
    F("dưới 45%", "45", 45, "percent", "%", "tỷ lệ sâu răng vĩnh viễn ở trẻ em 12 tuổi", T, approx="under", status="target"),
    F("45%, 80%", "80", 80, "percent", "%", "trường tiểu học triển khai chương trình nha học đường", T, status="target"),
    F("và 100% học sinh", "100", 100, "percent", "%", "học sinh tiểu học được hướng dẫn chải răng đúng cách", T, status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ Y tế, 20/3/2024: national school dental health figures; location Việt Nam except the three listed cities.",
    "'Bệnh viện Răng Hàm Mặt Trung ương Hà Nội' (the survey's author) and the ministry address do not make figures Hà Nội's.",
    "The list 'Hà Nội (98,5%), TP Hồ Chí Minh (96,2%) và Đà Nẵng (94,7%)' shares the indicator stated before it; items are locations.",
    "52/63 carries total 63 and the change 'tăng 4 địa phương so với năm 2020'; it has no period (Hiện).",
    "'cao gấp 1,4 lần khu vực thành thị' stands alone as the claim: multiple. 1,87 răng/trẻ is a rate (measure).",
    "Ages 6-8 tuổi and 12 tuổi are optional (categories). Not figures: Ngày ... 20/3, giai đoạn 2024-2030,",
    "Quyết định số 1032/QĐ-BYT, 138A Giảng Võ, phone 024.6273.2273, Lượt xem 1.205, '1 vạn dân' (rate denominator).",
    "Targets: 'đến năm 2030 phấn đấu' governs the three coordinated figures.",
]

if __name__ == "__main__":
    write("p1077-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
