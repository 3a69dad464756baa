"""p1126-2: Thạch Hà district portal (Hà Tĩnh), gas outlet checks from the start of 2024, a shop in xã Thạch Đài."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Trang chủ / Tin tức / Kinh tế - Xã hội

Thạch Hà tăng cường kiểm tra an toàn trong kinh doanh, sử dụng gas

Ngày đăng: 05/06/2024 | Người đăng: Phòng Kinh tế - Hạ tầng

Theo Phòng Kinh tế - Hạ tầng huyện, toàn huyện hiện có 74 cửa hàng kinh doanh khí dầu mỏ hóa lỏng chai, một trạm nạp LPG vào chai và khoảng 21.500 hộ gia đình dùng bếp gas, chiếm gần 62% tổng số hộ. Cửa hàng tập trung ở thị trấn Thạch Hà, xã Thạch Long và xã Thạch Sơn với lần lượt 11, 8 và 7 cửa hàng.

Từ đầu năm đến nay, đoàn kiểm tra liên ngành của huyện đã kiểm tra 52/74 cửa hàng, phát hiện 9 cửa hàng vi phạm, xử phạt tổng số tiền 67,5 triệu đồng. Vi phạm chủ yếu là không trang bị đủ bình chữa cháy, để chai gas ngoài khu vực quy định, nhân viên chưa qua huấn luyện nghiệp vụ.

Tại xã Thạch Đài, cửa hàng gas của hộ ông Nguyễn Văn Hùng trên Quốc lộ 1A bị phạt 12 triệu đồng do chứa 86 chai LPG, gần gấp đôi lượng chứa cho phép. Cửa hàng còn bán gas với giá 495.000 đồng/bình 12 kg, cao hơn 25.000 đồng so với giá niêm yết của nhà cung cấp. Cũng tại xã này, lực lượng chức năng tạm giữ 24 chai gas không có tem kiểm định.

Giá gas bán lẻ tại các cửa hàng trên địa bàn huyện trong tháng 6 dao động 450.000-475.000 đồng/bình.

Năm 2024, huyện phấn đấu kiểm tra 100% cửa hàng kinh doanh gas, tổ chức 6 lớp tuyên truyền an toàn sử dụng gas cho khoảng 450 hộ dân tại các xã Thạch Kênh, Thạch Liên, Việt Tiến. Mỗi hộ tham gia được hỗ trợ một van an toàn trị giá 180.000 đồng.

Mọi thông tin phản ánh xin liên hệ: Phòng Kinh tế - Hạ tầng, số 18 đường Lý Tự Trọng, thị trấn Thạch Hà; điện thoại 0239.3845.216.
Lượt truy cập: 486.302
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
T6 = per("trong tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
OUT = "cửa hàng kinh doanh khí dầu mỏ hóa lỏng chai"

FIGS = [
    fig("có 74 cửa hàng", "74", 74, "count", "cửa hàng", subject=OUT),
    fig("một trạm nạp", "một", 1, "count", "trạm nạp", subject="trạm nạp LPG vào chai"),
    fig("khoảng 21.500 hộ", "21.500", 21500, "count", "hộ gia đình", approx="about", percent=62,
        subject="hộ gia đình dùng bếp gas"),
    fig("lần lượt 11", "11", 11, "count", "cửa hàng", subject=OUT),
    fig("11, 8 và", "8", 8, "count", "cửa hàng", subject=OUT),
    fig("và 7 cửa hàng", "7", 7, "count", "cửa hàng", subject=OUT),
    fig("kiểm tra 52/74", "52", 52, "count", "cửa hàng", total=74,
        subject="cửa hàng được đoàn kiểm tra liên ngành kiểm tra", period=YTD),
    fig("phát hiện 9 cửa hàng", "9", 9, "count", "cửa hàng", subject="cửa hàng vi phạm", period=YTD),
    fig("tiền 67,5 triệu", "67,5", 67500000, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("phạt 12 triệu", "12", 12000000, "money", "đồng", subject="tiền phạt cửa hàng gas của hộ ông Nguyễn Văn Hùng"),
    fig("chứa 86 chai", "86", 86, "count", "chai LPG",
        change=chg("increase", 2, "lần", "lượng chứa cho phép", approx="nearly"),
        subject="chai LPG cửa hàng chứa"),
    fig("giá 495.000", "495.000", 495000, "money", "đồng/bình",
        change=chg("increase", 25000, "đồng", "giá niêm yết của nhà cung cấp"),
        subject="giá bán gas bình 12 kg của cửa hàng"),
    opt("đồng/bình 12 kg, cao", "12", 12, "measure", "kg", "loại bình gas"),
    fig("giữ 24 chai", "24", 24, "count", "chai gas", subject="chai gas không có tem kiểm định bị tạm giữ"),
    fig("450.000-475.000", "450.000", 450000, "money", "đồng/bình", value_max=475000,
        subject="giá gas bán lẻ tại các cửa hàng", period=T6),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="cửa hàng kinh doanh gas được kiểm tra", period=Y24),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", status="target",
        subject="lớp tuyên truyền an toàn sử dụng gas", period=Y24),
    fig("khoảng 450 hộ", "450", 450, "count", "hộ dân", approx="about", status="target",
        subject="hộ dân được tuyên truyền an toàn sử dụng gas", period=Y24),
    opt("hỗ trợ một van", "một", 1, "count", "van an toàn", "van an toàn hỗ trợ mỗi hộ"),
    fig("trị giá 180.000", "180.000", 180000, "money", "đồng", subject="trị giá van an toàn hỗ trợ mỗi hộ"),
]

NOTES = [
    "District portal (huyện Thạch Hà, Hà Tĩnh): gas outlet checks. 'Ngày đăng: 05/06/2024'. Default location Thạch Hà (the district).",
    "Distractors: Quốc lộ 1A, 'số 18 đường Lý Tự Trọng', phone 0239.3845.216, 'Lượt truy cập: 486.302'.",
    "Communes (thị trấn Thạch Hà, Thạch Long, Thạch Sơn, Thạch Đài) are below district level: location stays Thạch Hà.",
    "'52/74' gives total 74. 'gần gấp đôi lượng chứa cho phép' and 'cao hơn 25.000 đồng so với giá niêm yết' are changes of the figure before them.",
    "'Từ đầu năm đến nay' ends at the published date. 'trong tháng 6' takes 2024. Targets under 'phấn đấu' continue over the comma list.",
    "'hỗ trợ một van' is a per-household rule (optional); the valve's value is a figure with no period (a standing support rule).",
]

if __name__ == "__main__":
    build("p1126-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Thạch Hà")
