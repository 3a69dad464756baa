"""p1537-4: ministry site (Bộ Công Thương): national exports of handbags, wallets, suitcases, hats, umbrellas, 7 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu túi xách, ví, vali, mũ, ô dù 7 tháng đạt trên 2,3 tỷ USD

22/08/2024 | 15:10 | Cục Xuất nhập khẩu

Theo số liệu thống kê, trong tháng 7/2024, kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù của Việt Nam đạt 382 triệu USD, tăng 4,2% so với tháng 6/2024 và tăng 13,6% so với tháng 7/2023. Tính chung 7 tháng năm 2024, kim ngạch đạt 2,34 tỷ USD, tăng 9,8% so với cùng kỳ năm 2023, chiếm 1,05% tổng kim ngạch xuất khẩu hàng hóa của cả nước.

Hoa Kỳ tiếp tục là thị trường lớn nhất, đạt 930 triệu USD, chiếm 39,7%; tiếp đến là EU 512 triệu USD, Nhật Bản 298 triệu USD và Trung Quốc 121 triệu USD. Riêng mặt hàng ví và thắt lưng da, kim ngạch 7 tháng ước khoảng 410 triệu USD, chiếm gần 18% kim ngạch của nhóm hàng.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), cả nước hiện có khoảng 2.200 doanh nghiệp trong ngành, trong đó khoảng 25% là doanh nghiệp FDI nhưng đóng góp tới 75% kim ngạch xuất khẩu. Việt Nam hiện đứng thứ hai thế giới về xuất khẩu túi xách, ví, chỉ sau Trung Quốc. Lefaso dự báo kim ngạch xuất khẩu túi xách, ví cả năm 2024 có thể đạt 4,1-4,2 tỷ USD.

Theo Chiến lược phát triển ngành dệt may và da giày đến năm 2030, tầm nhìn đến năm 2035 (Quyết định số 1643/QĐ-TTg), mục tiêu đến năm 2030 tỷ lệ nội địa hóa nguyên phụ liệu của ngành đạt 65-70%, kim ngạch xuất khẩu túi xách, ví, vali đạt khoảng 8 tỷ USD.

Cơ quan chủ quản: Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Giấy phép số 83/GP-TTĐT
"""

M7H = period("7 tháng", "2024-01-01", "2024-07-31")
JUL = period("tháng 7/2024", "2024-07-01", "2024-07-31")
M7 = period("7 tháng năm 2024", "2024-01-01", "2024-07-31")
M7b = period("7 tháng", "2024-01-01", "2024-07-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("trên 2,3 tỷ", "2,3", 2.3e9, "money", "USD", approx="over",
      subject="xuất khẩu túi xách, ví, vali, mũ, ô dù", period=M7H),
    F("đạt 382 triệu", "382", 382e6, "money", "USD",
      change=change("increase", 4.2, "%", "tháng 6/2024"),
      subject="kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù", period=JUL),
    F("tăng 13,6%", "13,6", 13.6, "percent", "%", optional=True,
      subject="kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù so với tháng 7/2023", period=JUL),
    F("đạt 2,34 tỷ", "2,34", 2.34e9, "money", "USD", percent=1.05,
      change=change("increase", 9.8, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu nhóm hàng túi xách, ví, vali, mũ, ô dù", period=M7),
    F("đạt 930 triệu", "930", 930e6, "money", "USD", percent=39.7,
      subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inherit(M7)),
    F("EU 512 triệu", "512", 512e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường EU", period=inherit(M7)),
    F("Nhật Bản 298 triệu", "298", 298e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=inherit(M7)),
    F("Trung Quốc 121 triệu", "121", 121e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Trung Quốc", period=inherit(M7)),
    F("ước khoảng 410 triệu", "410", 410e6, "money", "USD", approx="about", status="estimate", percent=18,
      subject="kim ngạch xuất khẩu mặt hàng ví và thắt lưng da", period=M7b),
    F("khoảng 2.200 doanh nghiệp", "2.200", 2200, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp trong ngành da - giày - túi xách"),
    F("khoảng 25%", "25", 25, "percent", "%", approx="about",
      subject="tỷ lệ doanh nghiệp FDI trong ngành"),
    F("tới 75%", "75", 75, "percent", "%",
      subject="tỷ trọng đóng góp của doanh nghiệp FDI vào kim ngạch xuất khẩu"),
    F("đứng thứ hai thế giới", "hai", 2, "rank", "hạng",
      subject="xuất khẩu túi xách, ví"),
    F("đạt 4,1-4,2 tỷ", "4,1", 4.1e9, "money", "USD", value_max=4.2e9, status="forecast",
      subject="kim ngạch xuất khẩu túi xách, ví cả năm", period=Y24),
    F("đạt 65-70%", "65", 65, "percent", "%", value_max=70, status="target",
      subject="tỷ lệ nội địa hóa nguyên phụ liệu của ngành", period=T30),
    F("khoảng 8 tỷ", "8", 8e9, "money", "USD", approx="about", status="target",
      subject="kim ngạch xuất khẩu túi xách, ví, vali", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national exports of bags, wallets, suitcases, hats, umbrellas; breadcrumb, '22/08/2024 | 15:10 | Cục Xuất nhập khẩu', footer.",
    "'tăng 4,2% so với tháng 6/2024 và tăng 13,6% so với tháng 7/2023': the first is the change of 382 triệu USD, the second a percent figure of its own, optional by the spec.",
    "Market list 'Hoa Kỳ ... 930 triệu USD, chiếm 39,7%; tiếp đến là EU 512 triệu USD, ...': trade partners are not places, location stays Việt Nam; the period is stated in the previous sentence (inherited).",
    "'trong đó khoảng 25% là doanh nghiệp FDI' and 'đóng góp tới 75%' are percent figures of their own ('tới' is not an approximation cue in the spec: exact).",
    "'đứng thứ hai thế giới' → rank 2, location Việt Nam. 'dự báo' → forecast. 'mục tiêu đến năm 2030' governs both clauses of the last sentence (target).",
    "Distractors: 15:10, 'tháng 6/2024', 'tháng 7/2023' (baselines), 'đến năm 2030, tầm nhìn đến năm 2035' in the strategy's name, Quyết định số 1643/QĐ-TTg, '54 Hai Bà Trưng', Giấy phép số 83/GP-TTĐT.",
]

if __name__ == "__main__":
    write("p1537-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
