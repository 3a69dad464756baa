"""p1155-8: provincial newspaper online (Báo Bình Định, '(BĐT) -'): rain gauges at irrigation reservoirs."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bình Định điện tử > Kinh tế > Nông nghiệp

Lắp đặt 36 trạm đo mưa tự động tại các hồ chứa thủy lợi

Cập nhật lúc 09:40, Thứ Sáu, 15/11/2024

(BĐT) - Trong 10 tháng năm 2024, Công ty TNHH Khai thác công trình thủy lợi Bình Định đã lắp đặt 36 trạm đo mưa tự động và 24 thiết bị đo mực nước tại các hồ chứa, với tổng kinh phí hơn 5,4 tỷ đồng.

Hiện công ty quản lý 165 hồ chứa, trong đó có 21 hồ chứa lớn có dung tích trên 3 triệu m3. Đến nay, 100% hồ chứa lớn đã có trạm đo mưa, đo mực nước tự động; số liệu được cập nhật 5 phút/lần về phòng điều hành của công ty.

Theo ông Nguyễn Văn Dũng, Giám đốc công ty, trong đợt mưa lớn từ ngày 29/10 đến 3/11 vừa qua, trạm đo tại hồ Núi Một (thị xã An Nhơn) ghi nhận lượng mưa 385 mm. Nhờ có số liệu theo thời gian thực, công ty chủ động điều tiết xả lũ sớm, giữ mực nước hồ luôn thấp hơn cao trình thiết kế từ 0,5 đến 0,8 m, bảo đảm an toàn cho hạ du.

Tuy vậy, quý III, lượng mưa trung bình trên lưu vực các hồ chỉ đạt 420 mm, thấp hơn 28% so với trung bình nhiều năm; đến cuối tháng 9, tổng dung tích các hồ mới đạt 47% dung tích thiết kế. Số liệu từ các trạm giúp ngành nông nghiệp xây dựng kế hoạch tưới cho khoảng 38.000 ha lúa vụ Đông Xuân.

Năm 2025, công ty dự kiến lắp thêm 18 trạm đo mưa tại các hồ chứa vừa và nhỏ, phấn đấu đến cuối năm 2025 có ít nhất 60% số hồ được quan trắc tự động.

NGỌC NHUẬN
"""

M10 = per("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = per("Đến nay", None, "2024-11-15")
RAIN = per("từ ngày 29/10 đến 3/11", "2024-10-29", "2024-11-03")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
E9 = per("đến cuối tháng 9", None, "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
END25 = per("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    fig("Lắp đặt 36 trạm", "36", 36, "count", "trạm", subject="trạm đo mưa tự động lắp đặt tại các hồ chứa thủy lợi"),
    fig("đã lắp đặt 36 trạm", "36", 36, "count", "trạm", subject="trạm đo mưa tự động lắp đặt", period=M10),
    fig("và 24 thiết bị", "24", 24, "count", "thiết bị", subject="thiết bị đo mực nước lắp đặt", period=M10),
    fig("hơn 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", approx="over", subject="tổng kinh phí lắp đặt", period=M10),
    fig("quản lý 165 hồ", "165", 165, "count", "hồ chứa", subject="hồ chứa công ty quản lý"),
    fig("có 21 hồ", "21", 21, "count", "hồ chứa", total=165, subject="hồ chứa lớn có dung tích trên 3 triệu m3"),
    fig("trên 3 triệu m3", "3", 3e6, "measure", "m3", approx="over", subject="dung tích hồ chứa lớn", optional=True),
    fig("nay, 100%", "100", 100, "percent", "%", subject="hồ chứa lớn có trạm đo mưa, đo mực nước tự động", period=NOW),
    fig("5 phút/lần", "5", 5, "measure", "phút/lần", subject="tần suất cập nhật số liệu", period=NOW),
    fig("lượng mưa 385 mm", "385", 385, "measure", "mm", subject="lượng mưa trạm đo tại hồ Núi Một",
        period=RAIN, location="An Nhơn"),
    fig("từ 0,5 đến 0,8 m", "0,5", 0.5, "measure", "m", value_max=0.8,
        subject="mực nước hồ thấp hơn cao trình thiết kế", period=inh(RAIN), location="An Nhơn"),
    fig("đạt 420 mm", "420", 420, "measure", "mm", change=chg("decrease", 28, "%", "trung bình nhiều năm"),
        subject="lượng mưa trung bình trên lưu vực các hồ", period=Q3),
    fig("đạt 47%", "47", 47, "percent", "%", subject="tổng dung tích các hồ so với dung tích thiết kế", period=E9),
    fig("khoảng 38.000 ha", "38.000", 38000, "measure", "ha", approx="about",
        subject="diện tích lúa vụ Đông Xuân được xây dựng kế hoạch tưới"),
    fig("thêm 18 trạm", "18", 18, "count", "trạm", status="forecast",
        subject="trạm đo mưa lắp thêm tại các hồ chứa vừa và nhỏ", period=Y25),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="số hồ được quan trắc tự động", period=END25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): breadcrumb, 'Cập nhật lúc 09:40, Thứ Sáu, 15/11/2024', tag '(BĐT) -', byline at the end.",
    "Distractors: 09:40, 'hồ Núi Một' (a name with a number word), 'tháng 9', 'vụ Đông Xuân'. Default location Bình Định; hồ Núi Một is in An Nhơn.",
    "'Đến nay' ends at the published date. 'trên 3 triệu m3' defines the class of large reservoirs: optional. 21 of 165 (trong đó).",
    "The 0,5-0,8 m margin is the claim itself (no level stated before it), so a measure with no change. Its period stands in the previous sentence.",
    "'quý III' and 'đến cuối tháng 9' take 2024. 'dự kiến … 18 trạm' forecast; 'phấn đấu đến cuối năm 2025 … ít nhất 60%' target (as-of end 2025).",
]

if __name__ == "__main__":
    write("p1155-8", TEXT, NOTES, FIGS, published="2024-11-15", location="Bình Định")
