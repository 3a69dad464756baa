"""p1444-4: ministry site (Bộ Xây dựng): workshop on septic sludge management in Vietnamese cities; national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hạ tầng kỹ thuật

Hội thảo quản lý bùn thải bể tự hoại tại các đô thị

18/07/2024 | 09:20 | Cục Hạ tầng kỹ thuật

Ngày 17/7, tại Hà Nội, Bộ Xây dựng phối hợp với Ngân hàng Thế giới tổ chức hội thảo "Quản lý bùn thải bể tự hoại tại các đô thị Việt Nam".

Theo báo cáo của Cục Hạ tầng kỹ thuật, khoảng 90% hộ gia đình đô thị sử dụng bể tự hoại, nhưng phần lớn chỉ hút bùn khi bể bị đầy hoặc tắc. Tỷ lệ nước thải đô thị được thu gom, xử lý đạt khoảng 18%. Cả nước hiện có 102 nhà máy xử lý nước thải tập trung với tổng công suất gần 2,2 triệu m3/ngày đêm, trong đó chỉ 9 nhà máy có hạng mục tiếp nhận bùn bể tự hoại.

Ước tính mỗi năm các đô thị phát sinh hơn 3 triệu m3 bùn bể tự hoại. Lượng bùn được xử lý đúng quy trình mới đạt chưa tới 10%. Hà Nội và TP Hồ Chí Minh là hai địa phương dẫn đầu, lần lượt xử lý khoảng 120.000 m3 và khoảng 95.000 m3 mỗi năm.

Theo chuyên gia Ngân hàng Thế giới, chi phí đầu tư một trạm xử lý bùn phân quy mô 50 m3/ngày từ 25 đến 40 tỷ đồng, thấp hơn nhiều so với xây mới nhà máy xử lý nước thải.

Mục tiêu đến năm 2030, tỷ lệ nước thải đô thị loại II trở lên được thu gom, xử lý đạt trên 50%; 100% đô thị loại I có cơ sở xử lý bùn bể tự hoại. Bộ Xây dựng đang dự thảo Thông tư hướng dẫn quản lý bùn thải bể tự hoại, dự kiến ban hành trong quý IV/2024, thay thế Thông tư số 04/2015/TT-BXD.

Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội
"""

T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about", subject="hộ gia đình đô thị sử dụng bể tự hoại"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="Tỷ lệ nước thải đô thị được thu gom, xử lý"),
    fig("có 102 nhà máy", "102", 102, "count", "nhà máy", subject="nhà máy xử lý nước thải tập trung"),
    fig("gần 2,2 triệu", "2,2", 2.2e6, "measure", "m3/ngày đêm", approx="nearly",
        subject="tổng công suất nhà máy xử lý nước thải tập trung"),
    fig("chỉ 9 nhà máy", "9", 9, "count", "nhà máy", total=102,
        subject="nhà máy có hạng mục tiếp nhận bùn bể tự hoại"),
    fig("hơn 3 triệu", "3", 3e6, "measure", "m3/năm", approx="over", status="estimate",
        subject="bùn bể tự hoại các đô thị phát sinh mỗi năm"),
    fig("chưa tới 10%", "10", 10, "percent", "%", approx="under",
        subject="Lượng bùn được xử lý đúng quy trình"),
    fig("là hai địa phương", "hai", 2, "count", "địa phương", subject="địa phương dẫn đầu", optional=True),
    fig("khoảng 120.000 m3", "120.000", 120000, "measure", "m3/năm", approx="about",
        subject="bùn bể tự hoại xử lý mỗi năm", location="Hà Nội"),
    fig("khoảng 95.000 m3", "95.000", 95000, "measure", "m3/năm", approx="about",
        subject="bùn bể tự hoại xử lý mỗi năm", location="TP Hồ Chí Minh"),
    fig("quy mô 50 m3/ngày", "50", 50, "measure", "m3/ngày", subject="quy mô trạm xử lý bùn phân"),
    fig("từ 25 đến 40", "25", 25e9, "money", "đồng", value_max=40e9,
        subject="chi phí đầu tư một trạm xử lý bùn phân"),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ nước thải đô thị loại II trở lên được thu gom, xử lý", period=T30),
    fig("; 100% đô thị", "100", 100, "percent", "%", status="target",
        subject="đô thị loại I có cơ sở xử lý bùn bể tự hoại", period=T30),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): breadcrumb, '18/07/2024 | 09:20 | Cục Hạ tầng kỹ thuật', address footer. National figures: Việt Nam.",
    "Distractors: 09:20, 'Ngày 17/7', 'đô thị loại II', 'loại I' (classes), 'quý IV/2024' (a date), Thông tư số 04/2015/TT-BXD,",
    "'37 Lê Đại Hành'. 'một trạm' in 'chi phí đầu tư một trạm' is the cost's denominator (per station), not a figure.",
    "'trong đó chỉ 9 nhà máy' → total 102. 'Ước tính mỗi năm ... hơn 3 triệu m3' → estimate, rate m3/năm.",
    "'chưa tới 10%' stands in its own sentence: actual. 'hai địa phương dẫn đầu' names the group of the list (optional).",
    "'lần lượt ... khoảng 120.000 m3 và khoảng 95.000 m3 mỗi năm': list items, locations Hà Nội and TP Hồ Chí Minh.",
    "'Mục tiêu đến năm 2030, ... trên 50%; 100% ...' → both target, period start null, end 2030-12-31.",
    "No period for the 'hiện' / standing figures (the report is current; no year named).",
]

if __name__ == "__main__":
    write("p1444-4", TEXT, NOTES, FIGS, published="2024-07-18", location="Việt Nam")
