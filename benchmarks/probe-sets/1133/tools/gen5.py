"""p1133-5: Party newspaper (Báo Hải Phòng): survey of ride-hailing drivers' incomes and hours; a driver in quận Lê Chân."""
from lib import F, P, I, C, write

TEXT = """BÁO HẢI PHÒNG
Xã hội

Tài xế công nghệ: thu nhập giảm, giờ làm tăng

Kết quả khảo sát 400 tài xế xe ôm công nghệ do Liên đoàn Lao động thành phố thực hiện trong tháng 4 cho thấy, 62,5% người được hỏi coi đây là công việc chính, 71% làm việc trên 10 giờ mỗi ngày và chỉ 12% tham gia bảo hiểm xã hội tự nguyện. Thu nhập bình quân của tài xế sau khi trừ chi phí khoảng 7,2 triệu đồng/tháng, giảm 11% so với năm 2022.

Theo Sở Lao động - Thương binh và Xã hội, hiện thành phố có khoảng 12.000 tài xế xe máy công nghệ và gần 5.600 tài xế ô tô công nghệ hoạt động thường xuyên. Gần đây, một số nền tảng nâng mức chiết khấu đối với xe máy từ 20% lên 25%, khiến thu nhập của tài xế giảm thêm.

Anh Phạm Văn Hùng, 38 tuổi, ở phường Dư Hàng Kênh, quận Lê Chân, chạy xe cho hai nền tảng cùng lúc. Mỗi ngày anh chạy từ 6 giờ sáng đến 9 giờ tối, được khoảng 25 cuốc, doanh thu 550.000-600.000 đồng. Trừ chiết khấu, xăng xe và tiền điện thoại, anh mang về khoảng 350.000 đồng/ngày, thấp hơn khoảng 20% so với hai năm trước.

Theo Phòng Cảnh sát giao thông Công an thành phố, 4 tháng đầu năm 2024, trên địa bàn xảy ra 17 vụ tai nạn giao thông liên quan đến tài xế công nghệ, làm chết 5 người. Nguyên nhân chủ yếu là tài xế vừa lái xe vừa sử dụng điện thoại, chiếm gần 40% số vụ.

Liên đoàn Lao động thành phố đề xuất các nền tảng giảm chiết khấu xuống không quá 20% và phấn đấu đến năm 2025 có ít nhất 30% tài xế công nghệ tham gia bảo hiểm xã hội tự nguyện.

MINH THU
21/5/2024
"""

T4 = P("trong tháng 4", "2024-04-01", "2024-04-30")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
LC = "Lê Chân"

FIGS = [
    F("khảo sát 400 tài xế", "400", 400, "count", "tài xế",
      subject="tài xế xe ôm công nghệ được khảo sát", period=T4),
    F("62,5%", "62,5", 62.5, "percent", "%",
      subject="người được hỏi coi chạy xe công nghệ là công việc chính", period=T4),
    F("71% làm", "71", 71, "percent", "%", subject="tài xế làm việc trên 10 giờ mỗi ngày", period=T4),
    F("trên 10 giờ", "10", 10, "measure", "giờ/ngày", approx="over", optional=True,
      subject="ngưỡng giờ làm việc mỗi ngày"),
    F("chỉ 12%", "12", 12, "percent", "%", subject="tài xế tham gia bảo hiểm xã hội tự nguyện", period=T4),
    F("khoảng 7,2 triệu", "7,2", 7200000, "money", "đồng/tháng", approx="about",
      change=C("decrease", 11, "%", "năm 2022"),
      subject="thu nhập bình quân của tài xế sau khi trừ chi phí", period=I(T4)),
    F("khoảng 12.000 tài xế", "12.000", 12000, "count", "tài xế", approx="about",
      subject="tài xế xe máy công nghệ hoạt động thường xuyên"),
    F("gần 5.600 tài xế", "5.600", 5600, "count", "tài xế", approx="nearly",
      subject="tài xế ô tô công nghệ hoạt động thường xuyên"),
    F("từ 20% lên", "20", 20, "percent", "%", optional=True,
      subject="mức chiết khấu đối với xe máy trước khi nâng"),
    F("lên 25%", "25", 25, "percent", "%", subject="mức chiết khấu đối với xe máy"),
    F("cho hai nền tảng", "hai", 2, "count", "nền tảng",
      subject="nền tảng anh Hùng chạy xe cùng lúc", location=LC),
    F("38 tuổi", "38", 38, "measure", "tuổi", optional=True, subject="tuổi anh Phạm Văn Hùng", location=LC),
    F("khoảng 25 cuốc", "25", 25, "measure", "cuốc/ngày", approx="about",
      subject="cuốc xe anh Hùng chạy mỗi ngày", location=LC),
    F("550.000-600.000", "550.000", 550000, "money", "đồng/ngày", value_max=600000,
      subject="doanh thu mỗi ngày của anh Hùng", location=LC),
    F("khoảng 350.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", approx="about",
      change=C("decrease", 20, "%", "hai năm trước", approx="about"),
      subject="thu nhập anh Hùng mang về sau khi trừ chiết khấu, xăng xe và tiền điện thoại", location=LC),
    F("xảy ra 17 vụ", "17", 17, "count", "vụ",
      subject="vụ tai nạn giao thông liên quan đến tài xế công nghệ", period=M4),
    F("làm chết 5 người", "5", 5, "count", "người",
      subject="người chết do tai nạn giao thông liên quan đến tài xế công nghệ", period=M4),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="vụ tai nạn do tài xế vừa lái xe vừa sử dụng điện thoại", period=I(M4)),
    F("không quá 20%", "20", 20, "percent", "%", approx="at_most", status="target",
      subject="mức chiết khấu đề xuất các nền tảng giảm xuống"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tài xế công nghệ tham gia bảo hiểm xã hội tự nguyện",
      period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Party newspaper (Báo Hải Phòng): byline 'MINH THU' and bare date '21/5/2024' at the end (published). Default location Hải Phòng.",
    "Year-less 'trong tháng 4' takes 2024 from the published date (no earlier date in the text); the survey figures in that sentence get it.",
    "'từ 20% lên 25%': the new rate is the figure; the old rate is optional (a from-to pair, neither a change nor a plain fact of now).",
    "The driver passage is placed in quận Lê Chân (location carried through the passage). Age and the '10 giờ' threshold are optional.",
    "'đề xuất ... không quá 20%' and 'phấn đấu ... ít nhất 30%' -> status target.",
    "Distractors: times '6 giờ sáng', '9 giờ tối'; 'hai năm trước' is a change baseline.",
]

if __name__ == "__main__":
    write("p1133-5", TEXT, NOTES, FIGS, published="2024-05-21", location="Hải Phòng")
