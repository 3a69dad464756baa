"""p1256-5: provincial newspaper (Báo Cà Mau, CMO): lifejackets for fishermen in U Minh; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Thời sự | Kinh tế | Quốc phòng - An ninh | Xã hội

Thứ Sáu, 21/03/2025 - 10:15

Trao áo phao, phao cứu sinh cho ngư dân U Minh

Đồn Biên phòng Khánh Hội vừa trao tặng 500 áo phao cho ngư dân huyện U Minh. Toàn tỉnh hiện có hơn 92% tàu cá trang bị đủ phao cứu sinh.

(CMO) - Sáng 21/3, tại xã Khánh Hội, huyện U Minh, Đồn Biên phòng Khánh Hội phối hợp Công ty TNHH Thủy sản Minh Phát trao 500 áo phao và 50 phao tròn cho ngư dân có hoàn cảnh khó khăn, tổng trị giá khoảng 160 triệu đồng.

Theo Chi cục Thủy sản tỉnh, tính đến ngày 28/2/2025, toàn tỉnh có 4.127 tàu cá đăng ký, trong đó 3.802 tàu đã trang bị đủ áo phao, phao tròn theo quy định, đạt 92,1%. Năm 2024, các lực lượng đã tìm kiếm, cứu nạn thành công 16 vụ với 21 phương tiện, cứu 118 ngư dân; tuy nhiên vẫn còn 7 ngư dân mất tích trên biển.

Thiếu tá Nguyễn Hoàng Phúc, Đồn trưởng Đồn Biên phòng Khánh Hội, cho biết năm 2024 đơn vị tổ chức 4 đợt tuyên truyền cho khoảng 2.000 lượt ngư dân, vận động trao tặng 2.350 áo phao, vượt 17,5% kế hoạch. "Chiếc áo phao giá chỉ hơn 150 nghìn đồng nhưng có thể cứu sống một con người", Thiếu tá Phúc nói.

Năm 2025, tỉnh Cà Mau phấn đấu 100% tàu cá hoạt động xa bờ được trang bị đủ trang thiết bị an toàn, hỗ trợ khoảng 1.500 áo phao cho ngư dân nghèo với kinh phí từ 250 đến 300 triệu đồng.

HOÀNG VŨ
"""

DAY = per("Sáng 21/3", "2025-03-21", "2025-03-21")
ASOF = per("tính đến ngày 28/2/2025", None, "2025-02-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
UM = "U Minh"

FIGS = [
    fig("vừa trao tặng 500 áo phao", "500", 500, "count", "áo phao",
        subject="áo phao Đồn Biên phòng Khánh Hội trao tặng ngư dân", location=UM),
    fig("hơn 92%", "92", 92, "percent", "%", approx="over", subject="tàu cá trang bị đủ phao cứu sinh"),
    fig("Minh Phát trao 500 áo phao", "500", 500, "count", "áo phao",
        subject="áo phao trao cho ngư dân có hoàn cảnh khó khăn", period=DAY, location=UM),
    fig("50 phao tròn", "50", 50, "count", "phao tròn",
        subject="phao tròn trao cho ngư dân có hoàn cảnh khó khăn", period=DAY, location=UM),
    fig("khoảng 160 triệu", "160", 160e6, "money", "đồng", approx="about",
        subject="tổng trị giá áo phao, phao tròn trao tặng", period=DAY, location=UM),
    fig("có 4.127 tàu", "4.127", 4127, "count", "tàu cá", subject="tàu cá đăng ký", period=ASOF),
    fig("3.802 tàu", "3.802", 3802, "count", "tàu", total=4127, percent=92.1,
        subject="tàu đã trang bị đủ áo phao, phao tròn theo quy định", period=ASOF),
    fig("thành công 16 vụ", "16", 16, "count", "vụ", subject="vụ tìm kiếm, cứu nạn thành công", period=Y24),
    fig("với 21 phương tiện", "21", 21, "count", "phương tiện",
        subject="phương tiện được tìm kiếm, cứu nạn", period=Y24),
    fig("cứu 118 ngư dân", "118", 118, "count", "ngư dân", subject="ngư dân được cứu", period=Y24),
    fig("còn 7 ngư dân", "7", 7, "count", "ngư dân", subject="ngư dân mất tích trên biển", period=Y24),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", subject="đợt tuyên truyền đơn vị tổ chức",
        period=Y24b, location=UM),
    fig("khoảng 2.000 lượt", "2.000", 2000, "count", "lượt ngư dân", approx="about",
        subject="lượt ngư dân được tuyên truyền", period=Y24b, location=UM),
    fig("tặng 2.350 áo phao", "2.350", 2350, "count", "áo phao",
        change=chg("increase", 17.5, "%", "kế hoạch"),
        subject="áo phao đơn vị vận động trao tặng", period=Y24b, location=UM),
    fig("hơn 150 nghìn", "150", 150000, "money", "đồng", approx="over",
        subject="giá chiếc áo phao", location=UM),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tàu cá hoạt động xa bờ được trang bị đủ trang thiết bị an toàn", period=Y25),
    fig("khoảng 1.500 áo phao", "1.500", 1500, "count", "áo phao", approx="about", status="target",
        subject="áo phao hỗ trợ cho ngư dân nghèo", period=Y25),
    fig("từ 250 đến 300 triệu", "250", 250e6, "money", "đồng", value_max=300e6, status="target",
        subject="kinh phí hỗ trợ áo phao cho ngư dân nghèo", period=Y25),
]

NOTES = [
    "Provincial newspaper (Báo Cà Mau): menu, 'Thứ Sáu, 21/03/2025 - 10:15', sapo, tag '(CMO) -', byline at the end.",
    "Distractors: 10:15, 'Sáng 21/3' (a day, used as period), 'ngày 28/2/2025' (as-of), 'cứu sống một con người' (idiom, not a count).",
    "Sapo figures are figures of their own ('500 áo phao' U Minh; 'hơn 92%' province, no period).",
    "The border post of Khánh Hội (huyện U Minh) and its officer's figures: location U Minh; province figures: Cà Mau.",
    "'3.802 tàu ... đạt 92,1%' → total 4.127, percent 92,1. 'vượt 17,5% kế hoạch' → change with baseline kế hoạch.",
    "'phấn đấu' governs the continuing clauses (1.500 áo phao, kinh phí 250-300 triệu: target); the range applies 'triệu' to both ends.",
]

if __name__ == "__main__":
    write("p1256-5", TEXT, NOTES, FIGS, published="2025-03-21", location="Cà Mau")
