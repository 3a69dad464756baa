"""p1391-1: province portal (Nam Định): Christmas decoration and year-end gift market, December 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng trang trí Giáng sinh hút khách, sức mua tăng khoảng 15%

Cập nhật: 18/12/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, từ đầu tháng 12 đến nay, toàn tỉnh có khoảng 1.240 cửa hàng, điểm kinh doanh hàng trang trí Giáng sinh và quà tặng cuối năm, tăng 110 điểm so với cùng kỳ năm 2023. Trong đó, huyện Xuân Trường có 265 điểm, huyện Hải Hậu 210 điểm, huyện Giao Thủy 185 điểm, tập trung dọc Quốc lộ 21 và các tuyến đường quanh nhà thờ.

Sức mua dịp cuối năm ước tăng khoảng 15% so với cùng kỳ. Doanh thu bán lẻ nhóm hàng trang trí, quà tặng tháng 12/2024 ước đạt 186 tỷ đồng, chiếm gần 4% tổng mức bán lẻ hàng hóa của tỉnh.

Giá các mặt hàng năm nay nhìn chung ổn định. Cây thông nhựa loại cao 1,2 m có giá từ 180.000 đến 250.000 đồng/cây, loại cao 2,1 m từ 650.000 đồng đến 1,2 triệu đồng/cây; bộ đèn LED trang trí giá 45.000-120.000 đồng/bộ. Tại TP Nam Định, mỗi ngày các cửa hàng bán ra khoảng 300-500 cây thông tươi trồng chậu chuyển từ Lâm Đồng về, giá phổ biến 350.000 đồng/cây, tăng 50.000 đồng so với năm trước.

Từ ngày 1/12 đến nay, Cục Quản lý thị trường tỉnh đã kiểm tra 58 cơ sở, trong đó 7 cơ sở vi phạm, xử phạt 42,5 triệu đồng; tạm giữ hơn 1.600 sản phẩm đồ chơi, đồ trang trí không rõ nguồn gốc.

Sở Công Thương đề nghị các doanh nghiệp tiếp tục dự trữ hàng hóa phục vụ Tết Nguyên đán Ất Tỵ 2025, ưu tiên hàng Việt; thực hiện niêm yết giá theo Luật Giá số 16/2023/QH15.

Tin liên quan:
- Nam Định: Khai mạc Hội chợ Xuân Ất Tỵ 2025
- Phiên chợ hàng Việt về huyện Nghĩa Hưng lần thứ 3
"""

SINCE = per("từ đầu tháng 12 đến nay", "2024-12-01", "2024-12-18")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
QLTT = per("Từ ngày 1/12 đến nay", "2024-12-01", "2024-12-18")
SHOPS = "điểm kinh doanh hàng trang trí Giáng sinh và quà tặng cuối năm"

FIGS = [
    fig("sức mua tăng khoảng 15%", "15", 15, "percent", "%", approx="about", subject="sức mua"),
    fig("khoảng 1.240 cửa hàng", "1.240", 1240, "count", "cửa hàng", approx="about",
        change=chg("increase", 110, "điểm", "cùng kỳ năm 2023"),
        subject="cửa hàng, điểm kinh doanh hàng trang trí Giáng sinh và quà tặng cuối năm", period=SINCE),
    fig("Xuân Trường có 265 điểm", "265", 265, "count", "điểm", total=1240, subject=SHOPS,
        period=inh(SINCE), location="Xuân Trường"),
    fig("Hải Hậu 210 điểm", "210", 210, "count", "điểm", total=1240, subject=SHOPS,
        period=inh(SINCE), location="Hải Hậu"),
    fig("Giao Thủy 185 điểm", "185", 185, "count", "điểm", total=1240, subject=SHOPS,
        period=inh(SINCE), location="Giao Thủy"),
    fig("ước tăng khoảng 15%", "15", 15, "percent", "%", approx="about", status="estimate",
        subject="sức mua dịp cuối năm"),
    fig("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", percent=4, status="estimate",
        subject="doanh thu bán lẻ nhóm hàng trang trí, quà tặng", period=DEC),
    fig("loại cao 1,2 m", "1,2", 1.2, "measure", "m", subject="chiều cao cây thông nhựa", optional=True),
    fig("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/cây", value_max=250000,
        subject="giá cây thông nhựa loại cao 1,2 m"),
    fig("loại cao 2,1 m", "2,1", 2.1, "measure", "m", subject="chiều cao cây thông nhựa", optional=True),
    fig("từ 650.000 đồng", "650.000", 650000, "money", "đồng/cây", value_max=1.2e6,
        subject="giá cây thông nhựa loại cao 2,1 m"),
    fig("giá 45.000-120.000", "45.000", 45000, "money", "đồng/bộ", value_max=120000,
        subject="giá bộ đèn LED trang trí"),
    fig("khoảng 300-500 cây", "300", 300, "measure", "cây/ngày", value_max=500, approx="about",
        subject="cây thông tươi trồng chậu các cửa hàng bán ra mỗi ngày"),
    fig("phổ biến 350.000", "350.000", 350000, "money", "đồng/cây",
        change=chg("increase", 50000, "đồng", "năm trước"), subject="giá phổ biến cây thông tươi"),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở được kiểm tra", period=QLTT),
    fig("trong đó 7 cơ sở", "7", 7, "count", "cơ sở", total=58, subject="cơ sở vi phạm", period=QLTT),
    fig("xử phạt 42,5 triệu", "42,5", 42.5e6, "money", "đồng", subject="tiền xử phạt", period=QLTT),
    fig("hơn 1.600 sản phẩm", "1.600", 1600, "count", "sản phẩm", approx="over",
        subject="sản phẩm đồ chơi, đồ trang trí không rõ nguồn gốc bị tạm giữ", period=QLTT),
]

NOTES = [
    "Province portal (Nam Định): Christmas decoration and year-end gift market, Dec 2024; breadcrumb,",
    "'Cập nhật: 18/12/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Quốc lộ 21', 'Ất Tỵ 2025', 'Luật Giá số 16/2023/QH15', 'lần thứ 3', 'ngày 1/12' (inside a period).",
    "Headline 'sức mua tăng khoảng 15%' is its own figure (no period, actual). 'từ đầu tháng 12 đến nay' and",
    "'Từ ngày 1/12 đến nay' end at the dateline 2024-12-18.",
    "'Trong đó' district parts after a sentence break: total 1.240, each district is its location; period inherited.",
    "'tăng 110 điểm so với cùng kỳ năm 2023' is a change in 'điểm'. 'chiếm gần 4%' after 186 tỷ is its percent attribute.",
    "Tree heights ('cao 1,2 m', 'cao 2,1 m') describe the product class priced: optional.",
    "'mỗi ngày ... khoảng 300-500 cây' is a per-day rate: measure, 'cây/ngày'. TP Nam Định and tỉnh Nam Định are the same place name.",
    "'kiểm tra 58 cơ sở, trong đó 7 cơ sở vi phạm' → total 58.",
]

if __name__ == "__main__":
    write("p1391-1", TEXT, NOTES, FIGS, published="2024-12-18", location="Nam Định")
