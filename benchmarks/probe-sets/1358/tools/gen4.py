"""p1358-4: provincial Party newspaper (Báo Bắc Giang): 9-month gambling results, a lottery ('lô đề') ring in huyện Lạng Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao

Pháp luật
Bắc Giang: 9 tháng triệt xóa 27 tụ điểm cờ bạc, lô đề
Thứ Bảy, 12/10/2024 - 07:15

(BGĐT) - Từ đầu năm đến nay, lực lượng Công an tỉnh Bắc Giang đã phát hiện, xử lý 134 vụ đánh bạc, tổ chức đánh bạc, giảm 8,2% so với cùng kỳ, với 689 đối tượng; triệt xóa 27 tụ điểm cờ bạc, lô đề.

Theo Phòng Cảnh sát hình sự Công an tỉnh, 9 tháng đầu năm 2024, cơ quan chức năng đã khởi tố 98 vụ, 412 bị can; xử phạt vi phạm hành chính 277 đối tượng với số tiền gần 1,9 tỷ đồng. Số tiền thu giữ trên chiếu bạc và khi khám xét khoảng 5,6 tỷ đồng, tăng gần 1,4 lần so với cùng kỳ năm 2023.

Lạng Giang và Lục Nam là hai địa phương phát hiện nhiều vụ nhất, lần lượt 21 vụ và 18 vụ.

Điển hình, ngày 20/9, Công an huyện Lạng Giang triệt phá đường dây ghi lô đề do Hoàng Văn Chiến (SN 1975, trú tại thị trấn Vôi) cầm đầu. Đường dây có 1 "chủ đề" và 8 "thư ký" hoạt động tại 6 xã; mỗi ngày nhận ghi khoảng 80 - 100 triệu đồng tiền lô đề. Tổng số tiền giao dịch trong hai tháng qua ước khoảng 5,2 tỷ đồng. Cơ quan công an thu giữ 23 cuốn sổ ghi lô đề, 11 điện thoại và 32,4 triệu đồng.

Theo Thượng tá Dương Văn Kiên, Trưởng Phòng Cảnh sát hình sự, quý IV/2024, đơn vị phấn đấu triệt xóa thêm ít nhất 5 tụ điểm, nâng tỷ lệ khám phá án cờ bạc lên trên 95%.

HÀ ANH

Tin cùng chuyên mục:
- Khởi tố đối tượng trộm cắp tài sản tại huyện Yên Thế
- Tăng cường bảo đảm trật tự an toàn giao thông dịp cuối năm
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-12")
HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("9 tháng triệt xóa 27", "27", 27, "count", "tụ điểm", subject="tụ điểm cờ bạc, lô đề triệt xóa",
        period=HEAD),
    fig("xử lý 134 vụ", "134", 134, "count", "vụ", change=chg("decrease", 8.2, "%", "cùng kỳ"),
        subject="vụ đánh bạc, tổ chức đánh bạc phát hiện, xử lý", period=YTD),
    fig("với 689 đối tượng", "689", 689, "count", "đối tượng",
        subject="đối tượng đánh bạc, tổ chức đánh bạc", period=YTD),
    fig("; triệt xóa 27", "27", 27, "count", "tụ điểm", subject="tụ điểm cờ bạc, lô đề triệt xóa",
        period=YTD),
    fig("khởi tố 98 vụ", "98", 98, "count", "vụ", subject="vụ khởi tố", period=NINE),
    fig("412 bị can", "412", 412, "count", "bị can", subject="bị can khởi tố", period=NINE),
    fig("hành chính 277 đối tượng", "277", 277, "count", "đối tượng",
        subject="đối tượng bị xử phạt vi phạm hành chính", period=NINE),
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
        subject="số tiền xử phạt vi phạm hành chính", period=NINE),
    fig("khoảng 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", approx="about",
        change=chg("increase", 1.4, "lần", "cùng kỳ năm 2023", approx="nearly"),
        subject="số tiền thu giữ trên chiếu bạc và khi khám xét", period=inh(NINE)),
    fig("là hai địa phương", "hai", 2, "count", "địa phương",
        subject="địa phương phát hiện nhiều vụ nhất", optional=True),
    fig("lần lượt 21 vụ", "21", 21, "count", "vụ", subject="vụ phát hiện", location=LG,
        period=inh(YTD)),
    fig("và 18 vụ", "18", 18, "count", "vụ", subject="vụ phát hiện", location="Lục Nam",
        period=inh(YTD)),
    fig("có 1 \"chủ đề\"", "1", 1, "count", "chủ đề", subject="chủ đề của đường dây ghi lô đề", location=LG),
    fig("8 \"thư ký\"", "8", 8, "count", "thư ký", subject="thư ký của đường dây ghi lô đề", location=LG),
    fig("tại 6 xã", "6", 6, "count", "xã", subject="xã đường dây hoạt động", location=LG),
    fig("khoảng 80 - 100", "80", 80e6, "money", "đồng/ngày", value_max=100e6, approx="about",
        subject="tiền lô đề nhận ghi mỗi ngày", location=LG),
    fig("ước khoảng 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng số tiền giao dịch trong hai tháng qua", location=LG),
    fig("23 cuốn", "23", 23, "count", "cuốn sổ ghi lô đề", subject="sổ ghi lô đề thu giữ", location=LG),
    fig("11 điện thoại", "11", 11, "count", "điện thoại", subject="điện thoại thu giữ", location=LG),
    fig("và 32,4 triệu", "32,4", 32.4e6, "money", "đồng", subject="tiền thu giữ", location=LG),
    fig("ít nhất 5 tụ điểm", "5", 5, "count", "tụ điểm", approx="at_least", status="target",
        subject="tụ điểm triệt xóa thêm", period=Q4),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ khám phá án cờ bạc", period=Q4),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, section, headline with a figure, 'Thứ Bảy, 12/10/2024 - 07:15', tag '(BGĐT) -', byline, related links.",
    "Distractors: 07:15, ngày 20/9, SN 1975, 'trong hai tháng qua' (a duration that locates the figure), Thượng tá, 'quý IV/2024', links.",
    "Headline '9 tháng … 27 tụ điểm' and the lead's 27 (period 'Từ đầu năm đến nay', to the dateline) are two figures.",
    "'giảm 8,2% so với cùng kỳ' stands right after 134 vụ → its change. 'tăng gần 1,4 lần' → change in lần (approx nearly) of 5,6 tỷ.",
    "'Lạng Giang và Lục Nam là hai địa phương …, lần lượt 21 vụ và 18 vụ': list items, places → location; 'hai địa phương' only names the pair (optional).",
    "The lô đề ring passage (Công an huyện Lạng Giang) → location Lạng Giang. '80 - 100 triệu đồng' range, the multiplier applies to both; 'mỗi ngày' → đồng/ngày.",
    "'trong hai tháng qua' has no date → no period for 5,2 tỷ ('ước khoảng' → estimate + about).",
]

if __name__ == "__main__":
    write("p1358-4", TEXT, NOTES, FIGS, published="2024-10-12", location="Bắc Giang")
