"""p1498-1: province portal (Bắc Ninh): fake sockets, plugs, switches seized in Từ Sơn; 9-month QLTT results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Từ Sơn: Thu giữ gần 9.000 ổ cắm, phích cắm giả nhãn hiệu

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Ngày 11/10, Đội Quản lý thị trường số 3 (Cục Quản lý thị trường tỉnh Bắc Ninh) phối hợp với Công an thành phố Từ Sơn kiểm tra kho hàng tại số 68 đường Lý Thánh Tông, phường Đồng Nguyên, phát hiện 8.760 sản phẩm thiết bị điện có dấu hiệu giả mạo nhãn hiệu. Trong đó có 5.400 ổ cắm kéo dài, 2.150 phích cắm và 1.210 công tắc điện mang nhãn hiệu của các hãng nổi tiếng. Tổng trị giá số hàng theo giá niêm yết khoảng 620 triệu đồng.

Chủ kho là ông Nguyễn Văn Th. (sinh năm 1985) không xuất trình được hóa đơn, chứng từ. Theo lời khai, số hàng được nhập từ một xưởng ở Hà Nội với giá chỉ bằng 30-40% hàng chính hãng, rồi bán cho các cửa hàng điện nước với giá từ 25.000 đến 45.000 đồng/chiếc. Đoàn kiểm tra đã tạm giữ toàn bộ số hàng để xác minh, xử lý.

Theo Cục Quản lý thị trường tỉnh, 9 tháng đầu năm 2024, lực lượng quản lý thị trường đã kiểm tra 214 vụ liên quan đến thiết bị điện dân dụng, xử lý 187 vụ vi phạm, tăng 23% so với cùng kỳ năm 2023, trong đó 112 vụ kinh doanh hàng không rõ nguồn gốc, 43 vụ kinh doanh hàng giả mạo nhãn hiệu; tổng số tiền phạt và trị giá hàng tịch thu hơn 2,3 tỷ đồng. Bình quân mỗi vụ vi phạm bị xử phạt khoảng 9 triệu đồng. Trong quý IV, Cục phấn đấu kiểm tra 100% cơ sở kinh doanh thiết bị điện trên các tuyến phố chuyên doanh.

Người tiêu dùng phát hiện hàng giả có thể phản ánh qua đường dây nóng 0222.3826.999.

Tin liên quan:
- Bắc Ninh: Ra quân cao điểm chống hàng giả dịp cuối năm 2024
- Hướng dẫn phân biệt ổ cắm chính hãng và hàng nhái
"""

DAY = per("Ngày 11/10", "2024-10-11", "2024-10-11")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
TS = "Từ Sơn"

FIGS = [
    fig("gần 9.000 ổ cắm", "9.000", 9000, "count", "ổ cắm, phích cắm", approx="nearly",
        subject="ổ cắm, phích cắm giả nhãn hiệu thu giữ", location=TS),
    fig("phát hiện 8.760 sản phẩm", "8.760", 8760, "count", "sản phẩm",
        subject="sản phẩm thiết bị điện có dấu hiệu giả mạo nhãn hiệu", period=DAY, location=TS),
    fig("có 5.400 ổ cắm", "5.400", 5400, "count", "ổ cắm kéo dài", total=8760,
        subject="ổ cắm kéo dài", period=inh(DAY), location=TS),
    fig("2.150 phích cắm", "2.150", 2150, "count", "phích cắm", total=8760,
        subject="phích cắm", period=inh(DAY), location=TS),
    fig("1.210 công tắc", "1.210", 1210, "count", "công tắc điện", total=8760,
        subject="công tắc điện", period=inh(DAY), location=TS),
    fig("khoảng 620 triệu", "620", 620e6, "money", "đồng", approx="about",
        subject="tổng trị giá số hàng theo giá niêm yết", location=TS),
    fig("bằng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="giá nhập số hàng so với hàng chính hãng", location=TS),
    fig("từ 25.000 đến 45.000", "25.000", 25000, "money", "đồng/chiếc", value_max=45000,
        subject="giá bán cho các cửa hàng điện nước", location=TS),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ",
        subject="vụ liên quan đến thiết bị điện dân dụng lực lượng quản lý thị trường kiểm tra", period=NINE),
    fig("xử lý 187 vụ", "187", 187, "count", "vụ", change=chg("increase", 23, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm xử lý", period=NINE),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over",
        subject="tổng số tiền phạt và trị giá hàng tịch thu", period=NINE),
    fig("trong đó 112 vụ", "112", 112, "count", "vụ", total=187,
        subject="vụ kinh doanh hàng không rõ nguồn gốc", period=NINE),
    fig("43 vụ kinh doanh", "43", 43, "count", "vụ", total=187,
        subject="vụ kinh doanh hàng giả mạo nhãn hiệu", period=NINE),
    fig("khoảng 9 triệu", "9", 9e6, "money", "đồng/vụ", approx="about",
        subject="tiền xử phạt bình quân mỗi vụ vi phạm", period=inh(NINE)),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh thiết bị điện trên các tuyến phố chuyên doanh được kiểm tra", period=Q4),
]

NOTES = [
    "Province portal (Bắc Ninh): fake sockets, plugs and switches seized in a warehouse in TP Từ Sơn; Cục QLTT 9-month results.",
    "Dateline 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286'. Distractors: 09:35, Lượt xem 1.286, 'Đội Quản lý thị trường số 3',",
    "'số 68 đường Lý Thánh Tông', '(sinh năm 1985)', hotline 0222.3826.999, 'năm 2024' in a related link, 'Ngày 11/10' (a date).",
    "Headline 'gần 9.000 ổ cắm, phích cắm' is its own figure (nearly). 'Ngày 11/10' takes the dateline year: 2024-10-11 (one day).",
    "'Trong đó có' parts after a sentence break: total 8.760 (5.400 + 2.150 + 1.210 = 8.760); period inherited.",
    "'giá chỉ bằng 30-40% hàng chính hãng' has no base amount: a percent figure of its own (range).",
    "Seizure passage located in Từ Sơn; the Cục's 9-month figures in Bắc Ninh. 'Trong quý IV ... phấn đấu' → target, 2024 Q4.",
    "214 vụ kiểm tra and 187 vụ xử lý: no part-of cue, so no total. The change 'tăng 23%' belongs to 187 vụ;",
    "'trong đó 112 vụ ..., 43 vụ ...' follow 187 vụ (same unit, same period): total 187.",
    "'Bình quân mỗi vụ ... khoảng 9 triệu đồng' is a rate: unit 'đồng/vụ' (the 'mỗi X' denominator); period inherited.",
]

if __name__ == "__main__":
    write("p1498-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")
