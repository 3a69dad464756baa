from lib import Doc, P

TEXT = """Thời sự › Giao thông
Thứ tư, 23/10/2024, 14:20 (GMT+7)
Sóc Trăng xóa hơn 1.000 cầu khỉ trong ba năm

Người dân góp tiền, hiến đất, cùng chính quyền thay những cây cầu tre, cầu ván chông chênh bằng cầu bê tông kiên cố.

Từ năm 2021 đến tháng 9/2024, tỉnh Sóc Trăng đã thay 1.046 cầu khỉ, cầu tạm bằng cầu bê tông, với tổng vốn gần 415 tỷ đồng, trong đó người dân và nhà hảo tâm đóng góp khoảng 36%.

Ông Nguyễn Hoàng Tâm, Phó giám đốc Sở Giao thông vận tải, cho biết riêng 9 tháng năm 2024, tỉnh hoàn thành 318 cầu, tăng 27% so với cùng kỳ năm 2023. Mỗi cầu dài từ 12 đến 40 m, mặt cầu rộng 2,5-3,5 m, cho xe máy và xe ba gác lưu thông. Số cầu hoàn thành năm nay gấp 1,5 lần năm 2022.

Các huyện thay nhiều cầu nhất là Mỹ Tú (186 cầu), Long Phú (154 cầu) và Châu Thành (131 cầu); thị xã Vĩnh Châu ít nhất với 42 cầu.

Theo Sở Giao thông vận tải, ngoài 149 tỷ đồng tiền mặt, người dân còn hiến hơn 5,6 ha đất làm đường dẫn lên cầu, góp 21.500 ngày công. Gia đình bà Thạch Thị Sa Rươne ở ấp Tà Ân A, xã Hồ Đắc Kiện, hiến 300 m2 đất vườn để làm đường dẫn cho cây cầu dài 32 m bắc qua rạch Cái Trưng.

"Trước kia, con nhỏ đi học phải có người lớn dắt qua cầu khỉ, mùa nước nổi rất sợ. Nay cầu bê tông rộng, xe máy chạy thẳng vô tới nhà", bà Sa Rươne nói.

Năm 2025, tỉnh dự kiến thay tiếp 260 cầu với kinh phí khoảng 110 tỷ đồng, phấn đấu cuối năm 2025 không còn cầu khỉ trên các tuyến đường liên ấp.

Phúc Hưng
"""

d = Doc("p303-6", TEXT, [
    "National press (VnExpress style): Sóc Trăng replaces 'cầu khỉ' with concrete bridges. Dateline 'Thứ tư, 23/10/2024, 14:20 (GMT+7)', byline at the end.",
    "Title 'hơn 1.000 cầu khỉ' takes the body period (inherited); 'trong ba năm' is a duration that only locates it in time (not a figure).",
    "'trong đó ... đóng góp khoảng 36%': a percent with no base amount is its own figure (no total: a percent has no whole in đồng, as shared h01).",
    "'tăng 27% so với cùng kỳ năm 2023' is the change of 318 cầu. 'gấp 1,5 lần năm 2022' standing alone as the claim: kind multiple; 'năm nay' = 2024.",
    "Ranges 'từ 12 đến 40 m', '2,5-3,5 m' give value_max. District list items take the district/town as location.",
    "revised after the first run: bare money subjects ('tổng vốn', 'kinh phí', 'tổng kinh phí', 'tổng mức đầu tư') now name what the same sentence says the money is for.",
    "Distractors: '(GMT+7)', 'ấp Tà Ân A', 'xe ba gác' (number word in a noun), names, 'cùng kỳ năm 2023', 'năm 2022' baselines.",
], published="2024-10-23", location="Sóc Trăng")

CUM = P("Từ năm 2021 đến tháng 9/2024", "2021-01-01", "2024-09-30")
CUMi = P("Từ năm 2021 đến tháng 9/2024", "2021-01-01", "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
d.f("hơn 1.000 cầu khỉ", "1.000", 1000, "count", "cầu", "cầu khỉ xóa", approx="over", period=CUMi)
d.f("thay 1.046 cầu", "1.046", 1046, "count", "cầu", "cầu khỉ, cầu tạm thay bằng cầu bê tông", period=CUM)
d.f("gần 415 tỷ đồng", "415", 415e9, "money", "đồng", "tổng vốn thay cầu khỉ, cầu tạm bằng cầu bê tông", approx="nearly", period=CUM)
d.f("khoảng 36%", "36", 36, "percent", "%", "người dân và nhà hảo tâm đóng góp", approx="about", period=CUM)
d.f("hoàn thành 318 cầu", "318", 318, "count", "cầu", "cầu hoàn thành",
    change={"direction": "increase", "value": 27, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M9)
d.f("từ 12 đến 40 m", "12", 12, "measure", "m", "chiều dài mỗi cầu", value_max=40, period=M9i)
d.f("rộng 2,5-3,5 m", "2,5", 2.5, "measure", "m", "chiều rộng mặt cầu", value_max=3.5, period=M9i)
d.f("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số cầu hoàn thành năm nay so với năm 2022",
    period=P("năm nay", "2024-01-01", "2024-12-31"))
SUBJ = "cầu thay"
d.f("Mỹ Tú (186 cầu)", "186", 186, "count", "cầu", SUBJ, period=CUMi, location="Mỹ Tú")
d.f("Long Phú (154 cầu)", "154", 154, "count", "cầu", SUBJ, period=CUMi, location="Long Phú")
d.f("Châu Thành (131 cầu)", "131", 131, "count", "cầu", SUBJ, period=CUMi, location="Châu Thành")
d.f("với 42 cầu", "42", 42, "count", "cầu", SUBJ, period=CUMi, location="Vĩnh Châu")
d.f("ngoài 149 tỷ đồng", "149", 149e9, "money", "đồng", "tiền mặt người dân đóng góp", period=CUMi)
d.f("hơn 5,6 ha", "5,6", 5.6, "measure", "ha", "đất người dân hiến làm đường dẫn lên cầu", approx="over", period=CUMi)
d.f("góp 21.500 ngày công", "21.500", 21500, "count", "ngày công", "ngày công người dân góp", period=CUMi)
d.f("hiến 300 m2", "300", 300, "measure", "m2", "đất vườn gia đình bà Thạch Thị Sa Rươne hiến", period=CUMi)
d.f("dài 32 m", "32", 32, "measure", "m", "chiều dài cây cầu bắc qua rạch Cái Trưng", period=CUMi)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
d.f("tiếp 260 cầu", "260", 260, "count", "cầu", "cầu thay tiếp", status="forecast", period=Y25)
d.f("khoảng 110 tỷ đồng", "110", 110e9, "money", "đồng", "kinh phí thay tiếp cầu", approx="about", status="forecast", period=Y25)
d.write()
