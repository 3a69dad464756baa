"""p1476-4: ministry site (Bộ Công Thương): national exports of pens, paints and art supplies in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu bút, họa cụ năm 2023 đạt hơn 310 triệu USD

05/03/2024 | 08:45 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu nhóm hàng bút, màu vẽ và họa cụ của Việt Nam đạt 312,7 triệu USD, giảm 3,4% so với năm 2022. Riêng quý IV/2023, kim ngạch đạt 91,2 triệu USD, tăng 6,1% so với quý III.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 104,5 triệu USD, chiếm 33,4% tổng kim ngạch; tiếp đến là Nhật Bản 41,3 triệu USD, Hàn Quốc 27,8 triệu USD và Australia 19,6 triệu USD. Xuất khẩu sang thị trường EU giảm mạnh 18,2% do nhu cầu tiêu dùng suy yếu.

Cả nước hiện có khoảng 140 doanh nghiệp sản xuất bút, màu vẽ và họa cụ, trong đó hơn 40 doanh nghiệp có vốn đầu tư nước ngoài. Doanh nghiệp trong nước chiếm khoảng 70% thị phần nội địa ở phân khúc bút sáp màu, bút chì màu cho học sinh.

Tỷ lệ nội địa hóa nguyên liệu của ngành mới đạt 35-40%; sáp paraffin và bột màu hữu cơ vẫn phải nhập khẩu, chủ yếu từ Trung Quốc và Ấn Độ, với kim ngạch năm 2023 khoảng 95 triệu USD.

Bộ Công Thương dự báo năm 2024 xuất khẩu nhóm hàng này đạt khoảng 330 triệu USD, tăng khoảng 5,5% so với năm 2023. Mục tiêu đến năm 2030, kim ngạch xuất khẩu của ngành đạt 500 triệu USD và tỷ lệ nội địa hóa nguyên liệu đạt ít nhất 60%.

Tin cùng chuyên mục:
- Hội nghị xúc tiến xuất khẩu sang thị trường Bắc Mỹ lần thứ 4
- Quyết định số 645/QĐ-BCT về Chương trình phát triển công nghiệp hỗ trợ

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đạt hơn 310 triệu", "310", 310e6, "money", "USD", approx="over",
        subject="xuất khẩu bút, họa cụ", period=Y23),
    fig("đạt 312,7 triệu", "312,7", 312.7e6, "money", "USD", change=chg("decrease", 3.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu nhóm hàng bút, màu vẽ và họa cụ", period=Y23),
    fig("đạt 91,2 triệu", "91,2", 91.2e6, "money", "USD", change=chg("increase", 6.1, "%", "quý III"),
        subject="kim ngạch", period=Q4),
    fig("với 104,5 triệu", "104,5", 104.5e6, "money", "USD", percent=33.4,
        subject="kim ngạch xuất khẩu sang Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 41,3 triệu", "41,3", 41.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 27,8 triệu", "27,8", 27.8e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Hàn Quốc", period=inh(Y23)),
    fig("Australia 19,6 triệu", "19,6", 19.6e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Australia", period=inh(Y23)),
    fig("giảm mạnh 18,2%", "18,2", 18.2, "percent", "%",
        subject="xuất khẩu sang thị trường EU", period=inh(Y23)),
    fig("khoảng 140 doanh nghiệp", "140", 140, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bút, màu vẽ và họa cụ"),
    fig("hơn 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="over", total=140,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="thị phần nội địa của doanh nghiệp trong nước ở phân khúc bút sáp màu, bút chì màu cho học sinh"),
    fig("đạt 35-40%", "35", 35, "percent", "%", value_max=40,
        subject="tỷ lệ nội địa hóa nguyên liệu của ngành"),
    fig("khoảng 95 triệu", "95", 95e6, "money", "USD", approx="about",
        subject="kim ngạch nhập khẩu sáp paraffin và bột màu hữu cơ", period=Y23),
    fig("khoảng 330 triệu", "330", 330e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 5.5, "%", "năm 2023", approx="about"),
        subject="xuất khẩu nhóm hàng này", period=Y24),
    fig("đạt 500 triệu", "500", 500e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu của ngành", period=T30),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '05/03/2024 | 08:45 | Cục Xuất nhập khẩu', related links, address footer.",
    "Distractors: 08:45, 'quý III' (a baseline), 'lần thứ 4', 'Quyết định số 645/QĐ-BCT', '54 Hai Bà Trưng', phone 024.22202222.",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, Nhật Bản, ...) go to the subject, not the location.",
    "'Hoa Kỳ ... với 104,5 triệu USD, chiếm 33,4% tổng kim ngạch' → percent attribute; the list items inherit 'năm 2023'.",
    "'Xuất khẩu sang thị trường EU giảm mạnh 18,2%' is a rate with no base amount: a percent figure, no change.",
    "'hơn 40 doanh nghiệp' after 'trong đó' takes total 140. '35-40%' is a range with no period ('mới đạt', present).",
    "'dự báo năm 2024 ... khoảng 330 triệu USD, tăng khoảng 5,5%' → forecast, change 5,5% (about).",
    "'Mục tiêu đến năm 2030' governs both coordinated clauses: 500 triệu USD and 'ít nhất 60%' are targets ending 2030-12-31.",
]

if __name__ == "__main__":
    write("p1476-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
