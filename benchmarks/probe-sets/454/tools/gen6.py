from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức > Giảm nghèo

Vốn vay giải quyết việc làm: Đòn bẩy giúp người lao động lập nghiệp
Ngày đăng: 22/03/2024 | Lượt xem: 587

Từ năm 2021 đến nay, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh đã cho vay giải quyết việc làm hơn 1.450 tỷ đồng, giúp tạo việc làm cho 31.270 lao động, trong đó 2.845 lao động đi làm việc có thời hạn ở nước ngoài. Đến cuối tháng 2/2024, dư nợ chương trình đạt 1.186 tỷ đồng, chiếm 21,4% tổng dư nợ của chi nhánh.

Nguồn vốn ngân sách tỉnh ủy thác qua NHCSXH giai đoạn 2021-2025 dự kiến đạt 480 tỷ đồng, gấp 1,8 lần giai đoạn 2016-2020. Riêng năm 2023, tỉnh bố trí 105 tỷ đồng; nhờ đó, Bình Định xếp thứ 2 khu vực Nam Trung Bộ về quy mô vốn ủy thác địa phương.

Theo Nghị định số 74/2019/NĐ-CP, mức cho vay tối đa với cơ sở sản xuất, kinh doanh là 2 tỷ đồng, với người lao động là 100 triệu đồng; lãi suất cho vay 6,6%/năm, riêng người dân tộc thiểu số, người khuyết tật được vay với lãi suất 3,3%/năm.

Tại các huyện An Lão, Vĩnh Thạnh, Vân Canh, dư nợ giải quyết việc làm lần lượt đạt 48,2 tỷ đồng, 52,7 tỷ đồng và 39,5 tỷ đồng; tỷ lệ lao động sau vay có việc làm ổn định ước đạt khoảng 92%.

Năm 2024, Sở Lao động - Thương binh và Xã hội phối hợp với NHCSXH phấn đấu giải ngân trên 300 tỷ đồng, tạo việc làm cho ít nhất 6.500 lao động. Thông tin chi tiết xin liên hệ Phòng Việc làm, số 02 Trần Phú, TP Quy Nhơn, điện thoại 0256.3822.610.
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-03-22")
SINCE_I = P("Từ năm 2021 đến nay", "2021-01-01", "2024-03-22", inherited=True)
FEB = P("Đến cuối tháng 2/2024", None, "2024-02-29")
FEB_I = P("Đến cuối tháng 2/2024", None, "2024-02-29", inherited=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("hơn 1.450 tỷ đồng", "1.450", ty(1450), "money", "đồng", "cho vay giải quyết việc làm", approx="over", period=SINCE),
    F("cho 31.270 lao động", "31.270", 31270, "count", "lao động", "lao động được tạo việc làm", period=SINCE),
    F("đó 2.845 lao động", "2.845", 2845, "count", "lao động", "lao động đi làm việc có thời hạn ở nước ngoài", total=31270, period=SINCE),
    F("đạt 1.186 tỷ đồng", "1.186", ty(1186), "money", "đồng", "dư nợ chương trình", percent=21.4, period=FEB),
    F("đạt 480 tỷ đồng", "480", ty(480), "money", "đồng", "Nguồn vốn ngân sách tỉnh ủy thác qua NHCSXH", status="forecast",
      change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "giai đoạn 2016-2020"}, period=GD),
    F("bố trí 105 tỷ đồng", "105", ty(105), "money", "đồng", "vốn ngân sách tỉnh bố trí", period=Y23),
    F("xếp thứ 2 khu vực", "2", 2, "rank", "hạng", "quy mô vốn ủy thác địa phương", period=Y23),
    F("là 2 tỷ đồng", "2", ty(2), "money", "đồng", "mức cho vay tối đa với cơ sở sản xuất, kinh doanh", approx="at_most", optional=True),
    F("là 100 triệu đồng", "100", tr(100), "money", "đồng", "mức cho vay tối đa với người lao động", approx="at_most", optional=True),
    F("vay 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay", optional=True),
    F("suất 3,3%/năm", "3,3", 3.3, "percent", "%", "lãi suất cho vay người dân tộc thiểu số, người khuyết tật", optional=True),
    F("đạt 48,2 tỷ đồng", "48,2", ty(48.2), "money", "đồng", "dư nợ giải quyết việc làm", period=FEB_I, location="An Lão"),
    F("52,7 tỷ đồng", "52,7", ty(52.7), "money", "đồng", "dư nợ giải quyết việc làm", period=FEB_I, location="Vĩnh Thạnh"),
    F("39,5 tỷ đồng", "39,5", ty(39.5), "money", "đồng", "dư nợ giải quyết việc làm", period=FEB_I, location="Vân Canh"),
    F("khoảng 92%", "92", 92, "percent", "%", "tỷ lệ lao động sau vay có việc làm ổn định", approx="about", status="estimate", period=FEB_I),
    F("trên 300 tỷ đồng", "300", ty(300), "money", "đồng", "giải ngân", approx="over", status="target", period=Y24),
    F("ít nhất 6.500 lao động", "6.500", 6500, "count", "lao động", "lao động được tạo việc làm", approx="at_least", status="target", period=Y24),
]
write(6, A, figs, [
    "Department site (Sở LĐ-TBXH tỉnh Bình Định), breadcrumb, 'Ngày đăng: 22/03/2024 | Lượt xem: 587': job-creation loans of NHCSXH since 2021.",
    "'Từ năm 2021 đến nay' runs to published (2024-03-22); 'Đến cuối tháng 2/2024' is an as-of date (end 2024-02-29).",
    "'trong đó 2.845 lao động' is part of 31.270; 'chiếm 21,4%' is the 1.186 tỷ's percent. 'gấp 1,8 lần giai đoạn 2016-2020' is the 480 tỷ's change (unit lần).",
    "'dự kiến đạt' gives forecast. Loan ceilings and interest rates set by Nghị định 74/2019/NĐ-CP are policy parameters, not results: optional.",
    "District list 'lần lượt': location per item, period inherited. The 92% is 'ước đạt khoảng': estimate + about; its period is inherited (judgement).",
    "Distractors: 'Nghị định số 74/2019/NĐ-CP', 'giai đoạn 2016-2020' (baseline), 'số 02 Trần Phú', phone '0256.3822.610', 'Lượt xem: 587', breadcrumb.",
], published="2024-03-22", location="Bình Định")
