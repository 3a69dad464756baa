from lib import Doc, P, C, T

TEXT = """Thời sự › Nông nghiệp
Thứ tư, 10/4/2024, 09:15 (GMT+7)

Gần 60.000 gia cầm bị tiêu hủy do cúm trong quý I

Cúm gia cầm bùng phát ở nhiều tỉnh phía Nam và miền Trung khi thời tiết chuyển mùa, một người tử vong vì cúm A/H5N1.

Theo Cục Thú y, trong quý I/2024, cả nước xảy ra 17 ổ dịch cúm gia cầm tại 9 tỉnh; số gia cầm mắc bệnh, chết và tiêu hủy gần 60.000 con, tăng 35% so với quý IV/2023. Năm tỉnh có số gia cầm tiêu hủy lớn nhất như sau:

Tỉnh	Số ổ dịch	Gia cầm tiêu hủy (con)
Cà Mau	5	18.420
Sóc Trăng	3	12.650
Khánh Hòa	2	9.300
Quảng Ngãi	2	7.840
Tiền Giang	1	4.100

Đáng chú ý, ngày 18/3, Khánh Hòa ghi nhận 1 trường hợp mắc cúm A/H5N1 tử vong, là ca đầu tiên ở người sau 10 năm. Đây là nam sinh 21 tuổi, nhà gần khu vực có gia cầm chết.

Bộ Nông nghiệp và Phát triển nông thôn đã xuất cấp 2,5 triệu liều vắc xin cúm gia cầm từ Dự trữ quốc gia cho 6 tỉnh. Theo kế hoạch, năm 2024 cả nước cần tiêm khoảng 320 triệu liều vắc xin cúm gia cầm, đến nay mới đạt khoảng 16%. Tỷ lệ tiêm phòng ở khu vực chăn nuôi nông hộ chỉ từ 20 đến 30%, thấp hơn nhiều so với yêu cầu.

Ông Nguyễn Văn Long, Cục trưởng Cục Thú y, cho biết giá vịt giống tại nhiều địa phương phía Nam chỉ còn 3.000-5.000 đồng/con nên người nuôi chủ quan, không tiêm phòng. Ông khuyến cáo người dân không giết mổ, ăn thịt gia cầm ốm chết; khi có dấu hiệu sốt, khó thở sau tiếp xúc gia cầm cần đến cơ sở y tế ngay hoặc gọi đường dây nóng 1900 9095.

Hoàng Lan
"""

d = Doc("p306-7", TEXT, [
    "National press (VnExpress-like, 'Thứ tư, 10/4/2024, 09:15 (GMT+7)'): avian influenza in quarter I/2024, one human death; tab-separated table by province.",
    "Table: header 'Tỉnh | Số ổ dịch | Gia cầm tiêu hủy (con)'; rows are provinces (location); period 'quý I/2024' from the sentence above (inherited).",
    "Distractors: 'A/H5N1' (name), 'quý IV/2023' baseline, 'ngày 18/3', hotline '1900 9095', '(GMT+7)'. 'sau 10 năm' and 'nam sinh 21 tuổi' are optional.",
    "'Năm tỉnh' is a list head (optional). 'gần 60.000 con, tăng 35% so với quý IV/2023' → change; the headline repeats the figure without a period.",
    "'Theo kế hoạch, năm 2024 … khoảng 320 triệu liều' is a target; 'đến nay mới đạt khoảng 16%' a percent figure of its own (as-of dateline).",
    "Ranges 'từ 20 đến 30%' and '3.000-5.000 đồng/con' give value_max. '1 trường hợp' at Khánh Hòa, period ngày 18/3 is a date (not scored: no figure period).",
], published="2024-04-10", location="Việt Nam")

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = dict(Q1, inherited=True)

d.f("Gần 60.000 gia cầm", "60.000", 60000, "count", "gia cầm", "gia cầm bị tiêu hủy do cúm", approx="nearly",
    period=P("quý I", "2024-01-01", "2024-03-31"))
d.f("một người tử vong", "một", 1, "count", "người", "người tử vong vì cúm A/H5N1")
d.f("xảy ra 17 ổ dịch", "17", 17, "count", "ổ dịch", "ổ dịch cúm gia cầm", period=Q1)
d.f("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có ổ dịch cúm gia cầm", period=Q1)
d.f("tiêu hủy gần 60.000 con", "60.000", 60000, "count", "con", "số gia cầm mắc bệnh, chết và tiêu hủy", approx="nearly",
    change=C("increase", 35, "%", "quý IV/2023"), period=Q1)
d.f("Năm tỉnh", "Năm", 5, "count", "tỉnh", "tỉnh có số gia cầm tiêu hủy lớn nhất", optional=True)
rows = [("Cà Mau", "5", "18.420"), ("Sóc Trăng", "3", "12.650"), ("Khánh Hòa", "2", "9.300"), ("Quảng Ngãi", "2", "7.840"),
        ("Tiền Giang", "1", "4.100")]
for name, a, b in rows:
    d.f(f"{name}\t{a}\t", a, int(a), "count", "ổ dịch", "Số ổ dịch", period=Q1i, location=name)
    d.f(f"{a}\t{b}\n", b, int(b.replace(".", "")), "count", "con", "Gia cầm tiêu hủy", period=Q1i, location=name)
d.f("ghi nhận 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp mắc cúm A/H5N1 tử vong", location="Khánh Hòa")
d.f("sau 10 năm", "10", 10, "measure", "năm", "thời gian từ ca mắc ở người trước đó", location="Khánh Hòa", optional=True)
d.f("nam sinh 21 tuổi", "21", 21, "measure", "tuổi", "tuổi nam sinh tử vong", location="Khánh Hòa", optional=True)
d.f("xuất cấp 2,5 triệu liều", "2,5", 2500000, "count", "liều", "vắc xin cúm gia cầm xuất cấp từ Dự trữ quốc gia")
d.f("cho 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh được xuất cấp vắc xin cúm gia cầm")
d.f("khoảng 320 triệu liều", "320", 320000000, "count", "liều", "vắc xin cúm gia cầm cần tiêm", approx="about", status="target",
    period=P("năm 2024", "2024-01-01", "2024-12-31"))
d.f("khoảng 16%", "16", 16, "percent", "%", "tỷ lệ tiêm vắc xin cúm gia cầm so với kế hoạch", approx="about",
    period=P("đến nay", None, "2024-04-10"))
d.f("từ 20 đến 30%", "20", 20, "percent", "%", "tỷ lệ tiêm phòng ở khu vực chăn nuôi nông hộ", value_max=30)
d.f("3.000-5.000 đồng/con", "3.000", 3000, "money", "đồng/con", "giá vịt giống", value_max=5000)
d.write()
