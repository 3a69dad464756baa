"""p1287-4: ministry site (Bộ Công Thương): air conditioner market, energy labels, national saving targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Tiết kiệm năng lượng

Máy điều hòa Inverter chiếm gần 80% thị trường

20/05/2024 | 09:30 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo số liệu của Vụ Tiết kiệm năng lượng và Phát triển bền vững, năm 2023 cả nước tiêu thụ khoảng 2,9 triệu máy điều hòa không khí, giảm 6% so với năm 2022 do sức mua suy yếu; trong đó máy sử dụng công nghệ biến tần (Inverter) chiếm khoảng 78%.

Đến hết năm 2023, 1.124 model máy điều hòa của 86 doanh nghiệp đã được cấp nhãn năng lượng theo tiêu chuẩn TCVN 7830:2021, tăng 18% so với năm 2022; trong đó 702 model đạt nhãn 5 sao, mức hiệu suất cao nhất.

Khảo sát tại 45 tòa nhà văn phòng của cơ quan nhà nước cho thấy hệ thống điều hòa chiếm từ 40 đến 60% lượng điện tiêu thụ của tòa nhà. Mỗi độ C tăng thêm khi cài đặt điều hòa giúp tiết kiệm khoảng 3-5% điện năng; máy nhãn 5 sao có hiệu suất cao gấp 1,4 lần máy chỉ đạt mức hiệu suất năng lượng tối thiểu.

Theo Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (VNEEP3), mục tiêu là tiết kiệm từ 5 đến 7% tổng tiêu thụ năng lượng toàn quốc giai đoạn 2019-2025 và từ 8 đến 10% giai đoạn 2019-2030. Đến năm 2025, Bộ Công Thương dự kiến nâng mức hiệu suất năng lượng tối thiểu đối với máy điều hòa thêm 10%, qua đó loại bỏ khoảng 15% số model hiện có trên thị trường.

Tin cùng chuyên mục:
- Hội thảo quốc tế về hiệu quả năng lượng lần thứ 6
- Công bố Giải thưởng Tòa nhà hiệu quả năng lượng năm 2024

BỘ CÔNG THƯƠNG - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
END23 = per("Đến hết năm 2023", None, "2023-12-31")
P25 = per("giai đoạn 2019-2025", "2019-01-01", "2025-12-31")
P30 = per("giai đoạn 2019-2030", "2019-01-01", "2030-12-31")
TO25 = per("Đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 80%", "80", 80, "percent", "%", approx="nearly", subject="thị phần máy điều hòa Inverter"),
    fig("khoảng 2,9 triệu", "2,9", 2.9e6, "count", "máy điều hòa không khí", approx="about",
        change=chg("decrease", 6, "%", "năm 2022"), subject="máy điều hòa không khí tiêu thụ", period=Y23),
    fig("chiếm khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="tỷ trọng máy điều hòa sử dụng công nghệ biến tần (Inverter)", period=Y23),
    fig("2023, 1.124 model", "1.124", 1124, "count", "model", change=chg("increase", 18, "%", "năm 2022"),
        subject="model máy điều hòa được cấp nhãn năng lượng", period=END23),
    fig("của 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp",
        subject="doanh nghiệp có model máy điều hòa được cấp nhãn năng lượng", period=END23),
    fig("trong đó 702 model", "702", 702, "count", "model", total=1124,
        subject="model máy điều hòa đạt nhãn 5 sao", period=END23),
    fig("tại 45 tòa nhà", "45", 45, "count", "tòa nhà văn phòng",
        subject="tòa nhà văn phòng của cơ quan nhà nước được khảo sát"),
    fig("từ 40 đến 60%", "40", 40, "percent", "%", value_max=60,
        subject="tỷ trọng điện tiêu thụ của hệ thống điều hòa trong tòa nhà văn phòng"),
    fig("khoảng 3-5%", "3", 3, "percent", "%", value_max=5, approx="about",
        subject="điện năng tiết kiệm khi tăng mỗi độ C cài đặt điều hòa"),
    fig("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
        subject="hiệu suất máy điều hòa nhãn 5 sao so với máy chỉ đạt mức hiệu suất năng lượng tối thiểu"),
    fig("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="mức tiết kiệm tổng tiêu thụ năng lượng toàn quốc", period=P25),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="mức tiết kiệm tổng tiêu thụ năng lượng toàn quốc", period=P30),
    fig("thêm 10%", "10", 10, "percent", "%", status="forecast",
        subject="mức hiệu suất năng lượng tối thiểu đối với máy điều hòa", period=TO25),
    fig("khoảng 15% số", "15", 15, "percent", "%", approx="about", status="forecast",
        subject="số model máy điều hòa bị loại bỏ", period=TO25),
]

NOTES = [
    "Ministry site (Bộ Công Thương): air conditioner market and energy labels; breadcrumb, '20/05/2024 | 09:30 | Vụ …', related links, footer.",
    "Distractors: 09:30, 'TCVN 7830:2021', 'nhãn 5 sao' (twice; a label grade), 'VNEEP3', 'lần thứ 6', 'năm 2024' in a link, address '54 Hai Bà Trưng', phone.",
    "All figures national: location Việt Nam. Headline share 'gần 80%' has no period.",
    "'khoảng 2,9 triệu máy …, giảm 6% so với năm 2022 …; trong đó … Inverter chiếm khoảng 78%': the 78% is a percent figure",
    "of its own (share of the Inverter part, not a share of the 2,9 triệu).",
    "'Đến hết năm 2023' → as-of date (start null). '1.124 model …, tăng 18%' change; 'trong đó 702 model' → total 1124.",
    "'gấp 1,4 lần' standing alone as the claim → multiple. 'Mỗi độ C' carries no number.",
    "VNEEP3 targets: 'mục tiêu' → target, periods from 'giai đoạn 2019-2025' / '2019-2030'. 'Đến năm 2025, … dự kiến' → forecast,",
    "period end 2025-12-31, start null; 'nâng … thêm 10%' is a rate as the claim → percent figure, no change.",
]

if __name__ == "__main__":
    write("p1287-4", TEXT, NOTES, FIGS, published="2024-05-20", location="Việt Nam")
