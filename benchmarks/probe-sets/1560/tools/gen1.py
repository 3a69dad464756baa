"""p1560-1: province portal (Khánh Hòa), breadcrumb, Cập nhật | Lượt xem, related links."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Khánh Hòa: 9 tháng, tiếp nhận 412 phiếu công bố sản phẩm mỹ phẩm

Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.386

Theo Sở Y tế, 9 tháng đầu năm 2024, Sở đã tiếp nhận 412 phiếu công bố sản phẩm mỹ phẩm, tăng 18,4% so với cùng kỳ năm 2023; trong đó có 57 phiếu của các cơ sở sản xuất trong tỉnh. Các sản phẩm chủ yếu là sơn móng tay, nước rửa móng, kem dưỡng da và mỹ phẩm từ yến sào.

Hiện toàn tỉnh có khoảng 1.250 cơ sở kinh doanh mỹ phẩm và 640 tiệm làm móng, tập trung chủ yếu tại TP Nha Trang (chiếm gần 60%) và TP Cam Ranh. Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 186 cơ sở, phát hiện 23 cơ sở vi phạm, xử phạt hành chính hơn 214 triệu đồng; tạm giữ 3.460 sản phẩm mỹ phẩm không rõ nguồn gốc, trong đó có 1.120 chai sơn móng tay. Các lỗi thường gặp gồm kinh doanh mỹ phẩm hết hạn, không có phiếu công bố và nhãn phụ không đúng quy định.

Tại TP Nha Trang, giá dịch vụ sơn gel phổ biến từ 80.000 đến 150.000 đồng/lần; mỗi tiệm nail quy mô vừa sử dụng từ 3 đến 5 thợ, thu nhập bình quân của thợ khoảng 9 triệu đồng/người/tháng.

Quý IV, Sở Y tế phấn đấu kiểm tra thêm ít nhất 60 cơ sở, bảo đảm 100% cơ sở sản xuất mỹ phẩm trên địa bàn được hậu kiểm trong năm 2024. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0258.3822.115.

Tin liên quan:
- Nha Trang: Tập huấn an toàn hóa chất cho chủ tiệm làm đẹp
- Khánh Hòa triển khai Quyết định số 1278/QĐ-UBND về quản lý mỹ phẩm
"""

M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
NT = "Nha Trang"

FIGS = [
    fig("9 tháng, tiếp nhận 412", "412", 412, "count", "phiếu công bố",
        subject="phiếu công bố sản phẩm mỹ phẩm tiếp nhận", period=M9H),
    fig("Sở đã tiếp nhận 412", "412", 412, "count", "phiếu công bố",
        change=chg("increase", 18.4, "%", "cùng kỳ năm 2023"),
        subject="phiếu công bố sản phẩm mỹ phẩm Sở Y tế tiếp nhận", period=M9),
    fig("có 57 phiếu", "57", 57, "count", "phiếu", total=412,
        subject="phiếu công bố của các cơ sở sản xuất trong tỉnh", period=M9),
    fig("khoảng 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", approx="about",
        subject="cơ sở kinh doanh mỹ phẩm"),
    fig("và 640 tiệm", "640", 640, "count", "tiệm", subject="tiệm làm móng"),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly", location=NT,
        subject="cơ sở kinh doanh mỹ phẩm và tiệm làm móng"),
    fig("kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở",
        subject="cơ sở đoàn kiểm tra liên ngành đã kiểm tra", period=YTD),
    fig("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("hơn 214 triệu", "214", 214e6, "money", "đồng", approx="over",
        subject="xử phạt hành chính", period=YTD),
    fig("tạm giữ 3.460 sản phẩm", "3.460", 3460, "count", "sản phẩm",
        subject="sản phẩm mỹ phẩm không rõ nguồn gốc tạm giữ", period=YTD),
    fig("có 1.120 chai", "1.120", 1120, "count", "chai", total=3460,
        subject="chai sơn móng tay tạm giữ", period=YTD),
    fig("từ 80.000 đến 150.000", "80.000", 80000, "money", "đồng/lần", value_max=150000,
        subject="giá dịch vụ sơn gel", location=NT),
    fig("từ 3 đến 5 thợ", "3", 3, "count", "thợ", value_max=5,
        subject="thợ mỗi tiệm nail quy mô vừa sử dụng", location=NT),
    fig("khoảng 9 triệu", "9", 9e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của thợ", location=NT),
    fig("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở Sở Y tế kiểm tra thêm", period=Q4),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất mỹ phẩm trên địa bàn được hậu kiểm", period=Y24),
]

NOTES = [
    "Province portal (Khánh Hòa): breadcrumb, headline figure, 'Cập nhật: 15/10/2024 09:40 | Lượt xem: 1.386', related links.",
    "Distractors: 'Lượt xem: 1.386', time 09:40, hotline 0258.3822.115, 'Quyết định số 1278/QĐ-UBND', 'năm 2023' baseline.",
    "Headline '9 tháng' takes the year of the dateline. 'Từ đầu năm đến nay' ends at the dateline.",
    "'(chiếm gần 60%)' after 'TP Nha Trang' is Nha Trang's share of the province's shops: its own percent figure, located in Nha Trang.",
    "revised after the first run: the 60% subject dropped 'tập trung tại TP Nha Trang' (a place goes to location, never to the subject).",
    "'trong đó có 1.120 chai sơn móng tay' follows '3.460 sản phẩm mỹ phẩm' (the seized goods): total 3460.",
    "'phấn đấu' governs both Quý IV figures (target); the 100% has its own period 'trong năm 2024'.",
]

if __name__ == "__main__":
    write("p1560-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Khánh Hòa",
          ignore=("15/10/2024", "1.386", "0258", "1278", "năm 2023", "năm 2024"))
