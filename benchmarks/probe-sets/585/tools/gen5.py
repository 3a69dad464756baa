"""p585-5: Báo Thanh Hóa (Party newspaper), remittances and returnees 2023."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """Báo Thanh Hóa > Kinh tế

Kiều hối - nguồn lực phát triển kinh tế nông thôn

Năm 2023, lượng kiều hối chuyển về Thanh Hóa ước đạt 480 triệu USD, tăng 6,7% so với năm 2022; trong đó khoảng 70% từ người lao động đang làm việc ở nước ngoài theo hợp đồng.

Theo Sở Lao động - Thương binh và Xã hội, hiện toàn tỉnh có gần 50.000 lao động đang làm việc ở nước ngoài, chủ yếu tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc). Mỗi năm, tỉnh đưa từ 10.000 đến 12.000 lao động đi làm việc ở nước ngoài; riêng năm 2023 là 11.457 người, xếp thứ 3 toàn quốc.

Tại huyện Hoằng Hóa, mỗi năm lao động gửi về khoảng 1.100 tỷ đồng; nhiều xã trong huyện có trên 80% số hộ xây nhà kiên cố từ nguồn tiền này. Tỷ lệ hộ nghèo của huyện giảm từ 4,12% năm 2021 xuống còn 1,86% năm 2023.

Đáng chú ý, năm 2023 có 326 lao động về nước thành lập doanh nghiệp, hợp tác xã hoặc mở cơ sở sản xuất, tạo việc làm cho hơn 2.400 lao động địa phương với thu nhập bình quân 7,5 triệu đồng/người/tháng. Anh Lê Văn Hùng ở thôn 5, xã Quảng Nhân (huyện Quảng Xương) sau 6 năm làm việc tại Hàn Quốc đã về mở xưởng cơ khí, tạo việc làm cho 15 lao động.

Giai đoạn 2024-2025, tỉnh phấn đấu mỗi năm hỗ trợ ít nhất 400 lao động về nước khởi nghiệp, đồng thời nâng tỷ lệ lao động qua đào tạo trước khi xuất cảnh lên 75%.

Minh Hằng

18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
FIGS = [
    F("ước đạt 480 triệu USD", "480", 480000000, "money", "USD", "lượng kiều hối chuyển về Thanh Hóa", Y23, status="estimate",
      change=CH("increase", 6.7, baseline="năm 2022")),
    F("khoảng 70%", "70", 70, "percent", "%", "kiều hối từ người lao động đang làm việc ở nước ngoài theo hợp đồng", Y23,
      approx="about", status="estimate"),
    F("gần 50.000 lao động", "50.000", 50000, "count", "lao động", "lao động đang làm việc ở nước ngoài", approx="nearly"),
    F("từ 10.000 đến 12.000 lao động", "10.000", 10000, "count", "lao động", "lao động tỉnh đưa đi làm việc ở nước ngoài mỗi năm",
      value_max=12000),
    F("là 11.457 người", "11.457", 11457, "count", "người", "lao động tỉnh đưa đi làm việc ở nước ngoài",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "lao động đi làm việc ở nước ngoài xếp hạng toàn quốc",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 1.100 tỷ đồng", "1.100", 1100000000000, "money", "đồng", "tiền lao động gửi về mỗi năm", approx="about",
      location="Hoằng Hóa"),
    F("trên 80% số hộ", "80", 80, "percent", "%", "số hộ xây nhà kiên cố từ tiền kiều hối", approx="over", location="Hoằng Hóa"),
    F("từ 4,12%", "4,12", 4.12, "percent", "%", "tỷ lệ hộ nghèo của huyện", P("năm 2021", "2021-01-01", "2021-12-31"),
      location="Hoằng Hóa"),
    F("còn 1,86%", "1,86", 1.86, "percent", "%", "tỷ lệ hộ nghèo của huyện", P("năm 2023", "2023-01-01", "2023-12-31"),
      location="Hoằng Hóa"),
    F("có 326 lao động", "326", 326, "count", "lao động",
      "lao động về nước thành lập doanh nghiệp, hợp tác xã hoặc mở cơ sở sản xuất", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 2.400 lao động", "2.400", 2400, "count", "lao động", "lao động địa phương được tạo việc làm",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("bình quân 7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân lao động địa phương",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("sau 6 năm", "6", 6, "measure", "năm", "thời gian làm việc tại Hàn Quốc", location="Quảng Xương", optional=True),
    F("cho 15 lao động", "15", 15, "count", "lao động", "lao động được xưởng cơ khí tạo việc làm", location="Quảng Xương"),
    F("ít nhất 400 lao động", "400", 400, "count", "lao động", "lao động về nước được hỗ trợ khởi nghiệp mỗi năm", G,
      approx="at_least", status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ lao động qua đào tạo trước khi xuất cảnh", G, status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa (Party newspaper; byline and bare date '18/01/2024' at the end): remittances, workers abroad, returnee start-ups.",
    "'trong đó khoảng 70% từ người lao động...' is a share of a sub-part, its own percent figure (status estimate continues from 'ước').",
    "'giảm từ 4,12% năm 2021 xuống còn 1,86% năm 2023' is two percent figures with their own years, not a range and no change.",
    "Hoằng Hóa figures take the district; the returnee's workshop is in huyện Quảng Xương (xã named only as an address).",
    "'sau 6 năm làm việc' is a duration: optional. 'thôn 5' is an address; 'Lê Văn Hùng' a name.",
    "Periods: 'Năm 2023' / 'năm 2023' scored where in the sentence; 'Mỗi năm', 'hiện' -> none; 'Giai đoạn 2024-2025' for the targets.",
    "revised after the first run: subject of the 70% share no longer starts with an invented 'tỷ trọng'.",
]

if __name__ == "__main__":
    emit("p585-5", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Thanh Hóa")
