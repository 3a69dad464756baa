from lib import *
T = """Giáo dục > Tuyển sinh
Thứ tư, 17/7/2024, 14:20 (GMT+7)

Sinh viên học nghề ra trường có việc làm, lương khởi điểm 8-10 triệu đồng

Nhiều trường cao đẳng trên cả nước cho biết hơn 90% sinh viên tốt nghiệp năm 2023 có việc làm; một số ngành kỹ thuật thiếu nhân lực.

Tại TP HCM, khảo sát của Sở Lao động - Thương binh và Xã hội đối với sinh viên tốt nghiệp năm 2023 của 28 trường cao đẳng cho thấy, trong số 4.260 người được hỏi, có 3.906 người (91,7%) có việc làm trong vòng 6 tháng, trong đó 3.066 người làm đúng ngành đào tạo. Mức lương khởi điểm phổ biến từ 8 đến 10 triệu đồng/tháng; sinh viên ngành cơ điện tử, bảo dưỡng máy bay có thể nhận 12-15 triệu đồng.

Ở Hà Nội, Trường Cao đẳng nghề Công nghệ cao Hà Nội cho biết 100% sinh viên khóa tốt nghiệp năm 2023 có việc làm. Số vị trí doanh nghiệp đặt hàng gấp 3 lần số sinh viên ra trường, riêng Công ty May 10 đăng ký tuyển 120 lao động.

Trường Cao đẳng Công nghệ Quốc tế LILAMA 2 (Đồng Nai) đã ký hợp tác với 46 doanh nghiệp, tiếp nhận gần 1.200 sinh viên thực tập trong năm 2023. Theo hiệu trưởng nhà trường, khoảng 70% sinh viên được giữ lại làm việc ngay tại nơi thực tập.

Theo Tổng cục Giáo dục nghề nghiệp, năm 2024 ngành phấn đấu tuyển sinh 2,4 triệu người, trong đó trình độ cao đẳng, trung cấp khoảng 600.000 người. Dự báo đến năm 2030, cả nước cần thêm khoảng 1,5 triệu lao động kỹ thuật cho các ngành công nghiệp chế biến, chế tạo, điện tử và logistics.

Tuy vậy, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ mới đạt 27,6%, thấp hơn nhiều so với Thái Lan hay Malaysia.

Hải Yến
12 bình luận
"""
figs = [
 F("lương khởi điểm 8-10 triệu", "8", 8000000, "money", "đồng", "lương khởi điểm sinh viên học nghề", value_max=10000000, location="Việt Nam"),
 F("hơn 90% sinh viên", "90", 90, "percent", "%", "sinh viên tốt nghiệp có việc làm", approx="over", location="Việt Nam",
   period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("của 28 trường", "28", 28, "count", "trường cao đẳng", "trường cao đẳng được khảo sát", location="TP Hồ Chí Minh"),
 F("trong số 4.260 người", "4.260", 4260, "count", "người", "sinh viên tốt nghiệp được hỏi", location="TP Hồ Chí Minh", period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("có 3.906 người", "3.906", 3906, "count", "người", "người có việc làm trong vòng 6 tháng", total=4260, percent=91.7, location="TP Hồ Chí Minh",
   period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("đó 3.066 người", "3.066", 3066, "count", "người", "người làm đúng ngành đào tạo", total=3906, location="TP Hồ Chí Minh",
   period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("từ 8 đến 10 triệu", "8", 8000000, "money", "đồng/tháng", "mức lương khởi điểm phổ biến", value_max=10000000, location="TP Hồ Chí Minh"),
 F("nhận 12-15 triệu", "12", 12000000, "money", "đồng", "lương sinh viên ngành cơ điện tử, bảo dưỡng máy bay", value_max=15000000, location="TP Hồ Chí Minh"),
 F("cho biết 100% sinh viên", "100", 100, "percent", "%", "sinh viên khóa tốt nghiệp có việc làm", location="Hà Nội",
   period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("gấp 3 lần", "3", 3, "multiple", "lần", "số vị trí doanh nghiệp đặt hàng so với số sinh viên ra trường", location="Hà Nội"),
 F("tuyển 120 lao động", "120", 120, "count", "lao động", "lao động Công ty May 10 đăng ký tuyển", location="Hà Nội"),
 F("với 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp ký hợp tác", location="Đồng Nai", period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("gần 1.200 sinh viên", "1.200", 1200, "count", "sinh viên", "sinh viên thực tập", approx="nearly", location="Đồng Nai",
   period=P("năm 2023", "2023-01-01", "2023-12-31")),
 F("khoảng 70% sinh viên", "70", 70, "percent", "%", "sinh viên được giữ lại làm việc ngay tại nơi thực tập", approx="about", location="Đồng Nai"),
 F("tuyển sinh 2,4 triệu", "2,4", 2400000, "count", "người", "người được tuyển sinh", status="target", location="Việt Nam",
   period=P("năm 2024", "2024-01-01", "2024-12-31")),
 F("khoảng 600.000 người", "600.000", 600000, "count", "người", "người được tuyển sinh trình độ cao đẳng, trung cấp", approx="about", total=2400000,
   status="target", location="Việt Nam", period=P("năm 2024", "2024-01-01", "2024-12-31")),
 F("khoảng 1,5 triệu", "1,5", 1500000, "count", "lao động kỹ thuật", "lao động kỹ thuật cần thêm", approx="about", status="forecast", location="Việt Nam",
   period=P("đến năm 2030", None, "2030-12-31")),
 F("đạt 27,6%", "27,6", 27.6, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", location="Việt Nam"),
]
write(7, T, figs, [
 "National online press (VnExpress style), 'Thứ tư, 17/7/2024, 14:20 (GMT+7)'; byline and '12 bình luận' (comment count, not a figure) at the end.",
 "revised: location 'TP HCM' written as the place's name 'TP Hồ Chí Minh' (as shared gold); headline location null -> Việt Nam.",
 "No default location: figures are national (cả nước, Tổng cục -> Việt Nam) or belong to TP HCM, Hà Nội, Đồng Nai (school in brackets).",
 "'trong số 4.260 người …, có 3.906 người (91,7%)' -> total 4260, percent 91.7; '3.066' after trong đó total 3906.",
 "'trong vòng 6 tháng' is a window (duration), not a figure. 'gấp 3 lần' stands alone as the claim -> multiple.",
 "Names with numbers: Công ty May 10, LILAMA 2 (not figures). 'Dự báo đến năm 2030 … khoảng 1,5 triệu' -> forecast.",
 "Headline range (national article: Việt Nam, as shared h01 defaults unplaced figures of national press) and body 'từ 8 đến 10 triệu đồng/tháng' are both figures (value_max).",
 "'27,6%' has no period in its sentence (last stated 'năm 2024' would be wrong by meaning), so the gold leaves it null.",
], published="2024-07-17")
