"""p1310-6: national newspaper: traffic noise at Hà Nội intersections, hearing loss, automatic monitoring stations."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ tư, 20/11/2024, 08:15 (GMT+7)

Tiếng ồn tại nhiều nút giao Hà Nội vượt chuẩn gần 10 dBA

Mức ồn trung bình ban ngày tại 26 trên 30 nút giao được quan trắc ở Hà Nội vượt quy chuẩn, có thời điểm lên tới 86 dBA.

Theo Trung tâm Quan trắc tài nguyên và môi trường Hà Nội, trong 10 tháng năm 2024, mức ồn trung bình ban ngày tại các nút giao dao động 74-79 dBA, trong khi giới hạn cho phép của QCVN 26:2010/BTNMT là 70 dBA. Tỷ lệ nút giao vượt chuẩn chiếm 86,7%, tăng 6,7 điểm phần trăm so với năm 2023.

Ồn nhất là nút giao Ngã Tư Sở với 79,4 dBA, tiếp đến là Kim Liên (78,8 dBA) và Nam Thăng Long (78,1 dBA). Vào giờ cao điểm, lưu lượng qua các nút này thường trên 12.000 lượt xe/giờ.

Bác sĩ Lê Minh Tuấn, Khoa Tai Mũi Họng, Bệnh viện Đa khoa Xanh Pôn, cho biết năm nay khoa đã khám cho khoảng 1.300 bệnh nhân suy giảm thính lực, trong đó gần 30% có liên quan đến tiếp xúc tiếng ồn kéo dài. "Tiếng ồn trên 85 dBA trong thời gian dài gây tổn thương không hồi phục cho tế bào thính giác", ông Tuấn nói.

Sở Tài nguyên và Môi trường Hà Nội hiện vận hành 35 trạm quan trắc tiếng ồn tự động; năm 2025 dự kiến lắp thêm 20 trạm, nâng tổng số lên 55 trạm. Theo xếp hạng chỉ số chất lượng môi trường đô thị năm 2023, Hà Nội đứng thứ 5 cả nước về mức độ ô nhiễm tiếng ồn.

Võ Hải
"""

M10 = per("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LIST = "mức ồn tại các nút giao"

FIGS = [
    fig("vượt chuẩn gần 10 dBA", "10", 10, "measure", "dBA", approx="nearly",
        subject="tiếng ồn tại nhiều nút giao vượt chuẩn"),
    fig("tại 26 trên 30 nút giao", "26", 26, "count", "nút giao", total=30,
        subject="nút giao được quan trắc có mức ồn trung bình ban ngày vượt quy chuẩn"),
    fig("lên tới 86 dBA", "86", 86, "measure", "dBA", subject="mức ồn tại nút giao có thời điểm"),
    fig("dao động 74-79 dBA", "74", 74, "measure", "dBA", value_max=79,
        subject="mức ồn trung bình ban ngày tại các nút giao", period=M10),
    fig("là 70 dBA", "70", 70, "measure", "dBA", subject="giới hạn cho phép của QCVN 26:2010/BTNMT"),
    fig("chiếm 86,7%", "86,7", 86.7, "percent", "%",
        change=chg("increase", 6.7, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ nút giao vượt chuẩn", period=inh(M10)),
    fig("với 79,4 dBA", "79,4", 79.4, "measure", "dBA", subject=LIST, period=inh(M10)),
    fig("(78,8 dBA)", "78,8", 78.8, "measure", "dBA", subject=LIST, period=inh(M10)),
    fig("(78,1 dBA)", "78,1", 78.1, "measure", "dBA", subject=LIST, period=inh(M10)),
    fig("trên 12.000 lượt", "12.000", 12000, "measure", "lượt xe/giờ", approx="over",
        subject="lưu lượng qua các nút vào giờ cao điểm"),
    fig("khoảng 1.300 bệnh nhân", "1.300", 1300, "count", "bệnh nhân", approx="about",
        subject="bệnh nhân suy giảm thính lực khoa đã khám", period=NOW),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="bệnh nhân suy giảm thính lực có liên quan đến tiếp xúc tiếng ồn kéo dài", period=NOW),
    fig("trên 85 dBA", "85", 85, "measure", "dBA", approx="over",
        subject="tiếng ồn gây tổn thương tế bào thính giác", optional=True),
    fig("vận hành 35 trạm", "35", 35, "count", "trạm", subject="trạm quan trắc tiếng ồn tự động"),
    fig("thêm 20 trạm", "20", 20, "count", "trạm", status="forecast",
        subject="trạm quan trắc tiếng ồn tự động lắp thêm", period=Y25),
    fig("lên 55 trạm", "55", 55, "count", "trạm", status="forecast",
        subject="tổng số trạm quan trắc tiếng ồn tự động", period=Y25),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="mức độ ô nhiễm tiếng ồn", period=Y23),
]

NOTES = [
    "National newspaper: 'Thứ tư, 20/11/2024, 08:15 (GMT+7)', headline, sapo, quote, byline at the end. All figures: Hà Nội.",
    "Headline 'vượt chuẩn gần 10 dBA' is the exceedance as the claim (measure, nearly), no base figure → no change.",
    "'26 trên 30 nút giao': 'trên' here is 'out of' (= 26/30), not 'over' → total 30, approx exact.",
    "'giới hạn cho phép ... là 70 dBA' is a standing norm: own figure, no period. 'chiếm 86,7%, tăng 6,7 điểm phần trăm' → change in điểm phần trăm.",
    "List 'Ngã Tư Sở với 79,4 dBA, ... Kim Liên (78,8 dBA) ...': intersections, not districts; subject = the list's indicator.",
    "'trong đó gần 30%' after 1.300 patients is a percent figure of its own. 'năm nay' → 2024 (published). The quote's '85 dBA' threshold: optional.",
    "'hiện vận hành 35 trạm' has no period; '; năm 2025 dự kiến ... 20 trạm, ... 55 trạm' → forecast 2025. Rank 'đứng thứ 5 cả nước' → location Hà Nội.",
    "Distractors: 08:15, (GMT+7), QCVN 26:2010/BTNMT, 'năm 2023' as baseline.",
]

if __name__ == "__main__":
    write("p1310-6", TEXT, NOTES, FIGS, published="2024-11-20", location="Hà Nội")
