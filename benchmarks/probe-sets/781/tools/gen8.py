"""p781-8: commune portal (xã Nhơn Lý, TP Quy Nhơn, Bình Định) - fishermen rescue and release sea turtles, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NHƠN LÝ - THÀNH PHỐ QUY NHƠN
Trang chủ / Tin tức / Tin hoạt động

Ngư dân Nhơn Lý thả 9 cá thể rùa biển về biển trong quý I/2024

Ngày đăng: 03/04/2024 | Lượt xem: 412

Trong quý I/2024, ngư dân xã Nhơn Lý đã cứu hộ và thả về biển 9 cá thể rùa biển bị mắc lưới, gồm 6 cá thể vích, 2 cá thể đồi mồi và 1 cá thể quản đồng, tăng 4 cá thể so với cùng kỳ năm 2023.

Cá thể lớn nhất là một con vích nặng khoảng 65 kg, dài 92 cm, do tàu cá BĐ 97126 TS của ông Trần Văn Lực (thôn Lý Hưng) phát hiện mắc vào lưới cách bờ khoảng 15 hải lý vào ngày 12/3.

Từ năm 2020 đến nay, UBND xã đã vận động 312 hộ ngư dân ký cam kết không khai thác, buôn bán rùa biển; có 47 lượt cá thể rùa biển được ngư dân thả về biển. Xã đã khen thưởng 38 lượt ngư dân với tổng số tiền 19 triệu đồng, mức thưởng 500.000 đồng/lượt.

Hiện toàn xã có 486 tàu cá, trong đó 215 tàu có chiều dài từ 15 m trở lên. Năm 2024, xã phấn đấu 100% chủ tàu, thuyền trưởng được tuyên truyền về bảo tồn rùa biển và giảm ít nhất 30% số rùa biển chết do mắc lưới so với năm 2023.

Người dân phát hiện rùa biển mắc lưới, bị thương xin báo ngay cho Đồn Biên phòng Nhơn Lý (tuyến ĐT639) hoặc gọi số 0256.3840.115 để được hướng dẫn cứu hộ.

Văn phòng - Thống kê xã Nhơn Lý
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2024-04-03")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thả 9 cá thể", "9", 9, "count", "cá thể", "cá thể rùa biển thả về biển", Q1),
    F("biển 9 cá thể", "9", 9, "count", "cá thể", "cá thể rùa biển bị mắc lưới được cứu hộ và thả về biển", Q1,
      change=CH("increase", 4, "cá thể", "cùng kỳ năm 2023")),
    F("gồm 6 cá thể", "6", 6, "count", "cá thể", "cá thể vích", Q1, total=9),
    F("2 cá thể đồi mồi", "2", 2, "count", "cá thể", "cá thể đồi mồi", Q1, total=9),
    F("1 cá thể quản đồng", "1", 1, "count", "cá thể", "cá thể quản đồng", Q1, total=9),
    F("khoảng 65 kg", "65", 65, "measure", "kg", "cá thể vích lớn nhất nặng", approx="about"),
    F("dài 92 cm", "92", 92, "measure", "cm", "cá thể vích lớn nhất dài"),
    F("khoảng 15 hải lý", "15", 15, "measure", "hải lý", "khoảng cách từ bờ nơi phát hiện", approx="about",
      optional=True),
    F("vận động 312 hộ", "312", 312, "count", "hộ ngư dân", "hộ ngư dân ký cam kết không khai thác, buôn bán rùa biển",
      SINCE),
    F("có 47 lượt", "47", 47, "count", "lượt", "lượt cá thể rùa biển được ngư dân thả về biển", SINCE),
    F("thưởng 38 lượt", "38", 38, "count", "lượt ngư dân", "lượt ngư dân được khen thưởng", I(SINCE)),
    F("tiền 19 triệu", "19", 19_000_000, "money", "đồng", "tổng số tiền khen thưởng", I(SINCE)),
    F("thưởng 500.000 đồng", "500.000", 500000, "money", "đồng/lượt", "mức thưởng"),
    F("có 486 tàu", "486", 486, "count", "tàu cá", "tàu cá toàn xã"),
    F("đó 215 tàu", "215", 215, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=486),
    F("từ 15 m", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", "chủ tàu, thuyền trưởng được tuyên truyền về bảo tồn rùa biển",
      Y24, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm số rùa biển chết do mắc lưới", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Nhơn Lý (TP Quy Nhơn, Bình Định): fishermen rescue and release sea turtles in Q1/2024; commitments, rewards, fleet.",
    "Location: a commune portal; the spec's places are province, city or district, so the commune's city 'Quy Nhơn' (named in the banner).",
    "'9 cá thể …, gồm 6 …, 2 … và 1 …' add up: total 9; 'tăng 4 cá thể so với cùng kỳ năm 2023' after the list is the whole's change.",
    "'Từ năm 2020 đến nay' ends at 'Ngày đăng: 03/04/2024'. 'một con vích' is an article, not a count. 'cách bờ khoảng 15 hải lý' and the",
    "threshold 'từ 15 m trở lên' are optional. 'giảm ít nhất 30% … so với năm 2023' under 'phấn đấu' is a target rate (percent, no change).",
    "Distractors: 'tàu cá BĐ 97126 TS', 'thôn Lý Hưng', 'ngày 12/3', 'ĐT639', the phone, 'Lượt xem: 412'.",
]

if __name__ == "__main__":
    emit("p781-8", TEXT, COMMENTS, FIGS, published="2024-04-03", location="Quy Nhơn")
