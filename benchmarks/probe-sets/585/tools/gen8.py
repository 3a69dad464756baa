"""p585-8: Đài PT-TH Hải Dương news site, job fair for returnees, 2023 returnees and 2024 plan."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import P, I, CH, F, emit

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự > Xã hội

Hơn 1.500 lao động về nước được tư vấn, giới thiệu việc làm

Ngày cập nhật: 20/03/2024 14:25

(HDTV) - Sáng 19/3, tại số 3 đường Thanh Niên, TP Hải Dương, Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm chuyên đề lần thứ 2 trong năm dành cho lao động đã hoàn thành hợp đồng ở nước ngoài trở về. Phiên giao dịch thu hút 42 doanh nghiệp với hơn 2.300 vị trí việc làm; trong đó 1.150 vị trí dành cho lao động biết tiếng Nhật, 640 vị trí cho lao động biết tiếng Hàn.

Theo Sở Lao động - Thương binh và Xã hội, năm 2023 có 1.528 lao động của tỉnh hoàn thành hợp đồng về nước, trong đó từ Nhật Bản 812 người, Hàn Quốc 436 người, Đài Loan (Trung Quốc) 280 người. Khảo sát cho thấy khoảng 65% lao động về nước có nhu cầu làm việc tại doanh nghiệp FDI, 18% muốn tự khởi nghiệp.

Mức lương doanh nghiệp đưa ra cho lao động về nước từ 9 đến 15 triệu đồng/tháng, cao hơn 20-30% so với lao động phổ thông. Hiện tỉnh có 14 doanh nghiệp dịch vụ và 9 cơ sở đào tạo ngoại ngữ cho lao động đi làm việc ở nước ngoài.

Năm 2024, tỉnh phấn đấu giới thiệu việc làm cho ít nhất 1.000 lao động về nước; dự kiến tổ chức 12 phiên giao dịch việc làm chuyên đề, mỗi phiên có từ 20 doanh nghiệp trở lên.

Thu Hà

Đường dây nóng: 0220.3890.668
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Hơn 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động về nước được tư vấn, giới thiệu việc làm", approx="over"),
    F("thu hút 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp tham gia phiên giao dịch việc làm"),
    F("hơn 2.300 vị trí", "2.300", 2300, "count", "vị trí việc làm", "vị trí việc làm tại phiên giao dịch", approx="over"),
    F("trong đó 1.150 vị trí", "1.150", 1150, "count", "vị trí", "vị trí dành cho lao động biết tiếng Nhật", total=2300),
    F("640 vị trí", "640", 640, "count", "vị trí", "vị trí cho lao động biết tiếng Hàn", total=2300),
    F("có 1.528 lao động", "1.528", 1528, "count", "lao động", "lao động của tỉnh hoàn thành hợp đồng về nước", Y23),
    F("Nhật Bản 812 người", "812", 812, "count", "người", "lao động hoàn thành hợp đồng về nước từ Nhật Bản", Y23, total=1528),
    F("Hàn Quốc 436 người", "436", 436, "count", "người", "lao động hoàn thành hợp đồng về nước từ Hàn Quốc", Y23, total=1528),
    F("Trung Quốc) 280 người", "280", 280, "count", "người", "lao động hoàn thành hợp đồng về nước từ Đài Loan (Trung Quốc)", Y23,
      total=1528),
    F("khoảng 65%", "65", 65, "percent", "%", "lao động về nước có nhu cầu làm việc tại doanh nghiệp FDI", approx="about"),
    F("FDI, 18%", "18", 18, "percent", "%", "lao động về nước muốn tự khởi nghiệp"),
    F("từ 9 đến 15 triệu", "9", 9000000, "money", "đồng/tháng", "mức lương doanh nghiệp đưa ra cho lao động về nước",
      value_max=15000000, change=CH("increase", 20, baseline="lao động phổ thông")),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp dịch vụ đưa lao động đi làm việc ở nước ngoài"),
    F("và 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở đào tạo ngoại ngữ cho lao động đi làm việc ở nước ngoài"),
    F("ít nhất 1.000 lao động", "1.000", 1000, "count", "lao động", "lao động về nước được giới thiệu việc làm", Y24,
      approx="at_least", status="target"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên", "phiên giao dịch việc làm chuyên đề", Y24, status="forecast"),
    F("từ 20 doanh nghiệp trở lên", "20", 20, "count", "doanh nghiệp", "doanh nghiệp mỗi phiên", Y24, approx="at_least",
      status="forecast", optional=True),
]

COMMENTS = [
    "Provincial radio-TV news site (tag '(HDTV) -', 'Ngày cập nhật: 20/03/2024 14:25', byline, hotline): returnee job fair.",
    "The fair is a one-day event ('Sáng 19/3'): its figures get no period (unscored). Headline has no period.",
    "'hơn 2.300 vị trí; trong đó 1.150 ..., 640 ...' -> total 2300; returnees by source country after 'trong đó' -> total 1528,",
    "same sentence, period scored. Source countries are not places: location Hải Dương. 'cao hơn 20-30% so với lao động phổ thông' is the",
    "change of the wage range (value 20). 'mỗi phiên có từ 20 doanh nghiệp trở lên' is a threshold: optional.",
    "Distractors: 'số 3 đường Thanh Niên', 'lần thứ 2 trong năm' (ordinal), 'Sáng 19/3', hotline 0220.3890.668, FDI.",
]

if __name__ == "__main__":
    emit("p585-8", TEXT, COMMENTS, FIGS, published="2024-03-20", location="Hải Dương")
