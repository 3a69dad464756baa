"""p1215-4: ministry site (Bộ Công Thương), national leather-footwear exports 2023 and targets."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Ngành da giày đặt mục tiêu xuất khẩu 27 tỷ USD năm 2024

Ngày đăng: 12/03/2024 | Lượt xem: 1.093

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu giày dép các loại của Việt Nam đạt 20,24 tỷ USD, giảm 15,3% so với năm 2022; túi xách, ví, vali, mũ, ô dù đạt 3,62 tỷ USD, giảm 13,8%. Tính chung, xuất khẩu da giày, túi xách đạt gần 24 tỷ USD.

Mỹ tiếp tục là thị trường nhập khẩu giày dép lớn nhất của Việt Nam với 7,2 tỷ USD, chiếm 35,6% tổng kim ngạch; tiếp đến là EU (4,7 tỷ USD) và Trung Quốc (1,95 tỷ USD). Việt Nam hiện là nước xuất khẩu giày dép lớn thứ hai thế giới, sau Trung Quốc, và đứng thứ 3 về sản xuất.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), cả nước có khoảng 2.200 doanh nghiệp trong ngành, thu hút gần 1,5 triệu lao động; khu vực có vốn đầu tư nước ngoài chiếm khoảng 78% kim ngạch xuất khẩu. Tỷ lệ nội địa hóa nguyên phụ liệu bình quân đạt 45-50%. Riêng tháng 1/2024, xuất khẩu giày dép đạt 2,06 tỷ USD, tăng 42% so với tháng 1/2023.

Năm 2024, ngành đặt mục tiêu kim ngạch xuất khẩu da giày, túi xách đạt 27 tỷ USD, tăng khoảng 13% so với năm 2023. Theo Chiến lược phát triển ngành Dệt May và Da Giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 (Quyết định số 1643/QĐ-TTg), đến năm 2030 kim ngạch xuất khẩu da giày phấn đấu đạt 31-32 tỷ USD, tỷ lệ nội địa hóa đạt 75-80%.

Cổng Thông tin điện tử Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.22202222
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
JAN = per("tháng 1/2024", "2024-01-01", "2024-01-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
FIGS = [
    fig("xuất khẩu 27 tỷ USD", "27", 27e9, "money", "USD", status="target",
        subject="xuất khẩu ngành da giày", period=Y24H),
    fig("đạt 20,24 tỷ USD", "20,24", 20.24e9, "money", "USD",
        change=chg("decrease", 15.3, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu giày dép các loại", period=Y23),
    fig("đạt 3,62 tỷ USD", "3,62", 3.62e9, "money", "USD", change=chg("decrease", 13.8, "%"),
        subject="kim ngạch xuất khẩu túi xách, ví, vali, mũ, ô dù", period=Y23),
    fig("gần 24 tỷ USD", "24", 24e9, "money", "USD", approx="nearly",
        subject="xuất khẩu da giày, túi xách", period=inh(Y23)),
    fig("với 7,2 tỷ USD", "7,2", 7.2e9, "money", "USD", percent=35.6,
        subject="kim ngạch xuất khẩu giày dép sang thị trường Mỹ", period=inh(Y23)),
    fig("EU (4,7 tỷ USD)", "4,7", 4.7e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inh(Y23)),
    fig("(1,95 tỷ USD)", "1,95", 1.95e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inh(Y23)),
    fig("lớn thứ hai thế giới", "hai", 2, "rank", "hạng",
        subject="nước xuất khẩu giày dép trên thế giới"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản xuất giày dép trên thế giới"),
    fig("khoảng 2.200 doanh nghiệp", "2.200", 2200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp trong ngành da giày"),
    fig("gần 1,5 triệu", "1,5", 1.5e6, "count", "lao động", approx="nearly",
        subject="lao động ngành da giày"),
    fig("khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="tỷ trọng kim ngạch xuất khẩu của khu vực có vốn đầu tư nước ngoài"),
    fig("đạt 45-50%", "45", 45, "percent", "%", value_max=50,
        subject="tỷ lệ nội địa hóa nguyên phụ liệu bình quân"),
    fig("đạt 2,06 tỷ USD", "2,06", 2.06e9, "money", "USD",
        change=chg("increase", 42, "%", "tháng 1/2023"),
        subject="xuất khẩu giày dép", period=JAN),
    fig("túi xách đạt 27 tỷ USD", "27", 27e9, "money", "USD", status="target",
        change=chg("increase", 13, "%", "năm 2023", approx="about"),
        subject="kim ngạch xuất khẩu da giày, túi xách", period=Y24),
    fig("đạt 31-32 tỷ USD", "31", 31e9, "money", "USD", value_max=32e9, status="target",
        subject="kim ngạch xuất khẩu da giày", period=T30),
    fig("đạt 75-80%", "75", 75, "percent", "%", value_max=80, status="target",
        subject="tỷ lệ nội địa hóa", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national leather-footwear exports 2023 and the 2024/2030 targets. 'Ngày đăng: 12/03/2024 | Lượt xem: 1.093' (published).",
    "All figures national (Việt Nam); trade partners (Mỹ, EU, Trung Quốc) are not places of the figure but part of the subject.",
    "'lớn thứ hai thế giới' and 'đứng thứ 3 về sản xuất' are ranks. '3,62 tỷ USD, giảm 13,8%' has no written baseline.",
    "'đến năm 2030 … phấn đấu' → targets with period end 2030-12-31; ranges '31-32 tỷ USD', '45-50%', '75-80%'.",
    "Distractors: Quyết định số 1643/QĐ-TTg, 'tầm nhìn đến năm 2035', '54 Hai Bà Trưng', phone 024.22202222, counter 1.093.",
]

if __name__ == "__main__":
    emit("p1215-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
