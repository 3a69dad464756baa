"""p1280-5: provincial Party newspaper (Báo Cà Mau, tag (CMO)): spring tide of mid-November 2024 in TP Cà Mau."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ bảy, 16/11/2024 - 15:20

Triều cường dâng cao, nhiều khu dân cư ở TP Cà Mau ngập sâu

Những ngày qua, triều cường kết hợp gió chướng khiến nhiều tuyến đường, khu dân cư trên địa bàn TP Cà Mau bị ngập sâu, gây khó khăn cho sinh hoạt của hàng nghìn hộ dân.

(CMO) - Theo Đài Khí tượng Thủy văn tỉnh, ngày 15/11, mực nước cao nhất tại trạm Cà Mau đạt 1,12 m, vượt báo động III 0,12 m và cao hơn đỉnh triều năm 2023 khoảng 5 cm. Từ đầu năm đến nay, thành phố đã xảy ra 6 đợt triều cường gây ngập.

Ghi nhận tại Phường 5, Phường 8 và phường Tân Xuyên, nước tràn qua bờ kè, ngập đường phố từ 0,3 đến 0,6 m. Theo UBND thành phố, đợt triều cường này làm khoảng 2.700 căn nhà bị ngập, tăng gấp đôi so với đợt trước; 45 tuyến đường bị ngập, trong đó 12 tuyến ngập trên 0,5 m, như đường Lý Văn Lâm và khu dân cư Lô 12. Tại xã Lý Văn Lâm và xã Hòa Thành, khoảng 180 ha diện tích nuôi tôm bị tràn bờ, thiệt hại ước hơn 2 tỷ đồng.

Ông Trần Văn Thạnh, Phó Chủ tịch UBND TP Cà Mau cho biết, thành phố đã cấp 8.000 bao cát, bố trí 25 máy bơm và ba chục chiến sĩ trực tại các điểm xung yếu. Năm 2024, thành phố đầu tư 68 tỷ đồng nâng cấp 2,4 km bờ kè sông Gành Hào; dự kiến năm 2025 tiếp tục thi công thêm 4 km với tổng vốn khoảng 120 tỷ đồng.

Theo dự báo, từ ngày 16 đến 20/11, mực nước tại trạm Cà Mau có thể đạt 1,15 m, người dân cần chủ động kê cao tài sản, bảo đảm an toàn.

MINH KHANG
"""

D15 = per("ngày 15/11", "2024-11-15", "2024-11-15")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-16")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
FC = per("từ ngày 16 đến 20/11", "2024-11-16", "2024-11-20")

FIGS = [
    fig("hàng nghìn hộ", "hàng nghìn", 1000, "count", "hộ dân", approx="about", optional=True),
    fig("đạt 1,12 m", "1,12", 1.12, "measure", "m", change=chg("increase", 0.12, "m", "báo động III"),
        subject="mực nước cao nhất tại trạm Cà Mau", period=D15),
    fig("khoảng 5 cm", "5", 5, "measure", "cm", approx="about", optional=True,
        subject="mực nước cao hơn đỉnh triều năm 2023", period=D15),
    fig("xảy ra 6 đợt", "6", 6, "count", "đợt triều cường", subject="đợt triều cường gây ngập", period=YTD),
    fig("từ 0,3 đến 0,6 m", "0,3", 0.3, "measure", "m", value_max=0.6, subject="độ sâu ngập đường phố"),
    fig("khoảng 2.700 căn", "2.700", 2700, "count", "căn nhà", approx="about",
        change=chg("increase", 2, "lần", "đợt trước"), subject="căn nhà bị ngập"),
    fig("45 tuyến", "45", 45, "count", "tuyến đường", subject="tuyến đường bị ngập"),
    fig("trong đó 12 tuyến", "12", 12, "count", "tuyến", total=45, subject="tuyến đường ngập trên 0,5 m"),
    fig("trên 0,5 m", "0,5", 0.5, "measure", "m", approx="over", optional=True,
        subject="độ sâu ngập"),
    fig("khoảng 180 ha", "180", 180, "measure", "ha", approx="about",
        subject="diện tích nuôi tôm bị tràn bờ"),
    fig("hơn 2 tỷ", "2", 2e9, "money", "đồng", approx="over", status="estimate",
        subject="thiệt hại nuôi tôm"),
    fig("8.000 bao cát", "8.000", 8000, "count", "bao cát", subject="bao cát thành phố cấp"),
    fig("25 máy bơm", "25", 25, "count", "máy bơm", subject="máy bơm bố trí"),
    fig("ba chục chiến sĩ", "ba chục", 30, "count", "chiến sĩ", subject="chiến sĩ trực tại các điểm xung yếu"),
    fig("68 tỷ", "68", 68e9, "money", "đồng", subject="vốn thành phố đầu tư nâng cấp bờ kè sông Gành Hào",
        period=Y24),
    fig("2,4 km", "2,4", 2.4, "measure", "km", subject="bờ kè sông Gành Hào nâng cấp", period=Y24),
    fig("thêm 4 km", "4", 4, "measure", "km", status="forecast", subject="bờ kè thi công thêm", period=Y25),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn thi công thêm bờ kè", period=Y25),
    fig("đạt 1,15 m", "1,15", 1.15, "measure", "m", status="forecast", subject="mực nước tại trạm Cà Mau",
        period=FC),
]

NOTES = [
    "Provincial Party newspaper (Báo Cà Mau): date line 'Thứ bảy, 16/11/2024 - 15:20', sapo, tag '(CMO) -', byline at the end.",
    "Distractors: 'Phường 5', 'Phường 8', 'khu dân cư Lô 12', 'báo động III', 'năm 2023' (baseline), the time 15:20.",
    "'hàng nghìn hộ dân' in the sapo is a vague number word: optional (approx about).",
    "1,12 m has two changes ('vượt báo động III 0,12 m và cao hơn đỉnh triều năm 2023 khoảng 5 cm'): the first is the attribute,",
    "the second is a figure of its own, optional (spec: one change per figure).",
    "'tăng gấp đôi so với đợt trước' → change increase 2 lần ('đôi' = 2). '12 tuyến ngập trên 0,5 m' → total 45; the threshold",
    "'trên 0,5 m' defines the class of roads: optional. 'dự kiến năm 2025 …' governs 4 km and 120 tỷ (forecast).",
    "'Từ đầu năm đến nay' ends at the dateline (2024-11-16). Location: TP Cà Mau throughout (communes and wards are not locations).",
]

if __name__ == "__main__":
    write("p1280-5", TEXT, NOTES, FIGS, published="2024-11-16", location="Cà Mau")
