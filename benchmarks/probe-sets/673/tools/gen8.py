import sys
from lib import emit, fig, per, inh, chg

TEXT = """THỜI BÁO NGÂN HÀNG
Ngân hàng > Tín dụng

Tiền Giang: Dư nợ tín dụng nông nghiệp công nghệ cao vượt 2.100 tỷ đồng

22/08/2024 15:30

Theo Ngân hàng Nhà nước chi nhánh tỉnh Tiền Giang, đến cuối quý II/2024, dư nợ cho vay nông nghiệp ứng dụng công nghệ cao trên địa bàn đạt 2.146 tỷ đồng, tăng 9,8% so với cuối năm 2023, với 3.912 khách hàng còn dư nợ. Trong đó, dư nợ tại Agribank Tiền Giang đạt 1.318 tỷ đồng, chiếm 61,4%; Vietcombank và BIDV lần lượt đạt 284 tỷ đồng và 231 tỷ đồng.

Vốn vay chủ yếu đầu tư hệ thống tưới nhỏ giọt, tưới phun cho sầu riêng, bưởi, thanh long, nhà lưới trồng rau và trang trại nuôi heo khép kín. Toàn tỉnh hiện có 14.620 ha cây ăn quả được lắp đặt hệ thống tưới tiết kiệm nước, chủ yếu tại các huyện Cai Lậy (5.240 ha), Cái Bè (4.870 ha) và Châu Thành (2.115 ha).

Theo các nhà vườn ở xã Ngũ Hiệp, chi phí lắp hệ thống tưới nhỏ giọt cho sầu riêng khoảng 35-40 triệu đồng/ha; hệ thống giúp tiết kiệm 30% lượng nước và 20-25% phân bón, lợi nhuận tăng thêm 25-30 triệu đồng/ha mỗi năm.

Theo Nghị định số 55/2015/NĐ-CP và Nghị định số 116/2018/NĐ-CP, khách hàng được vay không có tài sản bảo đảm tối đa 70% giá trị dự án nông nghiệp ứng dụng công nghệ cao. 6 tháng đầu năm, các tổ chức tín dụng đã giải ngân mới 856 tỷ đồng, đạt 57% kế hoạch năm. Phấn đấu đến cuối năm 2024, dư nợ lĩnh vực này đạt 2.500 tỷ đồng.

Minh Thư
"""

Q2 = per("đến cuối quý II/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
S_DN = "dư nợ cho vay nông nghiệp ứng dụng công nghệ cao"
S_IRR = "diện tích cây ăn quả được lắp đặt hệ thống tưới tiết kiệm nước"

F = [
    fig("vượt 2.100 tỷ", "2.100", 2100000000000, "money", "đồng", "dư nợ tín dụng nông nghiệp công nghệ cao",
        inh(Q2), approx="over"),
    fig("đạt 2.146 tỷ", "2.146", 2146000000000, "money", "đồng", S_DN, Q2,
        change=chg("increase", 9.8, "%", "cuối năm 2023")),
    fig("3.912 khách hàng", "3.912", 3912, "count", "khách hàng", "khách hàng còn dư nợ", Q2),
    fig("đạt 1.318 tỷ", "1.318", 1318000000000, "money", "đồng", "dư nợ tại Agribank Tiền Giang", inh(Q2),
        total=2146000000000, percent=61.4),
    fig("đạt 284 tỷ", "284", 284000000000, "money", "đồng", "dư nợ tại Vietcombank", inh(Q2), total=2146000000000),
    fig("và 231 tỷ", "231", 231000000000, "money", "đồng", "dư nợ tại BIDV", inh(Q2), total=2146000000000),
    fig("có 14.620 ha", "14.620", 14620, "measure", "ha", S_IRR),
    fig("(5.240 ha)", "5.240", 5240, "measure", "ha", S_IRR, location="Cai Lậy"),
    fig("(4.870 ha)", "4.870", 4870, "measure", "ha", S_IRR, location="Cái Bè"),
    fig("(2.115 ha)", "2.115", 2115, "measure", "ha", S_IRR, location="Châu Thành"),
    fig("khoảng 35-40", "35", 35000000, "money", "đồng/ha", "chi phí lắp hệ thống tưới nhỏ giọt cho sầu riêng",
        approx="about", value_max=40000000),
    fig("tiết kiệm 30%", "30", 30, "percent", "%", "lượng nước tiết kiệm nhờ hệ thống tưới nhỏ giọt"),
    fig("20-25% phân bón", "20", 20, "percent", "%", "lượng phân bón tiết kiệm nhờ hệ thống tưới nhỏ giọt",
        value_max=25),
    fig("thêm 25-30 triệu", "25", 25000000, "money", "đồng/ha", "lợi nhuận tăng thêm mỗi năm", value_max=30000000),
    fig("tối đa 70%", "70", 70, "percent", "%",
        "mức cho vay không có tài sản bảo đảm so với giá trị dự án nông nghiệp ứng dụng công nghệ cao", approx="at_most"),
    fig("giải ngân mới 856 tỷ", "856", 856000000000, "money", "đồng", "vốn giải ngân mới của các tổ chức tín dụng", H1,
        percent=57),
    fig("đạt 2.500 tỷ", "2.500", 2500000000000, "money", "đồng", "dư nợ cho vay lĩnh vực nông nghiệp công nghệ cao", EOY,
        status="target"),
]

COMMENTS = [
    "Sector press (Thời báo Ngân hàng style, dateline '22/08/2024 15:30', byline at the end): credit for high-tech agriculture",
    "in Tiền Giang, end of Q2/2024 (invented, probe set 673). 'vượt 2.100 tỷ' in the headline reads as approx 'over'.",
    "'Trong đó … 1.318 tỷ đồng, chiếm 61,4%; Vietcombank và BIDV lần lượt …': all three are parts of 2.146 tỷ (the clause continues",
    "over ';'); banks are not places. Bracketed districts (Cai Lậy, Cái Bè, Châu Thành) → location, no total (no cue, no sum).",
    "'tiết kiệm 30% lượng nước', '20-25% phân bón' are rates that are the claim (percent figures); 'lợi nhuận tăng thêm 25-30 triệu",
    "đồng/ha' is a money figure, not a change (no figure before it). Not figures: decree numbers, 'quý II/2024', the dateline.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-8", TEXT, COMMENTS, F, published="2024-08-22", location="Tiền Giang") else 1)
