"""p1509-4: ministry site (Bộ Công Thương): national towel exports, 6 months 2024; markets, prices, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu khăn bông 6 tháng tăng hơn 11%

22/07/2024 | 15:10 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch xuất khẩu khăn bông, khăn tắm của Việt Nam đạt 214,5 triệu USD, tăng 11,3% so với cùng kỳ năm 2023. Riêng tháng 6/2024 đạt 39,6 triệu USD, tăng 4,2% so với tháng trước và tăng 15,7% so với cùng kỳ.

Nhật Bản tiếp tục là thị trường lớn nhất với 98,7 triệu USD, chiếm 46% tổng kim ngạch; tiếp đến là Hoa Kỳ 41,2 triệu USD, Hàn Quốc 19,8 triệu USD và Australia 11,5 triệu USD. Việt Nam hiện đứng thứ hai trong số các nhà cung cấp khăn bông cho thị trường Nhật Bản, chỉ sau Trung Quốc. Giá xuất khẩu bình quân sang Nhật Bản đạt 9,8 USD/kg, tăng 0,6 USD/kg so với năm 2023.

Cả nước hiện có khoảng 120 doanh nghiệp sản xuất khăn bông, trong đó 35 doanh nghiệp có vốn đầu tư nước ngoài; tổng năng lực sản xuất khoảng 90 nghìn tấn/năm, tập trung ở TP Hồ Chí Minh, Bình Dương, Hà Nam và Thái Bình.

Theo Hiệp hội Dệt May Việt Nam (VITAS), cả năm 2024 kim ngạch xuất khẩu khăn dự kiến đạt 430-450 triệu USD. Chiến lược phát triển ngành dệt may theo Quyết định số 1643/QĐ-TTg đặt mục tiêu đến năm 2030 xuất khẩu khăn đạt ít nhất 1 tỷ USD. Để tận dụng ưu đãi từ các hiệp định CPTPP, EVFTA, doanh nghiệp cần chủ động nguồn sợi, nâng tỷ lệ nội địa hóa lên 50-60%.

Cổng thông tin điện tử Bộ Công Thương
Giấy phép số 78/GP-TTĐT | Điện thoại: 024.22202222
"""

H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6S = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("tháng 6/2024", "2024-06-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu khăn bông, khăn tắm"

FIGS = [
    fig("tăng hơn 11%", "11", 11, "percent", "%", approx="over", subject="xuất khẩu khăn bông", period=H6S),
    fig("đạt 214,5 triệu", "214,5", 214.5e6, "money", "USD",
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"), subject=EXP + " của Việt Nam", period=H6),
    fig("đạt 39,6 triệu", "39,6", 39.6e6, "money", "USD", change=chg("increase", 4.2, "%", "tháng trước"),
        subject=EXP, period=M6),
    fig("tăng 15,7%", "15,7", 15.7, "percent", "%", subject=EXP, period=M6, optional=True),
    fig("với 98,7 triệu", "98,7", 98.7e6, "money", "USD", percent=46,
        subject=EXP + " sang Nhật Bản", period=inh(H6)),
    fig("Hoa Kỳ 41,2 triệu", "41,2", 41.2e6, "money", "USD", subject=EXP + " sang Hoa Kỳ", period=inh(H6)),
    fig("Hàn Quốc 19,8 triệu", "19,8", 19.8e6, "money", "USD", subject=EXP + " sang Hàn Quốc",
        period=inh(H6)),
    fig("Australia 11,5 triệu", "11,5", 11.5e6, "money", "USD", subject=EXP + " sang Australia",
        period=inh(H6)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="nhà cung cấp khăn bông cho thị trường Nhật Bản"),
    fig("đạt 9,8 USD/kg", "9,8", 9.8, "money", "USD/kg", change=chg("increase", 0.6, "USD/kg", "năm 2023"),
        subject="giá xuất khẩu bình quân sang Nhật Bản", period=inh(H6)),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất khăn bông"),
    fig("35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", total=120,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 90 nghìn", "90", 90000, "measure", "tấn/năm", approx="about",
        subject="tổng năng lực sản xuất"),
    fig("đạt 430-450 triệu", "430", 430e6, "money", "USD", value_max=450e6, status="forecast",
        subject="kim ngạch xuất khẩu khăn", period=Y24),
    fig("ít nhất 1 tỷ", "1", 1e9, "money", "USD", approx="at_least", status="target",
        subject="xuất khẩu khăn", period=T30),
    fig("lên 50-60%", "50", 50, "percent", "%", value_max=60, status="target", subject="tỷ lệ nội địa hóa"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/07/2024 | 15:10 | Cục Xuất nhập khẩu' (published), footer licence and phone.",
    "National figures: location Việt Nam; export markets (Nhật Bản, Hoa Kỳ, Hàn Quốc, Australia, Trung Quốc) are trade partners, not places.",
    "Distractors: 15:10, Quyết định số 1643/QĐ-TTg, CPTPP/EVFTA, Giấy phép số 78/GP-TTĐT, phone 024.22202222, 'đến năm 2030' (period).",
    "'tăng 4,2% so với tháng trước và tăng 15,7% so với cùng kỳ': the first is the change of 39,6 triệu; 15,7% is optional (FIGURES.md).",
    "List 'tiếp đến là Hoa Kỳ 41,2 triệu USD, ...': each item a figure of the list's indicator; no total (no cue, they are siblings of 98,7).",
    "Headline '6 tháng tăng hơn 11%' is a growth rate as the claim: percent, over, no change; year from the dateline.",
    "'dự kiến đạt 430-450 triệu USD' → forecast range; 'mục tiêu đến năm 2030 ... ít nhất 1 tỷ USD' → target, at_least, end 2030-12-31.",
    "'cần ... nâng tỷ lệ nội địa hóa lên 50-60%' is a goal: target (borderline, no period).",
    "Market amounts and the average price take the 6-month period from the first paragraph (inherited, not scored).",
]

if __name__ == "__main__":
    write("p1509-4", TEXT, NOTES, FIGS, published="2024-07-22", location="Việt Nam")
