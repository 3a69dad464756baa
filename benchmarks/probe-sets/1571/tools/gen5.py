"""p1571-5: provincial newspaper (Báo Vĩnh Phúc, tag '(BVP) -'): a glass bottle plant in Bình Xuyên switches to natural gas."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """BÁO VĨNH PHÚC ĐIỆN TỬ
Kinh tế | Doanh nghiệp
Thứ Năm, 20/06/2024 | 15:12

Nhà máy chai thủy tinh ở Bình Xuyên chuyển sang dùng khí thiên nhiên

Sau hơn 2 năm đi vào hoạt động, Nhà máy Bao bì Thủy tinh Ocean Glass tại KCN Bá Thiện, huyện Bình Xuyên đã hoàn tất chuyển đổi nhiên liệu từ dầu FO sang khí thiên nhiên, giảm khoảng 20% lượng khí thải CO2.

(BVP) - Theo đại diện doanh nghiệp, nhà máy có hai lò nấu với tổng công suất 450 tấn/ngày. 6 tháng đầu năm, nhà máy sản xuất hơn 95 triệu chai, đạt 52% kế hoạch năm; doanh thu khoảng 27 triệu USD, tăng 9% so với cùng kỳ năm 2023.

Việc chuyển đổi giúp nhà máy tiết kiệm khoảng 1,8 tỷ đồng chi phí nhiên liệu mỗi tháng. Nhà máy hiện sử dụng 640 lao động, trong đó hơn 90% là lao động địa phương, thu nhập bình quân 10,2 triệu đồng/người/tháng.

Ông Lee Jun Ho, Tổng Giám đốc công ty cho biết: "Năm nay, chúng tôi dự kiến đầu tư thêm 15 triệu USD để lắp đặt dây chuyền thứ ba, nâng công suất lên 650 tấn/ngày".

Theo Sở Công Thương, toàn tỉnh hiện có 2 nhà máy sản xuất chai lọ thủy tinh, tổng công suất khoảng 700 tấn/ngày. Sản lượng của các nhà máy này mới đáp ứng khoảng 35% nhu cầu chai thủy tinh của các doanh nghiệp đồ uống trong tỉnh.

THANH HƯƠNG

Từ khóa: thủy tinh, Bình Xuyên, khí thiên nhiên
Tin cùng chuyên mục:
- Vĩnh Phúc tổ chức Hội nghị gặp mặt doanh nghiệp FDI năm 2024
- Khởi công nhà xưởng số 5 tại KCN Bình Xuyên II
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NN = P("Năm nay", "2024-01-01", "2024-12-31")
BX = "Bình Xuyên"

FIGS = [
    F("hơn 2 năm", "2", 2, "measure", "năm", approx="over", location=BX, optional=True),
    F("giảm khoảng 20%", "20", 20, "percent", "%", approx="about", subject="lượng khí thải CO2", location=BX),
    F("có hai lò nấu", "hai", 2, "count", "lò nấu", subject="lò nấu của nhà máy", location=BX),
    F("suất 450 tấn/ngày", "450", 450, "measure", "tấn/ngày", subject="tổng công suất", location=BX),
    F("hơn 95 triệu", "95", 95e6, "count", "chai", approx="over", percent=52,
      subject="chai nhà máy sản xuất", period=H6, location=BX),
    F("khoảng 27 triệu", "27", 27e6, "money", "USD", approx="about", change=chg("increase", 9, "%", "cùng kỳ năm 2023"),
      subject="doanh thu", period=H6, location=BX),
    F("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng/tháng", approx="about",
      subject="chi phí nhiên liệu tiết kiệm", location=BX),
    F("dụng 640 lao động", "640", 640, "count", "lao động", subject="lao động của nhà máy", location=BX),
    F("hơn 90%", "90", 90, "percent", "%", approx="over", subject="lao động địa phương", location=BX),
    F("bình quân 10,2 triệu", "10,2", 10.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", location=BX),
    F("thêm 15 triệu", "15", 15e6, "money", "USD", status="forecast", subject="vốn đầu tư thêm", period=NN, location=BX),
    F("lên 650 tấn/ngày", "650", 650, "measure", "tấn/ngày", status="forecast", subject="công suất", location=BX),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy sản xuất chai lọ thủy tinh"),
    F("khoảng 700 tấn/ngày", "700", 700, "measure", "tấn/ngày", approx="about", subject="tổng công suất"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="nhu cầu chai thủy tinh của các doanh nghiệp đồ uống được đáp ứng"),
]

NOTES = [
    "Provincial newspaper (Báo Vĩnh Phúc): section, 'Thứ Năm, 20/06/2024 | 15:12' (published), headline, sapo, tag '(BVP) -', byline THANH HƯƠNG, keywords, related links.",
    "Plant passage (KCN Bá Thiện, huyện Bình Xuyên): location Bình Xuyên; province paragraph (Sở Công Thương, 'toàn tỉnh'): Vĩnh Phúc.",
    "'giảm khoảng 20% lượng khí thải CO2' is a rate as the claim: percent, no change. 'Sau hơn 2 năm đi vào hoạt động' is a duration that locates the story: optional.",
    "'6 tháng đầu năm' takes 2024 from the dateline. 'đạt 52% kế hoạch năm' → percent attribute of 95 triệu chai.",
    "'khoảng 1,8 tỷ đồng ... mỗi tháng' is a rate: unit đồng/tháng. 'trong đó hơn 90% là lao động địa phương' is its own percent figure.",
    "Quote 'Năm nay, chúng tôi dự kiến đầu tư thêm 15 triệu USD ..., nâng công suất lên 650 tấn/ngày' → forecast; năm nay = 2024; capacity gets no period.",
    "'mới đáp ứng khoảng 35% nhu cầu' stands in its own sentence: a percent figure of its own.",
    "Distractors: CO2, dầu FO, 'dây chuyền thứ ba', 'nhà xưởng số 5', KCN Bình Xuyên II, 'năm 2024' in a link, time 15:12.",
]

if __name__ == "__main__":
    write("p1571-5", TEXT, NOTES, FIGS, published="2024-06-20", location="Vĩnh Phúc")
