"""p1318-4: ministry site (Bộ Giao thông vận tải, Cục Đường bộ Việt Nam): seat belts on sleeper buses, national data."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Tin hoạt động của Bộ

Siết chặt kiểm tra dây an toàn trên xe khách giường nằm

11/11/2024 | 09:30 | Cục Đường bộ Việt Nam

Theo Cục Đường bộ Việt Nam, tính đến ngày 31/10/2024, cả nước có khoảng 8.720 đơn vị kinh doanh vận tải hành khách tuyến cố định với hơn 36.500 xe, trong đó 12.860 xe giường nằm, chiếm 35,2%.

Trong tháng 10/2024, hệ thống dữ liệu giám sát hành trình ghi nhận 2.316 xe vi phạm tốc độ, giảm 7,5% so với tháng 9; 684 xe vi phạm thời gian lái xe liên tục. Các địa phương có nhiều xe vi phạm nhất là Hà Nội (214 xe), TP Hồ Chí Minh (187 xe) và Nghệ An (96 xe).

Kết quả kiểm tra của các Sở Giao thông vận tải trong 10 tháng năm 2024 cho thấy khoảng 18% số xe giường nằm được kiểm tra có dây an toàn hư hỏng hoặc bị tháo bỏ; tỷ lệ hành khách thắt dây an toàn trên xe giường nằm chỉ đạt 25-30%.

Để khắc phục, Cục đặt chỉ tiêu kiểm tra 100% xe giường nằm trước Tết Nguyên đán Ất Tỵ; mỗi xe phải có ít nhất 2 biển nhắc "Thắt dây an toàn" và phát thông báo bằng loa trước khi xuất bến. Dự kiến trong quý I/2025, Cục sẽ kết nối dữ liệu camera giám sát của khoảng 9.000 xe khách với hệ thống chung, theo Nghị định số 10/2020/NĐ-CP.

Cục Đường bộ Việt Nam cũng đề nghị các doanh nghiệp vận tải bố trí nhân viên phục vụ nhắc nhở hành khách, nhất là trên các tuyến dài trên 300 km.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông quý III

BỘ GIAO THÔNG VẬN TẢI
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.4015
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
M10 = per("Trong tháng 10/2024", "2024-10-01", "2024-10-31")
T10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q1 = per("trong quý I/2025", "2025-01-01", "2025-03-31")
LIST = "xe vi phạm"

FIGS = [
    fig("khoảng 8.720 đơn vị", "8.720", 8720, "count", "đơn vị", approx="about",
        subject="đơn vị kinh doanh vận tải hành khách tuyến cố định", period=ASOF),
    fig("hơn 36.500 xe", "36.500", 36500, "count", "xe", approx="over",
        subject="xe kinh doanh vận tải hành khách tuyến cố định", period=ASOF),
    fig("đó 12.860 xe", "12.860", 12860, "count", "xe", total=36500, percent=35.2,
        subject="xe giường nằm", period=ASOF),
    fig("nhận 2.316 xe", "2.316", 2316, "count", "xe", change=chg("decrease", 7.5, "%", "tháng 9"),
        subject="xe vi phạm tốc độ", period=M10),
    fig("684 xe", "684", 684, "count", "xe", subject="xe vi phạm thời gian lái xe liên tục", period=M10),
    fig("Hà Nội (214 xe)", "214", 214, "count", "xe", subject=LIST, period=inh(M10), location="Hà Nội"),
    fig("Minh (187 xe)", "187", 187, "count", "xe", subject=LIST, period=inh(M10), location="TP Hồ Chí Minh"),
    fig("Nghệ An (96 xe)", "96", 96, "count", "xe", subject=LIST, period=inh(M10), location="Nghệ An"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="xe giường nằm được kiểm tra có dây an toàn hư hỏng hoặc bị tháo bỏ", period=T10),
    fig("đạt 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="tỷ lệ hành khách thắt dây an toàn trên xe giường nằm", period=T10),
    fig("kiểm tra 100% xe", "100", 100, "percent", "%", status="target", subject="xe giường nằm được kiểm tra"),
    fig("ít nhất 2 biển", "2", 2, "count", "biển", approx="at_least", status="target",
        subject="biển nhắc thắt dây an toàn trên mỗi xe"),
    fig("khoảng 9.000 xe", "9.000", 9000, "count", "xe", approx="about", status="forecast",
        subject="xe khách kết nối dữ liệu camera giám sát", period=Q1),
    fig("trên 300 km", "300", 300, "measure", "km", approx="over", optional=True),
]

NOTES = [
    "Ministry site (Bộ Giao thông vận tải): breadcrumb, '11/11/2024 | 09:30 | Cục Đường bộ Việt Nam', related link, address footer.",
    "Distractors: Nghị định số 10/2020/NĐ-CP, '80 Trần Hưng Đạo', phone 024.3942.4015, 'quý III' in a link, 'Tết Nguyên đán Ất Tỵ'.",
    "National figures: location Việt Nam; the list 'Hà Nội (214 xe), TP Hồ Chí Minh (187 xe) và Nghệ An (96 xe)' gives each item its",
    "place, subject the list's indicator 'xe vi phạm', period 'tháng 10/2024' of the previous sentence (inherited).",
    "'trong đó 12.860 xe giường nằm, chiếm 35,2%' → total 36.500, percent 35.2.",
    "'Cục đặt chỉ tiêu kiểm tra 100% ...; mỗi xe phải có ít nhất 2 biển' → target (the cue governs the clause after ';').",
    "'các tuyến dài trên 300 km' is a threshold naming a class of routes (optional).",
]

if __name__ == "__main__":
    write("p1318-4", TEXT, NOTES, FIGS, published="2024-11-11", location="Việt Nam")
