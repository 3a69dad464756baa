"""p1553-4: ministry site (Bộ Công Thương): national footwear exports, 11 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu giày dép 11 tháng đạt gần 20,7 tỷ USD

12/12/2024 | 09:40 | Cục Xuất nhập khẩu

Theo số liệu thống kê, 11 tháng năm 2024, kim ngạch xuất khẩu giày dép của cả nước đạt 20,68 tỷ USD, tăng 12,1% so với cùng kỳ năm 2023. Trong đó, giày thể thao đạt khoảng 12,8 tỷ USD, chiếm 62% tổng kim ngạch. Riêng tháng 11, xuất khẩu giày dép đạt 1,95 tỷ USD, tăng 4,2% so với tháng trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất, đạt 7,45 tỷ USD, tăng 9,3%; tiếp đến là EU 4,92 tỷ USD, Trung Quốc 1,87 tỷ USD và Nhật Bản 1,12 tỷ USD.

Việt Nam hiện là nước xuất khẩu giày dép lớn thứ hai thế giới, sau Trung Quốc, với khoảng 2.300 doanh nghiệp và hơn 1,5 triệu lao động trong ngành da giày.

Tuy vậy, tỷ lệ nội địa hóa của ngành mới đạt 45-50%; nhập khẩu nguyên phụ liệu da giày 11 tháng khoảng 6,1 tỷ USD, giảm 3,4% so với cùng kỳ.

Dự báo cả năm 2024, xuất khẩu giày dép đạt khoảng 22,9 tỷ USD. Theo Chiến lược phát triển ngành Dệt may, Da giày Việt Nam (Quyết định số 1643/QĐ-TTg), mục tiêu đến năm 2030 kim ngạch xuất khẩu da giày, túi xách đạt 40-42 tỷ USD, tỷ lệ nội địa hóa đạt 65-70%.

Thời gian tới, Bộ Công Thương sẽ hỗ trợ doanh nghiệp tham gia Hội chợ da giày quốc tế MICAM 2025 tại Milano (Italy) và tận dụng ưu đãi từ các hiệp định CPTPP, EVFTA.

Bản quyền thuộc về Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.2220.2108
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11_S = per("11 tháng", "2024-01-01", "2024-11-30")
NOV = per("tháng 11", "2024-11-01", "2024-11-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gần 20,7 tỷ", "20,7", 20.7e9, "money", "USD", approx="nearly",
        subject="xuất khẩu giày dép", period=M11_S),
    fig("đạt 20,68 tỷ", "20,68", 20.68e9, "money", "USD", change=chg("increase", 12.1, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu giày dép của cả nước", period=M11),
    fig("khoảng 12,8 tỷ", "12,8", 12.8e9, "money", "USD", approx="about", total=20.68e9, percent=62,
        subject="kim ngạch xuất khẩu giày thể thao", period=inh(M11)),
    fig("đạt 1,95 tỷ", "1,95", 1.95e9, "money", "USD", change=chg("increase", 4.2, "%", "tháng trước"),
        subject="xuất khẩu giày dép", period=NOV),
    fig("đạt 7,45 tỷ", "7,45", 7.45e9, "money", "USD", change=chg("increase", 9.3, "%"),
        subject="kim ngạch xuất khẩu giày dép sang Hoa Kỳ", period=inh(M11)),
    fig("EU 4,92 tỷ", "4,92", 4.92e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inh(M11)),
    fig("Trung Quốc 1,87 tỷ", "1,87", 1.87e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inh(M11)),
    fig("Nhật Bản 1,12 tỷ", "1,12", 1.12e9, "money", "USD",
        subject="kim ngạch xuất khẩu giày dép sang Nhật Bản", period=inh(M11)),
    fig("lớn thứ hai thế giới", "hai", 2, "rank", "hạng", subject="nước xuất khẩu giày dép"),
    fig("khoảng 2.300 doanh nghiệp", "2.300", 2300, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp trong ngành da giày"),
    fig("hơn 1,5 triệu", "1,5", 1.5e6, "count", "lao động", approx="over",
        subject="lao động trong ngành da giày"),
    fig("đạt 45-50%", "45", 45, "percent", "%", value_max=50, subject="tỷ lệ nội địa hóa của ngành"),
    fig("khoảng 6,1 tỷ", "6,1", 6.1e9, "money", "USD", approx="about", change=chg("decrease", 3.4, "%", "cùng kỳ"),
        subject="nhập khẩu nguyên phụ liệu da giày", period=M11_S),
    fig("khoảng 22,9 tỷ", "22,9", 22.9e9, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu giày dép", period=Y24),
    fig("đạt 40-42 tỷ", "40", 40e9, "money", "USD", value_max=42e9, status="target",
        subject="kim ngạch xuất khẩu da giày, túi xách", period=T30),
    fig("đạt 65-70%", "65", 65, "percent", "%", value_max=70, status="target",
        subject="tỷ lệ nội địa hóa", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/12/2024 | 09:40 | Cục Xuất nhập khẩu', copyright and address footer. National figures: location Việt Nam.",
    "Distractors: 09:40, Quyết định số 1643/QĐ-TTg, 'MICAM 2025', CPTPP/EVFTA, '54 Hai Bà Trưng', phone.",
    "'Trong đó, giày thể thao đạt khoảng 12,8 tỷ USD, chiếm 62%' after the 11-month whole: total 20,68 tỷ and percent 62.",
    "Market list 'Hoa Kỳ ... tiếp đến là EU ..., Trung Quốc ... và Nhật Bản ...': one indicator; trade partners stay in the subject, location Việt Nam.",
    "'tăng 9,3%' with no baseline is still the change of 7,45 tỷ. Ranges 45-50%, 40-42 tỷ USD, 65-70% give value_max.",
    "'Dự báo cả năm 2024' → forecast; 'mục tiêu đến năm 2030' → target, start null.",
]

if __name__ == "__main__":
    write("p1553-4", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
