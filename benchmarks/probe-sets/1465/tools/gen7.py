"""p1465-7: news agency (TTXVN / Vietnam+): customs find fake perfume in express parcels, TP Hồ Chí Minh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | VIETNAM+
Xã hội › Pháp luật

Phát hiện gần 2.000 chai nước hoa nghi giả gửi qua đường chuyển phát nhanh

05/11/2024 16:45 GMT+7

TP Hồ Chí Minh, 5/11 (TTXVN) - Chi cục Hải quan chuyển phát nhanh thuộc Cục Hải quan TP Hồ Chí Minh vừa phát hiện lô hàng gồm 1.968 chai nước hoa mang nhãn hiệu Chanel, Dior, Tom Ford nghi giả mạo, được gửi từ nước ngoài về Việt Nam qua đường chuyển phát nhanh.

Lô hàng được khai báo là "quà tặng cá nhân", tổng trọng lượng 436 kg, chia thành 82 kiện. Số nước hoa trên gồm 1.520 chai dung tích 100 ml và 448 chai dung tích 50 ml, toàn bộ không có giấy ủy quyền của chủ sở hữu nhãn hiệu. Theo giá bán trên thị trường, lô hàng ước trị giá khoảng 3,9 tỷ đồng.

Theo ông Đinh Ngọc Thắng, Phó Cục trưởng Cục Hải quan TP Hồ Chí Minh, các đối tượng thường chia nhỏ hàng, mỗi kiện dưới 30 chai, để né kiểm tra.

Từ đầu năm đến nay, Cục Hải quan TP Hồ Chí Minh đã phát hiện 146 vụ vi phạm về sở hữu trí tuệ, tăng 22 vụ so với cùng kỳ năm 2023; tạm giữ hơn 58.000 sản phẩm, trong đó nước hoa chiếm 31%. Cục đã chuyển 12 vụ sang cơ quan điều tra.

Trong quý IV/2024, Cục dự kiến phối hợp với đại diện chủ sở hữu của 25 nhãn hiệu mỹ phẩm, nước hoa để giám định hàng hóa nghi giả.

Xuân Anh (TTXVN)

Từ khóa: nước hoa giả, hải quan, sở hữu trí tuệ
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")
Q4 = per("Trong quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    fig("gần 2.000 chai", "2.000", 2000, "count", "chai", approx="nearly",
        subject="nước hoa nghi giả gửi qua đường chuyển phát nhanh"),
    fig("gồm 1.968 chai", "1.968", 1968, "count", "chai",
        subject="nước hoa mang nhãn hiệu Chanel, Dior, Tom Ford nghi giả mạo"),
    fig("trọng lượng 436 kg", "436", 436, "measure", "kg",
        subject="tổng trọng lượng lô hàng"),
    fig("thành 82 kiện", "82", 82, "count", "kiện",
        subject="kiện hàng của lô hàng"),
    fig("gồm 1.520 chai", "1.520", 1520, "count", "chai", total=1968,
        subject="chai nước hoa dung tích 100 ml"),
    fig("dung tích 100 ml", "100", 100, "measure", "ml", subject="dung tích chai", optional=True),
    fig("và 448 chai", "448", 448, "count", "chai", total=1968,
        subject="chai nước hoa dung tích 50 ml"),
    fig("dung tích 50 ml", "50", 50, "measure", "ml", subject="dung tích chai", optional=True),
    fig("khoảng 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá lô hàng"),
    fig("dưới 30 chai", "30", 30, "measure", "chai/kiện", approx="under",
        subject="số chai mỗi kiện"),
    fig("phát hiện 146 vụ", "146", 146, "count", "vụ",
        change=chg("increase", 22, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm về sở hữu trí tuệ", period=YTD),
    fig("hơn 58.000 sản phẩm", "58.000", 58000, "count", "sản phẩm", approx="over",
        subject="sản phẩm tạm giữ", period=YTD),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="nước hoa trong sản phẩm tạm giữ", period=YTD),
    fig("chuyển 12 vụ", "12", 12, "count", "vụ",
        subject="vụ chuyển sang cơ quan điều tra", period=inh(YTD)),
    fig("của 25 nhãn hiệu", "25", 25, "count", "nhãn hiệu", status="forecast",
        subject="nhãn hiệu mỹ phẩm, nước hoa phối hợp giám định", period=Q4),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): '05/11/2024 16:45 GMT+7', 'TP Hồ Chí Minh, 5/11 (TTXVN) -', byline, keywords.",
    "Distractors: dateline, time, '5/11' in the agency tag, 'quý IV/2024' (period), 'cùng kỳ năm 2023' (baseline).",
    "'Số nước hoa trên gồm 1.520 chai ... và 448 chai': 'gồm' after the anaphor 'Số nước hoa trên' = the 1.968 bottles of the lead",
    "  (same thing, parts add up): total 1968. The bottle sizes 'dung tích 100 ml', '50 ml' classify the bottles: optional.",
    "'ước trị giá khoảng 3,9 tỷ' → estimate and about. 'mỗi kiện dưới 30 chai' is a rate (chai/kiện), under.",
    "'tăng 22 vụ so với cùng kỳ năm 2023' is a change in vụ. 'trong đó nước hoa chiếm 31%' is a percent figure of its own.",
    "'Cục đã chuyển 12 vụ' has no part-of cue: no total; period inherited from the previous sentence.",
    "No period for the seizure itself ('vừa'). 'Trong quý IV/2024 ... dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1465-7", TEXT, NOTES, FIGS, published="2024-11-05", location="TP Hồ Chí Minh")
