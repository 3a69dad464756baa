"""p1343-6: national newspaper: wheelchair access to public buildings and buses in TP Hồ Chí Minh."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Giao thông

Thứ ba, 3/12/2024, 14:05 (GMT+7)

Người đi xe lăn vẫn khó lên xe buýt, vào công sở

Chỉ 18% công trình công cộng được khảo sát tại TP HCM đáp ứng đầy đủ tiêu chuẩn tiếp cận cho người khuyết tật, còn xe buýt sàn thấp mới chiếm khoảng 20% đoàn xe.

Nhân Ngày Quốc tế Người khuyết tật 3/12, Trung tâm Hỗ trợ tiếp cận Bình Minh công bố kết quả khảo sát 150 công trình công cộng tại 12 quận, huyện của TP Hồ Chí Minh. Trong số đó, chỉ 27 công trình đáp ứng đầy đủ tiêu chuẩn theo QCVN 10:2014/BXD, tương đương 18%. Gần 60% công trình có lối đi dốc nhưng độ dốc vượt quy định, hơn 70 công trình không có nhà vệ sinh dành cho người đi xe lăn.

Theo Sở Giao thông vận tải, trong tổng số 2.180 xe buýt đang hoạt động, có 452 xe sàn thấp hỗ trợ người đi xe lăn, chiếm khoảng 20,7%. Các tuyến số 8, 19 và 152 đã được bố trí toàn bộ xe sàn thấp. Tuyến metro số 1 Bến Thành - Suối Tiên có 14 nhà ga, tất cả đều có thang máy và lối đi riêng cho người khuyết tật.

"Mỗi lần đi tái khám ở Bệnh viện Chợ Rẫy, tôi phải chờ 30-40 phút mới có chuyến xe lên được", anh Trần Văn Phúc, người đi xe lăn nhiều năm nay, nói.

Theo Sở Lao động - Thương binh và Xã hội, thành phố hiện có khoảng 49.000 người khuyết tật vận động, trong đó hơn 12.000 người phải sử dụng xe lăn. Thành phố đặt mục tiêu đến năm 2030, 100% xe buýt đầu tư mới là xe sàn thấp và 100% công trình công cộng xây mới đáp ứng quy chuẩn tiếp cận. Năm 2025, thành phố dự kiến bố trí khoảng 35 tỷ đồng để cải tạo lối đi, nhà vệ sinh tại 120 trụ sở cơ quan.

Lê Hà
"""

T30 = per("đến năm 2030", end="2030-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Chỉ 18%", "18", 18, "percent", "%",
        subject="công trình công cộng được khảo sát đáp ứng đầy đủ tiêu chuẩn tiếp cận cho người khuyết tật"),
    fig("khoảng 20% đoàn xe", "20", 20, "percent", "%", approx="about", subject="xe buýt sàn thấp"),
    fig("khảo sát 150 công trình", "150", 150, "count", "công trình",
        subject="công trình công cộng được khảo sát"),
    fig("tại 12 quận", "12", 12, "count", "quận, huyện", subject="quận, huyện có công trình được khảo sát"),
    fig("chỉ 27 công trình", "27", 27, "count", "công trình", total=150, percent=18,
        subject="công trình đáp ứng đầy đủ tiêu chuẩn"),
    fig("Gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="công trình có lối đi dốc nhưng độ dốc vượt quy định"),
    fig("hơn 70 công trình", "70", 70, "count", "công trình", approx="over",
        subject="công trình không có nhà vệ sinh dành cho người đi xe lăn"),
    fig("số 2.180 xe buýt", "2.180", 2180, "count", "xe buýt", subject="xe buýt đang hoạt động"),
    fig("có 452 xe", "452", 452, "count", "xe", total=2180, percent=20.7,
        subject="xe sàn thấp hỗ trợ người đi xe lăn"),
    fig("có 14 nhà ga", "14", 14, "count", "nhà ga", subject="nhà ga tuyến metro số 1 Bến Thành - Suối Tiên"),
    fig("chờ 30-40 phút", "30", 30, "measure", "phút", value_max=40,
        subject="thời gian chờ chuyến xe buýt lên được"),
    fig("khoảng 49.000 người", "49.000", 49000, "count", "người", approx="about",
        subject="người khuyết tật vận động"),
    fig("hơn 12.000 người", "12.000", 12000, "count", "người", approx="over", total=49000,
        subject="người phải sử dụng xe lăn"),
    fig("100% xe buýt", "100", 100, "percent", "%", status="target",
        subject="xe buýt đầu tư mới là xe sàn thấp", period=T30),
    fig("100% công trình", "100", 100, "percent", "%", status="target",
        subject="công trình công cộng xây mới đáp ứng quy chuẩn tiếp cận", period=T30),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí cải tạo lối đi, nhà vệ sinh tại trụ sở cơ quan", period=Y25),
    fig("tại 120 trụ sở", "120", 120, "count", "trụ sở", status="forecast",
        subject="trụ sở cơ quan được cải tạo lối đi, nhà vệ sinh", period=Y25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 3/12/2024, 14:05 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 14:05, 'Ngày Quốc tế Người khuyết tật 3/12', 'QCVN 10:2014/BXD', route names 'tuyến số 8, 19 và 152', 'metro số 1'.",
    "Sapo figures (18%, khoảng 20%) stand as their own figures. 'Trong số đó, chỉ 27 công trình' follows '150 công trình' after a sentence break: total 150, 'tương đương 18%' -> percent.",
    "'trong tổng số 2.180 xe buýt ..., có 452 xe' -> total 2.180, 'chiếm khoảng 20,7%' -> percent (the approx of the share is not a field).",
    "'hơn 70 công trình' has no part-of cue: no total. Location TP Hồ Chí Minh throughout (no district is the place of a figure).",
    "'đặt mục tiêu đến năm 2030' governs both 100% (target). 'Năm 2025, thành phố dự kiến' governs the 35 tỷ and the 120 trụ sở (forecast).",
    "Standing counts ('hiện', the survey, the fleet) get no period.",
]

if __name__ == "__main__":
    write("p1343-6", TEXT, NOTES, FIGS, published="2024-12-03", location="TP Hồ Chí Minh")
