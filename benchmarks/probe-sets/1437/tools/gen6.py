"""p1437-6: national newspaper (VnExpress-like): buying houses with a bailiff's record (vi bằng) in TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Pháp luật > Hồ sơ

Thứ năm, 14/11/2024, 08:30 (GMT+7)

Mua nhà bằng vi bằng: rẻ nhưng nhiều rủi ro

Nhà "giấy tay" ở ngoại thành TP HCM được rao bán thấp hơn nhà có sổ hồng, kèm lời hứa "lập vi bằng tại văn phòng thừa phát lại", nhưng người mua có thể mất trắng.

Theo Sở Tư pháp TP HCM, 10 tháng đầu năm 2024, 46 văn phòng thừa phát lại trên địa bàn đã lập khoảng 98.000 vi bằng, trong đó gần 35% liên quan đến nhà, đất. Cả nước hiện có khoảng 220 văn phòng thừa phát lại, riêng TP HCM chiếm 21%.

Tại huyện Bình Chánh, căn nhà cấp 4 rộng 40 m2 trên đường Trần Văn Giàu được rao bán 1,2 tỷ đồng, thấp hơn khoảng 35% so với nhà có sổ hồng cùng khu vực.

Luật sư Trần Quốc Hưng (Đoàn Luật sư TP HCM) giải thích, vi bằng chỉ ghi nhận sự kiện giao nhận tiền, không thay thế hợp đồng công chứng và không phải căn cứ để sang tên.

Năm 2023, Công an TP HCM tiếp nhận 27 đơn tố giác liên quan mua bán nhà đất qua vi bằng, số tiền bị chiếm đoạt hơn 180 tỷ đồng. Trong vụ lớn nhất ở TP Thủ Đức, ba căn nhà bị bán cho 11 người mua khác nhau.

Bà Phạm Thị Lan, Trưởng Văn phòng Thừa phát lại Sài Gòn Mới (Quận 12), cho biết chi phí lập vi bằng giao nhận tiền thường từ 3 đến 6 triệu đồng; mỗi ngày văn phòng nhận 15-20 yêu cầu.

Từ đầu năm đến nay, Sở Tư pháp đã kiểm tra 12 văn phòng, phát hiện 4 văn phòng lập vi bằng sai quy định, xử phạt tổng cộng 310 triệu đồng.

Hải Duyên
"""

M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")

FIGS = [
    fig("2024, 46 văn phòng", "46", 46, "count", "văn phòng thừa phát lại",
        subject="văn phòng thừa phát lại trên địa bàn", period=M10),
    fig("khoảng 98.000 vi bằng", "98.000", 98000, "count", "vi bằng", approx="about",
        subject="vi bằng các văn phòng thừa phát lại đã lập", period=M10),
    fig("gần 35%", "35", 35, "percent", "%", approx="nearly",
        subject="vi bằng liên quan đến nhà, đất", period=M10),
    fig("khoảng 220 văn phòng", "220", 220, "count", "văn phòng thừa phát lại", approx="about",
        subject="văn phòng thừa phát lại", location="Việt Nam"),
    fig("chiếm 21%", "21", 21, "percent", "%",
        subject="văn phòng thừa phát lại của TP HCM trong cả nước"),
    fig("rộng 40 m2", "40", 40, "measure", "m2", subject="diện tích căn nhà cấp 4", location="Bình Chánh"),
    fig("bán 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng",
        change=chg("decrease", 35, "%", "nhà có sổ hồng cùng khu vực", approx="about"),
        subject="giá rao bán căn nhà", location="Bình Chánh"),
    fig("tiếp nhận 27 đơn", "27", 27, "count", "đơn tố giác",
        subject="đơn tố giác liên quan mua bán nhà đất qua vi bằng", period=Y23),
    fig("hơn 180 tỷ đồng", "180", 180e9, "money", "đồng", approx="over",
        subject="số tiền bị chiếm đoạt", period=Y23),
    fig("ba căn nhà", "ba", 3, "count", "căn nhà", subject="căn nhà bị bán", location="Thủ Đức",
        period=inh(Y23)),
    fig("cho 11 người", "11", 11, "count", "người mua", subject="người mua", location="Thủ Đức",
        period=inh(Y23)),
    fig("từ 3 đến 6 triệu", "3", 3e6, "money", "đồng", value_max=6e6,
        subject="chi phí lập vi bằng giao nhận tiền"),
    fig("nhận 15-20 yêu cầu", "15", 15, "measure", "yêu cầu/ngày", value_max=20,
        subject="yêu cầu văn phòng nhận mỗi ngày", location="Quận 12"),
    fig("kiểm tra 12 văn phòng", "12", 12, "count", "văn phòng",
        subject="văn phòng Sở Tư pháp đã kiểm tra", period=YTD),
    fig("phát hiện 4 văn phòng", "4", 4, "count", "văn phòng",
        subject="văn phòng lập vi bằng sai quy định", period=YTD),
    fig("cộng 310 triệu", "310", 310e6, "money", "đồng",
        subject="tổng tiền xử phạt", period=YTD),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ năm, 14/11/2024, 08:30 (GMT+7)', sapo, quote, byline 'Hải Duyên' at the end. Default location TP Hồ Chí Minh.",
    "Distractors: 08:30, '(GMT+7)', 'nhà cấp 4' (a building grade), 'Quận 12' in an office's address (a place, not a figure), the sapo.",
    "'trong đó gần 35% liên quan đến nhà, đất' is a percent figure (a percent has no whole in vi bằng). 'Cả nước … khoảng 220 văn phòng' is Việt Nam;",
    "  'riêng TP HCM chiếm 21%' is a percent figure of its own, located in TP HCM (its subject is the share of the offices).",
    "'1,2 tỷ đồng, thấp hơn khoảng 35% so với nhà có sổ hồng' → change decrease 35. The house (40 m2, 1,2 tỷ) is in huyện Bình Chánh.",
    "'ba căn nhà … cho 11 người' is in TP Thủ Đức; its year is inherited from 'Năm 2023' in the sentence before.",
    "'mỗi ngày văn phòng nhận 15-20 yêu cầu' is a rate range (yêu cầu/ngày) of the office in Quận 12 (location Quận 12, as an office placed in a",
    "  district elsewhere in this set); the cost '3 đến 6 triệu' names no office ('thường'): TP Hồ Chí Minh. 'Từ đầu năm đến nay' ends at 2024-11-14.",
    "revised after the first run: 15-20 yêu cầu location TP Hồ Chí Minh → Quận 12 (the clause names the office, placed in Quận 12).",
]

if __name__ == "__main__":
    write("p1437-6", TEXT, NOTES, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
