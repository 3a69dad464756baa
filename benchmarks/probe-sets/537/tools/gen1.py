"""p537-1: province portal (An Giang) — river sand output H1/2024, licences, fees, violations, auctions planned."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức > Tài nguyên - Môi trường
An Giang: Sản lượng cát sông khai thác 6 tháng đầu năm đạt hơn 1,2 triệu m³
Cập nhật: 08/07/2024 14:20
Lượt xem: 3.482

Theo Sở Tài nguyên và Môi trường, tính đến ngày 30/6/2024, toàn tỉnh có 21 giấy phép khai thác cát lòng sông còn hiệu lực, trong đó 14 giấy phép được cấp qua đấu giá quyền khai thác khoáng sản. Tổng công suất được cấp phép là 3.150.000 m³/năm.

Sáu tháng đầu năm 2024, sản lượng cát sông khai thác đạt hơn 1,2 triệu m³, bằng 38,4% tổng công suất cấp phép, giảm 11,6% so với cùng kỳ năm 2023. Các mỏ đang hoạt động tập trung trên sông Tiền và sông Hậu, gồm huyện Chợ Mới (7 mỏ), An Phú (5 mỏ), Phú Tân (4 mỏ) và thị xã Tân Châu (3 mỏ).

Về nghĩa vụ tài chính, các doanh nghiệp đã nộp 46,8 tỷ đồng tiền cấp quyền khai thác khoáng sản, đạt 72% dự toán năm; thuế tài nguyên và phí bảo vệ môi trường đối với cát thu được khoảng 19,5 tỷ đồng. Mức phí bảo vệ môi trường đối với cát xây dựng áp dụng theo Nghị quyết số 15/2022/NQ-HĐND là 4.000 đồng/m³.

Qua kiểm tra, lực lượng chức năng phát hiện 37 trường hợp khai thác, vận chuyển cát trái phép, xử phạt vi phạm hành chính 1,86 tỷ đồng, tạm giữ 42 phương tiện. Toàn tỉnh hiện ghi nhận 28 điểm sạt lở bờ sông với tổng chiều dài khoảng 9.400 m.

Trong 6 tháng cuối năm, tỉnh dự kiến tổ chức đấu giá thêm 4 mỏ cát với tổng trữ lượng khoảng 2,6 triệu m³. Phấn đấu đến năm 2025, 100% mỏ cát được lắp camera giám sát và trạm cân hoặc thiết bị đo khối lượng.

Mọi phản ánh về khai thác cát trái phép, người dân liên hệ đường dây nóng 0296.3852.471 hoặc số 12 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên.
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("năm đạt hơn 1,2 triệu m³", "1,2", 1200000, "measure", "m³", approx="over",
      subject="sản lượng cát sông khai thác",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 21 giấy phép", "21", 21, "count", "giấy phép",
      subject="giấy phép khai thác cát lòng sông còn hiệu lực", period=ASOF),
    F("đó 14 giấy phép", "14", 14, "count", "giấy phép", total=21,
      subject="giấy phép được cấp qua đấu giá quyền khai thác khoáng sản", period=ASOF),
    F("là 3.150.000 m³/năm", "3.150.000", 3150000, "measure", "m³/năm",
      subject="tổng công suất được cấp phép", period=I(ASOF)),
    F("1,2 triệu m³, bằng", "1,2", 1200000, "measure", "m³", approx="over", percent=38.4,
      change=CH("decrease", 11.6, baseline="cùng kỳ năm 2023"),
      subject="sản lượng cát sông khai thác", period=H1),
    F("Chợ Mới (7 mỏ)", "7", 7, "count", "mỏ", subject="mỏ đang hoạt động", period=None, location="Chợ Mới"),
    F("An Phú (5 mỏ)", "5", 5, "count", "mỏ", subject="mỏ đang hoạt động", location="An Phú"),
    F("Phú Tân (4 mỏ)", "4", 4, "count", "mỏ", subject="mỏ đang hoạt động", location="Phú Tân"),
    F("Tân Châu (3 mỏ)", "3", 3, "count", "mỏ", subject="mỏ đang hoạt động", location="Tân Châu"),
    F("nộp 46,8 tỷ đồng", "46,8", 46800000000, "money", "đồng", percent=72,
      subject="tiền cấp quyền khai thác khoáng sản đã nộp", period=I(H1)),
    F("khoảng 19,5 tỷ đồng", "19,5", 19500000000, "money", "đồng", approx="about",
      subject="thuế tài nguyên và phí bảo vệ môi trường đối với cát", period=I(H1)),
    F("là 4.000 đồng/m³", "4.000", 4000, "money", "đồng/m³",
      subject="mức phí bảo vệ môi trường đối với cát xây dựng"),
    F("phát hiện 37 trường hợp", "37", 37, "count", "trường hợp",
      subject="trường hợp khai thác, vận chuyển cát trái phép", period=I(H1)),
    F("hành chính 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng",
      subject="xử phạt vi phạm hành chính", period=I(H1)),
    F("tạm giữ 42 phương tiện", "42", 42, "count", "phương tiện",
      subject="phương tiện tạm giữ", period=I(H1)),
    F("ghi nhận 28 điểm", "28", 28, "count", "điểm",
      subject="điểm sạt lở bờ sông"),
    F("khoảng 9.400 m", "9.400", 9400, "measure", "m", approx="about",
      subject="tổng chiều dài sạt lở bờ sông"),
    F("thêm 4 mỏ cát", "4", 4, "count", "mỏ cát", status="forecast",
      subject="mỏ cát tổ chức đấu giá thêm",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("khoảng 2,6 triệu m³", "2,6", 2600000, "measure", "m³", approx="about", status="forecast",
      subject="tổng trữ lượng mỏ cát đấu giá thêm",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("2025, 100% mỏ cát", "100", 100, "percent", "%", status="target",
      subject="mỏ cát được lắp camera giám sát và trạm cân hoặc thiết bị đo khối lượng",
      period=P("đến năm 2025", None, "2025-12-31")),
]
for f in FIGS:
    if f.get("period") is None:
        f.pop("period", None)

COMMENTS = [
    "An Giang provincial portal (breadcrumb, Cập nhật, Lượt xem): river sand output H1/2024, licences, fees, violations, auctions planned.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline. 'trong đó 14 giấy phép' is part of the 21. District list after 'gồm' follows",
    "no whole figure (19 mỏ vs 21 giấy phép: different thing), so no total; districts go to location. 'đạt 72% dự toán năm' = percent.",
    "Not figures: Lượt xem 3.482, dates, Nghị quyết số 15/2022/NQ-HĐND, hotline 0296.3852.471, address số 12 Lê Triệu Kiết.",
    "Status: 'dự kiến' -> forecast (both figures of the clause); 'Phấn đấu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    emit("p537-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="An Giang")
