"""p786-8: Báo Kiên Giang online (BKG tag) — đóng mới, cải hoán tàu cá 9 tháng 2024."""
from lib import emit, fig, per, inh, ch

TEXT = """Kiên Giang: 9 tháng, đóng mới và cải hoán gần 400 tàu cá
Cập nhật lúc 14:20, Thứ năm, 17/10/2024

(BKG) - 9 tháng năm 2024, các cơ sở đóng sửa tàu cá trong tỉnh đã đóng mới 126 tàu và cải hoán 268 tàu, tổng cộng 394 tàu, tăng 14,2% so với cùng kỳ và đạt 71,6% kế hoạch năm.

Trong số tàu đóng mới có 47 tàu vỏ thép và 21 tàu vỏ composite; số tàu có công suất từ 400 CV trở lên chiếm 62%. Huyện Kiên Hải, TP Rạch Giá và TP Phú Quốc là những địa phương đóng mới nhiều nhất, lần lượt đạt 38, 33 và 27 chiếc.

Theo Chi cục Thủy sản, chi phí đóng mới tàu vỏ thép bình quân khoảng 9,5 triệu đồng/CV, tàu vỏ gỗ khoảng 7 triệu đồng/CV. Toàn tỉnh có 64 cơ sở đóng sửa tàu với hơn 2.100 lao động, bình quân 33 lao động/cơ sở.

Dự kiến quý IV/2024, các cơ sở sẽ đóng mới thêm khoảng 55 tàu. Ông Danh Út, Phó Chi cục trưởng Chi cục Thủy sản, cho biết tỉnh phấn đấu đến năm 2025 có 30% tàu khai thác xa bờ được đóng bằng vỏ thép hoặc vật liệu mới; đồng thời di dời 12 cơ sở đóng sửa tàu ra khỏi khu dân cư dọc Quốc lộ 80.

Theo Công văn số 2345/SNN-TS, các cơ sở phải hoàn thành việc di dời trước ngày 31/12/2025. Chủ tàu có nhu cầu liên hệ Chi cục Thủy sản, số 8 Nguyễn Trung Trực, TP Rạch Giá (điện thoại 0297.3862.114).
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUB_NEW = "tàu đóng mới"

FIGS = [
    fig("gần 400 tàu cá", "400", 400, "count", "tàu cá", "tàu cá đóng mới và cải hoán", H9, approx="nearly"),
    fig("đóng mới 126 tàu", "126", 126, "count", "tàu", SUB_NEW, M9),
    fig("cải hoán 268 tàu", "268", 268, "count", "tàu", "tàu cải hoán", M9),
    fig("tổng cộng 394 tàu", "394", 394, "count", "tàu", "tàu đóng mới và cải hoán", M9,
        change=ch("increase", 14.2, baseline="cùng kỳ"), percent=71.6),
    fig("có 47 tàu", "47", 47, "count", "tàu", "tàu vỏ thép đóng mới", inh(M9), total=126),
    fig("21 tàu vỏ composite", "21", 21, "count", "tàu", "tàu vỏ composite đóng mới", inh(M9), total=126),
    fig("từ 400 CV trở lên", "400", 400, "measure", "CV", "công suất tàu", optional=True),
    fig("chiếm 62%", "62", 62, "percent", "%", "tàu đóng mới có công suất từ 400 CV trở lên", inh(M9)),
    fig("đạt 38,", "38", 38, "count", "chiếc", SUB_NEW, inh(M9), location="Kiên Hải"),
    fig("38, 33 và", "33", 33, "count", "chiếc", SUB_NEW, inh(M9), location="Rạch Giá"),
    fig("và 27 chiếc", "27", 27, "count", "chiếc", SUB_NEW, inh(M9), location="Phú Quốc"),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "money", "đồng/CV", "chi phí đóng mới tàu vỏ thép bình quân", approx="about"),
    fig("khoảng 7 triệu", "7", 7e6, "money", "đồng/CV", "chi phí đóng mới tàu vỏ gỗ", approx="about"),
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở đóng sửa tàu"),
    fig("hơn 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động của các cơ sở đóng sửa tàu", approx="over"),
    fig("bình quân 33 lao động/cơ sở", "33", 33, "measure", "lao động/cơ sở", "lao động bình quân mỗi cơ sở"),
    fig("khoảng 55 tàu", "55", 55, "count", "tàu", "tàu đóng mới thêm", Q4, approx="about", status="forecast"),
    fig("có 30% tàu", "30", 30, "percent", "%", "tàu khai thác xa bờ được đóng bằng vỏ thép hoặc vật liệu mới", T25,
        status="target"),
    fig("di dời 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở đóng sửa tàu di dời ra khỏi khu dân cư", T25,
        status="target"),
]

COMMENTS = [
    "p786-8 — Báo Kiên Giang online: headline with a figure, 'Cập nhật lúc 14:20, Thứ năm, 17/10/2024', '(BKG) -' tag.",
    "Headline '9 tháng' without year → 2024 (published). 126 and 268 precede 'tổng cộng 394' (no part-of cue after a whole): no total.",
    "394 carries change 14,2% (cùng kỳ) and percent 71,6 (kế hoạch năm). 'Trong số tàu đóng mới' refers to the 126 → total 126.",
    "'chiếm 62%' stands with no count before it in its clause: its own percent. 'lần lượt đạt 38, 33 và 27 chiếc' → districts as location.",
    "'Dự kiến quý IV/2024' → forecast; 'phấn đấu đến năm 2025 … ; đồng thời di dời 12 cơ sở' → both target. '400 CV trở lên' optional.",
    "Distractors: Thứ năm, 14:20, Quốc lộ 80, Công văn số 2345/SNN-TS, ngày 31/12/2025, số 8 Nguyễn Trung Trực, phone 0297.3862.114.",
]

if __name__ == "__main__":
    emit("p786-8", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Kiên Giang")
