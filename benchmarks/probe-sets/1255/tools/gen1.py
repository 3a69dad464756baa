"""p1255-1: province portal (Bình Định): 9-month inspections of bottled-water and ice producers, 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Định
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Bình Định: 9 tháng phát hiện 17 cơ sở sản xuất nước uống đóng chai vi phạm

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, toàn tỉnh hiện có 142 cơ sở sản xuất nước uống đóng chai, tập trung nhiều nhất tại TP Quy Nhơn (47 cơ sở) và thị xã An Nhơn (29 cơ sở); ngoài ra còn 58 cơ sở sản xuất nước đá. Bình Định hiện đứng thứ 3 khu vực Nam Trung Bộ về số cơ sở sản xuất nước uống đóng chai.

9 tháng đầu năm 2024, đoàn kiểm tra liên ngành đã kiểm tra 126 lượt cơ sở sản xuất nước uống đóng chai, phát hiện 17 cơ sở vi phạm, chiếm 13,5%; xử phạt vi phạm hành chính 15 cơ sở với tổng số tiền hơn 184 triệu đồng, tăng 22% so với cùng kỳ năm 2023. Đoàn đã lấy 96 mẫu nước thành phẩm gửi xét nghiệm, trong đó 11 mẫu không đạt chỉ tiêu vi sinh theo QCVN 6-1:2010/BYT, chiếm 11,5%, giảm 4 mẫu so với cùng kỳ.

Riêng đối với nước đá, trong số 34 cơ sở được kiểm tra, có 6 cơ sở sử dụng nguồn nước giếng khoan chưa qua xử lý. Lực lượng chức năng đã buộc tiêu hủy gần 2,5 tấn nước đá và hơn 1,3 nghìn bình nước không rõ nguồn gốc.

Chi cục đề nghị đến hết năm 2024 phấn đấu 100% cơ sở sản xuất nước uống đóng chai được kiểm tra định kỳ. Trong quý IV, tỉnh dự kiến tổ chức hai đợt kiểm tra cao điểm phục vụ Tết Nguyên đán Ất Tỵ 2025.

Tin liên quan:
- Hội nghị triển khai Tháng hành động vì an toàn thực phẩm năm 2024
- Kiểm tra liên ngành an toàn thực phẩm đợt 2 tại huyện Tuy Phước
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
P9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
END24 = per("đến hết năm 2024", None, "2024-12-31")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("phát hiện 17 cơ sở sản xuất", "17", 17, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai vi phạm", period=H9),
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở sản xuất nước uống đóng chai"),
    fig("(47 cơ sở)", "47", 47, "count", "cơ sở", subject="cơ sở sản xuất nước uống đóng chai",
        location="Quy Nhơn"),
    fig("(29 cơ sở)", "29", 29, "count", "cơ sở", subject="cơ sở sản xuất nước uống đóng chai",
        location="An Nhơn"),
    fig("còn 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số cơ sở sản xuất nước uống đóng chai"),
    fig("kiểm tra 126 lượt", "126", 126, "count", "lượt cơ sở",
        subject="lượt cơ sở sản xuất nước uống đóng chai được kiểm tra", period=P9),
    fig("phát hiện 17 cơ sở vi phạm", "17", 17, "count", "cơ sở", percent=13.5,
        subject="cơ sở vi phạm", period=P9),
    fig("hành chính 15 cơ sở", "15", 15, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=P9),
    fig("hơn 184 triệu", "184", 184e6, "money", "đồng", approx="over",
        change=chg("increase", 22, "%", "cùng kỳ năm 2023"), subject="tổng số tiền xử phạt", period=P9),
    fig("lấy 96 mẫu", "96", 96, "count", "mẫu", subject="mẫu nước thành phẩm gửi xét nghiệm",
        period=inh(P9)),
    fig("trong đó 11 mẫu", "11", 11, "count", "mẫu", total=96, percent=11.5,
        change=chg("decrease", 4, "mẫu", "cùng kỳ"),
        subject="mẫu không đạt chỉ tiêu vi sinh", period=inh(P9)),
    fig("số 34 cơ sở", "34", 34, "count", "cơ sở", subject="cơ sở sản xuất nước đá được kiểm tra",
        period=inh(P9)),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở", total=34,
        subject="cơ sở sử dụng nguồn nước giếng khoan chưa qua xử lý", period=inh(P9)),
    fig("gần 2,5 tấn", "2,5", 2.5, "measure", "tấn", approx="nearly",
        subject="nước đá buộc tiêu hủy", period=inh(P9)),
    fig("hơn 1,3 nghìn", "1,3", 1300, "count", "bình", approx="over",
        subject="bình nước không rõ nguồn gốc buộc tiêu hủy", period=inh(P9)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước uống đóng chai được kiểm tra định kỳ", period=END24),
    fig("hai đợt", "hai", 2, "count", "đợt", status="forecast",
        subject="đợt kiểm tra cao điểm", period=Q4),
]

NOTES = [
    "Province portal (Bình Định): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Headline '9 tháng' takes the year of published (nothing dated stands before it).",
    "'TP Quy Nhơn (47 cơ sở) và thị xã An Nhơn (29 cơ sở)' do not add up to 142: no total; places -> location.",
    "'ngoài ra còn 58 cơ sở' = 'besides': approx exact. 'đứng thứ 3 khu vực Nam Trung Bộ': rank of the province.",
    "'phát hiện 17 cơ sở vi phạm, chiếm 13,5%' after 'kiểm tra 126 lượt': no part-of cue -> percent only, no total.",
    "'trong số 34 cơ sở ..., có 6 cơ sở' -> total 34. 'giảm 4 mẫu so với cùng kỳ' is the change of the 11 failed samples.",
    "Distractors: QCVN 6-1:2010/BYT, Tết Nguyên đán Ất Tỵ 2025, 'đợt 2', 'năm 2024' in a link, Lượt xem, date/time.",
]

if __name__ == "__main__":
    write("p1255-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bình Định")
