"""p1437-5: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): bailiffs serving court papers, quý I/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Bạn đọc

Thừa phát lại - "cánh tay nối dài" của tòa án

Thứ Ba, 25/03/2025 07:30

(BGĐT) - Quý I/2025, các văn phòng thừa phát lại trên địa bàn tỉnh tống đạt gần 7 nghìn văn bản, góp phần rút ngắn thời gian giải quyết các vụ án dân sự, hôn nhân và gia đình.

Theo Sở Tư pháp, toàn tỉnh hiện có 5 văn phòng thừa phát lại với 9 thừa phát lại đang hành nghề. Quý I/2025, các văn phòng tống đạt 6.870 văn bản, bằng 26% kế hoạch năm và tăng 15,3% so với cùng kỳ năm 2024; lập 412 vi bằng, trong đó khoảng 60% là vi bằng ghi nhận hiện trạng tài sản, nhà đất.

Tại Văn phòng Thừa phát lại Minh Phúc (huyện Lạng Giang), mỗi tháng văn phòng nhận từ 1.400 đến 1.600 văn bản cần tống đạt. Văn phòng có 2 thừa phát lại và 11 thư ký nghiệp vụ; mỗi thư ký phụ trách khoảng 150 văn bản/tháng. Trụ sở văn phòng đặt tại số 126 đường Thân Nhân Trung, thị trấn Vôi.

Ông Nguyễn Đức Toàn, Chánh án Tòa án nhân dân huyện Lạng Giang cho biết, từ khi ký hợp đồng với thừa phát lại, tỷ lệ văn bản tống đạt đúng hạn của tòa đạt 98,2%, số vụ án phải hoãn xét xử giảm 42%.

Theo Sở Tư pháp, Bắc Giang hiện đứng thứ 3 trong các tỉnh trung du và miền núi phía Bắc về số văn bản tống đạt qua thừa phát lại. Năm nay, tỉnh phấn đấu tống đạt 26.500 văn bản; dự kiến cho phép thành lập thêm hai văn phòng tại các huyện miền núi.

HOÀNG ANH

Từ khóa: thừa phát lại, vi bằng, tống đạt, Nghị định 08/2020

Bài liên quan:
- Tập huấn kỹ năng lập vi bằng cho thư ký nghiệp vụ
- Hội nghị triển khai Luật Đất đai 2024 tại huyện Lạng Giang
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
YN = per("Năm nay", "2025-01-01", "2025-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("gần 7 nghìn văn bản", "7", 7000, "count", "văn bản", approx="nearly",
        subject="văn bản các văn phòng thừa phát lại trên địa bàn tỉnh tống đạt", period=Q1),
    fig("có 5 văn phòng", "5", 5, "count", "văn phòng thừa phát lại", subject="văn phòng thừa phát lại"),
    fig("với 9 thừa phát lại", "9", 9, "count", "thừa phát lại", subject="thừa phát lại đang hành nghề"),
    fig("tống đạt 6.870 văn bản", "6.870", 6870, "count", "văn bản", percent=26,
        change=chg("increase", 15.3, "%", "cùng kỳ năm 2024"),
        subject="văn bản các văn phòng tống đạt", period=Q1),
    fig("lập 412 vi bằng", "412", 412, "count", "vi bằng", subject="vi bằng các văn phòng lập", period=Q1),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="vi bằng ghi nhận hiện trạng tài sản, nhà đất", period=Q1),
    fig("từ 1.400 đến 1.600", "1.400", 1400, "measure", "văn bản/tháng", value_max=1600,
        subject="văn bản cần tống đạt văn phòng nhận mỗi tháng", location=LG),
    fig("có 2 thừa phát lại", "2", 2, "count", "thừa phát lại", subject="thừa phát lại của văn phòng",
        location=LG),
    fig("và 11 thư ký", "11", 11, "count", "thư ký nghiệp vụ", subject="thư ký nghiệp vụ của văn phòng",
        location=LG),
    fig("khoảng 150 văn bản/tháng", "150", 150, "measure", "văn bản/tháng", approx="about",
        subject="văn bản mỗi thư ký phụ trách", location=LG),
    fig("đạt 98,2%", "98,2", 98.2, "percent", "%",
        subject="tỷ lệ văn bản tống đạt đúng hạn của tòa", location=LG),
    fig("giảm 42%", "42", 42, "percent", "%",
        subject="số vụ án phải hoãn xét xử", location=LG),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số văn bản tống đạt qua thừa phát lại"),
    fig("tống đạt 26.500 văn bản", "26.500", 26500, "count", "văn bản", status="target",
        subject="văn bản tỉnh tống đạt", period=YN),
    fig("thêm hai văn phòng", "hai", 2, "count", "văn phòng", status="forecast",
        subject="văn phòng thành lập thêm tại các huyện miền núi", period=YN),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): sapo with tag '(BGĐT) -', dateline 'Thứ Ba, 25/03/2025 07:30', byline HOÀNG ANH at the end.",
    "The tag and 'Bắc Giang hiện đứng thứ 3' give the default location Bắc Giang; the office passage (huyện Lạng Giang) and the court chief's quote are Lạng Giang.",
    "Distractors: 07:30, 'số 126 đường Thân Nhân Trung', 'Nghị định 08/2020' in the tags, 'Luật Đất đai 2024' in a link.",
    "'gần 7 nghìn' = 7000 (nearly). '6.870 văn bản, bằng 26% kế hoạch năm và tăng 15,3% …' → percent 26 and change 15,3.",
    "'trong đó khoảng 60% là vi bằng …' is a percent figure of its own (a percent has no whole in vi bằng). 'mỗi tháng … từ 1.400 đến 1.600' and",
    "  'khoảng 150 văn bản/tháng' are rates (measure, văn bản/tháng). 'giảm 42%' stands without a base amount: a percent figure.",
    "'Năm nay' = 2025 (dateline). 'phấn đấu' → target for 26.500; 'dự kiến' → forecast for 'hai văn phòng'.",
]

if __name__ == "__main__":
    write("p1437-5", TEXT, NOTES, FIGS, published="2025-03-25", location="Bắc Giang")
