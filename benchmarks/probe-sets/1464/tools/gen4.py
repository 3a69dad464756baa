"""p1464-4: ministry site (Bộ Công Thương): national exports of curtains and blinds, 7 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu rèm, màn sáo 7 tháng tăng hơn 16%

14/08/2024 | 09:40 | Cục Xuất nhập khẩu

Theo số liệu của Cục Xuất nhập khẩu, 7 tháng đầu năm 2024, kim ngạch xuất khẩu rèm cửa, màn sáo và mành các loại (mã HS 6303 và 4601) của cả nước ước đạt 312 triệu USD, tăng 16,4% so với cùng kỳ năm 2023. Trong đó, rèm vải 198 triệu USD, rèm cuốn và màn sáo 87 triệu USD, mành tre, trúc 27 triệu USD. Riêng quý II, kim ngạch đạt 141 triệu USD, tăng 21% so với quý I.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 38,5% kim ngạch, tiếp đến là EU (21,3%) và Nhật Bản (12%). Các địa phương có kim ngạch lớn nhất lần lượt là Bình Dương (84 triệu USD), Hưng Yên (41 triệu USD) và Đồng Nai (36 triệu USD).

Cả nước hiện có khoảng 2.100 doanh nghiệp sản xuất, lắp đặt rèm và màn sáo, trong đó hơn 85% là doanh nghiệp nhỏ và siêu nhỏ. Việt Nam đứng thứ 6 thế giới về xuất khẩu rèm vải, sau Trung Quốc, Ấn Độ, Thổ Nhĩ Kỳ, Pakistan và Ba Lan.

Theo Chiến lược phát triển ngành dệt may và trang trí nội thất, mục tiêu đến năm 2030, kim ngạch xuất khẩu nhóm hàng rèm, màn sáo đạt 1 tỷ USD/năm, tỷ lệ nội địa hóa nguyên liệu vải đạt ít nhất 50%. Cục Xuất nhập khẩu dự báo cả năm 2024, kim ngạch có thể đạt 540-550 triệu USD.

Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H7 = per("7 tháng", "2024-01-01", "2024-07-31")
SUB_LIST = "kim ngạch xuất khẩu rèm, màn sáo của địa phương"

FIGS = [
    fig("tăng hơn 16%", "16", 16, "percent", "%", approx="over",
        subject="xuất khẩu rèm, màn sáo", period=H7),
    fig("ước đạt 312 triệu", "312", 312e6, "money", "USD", status="estimate",
        change=chg("increase", 16.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu rèm cửa, màn sáo và mành các loại", period=M7),
    fig("rèm vải 198 triệu", "198", 198e6, "money", "USD", total=312e6, status="estimate",
        subject="kim ngạch xuất khẩu rèm vải", period=inh(M7)),
    fig("màn sáo 87 triệu", "87", 87e6, "money", "USD", total=312e6, status="estimate",
        subject="kim ngạch xuất khẩu rèm cuốn và màn sáo", period=inh(M7)),
    fig("trúc 27 triệu", "27", 27e6, "money", "USD", total=312e6, status="estimate",
        subject="kim ngạch xuất khẩu mành tre, trúc", period=inh(M7)),
    fig("đạt 141 triệu", "141", 141e6, "money", "USD", change=chg("increase", 21, "%", "quý I"),
        subject="kim ngạch xuất khẩu rèm, màn sáo", period=Q2),
    fig("với 38,5%", "38,5", 38.5, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu rèm, màn sáo", period=inh(M7)),
    fig("EU (21,3%)", "21,3", 21.3, "percent", "%",
        subject="tỷ trọng thị trường EU trong kim ngạch xuất khẩu rèm, màn sáo", period=inh(M7)),
    fig("Nhật Bản (12%)", "12", 12, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu rèm, màn sáo", period=inh(M7)),
    fig("Bình Dương (84 triệu", "84", 84e6, "money", "USD", subject=SUB_LIST, period=inh(M7), location="Bình Dương"),
    fig("Hưng Yên (41 triệu", "41", 41e6, "money", "USD", subject=SUB_LIST, period=inh(M7), location="Hưng Yên"),
    fig("Đồng Nai (36 triệu", "36", 36e6, "money", "USD", subject=SUB_LIST, period=inh(M7), location="Đồng Nai"),
    fig("khoảng 2.100 doanh nghiệp", "2.100", 2100, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp đặt rèm và màn sáo"),
    fig("hơn 85%", "85", 85, "percent", "%", approx="over",
        subject="tỷ lệ doanh nghiệp nhỏ và siêu nhỏ"),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", subject="xuất khẩu rèm vải"),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng rèm, màn sáo", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu vải", period=T30),
    fig("đạt 540-550", "540", 540e6, "money", "USD", value_max=550e6, status="forecast",
        subject="kim ngạch xuất khẩu rèm, màn sáo", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '14/08/2024 | 09:40 | Cục Xuất nhập khẩu', address and phone footer.",
    "Distractors: HS codes 'mã HS 6303 và 4601' (product codes), 09:40, '54 Hai Bà Trưng', 024.2220.2108, baselines 'quý I', 'năm 2023'.",
    "Headline '7 tháng tăng hơn 16%' is a growth rate as the claim (percent, over), period 7 months of 2024 (published year).",
    "'Trong đó' parts after a sentence break: total 312 triệu USD (they add up), estimate carried from the whole, period inherited.",
    "'Riêng quý II' takes 2024. Market shares 'với 38,5% kim ngạch', 'EU (21,3%)', 'Nhật Bản (12%)' have no amount: percent figures;",
    "foreign markets are not locations (Việt Nam). The 'lần lượt' list of provinces: each item's province is its location.",
    "'hơn 85% là doanh nghiệp nhỏ' is a percent figure of its own. Rank 'đứng thứ 6 thế giới' is Việt Nam's.",
    "'mục tiêu đến năm 2030' governs both clauses (target). 'dự báo cả năm 2024 ... 540-550 triệu USD' → forecast, range.",
]

if __name__ == "__main__":
    write("p1464-4", TEXT, NOTES, FIGS, published="2024-08-14", location="Việt Nam")
