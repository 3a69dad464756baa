"""p652-4: Bộ Y tế portal — mid-term review of the School Health Programme 2021-2025 (national)."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Y tế dự phòng
Ngày đăng: 22/04/2024 | Lượt xem: 1.378

Sơ kết Chương trình Sức khỏe học đường: mới 74,3% trường học có nhân viên y tế

Ngày 19/4, tại Hà Nội, Bộ Y tế phối hợp với Bộ Giáo dục và Đào tạo tổ chức hội nghị sơ kết 3 năm thực hiện Chương trình Sức khỏe học đường giai đoạn 2021-2025 ban hành kèm theo Quyết định số 1660/QĐ-TTg của Thủ tướng Chính phủ.

Theo báo cáo, năm học 2022-2023 cả nước có hơn 23,2 triệu học sinh, trong đó khoảng 21,7 triệu em được khám sức khỏe đầu năm, đạt 93,5%. Tỷ lệ trường học có nhân viên y tế (chuyên trách hoặc kiêm nhiệm) là 74,3%, thấp hơn 15,7% so với mục tiêu của Chương trình (90%).

Tỷ lệ học sinh mắc tật khúc xạ dao động từ 20 đến 40% tùy địa bàn, cao nhất ở khu vực đô thị. Tỷ lệ thừa cân, béo phì ở học sinh đã tăng từ 8,5% năm 2010 lên 19% năm 2020, trong đó khu vực thành thị là 26,8%, nông thôn 18,3%.

Tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế năm học 2022-2023 đạt 98,3%; có 12 tỉnh, thành phố đạt 100%, gồm Hà Nam, Nam Định, Thái Bình, Hưng Yên… Các địa phương có tỷ lệ thấp nhất là Kon Tum (91,2%), Đắk Nông (92,6%) và Gia Lai (93,1%).

Về điều kiện vệ sinh, 94,2% trường học có nước sạch và 87,6% trường có nhà vệ sinh đạt chuẩn.

Mục tiêu đến năm 2025, 100% trường học có nhân viên y tế hoặc hợp đồng với cơ sở y tế; 90% trường bảo đảm nước sạch, nhà vệ sinh đạt chuẩn.

Liên hệ: Cục Quản lý Môi trường y tế, 138A Giảng Võ, Ba Đình, Hà Nội.
"""

Y = SY(2022)
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("mới 74,3%", "74,3", 74.3, "percent", "%", "trường học có nhân viên y tế", I(Y)),
    F("hơn 23,2 triệu học sinh", "23,2", 23.2e6, "count", "học sinh", "học sinh cả nước", Y, approx="over"),
    F("khoảng 21,7 triệu em", "21,7", 21.7e6, "count", "em", "học sinh được khám sức khỏe đầu năm", Y,
      approx="about", total=23.2e6, percent=93.5),
    F("kiêm nhiệm) là 74,3%", "74,3", 74.3, "percent", "%", "Tỷ lệ trường học có nhân viên y tế", I(Y),
      change=CH("decrease", 15.7, baseline="mục tiêu của Chương trình"), target=TG(90, met=False)),
    F("từ 20 đến 40%", "20", 20, "percent", "%", "Tỷ lệ học sinh mắc tật khúc xạ", value_max=40),
    F("từ 8,5% năm 2010", "8,5", 8.5, "percent", "%", "Tỷ lệ thừa cân, béo phì ở học sinh",
      P("năm 2010", "2010-01-01", "2010-12-31")),
    F("lên 19% năm 2020", "19", 19, "percent", "%", "Tỷ lệ thừa cân, béo phì ở học sinh",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("thành thị là 26,8%", "26,8", 26.8, "percent", "%", "Tỷ lệ thừa cân, béo phì ở học sinh khu vực thành thị",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("nông thôn 18,3%", "18,3", 18.3, "percent", "%", "Tỷ lệ thừa cân, béo phì ở học sinh khu vực nông thôn",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("đạt 98,3%", "98,3", 98.3, "percent", "%", "Tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", Y),
    F("có 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố có tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế đạt 100%", Y),
    F("thành phố đạt 100%", "100", 100, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", Y, optional=True),
    F("Kon Tum (91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", I(Y), location="Kon Tum"),
    F("Đắk Nông (92,6%)", "92,6", 92.6, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", I(Y), location="Đắk Nông"),
    F("Gia Lai (93,1%)", "93,1", 93.1, "percent", "%", "tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", I(Y), location="Gia Lai"),
    F("sinh, 94,2%", "94,2", 94.2, "percent", "%", "trường học có nước sạch"),
    F("và 87,6%", "87,6", 87.6, "percent", "%", "trường có nhà vệ sinh đạt chuẩn"),
    F("2025, 100%", "100", 100, "percent", "%", "trường học có nhân viên y tế hoặc hợp đồng với cơ sở y tế", T25, status="target"),
    F("; 90% trường", "90", 90, "percent", "%", "trường bảo đảm nước sạch, nhà vệ sinh đạt chuẩn", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: sơ kết 3 năm Chương trình Sức khỏe học đường 2021-2025 — khám sức khỏe, nhân viên y tế, cận thị, béo phì, BHYT HSSV, nước sạch.",
    "'Ngày đăng: 22/04/2024' is the dateline; 'Lượt xem: 1.378', 'Ngày 19/4', '3 năm' (a duration that locates), 'giai đoạn 2021-2025',",
    "'Quyết định số 1660/QĐ-TTg', '138A Giảng Võ' are not figures. '(90%)' is the target of 74,3% and its gap 'thấp hơn 15,7%' a change (cf. h09).",
    "26,8%/18,3% after 'trong đó' are rates, not parts that add up to 19%: no total; they share 'năm 2020'. '12 tỉnh, thành phố đạt 100%':",
    "the 100% is a threshold that names the group (optional). Provinces listed after the national count stay Việt Nam; bracketed ones get their location.",
]

if __name__ == "__main__":
    emit("p652-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
