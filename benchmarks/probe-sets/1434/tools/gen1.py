"""p1434-1: province portal (Lào Cai): iron ore output 9 months 2024, the Làng Mọ mine in huyện Văn Bàn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lào Cai: Sản lượng quặng sắt 9 tháng ước đạt gần 2,4 triệu tấn

Cập nhật: 11/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng quặng sắt khai thác trên địa bàn tỉnh ước đạt 2,38 triệu tấn, tăng 11,4% so với cùng kỳ năm 2023, bằng 72,1% kế hoạch năm. Trong đó, khai thác lộ thiên 1,52 triệu tấn, khai thác hầm lò 860 nghìn tấn.

Chỉ số sản xuất ngành khai khoáng 9 tháng tăng 8,7%, riêng nhóm khai thác quặng kim loại tăng 12,3%.

Hiện toàn tỉnh có 7 mỏ sắt được cấp phép khai thác, tổng công suất khoảng 4,5 triệu tấn/năm, sử dụng hơn 1.900 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại xã Sơn Thủy, huyện Văn Bàn, mỏ sắt Làng Mọ của Công ty cổ phần Khoáng sản Hoàng Liên (Giấy phép khai thác số 2145/GP-BTNMT) 9 tháng khai thác 640.000 tấn quặng, chiếm 42,1% sản lượng khai thác lộ thiên toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền tuyển từ, mỗi dây chuyền công suất 150 tấn/giờ, tổng vốn 126 tỷ đồng. Từ đầu năm đến nay, công ty nộp ngân sách 214 tỷ đồng, tăng 15,6% so với cùng kỳ.

Tính đến ngày 30/9/2024, các doanh nghiệp khai thác quặng sắt trong tỉnh đã ký quỹ cải tạo, phục hồi môi trường 38,6 tỷ đồng và hoàn thổ 27 ha moong, bãi thải.

Quý IV, ngành công thương phấn đấu khai thác thêm 920 nghìn tấn, đưa sản lượng cả năm lên trên 3,3 triệu tấn. Quặng tiếp tục được vận chuyển theo Quốc lộ 279 và tuyến đường sắt Hà Nội - Lào Cai.

Tin liên quan:
- Lào Cai: Kiểm tra công tác bảo vệ môi trường tại các mỏ năm 2024
- Hội nghị tổng kết 10 năm thi hành Luật Khoáng sản
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VB = "Văn Bàn"

FIGS = [
    fig("ước đạt gần 2,4 triệu", "2,4", 2.4e6, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng quặng sắt", period=NINE_S),
    fig("ước đạt 2,38 triệu", "2,38", 2.38e6, "measure", "tấn", status="estimate", percent=72.1,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng quặng sắt khai thác", period=NINE),
    fig("lộ thiên 1,52 triệu", "1,52", 1.52e6, "measure", "tấn", total=2.38e6, status="estimate",
        subject="sản lượng quặng sắt khai thác lộ thiên", period=inh(NINE)),
    fig("hầm lò 860 nghìn", "860", 860e3, "measure", "tấn", total=2.38e6, status="estimate",
        subject="sản lượng quặng sắt khai thác hầm lò", period=inh(NINE)),
    fig("tăng 8,7%", "8,7", 8.7, "percent", "%",
        subject="chỉ số sản xuất ngành khai khoáng", period=NINE_S),
    fig("tăng 12,3%", "12,3", 12.3, "percent", "%",
        subject="chỉ số sản xuất nhóm khai thác quặng kim loại", period=NINE_S),
    fig("có 7 mỏ sắt", "7", 7, "count", "mỏ", subject="mỏ sắt được cấp phép khai thác"),
    fig("khoảng 4,5 triệu", "4,5", 4.5e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các mỏ sắt được cấp phép"),
    fig("hơn 1.900 lao động", "1.900", 1900, "count", "lao động", approx="over",
        subject="lao động các mỏ sắt sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("khai thác 640.000 tấn", "640.000", 640000, "measure", "tấn", percent=42.1,
        subject="quặng mỏ sắt Làng Mọ khai thác", period=NINE_S,
        location=VB),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền tuyển từ công ty lắp đặt thêm", location=VB),
    fig("công suất 150 tấn/giờ", "150", 150, "measure", "tấn/giờ",
        subject="công suất mỗi dây chuyền tuyển từ", location=VB),
    fig("vốn 126 tỷ", "126", 126e9, "money", "đồng",
        subject="tổng vốn lắp đặt dây chuyền tuyển từ", location=VB),
    fig("ngân sách 214 tỷ", "214", 214e9, "money", "đồng",
        change=chg("increase", 15.6, "%", "cùng kỳ"),
        subject="nộp ngân sách của công ty", period=YTD, location=VB),
    fig("môi trường 38,6 tỷ", "38,6", 38.6e9, "money", "đồng",
        subject="tiền ký quỹ cải tạo, phục hồi môi trường của các doanh nghiệp khai thác quặng sắt", period=ASOF),
    fig("hoàn thổ 27 ha", "27", 27, "measure", "ha",
        subject="diện tích moong, bãi thải được hoàn thổ", period=ASOF),
    fig("thêm 920 nghìn", "920", 920e3, "measure", "tấn", status="target",
        subject="quặng sắt khai thác thêm", period=Q4),
    fig("trên 3,3 triệu", "3,3", 3.3e6, "measure", "tấn", approx="over", status="target",
        subject="sản lượng quặng sắt cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Lào Cai): iron ore output 9 months 2024; breadcrumb, 'Cập nhật: 11/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Giấy phép khai thác số 2145/GP-BTNMT, 30/9/2024 (date), Quốc lộ 279, 'năm 2024' and",
    "'tổng kết 10 năm' (an event title) in the related links.",
    "Headline '9 tháng ... gần 2,4 triệu tấn' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total = 2,38 triệu tấn (they add up); status estimate carried from the whole; period inherited.",
    "'riêng nhóm khai thác quặng kim loại tăng 12,3%' is a growth rate as the claim: percent figure, no change.",
    "Làng Mọ mine in huyện Văn Bàn: location Văn Bàn for its passage; 'chiếm 42,1%' is the percent of 640.000 tấn (640/1520).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-11; 'Tính đến ngày 30/9/2024' is an as-of date.",
    "'Quý IV ... phấn đấu' governs both clauses of its sentence (target).",
]

if __name__ == "__main__":
    write("p1434-1", TEXT, NOTES, FIGS, published="2024-10-11", location="Lào Cai")
