"""p1535-4: ministry site (Bộ Công Thương): national office-supply market 2023, imports, exports, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường văn phòng phẩm năm 2023: hàng Việt chiếm khoảng 70% thị phần

18/01/2024 | 14:10 | Vụ Thị trường trong nước

Theo số liệu tổng hợp của Bộ Công Thương, năm 2023 quy mô thị trường văn phòng phẩm cả nước ước đạt khoảng 1,9 tỷ USD, tăng 5,5% so với năm 2022. Hàng sản xuất trong nước chiếm khoảng 70% thị phần, tăng 2 điểm phần trăm so với năm 2021. Riêng dụng cụ dập ghim, gần 75% lượng tiêu thụ vẫn là hàng nhập khẩu.

Cả nước hiện có khoảng 1.200 doanh nghiệp sản xuất, kinh doanh văn phòng phẩm, trong đó hơn 300 doanh nghiệp sản xuất. Mức chi tiêu cho văn phòng phẩm bình quân khoảng 19 USD/người/năm.

Năm 2023, kim ngạch nhập khẩu văn phòng phẩm đạt 412 triệu USD, giảm 3,8% so với năm 2022; trong đó nhập khẩu từ Trung Quốc chiếm 64%. Xuất khẩu đạt 538 triệu USD, tăng 9,2%; trong đó dụng cụ dập ghim, ghim bấm và kẹp giấy đạt 46 triệu USD. Kim ngạch xuất khẩu văn phòng phẩm sang Hoa Kỳ đạt 142 triệu USD, Nhật Bản 96 triệu USD và Hàn Quốc 58 triệu USD. Việt Nam hiện đứng thứ 3 Đông Nam Á về xuất khẩu văn phòng phẩm.

Theo Quyết định số 1647/QĐ-BCT, mục tiêu đến năm 2030, hàng văn phòng phẩm sản xuất trong nước đáp ứng 85% nhu cầu thị trường nội địa, kim ngạch xuất khẩu đạt từ 1 đến 1,2 tỷ USD.

Bài viết liên quan:
- Hội nghị giao ban xúc tiến thương mại quý IV/2023
- Chương trình đưa hàng Việt về nông thôn năm 2024

BỘ CÔNG THƯƠNG - Điện thoại: 024.22202222 - Email: bbt@moit.gov.vn
"""

HEAD = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("chiếm khoảng 70% thị phần\n", "70", 70, "percent", "%", approx="about",
        subject="thị phần của hàng Việt", period=HEAD),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "USD", approx="about", status="estimate",
        change=chg("increase", 5.5, "%", "năm 2022"), subject="quy mô thị trường văn phòng phẩm", period=Y23),
    fig("chiếm khoảng 70% thị phần,", "70", 70, "percent", "%", approx="about",
        change=chg("increase", 2, "điểm phần trăm", "năm 2021"),
        subject="thị phần của hàng sản xuất trong nước", period=inh(Y23)),
    fig("gần 75%", "75", 75, "percent", "%", approx="nearly",
        subject="tỷ lệ hàng nhập khẩu trong lượng tiêu thụ dụng cụ dập ghim", period=inh(Y23)),
    fig("khoảng 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, kinh doanh văn phòng phẩm"),
    fig("hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="over", total=1200,
        subject="doanh nghiệp sản xuất văn phòng phẩm"),
    fig("khoảng 19 USD", "19", 19, "money", "USD/người/năm", approx="about",
        subject="mức chi tiêu cho văn phòng phẩm bình quân"),
    fig("đạt 412 triệu", "412", 412e6, "money", "USD", change=chg("decrease", 3.8, "%", "năm 2022"),
        subject="kim ngạch nhập khẩu văn phòng phẩm", period=Y23b),
    fig("chiếm 64%", "64", 64, "percent", "%",
        subject="tỷ trọng nhập khẩu từ Trung Quốc trong kim ngạch nhập khẩu văn phòng phẩm", period=Y23b),
    fig("đạt 538 triệu", "538", 538e6, "money", "USD", change=chg("increase", 9.2, "%"),
        subject="xuất khẩu văn phòng phẩm", period=inh(Y23b)),
    fig("đạt 46 triệu", "46", 46e6, "money", "USD", total=538e6,
        subject="xuất khẩu dụng cụ dập ghim, ghim bấm và kẹp giấy", period=inh(Y23b)),
    fig("đạt 142 triệu", "142", 142e6, "money", "USD",
        subject="kim ngạch xuất khẩu văn phòng phẩm sang Hoa Kỳ", period=inh(Y23b)),
    fig("Nhật Bản 96 triệu", "96", 96e6, "money", "USD",
        subject="kim ngạch xuất khẩu văn phòng phẩm sang Nhật Bản", period=inh(Y23b)),
    fig("Hàn Quốc 58 triệu", "58", 58e6, "money", "USD",
        subject="kim ngạch xuất khẩu văn phòng phẩm sang Hàn Quốc", period=inh(Y23b)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu văn phòng phẩm"),
    fig("đáp ứng 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ nhu cầu thị trường nội địa được hàng văn phòng phẩm sản xuất trong nước đáp ứng",
        period=TO30),
    fig("từ 1 đến 1,2 tỷ", "1", 1e9, "money", "USD", value_max=1.2e9, status="target",
        subject="kim ngạch xuất khẩu văn phòng phẩm", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '18/01/2024 | 14:10 | Vụ Thị trường trong nước', related links, footer with phone and e-mail.",
    "Distractors: 14:10, Quyết định số 1647/QĐ-BCT, 'quý IV/2023' and 'năm 2024' in links, phone 024.22202222; baselines năm 2022, năm 2021.",
    "National figures: location Việt Nam throughout. Trading partners (Trung Quốc, Hoa Kỳ, Nhật Bản, Hàn Quốc) go to the subject, not location.",
    "Headline percent takes 'năm 2023' from the headline. 'ước đạt khoảng' → estimate + about. 'tăng 2 điểm phần trăm so với năm 2021' is the",
    "change of the 70% share (unit 'điểm phần trăm'). 'trong đó nhập khẩu từ Trung Quốc chiếm 64%' is a percent figure of its own (a part with no amount).",
    "'trong đó dụng cụ dập ghim ... đạt 46 triệu USD' → total 538 triệu USD. The market list has no cue (no total); subject = list indicator + market.",
    "'mục tiêu đến năm 2030' governs both clauses (target), period start null, end 2030-12-31; 'từ 1 đến 1,2 tỷ USD' → value 1e9, value_max 1.2e9.",
]

if __name__ == "__main__":
    write("p1535-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
