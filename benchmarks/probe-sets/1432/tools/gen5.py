"""p1432-5: Party newspaper (Báo Nghệ An, tag '(BNA) -'): stevia on river banks in huyện Hưng Nguyên."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO NGHỆ AN
Thời sự | Kinh tế | Nông nghiệp | Xã hội

Làm giàu từ cây cỏ ngọt trên đất bãi ven sông Lam

Thứ Hai, 12/08/2024 - 07:30

(BNA) - Từ 2 sào trồng thử năm 2016, đến nay xã Hưng Lĩnh (huyện Hưng Nguyên) đã có vùng cỏ ngọt hơn 40 ha, cho thu nhập cao gấp 3 lần trồng ngô, lạc.

Ông Phan Đình Hợi ở xóm 5 là người đầu tiên đưa cây cỏ ngọt về xã. Hiện gia đình ông có 1,2 ha, mỗi năm thu hoạch 7 lứa, sản lượng khoảng 5 tấn lá khô. "Với giá bán 36.000 đồng/kg, trừ chi phí, gia đình tôi lãi hơn 120 triệu đồng mỗi năm", ông Hợi chia sẻ.

Năm 2019, xã thành lập Hợp tác xã Cỏ ngọt Hưng Lĩnh với 32 thành viên. Đến nay HTX có 115 hộ tham gia, diện tích 43,6 ha, chiếm gần 30% diện tích đất bãi của xã. Năm 2023, HTX tiêu thụ 198 tấn lá khô, doanh thu 7,1 tỷ đồng, tăng 18% so với năm 2022; bình quân mỗi ha cho thu nhập 160-170 triệu đồng. Năm nay, HTX dự kiến tiêu thụ khoảng 220 tấn, trong đó 150 tấn theo hợp đồng với Công ty CP Dược liệu Bông Sen.

Theo ông Lê Văn Tâm, Phó Chủ tịch UBND huyện Hưng Nguyên, toàn huyện hiện có 78 ha cỏ ngọt ở 5 xã. Huyện đặt mục tiêu đến năm 2026 mở rộng diện tích lên 120 ha. Hộ trồng mới được hỗ trợ 50% chi phí giống, tối đa 15 triệu đồng/ha.

THANH HUYỀN

Bài liên quan:
- Hưng Nguyên ra mắt mô hình sản xuất rau an toàn
- Nghệ An: Hội nghị triển khai sản xuất vụ Hè Thu 2024
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("Từ 2 sào", "2", 2, "measure", "sào", subject="diện tích trồng thử", period=Y16),
    fig("hơn 40 ha", "40", 40, "measure", "ha", approx="over",
        subject="vùng cỏ ngọt của xã Hưng Lĩnh"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="thu nhập so với trồng ngô, lạc"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha",
        subject="diện tích cỏ ngọt của gia đình ông Hợi"),
    fig("thu hoạch 7 lứa", "7", 7, "measure", "lứa/năm",
        subject="lứa thu hoạch"),
    fig("khoảng 5 tấn", "5", 5, "measure", "tấn/năm", approx="about",
        subject="sản lượng lá khô"),
    fig("bán 36.000 đồng/kg", "36.000", 36000, "money", "đồng/kg",
        subject="giá bán"),
    fig("hơn 120 triệu", "120", 120e6, "money", "đồng/năm", approx="over",
        subject="lãi của gia đình"),
    fig("với 32 thành viên", "32", 32, "count", "thành viên",
        subject="thành viên Hợp tác xã Cỏ ngọt Hưng Lĩnh khi thành lập", period=Y19),
    fig("có 115 hộ", "115", 115, "count", "hộ", subject="hộ tham gia HTX"),
    fig("diện tích 43,6 ha", "43,6", 43.6, "measure", "ha", percent=30,
        subject="diện tích của HTX"),
    fig("tiêu thụ 198 tấn", "198", 198, "measure", "tấn",
        subject="lá khô HTX tiêu thụ", period=Y23),
    fig("doanh thu 7,1 tỷ", "7,1", 7.1e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2022"), subject="doanh thu", period=Y23),
    fig("thu nhập 160-170 triệu", "160", 160e6, "money", "đồng/ha", value_max=170e6,
        subject="thu nhập bình quân mỗi ha", period=Y23),
    fig("khoảng 220 tấn", "220", 220, "measure", "tấn", approx="about", status="forecast",
        subject="lá khô HTX tiêu thụ", period=NOW),
    fig("trong đó 150 tấn", "150", 150, "measure", "tấn", total=220, status="forecast",
        subject="sản lượng tiêu thụ theo hợp đồng", period=NOW),
    fig("có 78 ha", "78", 78, "measure", "ha", subject="diện tích cỏ ngọt toàn huyện"),
    fig("ở 5 xã", "5", 5, "count", "xã", subject="xã trồng cỏ ngọt"),
    fig("lên 120 ha", "120", 120, "measure", "ha", status="target",
        subject="diện tích cỏ ngọt", period=T26),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="chi phí giống được hỗ trợ cho hộ trồng mới"),
    fig("tối đa 15 triệu", "15", 15e6, "money", "đồng/ha", approx="at_most",
        subject="mức hỗ trợ chi phí giống"),
]

NOTES = [
    "revised after the first run: subjects of sentences that write 'HTX' now say 'HTX', not the expanded 'hợp tác xã'",
    "(FIGURES.md: the subject is the indicator as the sentence names it); applied to every such figure.",
    "Party newspaper (Báo Nghệ An): menu, headline, 'Thứ Hai, 12/08/2024 - 07:30', sapo with tag '(BNA) -', byline, related links.",
    "Distractors: 07:30, 'xóm 5' (a hamlet name), 'vụ Hè Thu 2024' in a link, years 2016/2019 as dates.",
    "All figures lie in huyện Hưng Nguyên (xã Hưng Lĩnh is a commune): default location Hưng Nguyên.",
    "'Từ 2 sào trồng thử năm 2016' → period 2016; 'đến nay', 'Hiện' give no period. 'cao gấp 3 lần trồng ngô, lạc' in the sapo stands",
    "alone (no base amount) → multiple. 'mỗi năm thu hoạch 7 lứa, sản lượng khoảng 5 tấn' → rates lứa/năm, tấn/năm; 'lãi hơn 120",
    "triệu đồng mỗi năm' (in a quote) → đồng/năm. 'chiếm gần 30%' after 43,6 ha → percent attribute (its approx is not recorded).",
    "'Năm nay' = 2024 (published), not the nearest earlier 'năm 2022'; 'dự kiến' governs the 'trong đó' part too (forecast, total 220).",
    "'Hộ trồng mới được hỗ trợ 50% chi phí giống, tối đa 15 triệu đồng/ha' is a standing policy: actual, no period; 'tối đa' → at_most.",
]

if __name__ == "__main__":
    write("p1432-5", TEXT, NOTES, FIGS, published="2024-08-12", location="Hưng Nguyên")
