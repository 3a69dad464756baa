"""p1519-4: ministry site (Bộ Công Thương): national exports of artificial flowers (HS 6702) in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu hoa giả năm 2023 đạt gần 190 triệu USD

22/02/2024 | 14:10 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu hoa, cành, lá nhân tạo (mã HS 6702) của Việt Nam đạt 189,4 triệu USD, giảm 6,2% so với năm 2022 do nhu cầu tại các thị trường chính suy yếu.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 98,6 triệu USD, chiếm 52,1% tổng kim ngạch; tiếp đến là Nhật Bản 31,2 triệu USD, Hàn Quốc 14,8 triệu USD và Australia 9,5 triệu USD. Riêng tháng 1/2024, xuất khẩu nhóm hàng này đạt 21,7 triệu USD, tăng 34,5% so với tháng 1/2023.

Cả nước hiện có khoảng 210 doanh nghiệp sản xuất, xuất khẩu hoa nhân tạo, trong đó hơn 70% là doanh nghiệp nhỏ và vừa; các doanh nghiệp FDI chỉ chiếm 18% số doanh nghiệp nhưng đóng góp tới 64% kim ngạch. Ngành sử dụng khoảng 85 nghìn lao động, tập trung tại Hà Nội, Hà Nam, Thái Bình, Bình Dương và Long An.

Theo Cục Xuất nhập khẩu, năm 2024 xuất khẩu hoa giả dự báo phục hồi, đạt khoảng 205 triệu USD, tăng khoảng 8% so với năm 2023. Mục tiêu đến năm 2030, kim ngạch xuất khẩu nhóm hàng này đạt 350 triệu USD, tỷ lệ nội địa hóa nguyên phụ liệu đạt ít nhất 40%.

Tin cùng chuyên mục:
- Hội nghị giao ban xúc tiến thương mại 6 tháng đầu năm
- Thông tư số 12/2024/TT-BCT sửa đổi quy định về xuất xứ hàng hóa

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
JAN = per("tháng 1/2024", "2024-01-01", "2024-01-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu hoa, cành, lá nhân tạo"

FIGS = [
    fig("gần 190 triệu", "190", 190e6, "money", "USD", approx="nearly",
        subject="xuất khẩu hoa giả", period=Y23h),
    fig("đạt 189,4 triệu", "189,4", 189.4e6, "money", "USD", change=chg("decrease", 6.2, "%", "năm 2022"),
        subject=EXP, period=Y23),
    fig("với 98,6 triệu", "98,6", 98.6e6, "money", "USD", percent=52.1,
        subject="kim ngạch xuất khẩu hoa nhân tạo sang Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 31,2 triệu", "31,2", 31.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu hoa nhân tạo sang Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 14,8 triệu", "14,8", 14.8e6, "money", "USD",
        subject="kim ngạch xuất khẩu hoa nhân tạo sang Hàn Quốc", period=inh(Y23)),
    fig("Australia 9,5 triệu", "9,5", 9.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu hoa nhân tạo sang Australia", period=inh(Y23)),
    fig("đạt 21,7 triệu", "21,7", 21.7e6, "money", "USD", change=chg("increase", 34.5, "%", "tháng 1/2023"),
        subject="xuất khẩu nhóm hàng hoa nhân tạo", period=JAN),
    fig("khoảng 210 doanh nghiệp", "210", 210, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, xuất khẩu hoa nhân tạo"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ doanh nghiệp nhỏ và vừa"),
    fig("chiếm 18%", "18", 18, "percent", "%", subject="tỷ lệ doanh nghiệp FDI trong số doanh nghiệp"),
    fig("tới 64%", "64", 64, "percent", "%", subject="tỷ trọng kim ngạch do doanh nghiệp FDI đóng góp"),
    fig("khoảng 85 nghìn", "85", 85000, "count", "lao động", approx="about",
        subject="lao động ngành hoa nhân tạo sử dụng"),
    fig("khoảng 205 triệu", "205", 205e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 8, "%", "năm 2023", approx="about"),
        subject="xuất khẩu hoa giả", period=Y24),
    fig("đạt 350 triệu", "350", 350e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng hoa nhân tạo", period=T30),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên phụ liệu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/02/2024 | 14:10 | Cục Xuất nhập khẩu' under the headline, related links, address footer.",
    "Distractors: 'mã HS 6702' (a product code), 14:10, '6 tháng đầu năm' and 'Thông tư số 12/2024/TT-BCT' in link titles, '54 Hai Bà Trưng',",
    "phone 024.2220.2108, the baseline 'năm 2022'.",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, Nhật Bản, ...) stay in the subject, as investor countries do",
    "in the shared gold; the provinces after 'tập trung tại' follow a national count and do not make it provincial.",
    "98,6 triệu 'chiếm 52,1% tổng kim ngạch' → percent attribute; no total (no part cue links it to 189,4 triệu). The list items inherit năm 2023.",
    "'trong đó hơn 70% là doanh nghiệp nhỏ và vừa', 'chiếm 18% số doanh nghiệp', 'đóng góp tới 64% kim ngạch': percent figures of their own",
    "(a percent has no base amount of its own; 64% stands after another percent). 'tới' is emphasis, not an approximation.",
    "'khoảng 85 nghìn lao động' = 85 000. 'dự báo ... đạt khoảng 205 triệu USD, tăng khoảng 8% so với năm 2023' → forecast with change.",
    "'Mục tiêu đến năm 2030' → target, period start null, end 2030-12-31, for both clauses; 'ít nhất 40%' → at_least.",
]

if __name__ == "__main__":
    write("p1519-4", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
