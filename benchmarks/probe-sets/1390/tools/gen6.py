"""p1390-6: ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national goat and sheep herd to October 2024, list of provinces, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chăn nuôi - Thú y

Phát triển chăn nuôi dê, cừu theo chuỗi giá trị
21/11/2024 | 14:20 | Cục Chăn nuôi

Ngày 20/11, tại TP Phan Rang - Tháp Chàm (Ninh Thuận), Cục Chăn nuôi phối hợp với UBND tỉnh Ninh Thuận tổ chức hội nghị phát triển chăn nuôi dê, cừu các tỉnh Nam Trung Bộ và Tây Nguyên.

Theo báo cáo, tính đến tháng 10/2024, tổng đàn dê, cừu cả nước đạt khoảng 2,86 triệu con, tăng 2,3% so với cùng kỳ năm 2023; trong đó đàn cừu khoảng 190 nghìn con. Sản lượng thịt dê, cừu hơi 10 tháng ước đạt 41,2 nghìn tấn, tăng 3,1%.

Các tỉnh có đàn dê, cừu lớn nhất gồm Ninh Thuận (276.000 con), Bình Thuận (198.000 con), Thanh Hóa (146.000 con) và Sơn La (131.000 con). Riêng Ninh Thuận là địa phương nuôi cừu nhiều nhất cả nước, chiếm khoảng 68% tổng đàn cừu.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 ban hành kèm Quyết định số 1520/QĐ-TTg, mục tiêu đến năm 2030 tổng đàn dê, cừu cả nước đạt 5 triệu con, sản lượng thịt đạt 100 nghìn tấn; tỷ lệ giết mổ tập trung đạt ít nhất 50%.

Phó Cục trưởng Cục Chăn nuôi Trần Minh Khôi cho biết năng suất thịt của cừu lai F1 đạt 30-35 kg/con khi xuất chuồng, cao hơn 25% so với cừu nội; giá cừu thịt hơi năm 2024 bình quân 80.000-90.000 đồng/kg.

Hiện cả nước có 12 cơ sở giết mổ dê, cừu tập trung và 3 doanh nghiệp chế biến thịt cừu. Năm 2025, Bộ phấn đấu hỗ trợ xây dựng thêm 5 chuỗi liên kết chăn nuôi dê, cừu gắn với tiêu thụ sản phẩm.

Bài viết khác:
- Hướng dẫn kỹ thuật nuôi dê sinh sản (phần 2)
- Cục Chăn nuôi làm việc với tỉnh Sơn La về Đề án 1520

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

ASOF = per("tính đến tháng 10/2024", None, "2024-10-31")
TEN = per("10 tháng", "2024-01-01", "2024-10-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "đàn dê, cừu"

FIGS = [
    fig("khoảng 2,86 triệu", "2,86", 2.86e6, "count", "con", approx="about",
        change=chg("increase", 2.3, "%", "cùng kỳ năm 2023"), subject="tổng đàn dê, cừu cả nước", period=ASOF),
    fig("khoảng 190 nghìn", "190", 190e3, "count", "con", approx="about", total=2.86e6, subject="đàn cừu",
        period=ASOF),
    fig("ước đạt 41,2 nghìn", "41,2", 41.2e3, "measure", "tấn", status="estimate", change=chg("increase", 3.1, "%"),
        subject="sản lượng thịt dê, cừu hơi", period=TEN),
    fig("Ninh Thuận (276.000 con)", "276.000", 276000, "count", "con", subject=LIST, period=inh(ASOF),
        location="Ninh Thuận"),
    fig("Bình Thuận (198.000 con)", "198.000", 198000, "count", "con", subject=LIST, period=inh(ASOF),
        location="Bình Thuận"),
    fig("Thanh Hóa (146.000 con)", "146.000", 146000, "count", "con", subject=LIST, period=inh(ASOF),
        location="Thanh Hóa"),
    fig("Sơn La (131.000 con)", "131.000", 131000, "count", "con", subject=LIST, period=inh(ASOF),
        location="Sơn La"),
    fig("chiếm khoảng 68%", "68", 68, "percent", "%", approx="about", subject="tỷ trọng trong tổng đàn cừu",
        location="Ninh Thuận"),
    fig("đạt 5 triệu", "5", 5e6, "count", "con", status="target", subject="tổng đàn dê, cừu cả nước", period=T30),
    fig("đạt 100 nghìn", "100", 100e3, "measure", "tấn", status="target", subject="sản lượng thịt", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ giết mổ tập trung", period=T30),
    fig("đạt 30-35 kg/con", "30", 30, "measure", "kg/con", value_max=35,
        change=chg("increase", 25, "%", "cừu nội"), subject="năng suất thịt của cừu lai F1"),
    fig("bình quân 80.000-90.000", "80.000", 80000, "money", "đồng/kg", value_max=90000,
        subject="giá cừu thịt hơi bình quân", period=Y24),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở giết mổ dê, cừu tập trung"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp chế biến thịt cừu"),
    fig("thêm 5 chuỗi", "5", 5, "count", "chuỗi", status="target",
        subject="chuỗi liên kết chăn nuôi dê, cừu gắn với tiêu thụ sản phẩm", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '21/11/2024 | 14:20 | Cục Chăn nuôi', related links, address footer. National figures → Việt Nam.",
    "Distractors: 14:20, 'Ngày 20/11', 'TP Phan Rang - Tháp Chàm', 'giai đoạn 2021-2030', Quyết định số 1520/QĐ-TTg, 'Đề án 1520', '(phần 2)', 'cừu lai F1', 'Số 2 Ngọc Hà'.",
    "'tính đến tháng 10/2024' → as-of 2024-10-31; '; trong đó đàn cừu khoảng 190 nghìn con' in the same sentence → total 2,86 triệu, period scored.",
    "'10 tháng ước đạt 41,2 nghìn tấn' → 41200 tấn, year 2024 from the nearest earlier period.",
    "List 'gồm Ninh Thuận (276.000 con), ...': no whole before 'gồm' → no total; each item located in its province, subject the list's indicator;",
    "their as-of date stands in the previous sentence (inherited). 'Ninh Thuận ... chiếm khoảng 68% tổng đàn cừu' → percent located in Ninh Thuận.",
    "'mục tiêu đến năm 2030' governs the ';' chain: three targets, end 2030-12-31.",
    "'cao hơn 25% so với cừu nội' → change of the 30-35 kg/con range. 'Năm 2025, Bộ phấn đấu ... thêm 5 chuỗi' → target.",
]

if __name__ == "__main__":
    write("p1390-6", TEXT, NOTES, FIGS, published="2024-11-21", location="Việt Nam")
