"""p584-4: Báo Đồng Nai (Party newspaper) — rooftop solar in industrial parks, 9 months 2024."""
from lib import emit, fig, period, inh, change

TEXT = """BÁO ĐỒNG NAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG NAI
Kinh tế > Công nghiệp

Điện mặt trời mái nhà phủ kín hơn 380 MWp trong các khu công nghiệp

Tính đến cuối tháng 9/2024, các khu công nghiệp (KCN) trên địa bàn tỉnh có 412 doanh nghiệp lắp đặt điện mặt trời mái nhà, tổng công suất khoảng 385 MWp, tăng 46 MWp so với cuối năm 2023. Trong đó, 268 doanh nghiệp có vốn đầu tư nước ngoài.

Theo Ban Quản lý các KCN Đồng Nai (số 26, đường 2A, KCN Biên Hòa 2), 9 tháng năm 2024, các hệ thống này phát được hơn 352 triệu kWh điện, chiếm khoảng 4,1% tổng điện năng tiêu thụ của các KCN, qua đó giúp giảm phát thải ước khoảng 240.000 tấn CO2.

Xét theo địa bàn, huyện Nhơn Trạch dẫn đầu với 118,6 MWp, tiếp đến là TP Biên Hòa 74,2 MWp và huyện Long Thành 61,3 MWp. Riêng KCN Amata có 47,8 MWp, nhiều nhất trong 32 KCN đang hoạt động.

Tổng vốn đầu tư cho các hệ thống ước đạt 5.775 tỷ đồng, bình quân khoảng 15 tỷ đồng/MWp. Ông Trần Văn Hải, Giám đốc một doanh nghiệp dệt tại KCN Amata, cho biết hệ thống 2,5 MWp giúp công ty giảm khoảng 20% chi phí tiền điện mỗi tháng, thời gian hoàn vốn khoảng 6 năm.

Tuy vậy, nhiều doanh nghiệp vẫn chờ hướng dẫn cụ thể về cơ chế bán điện dư lên lưới. Theo kế hoạch, đến năm 2025 tỉnh phấn đấu 50% doanh nghiệp trong các KCN lắp đặt điện mặt trời mái nhà, tổng công suất đạt 500 MWp.

Hải Quân
28/10/2024
"""

ASOF = period("Tính đến cuối tháng 9/2024", end="2024-09-30")
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = period("đến năm 2025", end="2025-12-31")
CAP = "công suất điện mặt trời mái nhà"

FIGS = [
    fig("hơn 380 MWp", "380", 380, "measure", "MWp", "điện mặt trời mái nhà trong các khu công nghiệp", inh(ASOF),
        approx="over"),
    fig("có 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp", "doanh nghiệp lắp đặt điện mặt trời mái nhà", ASOF),
    fig("khoảng 385 MWp", "385", 385, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF, approx="about",
        change=change("increase", 46, "MWp", baseline="cuối năm 2023")),
    fig("268 doanh nghiệp", "268", 268, "count", "doanh nghiệp",
        "doanh nghiệp có vốn đầu tư nước ngoài lắp đặt điện mặt trời mái nhà", inh(ASOF), total=412),
    fig("hơn 352 triệu kWh", "352", 352e6, "measure", "kWh", "điện phát được từ các hệ thống điện mặt trời mái nhà", M9,
        approx="over", percent=4.1),
    fig("khoảng 240.000 tấn", "240.000", 240000, "measure", "tấn CO2", "lượng phát thải giảm được", M9, approx="about",
        status="estimate"),
    fig("với 118,6 MWp", "118,6", 118.6, "measure", "MWp", CAP, inh(ASOF), location="Nhơn Trạch"),
    fig("Biên Hòa 74,2 MWp", "74,2", 74.2, "measure", "MWp", CAP, inh(ASOF), location="Biên Hòa"),
    fig("Long Thành 61,3 MWp", "61,3", 61.3, "measure", "MWp", CAP, inh(ASOF), location="Long Thành"),
    fig("có 47,8 MWp", "47,8", 47.8, "measure", "MWp", "công suất điện mặt trời mái nhà KCN Amata", inh(ASOF)),
    fig("trong 32 KCN", "32", 32, "count", "KCN", "KCN đang hoạt động"),
    fig("ước đạt 5.775 tỷ đồng", "5.775", 5775e9, "money", "đồng", "tổng vốn đầu tư cho các hệ thống điện mặt trời mái nhà",
        status="estimate"),
    fig("khoảng 15 tỷ đồng/MWp", "15", 15e9, "money", "đồng/MWp", "vốn đầu tư bình quân", approx="about",
        status="estimate"),
    fig("hệ thống 2,5 MWp", "2,5", 2.5, "measure", "MWp", "công suất hệ thống điện mặt trời của doanh nghiệp dệt"),
    fig("khoảng 20%", "20", 20, "percent", "%", "chi phí tiền điện giảm", approx="about"),
    fig("khoảng 6 năm", "6", 6, "measure", "năm", "thời gian hoàn vốn", approx="about"),
    fig("phấn đấu 50%", "50", 50, "percent", "%", "doanh nghiệp trong các KCN lắp đặt điện mặt trời mái nhà", T25,
        status="target"),
    fig("đạt 500 MWp", "500", 500, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", T25, status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper), byline 'Hải Quân' + bare date 28/10/2024 at the end: rooftop solar in industrial parks.",
    "Distractors: 'số 26, đường 2A, KCN Biên Hòa 2' (address, park name), 'KCN Amata', dates, CO2.",
    "'Trong đó, 268 doanh nghiệp' follows 385 MWp/46 MWp but counts firms: its whole is 412 doanh nghiệp. Districts in the list",
    "(huyện Nhơn Trạch, TP Biên Hòa, huyện Long Thành) are locations; an industrial park is not an administrative place (KCN Amata -> Đồng Nai).",
    "'giúp giảm phát thải ước khoảng 240.000 tấn CO2' is its own figure (not a change of the kWh figure). Payback 'khoảng 6 năm' is a measure.",
]

if __name__ == "__main__":
    emit("p584-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Đồng Nai")
