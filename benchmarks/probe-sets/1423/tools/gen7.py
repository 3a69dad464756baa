"""p1423-7: news agency (TTXVN style): An Giang lottery company raises travel support for street sellers."""
from lib import F, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Xã hội | Địa phương

An Giang tăng mức hỗ trợ cho người bán vé số lưu động

Thứ Hai, 17/02/2025 - 10:25

An Giang (TTXVN) - Công ty TNHH MTV Xổ số kiến thiết An Giang cho biết, công ty vừa nâng mức hỗ trợ chi phí đi lại cho người bán vé số lưu động từ 200 đồng lên 300 đồng/tờ vé bán ra, áp dụng cho khoảng 6,5 nghìn người bán dạo trên địa bàn tỉnh.

Năm 2024, công ty phát hành 312 triệu vé, tỷ lệ tiêu thụ đạt 97,1%; tổng doanh thu đạt 3.120 tỷ đồng, vượt 4% kế hoạch, đứng thứ 3 trong khu vực; nộp ngân sách 1.150 tỷ đồng, tăng 6,2% so với năm 2023. Tổng chi hoa hồng cho hệ thống đại lý khoảng 312 tỷ đồng, trong đó phần chi trực tiếp cho người bán lẻ chiếm hơn 70%.

Theo khảo sát của công ty, trong quý IV/2024, mỗi người bán vé số lưu động bán bình quân 135 tờ/ngày, giảm 10 tờ so với quý IV/2023; thu nhập bình quân khoảng 4,2 triệu đồng/tháng. Khoảng 35% người bán có độ tuổi trên 60, 18% là người khuyết tật.

Dịp Tết Nguyên đán Ất Tỵ 2025, công ty đã trao 2.000 phần quà, mỗi phần gồm 500.000 đồng tiền mặt và nhu yếu phẩm. Quý I/2025, công ty dự kiến phát hành khoảng 80 triệu vé; kế hoạch cả năm 2025, doanh thu đạt 3.250 tỷ đồng.

Công Mạo (TTXVN)

Tin liên quan:
- Kết quả xổ số kiến thiết An Giang kỳ vé 2K2
- An Giang: Hội nghị tổng kết công tác xổ số năm 2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("từ 200 đồng", "200", 200, "money", "đồng/tờ",
      subject="mức hỗ trợ chi phí đi lại cho người bán vé số lưu động trước đây"),
    F("lên 300 đồng/tờ", "300", 300, "money", "đồng/tờ",
      subject="mức hỗ trợ chi phí đi lại cho người bán vé số lưu động"),
    F("khoảng 6,5 nghìn", "6,5", 6500, "count", "người", approx="about",
      subject="người bán dạo trên địa bàn tỉnh"),
    F("phát hành 312 triệu", "312", 312e6, "count", "vé", subject="vé công ty phát hành", period=Y24),
    F("đạt 97,1%", "97,1", 97.1, "percent", "%", subject="tỷ lệ tiêu thụ", period=Y24),
    F("đạt 3.120 tỷ", "3.120", 3120e9, "money", "đồng", change=chg("increase", 4, "%", "kế hoạch"),
      subject="tổng doanh thu", period=Y24),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="tổng doanh thu", period=Y24),
    F("ngân sách 1.150 tỷ", "1.150", 1150e9, "money", "đồng", change=chg("increase", 6.2, "%", "năm 2023"),
      subject="nộp ngân sách", period=Y24),
    F("khoảng 312 tỷ", "312", 312e9, "money", "đồng", approx="about",
      subject="tổng chi hoa hồng cho hệ thống đại lý", period=inh(Y24)),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng phần chi trực tiếp cho người bán lẻ trong tổng chi hoa hồng", period=inh(Y24)),
    F("bình quân 135 tờ/ngày", "135", 135, "measure", "tờ/ngày",
      change=chg("decrease", 10, "tờ", "quý IV/2023"),
      subject="vé mỗi người bán vé số lưu động bán bình quân", period=Q4),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập bình quân", period=Q4),
    F("Khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ người bán có độ tuổi trên 60"),
    F("tuổi trên 60", "60", 60, "measure", "tuổi", approx="over", optional=True),
    F("60, 18%", "18", 18, "percent", "%", subject="tỷ lệ người bán là người khuyết tật"),
    F("trao 2.000 phần", "2.000", 2000, "count", "phần quà", subject="phần quà Tết công ty trao"),
    F("gồm 500.000 đồng", "500.000", 500000, "money", "đồng/phần", subject="tiền mặt mỗi phần quà"),
    F("khoảng 80 triệu", "80", 80e6, "count", "vé", approx="about", status="forecast",
      subject="vé công ty phát hành", period=Q1),
    F("đạt 3.250 tỷ", "3.250", 3250e9, "money", "đồng", status="target", subject="doanh thu", period=Y25),
]

NOTES = [
    "News agency (TTXVN style): masthead, menu, 'Thứ Hai, 17/02/2025 - 10:25', 'An Giang (TTXVN) -', byline 'Công Mạo (TTXVN)'.",
    "Distractors: 10:25, 'Tết Nguyên đán Ất Tỵ 2025', 'kỳ vé 2K2' (a ticket series), 'năm 2024' in a link title, 'TNHH MTV'.",
    "'nâng ... từ 200 đồng lên 300 đồng/tờ' → two money figures in đồng/tờ: the old level and the new one (not a range).",
    "'khoảng 6,5 nghìn người' → 6500 (nghìn multiplier).",
    "'tổng doanh thu đạt 3.120 tỷ đồng, vượt 4% kế hoạch' → change +4% with baseline 'kế hoạch' (spec: a gap to a plan is a change).",
    "'đứng thứ 3 trong khu vực' → rank 3, located in An Giang (the company's province).",
    "'trong đó phần chi trực tiếp ... chiếm hơn 70%' after an amount in another unit → a percent figure of its own, no total.",
    "'135 tờ/ngày, giảm 10 tờ so với quý IV/2023' → change in tờ. 'trong quý IV/2024' governs the whole sentence.",
    "'mỗi phần gồm 500.000 đồng tiền mặt': 'gồm' here lists what a gift holds, not parts of the 2.000 phần: no total; unit đồng/phần.",
    "'dự kiến phát hành khoảng 80 triệu vé' → forecast; '; kế hoạch cả năm 2025, doanh thu đạt ...' → target (its own cue).",
    "'trên 60' (age) is an age threshold: optional.",
    "revised after the first run: rank subject 'tổng doanh thu trong khu vực' → 'tổng doanh thu' (same rule as p1423-3's rank).",
]

if __name__ == "__main__":
    write("p1423-7", TEXT, NOTES, FIGS, published="2025-02-17", location="An Giang")
