"""p1560-4: provincial newspaper online (Báo Bình Phước), tag '(BPO) -', byline, comment counter."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa

Dịch vụ làm móng "nở rộ" ở Đồng Xoài

Thứ Ba, 12/03/2024 | 15:20

(BPO) - Chỉ trong hai năm, số tiệm nail trên địa bàn TP Đồng Xoài đã tăng từ 52 lên 118 tiệm. Nghề làm móng tạo việc làm cho hàng trăm lao động trẻ, song cũng đặt ra yêu cầu quản lý về thuế và an toàn hóa chất.

Theo Chi cục Thuế khu vực Đồng Xoài - Đồng Phú, đến cuối tháng 2/2024, toàn thành phố có 118 hộ kinh doanh dịch vụ làm móng được cấp mã số thuế, trong đó 31 hộ nộp thuế theo phương pháp kê khai. Năm 2023, các hộ này nộp ngân sách khoảng 1,46 tỷ đồng, vượt 12% dự toán.

Chị Trần Thị Mỹ Linh, chủ tiệm Linh Nail ở phường Tân Phú, cho biết tiệm có 5 thợ, mỗi ngày phục vụ từ 25 đến 30 lượt khách. Giá sơn gel khoảng 100.000 đồng/bộ, đắp bột từ 250.000 đến 350.000 đồng/bộ; thu nhập của thợ từ 7 đến 12 triệu đồng/tháng tùy tay nghề.

Tuy nhiên, qua kiểm tra 24 tiệm trong quý IV/2023, Đội Quản lý thị trường số 2 phát hiện 9 tiệm sử dụng sơn móng, nước rửa móng không rõ nguồn gốc, chiếm 37,5% số tiệm được kiểm tra; tạm giữ gần 400 chai sản phẩm các loại.

Năm 2024, UBND thành phố đặt mục tiêu 100% tiệm làm móng ký cam kết bảo đảm an toàn hóa chất, đồng thời tổ chức 3 lớp tập huấn cho khoảng 150 chủ tiệm và thợ làm móng.

HOÀNG MINH

Chia sẻ | 0 bình luận
Tin cùng chuyên mục:
- Đồng Xoài: Ra mắt mô hình "Chợ an toàn thực phẩm" tại chợ phường Tân Bình
- Hội nghị tổng kết công tác thuế năm 2023
"""

FEB = per("đến cuối tháng 2/2024", None, "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng từ 52 lên", "52", 52, "count", "tiệm", subject="tiệm nail trước đây", optional=True),
    fig("lên 118 tiệm", "118", 118, "count", "tiệm", subject="tiệm nail trên địa bàn TP Đồng Xoài"),
    fig("hàng trăm lao động", "hàng trăm", 100, "count", "lao động", approx="about",
        subject="lao động trẻ có việc làm", optional=True),
    fig("có 118 hộ", "118", 118, "count", "hộ",
        subject="hộ kinh doanh dịch vụ làm móng được cấp mã số thuế", period=FEB),
    fig("trong đó 31 hộ", "31", 31, "count", "hộ", total=118,
        subject="hộ nộp thuế theo phương pháp kê khai", period=FEB),
    fig("khoảng 1,46 tỷ", "1,46", 1.46e9, "money", "đồng", approx="about",
        change=chg("increase", 12, "%", "dự toán"), subject="nộp ngân sách của các hộ kinh doanh dịch vụ làm móng",
        period=Y23),
    fig("tiệm có 5 thợ", "5", 5, "count", "thợ", subject="thợ của tiệm Linh Nail"),
    fig("từ 25 đến 30", "25", 25, "measure", "lượt khách/ngày", value_max=30,
        subject="lượt khách tiệm phục vụ mỗi ngày"),
    fig("khoảng 100.000", "100.000", 100000, "money", "đồng/bộ", approx="about", subject="giá sơn gel"),
    fig("từ 250.000 đến 350.000", "250.000", 250000, "money", "đồng/bộ", value_max=350000,
        subject="giá đắp bột"),
    fig("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng/tháng", value_max=12e6, subject="thu nhập của thợ"),
    fig("kiểm tra 24 tiệm", "24", 24, "count", "tiệm", subject="tiệm được kiểm tra", period=Q4),
    fig("phát hiện 9 tiệm", "9", 9, "count", "tiệm", percent=37.5,
        subject="tiệm sử dụng sơn móng, nước rửa móng không rõ nguồn gốc", period=Q4),
    fig("gần 400 chai", "400", 400, "count", "chai", approx="nearly",
        subject="chai sản phẩm các loại tạm giữ", period=Q4),
    fig("mục tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="tiệm làm móng ký cam kết bảo đảm an toàn hóa chất", period=Y24),
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp", status="target", subject="lớp tập huấn", period=Y24),
    fig("khoảng 150 chủ", "150", 150, "count", "chủ tiệm và thợ", approx="about", status="target",
        subject="chủ tiệm và thợ làm móng được tập huấn", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): menu, 'Thứ Ba, 12/03/2024 | 15:20', tag '(BPO) -', byline, '0 bình luận', related news.",
    "Distractors: 'Chỉ trong hai năm' (a duration locating the change), 'Đội Quản lý thị trường số 2', 'quý IV/2023',",
    "'0 bình luận', 'năm 2023' in a link title, time 15:20.",
    "'tăng từ 52 lên 118 tiệm': 118 is the figure; the old count 52 is optional (as the old capacity in 'từ 40 triệu lên 50 triệu').",
    "'hàng trăm lao động' is a vague quantity: optional (value 100, about).",
    "'đến cuối tháng 2/2024' is an as-of date (end 2024-02-29). 'vượt 12% dự toán' is a change against plan (baseline 'dự toán').",
    "'chiếm 37,5% số tiệm được kiểm tra' is the percent attribute of 9 tiệm; there is no part-of cue, so no total 24.",
    "'mỗi ngày phục vụ từ 25 đến 30 lượt khách' is a rate: measure, lượt khách/ngày. 'đặt mục tiêu … đồng thời tổ chức …' all target.",
]

if __name__ == "__main__":
    write("p1560-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Đồng Xoài",
          ignore=("12/03/2024", "2/2024", "Năm 2023", "năm 2023", "12%", "số 2", "0 bình", "350.000", "30 lượt", "12 triệu", "37,5"))
