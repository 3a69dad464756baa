"""p1292-4: ministry site (Bộ Giao thông vận tải): national coach stations and fixed routes, end of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vận tải

Cả nước có 486 bến xe khách, hơn 6.400 tuyến cố định liên tỉnh

17/03/2025 | 09:20 | Cục Đường bộ Việt Nam

Theo số liệu của Cục Đường bộ Việt Nam, tính đến ngày 31/12/2024, cả nước có 486 bến xe khách đang hoạt động, trong đó 57 bến xe loại 1 và 63 bến xe loại 2. Số tuyến vận tải hành khách cố định liên tỉnh là 6.412 tuyến, với khoảng 26.500 xe của 2.180 doanh nghiệp, hợp tác xã tham gia khai thác. Các địa phương có nhiều bến xe nhất là Thanh Hóa (23 bến), Nghệ An (21 bến) và Quảng Ninh (16 bến).

Năm 2024, sản lượng hành khách đi xe tuyến cố định liên tỉnh qua các bến xe ước đạt 158,4 triệu lượt, giảm 2,7% so với năm 2023. Nguyên nhân chủ yếu do sự cạnh tranh của xe hợp đồng trá hình, xe "dù" và hàng không giá rẻ; khoảng 30-35% số tuyến có tần suất khai thác thực tế dưới 50% biểu đồ chạy xe đã công bố.

Đến hết năm 2024, tỷ lệ bến xe áp dụng phần mềm quản lý bến và bán vé điện tử đạt 71,4%, chưa đạt chỉ tiêu đề ra là 80%. Bộ Giao thông vận tải đặt mục tiêu đến năm 2030 giảm ít nhất 30% số vụ tai nạn giao thông liên quan đến xe khách so với năm 2024.

Thời gian tới, Cục Đường bộ Việt Nam tiếp tục tham mưu sửa đổi Thông tư số 12/2020/TT-BGTVT về tổ chức, quản lý hoạt động vận tải bằng xe ô tô theo hướng siết chặt quản lý xe hợp đồng, tạo môi trường cạnh tranh bình đẳng cho xe tuyến cố định.

Bản quyền thuộc Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.1168
"""

ASOF = period("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
END24 = period("Đến hết năm 2024", None, "2024-12-31")
BY2030 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 486 bến xe khách, hơn", "486", 486, "count", "bến xe khách", subject="bến xe khách cả nước"),
    F("hơn 6.400", "6.400", 6400, "count", "tuyến", approx="over", subject="tuyến cố định liên tỉnh"),
    F("có 486 bến xe khách đang", "486", 486, "count", "bến xe khách",
      subject="bến xe khách đang hoạt động", period=ASOF),
    F("57 bến", "57", 57, "count", "bến xe", total=486, subject="bến xe loại 1", period=ASOF),
    F("63 bến", "63", 63, "count", "bến xe", total=486, subject="bến xe loại 2", period=ASOF),
    F("là 6.412", "6.412", 6412, "count", "tuyến",
      subject="số tuyến vận tải hành khách cố định liên tỉnh", period=inherit(ASOF)),
    F("khoảng 26.500", "26.500", 26500, "count", "xe", approx="about",
      subject="xe tham gia khai thác tuyến cố định liên tỉnh", period=inherit(ASOF)),
    F("của 2.180", "2.180", 2180, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã tham gia khai thác", period=inherit(ASOF)),
    F("(23 bến)", "23", 23, "count", "bến", subject="bến xe", location="Thanh Hóa", period=inherit(ASOF)),
    F("(21 bến)", "21", 21, "count", "bến", subject="bến xe", location="Nghệ An", period=inherit(ASOF)),
    F("(16 bến)", "16", 16, "count", "bến", subject="bến xe", location="Quảng Ninh", period=inherit(ASOF)),
    F("ước đạt 158,4 triệu", "158,4", 158.4e6, "count", "lượt", status="estimate",
      change=change("decrease", 2.7, "%", "năm 2023"),
      subject="sản lượng hành khách đi xe tuyến cố định liên tỉnh qua các bến xe", period=Y24),
    F("khoảng 30-35%", "30", 30, "percent", "%", value_max=35, approx="about",
      subject="số tuyến có tần suất khai thác thực tế dưới 50% biểu đồ chạy xe"),
    F("dưới 50%", "50", 50, "percent", "%", approx="under",
      subject="tần suất khai thác thực tế so với biểu đồ chạy xe", optional=True),
    F("đạt 71,4%", "71,4", 71.4, "percent", "%", target=target(80, "%", met=False),
      subject="tỷ lệ bến xe áp dụng phần mềm quản lý bến và bán vé điện tử", period=END24),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="số vụ tai nạn giao thông liên quan đến xe khách", period=BY2030),
]

NOTES = [
    "Ministry site (Bộ Giao thông vận tải): breadcrumb, '17/03/2025 | 09:20 | Cục Đường bộ Việt Nam', copyright/address footer.",
    "Distractors: 09:20, 'bến xe loại 1', 'bến xe loại 2' (grades; the counts before them are figures), 'Thông tư số 12/2020/TT-BGTVT',",
    "'80 Trần Hưng Đạo', phone 024.3942.1168, baselines 'năm 2023', 'năm 2024'.",
    "National figures: location Việt Nam; list items 'Thanh Hóa (23 bến)' etc. take the province as location, subject = the list's indicator.",
    "'tính đến ngày 31/12/2024' is an as-of date (start null); the next two sentences inherit it.",
    "'khoảng 30-35% số tuyến ...' has no stated period ('Năm 2024' opens the previous sentence). 'dưới 50% biểu đồ' is a threshold that",
    "defines the group of routes, not a measured fact: optional.",
    "'đạt 71,4%, chưa đạt chỉ tiêu đề ra là 80%' → target attribute 80 (met false), as-of end 2024. 'mục tiêu đến năm 2030 giảm ít nhất 30%'",
    "→ a percent figure with status target (a reduction rate as the claim: no change object), period ends 2030-12-31.",
]

if __name__ == "__main__":
    write("p1292-4", TEXT, NOTES, FIGS, published="2025-03-17", location="Việt Nam")
