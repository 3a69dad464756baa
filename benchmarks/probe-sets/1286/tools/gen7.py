"""p1286-7: news agency (TTXVN): big waves and high tide destroy houses in the fishing village of Bình Hải (Bình Sơn, Quảng Ngãi)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Tin tức > Xã hội > Môi trường

Quảng Ngãi: Sóng lớn đánh sập nhà dân ở làng chài Bình Hải

Đăng lúc: 20/12/2023 11:05

Quảng Ngãi (TTXVN) - Theo UBND huyện Bình Sơn, từ ngày 16 đến 19/12, do ảnh hưởng của không khí lạnh tăng cường, sóng biển cao 3-4 m kết hợp triều cường đã đánh sập 7 ngôi nhà, làm hư hỏng 23 nhà khác tại thôn Thanh Thủy, xã Bình Hải. Sóng lớn còn làm chìm, hư hỏng gần ba chục tàu thuyền của ngư dân.

Đoạn bờ biển dài khoảng 800 m bị sóng đánh sạt lở sâu 15-20 m, cuốn trôi 2 tuyến đường bê tông dân sinh. Chính quyền địa phương đã di dời khẩn cấp 41 hộ với 156 nhân khẩu đến nơi ở tạm; mỗi hộ được hỗ trợ 5 triệu đồng và 30 kg gạo.

Ông Trần Quốc Vương, Chủ tịch UBND xã Bình Hải, cho biết thôn Thanh Thủy có 620 hộ, phần lớn làm nghề biển, nhà cửa san sát ven bờ. "Chỉ trong 3 năm, biển đã lấn vào gần 50 m", ông Vương nói.

Năm 2022, tỉnh đã đầu tư 48 tỷ đồng xây 650 m kè tại xã Bình Hải, song đoạn phía Bắc thôn Thanh Thủy dài 1,2 km vẫn chưa có kè. UBND huyện Bình Sơn đã đề xuất tỉnh bố trí khoảng 90 tỷ đồng xây kè kiên cố cho đoạn này, dự kiến khởi công trong năm 2024.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Quảng Ngãi hiện có 24 điểm sạt lở bờ biển với tổng chiều dài khoảng 19 km, trong đó 9 điểm ở mức đặc biệt nguy hiểm.

Phạm Cường (TTXVN)

Từ khóa: sạt lở bờ biển, Quảng Ngãi, Bình Sơn
"""

EVT = per("từ ngày 16 đến 19/12", "2023-12-16", "2023-12-19")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
QN = "Quảng Ngãi"

FIGS = [
    fig("cao 3-4 m", "3", 3, "measure", "m", value_max=4, period=EVT, subject="sóng biển"),
    fig("sập 7 ngôi nhà", "7", 7, "count", "ngôi nhà", period=EVT, subject="ngôi nhà bị sóng đánh sập"),
    fig("hỏng 23 nhà", "23", 23, "count", "nhà", period=EVT, subject="nhà bị hư hỏng"),
    fig("gần ba chục", "ba", 30, "count", "tàu thuyền", approx="nearly", period=inh(EVT),
        subject="tàu thuyền của ngư dân bị chìm, hư hỏng"),
    fig("khoảng 800 m", "800", 800, "measure", "m", approx="about", subject="đoạn bờ biển bị sạt lở"),
    fig("sâu 15-20 m", "15", 15, "measure", "m", value_max=20, subject="độ sâu bờ biển bị sóng đánh sạt lở"),
    fig("trôi 2 tuyến", "2", 2, "count", "tuyến đường", subject="tuyến đường bê tông dân sinh bị cuốn trôi"),
    fig("khẩn cấp 41 hộ", "41", 41, "count", "hộ", subject="hộ di dời khẩn cấp"),
    fig("156 nhân khẩu", "156", 156, "count", "nhân khẩu", subject="nhân khẩu di dời khẩn cấp"),
    fig("hỗ trợ 5 triệu", "5", 5e6, "money", "đồng/hộ", subject="tiền hỗ trợ mỗi hộ di dời"),
    fig("30 kg gạo", "30", 30, "measure", "kg/hộ", subject="gạo hỗ trợ mỗi hộ di dời"),
    fig("có 620 hộ", "620", 620, "count", "hộ", subject="hộ của thôn Thanh Thủy"),
    fig("gần 50 m", "50", 50, "measure", "m", approx="nearly", subject="biển lấn vào thôn Thanh Thủy"),
    fig("tư 48 tỷ", "48", 48e9, "money", "đồng", period=Y22, subject="vốn tỉnh đầu tư xây kè tại xã Bình Hải"),
    fig("xây 650 m", "650", 650, "measure", "m", period=Y22, subject="kè xây tại xã Bình Hải"),
    fig("dài 1,2 km", "1,2", 1.2, "measure", "km", subject="đoạn phía Bắc thôn Thanh Thủy chưa có kè"),
    fig("khoảng 90 tỷ", "90", 90e9, "money", "đồng", approx="about",
        subject="kinh phí đề xuất xây kè kiên cố cho đoạn phía Bắc thôn Thanh Thủy"),
    fig("có 24 điểm", "24", 24, "count", "điểm", subject="điểm sạt lở bờ biển", location=QN),
    fig("khoảng 19 km", "19", 19, "measure", "km", approx="about",
        subject="tổng chiều dài các điểm sạt lở bờ biển", location=QN),
    fig("trong đó 9 điểm", "9", 9, "count", "điểm", total=24,
        subject="điểm sạt lở ở mức đặc biệt nguy hiểm", location=QN),
]

NOTES = [
    "News agency (TTXVN): section path, 'Đăng lúc: 20/12/2023 11:05', place tag 'Quảng Ngãi (TTXVN) -', byline 'Phạm Cường (TTXVN)', keywords.",
    "Distractors: 11:05, 'Chỉ trong 3 năm' (a duration that locates the figure), 'năm 2024' (start of works), dates.",
    "'từ ngày 16 đến 19/12' (year from the dateline) → 2023-12-16..2023-12-19 for the figures of its sentence; 'gần ba chục' inherits it.",
    "'gần ba chục tàu thuyền' → 30, nearly (number words 'ba chục'). 'mỗi hộ được hỗ trợ 5 triệu đồng và 30 kg gạo' → rates per household.",
    "Location: the village passage is Bình Sơn (article default); the last paragraph is the province ('toàn tỉnh Quảng Ngãi').",
    "'khoảng 90 tỷ đồng' stands in the clause before 'dự kiến khởi công': the cue does not reach back, so actual. '1,2 km ... vẫn chưa có kè' is",
    "a present state: no period though 'Năm 2022' opens the sentence. 'trong đó 9 điểm' → total 24.",
]

if __name__ == "__main__":
    write("p1286-7", TEXT, NOTES, FIGS, published="2023-12-20", location="Bình Sơn")
