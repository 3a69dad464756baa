"""p1377-4: ministry site (Bộ Công Thương): national footwear and leather-goods exports 2024, markets, rank, 2025 and 2030 goals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động sản xuất công nghiệp

Ngành da giày hướng tới mục tiêu xuất khẩu 29 tỷ USD năm 2025

15/01/2025 | 09:30 | Vụ Công nghiệp

Theo số liệu của Tổng cục Hải quan, năm 2024 kim ngạch xuất khẩu giày dép của Việt Nam đạt 22,9 tỷ USD, tăng 13,1% so với năm 2023; túi xách, ví, vali, mũ và ô dù đạt 4,1 tỷ USD, tăng 14,8%. Tính chung, xuất khẩu da giày, túi xách đạt khoảng 27 tỷ USD.

Hoa Kỳ tiếp tục là thị trường nhập khẩu giày dép lớn nhất của Việt Nam với 8,5 tỷ USD, chiếm 37,1%; tiếp đến là EU 5,3 tỷ USD, Trung Quốc 2,1 tỷ USD và Nhật Bản 1,2 tỷ USD.

Việt Nam hiện đứng thứ hai thế giới về xuất khẩu giày dép, sau Trung Quốc, và đứng thứ ba về sản xuất với sản lượng khoảng 1,4 tỷ đôi mỗi năm. Cả nước có hơn 2.200 doanh nghiệp da giày; doanh nghiệp FDI chiếm khoảng 24% về số lượng nhưng đóng góp trên 75% kim ngạch xuất khẩu. Ngành sử dụng khoảng 1,5 triệu lao động.

Tỷ lệ nội địa hóa của ngành hiện mới đạt 45-50%; phần lớn da thuộc, đế giày, keo dán vẫn phải nhập khẩu. Năm 2024, ngành nhập khẩu khoảng 6,2 tỷ USD nguyên phụ liệu da giày.

Năm 2025, Bộ Công Thương dự báo xuất khẩu giày dép có thể đạt 24-25 tỷ USD; toàn ngành da giày, túi xách phấn đấu đạt 29 tỷ USD. Theo Chiến lược phát triển ngành dệt may và da giày (Quyết định số 1643/QĐ-TTg), mục tiêu đến năm 2030 tỷ lệ nội địa hóa của ngành da giày đạt 75-80%.

Bài viết liên quan:
- Thông tư số 05/2024/TT-BCT về quy tắc xuất xứ hàng hóa
- Hội nghị xúc tiến thương mại ngành da giày khu vực phía Nam

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y25h = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("xuất khẩu 29 tỷ", "29", 29e9, "money", "USD", status="target", period=Y25h,
        subject="xuất khẩu ngành da giày"),
    fig("đạt 22,9 tỷ", "22,9", 22.9e9, "money", "USD", change=chg("increase", 13.1, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu giày dép", period=Y24),
    fig("ô dù đạt 4,1 tỷ", "4,1", 4.1e9, "money", "USD", change=chg("increase", 14.8, "%"),
        subject="kim ngạch xuất khẩu túi xách, ví, vali, mũ và ô dù", period=Y24),
    fig("khoảng 27 tỷ", "27", 27e9, "money", "USD", approx="about",
        subject="xuất khẩu da giày, túi xách", period=inh(Y24)),
    fig("với 8,5 tỷ", "8,5", 8.5e9, "money", "USD", percent=37.1,
        subject="kim ngạch xuất khẩu giày dép sang Hoa Kỳ", period=inh(Y24)),
    fig("EU 5,3 tỷ", "5,3", 5.3e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inh(Y24)),
    fig("Trung Quốc 2,1 tỷ", "2,1", 2.1e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inh(Y24)),
    fig("Nhật Bản 1,2 tỷ", "1,2", 1.2e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang Nhật Bản", period=inh(Y24)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="xuất khẩu giày dép thế giới"),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng",
        subject="sản xuất giày dép thế giới"),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "measure", "đôi/năm", approx="about",
        subject="sản lượng giày dép"),
    fig("hơn 2.200 doanh nghiệp", "2.200", 2200, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp da giày"),
    fig("khoảng 24%", "24", 24, "percent", "%", approx="about",
        subject="tỷ lệ doanh nghiệp FDI về số lượng"),
    fig("trên 75%", "75", 75, "percent", "%", approx="over",
        subject="đóng góp của doanh nghiệp FDI trong kim ngạch xuất khẩu"),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "lao động", approx="about",
        subject="lao động ngành da giày sử dụng"),
    fig("đạt 45-50%", "45", 45, "percent", "%", value_max=50,
        subject="tỷ lệ nội địa hóa của ngành"),
    fig("khoảng 6,2 tỷ", "6,2", 6.2e9, "money", "USD", approx="about", period=Y24b,
        subject="nhập khẩu nguyên phụ liệu da giày"),
    fig("đạt 24-25 tỷ", "24", 24e9, "money", "USD", value_max=25e9, status="forecast", period=Y25,
        subject="xuất khẩu giày dép"),
    fig("phấn đấu đạt 29 tỷ", "29", 29e9, "money", "USD", status="target", period=Y25,
        subject="xuất khẩu toàn ngành da giày, túi xách"),
    fig("đạt 75-80%", "75", 75, "percent", "%", value_max=80, status="target", period=T30,
        subject="tỷ lệ nội địa hóa của ngành da giày"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '15/01/2025 | 09:30 | Vụ Công nghiệp' (published), related links, address footer.",
    "National figures: location Việt Nam throughout; trade partners (Hoa Kỳ, EU, Trung Quốc, Nhật Bản) are not places of the figures.",
    "Distractors: 09:30, 'Quyết định số 1643/QĐ-TTg', 'Thông tư số 05/2024/TT-BCT', '54 Hai Bà Trưng', 'sau Trung Quốc'.",
    "Headline '29 tỷ USD năm 2025' → target ('mục tiêu'). 'tăng 14,8%' (no baseline written) is the change of 4,1 tỷ.",
    "'Tính chung ... khoảng 27 tỷ' is the sum, a figure of its own (no total). Market list: subject = the list's indicator + partner;",
    "'chiếm 37,1%' is the percent attribute of 8,5 tỷ. The list items have no 'trong đó'/'gồm' cue: no total.",
    "'đứng thứ hai thế giới', 'đứng thứ ba về sản xuất' → ranks; 'khoảng 1,4 tỷ đôi mỗi năm' → rate đôi/năm.",
    "'doanh nghiệp FDI chiếm khoảng 24% về số lượng' and 'đóng góp trên 75%' have no base amount: percent figures.",
    "'Năm 2025 ... dự báo ... 24-25 tỷ' → forecast; '; toàn ngành ... phấn đấu đạt 29 tỷ' has its own cue → target, period Năm 2025",
    "(same sentence). 'mục tiêu đến năm 2030 ... 75-80%' → target, start null.",
]

if __name__ == "__main__":
    write("p1377-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Việt Nam")
