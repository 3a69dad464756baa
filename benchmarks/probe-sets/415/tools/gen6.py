from lib import F, P, C, T, emit

text = """Kinh doanh › Hàng hóa

Xuất khẩu hoa, cây cảnh 6 tháng tăng hơn 20%

Thứ sáu, 12/7/2024, 14:20 (GMT+7)

Kim ngạch xuất khẩu hoa, cây cảnh nửa đầu năm đạt hơn 52 triệu USD, Nhật Bản tiếp tục là thị trường tiêu thụ lớn nhất.

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch xuất khẩu hoa, cây cảnh của Việt Nam đạt 52,3 triệu USD, tăng 21,6% so với cùng kỳ năm 2023. Riêng tháng 6/2024, kim ngạch đạt 9,1 triệu USD, giảm 3,2% so với tháng trước nhưng tăng 18,5% so với cùng kỳ.

Nhật Bản tiếp tục là thị trường lớn nhất với 19,7 triệu USD, chiếm 37,7% tổng kim ngạch; tiếp đến là Hàn Quốc 6,4 triệu USD, Trung Quốc 5,9 triệu USD, Hà Lan 4,2 triệu USD và Úc 3,8 triệu USD. Về cơ cấu, hoa cắt cành chiếm 64% kim ngạch, cành và lá tươi chiếm 21%, còn lại là cây cảnh và hoa chậu.

Theo Cục Trồng trọt (Bộ NN&PTNT), cả nước hiện có khoảng 45.500 ha hoa, cây cảnh, sản lượng mỗi năm trên 9 tỷ cành. Các vùng sản xuất lớn là Lâm Đồng (khoảng 10.000 ha), Hà Nội (6.800 ha), TP Hồ Chí Minh (2.300 ha) và Sơn La (1.200 ha).

Ông Nguyễn Như Cường, Cục trưởng Cục Trồng trọt, cho biết giá hoa xuất khẩu sang Nhật Bản cao gấp 2-3 lần bán trong nước, song doanh nghiệp mới đáp ứng chưa đến 10% nhu cầu nhập khẩu hoa của thị trường này. Mục tiêu đến năm 2030, kim ngạch xuất khẩu hoa, cây cảnh đạt 200 triệu USD, diện tích khoảng 50.000 ha.

Minh Châu
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu hoa, cây cảnh"
DT = "diện tích hoa, cây cảnh vùng sản xuất lớn"
figs = [
    F("tăng hơn 20%", "20", 20, "percent", "%", "Xuất khẩu hoa, cây cảnh", P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("đạt hơn 52 triệu USD", "52", 52e6, "money", "USD", KN, P("nửa đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("đạt 52,3 triệu USD", "52,3", 52.3e6, "money", "USD", KN, H6, change=C("increase", 21.6, "%", "cùng kỳ năm 2023")),
    F("đạt 9,1 triệu USD", "9,1", 9.1e6, "money", "USD", "kim ngạch", P("tháng 6/2024", "2024-06-01", "2024-06-30"),
      change=C("decrease", 3.2, "%", "tháng trước")),
    F("tăng 18,5%", "18,5", 18.5, "percent", "%", "kim ngạch", P("tháng 6/2024", "2024-06-01", "2024-06-30"), optional=True),
    F("với 19,7 triệu USD", "19,7", 19.7e6, "money", "USD", KN, H6i, percent=37.7),
    F("Hàn Quốc 6,4 triệu USD", "6,4", 6.4e6, "money", "USD", KN, H6i),
    F("Trung Quốc 5,9 triệu USD", "5,9", 5.9e6, "money", "USD", KN, H6i),
    F("Hà Lan 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", KN, H6i),
    F("Úc 3,8 triệu USD", "3,8", 3.8e6, "money", "USD", KN, H6i),
    F("chiếm 64%", "64", 64, "percent", "%", "hoa cắt cành trong kim ngạch", H6i),
    F("chiếm 21%", "21", 21, "percent", "%", "cành và lá tươi trong kim ngạch", H6i),
    F("khoảng 45.500 ha", "45.500", 45500, "measure", "ha", "diện tích hoa, cây cảnh", approx="about"),
    F("trên 9 tỷ cành", "9", 9e9, "count", "cành", "sản lượng hoa mỗi năm", approx="over"),
    F("(khoảng 10.000 ha)", "10.000", 10000, "measure", "ha", DT, approx="about", location="Lâm Đồng"),
    F("(6.800 ha)", "6.800", 6800, "measure", "ha", DT, location="Hà Nội"),
    F("(2.300 ha)", "2.300", 2300, "measure", "ha", DT, location="TP Hồ Chí Minh"),
    F("(1.200 ha)", "1.200", 1200, "measure", "ha", DT, location="Sơn La"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "giá hoa xuất khẩu sang Nhật Bản so với bán trong nước", value_max=3),
    F("chưa đến 10%", "10", 10, "percent", "%", "nhu cầu nhập khẩu hoa của Nhật Bản được đáp ứng", approx="under"),
    F("đạt 200 triệu USD", "200", 200e6, "money", "USD", KN, T30, status="target"),
    F("khoảng 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích hoa, cây cảnh", T30, approx="about", status="target"),
]

emit("p415-6", text, [
    "National press (online newspaper, 'Kinh doanh › Hàng hóa'): xuất khẩu hoa, cây cảnh 6 tháng đầu năm 2024. Dateline 'Thứ sáu, 12/7/2024, 14:20 (GMT+7)'; byline at the end.",
    "Distractors: '(GMT+7)', the dateline, 'Bộ NN&PTNT', person's name; trade partners (Nhật Bản, Hàn Quốc, …) are not places (location stays Việt Nam).",
    "Title 'tăng hơn 20%' is a growth rate as the claim (percent, over), year from the dateline. Sapo 'nửa đầu năm' = first half of 2024.",
    "9,1 triệu USD: first change 'giảm 3,2% so với tháng trước'; the second change 'tăng 18,5% so với cùng kỳ' is a percent figure of its own (optional).",
    "Market list: items share 'kim ngạch xuất khẩu hoa, cây cảnh'; 19,7 triệu USD has 'chiếm 37,7%' as percent; period 6 tháng đầu năm 2024 inherited.",
    "'chiếm 64%/21% kim ngạch' are shares with no base amount: percent figures. 'cả nước hiện có' figures carry no period.",
    "Province list after 'Các vùng sản xuất lớn là' (own sentence, no part-of cue): no total; provinces → location.",
    "'cao gấp 2-3 lần bán trong nước' has no base figure: a standalone multiple with value_max. 'chưa đến 10%' → under. Targets 'đến năm 2030'.",
], figs, published="2024-07-12", location="Việt Nam")
