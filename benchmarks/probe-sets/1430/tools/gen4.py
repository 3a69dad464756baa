"""p1430-4: provincial newspaper (Báo Bắc Giang, BGĐT): a hospital rehabilitation ward, a family, province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thứ Hai, 09/12/2024 - 07:15

Tiếp sức cho trẻ bại não hòa nhập cộng đồng

Nhờ được phát hiện sớm, can thiệp kịp thời và được bảo hiểm y tế chi trả phần lớn chi phí, nhiều trẻ bại não ở Bắc Giang đã cải thiện rõ khả năng vận động, tự phục vụ bản thân.

(BGĐT) - Mỗi ngày, Khoa Phục hồi chức năng, Bệnh viện Sản - Nhi Bắc Giang đón khoảng 120 lượt trẻ đến tập luyện. Khoa hiện có 42 giường bệnh, 6 bác sĩ và 27 kỹ thuật viên vật lý trị liệu, hoạt động trị liệu, ngôn ngữ trị liệu. Từ đầu năm đến nay, khoa đã điều trị cho 1.436 trẻ, trong đó trẻ bại não chiếm khoảng 60%.

Bác sĩ Ngô Thị Lan, Trưởng khoa cho biết: "Giai đoạn vàng để can thiệp cho trẻ bại não là trước 3 tuổi. Nếu được tập sớm và đều đặn, khoảng 70% trẻ bại não thể nhẹ có thể tự đi lại được".

Gia đình anh Nguyễn Văn Tùng ở xã Tân Dĩnh, huyện Lạng Giang có con gái bị bại não từ khi mới sinh. Trước đây, mỗi tháng gia đình phải chi gần 6 triệu đồng cho cháu tập tại một cơ sở tư nhân. Từ khi chuyển về khoa điều trị, chi phí tập luyện được quỹ BHYT chi trả 100%, gia đình chỉ phải lo tiền ăn khoảng 50.000 đồng/ngày.

Theo Sở Y tế, toàn tỉnh hiện có khoảng 1.900 trẻ bại não, chiếm 0,32% số trẻ dưới 16 tuổi. Năm 2024, Sở Y tế phối hợp với Sở Lao động - Thương binh và Xã hội mở 5 lớp tập huấn cho 320 cán bộ y tế xã về phát hiện sớm, can thiệp sớm trẻ khuyết tật. Mục tiêu đến năm 2030, 90% trẻ bại não trên địa bàn được tiếp cận dịch vụ phục hồi chức năng.

NGỌC ANH

Tags: trẻ bại não, phục hồi chức năng, BHYT
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-09")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("khoảng 120 lượt", "120", 120, "measure", "lượt/ngày", approx="about",
        subject="lượt trẻ đến tập luyện tại Khoa Phục hồi chức năng, Bệnh viện Sản - Nhi Bắc Giang"),
    fig("có 42 giường", "42", 42, "count", "giường bệnh", subject="giường bệnh của khoa"),
    fig("6 bác sĩ", "6", 6, "count", "bác sĩ", subject="bác sĩ của khoa"),
    fig("27 kỹ thuật viên", "27", 27, "count", "kỹ thuật viên",
        subject="kỹ thuật viên vật lý trị liệu, hoạt động trị liệu, ngôn ngữ trị liệu của khoa"),
    fig("cho 1.436 trẻ", "1.436", 1436, "count", "trẻ", subject="trẻ khoa đã điều trị", period=YTD),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ trẻ bại não trong số trẻ khoa đã điều trị", period=YTD),
    fig("trước 3 tuổi", "3", 3, "measure", "tuổi", approx="under",
        subject="giai đoạn vàng để can thiệp cho trẻ bại não", optional=True),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ trẻ bại não thể nhẹ có thể tự đi lại được nếu được tập sớm"),
    fig("gần 6 triệu", "6", 6e6, "money", "đồng/tháng", approx="nearly",
        subject="chi phí gia đình phải chi cho cháu tập tại cơ sở tư nhân", location=LG),
    fig("chi trả 100%", "100", 100, "percent", "%", subject="tỷ lệ chi phí tập luyện quỹ BHYT chi trả",
        location=LG),
    fig("khoảng 50.000 đồng", "50.000", 50000, "money", "đồng/ngày", approx="about",
        subject="tiền ăn gia đình phải lo", location=LG),
    fig("khoảng 1.900 trẻ", "1.900", 1900, "count", "trẻ", approx="about", percent=0.32,
        subject="trẻ bại não"),
    fig("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", subject="tuổi của trẻ", optional=True),
    fig("mở 5 lớp", "5", 5, "count", "lớp", subject="lớp tập huấn về phát hiện sớm, can thiệp sớm trẻ khuyết tật",
        period=Y24),
    fig("cho 320 cán bộ", "320", 320, "count", "cán bộ", subject="cán bộ y tế xã được tập huấn", period=Y24),
    fig("2030, 90%", "90", 90, "percent", "%", status="target",
        subject="tỷ lệ trẻ bại não được tiếp cận dịch vụ phục hồi chức năng", period=T30),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Thứ Hai, 09/12/2024 - 07:15' (published), sapo, tag '(BGĐT) -', byline NGỌC ANH, tags.",
    "Distractors: 07:15, 'Bệnh viện Sản - Nhi', the hyphen in 'Sở Lao động - Thương binh và Xã hội'.",
    "'Mỗi ngày ... khoảng 120 lượt trẻ' is a rate (lượt/ngày, measure). 'trong đó trẻ bại não chiếm khoảng 60%' has no base amount: a percent figure of its own.",
    "Age thresholds 'trước 3 tuổi', 'dưới 16 tuổi' are optional. 'Từ đầu năm đến nay' ends at the dateline.",
    "The family lives in huyện Lạng Giang: its three figures get location Lạng Giang; the ward and province figures stay Bắc Giang.",
    "'khoảng 1.900 trẻ bại não, chiếm 0,32%' -> percent attribute. 'Mục tiêu đến năm 2030' -> target, start null.",
]

if __name__ == "__main__":
    write("p1430-4", TEXT, NOTES, FIGS, published="2024-12-09", location="Bắc Giang")
