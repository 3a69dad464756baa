import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """Thứ bảy, 16/11/2024, 06:00 (GMT+7)
Chi phí đám cưới gấp 1,5 lần sau 5 năm

Nhiều cặp đôi chọn cắt giảm số mâm cỗ, chuyển sang tiệc trà để tiết kiệm khi chi phí tổ chức đám cưới liên tục tăng.

Theo khảo sát của Viện Nghiên cứu Gia đình và Giới với 1.200 cặp đôi tại 6 tỉnh, thành phố, chi phí trung bình cho một đám cưới năm 2024 ở thành thị khoảng 250 - 300 triệu đồng, ở nông thôn khoảng 120 triệu đồng. Trong đó, tiền thuê tiệc chiếm 55-60% tổng chi phí.

Số khách mời bình quân của một đám cưới là 350 người, giảm khoảng 20% so với năm 2019. Có 64,5% cặp đôi cho biết sẵn sàng cắt giảm số mâm cỗ, 38% chọn tổ chức tiệc trà thay cho cỗ mặn. Tiền mừng cưới phổ biến từ 500.000 đồng đến 1 triệu đồng/người; gần 30% gia đình ở nông thôn phải vay tiền để lo đám cưới cho con.

Theo Tổng cục Thống kê, tỷ suất kết hôn thô năm 2023 của cả nước là 7,1 cặp/1.000 dân, giảm so với mức 8,2 cặp/1.000 dân năm 2019.

PGS.TS Nguyễn Thị Lan (Đại học Quốc gia Hà Nội) cho rằng cuộc đua "cưới to" tạo áp lực lên các gia đình thu nhập thấp. "Hương ước ở nhiều làng quy định cỗ cưới không quá 30 mâm, nhưng thực tế có đám lên tới 80 mâm", bà nói.

Theo quy định hiện hành, hành vi tổ chức ăn uống, vui chơi kéo dài, gây mất trật tự trong đám cưới có thể bị phạt tiền từ 1 đến 3 triệu đồng. Bộ Văn hóa, Thể thao và Du lịch đang lấy ý kiến dự thảo sửa đổi Thông tư 04/2011/TT-BVHTTDL về việc cưới, việc tang, lễ hội.

Hoàng Phương
"""

Y24 = Y(2024)
FIGS = [
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "chi phí đám cưới"),
    F("với 1.200 cặp", "1.200", 1200, "count", "cặp đôi", "cặp đôi được khảo sát"),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("khoảng 250 - 300 triệu", "250", 250_000_000, "money", "đồng",
      "chi phí trung bình cho một đám cưới ở thành thị", Y24, value_max=300_000_000, approx="about"),
    F("khoảng 120 triệu", "120", 120_000_000, "money", "đồng",
      "chi phí trung bình cho một đám cưới ở nông thôn", Y24, approx="about"),
    F("chiếm 55-60%", "55", 55, "percent", "%", "tiền thuê tiệc trong tổng chi phí đám cưới", I(Y24), value_max=60),
    F("là 350 người", "350", 350, "count", "người", "số khách mời bình quân của một đám cưới",
      change=CH("decrease", 20, baseline="năm 2019", approx="about")),
    F("Có 64,5% cặp đôi", "64,5", 64.5, "percent", "%", "cặp đôi sẵn sàng cắt giảm số mâm cỗ"),
    F("38% chọn", "38", 38, "percent", "%", "cặp đôi chọn tổ chức tiệc trà thay cho cỗ mặn"),
    F("từ 500.000 đồng đến 1 triệu", "500.000", 500_000, "money", "đồng", "tiền mừng cưới phổ biến",
      value_max=1_000_000),
    F("gần 30% gia đình", "30", 30, "percent", "%", "gia đình ở nông thôn phải vay tiền để lo đám cưới cho con",
      approx="nearly"),
    F("là 7,1 cặp", "7,1", 7.1, "measure", "cặp/1.000 dân", "tỷ suất kết hôn thô", Y(2023), location="Việt Nam"),
    F("mức 8,2 cặp", "8,2", 8.2, "measure", "cặp/1.000 dân", "tỷ suất kết hôn thô",
      P("năm 2019", "2019-01-01", "2019-12-31"), location="Việt Nam"),
    F("không quá 30 mâm", "30", 30, "count", "mâm", "cỗ cưới theo hương ước ở nhiều làng", approx="at_most"),
    F("lên tới 80 mâm", "80", 80, "count", "mâm", "số mâm cỗ cưới thực tế có đám"),
    F("từ 1 đến 3 triệu", "1", 1_000_000, "money", "đồng",
      "mức phạt tiền hành vi tổ chức ăn uống, vui chơi kéo dài, gây mất trật tự trong đám cưới", value_max=3_000_000),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ bảy, 16/11/2024, 06:00 (GMT+7)'): wedding costs survey, guests, gifts, marriage rate,",
    "tray limits in covenants, fines. National article: default location Việt Nam.",
    "Headline 'gấp 1,5 lần sau 5 năm' stands alone as the claim: multiple (5 năm is a duration locating it, not a figure).",
    "'từ 500.000 đồng đến 1 triệu đồng/người': a range across scales (500000 to 1000000). 'từ 1 đến 3 triệu đồng': the multiplier",
    "applies to both ends. 'giảm khoảng 20% so với năm 2019' is the change of 350 người (approx about).",
    "'giảm so với mức 8,2 cặp/1.000 dân năm 2019': the earlier level, a figure of its own (its own period). 'lên tới 80 mâm' has",
    "no approx cue in the spec list, so exact. Survey percents (64,5%, 38%, gần 30%) are percent figures of their own, no total.",
    "Distractors: (GMT+7), '5 năm', rate denominators '1.000 dân', Thông tư 04/2011/TT-BVHTTDL, 'PGS.TS'.",
]

if __name__ == "__main__":
    emit("p730-6", TEXT, COMMENTS, FIGS, published="2024-11-16", location="Việt Nam")
