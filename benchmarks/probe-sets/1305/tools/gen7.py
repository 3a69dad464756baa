"""p1305-7: news agency (TTXVN): làng hoa Nghĩa Hiệp, huyện Tư Nghĩa, Quảng Ngãi."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh tế | Nông nghiệp
26/12/2024 09:32 GMT+7

Quảng Ngãi: Làng hoa Nghĩa Hiệp tăng sản lượng cúc vạn thọ

Quảng Ngãi (TTXVN) - Những ngày này, khoảng 170 hộ dân làng hoa Nghĩa Hiệp, huyện Tư Nghĩa đang tất bật chăm sóc hơn 600.000 chậu hoa các loại để kịp xuất bán dịp Tết Nguyên đán Ất Tỵ.

Theo UBND xã Nghĩa Hiệp, năm 2024 diện tích trồng hoa của xã đạt 32 ha, tăng 2 ha so với năm 2023; trong đó, cúc vạn thọ 14 ha, cúc mâm xôi 9 ha, còn lại là vạn thọ Pháp, hoa ly, hoa hồng. Vụ Tết này, sản lượng cúc vạn thọ ước đạt 280.000 chậu, tăng khoảng 15% so với vụ Tết trước.

Ông Võ Minh Trí (thôn Hải Môn) cho biết gia đình ông trồng 4 sào hoa, gồm 5.000 chậu cúc vạn thọ và 2.000 chậu cúc mâm xôi. Với giá bán tại vườn từ 30.000 đến 45.000 đồng/chậu, sau khi trừ chi phí, mỗi vụ gia đình ông lãi từ 80 đến 100 triệu đồng.

Ông Nguyễn Đức Hòa, Chủ tịch UBND xã Nghĩa Hiệp, cho biết thu nhập từ trồng hoa chiếm khoảng 45% tổng thu nhập của người dân trong xã. Năm 2025, xã phấn đấu nâng diện tích hoa lên 35 ha; đồng thời dự kiến tổ chức hai phiên chợ hoa xuân tại trung tâm xã.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Ngãi, 9 tháng đầu năm 2024, giá trị sản xuất hoa, cây cảnh toàn tỉnh đạt 156 tỷ đồng, bằng 78% kế hoạch năm; toàn tỉnh hiện có gần 260 ha hoa, tập trung tại TP Quảng Ngãi, huyện Tư Nghĩa và thị xã Đức Phổ.

Phạm Cường (TTXVN)

Tin liên quan:
- Quảng Ngãi khai mạc Hội chợ Xuân Ất Tỵ tại Quảng trường 14/3
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TN = "Tư Nghĩa"

FIGS = [
    fig("khoảng 170 hộ", "170", 170, "count", "hộ", approx="about", subject="hộ dân làng hoa Nghĩa Hiệp"),
    fig("hơn 600.000 chậu", "600.000", 600000, "count", "chậu", approx="over",
        subject="chậu hoa các loại hộ dân chăm sóc"),
    fig("đạt 32 ha", "32", 32, "measure", "ha", change=chg("increase", 2, "ha", "năm 2023"),
        subject="diện tích trồng hoa của xã", period=Y24),
    fig("cúc vạn thọ 14 ha", "14", 14, "measure", "ha", total=32, subject="diện tích cúc vạn thọ", period=Y24),
    fig("cúc mâm xôi 9 ha", "9", 9, "measure", "ha", total=32, subject="diện tích cúc mâm xôi", period=Y24),
    fig("ước đạt 280.000 chậu", "280.000", 280000, "count", "chậu", status="estimate",
        change=chg("increase", 15, "%", "vụ Tết trước", approx="about"), subject="sản lượng cúc vạn thọ"),
    fig("trồng 4 sào", "4", 4, "measure", "sào", subject="diện tích hoa gia đình ông Trí trồng"),
    fig("gồm 5.000 chậu", "5.000", 5000, "count", "chậu", subject="chậu cúc vạn thọ gia đình ông Trí trồng"),
    fig("và 2.000 chậu", "2.000", 2000, "count", "chậu", subject="chậu cúc mâm xôi gia đình ông Trí trồng"),
    fig("từ 30.000 đến 45.000", "30.000", 30000, "money", "đồng/chậu", value_max=45000,
        subject="giá bán hoa tại vườn"),
    fig("từ 80 đến 100 triệu", "80", 80e6, "money", "đồng/vụ", value_max=100e6,
        subject="tiền lãi mỗi vụ của gia đình ông Trí"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="thu nhập từ trồng hoa trong tổng thu nhập của người dân trong xã"),
    fig("lên 35 ha", "35", 35, "measure", "ha", status="target", subject="diện tích hoa", period=Y25),
    fig("hai phiên", "hai", 2, "count", "phiên chợ", status="forecast", subject="phiên chợ hoa xuân",
        period=Y25),
    fig("đạt 156 tỷ", "156", 156e9, "money", "đồng", percent=78,
        subject="giá trị sản xuất hoa, cây cảnh toàn tỉnh", period=M9, location="Quảng Ngãi"),
    fig("gần 260 ha", "260", 260, "measure", "ha", approx="nearly", subject="diện tích hoa toàn tỉnh",
        location="Quảng Ngãi"),
]

NOTES = [
    "News agency (TTXVN): section path, '26/12/2024 09:32 GMT+7', headline, 'Quảng Ngãi (TTXVN) -', byline, related link.",
    "Distractors: 09:32, 'Quảng trường 14/3' (a name), 'thôn Hải Môn', Tết Ất Tỵ, 'vạn' in 'cúc vạn thọ' / 'vạn thọ Pháp'.",
    "The village figures are in huyện Tư Nghĩa (default location); the province's figures (last paragraph) → Quảng Ngãi.",
    "'năm 2024 ... 32 ha ...; trong đó, cúc vạn thọ 14 ha, cúc mâm xôi 9 ha' → total 32, period stated in the sentence.",
    "'Vụ Tết này' / 'vụ Tết trước' are no spec periods: none for 280.000 chậu (estimate; change +15% about).",
    "'4 sào hoa, gồm 5.000 chậu ... và 2.000 chậu': the parts count pots, not area, so no total.",
    "'mỗi vụ ... lãi từ 80 đến 100 triệu đồng' → rate đồng/vụ. 'Năm 2025, xã phấn đấu ...; đồng thời dự kiến ...' → target, then forecast.",
    "'9 tháng đầu năm 2024 ... 156 tỷ đồng, bằng 78% kế hoạch năm' → percent 78; 'hiện có gần 260 ha' has no period.",
]

if __name__ == "__main__":
    write("p1305-7", TEXT, NOTES, FIGS, published="2024-12-26", location=TN)
