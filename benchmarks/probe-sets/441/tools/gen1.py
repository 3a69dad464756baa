from lib import *

T = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản

Đẩy nhanh tiến độ Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội
Cập nhật: 14:20 | 28/10/2024

(BXD) - Theo báo cáo của Bộ Xây dựng, tính đến ngày 30/9/2024, cả nước có 655 dự án nhà ở xã hội đã được triển khai với quy mô khoảng 571.000 căn. Trong đó, 83 dự án đã hoàn thành với 44.900 căn; 131 dự án đã khởi công, đang xây dựng với 115.000 căn; 441 dự án đã được chấp thuận chủ trương đầu tư với 411.000 căn.

Năm 2024, Thủ tướng Chính phủ giao chỉ tiêu hoàn thành 130.000 căn. 9 tháng năm 2024, các địa phương ước hoàn thành khoảng 32.000 căn, đạt 24,6% kế hoạch năm. Hiện có 40/63 địa phương đã bố trí quỹ đất cho nhà ở xã hội với tổng diện tích khoảng 9.000 ha.

Về nguồn vốn, gói tín dụng 120.000 tỷ đồng cho vay ưu đãi chủ đầu tư và người mua nhà ở xã hội, nhà ở công nhân đến nay mới giải ngân được hơn 1.500 tỷ đồng, chiếm khoảng 1,25% quy mô gói. Lãi suất cho vay ưu đãi năm 2024 là 6,6%/năm đối với chủ đầu tư và 6,1%/năm đối với người mua, thuê mua nhà; dự kiến năm 2025 giảm còn 6,3% và 5,9%.

Theo Đề án được phê duyệt tại Quyết định số 338/QĐ-TTg ngày 03/4/2023, giai đoạn 2021-2025 cả nước phấn đấu hoàn thành khoảng 428.000 căn hộ; giai đoạn 2026-2030 khoảng 572.000 căn hộ. Bộ Xây dựng đề nghị các địa phương triển khai Nghị định số 100/2024/NĐ-CP, rút ngắn thủ tục đầu tư.

Đường dây nóng: 024.3821.5137
Lượt xem: 4.862"""

V = "Việt Nam"
P30 = per("tính đến ngày 30/9/2024", None, "2024-09-30")
P30i = per("tính đến ngày 30/9/2024", None, "2024-09-30", True)
figs = [
    F("ít nhất 1 triệu căn hộ", "1", 1000000, "count", "căn hộ", "căn hộ nhà ở xã hội theo Đề án",
      approx="at_least", status="target", optional=True),
    F("có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội đã được triển khai", period=P30),
    F("khoảng 571.000 căn", "571.000", 571000, "count", "căn", "quy mô dự án nhà ở xã hội", approx="about", period=P30),
    F("83 dự án", "83", 83, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", total=655, period=P30i),
    F("với 44.900 căn", "44.900", 44900, "count", "căn", "căn nhà ở xã hội đã hoàn thành", total=571000, period=P30i),
    F("131 dự án", "131", 131, "count", "dự án", "dự án nhà ở xã hội đã khởi công, đang xây dựng", total=655, period=P30i),
    F("với 115.000 căn", "115.000", 115000, "count", "căn", "căn nhà ở xã hội đã khởi công, đang xây dựng", total=571000, period=P30i),
    F("441 dự án", "441", 441, "count", "dự án", "dự án nhà ở xã hội được chấp thuận chủ trương đầu tư", total=655, period=P30i),
    F("với 411.000 căn", "411.000", 411000, "count", "căn", "căn nhà ở xã hội được chấp thuận chủ trương đầu tư", total=571000, period=P30i),
    F("hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "chỉ tiêu hoàn thành nhà ở xã hội", status="target",
      period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 32.000 căn", "32.000", 32000, "count", "căn", "căn nhà ở xã hội các địa phương hoàn thành", approx="about",
      percent=24.6, status="estimate", period=per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("40/63 địa phương", "40", 40, "count", "địa phương", "địa phương đã bố trí quỹ đất cho nhà ở xã hội", total=63),
    F("khoảng 9.000 ha", "9.000", 9000, "measure", "ha", "diện tích quỹ đất cho nhà ở xã hội", approx="about"),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", 120000e9, "money", "đồng", "gói tín dụng cho vay ưu đãi nhà ở xã hội, nhà ở công nhân"),
    F("hơn 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "vốn gói tín dụng đã giải ngân", approx="over", percent=1.25,
      period=per("đến nay", None, "2024-10-28")),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay ưu đãi đối với chủ đầu tư",
      period=per("năm 2024", "2024-01-01", "2024-12-31")),
    F("và 6,1%/năm", "6,1", 6.1, "percent", "%", "lãi suất cho vay ưu đãi đối với người mua, thuê mua nhà",
      period=per("năm 2024", "2024-01-01", "2024-12-31")),
    F("giảm còn 6,3%", "6,3", 6.3, "percent", "%", "lãi suất cho vay ưu đãi đối với chủ đầu tư", status="forecast",
      period=per("năm 2025", "2025-01-01", "2025-12-31")),
    F("6,3% và 5,9%", "5,9", 5.9, "percent", "%", "lãi suất cho vay ưu đãi đối với người mua, thuê mua nhà", status="forecast",
      period=per("năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 428.000 căn hộ", "428.000", 428000, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", approx="about",
      status="target", period=per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("khoảng 572.000 căn hộ", "572.000", 572000, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", approx="about",
      status="target", period=per("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")),
]
C = """Ministry site (Bộ Xây dựng), 'Cập nhật: 14:20 | 28/10/2024' dateline; national figures on the 1-million social-housing-apartment scheme.
Distractors: Quyết định số 338/QĐ-TTg ngày 03/4/2023, Nghị định số 100/2024/NĐ-CP, hotline 024.3821.5137, 'Lượt xem: 4.862', breadcrumb.
'ít nhất 1 triệu căn hộ' is part of the scheme's name in the headline: optional (a target, at_least).
'Trong đó' after 655 dự án / 571.000 căn: project counts take total 655, apartment counts total 571000; period inherited (next sentence).
32.000 căn: 'ước' -> estimate; 'đạt 24,6% kế hoạch năm' -> percent 24.6. The plan 130.000 is its own target figure (no target attribute).
1.500 tỷ: 'chiếm khoảng 1,25% quy mô gói' -> percent 1.25; 'đến nay' ends at the dateline. 'giảm còn 6,3% và 5,9%' states new levels (no change), forecast (dự kiến)."""
build("p441-1", T, figs, C, published="2024-10-28", location=V)
