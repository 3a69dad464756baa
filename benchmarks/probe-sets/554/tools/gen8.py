"""p554-8: Ban Quản lý Khu kinh tế Hải Phòng portal: Q1/2024 investment, output, workers, occupancy, housing."""
from lib import *

TEXT = """BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG
Trang chủ / Tin tức / Hoạt động Ban Quản lý

Quý I/2024: Thu hút đầu tư vào các khu kinh tế, khu công nghiệp đạt 1,08 tỷ USD
Đăng lúc: 08:30 | 16/04/2024

Quý I/2024, Ban Quản lý Khu kinh tế Hải Phòng đã cấp mới 11 dự án và điều chỉnh 14 lượt dự án, tổng vốn đầu tư thu hút đạt 1,08 tỷ USD, bằng 36% kế hoạch năm (3 tỷ USD). Trong đó, vốn FDI đạt 1,02 tỷ USD, chiếm 94,4%. Số dự án cấp mới gấp 2,2 lần cùng kỳ năm 2023.

Các dự án lớn gồm: nhà máy sản xuất linh kiện điện tử tại KCN Tràng Duệ (vốn 230 triệu USD) và dự án mở rộng nhà máy tại KCN DEEP C II, lô CN5.2A (vốn 180 triệu USD). Vốn FDI giải ngân trong quý ước đạt 420 triệu USD.

Doanh thu của các doanh nghiệp trong KKT, KCN ước đạt 5,6 tỷ USD, tăng 12,4% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 4,85 tỷ USD, kim ngạch nhập khẩu ước 4,1 tỷ USD; nộp ngân sách nhà nước ước 2.350 tỷ đồng.

Tính đến ngày 31/3/2024, tổng số lao động làm việc trong các KKT, KCN là 224.600 người, tăng 9.800 người so với cuối năm 2023; trong đó lao động nữ là 121.300 người. Tỷ lệ lấp đầy bình quân của 14 KCN đang hoạt động đạt 69%, cao hơn 4,2 điểm phần trăm so với cùng kỳ.

Đến nay, dự án nhà ở xã hội cho công nhân KCN Tràng Duệ đã hoàn thành 3.120 căn hộ, đáp ứng chỗ ở cho khoảng 12.000 người lao động.

Ban Quản lý Khu kinh tế Hải Phòng - Số 24 Cù Chính Lan, quận Hồng Bàng. Đường dây nóng: 0225.3836.028. Thực hiện theo Quyết định số 325/QĐ-TTg.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
QT = P("trong quý", "2024-01-01", "2024-03-31")
AS = P("Tính đến ngày 31/3/2024", None, "2024-03-31")
NOW = P("Đến nay", None, "2024-04-16")

FIGS = [
    F("đạt 1,08 tỷ USD\n", "1,08", 1.08e9, "money", "USD", "thu hút đầu tư vào các khu kinh tế, khu công nghiệp", Q1),
    F("cấp mới 11 dự án", "11", 11, "count", "dự án", "dự án cấp mới", Q1),
    F("điều chỉnh 14 lượt", "14", 14, "count", "lượt dự án", "lượt dự án điều chỉnh", Q1),
    F("đạt 1,08 tỷ USD,", "1,08", 1.08e9, "money", "USD", "tổng vốn đầu tư thu hút", Q1,
      percent=36, target=TG(3e9, "USD")),
    F("đạt 1,02 tỷ USD", "1,02", 1.02e9, "money", "USD", "vốn FDI", I(Q1), total=1.08e9, percent=94.4),
    F("gấp 2,2 lần", "2,2", 2.2, "multiple", "lần", "số dự án cấp mới so với cùng kỳ năm 2023"),
    F("(vốn 230 triệu USD)", "230", 230e6, "money", "USD", "vốn nhà máy sản xuất linh kiện điện tử tại KCN Tràng Duệ"),
    F("(vốn 180 triệu USD)", "180", 180e6, "money", "USD", "vốn dự án mở rộng nhà máy tại KCN DEEP C II"),
    F("ước đạt 420 triệu USD", "420", 420e6, "money", "USD", "vốn FDI giải ngân", QT, status="estimate"),
    F("ước đạt 5,6 tỷ USD", "5,6", 5.6e9, "money", "USD", "doanh thu của các doanh nghiệp trong KKT, KCN", I(Q1),
      change=CH("increase", 12.4, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 4,85 tỷ USD", "4,85", 4.85e9, "money", "USD", "kim ngạch xuất khẩu", I(Q1), status="estimate"),
    F("ước 4,1 tỷ USD", "4,1", 4.1e9, "money", "USD", "kim ngạch nhập khẩu", I(Q1), status="estimate"),
    F("ước 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "nộp ngân sách nhà nước", I(Q1), status="estimate"),
    F("là 224.600 người", "224.600", 224600, "count", "người", "tổng số lao động làm việc trong các KKT, KCN", AS,
      change=CH("increase", 9800, unit="người", baseline="cuối năm 2023")),
    F("là 121.300 người", "121.300", 121300, "count", "người", "lao động nữ", AS, total=224600),
    F("của 14 KCN", "14", 14, "count", "KCN", "KCN đang hoạt động", I(AS)),
    F("đạt 69%", "69", 69, "percent", "%", "tỷ lệ lấp đầy bình quân của các KCN đang hoạt động", I(AS),
      change=CH("increase", 4.2, unit="điểm phần trăm", baseline="cùng kỳ")),
    F("thành 3.120 căn hộ", "3.120", 3120, "count", "căn hộ", "căn hộ nhà ở xã hội cho công nhân KCN Tràng Duệ đã hoàn thành", NOW),
    F("khoảng 12.000 người", "12.000", 12000, "count", "người lao động", "người lao động được đáp ứng chỗ ở", NOW, approx="about"),
]

COMMENTS = [
    "Ban Quản lý KKT Hải Phòng portal (Đăng lúc: 08:30 | 16/04/2024): quý I/2024 thu hút đầu tư, dự án lớn, giải ngân, doanh thu, XNK, lao động, lấp đầy, nhà ở công nhân.",
    "'bằng 36% kế hoạch năm (3 tỷ USD)' → percent 36, target 3e9 (the plan in brackets). 'Trong đó, vốn FDI ... chiếm 94,4%' → total 1,08e9.",
    "'Số dự án cấp mới gấp 2,2 lần cùng kỳ' stands alone as the claim: multiple. 'gồm:' after a whole with no number gives no total.",
    "Each 'ước' governs its own clause: all four figures in the output sentence are estimates. 'trong quý' = quý I/2024 (quarterly report).",
    "'tăng 9.800 người so với cuối năm 2023' is the change of 224.600 (unit người); '14 KCN đang hoạt động' is a count;",
    "'cao hơn 4,2 điểm phần trăm so với cùng kỳ' is the change of the 69% rate. 'Đến nay' ends at the dateline.",
    "Distractors: DEEP C II, lô CN5.2A, Số 24 Cù Chính Lan, 0225.3836.028, Quyết định số 325/QĐ-TTg, the 'Đăng lúc' line.",
]

emit("p554-8", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Hải Phòng")
