"""p1204-4: ministry site (Bộ GTVT), national lighthouse and aids-to-navigation results 2024 and plans to 2030."""
from lib import chg, emit, fig, inh, per

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Cổng thông tin điện tử
Trang chủ | Tin tức | Hàng hải

Năm 2024, hệ thống đèn biển cả nước hoạt động ổn định 99,9%

Ngày đăng: 14/01/2025 | Lượt xem: 2.310

Theo báo cáo của Cục Hàng hải Việt Nam, đến hết năm 2024 cả nước có 95 đèn biển, trong đó 31 đèn biển trên các đảo, quần đảo; hơn 2.800 báo hiệu dẫn luồng gồm phao, đăng tiêu và tiêu thị trên 53 tuyến luồng hàng hải công cộng, tổng chiều dài khoảng 1.200 km. Các địa phương có nhiều đèn biển nhất là Quảng Ninh, Khánh Hòa và Bà Rịa - Vũng Tàu với lần lượt 11, 10 và 8 đèn.

Tỷ lệ đèn biển hoạt động ổn định năm 2024 đạt 99,9%; báo hiệu dẫn luồng đạt 99,7%. Mỗi đèn biển trên đảo được bố trí từ 3 đến 5 nhân viên quản lý, vận hành.

Trong năm, hai tổng công ty Bảo đảm an toàn hàng hải miền Bắc và miền Nam đã phát hành 2.146 thông báo hàng hải, tăng 4,6% so với năm 2023; khảo sát, rà quét gần 900 km luồng phục vụ công bố độ sâu. Giá trị đặt hàng dịch vụ công ích bảo đảm an toàn hàng hải năm 2024 là 1.687 tỷ đồng, bằng 101,2% năm 2023.

Theo Quy hoạch tổng thể phát triển hệ thống cảng biển thời kỳ 2021-2030 (Quyết định số 1579/QĐ-TTg), đến năm 2030 cả nước sẽ có 105 đèn biển; trong giai đoạn 2025-2030, Bộ dự kiến đầu tư xây mới khoảng 10 đèn biển và hiện đại hóa 45 đèn biển với tổng kinh phí khoảng 1.500 tỷ đồng.

Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.4015
"""

H = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("đến hết năm 2024", None, "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("ổn định 99,9%", "99,9", 99.9, "percent", "%",
        subject="tỷ lệ hệ thống đèn biển cả nước hoạt động ổn định", period=H),
    fig("có 95 đèn biển", "95", 95, "count", "đèn biển", subject="đèn biển cả nước", period=ASOF),
    fig("31 đèn biển", "31", 31, "count", "đèn biển", total=95,
        subject="đèn biển trên các đảo, quần đảo", period=ASOF),
    fig("hơn 2.800 báo hiệu", "2.800", 2800, "count", "báo hiệu", approx="over",
        subject="báo hiệu dẫn luồng gồm phao, đăng tiêu và tiêu thị", period=ASOF),
    fig("trên 53 tuyến", "53", 53, "count", "tuyến luồng",
        subject="tuyến luồng hàng hải công cộng", period=ASOF),
    fig("khoảng 1.200 km", "1.200", 1200, "measure", "km", approx="about",
        subject="tổng chiều dài tuyến luồng hàng hải công cộng", period=ASOF),
    fig("lần lượt 11,", "11", 11, "count", "đèn", subject="đèn biển", location="Quảng Ninh", period=inh(ASOF)),
    fig("11, 10 và", "10", 10, "count", "đèn", subject="đèn biển", location="Khánh Hòa", period=inh(ASOF)),
    fig("và 8 đèn", "8", 8, "count", "đèn", subject="đèn biển", location="Bà Rịa - Vũng Tàu", period=inh(ASOF)),
    fig("đạt 99,9%", "99,9", 99.9, "percent", "%", subject="tỷ lệ đèn biển hoạt động ổn định", period=Y24),
    fig("đạt 99,7%", "99,7", 99.7, "percent", "%",
        subject="tỷ lệ báo hiệu dẫn luồng hoạt động ổn định", period=Y24),
    fig("từ 3 đến 5 nhân viên", "3", 3, "measure", "nhân viên/đèn biển", value_max=5,
        subject="nhân viên quản lý, vận hành mỗi đèn biển trên đảo"),
    fig("hai tổng công ty", "hai", 2, "count", "tổng công ty",
        subject="tổng công ty Bảo đảm an toàn hàng hải", period=TN),
    fig("hành 2.146 thông báo", "2.146", 2146, "count", "thông báo hàng hải",
        change=chg("increase", 4.6, "%", "năm 2023"), subject="thông báo hàng hải phát hành", period=TN),
    fig("gần 900 km", "900", 900, "measure", "km", approx="nearly",
        subject="luồng được khảo sát, rà quét phục vụ công bố độ sâu", period=TN),
    fig("là 1.687 tỷ đồng", "1.687", 1687e9, "money", "đồng", percent=101.2,
        subject="giá trị đặt hàng dịch vụ công ích bảo đảm an toàn hàng hải", period=Y24),
    fig("có 105 đèn biển", "105", 105, "count", "đèn biển", status="target",
        subject="đèn biển cả nước", period=T30),
    fig("khoảng 10 đèn biển", "10", 10, "count", "đèn biển", approx="about", status="forecast",
        subject="đèn biển đầu tư xây mới", period=G),
    fig("hóa 45 đèn biển", "45", 45, "count", "đèn biển", status="forecast",
        subject="đèn biển hiện đại hóa", period=G),
    fig("khoảng 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí xây mới và hiện đại hóa đèn biển", period=G),
]

NOTES = [
    "Ministry site (Bộ GTVT): 'Ngày đăng: 14/01/2025 | Lượt xem: 2.310' (published). National: location Việt Nam by default.",
    "'lần lượt 11, 10 và 8 đèn': each item a figure with the list's indicator, location = the province in the list.",
    "'bằng 101,2% năm 2023' is the share (percent) of 1.687 tỷ đồng. 'hai tổng công ty' is a number word.",
    "Distractors: 'thời kỳ 2021-2030', 'Quyết định số 1579/QĐ-TTg', '80 Trần Hưng Đạo', phone 024.3942.4015, 'Lượt xem: 2.310'.",
    "'đến năm 2030 … sẽ có 105' → target; '; … Bộ dự kiến' → forecast for the three figures after it. 'Trong năm' = 2024.",
    "'Mỗi đèn biển … từ 3 đến 5 nhân viên' is a per-unit rate (measure, unit nhân viên/đèn biển); a standing arrangement, no period.",
]

if __name__ == "__main__":
    emit("p1204-4", TEXT, FIGS, NOTES, published="2025-01-14", location="Việt Nam")
