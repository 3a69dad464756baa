"""p1306-6: national newspaper (VnExpress-like dateline): Hà Nội 115 during Tết Ất Tỵ 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông

Thứ sáu, 7/2/2025, 15:40 (GMT+7)

Cấp cứu 115 Hà Nội nhận hơn 7.300 cuộc gọi dịp Tết

Trong 9 ngày nghỉ Tết Ất Tỵ, các kíp cấp cứu 115 Hà Nội xử lý hơn một nghìn ca, phần lớn do tai nạn giao thông và đột quỵ.

Theo Trung tâm Cấp cứu 115 Hà Nội, từ ngày 25/1 đến 2/2, tổng đài tiếp nhận 7.318 cuộc gọi, trong đó khoảng 2.100 cuộc gọi yêu cầu cấp cứu. Các kíp đã trực tiếp cấp cứu, vận chuyển 1.046 người bệnh, tăng 6,2% so với Tết năm ngoái.

Ca cấp cứu do tai nạn giao thông là 287 ca, đứng thứ hai sau nhóm bệnh lý tim mạch, đột quỵ (341 ca). Số ca liên quan rượu bia là 164, tập trung vào đêm giao thừa và mùng 2, mùng 3 Tết.

Bác sĩ Nguyễn Đức Hiếu, Phó giám đốc trung tâm, cho biết thời gian tiếp cận hiện trường trung bình dịp Tết là 13 phút, nhanh hơn ngày thường 4-5 phút nhờ đường phố vắng. "Ngày thường, giờ cao điểm xe phải mất 30-40 phút mới tới hiện trường ở các quận trung tâm", ông nói.

Hiện trung tâm có 17 trạm vệ tinh với 96 xe cứu thương, phục vụ dân số hơn 8,5 triệu người. Theo tiêu chuẩn, một xe cứu thương phục vụ 50.000-60.000 dân, nên Hà Nội còn thiếu khoảng 50 xe. Thành phố đặt mục tiêu đến năm 2027 nâng số trạm vệ tinh lên 30, bảo đảm bán kính phục vụ mỗi trạm không quá 10 km.

Người dân gọi 115 cần cung cấp rõ địa chỉ, số điện thoại và tình trạng người bệnh để điều phối viên điều xe gần nhất. Năm 2024, trung tâm ghi nhận gần 9.000 cuộc gọi trêu đùa, quấy rối, chiếm hơn 7% tổng số cuộc gọi.

Lê Nga
"""

TET = per("từ ngày 25/1 đến 2/2", "2025-01-25", "2025-02-02")
T27 = per("đến năm 2027", None, "2027-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 7.300", "7.300", 7300, "count", "cuộc gọi", approx="over", period=inh(TET),
        subject="cuộc gọi Cấp cứu 115 Hà Nội nhận dịp Tết"),
    fig("hơn một nghìn ca", "một", 1000, "count", "ca", approx="over", period=inh(TET),
        subject="ca các kíp cấp cứu 115 Hà Nội xử lý"),
    fig("tiếp nhận 7.318", "7.318", 7318, "count", "cuộc gọi", period=TET, subject="cuộc gọi tổng đài tiếp nhận"),
    fig("khoảng 2.100", "2.100", 2100, "count", "cuộc gọi", approx="about", total=7318, period=TET,
        subject="cuộc gọi yêu cầu cấp cứu"),
    fig("vận chuyển 1.046", "1.046", 1046, "count", "người bệnh", period=inh(TET),
        change=chg("increase", 6.2, "%", "Tết năm ngoái"),
        subject="người bệnh các kíp trực tiếp cấp cứu, vận chuyển"),
    fig("là 287 ca", "287", 287, "count", "ca", period=inh(TET), subject="ca cấp cứu do tai nạn giao thông"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", period=inh(TET),
        subject="ca cấp cứu do tai nạn giao thông"),
    fig("(341 ca)", "341", 341, "count", "ca", period=inh(TET),
        subject="ca cấp cứu nhóm bệnh lý tim mạch, đột quỵ"),
    fig("là 164", "164", 164, "count", "ca", period=inh(TET), subject="số ca liên quan rượu bia"),
    fig("là 13 phút", "13", 13, "measure", "phút", change=chg("decrease", 4, "phút", "ngày thường"),
        subject="thời gian tiếp cận hiện trường trung bình dịp Tết", period=inh(TET)),
    fig("mất 30-40 phút", "30", 30, "measure", "phút", value_max=40,
        subject="thời gian xe tới hiện trường ở các quận trung tâm giờ cao điểm ngày thường"),
    fig("có 17 trạm", "17", 17, "count", "trạm vệ tinh", subject="trạm vệ tinh của trung tâm"),
    fig("96 xe", "96", 96, "count", "xe cứu thương", subject="xe cứu thương của trung tâm"),
    fig("hơn 8,5 triệu", "8,5", 8.5e6, "count", "người", approx="over", subject="dân số trung tâm phục vụ"),
    fig("50.000-60.000 dân", "50.000", 50000, "measure", "dân/xe", value_max=60000,
        subject="số dân một xe cứu thương phục vụ theo tiêu chuẩn"),
    fig("thiếu khoảng 50 xe", "50", 50, "count", "xe", approx="about", subject="xe cứu thương Hà Nội còn thiếu"),
    fig("lên 30", "30", 30, "count", "trạm vệ tinh", status="target", period=T27, subject="số trạm vệ tinh"),
    fig("không quá 10 km", "10", 10, "measure", "km", approx="at_most", status="target", period=T27,
        subject="bán kính phục vụ mỗi trạm"),
    fig("gần 9.000", "9.000", 9000, "count", "cuộc gọi", approx="nearly", percent=7, period=Y24,
        subject="cuộc gọi trêu đùa, quấy rối trung tâm ghi nhận"),
]

NOTES = [
    "National newspaper (dateline 'Thứ sáu, 7/2/2025, 15:40 (GMT+7)', section breadcrumb, byline at the end). Hà Nội throughout.",
    "Distractors: 'Cấp cứu 115', 'gọi 115', '9 ngày nghỉ Tết' (a duration that locates), 'Tết Ất Tỵ', 'ngày 25/1 đến 2/2', 'mùng 2, mùng 3 Tết', 15:40, 'GMT+7', 'một xe cứu thương' (rate denominator).",
    "Headline and sapo ('dịp Tết', '9 ngày nghỉ Tết') name the holiday, not dates: their period is inherited from 'từ ngày 25/1 đến 2/2' (2025 from the dateline).",
    "'hơn một nghìn ca' is a number word with a multiplier: 1000, over.",
    "'khoảng 2.100 cuộc gọi' after 'trong đó' → total 7.318. '13 phút, nhanh hơn ngày thường 4-5 phút' → change decrease 4 phút (lower end of the range).",
    "'đứng thứ hai' → rank 2, subject = what is ranked ('Ca cấp cứu do tai nạn giao thông').",
    "'một xe cứu thương phục vụ 50.000-60.000 dân' is a norm stated as a rate: measure, unit dân/xe; 'một' is the denominator, not a figure.",
    "'đặt mục tiêu đến năm 2027' governs 'lên 30' and 'không quá 10 km' (target). 'gần 9.000 ..., chiếm hơn 7%' → percent 7 (its approx is not scored).",
]

if __name__ == "__main__":
    write("p1306-6", TEXT, NOTES, FIGS, published="2025-02-07", location="Hà Nội")
