"""p1209-1: Quảng Bình province portal, 8 months 2024: coastal protection forest planting, casuarina on sand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Quảng Bình trồng mới hơn 300 ha rừng phòng hộ ven biển

Cập nhật: 12/09/2024 08:30 | Lượt xem: 1.427

Theo Sở Nông nghiệp và Phát triển nông thôn, 8 tháng đầu năm, các địa phương ven biển đã trồng mới 312,5 ha rừng phòng hộ ven biển, đạt 78,1% kế hoạch năm, tăng 14,6% so với cùng kỳ. Trong đó, diện tích trồng phi lao trên cát là 246 ha, còn lại là keo lá tràm và cây bản địa.

Các huyện trồng nhiều là Lệ Thủy, Quảng Ninh và Bố Trạch với diện tích lần lượt 118 ha, 74 ha và 61 ha. Toàn tỉnh đã cung ứng khoảng 1,1 triệu cây giống phi lao; tỷ lệ cây sống sau trồng ước đạt 87%, cao hơn 5 điểm phần trăm so với năm 2023.

Tại xã Ngư Thủy (huyện Lệ Thủy), nơi có dải cồn cát trắng dài gần 20 km, người dân đã nhận khoán bảo vệ 1.250 ha rừng phi lao với mức 450.000 đồng/ha/năm. Xã hiện có 4 tổ bảo vệ rừng gồm 36 thành viên. Nhờ các đai rừng phi lao rộng từ 150 đến 300 m, hơn 600 ha đất sản xuất phía trong không còn bị cát bay, cát lấp.

Tổng kinh phí thực hiện từ đầu năm đến nay là 21,4 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 15 tỷ đồng.

Tại Hội nghị giao ban lâm nghiệp lần thứ 3 năm 2024, ông Nguyễn Văn Tuấn, Phó Giám đốc Sở, cho biết Quảng Bình hiện có khoảng 5.700 ha cồn cát di động cần được cố định trong giai đoạn 2021-2030. Phấn đấu đến cuối năm 2024, toàn tỉnh trồng mới 400 ha rừng ven biển và nâng độ che phủ rừng lên 68,5%.

Liên hệ: Sở Nông nghiệp và PTNT, số 2 Hương Giang, Đồng Hới. ĐT: 0232.3822.541
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-12")
END24 = per("đến cuối năm 2024", None, "2024-12-31")
LT = "Lệ Thủy"
PLANT = "diện tích rừng phòng hộ ven biển trồng mới"

FIGS = [
    fig("mới hơn 300 ha", "300", 300, "measure", "ha", approx="over",
        subject="rừng phòng hộ ven biển trồng mới"),
    fig("trồng mới 312,5 ha", "312,5", 312.5, "measure", "ha", percent=78.1,
        change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject="rừng phòng hộ ven biển trồng mới", period=M8),
    fig("cát là 246 ha", "246", 246, "measure", "ha", total=312.5,
        subject="diện tích trồng phi lao trên cát", period=inh(M8)),
    fig("lần lượt 118 ha", "118", 118, "measure", "ha", subject=PLANT, period=inh(M8), location="Lệ Thủy"),
    fig("118 ha, 74 ha", "74", 74, "measure", "ha", subject=PLANT, period=inh(M8), location="Quảng Ninh"),
    fig("và 61 ha", "61", 61, "measure", "ha", subject=PLANT, period=inh(M8), location="Bố Trạch"),
    fig("khoảng 1,1 triệu cây", "1,1", 1100000, "count", "cây giống phi lao", approx="about",
        subject="cây giống phi lao cung ứng", period=inh(M8)),
    fig("ước đạt 87%", "87", 87, "percent", "%", status="estimate",
        change=chg("increase", 5, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ cây sống sau trồng", period=inh(M8)),
    fig("dài gần 20 km", "20", 20, "measure", "km", approx="nearly",
        subject="chiều dài dải cồn cát trắng", location=LT),
    fig("bảo vệ 1.250 ha", "1.250", 1250, "measure", "ha",
        subject="rừng phi lao người dân nhận khoán bảo vệ", location=LT),
    fig("450.000 đồng/ha/năm", "450.000", 450000, "money", "đồng/ha/năm",
        subject="mức khoán bảo vệ rừng phi lao", location=LT),
    fig("có 4 tổ", "4", 4, "count", "tổ bảo vệ rừng", subject="tổ bảo vệ rừng", location=LT),
    fig("gồm 36 thành viên", "36", 36, "count", "thành viên", subject="thành viên các tổ bảo vệ rừng",
        location=LT),
    fig("từ 150 đến 300 m", "150", 150, "measure", "m", value_max=300,
        subject="chiều rộng các đai rừng phi lao", location=LT),
    fig("hơn 600 ha", "600", 600, "measure", "ha", approx="over",
        subject="đất sản xuất không còn bị cát bay, cát lấp", location=LT),
    fig("là 21,4 tỷ đồng", "21,4", 21400000000, "money", "đồng",
        subject="tổng kinh phí thực hiện", period=YTD),
    fig("hỗ trợ 15 tỷ đồng", "15", 15000000000, "money", "đồng", total=21400000000,
        subject="ngân sách Trung ương hỗ trợ", period=YTD),
    fig("khoảng 5.700 ha", "5.700", 5700, "measure", "ha", approx="about",
        subject="cồn cát di động cần được cố định"),
    fig("mới 400 ha", "400", 400, "measure", "ha", status="target",
        subject="rừng ven biển trồng mới", period=END24),
    fig("lên 68,5%", "68,5", 68.5, "percent", "%", status="target",
        subject="độ che phủ rừng", period=END24),
]

NOTES = [
    "Province portal (Quảng Bình): breadcrumb, 'Cập nhật: 12/09/2024 08:30 | Lượt xem: 1.427' (published).",
    "Year-less '8 tháng đầu năm' takes 2024 from the dateline; 'từ đầu năm đến nay' ends at the published date.",
    "Ngư Thủy passage: figures located in huyện Lệ Thủy (the commune's district), also the following sentences about the commune.",
    "36 thành viên follows 'gồm' after 4 tổ (another unit): no total. 312,5 = 78,1% of 400 (the year plan): percent attribute.",
    "'đến cuối năm 2024' for targets read like 'đến năm 2030' (start null). Headline 'hơn 300 ha' has no period.",
    "Distractors: 08:30, Lượt xem 1.427, 'lần thứ 3', 'giai đoạn 2021-2030', 'số 2 Hương Giang', phone 0232.3822.541.",
]

if __name__ == "__main__":
    write("p1209-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Quảng Bình")
