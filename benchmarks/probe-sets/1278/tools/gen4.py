"""p1278-4: ministry site (Bộ Y tế): national iron supplementation 2023, anaemia survey, strategy targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Gần 1,1 triệu phụ nữ mang thai được bổ sung viên sắt trong năm 2023

31/05/2024 | 15:10 | Cục Bà mẹ và Trẻ em

Tại hội nghị hưởng ứng Ngày Vi chất dinh dưỡng 1-2/6 năm 2024, Cục Bà mẹ và Trẻ em cho biết năm 2023 cả nước có khoảng 1,47 triệu phụ nữ mang thai được quản lý thai nghén, trong đó gần 1,1 triệu người được uống viên sắt/axit folic hoặc viên đa vi chất từ 90 ngày trở lên, chiếm 74,6%.

Theo kết quả Tổng điều tra dinh dưỡng giai đoạn 2019-2020, tỷ lệ thiếu máu ở phụ nữ có thai là 25,8%, ở phụ nữ tuổi sinh đẻ không có thai là 16,2%. Tỷ lệ thiếu máu ở phụ nữ có thai cao hơn ở khu vực miền núi, như Kon Tum (34,2%), Gia Lai (31,5%), Điện Biên (30,8%). Thiếu máu do thiếu sắt chiếm khoảng 60% các trường hợp thiếu máu ở phụ nữ.

Hiện 63/63 tỉnh, thành phố đã triển khai bổ sung viên sắt cho phụ nữ mang thai; 28 tỉnh triển khai bổ sung sắt hằng tuần cho nữ vị thành niên, tăng 6 tỉnh so với năm 2022. Năm 2023, ngân sách Trung ương bố trí cho hoạt động phòng, chống thiếu vi chất dinh dưỡng khoảng 42 tỷ đồng, chỉ bằng 35% nhu cầu.

Theo Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030, tầm nhìn đến năm 2045 (Quyết định số 02/QĐ-TTg), mục tiêu đến năm 2025 giảm tỷ lệ thiếu máu ở phụ nữ có thai xuống dưới 23% và đến năm 2030 xuống dưới 20%, đồng thời nâng tỷ lệ phụ nữ mang thai được bổ sung sắt lên ít nhất 80% vào năm 2030.

Phó Cục trưởng Trần Văn Khoa đề nghị các địa phương đưa chỉ tiêu bổ sung vi chất vào nghị quyết của HĐND các cấp.

Tin liên quan:
- Bộ Y tế ban hành hướng dẫn chăm sóc dinh dưỡng 1.000 ngày đầu đời
- Hội thảo khoa học dinh dưỡng lần thứ 10

BỘ Y TẾ - 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900 9095
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y23N = per("Năm 2023", "2023-01-01", "2023-12-31")
SURV = per("giai đoạn 2019-2020", "2019-01-01", "2020-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
V30 = per("vào năm 2030", "2030-01-01", "2030-12-31")
PT = "tỷ lệ thiếu máu ở phụ nữ có thai"

FIGS = [
    fig("Gần 1,1 triệu phụ nữ", "1,1", 1.1e6, "count", "phụ nữ mang thai", approx="nearly",
        subject="phụ nữ mang thai được bổ sung viên sắt", period=Y23H),
    fig("khoảng 1,47 triệu", "1,47", 1.47e6, "count", "phụ nữ mang thai", approx="about",
        subject="phụ nữ mang thai được quản lý thai nghén", period=Y23),
    fig("gần 1,1 triệu người", "1,1", 1.1e6, "count", "người", approx="nearly", total=1.47e6, percent=74.6,
        subject="phụ nữ mang thai được uống viên sắt/axit folic hoặc viên đa vi chất từ 90 ngày trở lên", period=Y23),
    fig("từ 90 ngày", "90", 90, "measure", "ngày", approx="at_least", optional=True),
    fig("là 25,8%", "25,8", 25.8, "percent", "%", subject=PT, period=SURV),
    fig("là 16,2%", "16,2", 16.2, "percent", "%",
        subject="tỷ lệ thiếu máu ở phụ nữ tuổi sinh đẻ không có thai", period=SURV),
    fig("Kon Tum (34,2%)", "34,2", 34.2, "percent", "%", subject=PT, period=inh(SURV), location="Kon Tum"),
    fig("Gia Lai (31,5%)", "31,5", 31.5, "percent", "%", subject=PT, period=inh(SURV), location="Gia Lai"),
    fig("Điện Biên (30,8%)", "30,8", 30.8, "percent", "%", subject=PT, period=inh(SURV), location="Điện Biên"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="thiếu máu do thiếu sắt trong các trường hợp thiếu máu ở phụ nữ"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã triển khai bổ sung viên sắt cho phụ nữ mang thai"),
    fig("28 tỉnh", "28", 28, "count", "tỉnh", change=chg("increase", 6, "tỉnh", "năm 2022"),
        subject="tỉnh triển khai bổ sung sắt hằng tuần cho nữ vị thành niên"),
    fig("khoảng 42 tỷ", "42", 42e9, "money", "đồng", approx="about", percent=35,
        subject="ngân sách Trung ương bố trí cho hoạt động phòng, chống thiếu vi chất dinh dưỡng", period=Y23N),
    fig("dưới 23%", "23", 23, "percent", "%", approx="under", status="target", subject=PT, period=T25),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", status="target", subject=PT, period=T30),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ phụ nữ mang thai được bổ sung sắt", period=V30),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '31/05/2024 | 15:10 | Cục Bà mẹ và Trẻ em', related links, address footer.",
    "Distractors: 15:10, 'Ngày Vi chất dinh dưỡng 1-2/6 năm 2024', 'giai đoạn 2021-2030', 'tầm nhìn đến năm 2045', Quyết định số 02/QĐ-TTg,",
    "'1.000 ngày đầu đời' (a programme name in a link), 'lần thứ 10', '138A Giảng Võ', hotline '1900 9095'.",
    "National figures: location Việt Nam; provinces in the list 'Kon Tum (34,2%) ...' are the locations of their items.",
    "'từ 90 ngày trở lên' is the definition of the indicator (a threshold): optional, like the age bounds in the shared gold.",
    "'28 tỉnh ... tăng 6 tỉnh so với năm 2022' → change in tỉnh. No total for 28 (no part-of cue; 63/63 is a different set).",
    "'chỉ bằng 35% nhu cầu' is the percent attribute of 42 tỷ. 'Thiếu máu do thiếu sắt chiếm khoảng 60% ...' is a percent figure (no base",
    "amount); it states a general fact, so no period.",
    "Targets: 'đến năm 2025/2030' start null; 'vào năm 2030' is the year 2030.",
]

if __name__ == "__main__":
    write("p1278-4", TEXT, NOTES, FIGS, published="2024-05-31", location="Việt Nam")
