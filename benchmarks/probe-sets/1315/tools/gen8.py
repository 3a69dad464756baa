"""p1315-8: news agency (TTXVN): software outsourcing exports in the first quarter of 2024 (VINASA), one corporation."""
from lib import F, period, inherit, change, target, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Công nghệ

Xuất khẩu dịch vụ gia công phần mềm quý I tăng gần 18%

Thứ Hai, 22/04/2024 10:35

Hà Nội, 22/4 (TTXVN) - Theo Hiệp hội Phần mềm và Dịch vụ công nghệ thông tin Việt Nam (VINASA), quý I/2024, doanh thu xuất khẩu dịch vụ gia công phần mềm của các doanh nghiệp hội viên ước đạt 1,42 tỷ USD, tăng 17,8% so với cùng kỳ năm trước. Nhật Bản tiếp tục là thị trường lớn nhất với 38% giá trị hợp đồng, tiếp đến là Mỹ (27%), châu Âu (18%) và Hàn Quốc (9%).

VINASA cho biết, cả nước hiện có khoảng 1.700 doanh nghiệp tham gia gia công phần mềm cho nước ngoài, sử dụng trên 180.000 kỹ sư. Tuy vậy, thị trường vẫn thiếu khoảng 150.000-200.000 kỹ sư công nghệ thông tin mỗi năm; lương bình quân của lập trình viên có 3-5 năm kinh nghiệm đạt 1.500-2.000 USD/tháng.

Tập đoàn Công nghệ Sông Lam (trụ sở tại quận Nam Từ Liêm, Hà Nội) cho biết 3 tháng đầu năm, doanh thu từ thị trường nước ngoài đạt 3.860 tỷ đồng, tăng 24,5%. Tổng số kỹ sư của tập đoàn hơn 21.000 người, tăng 1.200 người so với cuối năm 2023, trong đó khoảng 5.400 kỹ sư có chứng chỉ tiếng Nhật.

Năm 2024, VINASA phấn đấu doanh thu xuất khẩu dịch vụ gia công phần mềm đạt 6,5 tỷ USD; dự báo đến năm 2025, con số này có thể vượt 8 tỷ USD. Hiệp hội được thành lập năm 2002, hiện có hơn 600 hội viên.

(TTXVN)
"""

Q1 = period("quý I", "2024-01-01", "2024-03-31")
Q1_24 = period("quý I/2024", "2024-01-01", "2024-03-31")
M3 = period("3 tháng đầu năm", "2024-01-01", "2024-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")
NTL = "Nam Từ Liêm"

FIGS = [
    F("tăng gần 18%", "18", 18, "percent", "%", "xuất khẩu dịch vụ gia công phần mềm", Q1, approx="nearly"),
    F("ước đạt 1,42 tỷ USD", "1,42", 1.42e9, "money", "USD", "doanh thu xuất khẩu dịch vụ gia công phần mềm", Q1_24,
      change=change("increase", 17.8, "%", "cùng kỳ năm trước"), status="estimate"),
    F("với 38% giá trị", "38", 38, "percent", "%", "giá trị hợp đồng của thị trường Nhật Bản", inherit(Q1_24)),
    F("Mỹ (27%)", "27", 27, "percent", "%", "giá trị hợp đồng của thị trường Mỹ", inherit(Q1_24)),
    F("châu Âu (18%)", "18", 18, "percent", "%", "giá trị hợp đồng của thị trường châu Âu", inherit(Q1_24)),
    F("Hàn Quốc (9%)", "9", 9, "percent", "%", "giá trị hợp đồng của thị trường Hàn Quốc", inherit(Q1_24)),
    F("khoảng 1.700 doanh nghiệp", "1.700", 1700, "count", "doanh nghiệp",
      "doanh nghiệp tham gia gia công phần mềm cho nước ngoài", approx="about"),
    F("trên 180.000 kỹ sư", "180.000", 180000, "count", "kỹ sư", "kỹ sư các doanh nghiệp gia công phần mềm sử dụng",
      approx="over"),
    F("khoảng 150.000-200.000", "150.000", 150000, "measure", "kỹ sư/năm",
      "kỹ sư công nghệ thông tin thị trường thiếu mỗi năm", approx="about", value_max=200000),
    F("có 3-5 năm", "3", 3, "measure", "năm", "kinh nghiệm của lập trình viên", value_max=5, optional=True),
    F("đạt 1.500-2.000", "1.500", 1500, "money", "USD/tháng", "lương bình quân của lập trình viên", value_max=2000),
    F("đạt 3.860 tỷ", "3.860", 3860e9, "money", "đồng", "doanh thu từ thị trường nước ngoài của tập đoàn", M3,
      change=change("increase", 24.5, "%"), location=NTL),
    F("hơn 21.000 người", "21.000", 21000, "count", "người", "tổng số kỹ sư của tập đoàn", approx="over",
      change=change("increase", 1200, "người", "cuối năm 2023"), location=NTL),
    F("khoảng 5.400 kỹ sư", "5.400", 5400, "count", "kỹ sư", "kỹ sư có chứng chỉ tiếng Nhật", approx="about",
      total=21000, location=NTL),
    F("đạt 6,5 tỷ USD", "6,5", 6.5e9, "money", "USD", "doanh thu xuất khẩu dịch vụ gia công phần mềm", Y24,
      status="target"),
    F("vượt 8 tỷ USD", "8", 8e9, "money", "USD", "doanh thu xuất khẩu dịch vụ gia công phần mềm", BY25,
      approx="over", status="forecast"),
    F("hơn 600 hội viên", "600", 600, "count", "hội viên", "hội viên của hiệp hội", approx="over"),
]

NOTES = [
    "News agency (TTXVN): header, headline, 'Thứ Hai, 22/04/2024 10:35', place-date tag 'Hà Nội, 22/4 (TTXVN) -', '(TTXVN)' at the end.",
    "Distractors: 10:35, 'Hà Nội, 22/4', baselines 'cùng kỳ năm trước' and 'cuối năm 2023', 'thành lập năm 2002'.",
    "National (VINASA) figures: location Việt Nam; the partner markets stay in the subject (a partner is not a place of the figure).",
    "Headline 'quý I' (no year, before the dateline) -> year of published, 2024. '3 tháng đầu năm' -> 2024 from 'quý I/2024'.",
    "'3-5 năm kinh nghiệm' qualifies the programmers whose wage is given: optional (a careful annotator may or may not count it).",
    "'thiếu khoảng 150.000-200.000 kỹ sư … mỗi năm' is a rate: measure, unit 'kỹ sư/năm'.",
    "The corporation's head office is in quận Nam Từ Liêm: its figures are located there. 'tăng 1.200 người so với cuối năm 2023' is",
    "the change of 21.000; 'trong đó khoảng 5.400 kỹ sư' -> total 21.000. 'tăng 24,5%' has no baseline.",
    "'phấn đấu' -> target; 'dự báo … có thể vượt 8 tỷ USD' -> forecast, approx over ('vượt' before an amount).",
]

if __name__ == "__main__":
    write("p1315-8", TEXT, NOTES, FIGS, published="2024-04-22", location="Việt Nam")
