"""p1310-1: province portal (Khánh Hòa): 9 months 2024 enforcement of noise rules at karaoke, bars; quarterly monitoring."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Khánh Hòa: 9 tháng xử phạt gần 1,2 tỷ đồng vi phạm về tiếng ồn

Cập nhật: 14/10/2024 16:05 | Lượt xem: 1.386

Theo Công an tỉnh, 9 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra 412 lượt cơ sở kinh doanh karaoke, quán bar, vũ trường, phát hiện 137 trường hợp gây ồn vượt quy chuẩn, tăng 18% so với cùng kỳ năm 2023. Tổng số tiền xử phạt vi phạm hành chính là 1.185 triệu đồng, trong đó riêng TP Nha Trang chiếm 71,4%.

Kết quả quan trắc quý III/2024 tại 24 điểm trên địa bàn tỉnh cho thấy mức ồn trung bình ban ngày dao động từ 64,5 đến 73,8 dBA; có 5/24 điểm vượt giới hạn cho phép theo QCVN 26:2010/BTNMT, chủ yếu trên các tuyến đường Trần Phú, Nguyễn Thị Minh Khai vào khung giờ từ 21 giờ đến 23 giờ.

Toàn tỉnh hiện có 356 cơ sở kinh doanh karaoke, trong đó 289 cơ sở đã lắp đặt cách âm đạt yêu cầu, chiếm 81,2%. Từ đầu năm, đường dây nóng 0258.3822.113 tiếp nhận 94 cuộc gọi phản ánh về tiếng ồn, gấp 1,5 lần cùng kỳ; gần ba chục cơ sở bị nhắc nhở nhiều lần.

Quý IV, tỉnh phấn đấu kiểm tra ít nhất 120 lượt cơ sở và 100% cơ sở karaoke cấp phép mới được thẩm định cách âm trước khi hoạt động. Mức phạt theo Nghị định số 45/2022/NĐ-CP đối với hành vi gây tiếng ồn vượt quy chuẩn kỹ thuật là từ 1 triệu đến 160 triệu đồng, tùy mức độ vượt.

Tin liên quan:
- Nha Trang ra quân chấn chỉnh hoạt động phố đi bộ về đêm
- Hướng dẫn thủ tục cấp giấy phép kinh doanh dịch vụ karaoke
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="tiền xử phạt vi phạm về tiếng ồn", period=NINE_H),
    fig("kiểm tra 412 lượt", "412", 412, "count", "lượt",
        subject="lượt cơ sở kinh doanh karaoke, quán bar, vũ trường được kiểm tra", period=NINE),
    fig("phát hiện 137 trường hợp", "137", 137, "count", "trường hợp",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="trường hợp gây ồn vượt quy chuẩn", period=NINE),
    fig("là 1.185 triệu", "1.185", 1185e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(NINE)),
    fig("chiếm 71,4%", "71,4", 71.4, "percent", "%",
        subject="số tiền xử phạt vi phạm hành chính", period=inh(NINE), location="Nha Trang"),
    fig("tại 24 điểm", "24", 24, "count", "điểm", subject="điểm quan trắc", period=Q3),
    fig("từ 64,5 đến 73,8", "64,5", 64.5, "measure", "dBA", value_max=73.8,
        subject="mức ồn trung bình ban ngày", period=Q3),
    fig("có 5/24 điểm", "5", 5, "count", "điểm", total=24,
        subject="điểm vượt giới hạn cho phép", period=Q3),
    fig("có 356 cơ sở", "356", 356, "count", "cơ sở", subject="cơ sở kinh doanh karaoke"),
    fig("289 cơ sở", "289", 289, "count", "cơ sở", total=356, percent=81.2,
        subject="cơ sở đã lắp đặt cách âm đạt yêu cầu"),
    fig("tiếp nhận 94 cuộc gọi", "94", 94, "count", "cuộc gọi",
        change=chg("increase", 1.5, "lần", "cùng kỳ"),
        subject="cuộc gọi phản ánh về tiếng ồn", period=YTD),
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở bị nhắc nhở nhiều lần", period=YTD),
    fig("ít nhất 120 lượt", "120", 120, "count", "lượt", approx="at_least", status="target",
        subject="lượt cơ sở kiểm tra", period=Q4),
    fig("và 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở karaoke cấp phép mới được thẩm định cách âm", period=Q4),
    fig("từ 1 triệu đến 160 triệu", "1", 1e6, "money", "đồng", value_max=160e6,
        subject="mức phạt đối với hành vi gây tiếng ồn vượt quy chuẩn kỹ thuật"),
]

NOTES = [
    "Province portal (Khánh Hòa): breadcrumb, 'Cập nhật: 14/10/2024 16:05 | Lượt xem: 1.386', related links.",
    "Distractors: Lượt xem 1.386, 16:05, QCVN 26:2010/BTNMT, '21 giờ đến 23 giờ', phone 0258.3822.113, Nghị định số 45/2022/NĐ-CP.",
    "Headline '9 tháng' (year-less) takes 2024 from published. 'Từ đầu năm' runs to the dateline 2024-10-14.",
    "'riêng TP Nha Trang chiếm 71,4%' after 'trong đó' is the city's share of the fines: a percent figure of its own, location Nha Trang.",
    "'gấp 1,5 lần cùng kỳ' after a count is its change (unit lần). 'gần ba chục' = 30, nearly. 'có 5/24 điểm' → total 24.",
    "'Quý IV, tỉnh phấn đấu ...' governs both coordinated targets (120 lượt at_least, 100%). The fine range has no period.",
]

if __name__ == "__main__":
    write("p1310-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
