"""p1538-8: radio/TV site (Đài PT-TH Quảng Ngãi): làng rèn Thạch Trụ, xã Đức Lân, huyện Mộ Đức, quarter I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NGÃI
Thời sự | Kinh tế | Xã hội | Video | Podcast

Làng rèn Thạch Trụ vào mùa nông cụ

Thứ Hai, 15/04/2024 - 17:05

(PTQ) - Quý I/2024, làng rèn Thạch Trụ ở xã Đức Lân, huyện Mộ Đức sản xuất gần 95.000 sản phẩm, tăng 12% so với cùng kỳ năm 2023. Nhu cầu cuốc, liềm, rựa tăng mạnh khi nông dân bước vào vụ Hè Thu.

Làng hiện có 112 hộ làm nghề, gồm 45 hộ có lò rèn và 67 hộ làm dịch vụ mài, tra cán, buôn bán. Bình quân mỗi lò rèn cho thu nhập 180-220 triệu đồng/năm, thợ phụ được trả 250.000 đồng/ngày. Tuy nhiên, chưa đến 20% số hộ có lò rèn được đầu tư máy búa hơi.

Ông Võ Văn Tám, chủ cơ sở rèn Tám Lân, cho biết từ đầu năm đến nay cơ sở đã bán hơn 6.000 chiếc liềm và rựa, gấp đôi cùng kỳ năm ngoái. Do giá thép tăng, mỗi chiếc liềm nay bán 55.000 đồng, cao hơn 5.000 đồng so với cuối năm 2023.

Theo UBND xã Đức Lân, năm nay làng rèn phấn đấu đạt 380.000 sản phẩm, doanh thu khoảng 52 tỷ đồng. Xã đang phối hợp với Trung tâm Khuyến công tỉnh mở lớp truyền nghề cho 30 thanh niên, thời gian học 3 tháng, mỗi học viên được hỗ trợ 1,5 triệu đồng/tháng.

Video: Tiếng búa làng rèn Thạch Trụ (Bản tin Thời sự 19h00)
Biên tập: Hoài Thương | Bình luận (0)

PTQ phát sóng trên vệ tinh Vinasat-1 và các hạ tầng truyền hình số
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-04-15")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 95.000 sản phẩm", "95.000", 95000, "count", "sản phẩm", approx="nearly",
        change=chg("increase", 12, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm làng rèn Thạch Trụ sản xuất", period=Q1),
    fig("có 112 hộ", "112", 112, "count", "hộ", subject="hộ làm nghề"),
    fig("gồm 45 hộ", "45", 45, "count", "hộ", total=112, subject="hộ có lò rèn"),
    fig("và 67 hộ", "67", 67, "count", "hộ", total=112, subject="hộ làm dịch vụ mài, tra cán, buôn bán"),
    fig("nhập 180-220 triệu", "180", 180e6, "money", "đồng/năm", value_max=220e6,
        subject="thu nhập bình quân mỗi lò rèn"),
    fig("trả 250.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", subject="tiền công thợ phụ"),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="số hộ có lò rèn được đầu tư máy búa hơi"),
    fig("hơn 6.000 chiếc", "6.000", 6000, "count", "chiếc", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm ngoái"),
        subject="liềm và rựa cơ sở rèn Tám Lân đã bán", period=YTD),
    fig("bán 55.000 đồng", "55.000", 55000, "money", "đồng/chiếc",
        change=chg("increase", 5000, "đồng", "cuối năm 2023"), subject="giá bán mỗi chiếc liềm"),
    fig("đạt 380.000 sản phẩm", "380.000", 380000, "count", "sản phẩm", status="target",
        subject="sản phẩm làng rèn", period=NOW),
    fig("khoảng 52 tỷ", "52", 52e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu làng rèn", period=NOW),
    fig("cho 30 thanh niên", "30", 30, "count", "thanh niên", subject="thanh niên học lớp truyền nghề"),
    fig("học 3 tháng", "3", 3, "measure", "tháng", subject="thời gian học lớp truyền nghề", optional=True),
    fig("trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", subject="hỗ trợ mỗi học viên"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Quảng Ngãi): menu, 'Thứ Hai, 15/04/2024 - 17:05' (published), '(PTQ) -', video caption, editor, comment count.",
    "Distractors: 17:05, 'Bản tin Thời sự 19h00' (a time), 'Bình luận (0)', 'Vinasat-1', 'vụ Hè Thu', 'cuối năm 2023' and 'năm 2023' as baselines.",
    "All figures are the village's (xã Đức Lân, huyện Mộ Đức): location Mộ Đức (default).",
    "'112 hộ ..., gồm 45 hộ ... và 67 hộ ...' → parts add up: total 112 each.",
    "'gấp đôi cùng kỳ năm ngoái' → change increase 2 lần (number word 'đôi'); 'cao hơn 5.000 đồng so với cuối năm 2023' → change +5000 đồng.",
    "'chưa đến 20%' → approx under. 'từ đầu năm đến nay' → 2024-01-01..2024-04-15 (dateline).",
    "'năm nay ... phấn đấu đạt 380.000 sản phẩm, doanh thu khoảng 52 tỷ đồng' → target for both, period 2024.",
    "'thời gian học 3 tháng' is a course length: optional (a duration, though one that is a fact rather than a time locator).",
    "Standing figures (112 hộ, incomes, wages, the 30 learners) have no period.",
]

if __name__ == "__main__":
    write("p1538-8", TEXT, NOTES, FIGS, published="2024-04-15", location="Mộ Đức")
