"""p1252-7: news agency (TTXVN): companies in Hải Phòng's industrial parks open nurseries for workers' children."""
from lib import fig, per, write

TEXT = """Thứ Ba, 05/03/2024 14:22

Doanh nghiệp ở Hải Phòng mở nhà trẻ cho con công nhân

Hải Phòng (TTXVN) - Trước nhu cầu gửi trẻ ngày càng lớn của công nhân, nhiều doanh nghiệp tại các khu công nghiệp của Hải Phòng đã đầu tư xây dựng nhà trẻ ngay trong khuôn viên nhà máy.

Tại Khu công nghiệp Tràng Duệ (huyện An Dương), Công ty TNHH Điện tử Sao Việt vừa đưa vào sử dụng nhà trẻ rộng 1.200 m2, vốn đầu tư 15 tỷ đồng, có thể nhận tối đa 250 trẻ. Công ty có 6.800 công nhân, trong đó lao động nữ chiếm 62%. Phụ huynh chỉ đóng tiền ăn 25.000 đồng/ngày, học phí do công ty chi trả.

Theo Ban Quản lý Khu kinh tế Hải Phòng, thành phố hiện có 18 khu công nghiệp đang hoạt động, thu hút gần 280.000 lao động. Đến hết năm 2023, mới có bốn doanh nghiệp tự tổ chức nhà trẻ, đáp ứng khoảng 1.100 chỗ. Phần lớn con công nhân vẫn được gửi tại 237 nhóm trẻ độc lập, tập trung ở các huyện An Dương, Thủy Nguyên, An Lão.

Liên đoàn Lao động thành phố cho biết, năm 2023 đã trao 1.450 suất quà, mỗi suất 500.000 đồng, cho con công nhân có hoàn cảnh khó khăn đang gửi tại các nhóm trẻ. Trong quý I/2024, Liên đoàn dự kiến phối hợp với 3 doanh nghiệp khởi công thêm nhà trẻ, với tổng vốn khoảng 40 tỷ đồng.

Mục tiêu đến năm 2025, Hải Phòng phấn đấu 100% khu công nghiệp có quỹ đất xây dựng trường mầm non và ít nhất 50% trẻ em con công nhân được gửi vào cơ sở giáo dục mầm non đủ điều kiện.

Minh Thu (TTXVN)
Từ khóa: nhà trẻ, công nhân, khu công nghiệp, Hải Phòng
"""

EOY23 = per("Đến hết năm 2023", end="2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
T25 = per("đến năm 2025", end="2025-12-31")
AD = "An Dương"

FIGS = [
    fig("rộng 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích nhà trẻ", location=AD),
    fig("đầu tư 15 tỷ", "15", 15e9, "money", "đồng", subject="vốn đầu tư nhà trẻ", location=AD),
    fig("tối đa 250 trẻ", "250", 250, "count", "trẻ", approx="at_most", subject="trẻ nhà trẻ có thể nhận",
        location=AD),
    fig("có 6.800 công nhân", "6.800", 6800, "count", "công nhân", subject="công nhân của công ty",
        location=AD),
    fig("chiếm 62%", "62", 62, "percent", "%", subject="lao động nữ trong số công nhân của công ty",
        location=AD),
    fig("25.000 đồng/ngày", "25.000", 25000, "money", "đồng/ngày", subject="tiền ăn phụ huynh đóng",
        location=AD),
    fig("có 18 khu", "18", 18, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("gần 280.000 lao động", "280.000", 280000, "count", "lao động", approx="nearly",
        subject="lao động các khu công nghiệp thu hút"),
    fig("có bốn doanh nghiệp", "bốn", 4, "count", "doanh nghiệp", subject="doanh nghiệp tự tổ chức nhà trẻ",
        period=EOY23),
    fig("khoảng 1.100 chỗ", "1.100", 1100, "count", "chỗ", approx="about",
        subject="chỗ gửi trẻ doanh nghiệp đáp ứng", period=EOY23),
    fig("tại 237 nhóm", "237", 237, "count", "nhóm trẻ", subject="nhóm trẻ độc lập con công nhân được gửi"),
    fig("trao 1.450 suất", "1.450", 1450, "count", "suất quà",
        subject="suất quà cho con công nhân có hoàn cảnh khó khăn", period=Y23),
    fig("mỗi suất 500.000", "500.000", 500000, "money", "đồng/suất", subject="giá trị mỗi suất quà",
        period=Y23),
    fig("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp phối hợp khởi công thêm nhà trẻ", period=Q1),
    fig("khoảng 40 tỷ", "40", 40e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn khởi công thêm nhà trẻ", period=Q1),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="khu công nghiệp có quỹ đất xây dựng trường mầm non", period=T25),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="trẻ em con công nhân được gửi vào cơ sở giáo dục mầm non đủ điều kiện", period=T25),
]

NOTES = [
    "News agency (TTXVN): 'Thứ Ba, 05/03/2024 14:22', 'Hải Phòng (TTXVN) -', byline 'Minh Thu (TTXVN)', keyword line.",
    "Distractors: 14:22, the dateline, 'Khu công nghiệp Tràng Duệ', the three districts named after '237 nhóm'.",
    "The company passage (KCN Tràng Duệ, huyện An Dương) → location An Dương for its 6 figures; the rest → Hải Phòng.",
    "'trong đó lao động nữ chiếm 62%' → a percent figure (the part has no number).",
    "'237 nhóm trẻ độc lập, tập trung ở các huyện An Dương, Thủy Nguyên, An Lão': districts listed after a city count stay city-level.",
    "'Đến hết năm 2023' → as-of 2023-12-31 for both figures of that sentence. 'bốn' is a number word.",
    "'mỗi suất 500.000 đồng' → money, unit đồng/suất (the denominator is the unit). Period năm 2023 (same sentence).",
    "'Trong quý I/2024, Liên đoàn dự kiến ...' → forecast. The quarter had begun at the dateline but the cue is 'dự kiến'.",
    "'Mục tiêu đến năm 2025, ... phấn đấu 100% ... và ít nhất 50% ...' → target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1252-7", TEXT, NOTES, FIGS, published="2024-03-05", location="Hải Phòng")
