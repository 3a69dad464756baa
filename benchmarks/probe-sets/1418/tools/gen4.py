"""p1418-4: ministry site (Bộ Công Thương): energy-label certificates to end-2023, product groups, MEPS, national target."""
from lib import fig, per, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Sử dụng năng lượng tiết kiệm và hiệu quả

Hơn 16.000 mẫu sản phẩm đã được chứng nhận dán nhãn năng lượng

22/03/2024 | 08:45 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo Vụ Tiết kiệm năng lượng và Phát triển bền vững, tính đến hết năm 2023, Bộ Công Thương đã cấp giấy chứng nhận dán nhãn năng lượng cho 16.284 mẫu sản phẩm của 1.125 doanh nghiệp sản xuất, nhập khẩu. Riêng năm 2023 có 2.140 mẫu được cấp mới, tăng 12,5% so với năm 2022.

Hiện có 24 nhóm phương tiện, thiết bị thuộc danh mục phải dán nhãn năng lượng, gồm 6 nhóm thiết bị gia dụng, 5 nhóm thiết bị văn phòng và thương mại, 13 nhóm thiết bị công nghiệp và phương tiện giao thông. Điều hòa không khí được thử nghiệm theo TCVN 7830:2021, tủ lạnh theo TCVN 7828:2016.

Điều hòa không khí và tủ lạnh là hai nhóm có số mẫu đăng ký nhiều nhất, lần lượt chiếm 31% và 18% tổng số mẫu được chứng nhận. Tỷ lệ mẫu điều hòa đạt mức 5 sao tăng từ 42% năm 2020 lên 67% năm 2023.

Bên cạnh dán nhãn, Bộ đã ban hành mức hiệu suất năng lượng tối thiểu (MEPS) cho 17 nhóm thiết bị. Theo đánh giá, việc áp dụng MEPS và dán nhãn năng lượng giúp cả nước tiết kiệm khoảng 3,6 tỷ kWh mỗi năm, tương đương giảm phát thải hơn 2,5 triệu tấn CO2.

Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019-2030 đặt mục tiêu tiết kiệm từ 8 đến 10% tổng tiêu thụ năng lượng toàn quốc đến năm 2030. Năm 2024, Bộ dự kiến nâng mức MEPS đối với 4 nhóm sản phẩm gồm điều hòa, tủ lạnh, quạt điện và đèn LED.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác tiết kiệm năng lượng năm 2023
BỘ CÔNG THƯƠNG - Số 23 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Hơn 16.000 mẫu", "16.000", 16000, "count", "mẫu sản phẩm", approx="over",
        subject="mẫu sản phẩm đã được chứng nhận dán nhãn năng lượng"),
    fig("cho 16.284 mẫu", "16.284", 16284, "count", "mẫu sản phẩm",
        subject="mẫu sản phẩm được cấp giấy chứng nhận dán nhãn năng lượng", period=ASOF),
    fig("của 1.125 doanh nghiệp", "1.125", 1125, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, nhập khẩu có mẫu sản phẩm được chứng nhận", period=ASOF),
    fig("có 2.140 mẫu", "2.140", 2140, "count", "mẫu", change=chg("increase", 12.5, "%", "năm 2022"),
        subject="mẫu được cấp mới", period=Y23),
    fig("có 24 nhóm", "24", 24, "count", "nhóm phương tiện, thiết bị",
        subject="nhóm phương tiện, thiết bị thuộc danh mục phải dán nhãn năng lượng"),
    fig("gồm 6 nhóm", "6", 6, "count", "nhóm thiết bị gia dụng", total=24, subject="nhóm thiết bị gia dụng"),
    fig("5 nhóm thiết bị văn phòng", "5", 5, "count", "nhóm thiết bị văn phòng và thương mại", total=24,
        subject="nhóm thiết bị văn phòng và thương mại"),
    fig("13 nhóm", "13", 13, "count", "nhóm thiết bị công nghiệp và phương tiện giao thông", total=24,
        subject="nhóm thiết bị công nghiệp và phương tiện giao thông"),
    fig("là hai nhóm", "hai", 2, "count", "nhóm", subject="nhóm có số mẫu đăng ký nhiều nhất", optional=True),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="tỷ lệ mẫu điều hòa không khí trong tổng số mẫu được chứng nhận"),
    fig("và 18%", "18", 18, "percent", "%",
        subject="tỷ lệ mẫu tủ lạnh trong tổng số mẫu được chứng nhận"),
    fig("từ 42%", "42", 42, "percent", "%", subject="tỷ lệ mẫu điều hòa đạt mức 5 sao", period=Y20),
    fig("lên 67%", "67", 67, "percent", "%", subject="tỷ lệ mẫu điều hòa đạt mức 5 sao",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 17 nhóm", "17", 17, "count", "nhóm thiết bị",
        subject="nhóm thiết bị có mức hiệu suất năng lượng tối thiểu (MEPS)"),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "measure", "kWh/năm", approx="about",
        subject="điện năng cả nước tiết kiệm nhờ áp dụng MEPS và dán nhãn năng lượng"),
    fig("hơn 2,5 triệu", "2,5", 2.5e6, "measure", "tấn CO2", approx="over", subject="giảm phát thải"),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="tiết kiệm tổng tiêu thụ năng lượng toàn quốc", period=T30),
    fig("với 4 nhóm", "4", 4, "count", "nhóm sản phẩm", status="forecast",
        subject="nhóm sản phẩm được nâng mức MEPS", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/03/2024 | 08:45 | Vụ ...', related link, address footer. National figures: location Việt Nam.",
    "Distractors: 08:45, 'TCVN 7830:2021', 'TCVN 7828:2016', 'mức 5 sao', 'tấn CO2' (the 2 is part of the unit), 'giai đoạn 2019-2030',",
    "'năm 2023' in a link, 'Số 23 Ngô Quyền'.",
    "'tính đến hết năm 2023' is an as-of date (start null). 'Riêng năm 2023 có 2.140 mẫu': 'riêng' is no part-of cue, no total.",
    "'24 nhóm ..., gồm 6 ..., 5 ..., 13 ...' : parts after 'gồm' take total 24 (6+5+13 = 24).",
    "'là hai nhóm có số mẫu đăng ký nhiều nhất' names the group whose shares follow: optional.",
    "'lần lượt chiếm 31% và 18% tổng số mẫu': two percent figures (no amount before them); subjects name the item of each.",
    "'tăng từ 42% năm 2020 lên 67% năm 2023': two levels, each with its own year; the rise is not stated as a number, so no change.",
    "'tương đương giảm phát thải hơn 2,5 triệu tấn CO2' is its own figure (an equivalent, not a share).",
    "Target 'từ 8 đến 10% ... đến năm 2030': period 'đến năm 2030' (start null), not the programme's 'giai đoạn 2019-2030'.",
    "'Năm 2024, Bộ dự kiến nâng mức MEPS đối với 4 nhóm' → forecast.",
]

if __name__ == "__main__":
    write("p1418-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
