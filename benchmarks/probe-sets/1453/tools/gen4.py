"""p1453-4: ministry site (Bộ Công Thương): national exports of thermal products, 8 months 2024."""
from lib import fig, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu sản phẩm giữ nhiệt 8 tháng đạt hơn 412 triệu USD

Ngày đăng: 18/09/2024 15:12 | Nguồn: Cục Xuất nhập khẩu

Theo số liệu thống kê của Tổng cục Hải quan, 8 tháng đầu năm 2024, kim ngạch xuất khẩu phích nước, bình giữ nhiệt và các sản phẩm giữ nhiệt của Việt Nam đạt 412,6 triệu USD, tăng 23,4% so với cùng kỳ năm 2023. Riêng tháng 8/2024 đạt 61,3 triệu USD, tăng 4,1% so với tháng trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 168,2 triệu USD, chiếm 40,8% tổng kim ngạch; tiếp đến là Nhật Bản 71,5 triệu USD, Hàn Quốc 38,9 triệu USD và Australia 22,4 triệu USD. Xuất khẩu sang thị trường EU tăng mạnh nhất, gấp 1,8 lần cùng kỳ.

Cả nước hiện có khoảng 40 doanh nghiệp sản xuất bình giữ nhiệt quy mô công nghiệp, tập trung chủ yếu tại Bình Dương (14 doanh nghiệp), Đồng Nai (9 doanh nghiệp) và Bắc Ninh (6 doanh nghiệp). Tổng công suất ước khoảng 95 triệu sản phẩm/năm, trong đó khối FDI chiếm gần 75%.

Ở chiều ngược lại, nhập khẩu sản phẩm giữ nhiệt 8 tháng ước đạt 186 triệu USD, trong đó từ Trung Quốc chiếm khoảng 71%.

Theo Chiến lược phát triển ngành công nghiệp hỗ trợ, mục tiêu đến năm 2030 kim ngạch xuất khẩu nhóm hàng này đạt 1 tỷ USD/năm, tỷ lệ nội địa hóa linh kiện đạt ít nhất 60%. Bộ Công Thương dự báo cả năm 2024 xuất khẩu có thể đạt 620-650 triệu USD.

Tin cùng chuyên mục:
- Hội nghị giao ban xúc tiến thương mại với hệ thống thương vụ tháng 9
- Công bố Báo cáo Xuất nhập khẩu Việt Nam 2023

Cổng thông tin điện tử Bộ Công Thương. Điện thoại: 024.2220.2108
"""

M8_HEAD = period("8 tháng", "2024-01-01", "2024-08-31")
M8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
AUG = period("tháng 8/2024", "2024-08-01", "2024-08-31")
M8_IMP = period("8 tháng", "2024-01-01", "2024-08-31")
BY30 = period("đến năm 2030", None, "2030-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kim ngạch xuất khẩu sản phẩm giữ nhiệt"
FIRMS = "doanh nghiệp sản xuất bình giữ nhiệt quy mô công nghiệp"

FIGS = [
    fig("hơn 412 triệu", "412", 412e6, "money", "USD", approx="over",
        subject="xuất khẩu sản phẩm giữ nhiệt", period=M8_HEAD),
    fig("đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD",
        change=change("increase", 23.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu phích nước, bình giữ nhiệt và các sản phẩm giữ nhiệt", period=M8),
    fig("đạt 61,3 triệu", "61,3", 61.3e6, "money", "USD",
        change=change("increase", 4.1, "%", "tháng trước"), subject=SUBJ, period=AUG),
    fig("với 168,2 triệu", "168,2", 168.2e6, "money", "USD", percent=40.8,
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=inherit(M8)),
    fig("Nhật Bản 71,5 triệu", "71,5", 71.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Nhật Bản", period=inherit(M8)),
    fig("Hàn Quốc 38,9 triệu", "38,9", 38.9e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Hàn Quốc", period=inherit(M8)),
    fig("Australia 22,4 triệu", "22,4", 22.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Australia", period=inherit(M8)),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần",
        subject="xuất khẩu sang thị trường EU so với cùng kỳ", period=inherit(M8)),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about", subject=FIRMS),
    fig("Bình Dương (14 doanh", "14", 14, "count", "doanh nghiệp", subject=FIRMS, location="Bình Dương"),
    fig("Đồng Nai (9 doanh", "9", 9, "count", "doanh nghiệp", subject=FIRMS, location="Đồng Nai"),
    fig("Bắc Ninh (6 doanh", "6", 6, "count", "doanh nghiệp", subject=FIRMS, location="Bắc Ninh"),
    fig("khoảng 95 triệu", "95", 95e6, "measure", "sản phẩm/năm", approx="about", status="estimate",
        subject="tổng công suất"),
    fig("gần 75%", "75", 75, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ trọng khối FDI trong tổng công suất"),
    fig("ước đạt 186 triệu", "186", 186e6, "money", "USD", status="estimate",
        subject="nhập khẩu sản phẩm giữ nhiệt", period=M8_IMP),
    fig("khoảng 71%", "71", 71, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng nhập khẩu từ Trung Quốc", period=M8_IMP),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=BY30),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=BY30),
    fig("đạt 620-650 triệu", "620", 620e6, "money", "USD", value_max=650e6, status="forecast",
        subject="xuất khẩu", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 18/09/2024 15:12 | Nguồn: Cục Xuất nhập khẩu', related links, footer phone.",
    "Distractors: 15:12, 'tháng 9' and 'Việt Nam 2023' in related links, phone 024.2220.2108.",
    "National figures: location Việt Nam. Trade partners (Hoa Kỳ, Nhật Bản, Hàn Quốc, Australia, EU, Trung Quốc) are not places",
    "of the figure; the list items take the list indicator 'kim ngạch xuất khẩu' plus the partner as subject.",
    "Provinces in the bracketed list after the national firm count are the location of their own counts; the list (14+9+6)",
    "does not add up to 40, so no total. The national count keeps Việt Nam.",
    "'Riêng tháng 8/2024' is not a part-of cue: no total. 'gấp 1,8 lần cùng kỳ' with no base amount: a multiple figure.",
    "'Tổng công suất ước khoảng 95 triệu sản phẩm/năm, trong đó khối FDI chiếm gần 75%': estimate + about; the share is a",
    "percent figure of its own and keeps the estimate of the clause it continues. Same for 'trong đó từ Trung Quốc chiếm khoảng 71%'.",
    "'mục tiêu đến năm 2030' governs both clauses (target). 'dự báo cả năm 2024 ... 620-650 triệu USD' → forecast, range.",
    "Inherited periods: the market list and the EU multiple stand in the sentence after the 8-month total.",
]

if __name__ == "__main__":
    write(4, TEXT, NOTES, FIGS, published="2024-09-18", location="Việt Nam")
