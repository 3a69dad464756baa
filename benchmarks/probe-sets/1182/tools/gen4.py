"""p1182-4: ministry site (Bộ Giao thông vận tải), national public bicycles and e-vehicle rental, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vận tải

Phát triển xe đạp công cộng kết nối vận tải hành khách công cộng tại các đô thị

Ngày đăng: 05/03/2025 | Lượt xem: 1.027

Theo báo cáo của Cục Đường bộ Việt Nam, đến hết năm 2024, cả nước có 9 tỉnh, thành phố triển khai dịch vụ xe đạp công cộng với khoảng 620 trạm và hơn 7.400 xe. Năm 2024, các hệ thống phục vụ gần 9,8 triệu lượt khách, gấp 1,6 lần năm 2023.

Hà Nội là địa phương có quy mô lớn nhất với 181 trạm và 1.860 xe, tiếp đến là Đà Nẵng (120 trạm), TP Hồ Chí Minh (98 trạm) và Huế (64 trạm). Tỷ lệ xe đạp điện trong tổng số phương tiện chiếm khoảng 32%, cao hơn 9 điểm phần trăm so với năm 2023.

Đối với dịch vụ xe điện cho thuê, cả nước hiện có khoảng 40 doanh nghiệp, hợp tác xã tham gia với trên 6.000 xe máy điện, xe scooter điện, tập trung ở các đô thị du lịch như Hội An, Phú Quốc, Đà Lạt, Sa Pa. Năm 2024, cơ quan chức năng ghi nhận 126 vụ va chạm liên quan đến xe đạp, xe điện cho thuê, giảm 14 vụ so với năm 2023, làm 3 người tử vong.

Tổng vốn đầu tư vào các hệ thống xe đạp công cộng ước khoảng 520 tỷ đồng, toàn bộ theo hình thức xã hội hóa. Theo Quyết định số 876/QĐ-TTg, mục tiêu đến năm 2030 các đô thị loại I trở lên có hệ thống xe đạp công cộng, đáp ứng từ 1 đến 3% nhu cầu đi lại.

Thứ trưởng Bộ Giao thông vận tải yêu cầu các địa phương phấn đấu đến năm 2027 bố trí trạm xe đạp công cộng tại ít nhất 50% nhà ga đường sắt đô thị và điểm đầu cuối xe buýt.

Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3942.4015
"""

ASOF = per("đến hết năm 2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
T27 = per("đến năm 2027", None, "2027-12-31")
ST = "trạm xe đạp công cộng"

FIGS = [
    fig("có 9 tỉnh", "9", 9, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố triển khai dịch vụ xe đạp công cộng", period=ASOF),
    fig("khoảng 620 trạm", "620", 620, "count", "trạm", approx="about", subject=ST, period=ASOF),
    fig("hơn 7.400 xe", "7.400", 7400, "count", "xe", approx="over", subject="xe đạp công cộng", period=ASOF),
    fig("gần 9,8 triệu", "9,8", 9800000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 1.6, "lần", "năm 2023"),
        subject="lượt khách sử dụng xe đạp công cộng", period=Y24),
    fig("với 181 trạm", "181", 181, "count", "trạm", subject=ST, period=inh(ASOF), location="Hà Nội"),
    fig("và 1.860 xe", "1.860", 1860, "count", "xe", subject="xe đạp công cộng", period=inh(ASOF),
        location="Hà Nội"),
    fig("Đà Nẵng (120 trạm)", "120", 120, "count", "trạm", subject=ST, period=inh(ASOF), location="Đà Nẵng"),
    fig("Minh (98 trạm)", "98", 98, "count", "trạm", subject=ST, period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("Huế (64 trạm)", "64", 64, "count", "trạm", subject=ST, period=inh(ASOF), location="Huế"),
    fig("khoảng 32%", "32", 32, "percent", "%", approx="about",
        change=chg("increase", 9, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ xe đạp điện trong tổng số phương tiện", period=inh(ASOF)),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp, hợp tác xã", approx="about",
        subject="doanh nghiệp, hợp tác xã tham gia dịch vụ xe điện cho thuê"),
    fig("trên 6.000 xe", "6.000", 6000, "count", "xe máy điện, xe scooter điện", approx="over",
        subject="xe máy điện, xe scooter điện cho thuê"),
    fig("ghi nhận 126 vụ", "126", 126, "count", "vụ va chạm",
        change=chg("decrease", 14, "vụ", "năm 2023"),
        subject="vụ va chạm liên quan đến xe đạp, xe điện cho thuê", period=Y24),
    fig("làm 3 người", "3", 3, "count", "người", subject="người tử vong", period=Y24),
    fig("ước khoảng 520 tỷ", "520", 520000000000, "money", "đồng", approx="about", status="estimate",
        subject="tổng vốn đầu tư vào các hệ thống xe đạp công cộng"),
    fig("từ 1 đến 3%", "1", 1, "percent", "%", value_max=3, status="target",
        subject="nhu cầu đi lại đáp ứng bằng xe đạp công cộng", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="nhà ga đường sắt đô thị và điểm đầu cuối xe buýt bố trí trạm xe đạp công cộng", period=T27),
]

NOTES = [
    "Ministry site (Bộ GTVT portal): breadcrumb, 'Ngày đăng: 05/03/2025 | Lượt xem: 1.027', address footer. National: location Việt Nam.",
    "'gấp 1,6 lần năm 2023' after a count is the count's change (lần). The 32% share carries a change in điểm phần trăm.",
    "Provincial list: Hà Nội (sentence subject) and the bracketed items take their province as location, the list's indicator as subject.",
    "'126 vụ …, giảm 14 vụ …, làm 3 người tử vong': 3 người is its own count. Targets 'đến năm 2030' and 'phấn đấu đến năm 2027': start null.",
    "Distractors: 876/QĐ-TTg, 'đô thị loại I', '80 Trần Hưng Đạo', phone 024.3942.4015, view counter 1.027, town names without figures.",
]

if __name__ == "__main__":
    write("p1182-4", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
