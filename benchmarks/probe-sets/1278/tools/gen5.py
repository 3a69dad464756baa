"""p1278-5: provincial Party newspaper (Báo Quảng Trị, tag QTO): anaemia among ethnic-minority schoolgirls in Đakrông."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG TRỊ ĐIỆN TỬ
Xã hội

Nỗi lo thiếu máu ở nữ sinh vùng cao

Thứ Sáu, 08/03/2024 06:55

(QTO) - Khảo sát của Trung tâm Kiểm soát bệnh tật tỉnh cho thấy tỷ lệ thiếu máu ở nữ sinh người dân tộc thiểu số vùng cao cao gấp gần 2 lần mức chung của tỉnh.

Tháng 11/2023, Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm máu cho 1.250 nữ sinh từ 11 đến 18 tuổi tại 8 trường trung học ở huyện Đakrông. Kết quả có 390 em bị thiếu máu, chiếm 31,2%, trong đó thiếu máu mức độ vừa chiếm 9,4%. Tỷ lệ thiếu máu chung của nữ sinh toàn tỉnh năm 2023 vào khoảng 16%.

Theo bác sĩ Hồ Thị Ngọc, Khoa Dinh dưỡng của Trung tâm, nhiều em chỉ được ăn thịt, cá từ 1 đến 2 bữa mỗi tuần, bữa ăn chủ yếu là cơm với rau rừng, muối vừng. "Có em nhịn ăn sáng tới 4-5 ngày mỗi tuần để đi bộ đến trường", bác sĩ Ngọc nói.

Từ tháng 10/2023 đến nay, tỉnh cấp miễn phí viên sắt - axit folic cho 5.600 nữ sinh tại 42 trường thuộc hai huyện Hướng Hóa, Đakrông, với tổng kinh phí hơn 320 triệu đồng. Giá mỗi vỉ 10 viên ở hiệu thuốc khoảng 8.000 đồng, song nhiều gia đình có thu nhập bình quân chỉ khoảng 1,3 triệu đồng/người/tháng nên khó tự mua cho con.

Mục tiêu đến năm 2025, tỉnh phấn đấu giảm tỷ lệ thiếu máu ở nữ vị thành niên vùng đồng bào dân tộc thiểu số xuống dưới 20% và mở rộng bổ sung sắt hằng tuần tới các trường ở 22 xã đặc biệt khó khăn.

THANH HẢI

Bài liên quan:
- Quảng Trị triển khai Tháng hành động vì an toàn thực phẩm năm 2024
- Khám sàng lọc tim bẩm sinh miễn phí cho trẻ em tại Hướng Hóa
"""

NOV = per("Tháng 11/2023", "2023-11-01", "2023-11-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ tháng 10/2023 đến nay", "2023-10-01", "2024-03-08")
T25 = per("đến năm 2025", None, "2025-12-31")
DK = "Đakrông"

FIGS = [
    fig("gấp gần 2 lần", "2", 2, "multiple", "lần", approx="nearly",
        subject="tỷ lệ thiếu máu ở nữ sinh người dân tộc thiểu số vùng cao so với mức chung của tỉnh"),
    fig("cho 1.250 nữ sinh", "1.250", 1250, "count", "nữ sinh",
        subject="nữ sinh được xét nghiệm máu", period=NOV, location=DK),
    fig("từ 11 đến 18 tuổi", "11", 11, "measure", "tuổi", value_max=18, optional=True, location=DK),
    fig("tại 8 trường", "8", 8, "count", "trường", subject="trường trung học", period=NOV, location=DK),
    fig("có 390 em", "390", 390, "count", "em", percent=31.2,
        subject="em bị thiếu máu", period=inh(NOV), location=DK),
    fig("chiếm 9,4%", "9,4", 9.4, "percent", "%", subject="thiếu máu mức độ vừa",
        period=inh(NOV), location=DK),
    fig("khoảng 16%", "16", 16, "percent", "%", approx="about",
        subject="tỷ lệ thiếu máu chung của nữ sinh toàn tỉnh", period=Y23),
    fig("từ 1 đến 2 bữa", "1", 1, "measure", "bữa/tuần", value_max=2,
        subject="bữa ăn thịt, cá mỗi tuần", location=DK),
    fig("tới 4-5 ngày", "4", 4, "measure", "ngày/tuần", value_max=5,
        subject="ngày nhịn ăn sáng mỗi tuần", location=DK),
    fig("cho 5.600 nữ sinh", "5.600", 5600, "count", "nữ sinh",
        subject="nữ sinh được cấp miễn phí viên sắt - axit folic", period=SINCE),
    fig("tại 42 trường", "42", 42, "count", "trường", subject="trường được cấp miễn phí viên sắt - axit folic",
        period=SINCE),
    fig("thuộc hai huyện", "hai", 2, "count", "huyện", subject="huyện được cấp miễn phí viên sắt - axit folic",
        period=SINCE),
    fig("hơn 320 triệu", "320", 320e6, "money", "đồng", approx="over", subject="tổng kinh phí", period=SINCE),
    fig("vỉ 10 viên", "10", 10, "count", "viên", optional=True),
    fig("khoảng 8.000 đồng", "8.000", 8000, "money", "đồng/vỉ", approx="about",
        subject="giá mỗi vỉ viên sắt ở hiệu thuốc"),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của nhiều gia đình"),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under", status="target",
        subject="tỷ lệ thiếu máu ở nữ vị thành niên vùng đồng bào dân tộc thiểu số", period=T25),
    fig("ở 22 xã", "22", 22, "count", "xã", status="target",
        subject="xã đặc biệt khó khăn mở rộng bổ sung sắt hằng tuần", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Trị): 'Thứ Sáu, 08/03/2024 06:55', sapo with tag '(QTO) -', quote, byline at the end, links.",
    "The tag QTO implies Quảng Trị (default location). The Đakrông survey passage (1.250 ... 390 ... 9,4%, the doctor's meal figures) is",
    "located in huyện Đakrông; 'Tỷ lệ ... toàn tỉnh ... khoảng 16%' goes back to Quảng Trị; the programme in two districts is the province's.",
    "Distractors: 06:55, 'Tháng 11/2023', 'năm 2024' in a link, the byline.",
    "Sapo 'cao gấp gần 2 lần mức chung của tỉnh' has no base amount: a 'multiple' figure of its own (approx nearly).",
    "'390 em ..., chiếm 31,2%' → percent 31,2; no total (no part-of cue: 'Kết quả có 390 em' does not say 'trong số 1.250').",
    "'trong đó thiếu máu mức độ vừa chiếm 9,4%' is a percent after a percent: a figure of its own.",
    "Optional: the age range 'từ 11 đến 18 tuổi' (defines the group) and the pack size 'vỉ 10 viên' (a product spec).",
    "Rates: 'từ 1 đến 2 bữa mỗi tuần' → bữa/tuần, '4-5 ngày mỗi tuần' → ngày/tuần, price per pack → đồng/vỉ.",
    "'Từ tháng 10/2023 đến nay' ends at the dateline 2024-03-08.",
]

if __name__ == "__main__":
    write("p1278-5", TEXT, NOTES, FIGS, published="2024-03-08", location="Quảng Trị")
