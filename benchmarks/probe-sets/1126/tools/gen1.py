"""p1126-1: Nghệ An province portal, 9 months 2024 inspections of LPG outlets."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghệ An: Gần 120 cơ sở kinh doanh khí dầu mỏ hóa lỏng bị xử lý vi phạm

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(nghean.gov.vn) - 9 tháng đầu năm 2024, các lực lượng chức năng tỉnh Nghệ An đã kiểm tra 642 cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG), tăng 18,5% so với cùng kỳ năm 2023; phát hiện, xử lý 117 cơ sở vi phạm, chiếm 18,2% số cơ sở được kiểm tra. Tổng số tiền phạt vi phạm hành chính hơn 1,46 tỷ đồng, tăng 312 triệu đồng so với cùng kỳ.

Trong đó, lực lượng Quản lý thị trường kiểm tra 415 cơ sở, xử lý 83 cơ sở với số tiền phạt 1,02 tỷ đồng; Thanh tra Sở Công Thương kiểm tra 227 cơ sở, xử lý 34 cơ sở, phạt 440 triệu đồng. Lỗi phổ biến là kinh doanh chai LPG không có nhãn hàng hóa, chai quá hạn kiểm định, cửa hàng không bảo đảm khoảng cách an toàn theo Nghị định số 87/2018/NĐ-CP.

Các lực lượng đã tạm giữ 2.385 chai LPG các loại, trong đó 1.640 chai loại 12 kg và 745 chai loại 45 kg; tịch thu, tiêu hủy 312 vỏ chai không rõ nguồn gốc.

Hiện toàn tỉnh có 1.538 cửa hàng bán LPG chai, 9 trạm nạp LPG vào chai và 6 thương nhân đầu mối, tổng đại lý có hệ thống phân phối trên địa bàn. Cửa hàng tập trung nhiều ở TP Vinh (286 cửa hàng), huyện Diễn Châu (131 cửa hàng) và thị xã Hoàng Mai (94 cửa hàng).

Giá bán lẻ LPG tháng 10 trên địa bàn tỉnh phổ biến từ 465.000 đến 490.000 đồng/bình 12 kg, tăng khoảng 15.000 đồng/bình so với tháng 9.

Trong quý IV, Sở Công Thương dự kiến phối hợp kiểm tra thêm khoảng 150 cơ sở, tập trung vào cửa hàng ở vùng nông thôn, miền núi. Cả năm 2024, tỉnh phấn đấu 100% trạm nạp được kiểm tra an toàn ít nhất một lần. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3599.113.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T10 = per("tháng 10", "2024-10-01", "2024-10-31")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
CK = "cùng kỳ năm 2023"
OUTLETS = "cửa hàng bán LPG chai"

FIGS = [
    fig("Gần 120 cơ sở", "120", 120, "count", "cơ sở", approx="nearly",
        subject="cơ sở kinh doanh khí dầu mỏ hóa lỏng bị xử lý vi phạm"),
    fig("kiểm tra 642 cơ sở", "642", 642, "count", "cơ sở", change=chg("increase", 18.5, "%", CK),
        subject="cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG) được kiểm tra", period=NINE),
    fig("xử lý 117 cơ sở", "117", 117, "count", "cơ sở", percent=18.2,
        subject="cơ sở kinh doanh LPG vi phạm bị xử lý", period=NINE),
    fig("hơn 1,46 tỷ", "1,46", 1460000000, "money", "đồng", approx="over",
        change=chg("increase", 312000000, "đồng", "cùng kỳ"),
        subject="tổng số tiền phạt vi phạm hành chính", period=inh(NINE)),
    fig("kiểm tra 415 cơ sở", "415", 415, "count", "cơ sở", total=642,
        subject="cơ sở được lực lượng Quản lý thị trường kiểm tra", period=inh(NINE)),
    fig("xử lý 83 cơ sở", "83", 83, "count", "cơ sở", total=117,
        subject="cơ sở bị lực lượng Quản lý thị trường xử lý", period=inh(NINE)),
    fig("phạt 1,02 tỷ", "1,02", 1020000000, "money", "đồng", total=1460000000,
        subject="số tiền phạt của lực lượng Quản lý thị trường", period=inh(NINE)),
    fig("kiểm tra 227 cơ sở", "227", 227, "count", "cơ sở", total=642,
        subject="cơ sở được Thanh tra Sở Công Thương kiểm tra", period=inh(NINE)),
    fig("xử lý 34 cơ sở", "34", 34, "count", "cơ sở", total=117,
        subject="cơ sở bị Thanh tra Sở Công Thương xử lý", period=inh(NINE)),
    fig("phạt 440 triệu", "440", 440000000, "money", "đồng", total=1460000000,
        subject="số tiền phạt của Thanh tra Sở Công Thương", period=inh(NINE)),
    fig("giữ 2.385 chai", "2.385", 2385, "count", "chai LPG",
        subject="chai LPG các loại bị tạm giữ", period=inh(NINE)),
    fig("1.640 chai", "1.640", 1640, "count", "chai", total=2385,
        subject="chai LPG loại 12 kg bị tạm giữ", period=inh(NINE)),
    opt("chai loại 12 kg", "12", 12, "measure", "kg", "loại chai LPG"),
    fig("745 chai", "745", 745, "count", "chai", total=2385,
        subject="chai LPG loại 45 kg bị tạm giữ", period=inh(NINE)),
    opt("chai loại 45 kg", "45", 45, "measure", "kg", "loại chai LPG"),
    fig("tiêu hủy 312 vỏ chai", "312", 312, "count", "vỏ chai",
        subject="vỏ chai không rõ nguồn gốc bị tịch thu, tiêu hủy", period=inh(NINE)),
    fig("có 1.538 cửa hàng", "1.538", 1538, "count", OUTLETS, subject=OUTLETS),
    fig("9 trạm nạp", "9", 9, "count", "trạm nạp", subject="trạm nạp LPG vào chai"),
    fig("6 thương nhân", "6", 6, "count", "thương nhân",
        subject="thương nhân đầu mối, tổng đại lý có hệ thống phân phối"),
    fig("TP Vinh (286 cửa hàng)", "286", 286, "count", "cửa hàng", subject=OUTLETS, location="Vinh"),
    fig("Diễn Châu (131 cửa hàng)", "131", 131, "count", "cửa hàng", subject=OUTLETS, location="Diễn Châu"),
    fig("Hoàng Mai (94 cửa hàng)", "94", 94, "count", "cửa hàng", subject=OUTLETS, location="Hoàng Mai"),
    fig("từ 465.000 đến 490.000", "465.000", 465000, "money", "đồng/bình", value_max=490000,
        change=chg("increase", 15000, "đồng/bình", "tháng 9", approx="about"),
        subject="giá bán lẻ LPG bình 12 kg", period=T10),
    opt("đồng/bình 12 kg, tăng", "12", 12, "measure", "kg", "loại bình LPG"),
    fig("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở kinh doanh LPG được kiểm tra thêm", period=Q4),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trạm nạp được kiểm tra an toàn", period=Y24),
    opt("ít nhất một lần", "một", 1, "count", "lần", "số lần kiểm tra an toàn mỗi trạm nạp",
        approx="at_least", status="target"),
]

NOTES = [
    "Province portal (Nghệ An): LPG inspections 9 months 2024. Breadcrumb; 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, Nghị định số 87/2018/NĐ-CP, hotline 0238.3599.113, '9 tháng đầu năm 2024'.",
    "'chiếm 18,2% số cơ sở được kiểm tra' is a share (percent), not a total cue. The Trong đó breakdown (415+227=642, 83+34=117, 1,02+0,44=1,46 tỷ) gives totals across the sentence break.",
    "'12 kg', '45 kg' name cylinder types (optional). 'ít nhất một lần' is a frequency inside the target (optional).",
    "The district list after 'tập trung nhiều ở' does not add up to 1.538: no total. 'Hiện' figures get no period. Headline gets no period.",
]

if __name__ == "__main__":
    build("p1126-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
