"""p1329-4: provincial Party newspaper (Báo Kiên Giang): fragrant paddy fetches high prices in Hòn Đất."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Thứ Hai, 18/11/2024 | 07:45

Lúa thơm được giá, thương lái tranh mua

Giá lúa thơm ST24, ST25 tại huyện Hòn Đất đang ở mức cao, từ 9.200 đến 9.500 đồng/kg, giúp nông dân lãi hơn 35 triệu đồng/ha.

(BKG) - Những ngày giữa tháng 11, trên các cánh đồng xã Mỹ Thái, Sơn Kiên, huyện Hòn Đất, hơn ba chục ghe thương lái đậu chờ sẵn để thu mua lúa Thu Đông. Theo Phòng Nông nghiệp và PTNT huyện, vụ Thu Đông 2024 toàn huyện xuống giống 28.700 ha, đến nay đã thu hoạch gần 19.000 ha, năng suất bình quân 6,2 tấn/ha.

Anh Trần Văn Hậu, ấp Vàm Rầy, xã Bình Sơn, gieo sạ 3 ha lúa ST25, năng suất đạt 5,8 tấn/ha. "Thương lái mua lúa tươi tại ruộng 9.400 đồng/kg, cao hơn vụ trước 1.100 đồng/kg. Trừ chi phí, tôi lãi khoảng 110 triệu đồng", anh Hậu phấn khởi.

Tuy nhiên, không ít hộ trồng lúa IR 50404, OM 576 gặp khó khi thương lái ép giá, chỉ mua 6.000-6.200 đồng/kg, thấp hơn lúa thơm khoảng 3.000 đồng/kg. Ông Nguyễn Minh Khoa, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, năm nay diện tích lúa thơm của huyện chiếm trên 70% tổng diện tích gieo trồng; phấn đấu đến năm 2026 nâng lên 80%, trong đó có ít nhất 10.000 ha được doanh nghiệp bao tiêu.

Theo Sở Nông nghiệp và PTNT tỉnh Kiên Giang, từ đầu năm đến nay toàn tỉnh đã thu hoạch hơn 700.000 ha lúa, sản lượng khoảng 4,3 triệu tấn, tăng 2,5% so với cùng kỳ năm 2023.

THANH TÂM
"""

YEAR = per("năm nay", "2024-01-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-18")
KG = "Kiên Giang"

FIGS = [
    fig("từ 9.200 đến 9.500", "9.200", 9200, "money", "đồng/kg", value_max=9500,
        subject="giá lúa thơm ST24, ST25"),
    fig("lãi hơn 35 triệu", "35", 35e6, "money", "đồng/ha", approx="over", subject="lãi của nông dân"),
    fig("hơn ba chục ghe", "ba chục", 30, "count", "ghe", approx="over",
        subject="ghe thương lái đậu chờ sẵn để thu mua lúa Thu Đông"),
    fig("xuống giống 28.700 ha", "28.700", 28700, "measure", "ha",
        subject="diện tích lúa vụ Thu Đông 2024 xuống giống"),
    fig("gần 19.000 ha", "19.000", 19000, "measure", "ha", approx="nearly",
        subject="diện tích lúa Thu Đông đã thu hoạch"),
    fig("bình quân 6,2 tấn/ha", "6,2", 6.2, "measure", "tấn/ha", subject="năng suất bình quân"),
    fig("sạ 3 ha", "3", 3, "measure", "ha", subject="diện tích lúa ST25 anh Trần Văn Hậu gieo sạ"),
    fig("đạt 5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", subject="năng suất lúa ST25 của anh Trần Văn Hậu"),
    fig("ruộng 9.400 đồng/kg", "9.400", 9400, "money", "đồng/kg",
        change=chg("increase", 1100, "đồng/kg", "vụ trước"),
        subject="giá lúa tươi tại ruộng thương lái mua"),
    fig("khoảng 110 triệu", "110", 110e6, "money", "đồng", approx="about", subject="lãi sau khi trừ chi phí"),
    fig("mua 6.000-6.200", "6.000", 6000, "money", "đồng/kg", value_max=6200,
        change=chg("decrease", 3000, "đồng/kg", "lúa thơm", approx="about"),
        subject="giá lúa IR 50404, OM 576 thương lái mua"),
    fig("trên 70% tổng", "70", 70, "percent", "%", approx="over",
        subject="diện tích lúa thơm trong tổng diện tích gieo trồng", period=YEAR),
    fig("lên 80%", "80", 80, "percent", "%", status="target",
        subject="diện tích lúa thơm trong tổng diện tích gieo trồng", period=T26),
    fig("ít nhất 10.000 ha", "10.000", 10000, "measure", "ha", approx="at_least", status="target",
        subject="diện tích lúa thơm được doanh nghiệp bao tiêu", period=T26),
    fig("hơn 700.000 ha", "700.000", 700000, "measure", "ha", approx="over",
        subject="diện tích lúa đã thu hoạch", period=YTD, location=KG),
    fig("khoảng 4,3 triệu", "4,3", 4.3e6, "measure", "tấn", approx="about",
        change=chg("increase", 2.5, "%", "cùng kỳ năm 2023"),
        subject="sản lượng lúa", period=YTD, location=KG),
]

NOTES = [
    "Provincial Party newspaper (Báo Kiên Giang): section menu, 'Thứ Hai, 18/11/2024 | 07:45', sapo, tag '(BKG) -', byline at the end.",
    "Distractors: 07:45, ST24, ST25, IR 50404, OM 576, 'giữa tháng 11', 'vụ Thu Đông 2024', baseline 'cùng kỳ năm 2023'.",
    "'hơn ba chục ghe' = over 30 (number words with 'chục'). The article's place is huyện Hòn Đất; the Sở's province totals are Kiên Giang.",
    "'thấp hơn lúa thơm khoảng 3.000 đồng/kg' is a change against another variety (baseline 'lúa thơm').",
    "'năm nay' → 2024 (published). 'đến năm 2026' → start null, end 2026-12-31.",
    "'trong đó có ít nhất 10.000 ha' follows a percent (80%), not an area of the same thing: no total.",
    "'từ đầu năm đến nay' → 2024-01-01 .. the dateline 2024-11-18.",
]

if __name__ == "__main__":
    write("p1329-4", TEXT, NOTES, FIGS, published="2024-11-18", location="Hòn Đất")
