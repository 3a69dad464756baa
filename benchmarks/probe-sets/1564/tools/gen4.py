"""p1564-4: ministry site (Bộ Công Thương), national lock imports/exports 2023 by partner, smart-lock segment."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Năm 2023, nhập khẩu khóa giảm 6,2%

12/03/2024 | 09:30 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 cả nước nhập khẩu khóa và bộ phận của khóa đạt 312,4 triệu USD, giảm 6,2% so với năm 2022. Trung Quốc là thị trường cung cấp lớn nhất với 221,6 triệu USD, chiếm 70,9% tổng kim ngạch; tiếp đến là Hàn Quốc 34,8 triệu USD, Đài Loan (Trung Quốc) 18,2 triệu USD và Đức 11,5 triệu USD.

Ở chiều ngược lại, xuất khẩu khóa của Việt Nam năm 2023 đạt 186,3 triệu USD, tăng 14,7%, trong đó sang Hoa Kỳ 92,5 triệu USD, sang EU khoảng 31 triệu USD. Như vậy, mức nhập siêu mặt hàng này đã thu hẹp còn 126,1 triệu USD.

Hiện cả nước có khoảng 320 doanh nghiệp sản xuất khóa và phụ kiện cửa, song chỉ hơn 20 doanh nghiệp có thương hiệu đủ sức cạnh tranh. Khóa sản xuất trong nước ước chiếm khoảng 35% thị phần nội địa.

Phân khúc khóa thông minh (khóa vân tay, khóa thẻ từ, khóa mật mã) tăng trưởng bình quân 25-30%/năm trong giai đoạn 2019-2023. Năm 2023, thị trường tiêu thụ khoảng 850.000 bộ khóa thông minh, gấp 2,5 lần năm 2020. Dự báo đến năm 2028, quy mô thị trường này đạt khoảng 250 triệu USD.

Để nâng chất lượng sản phẩm, Bộ Công Thương đang phối hợp xây dựng Quy chuẩn kỹ thuật quốc gia về khóa cửa, dự kiến ban hành trong năm 2025; đồng thời hỗ trợ doanh nghiệp tham gia Chương trình Thương hiệu quốc gia Việt Nam.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y23h = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
D28 = per("đến năm 2028", None, "2028-12-31")
IMP = "kim ngạch nhập khẩu khóa từ"

FIGS = [
    fig("nhập khẩu khóa giảm 6,2%", "6,2", 6.2, "percent", "%",
        subject="nhập khẩu khóa", period=Y23h),
    fig("đạt 312,4 triệu", "312,4", 312.4e6, "money", "USD",
        change=chg("decrease", 6.2, "%", "năm 2022"),
        subject="nhập khẩu khóa và bộ phận của khóa", period=Y23),
    fig("với 221,6 triệu", "221,6", 221.6e6, "money", "USD", percent=70.9,
        subject=f"{IMP} Trung Quốc", period=inh(Y23)),
    fig("Hàn Quốc 34,8 triệu", "34,8", 34.8e6, "money", "USD",
        subject=f"{IMP} Hàn Quốc", period=inh(Y23)),
    fig("(Trung Quốc) 18,2 triệu", "18,2", 18.2e6, "money", "USD",
        subject=f"{IMP} Đài Loan (Trung Quốc)", period=inh(Y23)),
    fig("Đức 11,5 triệu", "11,5", 11.5e6, "money", "USD",
        subject=f"{IMP} Đức", period=inh(Y23)),
    fig("đạt 186,3 triệu", "186,3", 186.3e6, "money", "USD",
        change=chg("increase", 14.7, "%"), subject="xuất khẩu khóa của Việt Nam", period=Y23),
    fig("Hoa Kỳ 92,5 triệu", "92,5", 92.5e6, "money", "USD", total=186.3e6,
        subject="xuất khẩu khóa sang Hoa Kỳ", period=Y23),
    fig("khoảng 31 triệu", "31", 31e6, "money", "USD", approx="about", total=186.3e6,
        subject="xuất khẩu khóa sang EU", period=Y23),
    fig("còn 126,1 triệu", "126,1", 126.1e6, "money", "USD",
        subject="mức nhập siêu mặt hàng khóa", period=inh(Y23)),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất khóa và phụ kiện cửa"),
    fig("hơn 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp có thương hiệu đủ sức cạnh tranh"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", status="estimate",
        subject="thị phần nội địa của khóa sản xuất trong nước"),
    fig("bình quân 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="tăng trưởng bình quân phân khúc khóa thông minh", period=GD),
    fig("khoảng 850.000 bộ", "850.000", 850000, "count", "bộ khóa thông minh", approx="about",
        change=chg("increase", 2.5, "lần", "năm 2020"),
        subject="khóa thông minh thị trường tiêu thụ", period=Y23h),
    fig("khoảng 250 triệu", "250", 250e6, "money", "USD", approx="about", status="forecast",
        subject="quy mô thị trường khóa thông minh", period=D28),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/03/2024 | 09:30 | Cục Xuất nhập khẩu', address and phone footer.",
    "Distractors: 09:30, 'giai đoạn 2019-2023' (a period), 'trong năm 2025' (a date of a regulation), '54 Hai Bà Trưng', phone 024.2220.2108.",
    "National figures: location Việt Nam. Trade partners (Trung Quốc, Hàn Quốc, Đài Loan, Đức, Hoa Kỳ, EU) are not places of the",
    "figure: they stay in the subject (list indicator 'kim ngạch nhập khẩu khóa' + partner), location Việt Nam.",
    "Headline 'nhập khẩu khóa giảm 6,2%' is the claim (percent, no change); in the body the same 6,2% is the change of 312,4 triệu USD.",
    "'chiếm 70,9% tổng kim ngạch' → percent of 221,6 triệu. The Trung Quốc list sentence names no year: inherited 'năm 2023'.",
    "'trong đó sang Hoa Kỳ 92,5 triệu USD, sang EU khoảng 31 triệu USD' are parts of 186,3 triệu USD export (total).",
    "'song chỉ hơn 20 doanh nghiệp' has no part-of cue: no total. 'ước chiếm khoảng 35%' → estimate, about.",
    "'25-30%/năm' is an average growth rate, the claim: percent range. 'gấp 2,5 lần năm 2020' is the change of 850.000 bộ.",
    "'Dự báo đến năm 2028' → forecast, start null.",
]

if __name__ == "__main__":
    write("p1564-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
