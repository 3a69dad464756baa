"""p1272-5: provincial newspaper (Báo Long An, tag '(BLA) -'): a husk-charcoal exporter in huyện Tân Thạnh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LONG AN ONLINE
Kinh tế | Thứ Hai, 23/09/2024 | 07:45

Than trấu Tân Thạnh vươn ra thị trường thế giới

(BLA) - Từ nguồn trấu dồi dào của vùng Đồng Tháp Mười, Công ty TNHH Than Xanh Mê Kông ở huyện Tân Thạnh mỗi tháng xuất khẩu hàng chục container than trấu sang Nhật Bản, Hàn Quốc và Trung Đông.

Nhà máy của công ty đặt tại xã Tân Bình, rộng khoảng 1,2 ha, vận hành 4 dây chuyền ép và 6 lò than hóa, sử dụng 58 lao động với mức lương bình quân 7,5 triệu đồng/người/tháng. Mỗi ngày, nhà máy tiêu thụ khoảng 45 tấn trấu, cho ra 15-16 tấn than trấu thành phẩm.

8 tháng đầu năm nay, công ty xuất khẩu gần 2.900 tấn than, trị giá khoảng 1,1 triệu USD, tăng 27% so với cùng kỳ. Giá xuất khẩu bình quân đạt 385 USD/tấn, cao hơn 20 USD/tấn so với năm 2023.

Ông Nguyễn Hoàng Phúc, Giám đốc công ty, cho biết than trấu ép có nhiệt lượng cao, ít khói, cháy liên tục 4-5 giờ nên được các nhà hàng đồ nướng ưa chuộng. "Năm nay chúng tôi dự kiến xuất khẩu khoảng 4.500 tấn, doanh thu trên 40 tỷ đồng", ông Phúc nói.

Theo Sở Công Thương, toàn tỉnh hiện có 11 doanh nghiệp sản xuất than trấu, than sinh học, trong đó 7 doanh nghiệp có sản phẩm xuất khẩu. Tỉnh phấn đấu đến năm 2025 giá trị xuất khẩu nhóm hàng này đạt ít nhất 15 triệu USD.

HOÀNG VY

Tin cùng chuyên mục:
- Long An: Nông dân Tân Hưng thu lãi từ cuộn rơm sau vụ Đông Xuân 2023-2024
- Cần Giuộc khánh thành cầu Rạch Dơi 2
"""

NN8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng chục container", "hàng chục", 10, "measure", "container/tháng", approx="over", optional=True,
        subject="than trấu công ty xuất khẩu mỗi tháng"),
    fig("khoảng 1,2 ha", "1,2", 1.2, "measure", "ha", approx="about", subject="diện tích nhà máy"),
    fig("vận hành 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền ép nhà máy vận hành"),
    fig("và 6 lò", "6", 6, "count", "lò", subject="lò than hóa nhà máy vận hành"),
    fig("sử dụng 58 lao động", "58", 58, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="mức lương bình quân"),
    fig("khoảng 45 tấn", "45", 45, "measure", "tấn/ngày", approx="about", subject="trấu nhà máy tiêu thụ mỗi ngày"),
    fig("ra 15-16 tấn", "15", 15, "measure", "tấn/ngày", value_max=16, subject="than trấu thành phẩm mỗi ngày"),
    fig("gần 2.900 tấn", "2.900", 2900, "measure", "tấn", approx="nearly", subject="than công ty xuất khẩu", period=NN8),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "USD", approx="about",
        change=chg("increase", 27, "%", "cùng kỳ"), subject="trị giá than xuất khẩu", period=NN8),
    fig("đạt 385 USD/tấn", "385", 385, "money", "USD/tấn",
        change=chg("increase", 20, "USD/tấn", "năm 2023"), subject="giá xuất khẩu bình quân", period=inh(NN8)),
    fig("tục 4-5 giờ", "4", 4, "measure", "giờ", value_max=5, subject="thời gian cháy của than trấu ép"),
    fig("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn", approx="about", status="forecast",
        subject="than công ty xuất khẩu", period=NN),
    fig("trên 40 tỷ", "40", 40e9, "money", "đồng", approx="over", status="forecast",
        subject="doanh thu của công ty", period=NN),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất than trấu, than sinh học", location="Long An"),
    fig("đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có sản phẩm xuất khẩu", location="Long An"),
    fig("ít nhất 15 triệu", "15", 15e6, "money", "USD", approx="at_least", status="target",
        subject="giá trị xuất khẩu nhóm hàng than trấu, than sinh học", period=TO25, location="Long An"),
]

NOTES = [
    "Provincial newspaper (Báo Long An online): section and 'Thứ Hai, 23/09/2024 | 07:45', tag '(BLA) -' opening the sapo, byline, related links.",
    "The company's figures are located in huyện Tân Thạnh (default); the province's figures (Sở Công Thương, 'toàn tỉnh', 'Tỉnh') → Long An.",
    "'mỗi tháng xuất khẩu hàng chục container' → optional: 'hàng chục' (tens) is a vague number word; if counted, value 10, approx over.",
    "Rates: 'Mỗi ngày ... khoảng 45 tấn', '15-16 tấn' → tấn/ngày; wage 'đồng/người/tháng'. Plant size, lines, kilns, workers: 'hiện', no period.",
    "'gần 2.900 tấn than, trị giá khoảng 1,1 triệu USD, tăng 27% so với cùng kỳ' → the change attaches to the value it follows (1,1 triệu USD).",
    "'8 tháng đầu năm nay' / 'Năm nay' take the year of published (2024). The price sentence inherits the 8 months (not scored).",
    "'cao hơn 20 USD/tấn so với năm 2023' → change in USD/tấn. The quote 'dự kiến xuất khẩu ..., doanh thu trên 40 tỷ đồng' → forecast, both.",
    "'11 doanh nghiệp ..., trong đó 7 doanh nghiệp' → total 11. 'phấn đấu đến năm 2025 ... ít nhất 15 triệu USD' → target, at_least.",
    "Distractors: '07:45', 'vụ Đông Xuân 2023-2024' and 'cầu Rạch Dơi 2' in link titles; trade partners are not places.",
]

if __name__ == "__main__":
    write("p1272-5", TEXT, NOTES, FIGS, published="2024-09-23", location="Tân Thạnh")
