"""p572-6: national press (VnExpress style), counterfeit goods seized at Ninh Hiệp, Hà Nội."""
from lib import emit, fig, per, inh, chg

TEXT = """
Thứ năm, 21/3/2024, 14:05 (GMT+7)

Hà Nội thu giữ hơn 21.000 sản phẩm nghi giả

Quản lý thị trường phát hiện 5 kho hàng ở xã Ninh Hiệp, huyện Gia Lâm chứa quần áo, túi xách, giày dép có dấu hiệu giả mạo các nhãn hiệu nổi tiếng.

Chiều 20/3, Đội Quản lý thị trường số 12 (Cục Quản lý thị trường Hà Nội) phối hợp Công an huyện Gia Lâm kiểm tra các kho hàng tại thôn Tô Khê, xã Ninh Hiệp, huyện Gia Lâm, thu giữ 21.360 sản phẩm mang nhãn hiệu Gucci, Louis Vuitton, Chanel, Dior. Số hàng trên trị giá ước tính khoảng 3,8 tỷ đồng. Khi lực lượng chức năng ập vào, một xe tải biển kiểm soát 29H-456.78 đang bốc hàng.

Theo chủ kho, hàng được nhập từ Quảng Châu (Trung Quốc) theo đường tiểu ngạch, bán buôn cho các cửa hàng với giá chỉ bằng 10-30% hàng chính hãng. Mỗi ngày kho xuất đi khoảng 2.000 sản phẩm, chủ yếu bán qua hơn 40 tài khoản Facebook, TikTok.

Ông Nguyễn Văn Hòa, Cục trưởng Cục Quản lý thị trường Hà Nội, cho biết 2 tháng đầu năm 2024, đơn vị đã kiểm tra 612 vụ, xử lý 547 vụ vi phạm, phạt hành chính gần 4,3 tỷ đồng. Trong đó, 138 vụ kinh doanh hàng giả, tăng 21% so với cùng kỳ năm 2023.

Theo ông Hòa, hàng giả tập trung ở các chợ đầu mối như Ninh Hiệp, Đồng Xuân và một số tuyến phố cổ. Năm 2023, Cục đã tiêu hủy hơn 1,2 triệu sản phẩm vi phạm, trị giá khoảng 15 tỷ đồng. Trong quý II/2024, Cục dự kiến kiểm tra tối thiểu 30 cơ sở bán buôn lớn tại các chợ này.

Người dân phát hiện hàng giả có thể phản ánh qua đường dây nóng 024.3826.2598.

Võ Hải
"""

D203 = per("Chiều 20/3", "2024-03-20", "2024-03-20")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")

FIGS = [
    fig("hơn 21.000 sản phẩm", "21.000", 21000, "count", "sản phẩm", approx="over",
        subject="sản phẩm nghi giả thu giữ"),
    fig("phát hiện 5 kho", "5", 5, "count", "kho hàng",
        subject="kho hàng chứa hàng có dấu hiệu giả mạo nhãn hiệu", location="Gia Lâm"),
    fig("thu giữ 21.360 sản phẩm", "21.360", 21360, "count", "sản phẩm",
        subject="sản phẩm mang nhãn hiệu Gucci, Louis Vuitton, Chanel, Dior thu giữ",
        period=D203, location="Gia Lâm"),
    fig("khoảng 3,8 tỷ đồng", "3,8", 3_800_000_000, "money", "đồng", approx="about", status="estimate",
        subject="trị giá số hàng thu giữ", period=inh(D203), location="Gia Lâm"),
    fig("bằng 10-30%", "10", 10, "percent", "%", value_max=30,
        subject="giá bán so với hàng chính hãng", location="Gia Lâm"),
    fig("khoảng 2.000 sản phẩm", "2.000", 2000, "count", "sản phẩm", approx="about",
        subject="sản phẩm kho xuất đi mỗi ngày", location="Gia Lâm"),
    fig("hơn 40 tài khoản", "40", 40, "count", "tài khoản", approx="over",
        subject="tài khoản Facebook, TikTok bán hàng", location="Gia Lâm"),
    fig("kiểm tra 612 vụ", "612", 612, "count", "vụ",
        subject="vụ Cục Quản lý thị trường Hà Nội kiểm tra", period=M2),
    fig("xử lý 547 vụ", "547", 547, "count", "vụ", subject="vụ vi phạm xử lý", period=M2),
    fig("gần 4,3 tỷ đồng", "4,3", 4_300_000_000, "money", "đồng", approx="nearly",
        subject="phạt hành chính", period=M2),
    fig("138 vụ", "138", 138, "count", "vụ", total=547,
        change=chg("increase", 21, baseline="cùng kỳ năm 2023"),
        subject="vụ kinh doanh hàng giả", period=inh(M2)),
    fig("hơn 1,2 triệu sản phẩm", "1,2", 1_200_000, "count", "sản phẩm", approx="over",
        subject="sản phẩm vi phạm tiêu hủy", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 15 tỷ đồng", "15", 15_000_000_000, "money", "đồng", approx="about",
        subject="trị giá sản phẩm vi phạm tiêu hủy", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("tối thiểu 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở bán buôn lớn tại các chợ đầu mối kiểm tra",
        period=per("quý II/2024", "2024-04-01", "2024-06-30")),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 21/3/2024, 14:05 (GMT+7)'): Hà Nội market surveillance seizes counterfeit goods at Ninh Hiệp",
    "(Gia Lâm); city results for 2 tháng đầu năm 2024. Distractors: '(GMT+7)', 'Đội Quản lý thị trường số 12', licence plate 29H-456.78,",
    "hotline 024.3826.2598, 'Chiều 20/3', brand names, Quảng Châu (a source, not a place of the figure).",
    "Headline names only Hà Nội (article location); figures of the raid in Gia Lâm (named in lead and the raid sentence) take Gia Lâm,",
    "also the continuing sentences about the same warehouses. 'Chiều 20/3' takes the year of the dateline (single-day period).",
    "'2 tháng đầu năm 2024' ends 2024-02-29 (leap year). 'Trong đó, 138 vụ' → total 547, change +21% vs cùng kỳ năm 2023.",
    "'Trong đó, 138 vụ' follows the fine 'gần 4,3 tỷ đồng' directly; the whole counting the same thing (vụ vi phạm) is 547.",
    "'giá chỉ bằng 10-30% hàng chính hãng' stands alone (no base amount): percent range. 'dự kiến … tối thiểu 30 cơ sở' forecast at_least.",
]

if __name__ == "__main__":
    emit("p572-6", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Hà Nội")
