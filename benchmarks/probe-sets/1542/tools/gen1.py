"""p1542-1: province portal (Thanh Hóa): food-safety inspections of bottled-water producers, 9 months of 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Gần 18% cơ sở nước uống đóng chai được kiểm tra có vi phạm

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh Thanh Hóa, toàn tỉnh hiện có 386 cơ sở sản xuất nước uống đóng chai, đóng bình, tăng 27 cơ sở so với cuối năm 2023. Trong 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 214 cơ sở, phát hiện 38 cơ sở vi phạm, chiếm 17,8%; xử phạt vi phạm hành chính 31 cơ sở với tổng số tiền hơn 412 triệu đồng, đình chỉ hoạt động có thời hạn 4 cơ sở.

Đoàn đã lấy 156 mẫu nước thành phẩm gửi kiểm nghiệm, trong đó 19 mẫu không đạt QCVN 6-1:2010/BYT, chủ yếu nhiễm Coliform và Pseudomonas aeruginosa. Tỷ lệ mẫu không đạt giảm 3,4 điểm phần trăm so với cùng kỳ năm 2023.

Thị xã Nghi Sơn (7 cơ sở) và huyện Quảng Xương (6 cơ sở) là nơi có nhiều cơ sở vi phạm nhất. Lỗi phổ biến là không kiểm nghiệm định kỳ nước thành phẩm, chiếm khoảng 40% số lỗi được ghi nhận; vỏ bình tái sử dụng không được súc rửa, khử trùng đúng quy trình.

Sản lượng nước uống đóng chai, đóng bình toàn tỉnh 9 tháng ước đạt 118 triệu lít, tăng 9,2% so với cùng kỳ. Hiện giá bán lẻ một bình 20 lít phổ biến từ 12.000 đến 18.000 đồng.

Quý IV, Chi cục phấn đấu kiểm tra thêm ít nhất 120 cơ sở; mục tiêu đến năm 2025, 100% cơ sở sản xuất nước uống đóng chai trên địa bàn được kiểm tra, giám sát định kỳ. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0237.3752.368.

Tin liên quan:
- Hội nghị Ban Chỉ đạo liên ngành về an toàn thực phẩm quý III/2024
- Thanh Hóa hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
BY2025 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="cơ sở nước uống đóng chai được kiểm tra có vi phạm"),
    fig("có 386 cơ sở", "386", 386, "count", "cơ sở",
        change=chg("increase", 27, "cơ sở", "cuối năm 2023"),
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình"),
    fig("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở",
        subject="cơ sở các đoàn kiểm tra liên ngành đã kiểm tra", period=NINE),
    fig("phát hiện 38 cơ sở", "38", 38, "count", "cơ sở", percent=17.8,
        subject="cơ sở vi phạm", period=NINE),
    fig("hành chính 31 cơ sở", "31", 31, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=NINE),
    fig("hơn 412 triệu", "412", 412e6, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=NINE),
    fig("có thời hạn 4 cơ sở", "4", 4, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động có thời hạn", period=NINE),
    fig("lấy 156 mẫu", "156", 156, "count", "mẫu",
        subject="mẫu nước thành phẩm gửi kiểm nghiệm", period=inh(NINE)),
    fig("trong đó 19 mẫu", "19", 19, "count", "mẫu", total=156,
        subject="mẫu không đạt QCVN", period=inh(NINE)),
    fig("giảm 3,4 điểm", "3,4", 3.4, "measure", "điểm phần trăm",
        subject="tỷ lệ mẫu không đạt", period=inh(NINE)),
    fig("Nghi Sơn (7 cơ sở)", "7", 7, "count", "cơ sở",
        subject="cơ sở vi phạm", period=inh(NINE), location="Nghi Sơn"),
    fig("Quảng Xương (6 cơ sở)", "6", 6, "count", "cơ sở",
        subject="cơ sở vi phạm", period=inh(NINE), location="Quảng Xương"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="lỗi không kiểm nghiệm định kỳ nước thành phẩm trong số lỗi được ghi nhận", period=inh(NINE)),
    fig("ước đạt 118 triệu", "118", 118e6, "measure", "lít", status="estimate",
        change=chg("increase", 9.2, "%", "cùng kỳ"),
        subject="sản lượng nước uống đóng chai, đóng bình toàn tỉnh", period=NINE_SHORT),
    fig("bình 20 lít", "20", 20, "measure", "lít", optional=True,
        subject="dung tích bình"),
    fig("từ 12.000 đến 18.000", "12.000", 12000, "money", "đồng/bình", value_max=18000,
        subject="giá bán lẻ một bình 20 lít"),
    fig("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở Chi cục kiểm tra thêm", period=Q4),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất nước uống đóng chai trên địa bàn được kiểm tra, giám sát định kỳ", period=BY2025),
]

NOTES = [
    "Province portal (Thanh Hóa): inspections of bottled-water producers, 9 months of 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386', related links.",
    "Distractors: 09:35, Lượt xem 1.386, QCVN 6-1:2010/BYT, hotline 0237.3752.368, 'cuối năm 2023' (baseline), 'quý III/2024' and 'năm 2024' in link titles; 'một bình' is the price's denominator.",
    "38 cơ sở vi phạm after 'kiểm tra 214 cơ sở' has no part-of cue: percent 17,8 only, no total. 19 mẫu after 'trong đó' takes total 156.",
    "'giảm 3,4 điểm phần trăm' is a change that is itself the claim: measure in 'điểm phần trăm', no change object.",
    "The price after 'Hiện' has no period; 'bình 20 lít' (container size) optional. 'Quý IV' takes 2024; 'phấn đấu' and 'mục tiêu' give target.",
]

if __name__ == "__main__":
    write("p1542-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
