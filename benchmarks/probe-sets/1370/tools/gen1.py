"""p1370-1: province portal (Cổng TTĐT tỉnh Lạng Sơn): QLTT results 9 tháng 2024, counterfeit shoes/bags seized in Văn Lãng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, lực lượng quản lý thị trường Lạng Sơn xử lý 1.018 vụ vi phạm

Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.376

Theo Cục Quản lý thị trường (QLTT) tỉnh Lạng Sơn, 9 tháng đầu năm 2024, lực lượng QLTT đã kiểm tra 1.245 vụ, phát hiện và xử lý 1.018 vụ vi phạm, tăng 8,5% so với cùng kỳ năm 2023. Trong đó, buôn bán hàng cấm, hàng nhập lậu 612 vụ; hàng giả, hàng xâm phạm quyền sở hữu trí tuệ 143 vụ; vi phạm trong hoạt động kinh doanh và các vi phạm khác 263 vụ. Tổng số tiền thu nộp ngân sách nhà nước hơn 14,6 tỷ đồng, bằng 92,3% kế hoạch năm; trị giá hàng hóa tịch thu ước khoảng 9,8 tỷ đồng.

Đáng chú ý, ngày 12/8, Đội QLTT số 3 phối hợp với Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra kho hàng tại thôn Nà Chuông, xã Tân Mỹ, huyện Văn Lãng, phát hiện gần 8.600 sản phẩm giày dép, túi xách, quần áo giả mạo các nhãn hiệu Nike, Adidas, Gucci, trị giá trên 1,2 tỷ đồng. Chủ hàng không xuất trình được hóa đơn, chứng từ; toàn bộ số hàng đã bị tạm giữ để xử lý theo Nghị định số 98/2020/NĐ-CP.

Từ đầu năm đến nay, Cục đã phối hợp tiêu hủy 27 tấn hàng hóa vi phạm, trong đó có khoảng 4,5 tấn thực phẩm không rõ nguồn gốc. Quý IV, lực lượng QLTT tỉnh phấn đấu kiểm tra không dưới 400 vụ, cả năm thu nộp ngân sách đạt trên 16 tỷ đồng.

Tin liên quan:
- Lạng Sơn triển khai cao điểm chống buôn lậu dịp Tết Nguyên đán Ất Tỵ 2025
- Hội nghị Ban Chỉ đạo 389 tỉnh sơ kết quý III/2024
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Lạng Sơn xử lý 1.018 vụ", "1.018", 1018, "count", "vụ",
        subject="vụ vi phạm lực lượng quản lý thị trường xử lý", period=H9),
    fig("kiểm tra 1.245 vụ", "1.245", 1245, "count", "vụ", subject="vụ kiểm tra của lực lượng QLTT", period=M9),
    fig("xử lý 1.018 vụ vi phạm, tăng", "1.018", 1018, "count", "vụ", change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm phát hiện và xử lý", period=M9),
    fig("nhập lậu 612 vụ", "612", 612, "count", "vụ", total=1018,
        subject="vụ buôn bán hàng cấm, hàng nhập lậu", period=inh(M9)),
    fig("trí tuệ 143 vụ", "143", 143, "count", "vụ", total=1018,
        subject="vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=inh(M9)),
    fig("khác 263 vụ", "263", 263, "count", "vụ", total=1018,
        subject="vụ vi phạm trong hoạt động kinh doanh và các vi phạm khác", period=inh(M9)),
    fig("hơn 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", approx="over", percent=92.3,
        subject="tổng số tiền thu nộp ngân sách nhà nước", period=inh(M9)),
    fig("ước khoảng 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng hóa tịch thu", period=inh(M9)),
    fig("gần 8.600 sản phẩm", "8.600", 8600, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm giày dép, túi xách, quần áo giả mạo nhãn hiệu", location="Văn Lãng"),
    fig("trên 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="trị giá sản phẩm giả mạo nhãn hiệu phát hiện", location="Văn Lãng"),
    fig("tiêu hủy 27 tấn", "27", 27, "measure", "tấn", subject="hàng hóa vi phạm tiêu hủy", period=YTD),
    fig("khoảng 4,5 tấn", "4,5", 4.5, "measure", "tấn", approx="about", total=27,
        subject="thực phẩm không rõ nguồn gốc tiêu hủy", period=YTD),
    fig("không dưới 400 vụ", "400", 400, "count", "vụ", approx="at_least", status="target",
        subject="vụ kiểm tra của lực lượng QLTT tỉnh", period=Q4),
    fig("trên 16 tỷ", "16", 16e9, "money", "đồng", approx="over", status="target",
        subject="thu nộp ngân sách", period=FY),
]

NOTES = [
    "Province portal (Cổng TTĐT Lạng Sơn): breadcrumb, headline figure, 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.376' (published), related links.",
    "Headline '9 tháng' takes the year of published (no earlier date in the text). 612 + 143 + 263 = 1.018: parts after 'Trong đó' (sentence break).",
    "'bằng 92,3% kế hoạch năm' is the percent attribute of 14,6 tỷ. 'ước khoảng' → estimate + about.",
    "Văn Lãng seizure: place → location Văn Lãng; 'ngày 12/8' is one day's event, no period annotated (not scored).",
    "4,5 tấn thực phẩm after 'trong đó' is part of the 27 tấn destroyed (same unit, same period).",
    "'Quý IV ... phấn đấu ..., cả năm ...' → target, periods Quý IV / cả năm 2024.",
    "Distractors: Lượt xem 1.376, 15:20, ngày 12/8, Đội QLTT số 3, Nghị định số 98/2020/NĐ-CP, Ất Tỵ 2025, Ban Chỉ đạo 389, quý III/2024.",
]

if __name__ == "__main__":
    write("p1370-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Lạng Sơn")
