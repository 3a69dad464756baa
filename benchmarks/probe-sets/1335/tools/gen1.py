"""p1335-1: province portal (Bắc Ninh): 9-month relic restoration, funding by source, relic counts, visitors."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Ninh: 9 tháng tu bổ 47 di tích

Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.126

Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng đầu năm 2024, toàn tỉnh đã tu bổ, tôn tạo 47 di tích với tổng kinh phí 186,5 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023. Trong đó, ngân sách nhà nước hỗ trợ 71,3 tỷ đồng; nguồn xã hội hóa từ các tổ chức, cá nhân và nhân dân công đức đạt 115,2 tỷ đồng, chiếm 61,8%.

Bắc Ninh hiện có 1.558 di tích lịch sử - văn hóa, trong đó 683 di tích đã được xếp hạng, gồm 4 di tích quốc gia đặc biệt, 196 di tích quốc gia và 483 di tích cấp tỉnh. Mật độ di tích của tỉnh đứng thứ 2 cả nước, sau Hà Nội.

Một số công trình tiêu biểu đã hoàn thành như tu bổ tòa Tam bảo chùa Phúc Lâm (huyện Gia Bình) với kinh phí 12,8 tỷ đồng; tu bổ đình làng Đông Xuyên (huyện Yên Phong) gần 9 tỷ đồng. Hiện còn 18 công trình đang thi công, dự kiến hoàn thành trong quý I/2025.

Cũng trong 9 tháng, các di tích trên địa bàn tỉnh đón khoảng 2,3 triệu lượt khách tham quan, hành hương, tăng 12,5% so với cùng kỳ; riêng chùa Dâu, chùa Bút Tháp và đền Đô đón hơn 640 nghìn lượt.

Năm 2025, tỉnh phấn đấu tu bổ ít nhất 60 di tích, ưu tiên các di tích cấp quốc gia đang xuống cấp; tổng nhu cầu vốn dự kiến khoảng 250 tỷ đồng.

Tin liên quan:
- Khai mạc Lễ hội Lim năm 2024
- Triển khai Nghị định số 166/2018/NĐ-CP về tu bổ di tích
"""

M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("9 tháng tu bổ 47 di tích", "47", 47, "count", "di tích", subject="di tích tu bổ", period=M9H),
    fig("tôn tạo 47 di tích", "47", 47, "count", "di tích", subject="di tích tu bổ, tôn tạo", period=M9),
    fig("kinh phí 186,5 tỷ", "186,5", 186.5e9, "money", "đồng",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="tổng kinh phí tu bổ, tôn tạo di tích", period=M9),
    fig("hỗ trợ 71,3 tỷ", "71,3", 71.3e9, "money", "đồng", total=186.5e9,
        subject="ngân sách nhà nước hỗ trợ", period=inh(M9)),
    fig("đạt 115,2 tỷ", "115,2", 115.2e9, "money", "đồng", total=186.5e9, percent=61.8,
        subject="nguồn xã hội hóa từ các tổ chức, cá nhân và nhân dân công đức", period=inh(M9)),
    fig("có 1.558 di tích", "1.558", 1558, "count", "di tích", subject="di tích lịch sử - văn hóa"),
    fig("683 di tích", "683", 683, "count", "di tích", total=1558, subject="di tích đã được xếp hạng"),
    fig("gồm 4 di tích", "4", 4, "count", "di tích", total=683, subject="di tích quốc gia đặc biệt"),
    fig("196 di tích", "196", 196, "count", "di tích", total=683, subject="di tích quốc gia"),
    fig("483 di tích", "483", 483, "count", "di tích", total=683, subject="di tích cấp tỉnh"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="mật độ di tích của tỉnh"),
    fig("kinh phí 12,8 tỷ", "12,8", 12.8e9, "money", "đồng",
        subject="kinh phí tu bổ tòa Tam bảo chùa Phúc Lâm", location="Gia Bình"),
    fig("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly",
        subject="kinh phí tu bổ đình làng Đông Xuyên", location="Yên Phong"),
    fig("còn 18 công trình", "18", 18, "count", "công trình", subject="công trình đang thi công"),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "lượt khách", approx="about",
        change=chg("increase", 12.5, "%", "cùng kỳ"),
        subject="lượt khách tham quan, hành hương các di tích trên địa bàn tỉnh", period=M9b),
    fig("hơn 640 nghìn", "640", 640e3, "count", "lượt", approx="over",
        subject="lượt khách chùa Dâu, chùa Bút Tháp và đền Đô đón", period=M9b),
    fig("ít nhất 60 di tích", "60", 60, "count", "di tích", approx="at_least", status="target",
        subject="di tích tu bổ", period=Y25),
    fig("khoảng 250 tỷ", "250", 250e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng nhu cầu vốn", period=Y25),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.126', related links.",
    "Headline '9 tháng' takes the year of published (2024). 'Trong đó' after a sentence break: 71,3 and 115,2 tỷ are parts of 186,5 tỷ.",
    "'683 ... gồm 4 ..., 196 ... và 483' add up to 683; 683 is part of 1.558 ('trong đó').",
    "'chùa Phúc Lâm (huyện Gia Bình)', 'đình làng Đông Xuyên (huyện Yên Phong)': the district is the location of that work's cost.",
    "'riêng chùa Dâu, ... hơn 640 nghìn lượt': 'riêng' is not a part-of cue in the spec, so no total; three sites in several districts: Bắc Ninh.",
    "'phấn đấu ... ít nhất 60' target; after ';' 'dự kiến khoảng 250 tỷ' has its own cue: forecast.",
    "Distractors: Lượt xem 3.126, dateline, 'quý I/2025', 'Lễ hội Lim năm 2024', 'Nghị định số 166/2018/NĐ-CP'.",
]

if __name__ == "__main__":
    write("p1335-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
