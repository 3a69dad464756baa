"""p1451-5: national newspaper (date line with GMT+7): xuất khẩu túi xách, ví, vali, mũ, ô dù 8 tháng năm 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Xuất nhập khẩu

Xuất khẩu túi xách, vali 8 tháng tăng gần 15%

Thứ hai, 16/9/2024, 09:12 (GMT+7)

Kim ngạch xuất khẩu túi xách, ví, vali, mũ, ô dù 8 tháng đầu năm đạt hơn 2,6 tỷ USD, nhờ đơn hàng từ Mỹ và EU phục hồi.

Số liệu của Tổng cục Hải quan cho thấy, riêng tháng 8/2024, kim ngạch nhóm hàng này đạt 362 triệu USD, tăng 4,2% so với tháng trước và tăng 21,5% so với cùng kỳ năm 2023. Tính chung 8 tháng, kim ngạch đạt 2,63 tỷ USD, tăng 14,8% so với cùng kỳ.

Trong 8 tháng, Mỹ tiếp tục là thị trường lớn nhất với 1,12 tỷ USD, chiếm 42,6% tổng kim ngạch; tiếp đến là EU 498 triệu USD, Nhật Bản 312 triệu USD và Trung Quốc 146 triệu USD.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), cả nước hiện có khoảng 2.200 doanh nghiệp da giày, túi xách, trong đó doanh nghiệp FDI chiếm khoảng 25% về số lượng nhưng đóng góp tới 78% kim ngạch xuất khẩu. Việt Nam hiện đứng thứ hai thế giới về xuất khẩu túi xách, sau Trung Quốc.

"Tỷ lệ nội địa hóa của ngành mới khoảng 45%, phần lớn da thuộc vẫn phải nhập khẩu", ông Phan Thanh Xuân, Phó chủ tịch Lefaso nói. Lefaso dự báo kim ngạch cả năm 2024 có thể đạt 4-4,2 tỷ USD. Mục tiêu đến năm 2030, xuất khẩu túi xách, vali đạt 7 tỷ USD, tỷ lệ nội địa hóa nguyên phụ liệu đạt từ 60 đến 65%.

Phương Linh

Xem thêm:
- Khai mạc Hội chợ quốc tế Da giày lần thứ 24
- Giá da bò nguyên liệu tăng mạnh
"""

PUB = "2024-09-16"
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M8b = per("8 tháng", "2024-01-01", "2024-08-31")
T8 = per("tháng 8/2024", "2024-08-01", "2024-08-31")
T2030 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "kim ngạch xuất khẩu túi xách, ví, vali, mũ, ô dù"

FIGS = [
    fig("tăng gần 15%", "15", 15, "percent", "%", approx="nearly",
        subject="xuất khẩu túi xách, vali", period=M8b),
    fig("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "USD", approx="over", subject=SUBJ, period=M8),
    fig("đạt 362 triệu", "362", 362e6, "money", "USD", change=chg("increase", 4.2, "%", "tháng trước"),
        subject="kim ngạch nhóm hàng túi xách, ví, vali, mũ, ô dù", period=T8),
    fig("tăng 21,5%", "21,5", 21.5, "percent", "%", subject="kim ngạch nhóm hàng so với cùng kỳ năm 2023",
        period=T8, optional=True),
    fig("đạt 2,63 tỷ", "2,63", 2.63e9, "money", "USD", change=chg("increase", 14.8, "%", "cùng kỳ"),
        subject="kim ngạch nhóm hàng túi xách, ví, vali, mũ, ô dù", period=M8b),
    fig("với 1,12 tỷ", "1,12", 1.12e9, "money", "USD", percent=42.6,
        subject="kim ngạch xuất khẩu sang thị trường Mỹ", period=M8b),
    fig("EU 498 triệu", "498", 498e6, "money", "USD", subject="kim ngạch xuất khẩu sang thị trường EU", period=M8b),
    fig("Nhật Bản 312 triệu", "312", 312e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=M8b),
    fig("Trung Quốc 146 triệu", "146", 146e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Trung Quốc", period=M8b),
    fig("khoảng 2.200 doanh nghiệp", "2.200", 2200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp da giày, túi xách"),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="doanh nghiệp FDI về số lượng"),
    fig("tới 78%", "78", 78, "percent", "%", subject="đóng góp của doanh nghiệp FDI trong kim ngạch xuất khẩu"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu túi xách"),
    fig("mới khoảng 45%", "45", 45, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa của ngành"),
    fig("đạt 4-4,2 tỷ", "4", 4e9, "money", "USD", value_max=4.2e9, status="forecast",
        subject="kim ngạch", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 7 tỷ", "7", 7e9, "money", "USD", status="target",
        subject="xuất khẩu túi xách, vali", period=T2030),
    fig("từ 60 đến 65%", "60", 60, "percent", "%", value_max=65, status="target",
        subject="tỷ lệ nội địa hóa nguyên phụ liệu", period=T2030),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ hai, 16/9/2024, 09:12 (GMT+7)' (published), sapo, quote, byline at the end, 'Xem thêm' links.",
    "National figures: location Việt Nam throughout. Mỹ, EU, Nhật Bản, Trung Quốc are trade partners (subject, not location).",
    "Headline and sapo '8 tháng (đầu năm)' take the year of published (nothing earlier). 'tăng gần 15%' → percent figure, nearly.",
    "'362 triệu USD, tăng 4,2% so với tháng trước và tăng 21,5% so với cùng kỳ' → the first change is the attribute, the second a percent",
    "figure of its own, optional by the spec. 'tiếp đến là EU 498 ..., Nhật Bản 312 ... và Trung Quốc 146 ...' → list items of the",
    "indicator (export value by market). 'doanh nghiệp FDI chiếm khoảng 25% ... nhưng đóng góp tới 78%' → two percent figures (shares of",
    "their own, not attributes: 2.200 is a count of firms, 78% a share of exports). 'đứng thứ hai thế giới' → rank 2.",
    "'dự báo kim ngạch cả năm 2024 có thể đạt 4-4,2 tỷ USD' → forecast range; 'Mục tiêu đến năm 2030' → target, start null.",
    "Distractors: the date line and '(GMT+7)', 'lần thứ 24' in a related-link title, 'Da - Giày - Túi xách' (dashes, not ranges).",
]

if __name__ == "__main__":
    write("p1451-5", TEXT, NOTES, FIGS, published=PUB, location="Việt Nam")
