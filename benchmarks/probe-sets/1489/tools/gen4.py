"""p1489-4: ministry site (Bộ Công Thương): national small kitchen appliance industry, market, exports, localisation targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Bộ

Nâng sức cạnh tranh của đồ điện gia dụng nhỏ sản xuất trong nước

21/05/2024 | 14:30 | Cục Công nghiệp

Năm 2023, cả nước có khoảng 140 doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng nhỏ như ấm siêu tốc, máy xay sinh tố, máy ép trái cây, nồi cơm điện, trong đó gần 40% là doanh nghiệp có vốn đầu tư nước ngoài. Quy mô thị trường đồ điện gia dụng nhỏ năm 2023 ước khoảng 2,3 tỷ USD, tăng 6,5% so với năm 2022.

Các thương hiệu trong nước hiện chiếm khoảng 35% thị phần, riêng nhóm ấm siêu tốc đạt trên 50%. Kim ngạch xuất khẩu nhóm hàng này năm 2023 đạt 1,06 tỷ USD, gấp 2,2 lần năm 2019, trong đó Hoa Kỳ đạt 312 triệu USD, Nhật Bản 186 triệu USD và Hàn Quốc 145 triệu USD. Việt Nam hiện đứng thứ 3 khu vực ASEAN về xuất khẩu đồ điện gia dụng nhỏ, sau Thái Lan và Malaysia.

Tuy nhiên, tỷ lệ nội địa hóa bình quân mới đạt 25-30%; phần lớn động cơ, mâm nhiệt, bo mạch điều khiển vẫn phải nhập khẩu. Năm 2023, nhập khẩu linh kiện cho ngành ước 480 triệu USD.

Theo Chương trình phát triển công nghiệp hỗ trợ ban hành kèm Quyết định số 68/QĐ-TTg, mục tiêu đến năm 2030, tỷ lệ nội địa hóa đồ điện gia dụng đạt 45%, thị phần của thương hiệu Việt đạt ít nhất 50%. Trong năm 2024, Bộ Công Thương dự kiến tổ chức 6 đợt kết nối cung ứng linh kiện tại Hà Nội, Đà Nẵng và TP Hồ Chí Minh, với sự tham gia của khoảng 300 doanh nghiệp.

Tin cùng chuyên mục:
- Hội nghị xúc tiến xuất khẩu sang thị trường EU năm 2024
- Tuần hàng Việt Nam tại Nhật Bản lần thứ 9

BỘ CÔNG THƯƠNG - Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 140 doanh nghiệp", "140", 140, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng nhỏ", period=Y23),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=Y23),
    fig("ước khoảng 2,3 tỷ", "2,3", 2.3e9, "money", "USD", approx="about", status="estimate",
        change=chg("increase", 6.5, "%", "năm 2022"),
        subject="quy mô thị trường đồ điện gia dụng nhỏ", period=Y23b),
    fig("khoảng 35% thị phần", "35", 35, "percent", "%", approx="about",
        subject="thị phần các thương hiệu trong nước"),
    fig("trên 50%", "50", 50, "percent", "%", approx="over",
        subject="thị phần các thương hiệu trong nước nhóm ấm siêu tốc"),
    fig("đạt 1,06 tỷ", "1,06", 1.06e9, "money", "USD", change=chg("increase", 2.2, "lần", "năm 2019"),
        subject="kim ngạch xuất khẩu nhóm hàng đồ điện gia dụng nhỏ", period=Y23b),
    fig("đạt 312 triệu", "312", 312e6, "money", "USD", total=1.06e9,
        subject="kim ngạch xuất khẩu sang Hoa Kỳ", period=Y23b),
    fig("Bản 186 triệu", "186", 186e6, "money", "USD", total=1.06e9,
        subject="kim ngạch xuất khẩu sang Nhật Bản", period=Y23b),
    fig("Quốc 145 triệu", "145", 145e6, "money", "USD", total=1.06e9,
        subject="kim ngạch xuất khẩu sang Hàn Quốc", period=Y23b),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu đồ điện gia dụng nhỏ khu vực ASEAN"),
    fig("đạt 25-30%", "25", 25, "percent", "%", value_max=30, subject="tỷ lệ nội địa hóa bình quân"),
    fig("ước 480 triệu", "480", 480e6, "money", "USD", status="estimate",
        subject="nhập khẩu linh kiện cho ngành", period=Y23),
    fig("đạt 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa đồ điện gia dụng", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="thị phần của thương hiệu Việt", period=T30),
    fig("chức 6 đợt", "6", 6, "count", "đợt", status="forecast",
        subject="đợt kết nối cung ứng linh kiện", period=Y24),
    fig("khoảng 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="about", status="forecast",
        subject="doanh nghiệp tham gia kết nối cung ứng linh kiện", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '21/05/2024 | 14:30 | Cục Công nghiệp', related links, address footer.",
    "Distractors: 14:30, Quyết định số 68/QĐ-TTg, 'năm 2024' and 'lần thứ 9' in link titles, '54 Hai Bà Trưng', phone 024.22202222.",
    "National article: location Việt Nam throughout; Hoa Kỳ, Nhật Bản, Hàn Quốc are trade partners, not places of the figures;",
    "the cities where the forecast events take place (Hà Nội, Đà Nẵng, TP HCM) do not make the count provincial.",
    "'trong đó gần 40% là doanh nghiệp có vốn đầu tư nước ngoài': a percent after 'trong đó' with no verb 'chiếm' → percent figure of its own.",
    "'ước khoảng' → estimate + about. 'gấp 2,2 lần năm 2019' → change increase 2.2 lần.",
    "'trong đó Hoa Kỳ đạt 312 triệu USD, Nhật Bản 186 ..., Hàn Quốc 145 ...' → parts with total 1,06 tỷ USD.",
    "'riêng nhóm ấm siêu tốc đạt trên 50%' is its own percent figure (a second share, not an attribute of 35%).",
    "'mới đạt 25-30%' → range; 'mục tiêu đến năm 2030' governs both clauses (target, start null).",
    "'dự kiến tổ chức 6 đợt ..., với sự tham gia của khoảng 300 doanh nghiệp' → both forecast, period 'Trong năm 2024'.",
    "Rank 'đứng thứ 3 khu vực ASEAN': location Việt Nam (the ranked country).",
]

if __name__ == "__main__":
    write("p1489-4", TEXT, NOTES, FIGS, published="2024-05-21", location="Việt Nam")
