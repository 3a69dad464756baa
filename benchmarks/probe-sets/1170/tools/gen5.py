"""p1170-5: Party newspaper (Báo Gia Lai style), certificates for ethnic minority households in huyện Chư Prông."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Chư Prông: Sổ đỏ giúp đồng bào yên tâm sản xuất

Những năm gần đây, huyện Chư Prông tập trung đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho đồng bào dân tộc thiểu số. Từ năm 2021 đến nay, huyện đã cấp 6.742 giấy chứng nhận với diện tích hơn 9.300 ha, trong đó 4.915 giấy cấp cho hộ đồng bào Jrai.

Trong số 186 hộ ở làng Ia Ring (xã Ia Phìn), đã có 171 hộ được cấp giấy. Gia đình ông Rơ Châm Hlơn có hai sổ đỏ với tổng diện tích 2,3 ha trồng cà phê và hồ tiêu. Năm 2023, nhờ thế chấp sổ đỏ, ông vay được 300 triệu đồng từ Ngân hàng Chính sách xã hội để mua giống, lắp hệ thống tưới; thu nhập của gia đình đạt khoảng 450 triệu đồng, gấp đôi năm 2020.

"Có sổ đỏ rồi, mình mới dám đầu tư lâu dài", ông Hlơn nói.

Ông Nguyễn Văn Thắng, Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Chư Prông, cho biết diện tích đất có nguồn gốc từ nông, lâm trường bàn giao về địa phương còn khoảng 1.250 ha chưa được cấp giấy. Kinh phí đo đạc bình quân từ 1,5 đến 2 triệu đồng/ha, do ngân sách tỉnh hỗ trợ 100%.

Năm 2024, huyện phấn đấu cấp thêm 1.200 giấy chứng nhận, trong đó ưu tiên 8 xã đặc biệt khó khăn dọc Quốc lộ 19 và tỉnh lộ 665. Huyện dự kiến đến năm 2025, tỷ lệ hộ đồng bào dân tộc thiểu số được cấp giấy đạt 95%.

HOÀNG NGỌC
12/04/2024
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-04-12")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("cấp 6.742 giấy", "6.742", 6742, "count", "giấy chứng nhận",
        subject="giấy chứng nhận quyền sử dụng đất cấp cho đồng bào dân tộc thiểu số", period=SINCE),
    fig("hơn 9.300 ha", "9.300", 9300, "measure", "ha", approx="over",
        subject="diện tích cấp giấy chứng nhận", period=SINCE),
    fig("4.915 giấy", "4.915", 4915, "count", "giấy", total=6742,
        subject="giấy chứng nhận cấp cho hộ đồng bào Jrai", period=SINCE),
    fig("Trong số 186 hộ", "186", 186, "count", "hộ", subject="hộ ở làng Ia Ring", optional=True),
    fig("có 171 hộ", "171", 171, "count", "hộ", total=186,
        subject="hộ làng Ia Ring được cấp giấy"),
    fig("hai sổ đỏ", "hai", 2, "count", "sổ đỏ", subject="sổ đỏ của gia đình ông Rơ Châm Hlơn"),
    fig("2,3 ha", "2,3", 2.3, "measure", "ha",
        subject="diện tích trồng cà phê và hồ tiêu của gia đình ông Rơ Châm Hlơn"),
    fig("vay được 300 triệu", "300", 300e6, "money", "đồng",
        subject="vốn vay Ngân hàng Chính sách xã hội nhờ thế chấp sổ đỏ", period=Y23),
    fig("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about",
        change=chg("increase", 2, "lần", "năm 2020"),
        subject="thu nhập của gia đình", period=Y23),
    fig("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", approx="about",
        subject="diện tích đất nông, lâm trường bàn giao về địa phương chưa được cấp giấy"),
    fig("từ 1,5 đến 2 triệu", "1,5", 1.5e6, "money", "đồng/ha", value_max=2e6,
        subject="kinh phí đo đạc bình quân"),
    fig("hỗ trợ 100%", "100", 100, "percent", "%",
        subject="kinh phí đo đạc do ngân sách tỉnh hỗ trợ"),
    fig("thêm 1.200 giấy", "1.200", 1200, "count", "giấy chứng nhận", status="target",
        subject="giấy chứng nhận cấp thêm", period=Y24),
    fig("ưu tiên 8 xã", "8", 8, "count", "xã", status="target",
        subject="xã đặc biệt khó khăn được ưu tiên cấp giấy", period=Y24),
    fig("đạt 95%", "95", 95, "percent", "%", status="forecast",
        subject="tỷ lệ hộ đồng bào dân tộc thiểu số được cấp giấy", period=BY25),
]

NOTES = [
    "Party newspaper style (Báo Gia Lai): no tag, byline 'HOÀNG NGỌC' and bare date '12/04/2024' at the end (published).",
    "The article names only huyện Chư Prông (never Gia Lai): default location Chư Prông; làng Ia Ring / xã Ia Phìn lie in it.",
    "Distractors: Quốc lộ 19, tỉnh lộ 665, names. 'Từ năm 2021 đến nay' ends at the published date.",
    "'Trong số 186 hộ ..., đã có 171 hộ' gives 171 total 186; 186 itself optional (a whole named only as the base).",
    "'gấp đôi năm 2020' after 450 triệu = change increase 2 lần. 'do ngân sách tỉnh hỗ trợ 100%' is a percent figure.",
    "'trong đó ưu tiên 8 xã' continues the 'phấn đấu' clause (target); xã ≠ giấy, so no total.",
]

if __name__ == "__main__":
    write("p1170-5", TEXT, NOTES, FIGS, published="2024-04-12", location="Chư Prông")
